/**
 * assessCertificates: every certificate file the steps declare for the answers
 * (wizard/certificate-reads.ts), checked for its role, with each finding on its step and input
 * and naming its file; and readCertificates, which reads from
 * memory the files cmg-setup is about to write.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assessCertificates, readCertificates } from '../../src/certs/assess.ts';
import { decodeCertificateFile } from '../../src/certs/decode.ts';
import { certificateReads } from '../../src/wizard/certificate-reads.ts';
import { Secret } from '../../src/model/secret.ts';
import { evidenceFrom, type CertificateEvidence, type FileEvidence } from '../../src/certs/evidence.ts';
import type { CertificateSummary } from '../../src/model/certificates.ts';
import type { Answers } from '../../src/model/answers.ts';
import type { Finding } from '../../src/model/findings.ts';
import { classicAnswers, vmssAnswers } from '../support/answers.ts';
import { cheapPfx, opensslThumbprint, TREE_KEYS } from '../support/certificate-scenarios.ts';
import { badFiles, hierarchy, makeCertificate, makeLeaf, NOW, PASSWORD, prepareKeys, rsaKey, type Hierarchy, type TestCertificate } from '../support/certificates.ts';
import type { Code } from '../../src/model/codes.ts';

const SERVER = 'C:\\certs\\contosocmg.pfx';
const ROOT = 'C:\\certs\\contoso-root.cer';
const ISSUING = 'C:\\certs\\contoso-issuing.cer';
const MANAGEMENT = 'C:\\certs\\azure-management.pfx';
const FOREIGN = 'C:\\certs\\fabrikam-issuing.cer';
const ROOT_AS_SUB_CA = 'C:\\certs\\root-again.cer';

let pki: Hierarchy;
let vmssLeaf: TestCertificate;
let classicLeaf: TestCertificate;
let management: TestCertificate;
let foreign: TestCertificate;

beforeAll(async () => {
  await prepareKeys(TREE_KEYS);
  pki = hierarchy(NOW);
  vmssLeaf = makeLeaf({ now: NOW, commonName: 'contosocmg.contoso.com', key: rsaKey(2048, 2) });
  classicLeaf = makeLeaf({ now: NOW, commonName: 'contosocmg.cloudapp.net', key: rsaKey(2048, 2) });
  management = makeCertificate({ now: NOW, commonName: 'Contoso CMG Azure Management', key: rsaKey(2048, 0), issuer: 'self', ekus: ['clientAuth'], keyUsage: 'none', dnsNames: null });
  const fabrikamRoot = makeCertificate({ now: NOW, isCa: true, commonName: 'Fabrikam Root CA', key: rsaKey(2048, 2), issuer: 'self' });
  foreign = makeCertificate({ now: NOW, isCa: true, commonName: 'Fabrikam Issuing CA', key: rsaKey(2048, 1), issuer: fabrikamRoot });
});

const read = (bytes: Uint8Array, password: string | undefined = PASSWORD): FileEvidence => evidenceFrom(decodeCertificateFile(bytes, password));
const evidenceMap = (entries: Array<[string, Uint8Array]>): CertificateEvidence => new Map(entries.map(([path, bytes]) => [path, read(bytes)]));

const thumbprint = opensslThumbprint;

/** What the run does: the reads the steps declare for the answers, assessed. */
const assess = (answers: Answers, evidence: CertificateEvidence, now: Date) => assessCertificates(certificateReads(answers), answers, evidence, now);

function summary(path: string, certificate: TestCertificate, subject: string, issuer: string, kind?: 'root' | 'intermediate'): CertificateSummary {
  const facts = (read(certificate.der) as Extract<FileEvidence, { ok: true }>).certificates[0]!;
  return {
    path,
    subject,
    issuer,
    thumbprint: thumbprint(certificate),
    notBefore: facts.notBefore.toISOString(),
    notAfter: facts.notAfter.toISOString(),
    ...(kind ? { kind } : {}),
  };
}

type StepFinding = Finding & { step: Finding['step'] };
const finding = (severity: Finding['severity'], code: Code, step: StepFinding['step'], input: string, params: Record<string, string | number>): StepFinding => ({ severity, code, step, input, params });

const serverSummary = (certificate: TestCertificate) => finding('info', 'CERT_SERVER_SUMMARY', 'server-certificate', 'serverCertPath', { thumbprint: thumbprint(certificate), notAfter: '2027-03-01', path: SERVER });
const kindFinding = (step: StepFinding['step'], input: string, path: string, kind: 'root' | 'intermediate', certificate: TestCertificate, subject: string, notAfter: string) =>
  finding('info', 'CERT_AUTHORITY_KIND', step, input, { kind, subject, thumbprint: thumbprint(certificate), notAfter, path });
const rootKind = (path = ROOT, step: StepFinding['step'] = 'client-root', input = 'clientRootCerts') => kindFinding(step, input, path, 'root', pki.root, 'CN=Contoso Test Root CA', '2036-02-27');
const issuingKind = (path = ISSUING, step: StepFinding['step'] = 'client-root', input = 'clientRootCerts') => kindFinding(step, input, path, 'intermediate', pki.intermediate, 'CN=Contoso Test Issuing CA', '2031-02-28');

describe('assessCertificates, VMSS', () => {
  const answers = (overrides: Partial<Answers> = {}) => vmssAnswers({ clientRootCerts: [ROOT, ISSUING], ...overrides });
  const files = (): Array<[string, Uint8Array]> => [
    [SERVER, cheapPfx(vmssLeaf, [pki.intermediate])],
    [ROOT, badFiles.derCer(pki.root)],
    [ISSUING, badFiles.pemCer(pki.intermediate)],
  ];

  it('a good set: the summaries and only informational findings, each naming its file', () => {
    const report = assess(answers(), evidenceMap(files()), NOW);
    expect(report).toStrictEqual({
      findings: [serverSummary(vmssLeaf), rootKind(), issuingKind()],
      server: summary(SERVER, vmssLeaf, 'CN=contosocmg.contoso.com', 'CN=Contoso Test Issuing CA'),
      clientAuthorities: [summary(ROOT, pki.root, 'CN=Contoso Test Root CA', 'CN=Contoso Test Root CA', 'root'), summary(ISSUING, pki.intermediate, 'CN=Contoso Test Issuing CA', 'CN=Contoso Test Root CA', 'intermediate')],
      subCas: [],
    });
  });

  it('a server finding lands on step 1, input serverCertPath, with the path in its params', () => {
    const report = assess(answers({ serviceName: 'other.contoso.com' }), evidenceMap(files()), NOW);
    expect(report.findings.filter((entry) => entry.step === 'server-certificate')).toStrictEqual([
      finding('error', 'CERT_NAME_MISMATCH', 'server-certificate', 'serverCertPath', { serviceName: 'other.contoso.com', commonName: 'contosocmg.contoso.com', path: SERVER }),
      serverSummary(vmssLeaf),
    ]);
  });

  it('a finding without params gets { path }', () => {
    const leaf = makeLeaf({ now: NOW, commonName: 'contosocmg.contoso.com', key: rsaKey(2048, 2), ekus: 'none' });
    const report = assess(answers({ clientRootCerts: [] }), evidenceMap([[SERVER, cheapPfx(leaf, [pki.intermediate])]]), NOW);
    expect(report.findings).toStrictEqual([finding('error', 'CERT_NO_EKU', 'server-certificate', 'serverCertPath', { path: SERVER }), serverSummary(leaf)]);
  });

  it('CERT_INTERMEDIATE_WITHOUT_ROOT lands on the intermediate\'s file', () => {
    const report = assess(answers({ clientRootCerts: [ISSUING] }), evidenceMap(files()), NOW);
    expect(report.findings.filter((entry) => entry.step === 'client-root')).toStrictEqual([
      issuingKind(),
      finding('warning', 'CERT_INTERMEDIATE_WITHOUT_ROOT', 'client-root', 'clientRootCerts', { subject: 'CN=Contoso Test Issuing CA', issuer: 'CN=Contoso Test Root CA', path: ISSUING }),
    ]);
    expect(report.clientAuthorities.map((entry) => [entry.path, entry.kind])).toStrictEqual([[ISSUING, 'intermediate']]);
  });

  it('a refused client file gives its finding and no summary', () => {
    const report = assess(answers({ clientRootCerts: [ROOT, SERVER] }), evidenceMap(files()), NOW);
    expect(report.findings.filter((entry) => entry.step === 'client-root')).toStrictEqual([rootKind(), finding('error', 'CERT_PFX_NOT_CER', 'client-root', 'clientRootCerts', { path: SERVER })]);
    expect(report.clientAuthorities.map((entry) => entry.path)).toStrictEqual([ROOT]);
  });

  it('a server file whose reading failed yields exactly its problem', () => {
    const evidence = new Map([[SERVER, read(cheapPfx(vmssLeaf, [pki.intermediate]), 'not the password')]]);
    expect(assess(answers({ clientRootCerts: [] }), evidence, NOW)).toStrictEqual({
      findings: [finding('error', 'CERT_BAD_PASSWORD', 'server-certificate', 'serverCertPath', { path: SERVER })],
      clientAuthorities: [],
      subCas: [],
    });
  });

  it('a client file whose reading failed yields exactly its problem', () => {
    const evidence = evidenceMap([[ROOT, badFiles.empty()]]);
    expect(assess(answers({ serverCertPath: undefined, clientRootCerts: [ROOT] }), evidence, NOW)).toStrictEqual({
      findings: [finding('error', 'CERT_FILE_EMPTY', 'client-root', 'clientRootCerts', { path: ROOT })],
      clientAuthorities: [],
      subCas: [],
    });
  });

  it('a problem that names its own path keeps it', () => {
    const evidence: CertificateEvidence = new Map([[SERVER, { ok: false, problem: { severity: 'error', code: 'CERT_FILE_MISSING', params: { path: '/resolved/contosocmg.pfx', reason: 'ENOENT' } } }]]);
    expect(assess(answers({ clientRootCerts: [] }), evidence, NOW).findings).toStrictEqual([
      finding('error', 'CERT_FILE_MISSING', 'server-certificate', 'serverCertPath', { path: '/resolved/contosocmg.pfx', reason: 'ENOENT' }),
    ]);
  });

  it('files that were not read (their input already failed) are skipped', () => {
    expect(assess(answers(), new Map(), NOW)).toStrictEqual({ findings: [], clientAuthorities: [], subCas: [] });
  });

  it('client roots are ignored unless client authentication is PKI; management and sub-CAs unless classic', () => {
    const evidence = evidenceMap([...files(), [MANAGEMENT, cheapPfx(management, [])]]);
    const report = assess(answers({ clientAuth: 'entra', managementCertPath: MANAGEMENT, subCaCerts: [ISSUING] }), evidence, NOW);
    expect(report).toStrictEqual({
      findings: [serverSummary(vmssLeaf)],
      server: summary(SERVER, vmssLeaf, 'CN=contosocmg.contoso.com', 'CN=Contoso Test Issuing CA'),
      clientAuthorities: [],
      subCas: [],
    });
  });
});

describe('assessCertificates, classic', () => {
  const files = (): Array<[string, Uint8Array]> => [
    [SERVER, cheapPfx(classicLeaf, [pki.intermediate], { algorithm: '3des' })],
    [ROOT, badFiles.derCer(pki.root)],
    [ISSUING, badFiles.derCer(pki.intermediate)],
    [MANAGEMENT, cheapPfx(management, [])],
    [FOREIGN, badFiles.derCer(foreign)],
    [ROOT_AS_SUB_CA, badFiles.derCer(pki.root)],
  ];

  it('server, root, management and sub-CAs: each on its step and input', () => {
    const answers = classicAnswers({ serverCertPath: SERVER, clientRootCerts: [ROOT], managementCertPath: MANAGEMENT, subCaCerts: [ISSUING, FOREIGN, ROOT_AS_SUB_CA] });
    const report = assess(answers, evidenceMap(files()), NOW);
    expect(report.findings).toStrictEqual([
      serverSummary(classicLeaf),
      rootKind(),
      finding('info', 'CERT_MANAGEMENT_UPLOAD', 'azure', 'managementCertPath', { thumbprint: thumbprint(management), path: MANAGEMENT }),
      issuingKind(ISSUING, 'azure', 'subCaCerts'),
      kindFinding('azure', 'subCaCerts', FOREIGN, 'intermediate', foreign, 'CN=Fabrikam Issuing CA', '2036-02-27'),
      rootKind(ROOT_AS_SUB_CA, 'azure', 'subCaCerts'),
      finding('warning', 'SUBCA_NOT_FROM_CLIENT_ROOT', 'azure', 'subCaCerts', { subject: 'CN=Fabrikam Issuing CA', issuer: 'CN=Fabrikam Root CA', path: FOREIGN }),
      finding('error', 'SUBCA_IS_ROOT', 'azure', 'subCaCerts', { subject: 'CN=Contoso Test Root CA', path: ROOT_AS_SUB_CA }),
    ]);
    expect(report.server).toStrictEqual(summary(SERVER, classicLeaf, 'CN=contosocmg.cloudapp.net', 'CN=Contoso Test Issuing CA'));
    expect(report.clientAuthorities).toStrictEqual([summary(ROOT, pki.root, 'CN=Contoso Test Root CA', 'CN=Contoso Test Root CA', 'root')]);
    expect(report.management).toStrictEqual(summary(MANAGEMENT, management, 'CN=Contoso CMG Azure Management', 'CN=Contoso CMG Azure Management'));
    // Only intermediates are sub-CAs; the root given as one is reported, not listed.
    expect(report.subCas).toStrictEqual([
      summary(ISSUING, pki.intermediate, 'CN=Contoso Test Issuing CA', 'CN=Contoso Test Root CA', 'intermediate'),
      summary(FOREIGN, foreign, 'CN=Fabrikam Issuing CA', 'CN=Fabrikam Root CA', 'intermediate'),
    ]);
  });

  it('CLASSIC_ROOT_NOT_ROOT lands on the intermediate given as client root', () => {
    const answers = classicAnswers({ serverCertPath: SERVER, clientRootCerts: [ROOT, ISSUING], managementCertPath: undefined, subCaCerts: [] });
    const report = assess(answers, evidenceMap(files()), NOW);
    expect(report.findings.filter((entry) => entry.step === 'client-root')).toStrictEqual([
      rootKind(),
      issuingKind(),
      finding('error', 'CLASSIC_ROOT_NOT_ROOT', 'client-root', 'clientRootCerts', { subject: 'CN=Contoso Test Issuing CA', path: ISSUING }),
    ]);
  });

  it('the AES check follows the model: an AES server PFX is an error for classic', () => {
    const evidence = evidenceMap([[SERVER, cheapPfx(classicLeaf, [pki.intermediate])]]);
    const report = assess(classicAnswers({ serverCertPath: SERVER, clientRootCerts: [], managementCertPath: undefined }), evidence, NOW);
    expect(report.findings).toStrictEqual([finding('error', 'CERT_PFX_AES_CLASSIC', 'server-certificate', 'serverCertPath', { path: SERVER }), serverSummary(classicLeaf)]);
  });

  it('a management file whose reading failed yields exactly its problem', () => {
    const evidence = new Map([[MANAGEMENT, read(cheapPfx(management, []), 'not the password')]]);
    const report = assess(classicAnswers({ serverCertPath: undefined, clientRootCerts: [], managementCertPath: MANAGEMENT }), evidence, NOW);
    expect(report).toStrictEqual({ findings: [finding('error', 'CERT_BAD_PASSWORD', 'azure', 'managementCertPath', { path: MANAGEMENT })], clientAuthorities: [], subCas: [] });
  });
});

describe('readCertificates', () => {
  const missingDir = '/nonexistent-cmg-setup-test-dir';

  it('reads promised files from memory (through resolvePath), others from disk, keyed by the path as given', async () => {
    const pfx = cheapPfx(vmssLeaf, [pki.intermediate]);
    const promised = new Map([[`${missingDir}/resolved/server.pfx`, new Uint8Array(pfx)]]);
    const resolvePath = (path: string) => `${missingDir}/resolved/${path}`;
    const evidence = await readCertificates(
      [
        { path: 'server.pfx', role: 'server', password: new Secret(PASSWORD, 'prompt') },
        { path: `${missingDir}/root.cer`, role: 'client-authority' },
      ],
      promised,
      resolvePath,
    );
    expect([...evidence.keys()]).toStrictEqual(['server.pfx', `${missingDir}/root.cer`]);
    const server = evidence.get('server.pfx');
    if (!server?.ok) expect.fail(`server.pfx was not read: ${JSON.stringify(server)}`);
    expect(server.certificates.map((facts) => facts.thumbprint)).toStrictEqual([thumbprint(vmssLeaf), thumbprint(pki.intermediate)]);
    expect(server.file.privateKeys).toHaveLength(1);
    expect(evidence.get(`${missingDir}/root.cer`)).toStrictEqual({ ok: false, problem: { severity: 'error', code: 'CERT_FILE_MISSING', params: { path: `${missingDir}/root.cer`, reason: 'ENOENT' } } });

    // And what was read from memory assesses like the file itself.
    const report = assess(vmssAnswers({ serverCertPath: 'server.pfx', clientRootCerts: [`${missingDir}/root.cer`] }), evidence, NOW);
    expect(report.findings).toStrictEqual([
      finding('info', 'CERT_SERVER_SUMMARY', 'server-certificate', 'serverCertPath', { thumbprint: thumbprint(vmssLeaf), notAfter: '2027-03-01', path: 'server.pfx' }),
      finding('error', 'CERT_FILE_MISSING', 'client-root', 'clientRootCerts', { path: `${missingDir}/root.cer`, reason: 'ENOENT' }),
    ]);
  });

  it('the password reaches the in-memory decoder', async () => {
    const promised = new Map([['/mem/server.pfx', new Uint8Array(cheapPfx(vmssLeaf, []))]]);
    const evidence = await readCertificates([{ path: '/mem/server.pfx', role: 'server', password: new Secret('not the password', 'prompt') }], promised, (path) => path);
    expect(evidence.get('/mem/server.pfx')).toStrictEqual({ ok: false, problem: { severity: 'error', code: 'CERT_BAD_PASSWORD' } });
  });
});
