/** Worker thread entry: decodes one file and posts the outcome (structured-clone safe: plain data and bytes). */
import { parentPort, workerData } from 'node:worker_threads';
import { decodeCertificateFile } from './decode.ts';

const request = workerData as { bytes: Uint8Array; password: string | undefined };
parentPort?.postMessage(decodeCertificateFile(request.bytes, request.password));
