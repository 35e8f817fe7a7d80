import { ValidationFailedError } from '../model/errors.ts';
import type { Lang } from '../model/lang.ts';
import { jsonText } from '../ui/json-text.ts';
import { EXIT, exitCodeFor, type ExitCode } from './exit-codes.ts';
import type { CommandIO } from './io.ts';

export interface OutcomeContext {
  lang: Lang;
  /** The run promised one JSON document on stdout. */
  json: boolean;
  /** `plan`, `cert inspect`, `azure check`; `run` for the bare wizard. */
  command: string;
}

/**
 * With --json, a failure that stopped the command before its own document (every error but a
 * failed validation, whose plan or report is already on stdout) still leaves one on stdout.
 */
export async function printErrorDocument(error: unknown, io: Pick<CommandIO, 'stdout'>, context: OutcomeContext, exitCode: number): Promise<void> {
  if (!context.json || error instanceof ValidationFailedError) return;
  const { errorDocument } = await import('../ui/error-document.ts');
  const { findInput } = await import('../steps/declarations.ts');
  io.stdout.write(jsonText(errorDocument(error, { lang: context.lang, command: context.command, exitCode, findInput })));
}

const isTerminal = (stream: NodeJS.WritableStream): boolean => (stream as { isTTY?: boolean }).isTTY === true;

/**
 * A failed check whose report ended with its summary line on stdout: where stdout and stderr are
 * one terminal, the same line on stderr is the summary printed twice (issue 17); to a file or a
 * pipe, stderr's line is what a log of stderr alone says of the failure, so it stays.
 */
function repeatsTheReport(error: unknown, io: Pick<CommandIO, 'stdout' | 'stderr'>): boolean {
  return error instanceof ValidationFailedError && error.summarized === 'stdout' && isTerminal(io.stdout) && isTerminal(io.stderr);
}

/** A command's failure said on stderr (and, with --json, as a document on stdout), then its exit code. */
export async function reportFailure(error: unknown, io: Pick<CommandIO, 'stdout' | 'stderr'>, context: OutcomeContext): Promise<ExitCode> {
  const { renderError } = await import('../ui/render.ts');
  const { findInput } = await import('../steps/declarations.ts');
  // Loaded with the renderer, when a failure is said: --help and the completion do without it (test/cli/start-files.test.ts).
  const { terminalColumns, wrapForTerminal } = await import('../ui/wrap.ts');
  // Wrapped at stderr's width when it is a terminal (issue 17); whole lines to a pipe or a file.
  if (!repeatsTheReport(error, io)) io.stderr.write(`${wrapForTerminal(renderError(error, context.lang, findInput), terminalColumns(io.stderr))}\n`);
  const code = exitCodeFor(error);
  await printErrorDocument(error, io, context, code);
  return code;
}

/**
 * Runs a command to its exit code: it returns (0) or throws, and only here, through
 * src/cli/exit-codes.ts, does an outcome become an exit code.
 */
export async function exitCodeOf(work: () => Promise<unknown>, io: Pick<CommandIO, 'stdout' | 'stderr'>, context: OutcomeContext): Promise<ExitCode> {
  try {
    await work();
    return EXIT.ok;
  } catch (error) {
    return reportFailure(error, io, context);
  }
}
