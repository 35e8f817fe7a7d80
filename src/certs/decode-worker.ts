/**
 * Worker thread entry: decodes the one file it is sent and posts the outcome (structured-clone
 * safe: plain data and bytes). The request comes as a message, never as workerData, which
 * NODE_DEBUG=worker prints (src/certs/read.ts).
 */
import { parentPort } from 'node:worker_threads';
import { decodeCertificateFile } from './decode.ts';
import type { DecodeRequest } from './read.ts';

parentPort?.once('message', (request: DecodeRequest) => {
  parentPort?.postMessage(decodeCertificateFile(request.bytes, request.password));
});
