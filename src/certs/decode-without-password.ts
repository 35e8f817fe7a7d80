/**
 * The first pass over a certificate file, everything that needs no password: the format, decided
 * by content, never by the file extension (PEM text, a DER certificate, or a PKCS#12 .pfx/.p12);
 * a .cer or .pem decoded in full; a PFX read up to the point where its password is needed
 * (pfx-layout.ts: its algorithms and iteration counts, no decryption).
 *
 * No key derivation runs here, and everything is bounded by the input's size (at most 1 MiB,
 * reliability.md ), so this runs on the main thread (read.ts says why, step by step). It
 * loads only forge's ASN.1 and PEM modules (forge-parts.ts); opening a PFX is decode.ts.
 * Nothing here throws for bad input.
 */
import { X509Certificate } from 'node:crypto';
import type { Code } from '../model/codes.ts';
import { error, type Problem } from '../model/findings.ts';
import { MAX_FILE_BYTES, MAX_ITERATIONS } from './decode-limits.ts';
import { binaryToBytes, DerError, parseDer, type Asn1 } from './der.ts';
import { pem } from './forge-parts.ts';
import { describePfx, looksLikePfx, maxIterations, PfxLayoutError, unsupportedAlgorithm, type PfxLayout } from './pfx-layout.ts';

export type FileFormat = 'pfx' | 'der' | 'pem';

export interface DecodedFile {
  format: FileFormat;
  /** DER, in file order. */
  certificates: Uint8Array[];
  /** PKCS#8 DER. */
  privateKeys: Uint8Array[];
  pfx?: PfxLayout;
  /** Problems that do not stop the reading (a PFX without a MAC, ...). */
  notes: Problem[];
}

export type DecodeOutcome =
  | { ok: true; file: DecodedFile }
  | { ok: false; problem: Problem }
  /** A PFX that was read up to the point where its password is needed. */
  | { ok: false; needsPassword: true; pfx: PfxLayout };

/** The first pass's end: an outcome, or a PFX that only its password can take further. */
export type FirstPass = { outcome: DecodeOutcome } | { pfx: { root: Asn1; layout: PfxLayout } };

export const fail = (code: Code, params?: Problem['params']): DecodeOutcome => ({ ok: false, problem: error(code, params) });

const PEM_CERTIFICATE = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
const PEM_PRIVATE_KEY = /PRIVATE KEY$/;

/** Anywhere in the file: `openssl x509 -text` output puts a long description before the block. */
function isPemText(bytes: Uint8Array): boolean {
  return /-----BEGIN [A-Z0-9 ]+-----/.test(Buffer.from(bytes).toString('latin1'));
}

function decodePem(bytes: Uint8Array): DecodeOutcome {
  let blocks: ReturnType<typeof pem.decode>;
  try {
    blocks = pem.decode(Buffer.from(bytes).toString('latin1'));
  } catch {
    return fail('CERT_UNREADABLE', { reason: 'pem' });
  }
  const certificates: Uint8Array[] = [];
  const privateKeys: Uint8Array[] = [];
  for (const block of blocks) {
    if (PEM_CERTIFICATE.has(block.type)) {
      // The certificate's own bytes: a TRUSTED CERTIFICATE block appends OpenSSL's trust settings.
      const der = certificateBytes(binaryToBytes(block.body));
      if (!der) return fail('CERT_UNREADABLE', { reason: 'pem-certificate' });
      certificates.push(der);
    } else if (PEM_PRIVATE_KEY.test(block.type)) {
      // Kept only to say the file holds a key; a public .cer/.pem must not carry one.
      privateKeys.push(binaryToBytes(block.body));
    }
  }
  if (certificates.length === 0) return fail('CERT_NO_CERTIFICATE', { format: 'pem' });
  return { ok: true, file: { format: 'pem', certificates, privateKeys, notes: [] } };
}

/**
 * The DER of the certificate at the start of `bytes`, or undefined. Reading the public key too:
 * X509Certificate decodes it lazily, and a certificate whose key OpenSSL cannot read is unusable.
 */
function certificateBytes(bytes: Uint8Array): Uint8Array | undefined {
  try {
    const x509 = new X509Certificate(bytes);
    void x509.publicKey;
    return new Uint8Array(x509.raw);
  } catch {
    return undefined;
  }
}

export function readsAsCertificate(der: Uint8Array): boolean {
  const exact = certificateBytes(der);
  return exact !== undefined && exact.byteLength === der.byteLength;
}

function prescanPfx(root: Asn1): FirstPass {
  let layout: PfxLayout;
  try {
    layout = describePfx(root);
  } catch (cause) {
    if (cause instanceof PfxLayoutError || cause instanceof DerError) return { outcome: fail('CERT_UNREADABLE', { reason: 'pfx' }) };
    throw cause;
  }
  const iterations = maxIterations(layout);
  if (iterations > MAX_ITERATIONS) return { outcome: fail('CERT_PFX_ITERATIONS', { iterations: Number.isFinite(iterations) ? iterations : '> 2^53', limit: MAX_ITERATIONS }) };
  const unsupported = unsupportedAlgorithm(layout);
  if (unsupported) return { outcome: fail('CERT_PFX_UNSUPPORTED', { algorithm: unsupported }) };
  return { pfx: { root, layout } };
}

export function firstPass(bytes: Uint8Array): FirstPass {
  if (bytes.byteLength === 0) return { outcome: fail('CERT_FILE_EMPTY') };
  if (bytes.byteLength > MAX_FILE_BYTES) return { outcome: fail('CERT_FILE_TOO_LARGE', { size: bytes.byteLength, limit: MAX_FILE_BYTES }) };
  if (isPemText(bytes)) return { outcome: decodePem(bytes) };
  let root: Asn1;
  try {
    root = parseDer(bytes);
  } catch (cause) {
    if (cause instanceof DerError && /too few bytes/i.test(cause.message) && bytes[0] === 0x30) return { outcome: fail('CERT_TRUNCATED') };
    return { outcome: fail('CERT_UNREADABLE', { reason: 'format' }) };
  }
  if (looksLikePfx(root)) return prescanPfx(root);
  if (readsAsCertificate(bytes)) return { outcome: { ok: true, file: { format: 'der', certificates: [Uint8Array.from(bytes)], privateKeys: [], notes: [] } } };
  return { outcome: fail('CERT_UNREADABLE', { reason: 'format' }) };
}

/** What decodeCertificateFile(bytes, undefined) gives: a PFX stops at `needsPassword`. */
export function decodeWithoutPassword(bytes: Uint8Array): DecodeOutcome {
  const pass = firstPass(bytes);
  return 'outcome' in pass ? pass.outcome : { ok: false, needsPassword: true, pfx: pass.pfx.layout };
}
