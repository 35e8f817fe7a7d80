import type { Command } from 'commander';
import { UsageError } from '../model/errors.ts';
import { secretFlags, type AnyInputSpec } from '../model/inputs.ts';
import type { SecretRequest } from '../wizard/secrets.ts';

/**
 * `--<name>-stdin`, `--<name>-file <path>`, `--<name>-env <VAR>` (commander's camelCase:
 * `<name>Stdin`, `<name>File`, `<name>Env`): at most one source per secret.
 */
export function readSecretFlag(options: Record<string, unknown>, name: string): SecretRequest | undefined {
  const flags = secretFlags(name);
  const given: Array<[string, SecretRequest]> = [];
  if (options[`${name}Stdin`] === true) given.push([flags.stdin, { from: 'stdin' }]);
  if (typeof options[`${name}File`] === 'string') given.push([flags.file, { from: 'file', path: options[`${name}File`] as string }]);
  if (typeof options[`${name}Env`] === 'string') given.push([flags.env, { from: 'env', name: options[`${name}Env`] as string }]);
  if (given.length > 1) throw new UsageError([{ code: 'SECRET_SOURCES_CONFLICT', input: name, params: { count: given.length, flags: given.map(([flag]) => flag).join(', ') } }]);
  return given[0]?.[1];
}

/** Every declared secret's flags; standard input can carry only one secret per run. */
export function readSecretFlags(command: Command, specs: readonly AnyInputSpec[], extraNames: readonly string[] = []): Map<string, SecretRequest> {
  const options = command.opts<Record<string, unknown>>();
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
