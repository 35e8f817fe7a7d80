/**
 * What the command line says before commander reads it: whether a secret was typed as a flag
 * value (refused without repeating it), whether the run wants JSON (so even a usage error is
 * one JSON document), and which command it names.
 */
import type { UsageProblem } from '../model/errors.ts';
import { envName, flagName, secretFlags, type AnyInputSpec } from '../model/inputs.ts';

/** Tokens after `--` are operands, never options. */
function optionTokens(args: readonly string[]): string[] {
  const end = args.indexOf('--');
  return end < 0 ? [...args] : args.slice(0, end);
}

/**
 * The value of `--name value` or `--name=value` before any `--`, the last one given, as commander
 * takes it (everything after the first `=`): read before commander runs (the language, the PFX hint).
 */
export function optionValue(args: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  optionTokens(args).forEach((token, index, tokens) => {
    if (token === name) value = tokens[index + 1];
    else if (token.startsWith(`${name}=`)) value = token.slice(name.length + 1);
  });
  return value;
}

/** Whether a flag without a value (`--example`) is given before any `--`. */
export function hasFlag(args: readonly string[], name: string): boolean {
  return optionTokens(args).includes(name);
}

/**
 * The secrets a command line might carry: the declared ones (`--server-cert-password`), the
 * --example lab PKI's, and the `password` of `cert inspect` and `cert lab`. None has a flag that
 * takes the value itself (reliability.md ), but an admin used to other tools types one.
 */
function secretNames(inputs: readonly AnyInputSpec[]): Array<{ key: string; env?: string }> {
  return [
    ...inputs.filter((spec) => spec.kind === 'secret').map((spec) => ({ key: spec.key as string, env: envName(spec.key) })),
    { key: 'labPassword' },
    { key: 'password' },
  ];
}

/**
 * `--server-cert-password hunter2` or `--server-cert-password=hunter2`: a usage error that names
 * the flag and the three sources, and never the value (commander would echo `--x=value` back in
 * its "unknown option" message, into the terminal and the CI log).
 * @param inputs the declared inputs the command takes: none for `cert ...` (program.ts takesNoInput).
 */
export function secretValueProblems(args: readonly string[], inputs: readonly AnyInputSpec[]): UsageProblem[] {
  const tokens = optionTokens(args);
  const problems: UsageProblem[] = [];
  for (const { key, env } of secretNames(inputs)) {
    const flag = flagName(key);
    if (!tokens.some((token) => token === flag || token.startsWith(`${flag}=`))) continue;
    const sources = secretFlags(key);
    problems.push({ code: 'SECRET_AS_FLAG', input: key, params: { flag, stdin: sources.stdin, file: sources.file, envFlag: sources.env, env: env ?? '' } });
  }
  return problems;
}

/** `--json` anywhere among the options: the run promised one JSON document on stdout. */
export function wantsJson(args: readonly string[]): boolean {
  return optionTokens(args).includes('--json');
}

const COMMANDS: ReadonlySet<string> = new Set(['run', 'plan', 'steps', 'schema', 'cert', 'lab', 'inspect', 'request', 'azure', 'check', 'completion', 'help']);

/** `plan`, `cert inspect`, `azure check`; `run` for the bare wizard. */
export function commandPath(args: readonly string[]): string {
  const words: string[] = [];
  for (const token of optionTokens(args)) {
    if (!COMMANDS.has(token)) break;
    words.push(token);
  }
  return words.length === 0 ? 'run' : words.join(' ');
}

/**
 * Commander's messages quote an option as typed (`unknown option '--pasword=S3cret'`); the part
 * after `=` may be a secret under a misspelt name, and is never needed to say what is wrong.
 * Each such token of this command line is replaced by its flag, whatever quoting surrounds it.
 */
export function redactOptionValues(text: string, args: readonly string[]): string {
  let out = text;
  const valued = optionTokens(args).filter((token) => token.startsWith('-') && token.includes('='));
  // Longest first, so a token that contains another is replaced whole.
  for (const token of valued.sort((a, b) => b.length - a.length)) out = out.split(token).join(`${token.slice(0, token.indexOf('='))}=…`);
  return out;
}
