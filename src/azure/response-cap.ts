/**
 * Every Resource Manager answer is read here, against a cap, instead of by the SDK's HTTP client,
 * which gathers a whole body into one string whatever its size (@typespec/ts-http-runtime
 * nodeHttpClient.js, streamToText): a 2 GB answer once ended Node itself (exit 133, no message).
 *
 * - A request whose `streamResponseStatusCodes` holds POSITIVE_INFINITY gets its body, whatever
 *   the status, as `readableStreamBody` (nodeHttpClient.js). That stream is already decompressed
 *   when decompressResponsePolicy asked for gzip or deflate, so the bytes counted are the bytes
 *   that would be parsed: a few KiB of gzip cannot inflate past the cap.
 * - A declared Content-Length over the cap is refused before reading; a chunked or lying one is
 *   counted while it streams. Either way the request is aborted at once: that closes its socket
 *   (nodeHttpClient.js destroys the request on abort), even behind a gunzip stream.
 * - The text goes back as `bodyAsText` and the set as it was: core-client's deserializationPolicy
 *   parses bodyAsText only when the status is not in that set (deserializationPolicy.js, parse),
 *   and the SDK operations (providers.get, resourceGroups.get) deserialize from what it parsed.
 *
 * It sits after the Retry phase, inside limitsPolicy: reading the body stays under the same
 * per-attempt timeout and deadline, and a refusal is not retried (the retry policy rethrows what
 * is not a RestError at once, retryPolicy.js).
 */
import { RestError, type PipelinePolicy, type PipelineResponse } from '@azure/core-rest-pipeline';
import { AzureUnavailableError } from '../model/errors.ts';
import { requestIds, requestName, TRANSPORT } from './requests.ts';

const MiB = 1024 * 1024;

function tooLarge(response: PipelineResponse, maxBytes: number): AzureUnavailableError {
  return new AzureUnavailableError('AZURE_RESPONSE_TOO_LARGE', { request: requestName(response.request), maxMiB: maxBytes / MiB, ...requestIds(response.headers) });
}

async function readCapped(stream: NodeJS.ReadableStream, response: PipelineResponse, maxBytes: number, signal: AbortSignal, stop: AbortController): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    (stream as NodeJS.ReadableStream & { destroy(): void }).destroy();
    stop.abort();
    throw tooLarge(response, maxBytes);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += bytes.length;
      if (total > maxBytes) {
        stop.abort();
        throw tooLarge(response, maxBytes);
      }
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof AzureUnavailableError) throw error;
    // Aborted by the request timeout, the deadline or Ctrl+C: an abort, as the SDK's own reader
    // keeps it, for limitsPolicy and translate.ts to tell which.
    if (signal.aborted) throw Object.assign(new Error('The answer was being read when the request was aborted.'), { name: 'AbortError' });
    // Cut off mid-way: unreadable, as the SDK's reader says it (PARSE_ERROR).
    throw new RestError('The answer ended before its end.', { code: TRANSPORT.unreadable, request: response.request, response });
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function responseCapPolicy(maxBytes: number): PipelinePolicy {
  return {
    name: 'cmgSetupResponseCap',
    async sendRequest(request, next) {
      const asked = request.streamResponseStatusCodes;
      const own = request.abortSignal as AbortSignal | undefined;
      const stop = new AbortController();
      // Held here for the whole read: a composite signal holds its sources weakly (timeout.ts).
      const signal = own ? AbortSignal.any([own, stop.signal]) : stop.signal;
      request.streamResponseStatusCodes = new Set([Number.POSITIVE_INFINITY]);
      request.abortSignal = signal;
      try {
        const response = await next(request);
        const stream = response.readableStreamBody;
        // HEAD answers have no body (nodeHttpClient.js); none is sent here, but nothing to read is nothing to cap.
        if (!stream) return response;
        delete response.readableStreamBody;
        response.bodyAsText = await readCapped(stream, response, maxBytes, signal, stop);
        return response;
      } finally {
        request.streamResponseStatusCodes = asked;
        request.abortSignal = own;
      }
    },
  };
}
