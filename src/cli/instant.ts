/**
 * What bin/cmg-setup.cjs answers without loading the program (issue 15): `--version`, and the
 * root's help (`--help`, `-h` or `help` alone), the first command an admin runs. The root's help
 * is laid out from its document, which the build keeps beside this chunk in each language
 * (`root-help.<lang>.json`, scripts/root-help.mjs), with the layout commander's help uses
 * (help/layout.ts): the same text, without commander, the catalogue and the sixty-odd options.
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

/** The root's help before its layout, as the build keeps it. */
export interface RootHelp {
  document: HelpDocument;
  /** What the program writes after the layout (its examples and exit codes), exactly. */
  after: string;
}

/** The file of a language's root help, beside the chunks in dist/. */
export const rootHelpFile = (lang: Lang): string => `root-help.${lang}.json`;

/** The command lines answered with the root's help: nothing but the help flag or word, so the language comes from the environment. */
const ROOT_HELP_ARGS: readonly string[] = ['--help', '-h', 'help'];

/** The root's help as the program writes it, for a width. */
export function rootHelpText(help: RootHelp, width: number): string {
  return `${renderHelp(help.document, width)}${help.after}`;
}

function readRootHelp(lang: Lang): RootHelp | undefined {
  try {
    return JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), rootHelpFile(lang)), 'utf8')) as RootHelp;
  } catch {
    return undefined; // not built (the build's step failed): the program answers
  }
}

/**
 * Writes the root's help when `args` asks for nothing else and its document was built; false
 * otherwise, and the program runs as usual.
 */
export function printRootHelp(args: readonly string[], env: Readonly<Record<string, string | undefined>>, stdout: HelpStream & { write(text: string): unknown }): boolean {
  if (args.length !== 1 || !ROOT_HELP_ARGS.includes(args[0] ?? '')) return false;
  const help = readRootHelp(langFromEnv(env));
  if (!help) return false;
  stdout.write(rootHelpText(help, helpWidth(stdout, env)));
  return true;
}
