/**
 * What goes between the run and its PFX worker (pfx-decoder.ts, decode-worker-start.ts,
 * decode-requests.ts): the request, the reply, and the part of a Worker they use. Types only, in
 * a file of their own, so that the modules on either side import them without importing each other.
 */
import type { DecodeOutcome } from './decode-without-password.ts';

/** What the worker (cli/decode-worker.ts, then decode-requests.ts) is sent: plain data and bytes, structured-clone safe. */
export interface DecodeRequest {
  id: number;
  bytes: Uint8Array;
  password: string;
}

/** What it answers, tagged with the request's id (a late answer from a timed-out request is ignored). */
export interface DecodeReply {
  id: number;
  outcome: DecodeOutcome;
}

/** The part of node:worker_threads' Worker used here; tests put a stand-in behind it. */
export interface DecodeWorker {
  postMessage(request: DecodeRequest): void;
  on(event: 'message', listener: (reply: DecodeReply) => void): unknown;
  on(event: 'error' | 'exit', listener: () => void): unknown;
  ref(): void;
  unref(): void;
  terminate(): unknown;
}
