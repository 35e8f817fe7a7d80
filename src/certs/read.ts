/**
 * Reads a certificate file from disk and decodes it with the bounds of reliability.md:
 * at most 1 MiB, at most 100,000 iterations per key derivation, and 10 s of wall clock for the
 * derivation itself.
 *
 * Only applying a password to a PKCS#12 runs key derivations (native-kdf.ts, or forge's pure
 * JavaScript for inputs Node cannot compute as forge does) and decryption in node-forge, so only
 * that goes to the worker (pfx-decoder.ts), where the wall clock can stop it. Everything before it runs on
 * this thread, with node-forge's ASN.1 and PEM modules only (forge-parts.ts): the first pass
 * (decode-without-password.ts) never derives a key (a PFX stops at needsPassword), and what it
 * does is bounded by the input's size, which is at most 1 MiB:
 * - PEM: forge's message scanner is linear (pem.js: no quadratic retries), then base64 and one
 *   X509Certificate per certificate block;
 * - DER: forge's strict DER parser with a nesting depth of 64 (der.ts), one pass over the bytes;
 *   then either the PFX pre-scan (pfx-layout.ts: reads the algorithm identifiers, no decryption)
 *   or one X509Certificate (OpenSSL's d2i, linear).
 * test/certs/read-bounds.test.ts decodes hostile 1 MiB inputs of each kind on this thread.
 */
import { readRegularFile } from '../files/read-regular-file.ts';
import type { Code } from '../model/codes.ts';
import { error } from '../model/findings.ts';
import { DECODE_TIMEOUT_MS, MAX_FILE_BYTES } from './decode-limits.ts';
import { decodeWithoutPassword, type DecodeOutcome } from './decode-without-password.ts';
import { createPfxDecoder, type PfxDecoder } from './pfx-decoder.ts';

export { DECODE_TIMEOUT_MS } from './decode-limits.ts';

/** The run's one PFX worker, started only when a PFX is opened with a password. */
export const pfxDecoder: PfxDecoder = createPfxDecoder();

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

/**
 * True when the bytes start like a PFX (RFC 7292: a SEQUENCE whose first field is INTEGER 3),
 * read without node-forge: only a hint to start the worker early, the decoder decides.
 */
export function startsLikePfx(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x30 || bytes.length < 2) return false;
  const length = bytes[1] as number;
  const header = length < 0x80 ? 2 : 2 + (length & 0x7f);
  return bytes[header] === 0x02 && bytes[header + 1] === 0x01 && bytes[header + 2] === 0x03;
}

/**
 * @param password the PFX password ('' for none); undefined stops a PFX at `needsPassword`.
 *   Ignored for .cer and .pem files.
 */
export async function decodeCertificateBytes(bytes: Uint8Array, password: string | undefined, timeoutMs = DECODE_TIMEOUT_MS, decoder: PfxDecoder = pfxDecoder): Promise<DecodeOutcome> {
  // The worker's start (and its node-forge load) overlaps this thread's pre-scan.
  if (password !== undefined && startsLikePfx(bytes)) decoder.warm();
  const withoutPassword = decodeWithoutPassword(bytes);
  if (password === undefined || !('needsPassword' in withoutPassword)) return withoutPassword;
  return decoder.decode(bytes, password, timeoutMs);
}

export async function readCertificateFile(path: string, password: string | undefined, timeoutMs = DECODE_TIMEOUT_MS, decoder: PfxDecoder = pfxDecoder): Promise<DecodeOutcome> {
  const bytes = readBounded(path);
  if (!(bytes instanceof Uint8Array)) return bytes;
  return decodeCertificateBytes(bytes, password, timeoutMs, decoder);
}
