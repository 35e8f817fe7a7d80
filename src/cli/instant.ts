/**
 * What bin/cmg-setup.cjs answers without loading the program (issue 15): `--version`, every
 * command's help (`--help`, `-h` or `help` alone for the root's; `cert inspect --help`, `plan -h`,
 * `help azure`...), and `steps`, `steps --json` and `schema`, the commands an admin runs first.
 * A help is laid out from its document, which the build keeps beside this chunk for each command
 * in each language (`help.<lang>.<command>.json`, scripts/kept-texts.mjs), with the layout
 * commander's help uses (help/layout.ts): the same text, without commander, the catalogue and the
 * sixty-odd options. The output of `steps` and `schema` is the language's alone (no option, width
 * or colour changes it), so the build keeps it whole (`output.<lang>.<command>.txt`).
 *
 * Nothing here may load more than this chunk: the bin requires it before anything else, and the
 * other chunks import the version, the languages and the help layout from it (rolldown.config.mjs).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { langFromEnv, type Lang } from '../model/lang.ts';
import { helpWidth, renderHelp, type HelpDocument, type HelpStream } from './help/layout.ts';

export { VERSION } from '../model/version.ts';

/** A command's help before its layout, as the build keeps it. */
export interface KeptHelp {
  document: HelpDocument;
  /** What the program writes after the layout, exactly: the root's examples and exit codes; '' for the other commands. */
  after: string;
}

/**
 * The file of a command's help in a language, beside the chunks in dist/: named by the command's
 * words after the program's name (`help.en.cmg-setup.json`, `help.fr.cmg-setup-cert-inspect.json`).
 */
export const keptHelpFile = (lang: Lang, command: readonly string[]): string => `help.${lang}.${['cmg-setup', ...command].join('-')}.json`;

/** A command's name: what a kept help's file name may be made of (never a path, nothing to escape). */
const COMMAND_WORD = /^[a-z]+$/;
const HELP_FLAGS: readonly string[] = ['--help', '-h'];

/**
 * The command whose help `args` asks for and nothing else, as commander reads it: the help flag
 * after the command's words (`--help`, `cert inspect -h`), or `help` before one command's name
 * (`help`, `help plan`). Anything else (an option, a file, `--lang fr`) is undefined: the program
 * reads the command line. Whether the words name a command is the kept files' to say.
 */
export function helpCommandOf(args: readonly string[]): string[] | undefined {
  const words = (list: readonly string[]) => (list.every((word) => COMMAND_WORD.test(word)) ? [...list] : undefined);
  const last = args[args.length - 1];
  if (last !== undefined && HELP_FLAGS.includes(last)) return words(args.slice(0, -1));
  if (args[0] === 'help' && args.length <= 2) return words(args.slice(1));
  return undefined;
}

/** A command's help as the program writes it, for a width. */
export function keptHelpText(help: KeptHelp, width: number): string {
  return `${renderHelp(help.document, width)}${help.after}`;
}

/**
 * A file the build kept beside this chunk, as `read` takes it; undefined when there is none or it
 * does not read (no such command, or the build's step failed): the program answers.
 */
function readKept<T>(file: string, read: (text: string) => T): T | undefined {
  try {
    return read(readFileSync(join(dirname(fileURLToPath(import.meta.url)), file), 'utf8'));
  } catch {
    return undefined;
  }
}

/** The commands whose whole output the build keeps, by their command line, and the name of what is kept. */
export const KEPT_OUTPUTS = { steps: 'steps', 'steps --json': 'steps-json', schema: 'schema' } as const;
export type KeptOutput = (typeof KEPT_OUTPUTS)[keyof typeof KEPT_OUTPUTS];

/** The file of a command's output in a language, beside the chunks in dist/. */
export const keptOutputFile = (lang: Lang, output: KeptOutput): string => `output.${lang}.${output}.txt`;

/** The kept output `args` asks for, exactly one of KEPT_OUTPUTS's command lines; undefined for any other. */
export function keptOutputOf(args: readonly string[]): KeptOutput | undefined {
  if (args.some((arg) => !/^[a-z-]+$/.test(arg))) return undefined;
  return Object.entries(KEPT_OUTPUTS).find(([line]) => line === args.join(' '))?.[1];
}

/**
 * Writes what `args` asks for when the build kept it: a command's help, or the output of
 * `steps` or `schema`; false otherwise, and the program runs as usual.
 */
export function printKept(args: readonly string[], env: Readonly<Record<string, string | undefined>>, stdout: HelpStream & { write(text: string): unknown }): boolean {
  const lang = langFromEnv(env);
  const output = keptOutputOf(args);
  const text = output && readKept(keptOutputFile(lang, output), (kept) => kept);
  if (text) {
    stdout.write(text);
    return true;
  }
  const command = helpCommandOf(args);
  const help = command && readKept(keptHelpFile(lang, command), (kept) => JSON.parse(kept) as KeptHelp);
  if (!help) return false;
  stdout.write(keptHelpText(help, helpWidth(stdout, env)));
  return true;
}
