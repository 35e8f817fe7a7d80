import type { Readable } from 'node:stream';
import type { Lang } from '../model/lang.ts';
import type { ProgramRunner } from '../output/run-program.ts';
import type { Prompter } from '../wizard/prompter-port.ts';
import { parseNow } from './common-options.ts';
import { terminalFor, type Terminal } from '../ui/terminal.ts';

/**
 * Everything a command reads from or writes to the world outside its options: the process's
 * streams, what they are (terminals or not), the environment, the clock, the working folder and
 * the prompts. src/cli/process-io.ts builds it from the process; a test passes a fake.
 */
export interface CommandIO {
  stdin: Readable;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** What the streams are, read once; whether prompting is possible is decided from these in src/ui/terminal.ts. */
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The terminal's width, when stdout is one (terminalColumns, src/ui/wrap.ts). */
  columns: number | undefined;
  /** The same for stderr, where failures, findings of the cert commands and notices go. */
  stderrColumns?: number | undefined;
  /** A CI service runs this (ci-info's rule). */
  ci: boolean;
  env: NodeJS.ProcessEnv;
  /** The clock, unless --now sets it. */
  now: () => Date;
  cwd: string;
  /** The prompts; only called once the terminal has been found able to answer them. */
  prompter: (lang: Lang) => Prompter;
  /** The OS (process.platform): on win32 private key files are restricted with icacls (key-access.ts). */
  platform: NodeJS.Platform;
  /** Runs icacls and whoami there; a test passes a fake that records the argv. */
  runProgram?: ProgramRunner;
}

/** The command's terminal: the IO's facts and the options that decide prompting and colour. */
export function commandTerminal(io: CommandIO, options: { json?: boolean; yes?: boolean; interactive?: boolean | undefined; color?: boolean }, lang: Lang): Terminal {
  const columns = { ...(io.stdoutIsTTY && io.columns !== undefined ? { stdout: io.columns } : {}), ...(io.stderrIsTTY && io.stderrColumns !== undefined ? { stderr: io.stderrColumns } : {}) };
  return terminalFor({ stdinIsTTY: io.stdinIsTTY, stdoutIsTTY: io.stdoutIsTTY, stderrIsTTY: io.stderrIsTTY, ci: io.ci, env: io.env }, io, options, lang, columns);
}

/** The clock of the run: --now when given (checked), else the IO's clock. */
export function runClock(io: Pick<CommandIO, 'now'>, now: string | undefined): Date {
  return now === undefined ? io.now() : parseNow(now);
}
