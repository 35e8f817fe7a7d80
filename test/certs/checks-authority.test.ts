/**
 * Client root and intermediate certificates (step 2, R-3.5) and the classic sub-CA certificates
 * (step 3), each proven on a file generated here and read the way the wizard reads it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { authorityKind, checkAuthorityFile, checkAuthoritySet, checkSubCa, type AuthorityFile } from '../../src/certs/checks/authority.ts';
import type { Problem } from '../../src/model/findings.ts';
import { cheapPfx, evidenceOf, opensslThumbprint, TREE_KEYS } from '../support/certificate-scenarios.ts';
import {
  badFiles,
  daysFrom,
  hierarchy,
  makeCertificate,
  NOW,
  prepareKeys,
  rsaKey,
  type Hierarchy,
  type TestCertificate,
} from '../support/certificates.ts';
import type { Code } from '../../src/model/codes.ts';

let pki: Hierarchy;

beforeAll(async () => {
  await prepareKeys(TREE_KEYS);
  pki = hierarchy(NOW);
});

function checkFile(bytes: Uint8Array, path = 'ca.cer', password?: string) {
  const evidence = evidenceOf(bytes, password);
  return checkAuthorityFile(path, evidence.file, evidence.certificates, NOW);
}

/** The authority a single-certificate DER file becomes; fails the test when it is refused. */
function authority(certificate: TestCertificate, path: string): AuthorityFile {
  const result = checkFile(badFiles.derCer(certificate), path);
  if (!result.authority) expect.fail(`${path} was refused: ${JSON.stringify(result.problems)}`);
  return result.authority;
}

const e = (code: Code, params?: Problem['params']): Problem => (params ? { severity: 'error', code, params } : { severity: 'error', code });
const w = (code: Code, params?: Problem['params']): Problem => ({ severity: 'warning', code, ...(params ? { params } : {}) });
const kindInfo = (kind: 'root' | 'intermediate', certificate: TestCertificate, subject: string, notAfter: string): Problem => ({
  severity: 'info',
  code: 'CERT_AUTHORITY_KIND',
  params: { kind, subject, thumbprint: opensslThumbprint(certificate), notAfter },
});

/** A root and intermediate of another PKI, unrelated to the Contoso hierarchy. */
function fabrikam(): { root: TestCertificate; intermediate: TestCertificate } {
  const root = makeCertificate({ now: NOW, isCa: true, commonName: 'Fabrikam Root CA', key: rsaKey(2048, 2), issuer: 'self' });
  const intermediate = makeCertificate({ now: NOW, isCa: true, commonName: 'Fabrikam Issuing CA', key: rsaKey(2048, 1), issuer: root });
  return { root, intermediate };
}

describe('one CA file', () => {
  it('CERT_AUTHORITY_KIND root: the self-signed root as DER', () => {
    const result = checkFile(badFiles.derCer(pki.root), 'root.cer');
    expect(result.problems).toStrictEqual([kindInfo('root', pki.root, 'CN=Contoso Test Root CA', '2036-02-27')]);
    expect(result.authority?.kind).toBe('root');
    expect(result.authority?.path).toBe('root.cer');
  });

  it('CERT_AUTHORITY_KIND intermediate: the issuing CA as PEM', () => {
    const result = checkFile(badFiles.pemCer(pki.intermediate), 'issuing.pem');
    expect(result.problems).toStrictEqual([kindInfo('intermediate', pki.intermediate, 'CN=Contoso Test Issuing CA', '2031-02-28')]);
    expect(result.authority?.kind).toBe('intermediate');
  });

  it('an intermediate whose subject equals its issuer name, signed by another key, is an intermediate', () => {
    const namesake = makeCertificate({ now: NOW, isCa: true, commonName: 'Contoso Same Name CA', key: rsaKey(2048, 0), issuer: 'self' });
    const intermediate = makeCertificate({ now: NOW, isCa: true, commonName: 'Contoso Same Name CA', key: rsaKey(2048, 1), issuer: namesake });
    const facts = evidenceOf(intermediate.der).certificates[0]!;
    expect(facts.subject).toBe(facts.issuer);
    expect(authorityKind(facts)).toBe('intermediate');
    expect(checkFile(badFiles.derCer(intermediate)).problems).toStrictEqual([kindInfo('intermediate', intermediate, 'CN=Contoso Same Name CA', '2036-02-27')]);
  });

  it('the same without key identifiers (the names match, only the signature tells)', () => {
    const namesake = makeCertificate({ now: NOW, isCa: true, commonName: 'Contoso Same Name CA', key: rsaKey(2048, 0), issuer: 'self', keyIdentifiers: false });
    const intermediate = makeCertificate({ now: NOW, isCa: true, commonName: 'Contoso Same Name CA', key: rsaKey(2048, 1), issuer: namesake, keyIdentifiers: false });
    expect(authority(intermediate, 'same.cer').kind).toBe('intermediate');
    expect(authority(namesake, 'namesake.cer').kind).toBe('root');
  });

  it('CERT_PFX_NOT_CER: a .pfx', () => {
    const result = checkFile(cheapPfx(pki.leaf, [pki.intermediate]));
    expect(result).toStrictEqual({ authority: undefined, problems: [e('CERT_PFX_NOT_CER')] });
  });

  it('CERT_CONTAINS_PRIVATE_KEY: a PEM with the CA certificate and its key', () => {
    const result = checkFile(badFiles.pemCertificateAndKey(pki.root));
    expect(result).toStrictEqual({ authority: undefined, problems: [e('CERT_CONTAINS_PRIVATE_KEY')] });
  });

  it('CERT_SEVERAL_IN_FILE: a PEM bundle of root and intermediate', () => {
    const result = checkFile(badFiles.pemBundle([pki.root, pki.intermediate]));
    expect(result).toStrictEqual({ authority: undefined, problems: [e('CERT_SEVERAL_IN_FILE', { count: 2 })] });
  });

  it('CERT_NOT_CA: the client or server certificate itself', () => {
    const result = checkFile(badFiles.derCer(pki.leaf));
    expect(result).toStrictEqual({ authority: undefined, problems: [e('CERT_NOT_CA', { subject: 'CN=cmg.contoso.com' })] });
  });

  it('CERT_EXPIRED beside the kind', () => {
    const root = makeCertificate({ now: NOW, isCa: true, commonName: 'Contoso Old Root CA', key: rsaKey(2048, 0), issuer: 'self', notBefore: daysFrom(NOW, -4000), notAfter: daysFrom(NOW, -1) });
    expect(checkFile(badFiles.derCer(root)).problems).toStrictEqual([
      e('CERT_EXPIRED', { subject: 'CN=Contoso Old Root CA', notAfter: '2026-02-28T00:00:00.000Z' }),
      kindInfo('root', root, 'CN=Contoso Old Root CA', '2026-02-28'),
    ]);
  });

  it('CERT_EXPIRES_SOON beside the kind', () => {
    const root = makeCertificate({ now: NOW, isCa: true, commonName: 'Contoso Old Root CA', key: rsaKey(2048, 0), issuer: 'self', notBefore: daysFrom(NOW, -4000), notAfter: daysFrom(NOW, 12) });
    expect(checkFile(badFiles.derCer(root)).problems).toStrictEqual([
      w('CERT_EXPIRES_SOON', { subject: 'CN=Contoso Old Root CA', notAfter: '2026-03-13', days: 12 }),
      kindInfo('root', root, 'CN=Contoso Old Root CA', '2026-03-13'),
    ]);
  });
});

describe('the set of client authorities', () => {
  it('CERT_INTERMEDIATE_WITHOUT_ROOT: vmss, the intermediate alone', () => {
    const set = [authority(pki.intermediate, 'issuing.cer')];
    expect(checkAuthoritySet(set, 'vmss')).toStrictEqual([
      { ...w('CERT_INTERMEDIATE_WITHOUT_ROOT', { subject: 'CN=Contoso Test Issuing CA', issuer: 'CN=Contoso Test Root CA' }), path: 'issuing.cer' },
    ]);
  });

  it('no finding once its root is in the set, in either order', () => {
    expect(checkAuthoritySet([authority(pki.root, 'root.cer'), authority(pki.intermediate, 'issuing.cer')], 'vmss')).toStrictEqual([]);
    expect(checkAuthoritySet([authority(pki.intermediate, 'issuing.cer'), authority(pki.root, 'root.cer')], 'vmss')).toStrictEqual([]);
  });

  it('a root of the same name but another key does not count as its root', () => {
    const impostor = makeCertificate({ now: NOW, isCa: true, commonName: 'Contoso Test Root CA', key: rsaKey(2048, 2), issuer: 'self' });
    expect(checkAuthoritySet([authority(impostor, 'root.cer'), authority(pki.intermediate, 'issuing.cer')], 'vmss')).toStrictEqual([
      { ...w('CERT_INTERMEDIATE_WITHOUT_ROOT', { subject: 'CN=Contoso Test Issuing CA', issuer: 'CN=Contoso Test Root CA' }), path: 'issuing.cer' },
    ]);
  });

  it('two intermediates in a row up to the root: nothing; without the root, only the top one is reported', () => {
    const lower = makeCertificate({ now: NOW, isCa: true, commonName: 'Contoso Lower CA', key: rsaKey(2048, 2), issuer: pki.intermediate });
    const root = authority(pki.root, 'root.cer');
    const middle = authority(pki.intermediate, 'issuing.cer');
    const bottom = authority(lower, 'lower.cer');
    expect(checkAuthoritySet([root, middle, bottom], 'vmss')).toStrictEqual([]);
    expect(checkAuthoritySet([middle, bottom], 'vmss')).toStrictEqual([
      { ...w('CERT_INTERMEDIATE_WITHOUT_ROOT', { subject: 'CN=Contoso Test Issuing CA', issuer: 'CN=Contoso Test Root CA' }), path: 'issuing.cer' },
    ]);
  });

  it('CLASSIC_ROOT_NOT_ROOT: classic takes a root only', () => {
    expect(checkAuthoritySet([authority(pki.root, 'root.cer'), authority(pki.intermediate, 'issuing.cer')], 'classic')).toStrictEqual([
      { ...e('CLASSIC_ROOT_NOT_ROOT', { subject: 'CN=Contoso Test Issuing CA' }), path: 'issuing.cer' },
    ]);
  });

  it('classic with the root alone: nothing', () => {
    expect(checkAuthoritySet([authority(pki.root, 'root.cer')], 'classic')).toStrictEqual([]);
  });
});

describe('classic sub-CA certificates', () => {
  it('SUBCA_IS_ROOT', () => {
    expect(checkSubCa(authority(pki.root, 'root.cer'), [], [])).toStrictEqual([e('SUBCA_IS_ROOT', { subject: 'CN=Contoso Test Root CA' })]);
  });

  it('SUBCA_NOT_FROM_CLIENT_ROOT: an intermediate of another PKI', () => {
    const other = fabrikam();
    expect(checkSubCa(authority(other.intermediate, 'fabrikam.cer'), [authority(pki.root, 'root.cer')], [])).toStrictEqual([
      w('SUBCA_NOT_FROM_CLIENT_ROOT', { subject: 'CN=Fabrikam Issuing CA', issuer: 'CN=Fabrikam Root CA' }),
    ]);
  });

  it('no finding when the sub-CA chains to the given root', () => {
    expect(checkSubCa(authority(pki.intermediate, 'issuing.cer'), [authority(pki.root, 'root.cer')], [])).toStrictEqual([]);
  });

  it('no finding when it was issued by another given sub-CA', () => {
    const lower = makeCertificate({ now: NOW, isCa: true, commonName: 'Contoso Lower CA', key: rsaKey(2048, 2), issuer: pki.intermediate });
    const middle = authority(pki.intermediate, 'issuing.cer');
    const bottom = authority(lower, 'lower.cer');
    expect(checkSubCa(bottom, [authority(pki.root, 'root.cer')], [middle, bottom])).toStrictEqual([]);
  });

  it('nothing to compare with when no client root is given', () => {
    expect(checkSubCa(authority(fabrikam().intermediate, 'fabrikam.cer'), [], [])).toStrictEqual([]);
  });
});
