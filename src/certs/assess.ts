/**
 * Reads every certificate file the answers name and checks each for its role, before any step
 * plans: the server .pfx (step 1), the client roots and intermediates (step 2), and in the
 * classic model the management .pfx and the sub-CA certificates (step 3).
 */
import type { StepId } from '../model/step.ts';
import type { Answers } from '../model/answers.ts';
import type { FileRequest } from './files-to-read.ts';
import type { Finding, Problem } from '../model/findings.ts';
import { singleLine, type CertificateFacts } from './certificate-facts.ts';
import { checkAuthorityFile, checkAuthoritySet, checkSubCa, type AuthorityFile } from './checks/authority.ts';
import { checkManagementCertificate } from './checks/management.ts';
import { checkServerCertificate } from './checks/server.ts';
import { isoDate } from './checks/validity.ts';
import { evidenceFrom, type CertificateEvidence, type FileEvidence } from './evidence.ts';
import { decodeInWorker, readCertificateFile } from './read.ts';
import type { CertificateReport, CertificateSummary } from '../model/certificates.ts';

/**
 * @param promised files cmg-setup itself is about to write (the --example lab PKI), read from
 *   memory because they are not on disk yet.
 */
export async function readCertificates(requests: readonly FileRequest[], promised: ReadonlyMap<string, Uint8Array>, resolvePath: (path: string) => string): Promise<CertificateEvidence> {
  const entries = await Promise.all(
    requests.map(async (request): Promise<[string, FileEvidence]> => {
      const inMemory = promised.get(resolvePath(request.path));
      const outcome = inMemory ? await decodeInWorker(inMemory, request.password) : await readCertificateFile(request.path, request.password);
      return [request.path, evidenceFrom(outcome)];
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

/** Pure: the findings and summaries for the answers, from what was read. */
export function assessCertificates(answers: Answers, evidence: CertificateEvidence, now: Date): CertificateReport {
  const report: CertificateReport = { findings: [], clientAuthorities: [], subCas: [] };
  const add = (step: StepId, input: string, problems: readonly Problem[], path?: string) => {
    for (const problem of problems) {
      const params = path && !problem.params?.path ? { ...problem.params, path } : problem.params;
      const finding: Finding & { step: StepId } = { ...problem, step, input, ...(params ? { params } : {}) };
      report.findings.push(finding);
    }
  };
  const read = (path: string) => {
    const file = evidence.get(path);
    if (file && !file.ok) return { file: undefined, problem: file.problem };
    return { file, problem: undefined };
  };

  if (answers.serverCertPath) {
    const { file, problem } = read(answers.serverCertPath);
    if (problem) add('server-certificate', 'serverCertPath', [problem], answers.serverCertPath);
    if (file?.ok) {
      const result = checkServerCertificate(file.file, file.certificates, { serviceName: answers.serviceName, model: answers.model, cloud: answers.cloud, now });
      add('server-certificate', 'serverCertPath', result.problems, answers.serverCertPath);
      if (result.leaf) {
        report.server = summary(answers.serverCertPath, result.leaf);
        add('server-certificate', 'serverCertPath', [{ severity: 'info', code: 'CERT_SERVER_SUMMARY', params: { thumbprint: result.leaf.thumbprint, notAfter: isoDate(result.leaf.notAfter) } }], answers.serverCertPath);
      }
    }
  }

  const authorities = collectAuthorities(answers.clientAuth === 'pki' ? answers.clientRootCerts : [], 'client-root', 'clientRootCerts');
  for (const problem of checkAuthoritySet(authorities, answers.model)) {
    const { path, ...rest } = problem;
    add('client-root', 'clientRootCerts', [rest], path);
  }
  report.clientAuthorities = authorities.map((authority) => summary(authority.path, authority.facts, authority.kind));

  if (answers.model === 'classic') {
    if (answers.managementCertPath) {
      const { file, problem } = read(answers.managementCertPath);
      if (problem) add('azure', 'managementCertPath', [problem], answers.managementCertPath);
      if (file?.ok) {
        const result = checkManagementCertificate(file.file, file.certificates, now);
        add('azure', 'managementCertPath', result.problems, answers.managementCertPath);
        if (result.leaf) report.management = summary(answers.managementCertPath, result.leaf);
      }
    }
    const subCas = collectAuthorities(answers.subCaCerts, 'azure', 'subCaCerts');
    for (const subCa of subCas) {
      add('azure', 'subCaCerts', checkSubCa(subCa, authorities, subCas), subCa.path);
    }
    report.subCas = subCas.filter((subCa) => subCa.kind === 'intermediate').map((subCa) => summary(subCa.path, subCa.facts, subCa.kind));
  }
  return report;

  function collectAuthorities(paths: readonly string[], step: StepId, input: string): AuthorityFile[] {
    const found: AuthorityFile[] = [];
    for (const path of paths) {
      const { file, problem } = read(path);
      if (problem) add(step, input, [problem], path);
      if (!file?.ok) continue;
      const result = checkAuthorityFile(path, file.file, file.certificates, now);
      add(step, input, result.problems, path);
      if (result.authority) found.push(result.authority);
    }
    return found;
  }
}
