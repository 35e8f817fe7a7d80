import {
  AzureAuthError,
  AzureUnavailableError,
  CancelledError,
  isPromptCancellation,
  MissingInputsError,
  OutputError,
  UsageError,
  ValidationFailedError,
} from '../model/errors.ts';

/** The exit-code contract (DESIGN.md); scripts and CI pipelines depend on these numbers. */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  validation: 3,
  azureAuth: 4,
  azureUnavailable: 5,
  cancelled: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The one place an error becomes an exit code. */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof UsageError || error instanceof MissingInputsError) return EXIT.usage;
  // An output folder that cannot be used as given is a command-line problem: change --out or add --force.
  if (error instanceof OutputError) return EXIT.usage;
  if (error instanceof ValidationFailedError) return EXIT.validation;
  if (error instanceof AzureAuthError) return EXIT.azureAuth;
  if (error instanceof AzureUnavailableError) return EXIT.azureUnavailable;
  if (error instanceof CancelledError) return EXIT.cancelled;
  if (isPromptCancellation(error)) return EXIT.cancelled;
  return EXIT.internal;
}
