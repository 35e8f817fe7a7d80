/**
 * Starting the PFX worker (pfx-decoder.ts), and starting it early.
 *
 * A worker takes about 25 ms to come up and 20 more to load node-forge (issue 15, measured on
 * these 2-core machines), all of it on a thread of its own. Started at the first PFX the run
 * opens, that time is waited for; started at the process's start, when the command line names a
 * PFX (cli/pfx-hint.ts), it runs on the second core while this thread loads the program and reads
 * the answers, and the PFX's request finds it ready. prestartDecodeWorker() starts it then;
 * startDecodeWorker() hands that worker to the run's decoder, or starts one.
 */
import { existsSync } from 'node:fs';
import { getAsset, isSea } from 'node:sea';
import { Worker } from 'node:worker_threads';
import type { DecodeWorker } from './decode-messages.ts';

/** The worker's script inside the Windows executable (scripts/build-exe.mjs): an asset of the executable, since it has no file beside it. */
export const SEA_WORKER_ASSET = 'decode-worker.cjs';

/** Beside this module in the bundle; from the sources (tests), the built one. */
function workerUrl(): URL {
  const beside = new URL('./decode-worker.cjs', import.meta.url);
  return existsSync(beside) ? beside : new URL('../../dist/decode-worker.cjs', import.meta.url);
}

/**
 * A new worker. The password goes by message, never in workerData: NODE_DEBUG=worker prints a
 * Worker's options (lib/internal/worker.js, "create new worker"). Inside the Windows executable
 * (a Node single executable application) the worker's script is evaluated from the executable's
 * asset (node:sea getAsset; Worker's `eval` option): https://nodejs.org/api/single-executable-applications.html#assets
 */
function newDecodeWorker(): DecodeWorker {
  if (isSea()) return new Worker(getAsset(SEA_WORKER_ASSET, 'utf8'), { eval: true }) as unknown as DecodeWorker;
  return new Worker(workerUrl()) as unknown as DecodeWorker;
}

/** The worker started early and not yet handed over; `ended` once it died (it is then never handed over). */
let early: { worker: DecodeWorker; ended: boolean } | undefined;

/**
 * Starts the worker now, before the run knows it needs one. Unref'd, so that it never keeps the
 * process alive when the run ends up needing none (a hint can be wrong: the file may be missing
 * or have no password); its 'error' is listened to, since an 'error' event without a listener
 * would throw in this thread. Never throws: the decode that needs a worker says why it has none.
 */
export function prestartDecodeWorker(): void {
  if (early) return;
  try {
    const started = { worker: newDecodeWorker(), ended: false };
    const ended = () => {
      started.ended = true;
    };
    started.worker.on('error', ended);
    started.worker.on('exit', ended);
    started.worker.unref();
    early = started;
  } catch {
    // Too many threads, the script missing: the first decode tries again and reports it.
  }
}

/** The early worker if there is one still alive (once: it then belongs to the caller), else a new one. */
export function startDecodeWorker(): DecodeWorker {
  const taken = early;
  early = undefined;
  if (taken && !taken.ended) return taken.worker;
  return newDecodeWorker();
}
