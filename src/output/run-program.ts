/**
 * Runs a Windows system program (icacls.exe, whoami.exe) and waits for it: no shell, the
 * arguments as an array (nothing is parsed by cmd.exe), no console window, and a time-out, so a
 * program that hangs cannot hang the run. Injected (ProgramRunner) so tests record the argv.
 *
 * node:child_process is required at the first run, not when this module loads: only Windows runs
 * a program here, and every command that writes loads this module, a `plan` too, where loading
 * child_process (with net and dgram) cost about 2.7 ms of its start (issue 15).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface ProgramResult {
  /** The exit code; null when the program did not start or was killed (time-out). */
  status: number | null;
  /** Why it did not start or finish: the error code (ENOENT, ETIMEDOUT...). */
  error?: string;
  stdout: string;
  stderr: string;
}

export type ProgramRunner = (program: string, args: readonly string[], timeoutMs: number) => ProgramResult;

export const runProgram: ProgramRunner = (program, args, timeoutMs) => {
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  const result = spawnSync(program, args, { shell: false, windowsHide: true, timeout: timeoutMs, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1024 * 1024 });
  const error = result.error as NodeJS.ErrnoException | undefined;
  return { status: result.status, ...(error ? { error: error.code ?? error.message } : {}), stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
};
