/**
 * The certificate reads are collected from the steps (Step.certificateReads), in the registry's
 * order: a step that declares a read gets that file's findings under its own step and input, and
 * a registry without the step reads nothing.
 */
import { describe, expect, it } from 'vitest';
import { certificateReads, readCertificateReport } from '../../src/wizard/certificate-reads.ts';
import { STEPS } from '../../src/steps/index.ts';
import { serverCertificate } from '../../src/steps/server-certificate/index.ts';
import { EMPTY_REPORT } from '../../src/model/certificates.ts';
import { Secret } from '../../src/model/secret.ts';
import type { Answers } from '../../src/model/answers.ts';
import type { Finding } from '../../src/model/findings.ts';
import type { Step } from '../../src/model/step.ts';
import { classicAnswers, NOW, vmssAnswers } from '../support/answers.ts';

const MISSING = '/nonexistent-cmg-setup-test-dir/extra-root.cer';
const resolution = (answers: Answers, findings: Finding[] = []) => ({ answers, sources: {}, findings });

/** A step of its own that names one client authority through an input it borrows. */
const extra: Step = {
  id: 'extra-step',
  title: serverCertificate.title,
  texts: serverCertificate.texts,
  runbookFiles: serverCertificate.runbookFiles,
  inputs: [],
  plan: () => ({ findings: [], artifacts: [], facts: {} }),
  certificateReads: () => [{ input: 'tenantName', path: MISSING, role: 'client-authority' }],
};

describe('certificateReads', () => {
  it('collects what each step declares, in the registry order, tagged with the step', () => {
    const password = new Secret('pfx password', 'prompt');
    const management = new Secret('management password', 'prompt');
    const answers = classicAnswers({ serverCertPath: 'server.pfx', serverCertPassword: password, clientAuth: 'pki', clientRootCerts: ['root.cer'], managementCertPath: 'management.pfx', managementCertPassword: management, subCaCerts: ['issuing.cer'] });
    expect(certificateReads(answers)).toStrictEqual([
      { step: 'server-certificate', input: 'serverCertPath', path: 'server.pfx', role: 'server', password, passwordInput: 'serverCertPassword' },
      { step: 'client-root', input: 'clientRootCerts', path: 'root.cer', role: 'client-authority' },
      { step: 'azure', input: 'managementCertPath', path: 'management.pfx', role: 'management', password: management, passwordInput: 'managementCertPassword' },
      { step: 'azure', input: 'subCaCerts', path: 'issuing.cer', role: 'sub-ca' },
    ]);
  });

  it('leaves out the inputs that already failed', () => {
    const answers = vmssAnswers({ serverCertPath: 'server.pfx', clientAuth: 'pki', clientRootCerts: ['root.cer', 'issuing.cer'] });
    expect(certificateReads(answers, new Set(['clientRootCerts'])).map((read) => read.input)).toStrictEqual(['serverCertPath']);
    expect(certificateReads(answers, new Set(['serverCertPath'])).map((read) => read.path)).toStrictEqual(['root.cer', 'issuing.cer']);
  });

  it('a step that declares nothing reads nothing; the registry order is the order of the reads', () => {
    const answers = vmssAnswers({ serverCertPath: 'server.pfx', clientAuth: 'pki', clientRootCerts: ['root.cer'] });
    expect(certificateReads(answers, new Set(), [extra, ...STEPS]).map((read) => [read.step, read.path])).toStrictEqual([
      ['extra-step', MISSING],
      ['server-certificate', 'server.pfx'],
      ['client-root', 'root.cer'],
    ]);
    expect(certificateReads(answers, new Set(), STEPS.filter((step) => step !== serverCertificate)).map((read) => read.step)).toStrictEqual(['client-root']);
  });
});

describe('readCertificateReport', () => {
  it("a step's read has its findings under its own step and input", async () => {
    const report = await readCertificateReport(resolution(vmssAnswers({ serverCertPath: undefined, clientAuth: 'entra' })), NOW, new Map(), [extra]);
    expect(report.findings).toStrictEqual([{ severity: 'error', code: 'CERT_FILE_MISSING', step: 'extra-step', input: 'tenantName', params: { path: MISSING, reason: 'ENOENT' } }]);
  });

  it('a registry without the step reads nothing, though the answers name its file', async () => {
    const answers = vmssAnswers({ serverCertPath: MISSING, clientAuth: 'entra' });
    const withIt = await readCertificateReport(resolution(answers), NOW, new Map());
    expect(withIt.findings.map((finding) => [finding.step, finding.input, finding.code])).toStrictEqual([['server-certificate', 'serverCertPath', 'CERT_FILE_MISSING']]);
    const without = await readCertificateReport(resolution(answers), NOW, new Map(), STEPS.filter((step) => step !== serverCertificate));
    expect(without).toBe(EMPTY_REPORT);
  });

  it('a failed input is not read again', async () => {
    const answers = vmssAnswers({ serverCertPath: MISSING, clientAuth: 'entra' });
    const report = await readCertificateReport(resolution(answers, [{ severity: 'error', code: 'FILE_NOT_FOUND', step: 'server-certificate', input: 'serverCertPath' }]), NOW, new Map());
    expect(report).toBe(EMPTY_REPORT);
  });
});
