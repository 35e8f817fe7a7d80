/**
 * The PFX worker's work (its entry is cli/decode-worker.ts): opens each PFX it is sent with its
 * password and posts the outcome (structured-clone safe: plain data and bytes), tagged with the
 * request's id. One worker serves a whole run (pfx-decoder.ts). The request comes as a message,
 * never as workerData, which NODE_DEBUG=worker prints.
 */
import { parentPort } from 'node:worker_threads';
import { decodeCertificateFile } from './decode.ts';
import type { DecodeReply, DecodeRequest } from './decode-messages.ts';

/** Answers the parent's requests; `afterEach` runs once each reply is posted (the build's code cache write). */
export function serveDecodeRequests(afterEach: () => void): void {
  parentPort?.on('message', (request: DecodeRequest) => {
    parentPort?.postMessage({ id: request.id, outcome: decodeCertificateFile(request.bytes, request.password) } satisfies DecodeReply);
    afterEach();
  });
}
