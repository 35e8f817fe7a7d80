import { ALL_INPUTS } from '../steps/declarations.ts';
import { envName, flagName, kebabCase, secretFlags } from '../model/inputs.ts';
import type { Resolution } from '../model/plan.ts';
import { Secret } from '../model/secret.ts';
import { visible } from '../messages/visible.ts';

/**
 * POSIX shell quoting, for a command line to copy. A value with a control or invisible character
 * (a file name can hold one) is written in dollar-single-quotes (POSIX.1-2024, bash, zsh, ksh),
 * whose backslash escapes give the same bytes back while the terminal shows only printable text.
 */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  if (visible(value) !== value) return `$'${visible(value.replace(/[\\']/g, (character) => `\\${character}`))}'`;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A secret the command reads from an environment variable, which must be set before it runs. */
export interface SecretVariable {
  key: string;
  name: string;
}

/**
 * After an interactive run, the same run as arguments (sv's "to skip prompts next time"), before
 * any shell's quoting: each option with its value, the form each shell prints (rerun-lines.ts).
 */
export interface EquivalentArguments {
  /** After `cmg-setup`: `plan` or nothing, then one entry per option (the flag, and its value if it takes one). */
  mode: readonly string[];
  options: ReadonlyArray<readonly string[]>;
  /** The variables the options name, in their order. */
  secrets: readonly SecretVariable[];
}

/**
 * A secret becomes where it is read from next time, never its value, and the same source the
 * answers file records for it (answersValues in answers-yaml.ts): a variable it was read from
 * stays that variable (`--x-env NAME`, the file's `env:NAME`); a file stays that file. One typed
 * at the prompt or piped on stdin cannot be given again that way: the command reads the input's
 * own variable (CMG_…), which a run from the answers file reads too, before the file's `prompt`
 * or `stdin` (secretRequest in resolve.ts: the environment comes before the answers file).
 */
function secretOption(key: string, secret: Secret): { words: string[]; variable?: SecretVariable } {
  const flags = secretFlags(key);
  if (secret.source.startsWith('file:')) return { words: [flags.file, secret.source.slice(5)] };
  const name = secret.source.startsWith('env:') ? secret.source.slice(4) : envName(key);
  return { words: [flags.env, name], variable: { key, name } };
}

export function equivalentArguments(resolution: Resolution, command: 'run' | 'plan', extra: ReadonlyArray<readonly string[]> = []): EquivalentArguments {
  const options: string[][] = [];
  const secrets: SecretVariable[] = [];
  for (const spec of ALL_INPUTS) {
    const source = resolution.sources[spec.key];
    const value = (resolution.answers as unknown as Record<string, unknown>)[spec.key];
    if (value === undefined || source === undefined || source === 'default') continue;
    if (value instanceof Secret) {
      const { words, variable } = secretOption(spec.key, value);
      options.push(words);
      if (variable && !secrets.some((known) => known.name === variable.name)) secrets.push(variable);
    } else if (typeof value === 'boolean') {
      options.push([value ? flagName(spec.key) : `--no-${kebabCase(spec.key)}`]);
    } else if (spec.kind === 'records') {
      options.push([flagName(spec.key), JSON.stringify(value)]);
    } else if (Array.isArray(value)) {
      if (value.length > 0) options.push([flagName(spec.key), value.join(',')]);
    } else {
      options.push([flagName(spec.key), String(value)]);
    }
  }
  return { mode: command === 'plan' ? ['plan'] : [], options: [...options, ...extra.map((words) => [...words]), ['--yes']], secrets };
}

/** The arguments as the program receives them (argv after its name): what every shell's form must give back. */
export function argumentList(command: EquivalentArguments): string[] {
  return [...command.mode, ...command.options.flat()];
}
