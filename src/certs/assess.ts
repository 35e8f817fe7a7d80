/**
 * Reads the certificate files the steps declare (Step.certificateReads, collected by
 * wizard/certificate-reads.ts) and checks each for its role, before any step plans; every finding
 * goes to the step and input of the read that named the file. Knows no step.
 */
import type { Answers } from '../model/answers.ts';
import type { Finding, Problem } from '../model/findings.ts';
import { singleLine, type CertificateFacts } from './certificate-facts.ts';
import { checkAuthorityFile, checkAuthoritySet, checkSubCa, type AuthorityFile } from './checks/authority.ts';
import { checkManagementCertificate } from './checks/management.ts';
import { checkServerCertificate } from './checks/server.ts';
import { isoDate } from './checks/validity.ts';
import { evidenceFrom, type CertificateEvidence, type FileEvidence } from './evidence.ts';
import { decodeCertificateBytes, pfxDecoder, readCertificateFile } from './read.ts';
import type { PfxDecoder } from './pfx-decoder.ts';
import { PFX_ROLES, type CertificateRead, type CertificateReport, type CertificateRole, type CertificateSummary } from '../model/certificates.ts';

/** A .pfx is opened with its password (absent = empty); a .cer with none. */
function passwordOf(read: Pick<CertificateRead, 'role' | 'password'>): string | undefined {
  return PFX_ROLES.has(read.role) ? (read.password?.reveal() ?? '') : undefined;
}

/**
 * Every file is read (synchronously, read.ts) before the first one is awaited, so the one PFX
 * worker a run may need (pfx-decoder.ts) starts while this thread pre-scans the files.
 * @param promised files cmg-setup itself is about to write (the --example lab PKI), read from
 *   memory because they are not on disk yet.
 * @param decoder the run's PFX worker (tests count the workers it starts).
 */
export async function readCertificates(reads: ReadonlyArray<Pick<CertificateRead, 'path' | 'role' | 'password'>>, promised: ReadonlyMap<string, Uint8Array>, resolvePath: (path: string) => string, decoder: PfxDecoder = pfxDecoder): Promise<CertificateEvidence> {
  const entries = await Promise.all(
    reads.map(async (read): Promise<[string, FileEvidence]> => {
      const inMemory = promised.get(resolvePath(read.path));
      const password = passwordOf(read);
      const outcome = inMemory ? await decodeCertificateBytes(inMemory, password, undefined, decoder) : await readCertificateFile(read.path, password, undefined, decoder);
      return [read.path, evidenceFrom(outcome)];
    }),
  );
  return new Map(entries);
}

function summary(path: string, facts: CertificateFacts, kind?: 'root' | 'intermediate'): CertificateSummary {
  return {
    path,
    subject: singleLine(facts.subject),
    issuer: singleLine(facts.issuer),
    thumbprint: facts.thumbprint,
    notBefore: facts.notBefore.toISOString(),
    notAfter: facts.notAfter.toISOString(),
    ...(kind ? { kind } : {}),
  };
}

/**
 * Pure: the findings and summaries for the reads, from what was read. The roles are checked in
 * this order, whatever the steps' order: server, client authorities, management, sub-CAs (a
 * sub-CA is judged against the client authorities).
 */
export function assessCertificates(reads: readonly CertificateRead[], answers: Pick<Answers, 'serviceName' | 'model' | 'cloud'>, evidence: CertificateEvidence, now: Date): CertificateReport {
  const report: CertificateReport = { findings: [], clientAuthorities: [], subCas: [] };
  const withRole = (role: CertificateRole) => reads.filter((read) => read.role === role);
  const add = (read: CertificateRead, problems: readonly Problem[], path = read.path) => {
    for (const problem of problems) {
      const params = path && !problem.params?.path ? { ...problem.params, path } : problem.params;
      const finding: Finding & { step: CertificateRead['step'] } = { ...problem, step: read.step, input: read.input, ...(params ? { params } : {}) };
      report.findings.push(finding);
    }
  };
  const open = (read: CertificateRead) => {
    const file = evidence.get(read.path);
    if (file && !file.ok) {
      add(read, [file.problem]);
      return undefined;
    }
    return file;
  };

  for (const read of withRole('server')) {
    const file = open(read);
    if (!file?.ok) continue;
    const result = checkServerCertificate(file.file, file.certificates, { serviceName: answers.serviceName, model: answers.model, cloud: answers.cloud, now });
    add(read, result.problems);
    if (result.leaf) {
      report.server = summary(read.path, result.leaf);
      add(read, [{ severity: 'info', code: 'CERT_SERVER_SUMMARY', params: { thumbprint: result.leaf.thumbprint, notAfter: isoDate(result.leaf.notAfter) } }]);
    }
  }

  const authorities = collectAuthorities(withRole('client-authority'));
  for (const problem of checkAuthoritySet([...authorities.keys()], answers.model)) {
    const { path, ...rest } = problem;
    const read = [...authorities].find(([authority]) => authority.path === path)?.[1];
    if (read) add(read, [rest], path);
  }
  report.clientAuthorities = [...authorities.keys()].map((authority) => summary(authority.path, authority.facts, authority.kind));

  for (const read of withRole('management')) {
    const file = open(read);
    if (!file?.ok) continue;
    const result = checkManagementCertificate(file.file, file.certificates, now);
    add(read, result.problems);
    if (result.leaf) report.management = summary(read.path, result.leaf);
  }

  const subCaReads = withRole('sub-ca');
  if (subCaReads.length > 0) {
    const subCas = collectAuthorities(subCaReads);
    const clientAuthorities = [...authorities.keys()];
    for (const [subCa, read] of subCas) add(read, checkSubCa(subCa, clientAuthorities, [...subCas.keys()]), subCa.path);
    report.subCas = [...subCas.keys()].filter((subCa) => subCa.kind === 'intermediate').map((subCa) => summary(subCa.path, subCa.facts, subCa.kind));
  }
  return report;

  /** The authority files that decode, each with the read that named it; their per-file findings first. */
  function collectAuthorities(authorityReads: readonly CertificateRead[]): Map<AuthorityFile, CertificateRead> {
    const found = new Map<AuthorityFile, CertificateRead>();
    for (const read of authorityReads) {
      const file = open(read);
      if (!file?.ok) continue;
      const result = checkAuthorityFile(read.path, file.file, file.certificates, now);
      add(read, result.problems);
      if (result.authority) found.set(result.authority, read);
    }
    return found;
  }
}
