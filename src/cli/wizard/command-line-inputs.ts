import { ALL_INPUTS } from '../../steps/declarations.ts';
import type { SecretRequest } from '../../wizard/secrets.ts';
import { readSecretFlags } from '../secret-flags.ts';
import type { WizardOptions } from './options.ts';

export interface CommandLineInputs {
  /** Input values given as flags. */
  flags: Map<string, unknown>;
  /** Where each secret given on the command line comes from. */
  secretFlags: Map<string, SecretRequest>;
  /** --example's lab password source, if given. */
  labPasswordRequest: SecretRequest | undefined;
}

/** The inputs the command line gives (flags and secret sources); a conflict between secret sources is a usage error. */
export function commandLineInputs(options: Pick<WizardOptions, 'inputs' | 'secretFlags'>): CommandLineInputs {
  const flags = new Map<string, unknown>();
  for (const spec of ALL_INPUTS) {
    if (spec.kind !== 'secret' && options.inputs.has(spec.key)) flags.set(spec.key, options.inputs.get(spec.key));
  }
  const secretFlags = readSecretFlags(options.secretFlags, ALL_INPUTS, ['labPassword']);
  const labPasswordRequest = secretFlags.get('labPassword');
  secretFlags.delete('labPassword');
  return { flags, secretFlags, labPasswordRequest };
}
