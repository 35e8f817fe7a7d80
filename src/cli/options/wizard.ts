import type { Command } from 'commander';
import { ALL_INPUTS } from '../../steps/declarations.ts';
import { pickSecretFlagValues } from '../secret-flags.ts';
import type { WizardOptions } from '../wizard/options.ts';
import { pick } from './pick.ts';

type Given = Omit<WizardOptions, 'mode' | 'inputs' | 'secretFlags' | 'outGiven'>;

/** Commander's options of `cmg-setup`, `run` and `plan` as plain data: only flags typed on the command line count as inputs. */
export function wizardOptions(command: Command, mode: 'run' | 'plan'): WizardOptions {
  const options = command.opts<Given & Record<string, unknown>>();
  const inputs = new Map<string, unknown>();
  for (const spec of ALL_INPUTS) {
    if (spec.kind !== 'secret' && command.getOptionValueSource(spec.key) === 'cli') inputs.set(spec.key, command.getOptionValue(spec.key));
  }
  const secretNames = [...ALL_INPUTS.filter((spec) => spec.kind === 'secret').map((spec) => spec.key as string), 'labPassword'];
  return {
    mode,
    inputs,
    secretFlags: pickSecretFlagValues(options, secretNames),
    outGiven: command.getOptionValueSource('out') === 'cli',
    out: options.out,
    color: options.color,
    ...pick(options, ['answers', 'resume', 'fresh', 'saveAnswers', 'offline', 'azureTimeout', 'azureDeadline', 'yes', 'interactive', 'example', 'now', 'dryRun', 'json', 'force', 'lang']),
  };
}
