/**
 * Turns the bytes of a certificate file into certificates (DER) and private keys (PKCS#8 DER),
 * or into one problem that says what is wrong: the first pass (decode-without-password.ts), then,
 * for a PFX, its password applied. The format is decided by content, never by the file
 * extension: PEM text, a DER certificate, or a PKCS#12 (.pfx/.p12).
 *
 * Applying the password runs forge's key derivations (guarded by derivation-guard.ts), so this
 * module loads all of node-forge and runs in the worker (pfx-decoder.ts, reliability.md ).
 * node-forge is used as a decoder only (reliability.md ); every check afterwards runs on
 * Node's X509Certificate and KeyObject. Nothing here throws for bad input.
 */
import forge from './forge-pki.ts';
import type Forge from 'node-forge';
import { error, warning, type Problem } from '../model/findings.ts';
import { children, toDer, type Asn1 } from './der.ts';
import { OID } from './oids.ts';
import { guardKeyDerivations, IterationLimitError } from './derivation-guard.ts';
import type { PfxLayout } from './pfx-layout.ts';
import { MAX_ITERATIONS } from './decode-limits.ts';
import { fail, firstPass, readsAsCertificate, type DecodeOutcome } from './decode-without-password.ts';

export { MAX_FILE_BYTES, MAX_ITERATIONS } from './decode-limits.ts';
export type { DecodedFile, DecodeOutcome, FileFormat } from './decode-without-password.ts';

guardKeyDerivations(MAX_ITERATIONS);

/**
 * forge turns each certificate bag into a Certificate (its fields parsed, its TBSCertificate
 * hashed in JavaScript) and each key bag into an RSA key (its numbers as big integers), and gives
 * a bag's ASN.1 instead when its parser refuses it (node-forge lib/pkcs12.js, _decodeSafeContents:
 * "ignore unknown cert type, pass asn1 value"; the same for keys). This program wants neither
 * object: only the DER, for Node's X509Certificate and createPrivateKey (reliability.md ). So
 * while the PFX is opened, both parsers refuse: every bag comes back as its own ASN.1, whose DER is
 * the certificate as issued and the PKCS#8 key as stored, and no time goes to the round trip
 * (issue 15). Synchronous: nothing else in the thread can call forge meanwhile, and the parsers
 * are back in place before it returns or throws.
 */
class KeptAsAsn1 extends Error {}

function withBagsAsAsn1<T>(open: () => T): T {
  const pki = forge.pki as unknown as Record<'certificateFromAsn1' | 'privateKeyFromAsn1', unknown>;
  const parsers = { certificateFromAsn1: pki.certificateFromAsn1, privateKeyFromAsn1: pki.privateKeyFromAsn1 };
  const refuse = (): never => {
    throw new KeptAsAsn1();
  };
  pki.certificateFromAsn1 = refuse;
  pki.privateKeyFromAsn1 = refuse;
  try {
    return open();
  } finally {
    Object.assign(pki, parsers);
  }
}

/** A bag's DER: its ASN.1, as withBagsAsAsn1 has forge keep it. */
const bagDer = (bag: { asn1?: Asn1 }): Uint8Array | undefined => (bag.asn1 ? toDer(bag.asn1) : undefined);

type Pkcs12 = Forge.pkcs12.Pkcs12Pfx;

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
    return withBagsAsAsn1(() => forge.pkcs12.pkcs12FromAsn1(root, false, password));
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
    return withBagsAsAsn1(() => forge.pkcs12.pkcs12FromAsn1(withoutMac, false, forge.util.encodeUtf8(password)));
  } catch (cause) {
    return problemOf(cause, hasMac ? error('CERT_UNREADABLE', { reason: 'pfx' }) : error('CERT_BAD_PASSWORD'));
  }
}

function openPfxFile(root: Asn1, layout: PfxLayout, password: string): DecodeOutcome {
  const opened = openPfx(root, password, layout.mac !== null);
  if (!('safeContents' in opened)) return { ok: false, problem: opened };
  const certificates: Uint8Array[] = [];
  const privateKeys: Uint8Array[] = [];
  for (const bag of opened.getBags({ bagType: OID.certBag })[OID.certBag] ?? []) {
    const der = bagDer(bag as { asn1?: Asn1 });
    if (!der || !readsAsCertificate(der)) return fail('CERT_UNREADABLE', { reason: 'pfx-certificate' });
    certificates.push(der);
  }
  for (const bagType of [OID.pkcs8ShroudedKeyBag, OID.keyBag]) {
    for (const bag of opened.getBags({ bagType })[bagType] ?? []) {
      const der = bagDer(bag as { asn1?: Asn1 });
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
  const pass = firstPass(bytes);
  if ('outcome' in pass) return pass.outcome;
  if (password === undefined) return { ok: false, needsPassword: true, pfx: pass.pfx.layout };
  return openPfxFile(pass.pfx.root, pass.pfx.layout, password);
}
