/**
 * `cert inspect`: one file, one role; what it reports about the certificate and its PFX, and
 * which findings it passes on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCertificateFile } from '../../src/certs/decode.ts';
import { evidenceFrom, type FileEvidence } from '../../src/certs/evidence.ts';
import { certificateDetails, defaultRole, inspectEvidence, type InspectOptions } from '../../src/certs/inspect.ts';
import type { Problem } from '../../src/model/findings.ts';
import { cheapPfx, evidenceOf, opensslThumbprint, TREE_KEYS } from '../support/certificate-scenarios.ts';
import {
  badFiles,
  ecKey,
  hierarchy,
  makeCertificate,
  makeLeaf,
  NOW,
  opensslPfx,
  PASSWORD,
  prepareKeys,
  rsaKey,
  type Hierarchy,
  type TestCertificate,
} from '../support/certificates.ts';
import type { Code } from '../../src/model/codes.ts';

let pki: Hierarchy;

beforeAll(async () => {
  await prepareKeys([...TREE_KEYS, { type: 'ec', slot: 0 }]);
  pki = hierarchy(NOW);
});

const options = (overrides: Partial<InspectOptions> = {}): InspectOptions => ({ role: 'server', serviceName: 'cmg.contoso.com', model: 'vmss', cloud: 'public', now: NOW, ...overrides });
const inspect = (bytes: Uint8Array, overrides: Partial<InspectOptions> = {}, password: string | undefined = PASSWORD) =>
  inspectEvidence('file', evidenceFrom(decodeCertificateFile(bytes, password)), options(overrides));
const facts = (certificate: TestCertificate) => evidenceOf(certificate.der).certificates[0]!;

const e = (code: Code, params?: Problem['params']): Problem => (params ? { severity: 'error', code, params } : { severity: 'error', code });
const w = (code: Code, params?: Problem['params']): Problem => (params ? { severity: 'warning', code, params } : { severity: 'warning', code });

/** The details of the hierarchy's leaf, as far as they do not depend on the file it came in. */
function leafDetails(): Omit<ReturnType<typeof certificateDetails>, 'pfx'> {
  return {
    subject: 'CN=cmg.contoso.com',
    subjectAlternativeNames: ['cmg.contoso.com'],
    issuer: 'CN=Contoso Test Issuing CA',
    notBefore: '2026-02-28T00:00:00.000Z',
    notAfter: '2027-03-01T00:00:00.000Z',
    key: { type: 'rsa', bits: 2048, curve: null },
    signatureHash: 'SHA-256',
    extendedKeyUsages: ['Server Authentication (1.3.6.1.5.5.7.3.1)'],
    thumbprintSha1: opensslThumbprint(pki.leaf),
    serialNumber: pki.leaf.serialNumber,
    isCa: false,
    selfSigned: false,
  };
}

describe('defaultRole', () => {
  it('a .pfx is a server certificate, whatever its name', () => {
    expect(defaultRole(evidenceOf(cheapPfx(pki.leaf, [])), 'server.pfx')).toBe('server');
    expect(defaultRole(evidenceOf(cheapPfx(pki.leaf, [])), 'server.cer')).toBe('server');
  });

  it('a DER or PEM certificate is a client root, whatever its name', () => {
    expect(defaultRole(evidenceOf(badFiles.derCer(pki.root)), 'root.pfx')).toBe('client-root');
    expect(defaultRole(evidenceOf(badFiles.pemCer(pki.root)), 'root.pem')).toBe('client-root');
  });

  it('a file that could not be read gets the role of its extension', () => {
    const unreadable = evidenceFrom(decodeCertificateFile(badFiles.empty()));
    expect(defaultRole(unreadable, 'server.pfx')).toBe('server');
    expect(defaultRole(unreadable, 'C:\\certs\\root.CER')).toBe('client-root');
    expect(defaultRole(unreadable, 'root.crt')).toBe('client-root');
    expect(defaultRole(unreadable, 'noextension')).toBe('server');
  });
});

describe('certificateDetails', () => {
  it('the leaf of an OpenSSL 3 PFX: every field, the thumbprint as `openssl x509 -fingerprint -sha1` says, the protection', () => {
    const evidence = evidenceOf(opensslPfx({ certificate: pki.leaf, chain: [pki.intermediate] }));
    expect(certificateDetails(evidence.certificates[0]!, evidence.file.pfx)).toStrictEqual({
      ...leafDetails(),
      pfx: {
        certificates: ['PBES2 AES-256-CBC, PBKDF2 HMAC-SHA256, 2048 iterations'],
        keys: ['PBES2 AES-256-CBC, PBKDF2 HMAC-SHA256, 2048 iterations'],
        mac: 'SHA-256, 2048 iterations',
      },
    });
  });

  it('a 3DES PFX', () => {
    const evidence = evidenceOf(opensslPfx({ certificate: pki.leaf, chain: [pki.intermediate], variant: 'tripleDes' }));
    expect(certificateDetails(evidence.certificates[0]!, evidence.file.pfx).pfx).toStrictEqual({
      certificates: ['PKCS#12 PBE 3DES, 2048 iterations'],
      keys: ['PKCS#12 PBE 3DES, 2048 iterations'],
      mac: 'SHA-1, 2048 iterations',
    });
  });

  it('no MAC, unencrypted key', () => {
    const noMac = evidenceOf(opensslPfx({ certificate: pki.leaf, variant: 'noMac', iterations: 1 }));
    expect(certificateDetails(noMac.certificates[0]!, noMac.file.pfx).pfx?.mac).toBeNull();
    const plainKey = evidenceOf(opensslPfx({ certificate: pki.leaf, variant: 'keyUnencrypted', iterations: 1, macIterationsOne: true }));
    expect(certificateDetails(plainKey.certificates[0]!, plainKey.file.pfx).pfx).toStrictEqual({
      certificates: ['PBES2 AES-256-CBC, PBKDF2 HMAC-SHA256, 1 iterations'],
      keys: ['not encrypted'],
      mac: 'SHA-256, 1 iterations',
    });
  });

  it('no layout, no pfx field', () => {
    expect(certificateDetails(facts(pki.leaf))).toStrictEqual(leafDetails());
  });

  it('a CA without SAN or EKU: null, not an empty list', () => {
    const details = certificateDetails(facts(pki.root));
    expect(details).toMatchObject({ subject: 'CN=Contoso Test Root CA', issuer: 'CN=Contoso Test Root CA', subjectAlternativeNames: null, extendedKeyUsages: null, isCa: true, selfSigned: true });
    expect(details.thumbprintSha1).toBe(opensslThumbprint(pki.root));
  });

  it('EKU names for client authentication and any purpose', () => {
    const certificate = makeLeaf({ now: NOW, key: rsaKey(2048, 2), ekus: ['clientAuth', 'anyEKU', 'serverAuth'] });
    expect(certificateDetails(facts(certificate)).extendedKeyUsages).toStrictEqual([
      'Client Authentication (1.3.6.1.5.5.7.3.2)',
      'Any Purpose (2.5.29.37.0)',
      'Server Authentication (1.3.6.1.5.5.7.3.1)',
    ]);
  });

  it('an EC key: curve, no bit count', () => {
    const certificate = makeLeaf({ now: NOW, key: ecKey() });
    expect(certificateDetails(facts(certificate)).key).toStrictEqual({ type: 'ec', bits: null, curve: 'prime256v1' });
  });

  it('several SAN entries in order', () => {
    const certificate = makeLeaf({ now: NOW, key: rsaKey(2048, 2), dnsNames: ['cmg.contoso.com', 'cmg2.contoso.com'] });
    expect(certificateDetails(facts(certificate)).subjectAlternativeNames).toStrictEqual(['cmg.contoso.com', 'cmg2.contoso.com']);
  });
});

describe('inspectEvidence, role server', () => {
  it('a good PFX: the leaf, no findings', () => {
    const result = inspect(cheapPfx(pki.leaf, [pki.intermediate]));
    expect(result.problems).toStrictEqual([]);
    expect(result.certificate).toMatchObject(leafDetails());
    expect(result.certificate?.pfx?.mac).toBe('SHA-1, 1 iterations');
  });

  it('CERT_WILDCARD_NEEDS_NAME is only a warning when inspecting', () => {
    const certificate = makeLeaf({ now: NOW, key: rsaKey(2048, 2), commonName: '*.contoso.com' });
    expect(inspect(cheapPfx(certificate, [pki.intermediate]), { serviceName: undefined }).problems).toStrictEqual([w('CERT_WILDCARD_NEEDS_NAME', { commonName: '*.contoso.com' })]);
  });

  it('other errors stay errors', () => {
    const certificate = makeLeaf({ now: NOW, key: rsaKey(2048, 2), commonName: '*.contoso.com', ekus: 'none' });
    expect(inspect(cheapPfx(certificate, [pki.intermediate]), { serviceName: undefined }).problems).toStrictEqual([e('CERT_NO_EKU'), w('CERT_WILDCARD_NEEDS_NAME', { commonName: '*.contoso.com' })]);
  });

  it('a .cer as server certificate: CERT_NEEDS_PFX, details without pfx', () => {
    const result = inspect(badFiles.derCer(pki.leaf));
    expect(result).toStrictEqual({ certificate: leafDetails(), problems: [e('CERT_NEEDS_PFX', { format: 'der' })] });
  });

  it('the options reach the checks: model classic', () => {
    const certificate = makeLeaf({ now: NOW, key: rsaKey(2048, 2), commonName: 'contosocmg.cloudapp.net' });
    expect(inspect(cheapPfx(certificate, [pki.intermediate]), { model: 'classic', serviceName: 'contosocmg.cloudapp.net' }).problems).toStrictEqual([e('CERT_PFX_AES_CLASSIC')]);
  });
});

describe('inspectEvidence, role client-root', () => {
  it('a root: its kind', () => {
    const result = inspect(badFiles.derCer(pki.root), { role: 'client-root' });
    expect(result.problems).toStrictEqual([
      { severity: 'info', code: 'CERT_AUTHORITY_KIND', params: { kind: 'root', subject: 'CN=Contoso Test Root CA', thumbprint: opensslThumbprint(pki.root), notAfter: '2036-02-27' } },
    ]);
    expect(result.certificate?.subject).toBe('CN=Contoso Test Root CA');
  });

  it('an intermediate alone (vmss): its kind and CERT_INTERMEDIATE_WITHOUT_ROOT, without a path', () => {
    const result = inspect(badFiles.pemCer(pki.intermediate), { role: 'client-root' });
    expect(result.problems).toStrictEqual([
      { severity: 'info', code: 'CERT_AUTHORITY_KIND', params: { kind: 'intermediate', subject: 'CN=Contoso Test Issuing CA', thumbprint: opensslThumbprint(pki.intermediate), notAfter: '2031-02-28' } },
      w('CERT_INTERMEDIATE_WITHOUT_ROOT', { subject: 'CN=Contoso Test Issuing CA', issuer: 'CN=Contoso Test Root CA' }),
    ]);
  });

  it('an intermediate for classic: CLASSIC_ROOT_NOT_ROOT', () => {
    const result = inspect(badFiles.derCer(pki.intermediate), { role: 'client-root', model: 'classic' });
    expect(result.problems.slice(1)).toStrictEqual([e('CLASSIC_ROOT_NOT_ROOT', { subject: 'CN=Contoso Test Issuing CA' })]);
  });

  it('a .pfx: CERT_PFX_NOT_CER, still described (first certificate, with the protection)', () => {
    const result = inspect(cheapPfx(pki.leaf, [pki.intermediate]), { role: 'client-root' });
    expect(result.problems).toStrictEqual([e('CERT_PFX_NOT_CER')]);
    expect(result.certificate).toMatchObject({ ...leafDetails(), pfx: { mac: 'SHA-1, 1 iterations' } });
  });

  it('the leaf itself: CERT_NOT_CA, described', () => {
    expect(inspect(badFiles.derCer(pki.leaf), { role: 'client-root' })).toStrictEqual({ certificate: leafDetails(), problems: [e('CERT_NOT_CA', { subject: 'CN=cmg.contoso.com' })] });
  });
});

describe('inspectEvidence, role management', () => {
  it('a self-signed management PFX: the upload note', () => {
    const certificate = makeCertificate({ now: NOW, commonName: 'Contoso CMG Azure Management', key: rsaKey(2048, 0), issuer: 'self', ekus: ['clientAuth'], keyUsage: 'none', dnsNames: null });
    const result = inspect(cheapPfx(certificate, []), { role: 'management', serviceName: undefined });
    expect(result.problems).toStrictEqual([{ severity: 'info', code: 'CERT_MANAGEMENT_UPLOAD', params: { thumbprint: opensslThumbprint(certificate) } }]);
    expect(result.certificate).toMatchObject({ subject: 'CN=Contoso CMG Azure Management', selfSigned: true, extendedKeyUsages: ['Client Authentication (1.3.6.1.5.5.7.3.2)'] });
  });
});

describe('inspectEvidence, a file that was not read', () => {
  it.each([
    ['empty file', () => badFiles.empty(), PASSWORD, e('CERT_FILE_EMPTY')],
    ['wrong password', () => cheapPfx(pki.leaf, []), 'not the password', e('CERT_BAD_PASSWORD')],
    ['no password yet', () => cheapPfx(pki.leaf, []), undefined, e('CERT_PASSWORD_MISSING')],
  ] as const)('%s: no certificate, exactly its problem', (_name, bytes, password, problem) => {
    const evidence: FileEvidence = evidenceFrom(decodeCertificateFile(bytes(), password));
    for (const role of ['server', 'client-root', 'management'] as const) {
      expect(inspectEvidence('file', evidence, options({ role }))).toStrictEqual({ certificate: null, problems: [problem] });
    }
  });
});
