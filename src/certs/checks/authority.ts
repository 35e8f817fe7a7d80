/**
 * Client root and intermediate certificates (step 2) and the classic sub-CA certificates
 * (step 3). Each file holds one public CA certificate; the set as a whole must let the CMG build
 * the client certificates' chain up to a root.
 */
import { error, info, warning, type Problem } from '../../model/findings.ts';
import { issued, singleLine, type CertificateFacts } from '../certificate-facts.ts';
import type { DecodedFile } from '../decode.ts';
import { checkValidity } from './validity.ts';

export type AuthorityKind = 'root' | 'intermediate';

export interface AuthorityFile {
  path: string;
  facts: CertificateFacts;
  kind: AuthorityKind;
}

export interface AuthorityCheckResult {
  authority: AuthorityFile | undefined;
  problems: Problem[];
}

/** A root is self-signed: its own key verifies its own signature, not merely issuer = subject. */
export function authorityKind(facts: CertificateFacts): AuthorityKind {
  return facts.selfSigned ? 'root' : 'intermediate';
}

/** One .cer/.pem file given as a client root or intermediate (or a classic sub-CA). */
export function checkAuthorityFile(path: string, file: DecodedFile, certificates: CertificateFacts[], now: Date): AuthorityCheckResult {
  if (file.format === 'pfx') return { authority: undefined, problems: [error('CERT_PFX_NOT_CER')] };
  if (file.privateKeys.length > 0) return { authority: undefined, problems: [error('CERT_CONTAINS_PRIVATE_KEY')] };
  // -CARootCert takes one certificate per file; a bundle would upload only its first.
  if (certificates.length > 1) return { authority: undefined, problems: [error('CERT_SEVERAL_IN_FILE', { count: certificates.length })] };
  const facts = certificates[0];
  if (!facts) return { authority: undefined, problems: [error('CERT_NO_CERTIFICATE', { format: file.format })] };
  if (!facts.isCa) return { authority: undefined, problems: [error('CERT_NOT_CA', { subject: singleLine(facts.subject) })] };
  const kind = authorityKind(facts);
  const problems = [...checkValidity(facts, now), info('CERT_AUTHORITY_KIND', { kind, subject: singleLine(facts.subject), thumbprint: facts.thumbprint, notAfter: facts.notAfter.toISOString().slice(0, 10) })];
  return { authority: { path, facts, kind }, problems };
}

function issuedBySet(subject: CertificateFacts, set: readonly AuthorityFile[]): boolean {
  return set.some((candidate) => candidate.facts !== subject && issued(candidate.facts, subject));
}

/**
 * The set of client authorities: an intermediate whose root is not given makes clients fail with
 * 401 (SCCMdocs#1372); the classic wizard takes exactly one root.
 */
export function checkAuthoritySet(authorities: readonly AuthorityFile[], model: 'vmss' | 'classic'): Array<Problem & { path: string }> {
  const problems: Array<Problem & { path: string }> = [];
  for (const authority of authorities) {
    if (model === 'classic' && authority.kind !== 'root') {
      problems.push({ ...error('CLASSIC_ROOT_NOT_ROOT', { subject: singleLine(authority.facts.subject) }), path: authority.path });
    } else if (authority.kind === 'intermediate' && !issuedBySet(authority.facts, authorities)) {
      problems.push({ ...warning('CERT_INTERMEDIATE_WITHOUT_ROOT', { subject: singleLine(authority.facts.subject), issuer: singleLine(authority.facts.issuer) }), path: authority.path });
    }
  }
  return problems;
}

/**
 * Classic sub-CA certificates (the 1610 SubCACertThumbprint update): each must be an
 * intermediate, and where the client root is given, chain up to it.
 */
export function checkSubCa(subCa: AuthorityFile, clientAuthorities: readonly AuthorityFile[], otherSubCas: readonly AuthorityFile[]): Problem[] {
  if (subCa.kind === 'root') return [error('SUBCA_IS_ROOT', { subject: singleLine(subCa.facts.subject) })];
  if (clientAuthorities.length === 0) return [];
  return issuedBySet(subCa.facts, [...clientAuthorities, ...otherSubCas]) ? [] : [warning('SUBCA_NOT_FROM_CLIENT_ROOT', { subject: singleLine(subCa.facts.subject), issuer: singleLine(subCa.facts.issuer) })];
}
