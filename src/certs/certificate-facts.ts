/**
 * What cmg-setup needs to know about one certificate, read with Node's X509Certificate
 * (OpenSSL-backed, handles every key type) plus the few fields it does not expose (signature
 * algorithm, key usage bits, key identifiers), which are read from the DER directly.
 */
import { X509Certificate } from 'node:crypto';
import { asn1, util } from './forge-parts.ts';
import { children, explicit, isSequence, octetsOf, oidOf, parseDer, type Asn1 } from './der.ts';
import { OID, SIGNATURE_HASHES } from './oids.ts';

export interface KeyUsageBits {
  digitalSignature: boolean;
  keyEncipherment: boolean;
  keyCertSign: boolean;
}

export interface CertificateFacts {
  x509: X509Certificate;
  subject: string;
  issuer: string;
  /** The last CN of the subject (the most specific one), as written: ConfigMgr treats it case-sensitively. */
  commonName: string | undefined;
  /** dNSName entries of the subject alternative name; undefined when there is no SAN extension. */
  dnsNames: string[] | undefined;
  notBefore: Date;
  notAfter: Date;
  /** Node's asymmetricKeyType: 'rsa', 'rsa-pss', 'ec', 'ed25519', 'dsa', ... */
  keyType: string;
  keyBits: number | undefined;
  curve: string | undefined;
  /** 'SHA-256', 'SHA-1', 'MD5', ..., or the algorithm OID when unknown. */
  signatureHash: string;
  /** Extended key usage OIDs; undefined when the extension is absent (any purpose). */
  ekus: string[] | undefined;
  keyUsage: KeyUsageBits | undefined;
  isCa: boolean;
  selfSigned: boolean;
  subjectKeyId: string | undefined;
  authorityKeyId: string | undefined;
  /** SHA-1 over the DER, uppercase hex without separators: what certlm.msc and ConfigMgr show. */
  thumbprint: string;
  serialNumber: string;
}

interface Extension {
  critical: boolean;
  value: Asn1;
}

function extensionsOf(tbs: Asn1): Map<string, Extension> {
  const extensions = new Map<string, Extension>();
  const container = children(tbs).find((field) => field.tagClass === asn1.Class.CONTEXT_SPECIFIC && field.type === 3);
  for (const extension of children(explicit(container, 3))) {
    const parts = children(extension);
    const oid = oidOf(parts[0]);
    const critical = parts.length === 3 && parts[1]?.value === '\u00ff';
    const octets = octetsOf(parts[parts.length - 1]);
    if (!oid || octets === undefined) continue;
    try {
      extensions.set(oid, { critical, value: parseDer(octets) });
    } catch {
      // An undecodable extension is left out; OpenSSL already accepted the certificate as a whole.
    }
  }
  return extensions;
}

const GENERAL_NAME_DNS = 2;

function dnsNamesOf(san: Extension | undefined): string[] | undefined {
  if (!san) return undefined;
  return children(san.value)
    .filter((name) => name.tagClass === asn1.Class.CONTEXT_SPECIFIC && name.type === GENERAL_NAME_DNS && typeof name.value === 'string')
    .map((name) => name.value as string);
}

function keyUsageOf(extension: Extension | undefined): KeyUsageBits | undefined {
  if (!extension || typeof extension.value.value !== 'string') return undefined;
  // BIT STRING: the first octet counts unused bits; bit 0 is the most significant bit after it.
  const first = extension.value.value.charCodeAt(1) || 0;
  return { digitalSignature: (first & 0x80) !== 0, keyEncipherment: (first & 0x20) !== 0, keyCertSign: (first & 0x04) !== 0 };
}

function hex(binary: string | undefined): string | undefined {
  return binary === undefined ? undefined : util.bytesToHex(binary).toUpperCase();
}

function authorityKeyIdOf(extension: Extension | undefined): string | undefined {
  const keyIdentifier = children(extension?.value).find((field) => field.tagClass === asn1.Class.CONTEXT_SPECIFIC && field.type === 0);
  return typeof keyIdentifier?.value === 'string' ? hex(keyIdentifier.value) : undefined;
}

const COMMON_NAME = '2.5.4.3';

/** Read from the DER: X509Certificate's subject string escapes commas and other specials. */
function lastCommonName(subject: Asn1 | undefined): string | undefined {
  const values = children(subject)
    .flatMap((rdn) => children(rdn))
    .filter((attribute) => oidOf(children(attribute)[0]) === COMMON_NAME)
    .map((attribute) => children(attribute)[1]);
  const last = values.at(-1);
  if (!last || typeof last.value !== 'string') return undefined;
  if (last.type !== asn1.Type.UTF8) return last.value;
  try {
    return util.decodeUtf8(last.value);
  } catch {
    return last.value;
  }
}

function verifiedBy(subject: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return subject.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

/**
 * Names and signature only: OpenSSL's checkIssued also demands keyCertSign when the issuer has a
 * key usage, which a self-signed leaf made by New-SelfSignedCertificate does not have.
 */
function isSelfSigned(x509: X509Certificate): boolean {
  return x509.subject === x509.issuer && verifiedBy(x509, x509);
}

/**
 * basicConstraints cA, read from the extension. Node's `ca` is OpenSSL's X509_check_ca, which
 * also weighs key usage and so calls a CA:true certificate without keyCertSign "not a CA". A v1
 * certificate (no extensions) is a CA only as a self-signed trust anchor, as Windows treats old roots.
 */
function basicConstraintsCa(extension: Extension | undefined, version1: boolean, selfSigned: boolean): boolean {
  if (!extension) return version1 && selfSigned;
  const first = children(extension.value)[0];
  return first?.type === asn1.Type.BOOLEAN && first.value === '\u00ff';
}

/** A distinguished name as X509Certificate gives it (one RDN per line), on one line for messages. */
export function singleLine(name: string): string {
  return name.replaceAll('\n', ', ');
}

/** @throws only when `der` is not a certificate (callers pass DER that X509Certificate already read). */
export function describeCertificate(der: Uint8Array): CertificateFacts {
  const x509 = new X509Certificate(der);
  const root = parseDer(der);
  const [tbs, signatureAlgorithm] = children(root);
  if (!tbs || !isSequence(tbs)) throw new Error('not a certificate');
  const extensions = extensionsOf(tbs);
  const signatureOid = oidOf(children(signatureAlgorithm)[0]) ?? 'unknown';
  const details = x509.publicKey.asymmetricKeyDetails ?? {};
  const ekuExtension = extensions.get(OID.extKeyUsage);
  const selfSigned = isSelfSigned(x509);
  const version1 = children(tbs)[0]?.tagClass !== asn1.Class.CONTEXT_SPECIFIC;
  return {
    x509,
    subject: x509.subject,
    issuer: x509.issuer,
    commonName: lastCommonName(children(tbs)[version1 ? 4 : 5]),
    dnsNames: dnsNamesOf(extensions.get(OID.subjectAltName)),
    notBefore: new Date(x509.validFrom),
    notAfter: new Date(x509.validTo),
    keyType: x509.publicKey.asymmetricKeyType ?? 'unknown',
    keyBits: details.modulusLength,
    curve: details.namedCurve,
    signatureHash: SIGNATURE_HASHES[signatureOid] ?? signatureOid,
    ekus: ekuExtension ? children(ekuExtension.value).map((node) => oidOf(node) ?? 'unknown') : undefined,
    keyUsage: keyUsageOf(extensions.get(OID.keyUsage)),
    isCa: basicConstraintsCa(extensions.get(OID.basicConstraints), version1, selfSigned),
    selfSigned,
    subjectKeyId: hex(octetsOf(extensions.get(OID.subjectKeyIdentifier)?.value)),
    authorityKeyId: authorityKeyIdOf(extensions.get(OID.authorityKeyIdentifier)),
    thumbprint: x509.fingerprint.replaceAll(':', ''),
    serialNumber: x509.serialNumber,
  };
}

/**
 * True when `issuer` issued `subject`: the names chain, the key identifiers agree where both are
 * present, and the issuer's key verifies the signature (never the names alone).
 */
export function issued(issuer: CertificateFacts, subject: CertificateFacts): boolean {
  if (subject.issuer !== issuer.subject) return false;
  if (subject.authorityKeyId && issuer.subjectKeyId && subject.authorityKeyId !== issuer.subjectKeyId) return false;
  return verifiedBy(subject.x509, issuer.x509);
}
