import type { Command } from 'commander';
import { ALL_INPUTS } from '../../steps/declarations.ts';
import type { AzureCheckOptions } from '../commands/azure-check.ts';
import { pickSecretFlagValues } from '../secret-flags.ts';
import { pick } from './pick.ts';

/** Commander's options of `azure check` as plain data: only flags typed on the command line count as inputs. */
export function azureCheckOptions(command: Command): AzureCheckOptions {
  const options = command.opts<Omit<AzureCheckOptions, 'inputs' | 'secretFlags'> & Record<string, unknown>>();
  const inputs = new Map<string, unknown>();
  for (const spec of ALL_INPUTS) {
    if (spec.kind !== 'secret' && command.getOptionValueSource(spec.key) === 'cli') inputs.set(spec.key, command.getOptionValue(spec.key));
  }
  const secretNames = ALL_INPUTS.filter((spec) => spec.kind === 'secret').map((spec) => spec.key as string);
  return {
    inputs,
    secretFlags: pickSecretFlagValues(options, secretNames),
    ...pick(options, ['answers', 'registerProviders', 'azureTimeout', 'azureDeadline', 'json', 'interactive', 'lang']),
  };
}
