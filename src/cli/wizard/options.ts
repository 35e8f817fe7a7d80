import type { SecretFlagValues } from '../secret-flags.ts';

/** `cmg-setup`, `run` and `plan`, as plain data: what src/cli/options/wizard.ts reads from the command line. */
export interface WizardOptions {
  mode: 'run' | 'plan';
  /** The inputs given as flags on the command line (not their defaults), by answers key. */
  inputs: ReadonlyMap<string, unknown>;
  /** `--<secret>-stdin|-file|-env` (and --lab-password-*) as given. */
  secretFlags: SecretFlagValues;
  out: string;
  /** --out was on the command line (so the equivalent command repeats it). */
  outGiven: boolean;
  /** false with --no-color. */
  color: boolean;
  answers?: string;
  /** --resume: go on from the answers kept beside --out by an interview that stopped. */
  resume?: boolean;
  /** --fresh: discard them and start over. */
  fresh?: boolean;
  saveAnswers?: string;
  offline?: boolean;
  azureTimeout?: string;
  azureDeadline?: string;
  yes?: boolean;
  /** --interactive (true), --no-interactive (false), or neither. */
  interactive?: boolean;
  example?: boolean;
  now?: string;
  dryRun?: boolean;
  json?: boolean;
  force?: boolean;
  lang?: string;
}
