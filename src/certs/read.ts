/**
 * Reads a certificate file from disk and decodes it in a worker thread with a wall-clock limit
 * (reliability.md ): a crafted file can make node-forge's pure-JS key derivation or ASN.1
 * code run long, and the wizard must end with a finding, never hang.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { readRegularFile } from '../files/read-regular-file.ts';
import type { Code } from '../model/codes.ts';
import { error } from '../model/findings.ts';
import { MAX_FILE_BYTES, type DecodeOutcome } from './decode.ts';

export const DECODE_TIMEOUT_MS = 10_000;

/** What the worker (decode-worker.ts) is sent: plain data and bytes, structured-clone safe. */
export interface DecodeRequest {
  bytes: Uint8Array;
  password: string | undefined;
}

/** Beside this module in the bundle; from the sources (tests), the built one. */
function workerUrl(): URL {
  const beside = new URL('./decode-worker.js', import.meta.url);
  return existsSync(beside) ? beside : new URL('../../dist/decode-worker.js', import.meta.url);
}

const fail = (code: Code, params?: Record<string, string | number>): DecodeOutcome => ({ ok: false, problem: error(code, params) });

/** The file's bytes, or the finding that says why there are none; a FIFO or device is never opened for a blocking read. */
function readBounded(path: string): Uint8Array | DecodeOutcome {
  const read = readRegularFile(path, MAX_FILE_BYTES);
  if (read.ok) return read.bytes;
  switch (read.reason) {
    case 'missing':
      return fail('CERT_FILE_MISSING', { path, reason: read.errno });
    case 'not-a-file':
      return fail('CERT_FILE_UNREADABLE', { path, reason: 'not a file' });
    // The size is checked before reading: a multi-gigabyte "certificate" is never loaded.
    case 'too-large':
      return fail('CERT_FILE_TOO_LARGE', { size: read.size, limit: MAX_FILE_BYTES });
    case 'unreadable':
      return fail('CERT_FILE_UNREADABLE', { path, reason: read.errno });
  }
}

export function decodeInWorker(bytes: Uint8Array, password: string | undefined, timeoutMs = DECODE_TIMEOUT_MS): Promise<DecodeOutcome> {
  return new Promise((resolve) => {
    // The password goes by message, not in workerData: NODE_DEBUG=worker prints the Worker's
    // options, workerData included (lib/internal/worker.js, "create new worker"), and so did it.
    const worker = new Worker(workerUrl());
    worker.postMessage({ bytes, password } satisfies DecodeRequest);
    const settle = (outcome: DecodeOutcome) => {
      clearTimeout(timer);
      resolve(outcome);
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(fail('CERT_DECODE_TIMEOUT', { seconds: Math.round(timeoutMs / 100) / 10 })), timeoutMs);
    worker.once('message', (outcome: DecodeOutcome) => settle(outcome));
    // The decoder returns problems for bad input; reaching here is a bug, still reported as unreadable.
    worker.once('error', () => settle(fail('CERT_UNREADABLE', { reason: 'decoder' })));
    worker.once('exit', () => settle(fail('CERT_UNREADABLE', { reason: 'decoder' })));
  });
}

export async function readCertificateFile(path: string, password: string | undefined, timeoutMs = DECODE_TIMEOUT_MS): Promise<DecodeOutcome> {
  const bytes = readBounded(path);
  if (!(bytes instanceof Uint8Array)) return bytes;
  return decodeInWorker(bytes, password, timeoutMs);
}
