/**
 * Reads a certificate file from disk and decodes it in a worker thread with a wall-clock limit
 * (reliability.md ): a crafted file can make node-forge's pure-JS key derivation or ASN.1
 * code run long, and the wizard must end with a finding, never hang.
 */
import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { error } from '../wizard/findings.ts';
import { MAX_FILE_BYTES, type DecodeOutcome } from './decode.ts';

export const DECODE_TIMEOUT_MS = 10_000;

/** Beside this module in the bundle; from the sources (tests), the built one. */
function workerUrl(): URL {
  const beside = new URL('./decode-worker.js', import.meta.url);
  return existsSync(beside) ? beside : new URL('../../dist/decode-worker.js', import.meta.url);
}

const fail = (code: string, params?: Record<string, string | number>): DecodeOutcome => ({ ok: false, problem: error(code, params) });

async function readBounded(path: string): Promise<Uint8Array | DecodeOutcome> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'CERT_FILE_MISSING' : 'CERT_FILE_UNREADABLE', { path, reason: code ?? 'unknown' });
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return fail('CERT_FILE_UNREADABLE', { path, reason: 'not a file' });
    // The size is checked before reading: a multi-gigabyte "certificate" is never loaded.
    if (stats.size > MAX_FILE_BYTES) return fail('CERT_FILE_TOO_LARGE', { size: stats.size, limit: MAX_FILE_BYTES });
    const buffer = Buffer.alloc(Math.min(stats.size, MAX_FILE_BYTES) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > MAX_FILE_BYTES) return fail('CERT_FILE_TOO_LARGE', { size: bytesRead, limit: MAX_FILE_BYTES });
    return buffer.subarray(0, bytesRead);
  } catch (cause) {
    return fail('CERT_FILE_UNREADABLE', { path, reason: (cause as NodeJS.ErrnoException).code ?? 'unknown' });
  } finally {
    await handle.close();
  }
}

export function decodeInWorker(bytes: Uint8Array, password: string | undefined, timeoutMs = DECODE_TIMEOUT_MS): Promise<DecodeOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(workerUrl(), { workerData: { bytes, password } });
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
  const bytes = await readBounded(path);
  if (!(bytes instanceof Uint8Array)) return bytes;
  return decodeInWorker(bytes, password, timeoutMs);
}
