import { UsageError } from '../model/errors.ts';
import { secretFlags, type AnyInputSpec } from '../model/inputs.ts';
import type { SecretRequest } from '../wizard/secrets.ts';

/** The secret flags as given, under commander's camelCase names (`serverCertPasswordStdin`). */
export type SecretFlagValues = Readonly<Record<string, unknown>>;

/** Only the secret flags of `names` among a command's options: what a command's plain options carry. */
export function pickSecretFlagValues(options: Readonly<Record<string, unknown>>, names: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const name of names) {
    for (const suffix of ['Stdin', 'File', 'Env']) {
      const value = options[`${name}${suffix}`];
      if (value !== undefined) picked[`${name}${suffix}`] = value;
    }
  }
  return picked;
}

/**
 * `--<name>-stdin`, `--<name>-file <path>`, `--<name>-env <VAR>` (commander's camelCase:
 * `<name>Stdin`, `<name>File`, `<name>Env`): at most one source per secret.
 */
export function readSecretFlag(options: SecretFlagValues, name: string): SecretRequest | undefined {
  const flags = secretFlags(name);
  const given: Array<[string, SecretRequest]> = [];
  if (options[`${name}Stdin`] === true) given.push([flags.stdin, { from: 'stdin' }]);
  if (typeof options[`${name}File`] === 'string') given.push([flags.file, { from: 'file', path: options[`${name}File`] as string }]);
  if (typeof options[`${name}Env`] === 'string') given.push([flags.env, { from: 'env', name: options[`${name}Env`] as string }]);
  if (given.length > 1) throw new UsageError([{ code: 'SECRET_SOURCES_CONFLICT', input: name, params: { count: given.length, flags: given.map(([flag]) => flag).join(', ') } }]);
  return given[0]?.[1];
}

/** Every declared secret's flags; standard input can carry only one secret per run. */
export function readSecretFlags(options: SecretFlagValues, specs: readonly AnyInputSpec[], extraNames: readonly string[] = []): Map<string, SecretRequest> {
  const requests = new Map<string, SecretRequest>();
  const names = [...specs.filter((spec) => spec.kind === 'secret').map((spec) => spec.key as string), ...extraNames];
  for (const name of names) {
    const request = readSecretFlag(options, name);
    if (request) requests.set(name, request);
  }
  const stdin = [...requests].filter(([, request]) => request.from === 'stdin').map(([name]) => secretFlags(name).stdin);
  if (stdin.length > 1) throw new UsageError([{ code: 'STDIN_TWICE', params: { flags: stdin.join(', ') } }]);
  return requests;
}
