import { renameSync } from 'node:fs';

/** Errors Windows returns while an antivirus or indexer briefly holds a file that is being renamed. */
const TRANSIENT = new Set(['EPERM', 'EACCES', 'EBUSY']);

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export interface RenameOptions {
  rename?: (from: string, to: string) => void;
  sleep?: (ms: number) => void;
  /** Total time to keep trying before the error is passed on. */
  budgetMs?: number;
}

/**
 * rename() with a bounded retry on the transient Windows errors (as graceful-fs and VS Code do),
 * doubling the wait from 50 ms; any other error, or the same error after the budget, is thrown.
 */
export function renameWithRetry(from: string, to: string, options: RenameOptions = {}): void {
  const rename = options.rename ?? renameSync;
  const sleep = options.sleep ?? sleepSync;
  let budget = options.budgetMs ?? 10_000;
  let wait = 50;
  for (;;) {
    try {
      rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!TRANSIENT.has(code) || budget <= 0) throw error;
      const pause = Math.min(wait, budget);
      sleep(pause);
      budget -= pause;
      wait *= 2;
    }
  }
}
