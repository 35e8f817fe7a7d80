/**
 * Builders on top of test/support/certificates.ts for the certificate check tests: reading a file
 * the way the wizard does (decode, then describe), PFX files around a leaf and its chain, and
 * certificates whose subject or issuer name is more than a single CN (which makeCertificate does
 * not write).
 */
import forge from 'node-forge';
import { decodeCertificateFile } from '../../src/certs/decode.ts';
import { evidenceFrom, type FileEvidence } from '../../src/certs/evidence.ts';
import { derToPem, forgePfx, HIERARCHY_KEYS, makeCertificate, opensslSha1, PASSWORD, type CertOptions, type KeySpec, type TestCertificate, type TestKey } from './certificates.ts';

const { asn1, pki } = forge;

/**
 * The keys the server checks use: the hierarchy's four RSA-2048 slots (slot 3 is "some other
 * key"), RSA-1024, RSA-3072 and EC P-256. Every test file pays for its own keys (one process
 * each), so the other files ask only for what they use.
 */
export const SERVER_KEYS: KeySpec[] = [...HIERARCHY_KEYS, { type: 'rsa', bits: 1024, slot: 0 }, { type: 'rsa', bits: 3072, slot: 0 }, { type: 'ec', slot: 0 }];

/** The hierarchy's three keys (root, intermediate, leaf) without the spare slot 3. */
export const TREE_KEYS: KeySpec[] = HIERARCHY_KEYS.slice(0, 3);

const thumbprints = new WeakMap<TestCertificate, string>();

/** `openssl x509 -fingerprint -sha1`, uppercase without colons; one openssl run per certificate. */
export function opensslThumbprint(certificate: TestCertificate): string {
  let thumbprint = thumbprints.get(certificate);
  if (thumbprint === undefined) {
    thumbprint = opensslSha1(certificate.der);
    thumbprints.set(certificate, thumbprint);
  }
  return thumbprint;
}

export type ReadEvidence = Extract<FileEvidence, { ok: true }>;

/** The wizard's path: decode the bytes, then describe each certificate. Throws when the file was not read. */
export function evidenceOf(bytes: Uint8Array, password: string | undefined = PASSWORD): ReadEvidence {
  const evidence = evidenceFrom(decodeCertificateFile(bytes, password));
  if (!evidence.ok) throw new Error(`expected a readable file, got ${JSON.stringify(evidence.problem)}`);
  return evidence;
}

/**
 * A cheap PFX (forge, one iteration, SHA-1 MAC, AES-128 key bag unless `algorithm` says '3des')
 * holding `leaf` first, then `chain`, with the leaf's own key unless `key` says otherwise.
 */
export function cheapPfx(leaf: TestCertificate, chain: TestCertificate[], options: { key?: TestKey | null; algorithm?: '3des' | 'aes256' } = {}): Buffer {
  return forgePfx({ key: options.key === undefined ? leaf.key : options.key, certificates: [leaf, ...chain], count: 1, ...(options.algorithm ? { algorithm: options.algorithm } : {}) });
}

export interface NameAttribute {
  shortName: 'C' | 'O' | 'OU' | 'CN';
  value: string;
}

/**
 * makeCertificate, then the subject and/or issuer name replaced by a full distinguished name and
 * the certificate signed again (by its issuer's key, or its own when self-signed). RSA only.
 */
export function makeNamedCertificate(options: CertOptions & { subjectName?: NameAttribute[]; issuerName?: NameAttribute[] }): TestCertificate {
  const { subjectName, issuerName, ...rest } = options;
  const made = makeCertificate(rest);
  const cert = made.forgeCert;
  if (!cert) throw new Error('makeNamedCertificate needs an RSA subject and issuer');
  if (subjectName) cert.setSubject(subjectName.map((attribute) => ({ ...attribute })));
  if (issuerName) cert.setIssuer(issuerName.map((attribute) => ({ ...attribute })));
  const signer = made.issuer ? made.issuer.key : made.key;
  cert.sign(signer.forge!, forge.md[options.hash ?? 'sha256'].create());
  const der = Buffer.from(asn1.toDer(pki.certificateToAsn1(cert)).getBytes(), 'binary');
  return { ...made, der, pem: derToPem(der) };
}

/** One line, as the findings show a distinguished name. */
export const dn = (attributes: NameAttribute[]): string => attributes.map((attribute) => `${attribute.shortName}=${attribute.value}`).join(', ');

/** What DigiCert's public TLS intermediate calls itself. */
export const DIGICERT_CA_NAME: NameAttribute[] = [
  { shortName: 'C', value: 'US' },
  { shortName: 'O', value: 'DigiCert Inc' },
  { shortName: 'CN', value: 'DigiCert Global G2 TLS RSA SHA256 2020 CA1' },
];
