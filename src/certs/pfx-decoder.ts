/**
 * The one worker thread a run opens PKCS#12 files in (reliability.md: a crafted file
 * must end in a finding, never a hang, and only a thread of its own can be stopped in the middle
 * of node-forge's decryption or a key derivation).
 *
 * Starting a worker and loading node-forge in it costs about 44 ms (issue 15), so there is at
 * most one per run: started at the first PFX that needs its password applied (or earlier, by
 * warm() when a PFX is known to be coming, or at the process's start when its command line names
 * one: decode-worker-start.ts), then reused. Requests go one at a time, each with
 * its own wall-clock limit, so a file never waits out another's time. A worker that overruns is
 * terminated and the next request starts a fresh one. An idle worker is unref'd: it never keeps
 * the process alive, and Node terminates it when the process exits.
 */
import { error } from '../model/findings.ts';
import { DECODE_TIMEOUT_MS } from './decode-limits.ts';
import type { DecodeOutcome } from './decode-without-password.ts';
import type { DecodeReply, DecodeWorker } from './decode-messages.ts';
import { startDecodeWorker } from './decode-worker-start.ts';

export type { DecodeReply, DecodeRequest, DecodeWorker } from './decode-messages.ts';

export interface PfxDecoder {
  /** Applies the password to a PFX (a full decodeCertificateFile) in the worker, within `timeoutMs`. */
  decode(bytes: Uint8Array, password: string, timeoutMs?: number): Promise<DecodeOutcome>;
  /** Starts the worker now, if none is running, so that its start overlaps the caller's own work. */
  warm(): void;
  /** Terminates the worker, if any; a later decode starts a new one. */
  close(): void;
}

const decoderFailed = (): DecodeOutcome => ({ ok: false, problem: error('CERT_UNREADABLE', { reason: 'decoder' }) });

interface Running {
  worker: DecodeWorker;
  /** Terminated (after a timeout, a failure or close()): never used again. */
  dropped?: true;
  /** Set while a request is out: how its end is reported. */
  pending?: { id: number; settle: (outcome: DecodeOutcome) => void };
}

export function createPfxDecoder(start: () => DecodeWorker = startDecodeWorker): PfxDecoder {
  let running: Running | undefined;
  let nextId = 1;
  /** Requests run one after the other: the chain's tail. */
  let queue: Promise<unknown> = Promise.resolve();

  function drop(which: Running): void {
    if (running === which) running = undefined;
    if (which.dropped) return;
    which.dropped = true;
    void which.worker.terminate();
  }

  function ensure(): Running {
    if (running) return running;
    const fresh: Running = { worker: start() };
    // Listeners for the worker's whole life: an 'error' event without one would throw in this thread.
    fresh.worker.on('message', (reply: DecodeReply) => {
      if (fresh.pending?.id === reply.id) fresh.pending.settle(reply.outcome);
    });
    const died = () => {
      // The decoder returns problems for bad input; a dead worker is a bug, still reported as unreadable.
      fresh.pending?.settle(decoderFailed());
      drop(fresh);
    };
    fresh.worker.on('error', died);
    fresh.worker.on('exit', died);
    fresh.worker.unref();
    running = fresh;
    return fresh;
  }

  function send(bytes: Uint8Array, password: string, timeoutMs: number): Promise<DecodeOutcome> {
    return new Promise((resolve) => {
      let current: Running;
      try {
        current = ensure();
      } catch {
        // The worker could not even start (its file missing, too many threads): a finding, not a crash.
        resolve(decoderFailed());
        return;
      }
      const id = nextId++;
      const settle = (outcome: DecodeOutcome) => {
        if (current.pending?.id !== id) return;
        clearTimeout(timer);
        current.pending = undefined;
        current.worker.unref();
        resolve(outcome);
      };
      const timer = setTimeout(() => {
        settle({ ok: false, problem: error('CERT_DECODE_TIMEOUT', { seconds: Math.round(timeoutMs / 100) / 10 }) });
        // Still busy with the file: only terminating stops forge's loop.
        drop(current);
      }, timeoutMs);
      current.pending = { id, settle };
      current.worker.ref();
      current.worker.postMessage({ id, bytes, password });
    });
  }

  return {
    decode(bytes, password, timeoutMs = DECODE_TIMEOUT_MS) {
      const result = queue.then(() => send(bytes, password, timeoutMs));
      queue = result;
      return result;
    },
    warm() {
      try {
        ensure();
      } catch {
        // Said by the decode that needs it.
      }
    },
    close() {
      if (running) {
        running.pending?.settle(decoderFailed());
        drop(running);
      }
    },
  };
}
