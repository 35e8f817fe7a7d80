/**
 * `cert inspect`: one file, one role. Pure over what was read; the CLI does the reading, the
 * password and the printing.
 */
import type { Cloud, Model } from '../model/answers.ts';
import { warning, type Problem } from '../model/findings.ts';
import type { CertificateDetails } from '../model/certificates.ts';
import { singleLine, type CertificateFacts } from './certificate-facts.ts';
import { checkAuthorityFile, checkAuthoritySet } from './checks/authority.ts';
import { checkManagementCertificate } from './checks/management.ts';
import { checkServerCertificate } from './checks/server.ts';
import type { FileEvidence } from './evidence.ts';
import { describeProtection, type PfxLayout } from './pfx-layout.ts';
import { OID } from './oids.ts';

export const ROLES = ['server', 'client-root', 'management'] as const;
export type Role = (typeof ROLES)[number];

export interface InspectOptions {
  role: Role;
  serviceName: string | undefined;
  model: Model;
  cloud: Cloud;
  now: Date;
}

/** The certificate as JSON and as the lines of the human summary. */
export interface InspectResult {
  certificate: CertificateDetails | null;
  problems: Problem[];
}

/**
 * The role a file gets when none is named: a .pfx is a server certificate, a .cer/.pem a client
 * root. Decided by content; an unreadable file by its extension.
 */
export function defaultRole(evidence: FileEvidence, path: string): Role {
  if (evidence.ok) return evidence.file.format === 'pfx' ? 'server' : 'client-root';
  return /\.(?:cer|crt|pem|der)$/i.test(path) ? 'client-root' : 'server';
}

const EKU_NAMES: Record<string, string> = {
  [OID.serverAuth]: 'Server Authentication',
  [OID.clientAuth]: 'Client Authentication',
  [OID.anyExtendedKeyUsage]: 'Any Purpose',
};

function pfxDetails(layout: PfxLayout): NonNullable<CertificateDetails['pfx']> {
  return {
    certificates: layout.encryptedContents.map(describeProtection),
    keys: layout.keys.map(describeProtection),
    mac: layout.mac ? `${layout.mac.digest}, ${layout.mac.iterations} iterations` : null,
  };
}

export function certificateDetails(facts: CertificateFacts, layout?: PfxLayout): CertificateDetails {
  return {
    subject: singleLine(facts.subject),
    subjectAlternativeNames: facts.dnsNames ?? null,
    issuer: singleLine(facts.issuer),
    notBefore: facts.notBefore.toISOString(),
    notAfter: facts.notAfter.toISOString(),
    key: { type: facts.keyType, bits: facts.keyBits ?? null, curve: facts.curve ?? null },
    signatureHash: facts.signatureHash,
    extendedKeyUsages: facts.ekus?.map((oid) => (EKU_NAMES[oid] ? `${EKU_NAMES[oid]} (${oid})` : oid)) ?? null,
    thumbprintSha1: facts.thumbprint,
    serialNumber: facts.serialNumber,
    isCa: facts.isCa,
    selfSigned: facts.selfSigned,
    ...(layout ? { pfx: pfxDetails(layout) } : {}),
  };
}

export function inspectEvidence(path: string, evidence: FileEvidence, options: InspectOptions): InspectResult {
  if (!evidence.ok) return { certificate: null, problems: [evidence.problem] };
  const { file, certificates } = evidence;
  let leaf: CertificateFacts | undefined;
  let problems: Problem[];
  if (options.role === 'server') {
    ({ leaf, problems } = checkServerCertificate(file, certificates, options));
    // Alone, a wildcard certificate has no service name yet; the wizard always has one.
    problems = problems.map((problem) => (problem.code === 'CERT_WILDCARD_NEEDS_NAME' ? warning(problem.code, problem.params) : problem));
  } else if (options.role === 'management') {
    ({ leaf, problems } = checkManagementCertificate(file, certificates, options.now));
  } else {
    const result = checkAuthorityFile(path, file, certificates, options.now);
    leaf = result.authority?.facts ?? certificates[0];
    problems = [...result.problems, ...checkAuthoritySet(result.authority ? [result.authority] : [], options.model).map(({ path: _path, ...problem }) => problem)];
  }
  return { certificate: leaf ? certificateDetails(leaf, file.pfx) : null, problems };
}
