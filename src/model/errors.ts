import type { Code } from './codes.ts';
import type { Finding } from './findings.ts';

/**
 * Typed failures. Code below the CLI throws these; only src/cli/exit-codes.ts turns them into
 * exit codes, and only src/ui renders them.
 */

/** One problem with how the tool was called: a flag, an answers-file key, a value's type. */
export interface UsageProblem {
  code: Code;
  input?: string;
  params?: Record<string, string | number>;
}

export class UsageError extends Error {
  constructor(readonly problems: UsageProblem[]) {
    super(problems.map((problem) => problem.code).join(', '));
    this.name = 'UsageError';
  }
}

/** Inputs that are still missing when no prompt is possible. */
export class MissingInputsError extends Error {
  /** `stdout`: nothing could be asked only because standard output is not a terminal (said, with --interactive). */
  promptsOff?: 'stdout';
  constructor(readonly keys: string[]) {
    super(`missing inputs: ${keys.join(', ')}`);
    this.name = 'MissingInputsError';
  }
}

/** The values were read but break a rule: `findings` holds all of them, errors and the rest. */
export class ValidationFailedError extends Error {
  /**
   * `shown`: the findings are already on screen (in the plan); else the error names them itself
   * (values refused before the first question). `summarized`: 'stdout' when the report that showed
   * them ended with its own summary line on stdout (the plan, `cert inspect`, `azure check`, not
   * --json): where stdout and stderr are one terminal, the failure's line on stderr would repeat it.
   */
  constructor(
    readonly findings: Finding[],
    readonly shown = true,
    readonly summarized: 'stdout' | undefined = undefined,
  ) {
    super(`${findings.filter((finding) => finding.severity === 'error').length} error finding(s)`);
    this.name = 'ValidationFailedError';
  }
}

/** Ctrl+C, Esc or Ctrl+D at a prompt (`signal`), or "quit" at the review (`declined`). */
export class CancelledError extends Error {
  constructor(readonly reason: 'signal' | 'declined' = 'signal') {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/**
 * The admin asked for the previous question (Shift+Tab at a prompt): the interview goes back one
 * question, keeping what was typed there as the offered value.
 */
export class GoBackError extends Error {
  constructor() {
    super('back');
    this.name = 'GoBackError';
  }
}

/** The output folder cannot be written as asked (exists without --force, not writable...). */
export class OutputError extends Error {
  constructor(
    readonly code: Code,
    readonly params: Record<string, string | number>,
  ) {
    super(code);
    this.name = 'OutputError';
  }
}

export class AzureAuthError extends Error {
  constructor(
    readonly code: Code,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'AzureAuthError';
  }
}

export class AzureUnavailableError extends Error {
  constructor(
    readonly code: Code,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'AzureUnavailableError';
  }
}

/**
 * @inquirer/prompts rejects with these on Ctrl+C (ExitPromptError), an abort signal
 * (AbortPromptError: Esc) or a cancelled prompt; matched by name so this file stays light.
 */
export function isPromptCancellation(error: unknown): boolean {
  return error instanceof Error && ['ExitPromptError', 'AbortPromptError', 'CancelPromptError'].includes(error.name);
}
