import type { Command } from 'commander';
import type { CertInspectOptions } from '../commands/cert-inspect.ts';
import type { CertLabOptions } from '../commands/cert-lab.ts';
import type { CertRequestOptions } from '../commands/cert-request.ts';
import { pick } from './pick.ts';

const PASSWORD = ['passwordStdin', 'passwordFile', 'passwordEnv'] as const;
const COMMON = ['now', 'json', 'interactive', 'lang'] as const;

/** Commander's options of `cert inspect <file>` as plain data. */
export function certInspectOptions(file: string, command: Command): CertInspectOptions {
  const options = command.opts<Omit<CertInspectOptions, 'file'>>();
  return { file, model: options.model, cloud: options.cloud, ...pick(options, ['role', 'serviceName', ...COMMON, ...PASSWORD]) };
}

/** Commander's options of `cert lab` as plain data. */
export function certLabOptions(command: Command): CertLabOptions {
  const options = command.opts<CertLabOptions>();
  return { out: options.out, model: options.model, ...pick(options, ['serviceName', 'force', ...COMMON, ...PASSWORD]) };
}

/** Commander's options of `cert request` as plain data. */
export function certRequestOptions(command: Command): CertRequestOptions {
  const options = command.opts<CertRequestOptions>();
  return { out: options.out, keySize: options.keySize, model: options.model, cloud: options.cloud, ...pick(options, ['serviceName', 'template', 'force', 'now', 'json', 'lang']) };
}
