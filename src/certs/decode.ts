/**
 * Turns the bytes of a certificate file into certificates (DER) and private keys (PKCS#8 DER),
 * or into one problem that says what is wrong. The format is decided by content, never by the
 * file extension: PEM text, a DER certificate, or a PKCS#12 (.pfx/.p12).
 *
 * node-forge is used as a decoder only (reliability.md ); every check afterwards runs on
 * Node's X509Certificate and KeyObject. Nothing here throws for bad input.
 */
import { X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import type { Code } from '../model/codes.ts';
import { error, warning, type Problem } from '../model/findings.ts';
import { binaryToBytes, children, DerError, parseDer, toDer, type Asn1 } from './der.ts';
import { OID } from './oids.ts';
import { guardKeyDerivations, IterationLimitError } from './derivation-guard.ts';
import { describePfx, looksLikePfx, maxIterations, PfxLayoutError, unsupportedAlgorithm, type PfxLayout } from './pfx-layout.ts';
import { MAX_FILE_BYTES, MAX_ITERATIONS } from './decode-limits.ts';

export { MAX_FILE_BYTES, MAX_ITERATIONS } from './decode-limits.ts';

guardKeyDerivations(MAX_ITERATIONS);

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

const fail = (code: Code, params?: Problem['params']): DecodeOutcome => ({ ok: false, problem: error(code, params) });

const PEM_CERTIFICATE = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
const PEM_PRIVATE_KEY = /PRIVATE KEY$/;

/** Anywhere in the file: `openssl x509 -text` output puts a long description before the block. */
function isPemText(bytes: Uint8Array): boolean {
  return /-----BEGIN [A-Z0-9 ]+-----/.test(Buffer.from(bytes).toString('latin1'));
}

function decodePem(bytes: Uint8Array): DecodeOutcome {
  let blocks: forge.pem.ObjectPEM[];
  try {
    blocks = forge.pem.decode(Buffer.from(bytes).toString('latin1'));
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

function readsAsCertificate(der: Uint8Array): boolean {
  const exact = certificateBytes(der);
  return exact !== undefined && exact.byteLength === der.byteLength;
}

/**
 * The certificate's own DER. forge rebuilds a parsed certificate from its fields, which can
 * change the outer algorithm's parameters (and so the thumbprint); RFC 5280 makes that field a
 * copy of the signature algorithm inside the TBSCertificate, so that copy is used.
 */
function certificateDer(bag: { cert?: forge.pki.Certificate | null; asn1?: Asn1 }): Uint8Array | undefined {
  if (bag.asn1) return toDer(bag.asn1);
  const cert = bag.cert as (forge.pki.Certificate & { tbsCertificate?: Asn1; signature: string }) | null | undefined;
  if (!cert?.tbsCertificate) return undefined;
  const fields = children(cert.tbsCertificate);
  const explicitVersion = fields[0]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC;
  const signatureAlgorithm = fields[explicitVersion ? 2 : 1];
  if (!signatureAlgorithm) return undefined;
  const { asn1 } = forge;
  const rebuilt = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    cert.tbsCertificate,
    signatureAlgorithm,
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BITSTRING, false, `\u0000${cert.signature}`),
  ]);
  return toDer(rebuilt);
}

function privateKeyDer(bag: { key?: forge.pki.PrivateKey | null; asn1?: Asn1 }): Uint8Array | undefined {
  if (bag.key) return toDer(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key)));
  // forge parses only RSA keys; others (EC, ...) come back as the decrypted PrivateKeyInfo.
  if (bag.asn1) return toDer(bag.asn1);
  return undefined;
}

type Pkcs12 = forge.pkcs12.Pkcs12Pfx;

/** forge's errors are fixed English strings; only their meaning is kept. */
function forgeMessage(cause: unknown): string {
  return cause instanceof Error ? cause.message : '';
}

function problemOf(cause: unknown, fallback: Problem): Problem {
  if (cause instanceof IterationLimitError) return error('CERT_PFX_ITERATIONS', { iterations: Number.isSafeInteger(cause.iterations) ? cause.iterations : '> 2^53', limit: MAX_ITERATIONS });
  return fallback;
}

function openPfx(root: Asn1, password: string, hasMac: boolean): Pkcs12 | Problem {
  const nonAscii = password !== forge.util.encodeUtf8(password);
  try {
    return forge.pkcs12.pkcs12FromAsn1(root, false, password);
  } catch (cause) {
    if (cause instanceof IterationLimitError) return problemOf(cause, error('CERT_BAD_PASSWORD'));
    const message = forgeMessage(cause);
    if (/MAC could not be verified/.test(message)) return error('CERT_BAD_PASSWORD');
    // A non-ASCII password decrypts to garbage first (below); the garbage may even pass the
    // padding check and fail later with any message, so every failure past the MAC retries.
    if (!nonAscii) {
      if (!/Failed to decrypt PKCS#12 SafeContents|wrong password/i.test(message)) return error('CERT_UNREADABLE', { reason: 'pfx' });
      // With a MAC, an ASCII password that passed it cannot fail here: the file is damaged.
      return hasMac ? error('CERT_UNREADABLE', { reason: 'pfx' }) : error('CERT_BAD_PASSWORD');
    }
  }
  // forge feeds PBES2 a Latin-1 password where the standard wants UTF-8 (dependencies.md
  // section 3); the MAC, when there is one, already proved the password right over its BMPString
  // form. forge accepts the UTF-8 bytes for decryption once the MAC is out of the way.
  try {
    const withoutMac = forge.asn1.create(root.tagClass, root.type, true, children(root).slice(0, 2));
    return forge.pkcs12.pkcs12FromAsn1(withoutMac, false, forge.util.encodeUtf8(password));
  } catch (cause) {
    return problemOf(cause, hasMac ? error('CERT_UNREADABLE', { reason: 'pfx' }) : error('CERT_BAD_PASSWORD'));
  }
}

function decodePfx(root: Asn1, password: string | undefined): DecodeOutcome {
  let layout: PfxLayout;
  try {
    layout = describePfx(root);
  } catch (cause) {
    if (cause instanceof PfxLayoutError || cause instanceof DerError) return fail('CERT_UNREADABLE', { reason: 'pfx' });
    throw cause;
  }
  const iterations = maxIterations(layout);
  if (iterations > MAX_ITERATIONS) return fail('CERT_PFX_ITERATIONS', { iterations: Number.isFinite(iterations) ? iterations : '> 2^53', limit: MAX_ITERATIONS });
  const unsupported = unsupportedAlgorithm(layout);
  if (unsupported) return fail('CERT_PFX_UNSUPPORTED', { algorithm: unsupported });
  if (password === undefined) return { ok: false, needsPassword: true, pfx: layout };

  const opened = openPfx(root, password, layout.mac !== null);
  if (!('safeContents' in opened)) return { ok: false, problem: opened };
  const certificates: Uint8Array[] = [];
  const privateKeys: Uint8Array[] = [];
  for (const bag of opened.getBags({ bagType: OID.certBag })[OID.certBag] ?? []) {
    const der = certificateDer(bag as Parameters<typeof certificateDer>[0]);
    if (!der || !readsAsCertificate(der)) return fail('CERT_UNREADABLE', { reason: 'pfx-certificate' });
    certificates.push(der);
  }
  for (const bagType of [OID.pkcs8ShroudedKeyBag, OID.keyBag]) {
    for (const bag of opened.getBags({ bagType })[bagType] ?? []) {
      const der = privateKeyDer(bag as Parameters<typeof privateKeyDer>[0]);
      if (der) privateKeys.push(der);
    }
  }
  if (certificates.length === 0) return fail('CERT_NO_CERTIFICATE', { format: 'pfx' });
  const notes = layout.mac ? [] : [warning('CERT_PFX_NO_MAC')];
  return { ok: true, file: { format: 'pfx', certificates, privateKeys, pfx: layout, notes } };
}

/**
 * @param password the PFX password ('' for none); undefined asks for `needsPassword` instead of
 *   opening a PFX. Ignored for .cer and .pem files.
 */
export function decodeCertificateFile(bytes: Uint8Array, password?: string): DecodeOutcome {
  if (bytes.byteLength === 0) return fail('CERT_FILE_EMPTY');
  if (bytes.byteLength > MAX_FILE_BYTES) return fail('CERT_FILE_TOO_LARGE', { size: bytes.byteLength, limit: MAX_FILE_BYTES });
  if (isPemText(bytes)) return decodePem(bytes);
  let root: Asn1;
  try {
    root = parseDer(bytes);
  } catch (cause) {
    if (cause instanceof DerError && /too few bytes/i.test(cause.message) && bytes[0] === 0x30) return fail('CERT_TRUNCATED');
    return fail('CERT_UNREADABLE', { reason: 'format' });
  }
  if (looksLikePfx(root)) return decodePfx(root, password);
  if (readsAsCertificate(bytes)) return { ok: true, file: { format: 'der', certificates: [Uint8Array.from(bytes)], privateKeys: [], notes: [] } };
  return fail('CERT_UNREADABLE', { reason: 'format' });
}
