/**
 * The CMG server certificate checks (reliability.md, cmg-reference.md step 1 and "Failure
 * modes"), each proven on a file generated here and read the way the wizard reads it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkServerCertificate, type ServerCheckContext } from '../../src/certs/checks/server.ts';
import type { Problem } from '../../src/model/findings.ts';
import {
  SERVER_KEYS,
  cheapPfx,
  DIGICERT_CA_NAME,
  dn,
  evidenceOf,
  makeNamedCertificate,
} from '../support/certificate-scenarios.ts';
import {
  badFiles,
  daysFrom,
  ecKey,
  hierarchy,
  makeCertificate,
  makeLeaf,
  NOW,
  opensslPfx,
  prepareKeys,
  rsaKey,
  twoKeyPfx,
  type CertOptions,
  type Hierarchy,
  type TestCertificate,
} from '../support/certificates.ts';
import type { Code } from '../../src/model/codes.ts';

let pki: Hierarchy;

beforeAll(async () => {
  await prepareKeys(SERVER_KEYS);
  pki = hierarchy(NOW);
});

const MINUTE_MS = 60_000;
const at = (milliseconds: number): Date => new Date(NOW.getTime() + milliseconds);

/** The default context: a VMSS CMG in the public cloud whose service name is the leaf's default CN. */
function check(bytes: Uint8Array, context: Partial<ServerCheckContext> = {}, password?: string) {
  const evidence = evidenceOf(bytes, password);
  return checkServerCertificate(evidence.file, evidence.certificates, { serviceName: 'cmg.contoso.com', model: 'vmss', cloud: 'public', now: NOW, ...context });
}
const problemsOf = (bytes: Uint8Array, context: Partial<ServerCheckContext> = {}): Problem[] => check(bytes, context).problems;

/** A leaf issued by the hierarchy's intermediate (leaf key, slot 2), in a cheap PFX with the intermediate. */
function leafPfx(options: Omit<CertOptions, 'now'> = {}, chain?: TestCertificate[]): Buffer {
  const leaf = makeLeaf({ now: NOW, key: rsaKey(2048, 2), ...options });
  return cheapPfx(leaf, chain ?? [pki.intermediate]);
}

const e = (code: Code, params?: Problem['params']): Problem => (params ? { severity: 'error', code, params } : { severity: 'error', code });
const w = (code: Code, params?: Problem['params']): Problem => (params ? { severity: 'warning', code, params } : { severity: 'warning', code });
const i = (code: Code, params?: Problem['params']): Problem => (params ? { severity: 'info', code, params } : { severity: 'info', code });

describe('a good server certificate', () => {
  it('vmss, custom-domain name: RSA 2048, SHA-256, serverAuth, SAN = CN, intermediate in the PFX, valid a year: nothing to say', () => {
    const leaf = makeLeaf({ now: NOW, commonName: 'contosocmg.contoso.com', key: rsaKey(2048, 2) });
    const result = check(opensslPfx({ certificate: leaf, chain: [pki.intermediate] }), { serviceName: 'contosocmg.contoso.com' });
    expect(result.problems).toStrictEqual([]);
    expect(result.leaf?.thumbprint).toBe(evidenceOf(leaf.der).certificates[0]!.thumbprint);
  });

  it('classic, <prefix>.cloudapp.net in a 3DES PFX: nothing to say', () => {
    const leaf = makeLeaf({ now: NOW, commonName: 'contosocmg.cloudapp.net', key: rsaKey(2048, 2) });
    const pfx = opensslPfx({ certificate: leaf, chain: [pki.intermediate], variant: 'tripleDes' });
    expect(problemsOf(pfx, { serviceName: 'contosocmg.cloudapp.net', model: 'classic' })).toStrictEqual([]);
  });

  it('the same holds for the cheap forge PFX the other tests use (so their lists carry only the rule under test)', () => {
    expect(problemsOf(leafPfx())).toStrictEqual([]);
  });

  it('a chain that also carries the root is fine', () => {
    expect(problemsOf(leafPfx({}, [pki.intermediate, pki.root]))).toStrictEqual([]);
  });
});

describe('the file and its key (R-3.4.1)', () => {
  it('CERT_NEEDS_PFX: a DER .cer', () => {
    const result = check(badFiles.derCer(pki.leaf));
    expect(result.problems).toStrictEqual([e('CERT_NEEDS_PFX', { format: 'der' })]);
  });

  it('CERT_NEEDS_PFX: a PEM certificate, even with its key beside it', () => {
    expect(problemsOf(badFiles.pemCertificateAndKey(pki.leaf))).toStrictEqual([e('CERT_NEEDS_PFX', { format: 'pem' })]);
  });

  it('CERT_NO_PRIVATE_KEY: a PFX without a key; the leaf is still found among the CAs', () => {
    const result = check(cheapPfx(pki.leaf, [pki.intermediate], { key: null }));
    expect(result.problems).toStrictEqual([e('CERT_NO_PRIVATE_KEY')]);
    expect(result.leaf?.commonName).toBe('cmg.contoso.com');
  });

  it('CERT_NO_PRIVATE_KEY: the leaf need not come first', () => {
    const pfx = opensslPfx({ certificate: pki.intermediate, key: null, chain: [pki.leaf], iterations: 1, macIterationsOne: true });
    const result = check(pfx);
    expect(result.problems).toStrictEqual([e('CERT_NO_PRIVATE_KEY')]);
    expect(result.leaf?.commonName).toBe('cmg.contoso.com');
  });

  it('CERT_KEY_MISMATCH: the key belongs to none of the certificates', () => {
    const result = check(cheapPfx(pki.leaf, [pki.intermediate], { key: rsaKey(2048, 3) }));
    expect(result.problems).toStrictEqual([e('CERT_KEY_MISMATCH')]);
    expect(result.leaf?.commonName).toBe('cmg.contoso.com');
  });

  it('CERT_SEVERAL_KEYS: the leaf key and an unrelated one', () => {
    const pfx = twoKeyPfx({ certificate: pki.leaf, keys: [pki.leaf.key, rsaKey(2048, 3)] });
    expect(problemsOf(pfx)).toStrictEqual([e('CERT_SEVERAL_KEYS', { count: 2 }), i('CERT_CHAIN_NOT_INCLUDED', { issuer: 'CN=Contoso Test Issuing CA' })]);
  });

  it('CERT_SEVERAL_KEYS: the leaf key second still pairs the leaf', () => {
    const pfx = twoKeyPfx({ certificate: pki.leaf, keys: [rsaKey(2048, 3), pki.leaf.key] });
    const result = check(pfx);
    expect(result.problems).toStrictEqual([e('CERT_SEVERAL_KEYS', { count: 2 }), i('CERT_CHAIN_NOT_INCLUDED', { issuer: 'CN=Contoso Test Issuing CA' })]);
    expect(result.leaf?.commonName).toBe('cmg.contoso.com');
  });

  it('the key of the intermediate (not the leaf) makes the intermediate the certificate checked', () => {
    const pfx = cheapPfx(pki.leaf, [pki.intermediate], { key: pki.intermediate.key });
    const result = check(pfx);
    expect(result.leaf?.commonName).toBe('Contoso Test Issuing CA');
    expect(result.problems.map((problem) => problem.code)).toContain('CERT_LEAF_IS_CA');
  });
});

describe('the key (R-3.4.2)', () => {
  it('CERT_KEY_NOT_RSA: EC P-256', () => {
    const leaf = makeLeaf({ now: NOW, key: ecKey() });
    const pfx = opensslPfx({ certificate: leaf, chain: [pki.intermediate], iterations: 1, macIterationsOne: true });
    expect(problemsOf(pfx)).toStrictEqual([e('CERT_KEY_NOT_RSA', { keyType: 'ec prime256v1' })]);
  });

  it('CERT_WEAK_KEY: RSA 1024', () => {
    expect(problemsOf(leafPfx({ key: rsaKey(1024) }))).toStrictEqual([e('CERT_WEAK_KEY', { bits: 1024, minimum: 2048 })]);
  });

  it('CERT_KEY_SIZE_UNUSUAL: RSA 3072 is a warning', () => {
    expect(problemsOf(leafPfx({ key: rsaKey(3072) }))).toStrictEqual([w('CERT_KEY_SIZE_UNUSUAL', { bits: 3072 })]);
  });
});

describe('dates (R-3.4.3), with the injected clock', () => {
  it('CERT_NOT_YET_VALID: one second past the 5-minute skew', () => {
    const notBefore = at(5 * MINUTE_MS + 1000);
    expect(problemsOf(leafPfx({ notBefore }))).toStrictEqual([e('CERT_NOT_YET_VALID', { subject: 'CN=cmg.contoso.com', notBefore: '2026-03-01T00:05:01.000Z' })]);
  });

  it('inside the skew: valid from exactly now + 5 minutes, or now + 4 minutes', () => {
    expect(problemsOf(leafPfx({ notBefore: at(5 * MINUTE_MS) }))).toStrictEqual([]);
    expect(problemsOf(leafPfx({ notBefore: at(4 * MINUTE_MS) }))).toStrictEqual([]);
  });

  it('CERT_EXPIRED: expired yesterday', () => {
    const pfx = leafPfx({ notBefore: daysFrom(NOW, -400), notAfter: daysFrom(NOW, -1) });
    expect(problemsOf(pfx)).toStrictEqual([e('CERT_EXPIRED', { subject: 'CN=cmg.contoso.com', notAfter: '2026-02-28T00:00:00.000Z' })]);
  });

  it('CERT_EXPIRED: notAfter = now is already expired', () => {
    const pfx = leafPfx({ notBefore: daysFrom(NOW, -400), notAfter: NOW });
    expect(problemsOf(pfx)).toStrictEqual([e('CERT_EXPIRED', { subject: 'CN=cmg.contoso.com', notAfter: '2026-03-01T00:00:00.000Z' })]);
  });

  it('CERT_EXPIRES_SOON: 29 days left is a warning', () => {
    expect(problemsOf(leafPfx({ notAfter: daysFrom(NOW, 29) }))).toStrictEqual([w('CERT_EXPIRES_SOON', { subject: 'CN=cmg.contoso.com', notAfter: '2026-03-30', days: 29 })]);
  });

  it('CERT_EXPIRES_SOON: 30 days minus one second still counts as 29', () => {
    expect(problemsOf(leafPfx({ notAfter: at(30 * 86_400_000 - 1000) }))).toStrictEqual([w('CERT_EXPIRES_SOON', { subject: 'CN=cmg.contoso.com', notAfter: '2026-03-30', days: 29 })]);
  });

  it('30 days left: no warning', () => {
    expect(problemsOf(leafPfx({ notAfter: daysFrom(NOW, 30) }))).toStrictEqual([]);
  });

  it('one second left: 0 days', () => {
    expect(problemsOf(leafPfx({ notAfter: at(1000) }))).toStrictEqual([w('CERT_EXPIRES_SOON', { subject: 'CN=cmg.contoso.com', notAfter: '2026-03-01', days: 0 })]);
  });
});

describe('signatures (R-3.4.4)', () => {
  it('CERT_WEAK_SIGNATURE: a SHA-1 leaf', () => {
    expect(problemsOf(leafPfx({ hash: 'sha1' }))).toStrictEqual([e('CERT_WEAK_SIGNATURE', { subject: 'CN=cmg.contoso.com', hash: 'SHA-1' })]);
  });

  it('CERT_WEAK_SIGNATURE: an MD5 leaf', () => {
    expect(problemsOf(leafPfx({ hash: 'md5' }))).toStrictEqual([e('CERT_WEAK_SIGNATURE', { subject: 'CN=cmg.contoso.com', hash: 'MD5' })]);
  });

  it('a SHA-1 self-signed root inside the chain is exempt', () => {
    const root = makeCertificate({ now: NOW, isCa: true, commonName: 'Fabrikam SHA1 Root CA', key: rsaKey(2048, 3), issuer: 'self', hash: 'sha1' });
    const intermediate = makeCertificate({ now: NOW, isCa: true, commonName: 'Fabrikam Issuing CA', key: rsaKey(2048, 1), issuer: root });
    const leaf = makeCertificate({ now: NOW, commonName: 'cmg.contoso.com', key: rsaKey(2048, 2), issuer: intermediate });
    expect(evidenceOf(root.der).certificates[0]!.signatureHash).toBe('SHA-1');
    expect(problemsOf(cheapPfx(leaf, [intermediate, root]))).toStrictEqual([]);
  });

  it('a SHA-1 intermediate in the chain is not exempt', () => {
    const intermediate = makeCertificate({ now: NOW, isCa: true, commonName: 'Fabrikam SHA1 Issuing CA', key: rsaKey(2048, 3), issuer: pki.root, hash: 'sha1' });
    const leaf = makeCertificate({ now: NOW, commonName: 'cmg.contoso.com', key: rsaKey(2048, 2), issuer: intermediate });
    expect(problemsOf(cheapPfx(leaf, [intermediate, pki.root]))).toStrictEqual([e('CERT_WEAK_SIGNATURE', { subject: 'CN=Fabrikam SHA1 Issuing CA', hash: 'SHA-1' })]);
  });

  it('a SHA-1 self-signed leaf is not exempt (only a self-signed CA is)', () => {
    const leaf = makeLeaf({ now: NOW, key: rsaKey(2048, 2), issuer: 'self', hash: 'sha1', keyUsage: 'none' });
    expect(problemsOf(cheapPfx(leaf, []))).toStrictEqual([
      e('CERT_WEAK_SIGNATURE', { subject: 'CN=cmg.contoso.com', hash: 'SHA-1' }),
      w('CERT_SELF_SIGNED', { subject: 'CN=cmg.contoso.com' }),
    ]);
  });
});

describe('usage (R-3.4.5)', () => {
  it('CERT_NO_EKU', () => {
    expect(problemsOf(leafPfx({ ekus: 'none' }))).toStrictEqual([e('CERT_NO_EKU')]);
  });

  it('CERT_ANY_EKU: anyExtendedKeyUsage alone is a warning', () => {
    expect(problemsOf(leafPfx({ ekus: ['anyEKU'] }))).toStrictEqual([w('CERT_ANY_EKU')]);
  });

  it('anyExtendedKeyUsage with serverAuth: nothing', () => {
    expect(problemsOf(leafPfx({ ekus: ['anyEKU', 'serverAuth'] }))).toStrictEqual([]);
  });

  it('CERT_NO_SERVER_AUTH: clientAuth only', () => {
    expect(problemsOf(leafPfx({ ekus: ['clientAuth'] }))).toStrictEqual([e('CERT_NO_SERVER_AUTH', { ekus: '1.3.6.1.5.5.7.3.2' })]);
  });

  it('CERT_KEY_USAGE: key usage present with neither digitalSignature nor keyEncipherment', () => {
    expect(problemsOf(leafPfx({ keyUsage: { cRLSign: true } }))).toStrictEqual([e('CERT_KEY_USAGE')]);
  });

  it('key usage with only one of the two, or no key usage at all: nothing', () => {
    expect(problemsOf(leafPfx({ keyUsage: { digitalSignature: true } }))).toStrictEqual([]);
    expect(problemsOf(leafPfx({ keyUsage: { keyEncipherment: true } }))).toStrictEqual([]);
    expect(problemsOf(leafPfx({ keyUsage: 'none' }))).toStrictEqual([]);
  });

  it('CERT_LEAF_IS_CA: basicConstraints CA:true on the certificate with the key (key usage with keyCertSign)', () => {
    const pfx = leafPfx({ isCa: true, commonName: 'cmg.contoso.com', ekus: ['serverAuth'], keyUsage: { digitalSignature: true, keyEncipherment: true, keyCertSign: true }, dnsNames: ['cmg.contoso.com'] });
    expect(problemsOf(pfx)).toStrictEqual([e('CERT_LEAF_IS_CA')]);
  });

  it('CERT_LEAF_IS_CA: basicConstraints CA:true without key usage', () => {
    const pfx = leafPfx({ isCa: true, commonName: 'cmg.contoso.com', ekus: ['serverAuth'], keyUsage: 'none', dnsNames: ['cmg.contoso.com'] });
    expect(problemsOf(pfx)).toStrictEqual([e('CERT_LEAF_IS_CA')]);
  });

  // Regression (formerly a bug in src/certs/certificate-facts.ts describeCertificate, `isCa: x509.ca`): Node's
  // X509Certificate.ca is OpenSSL's X509_check_ca() == 1, which is false when a key usage is
  // present without keyCertSign, whatever basicConstraints says. So a server certificate with
  // basicConstraints CA:true and keyUsage digitalSignature + keyEncipherment passes
  // ("basicConstraints not CA") silently.
  it('CERT_LEAF_IS_CA: basicConstraints CA:true with key usage digitalSignature + keyEncipherment', () => {
    const pfx = leafPfx({ isCa: true, commonName: 'cmg.contoso.com', ekus: ['serverAuth'], keyUsage: { digitalSignature: true, keyEncipherment: true }, dnsNames: ['cmg.contoso.com'] });
    expect(problemsOf(pfx)).toStrictEqual([e('CERT_LEAF_IS_CA')]);
  });
});

describe('names (R-3.4.6)', () => {
  it('CERT_NO_COMMON_NAME: the subject is O and OU only', () => {
    const leaf = makeNamedCertificate({
      now: NOW,
      key: rsaKey(2048, 2),
      issuer: pki.intermediate,
      dnsNames: ['cmg.contoso.com'],
      subjectName: [
        { shortName: 'O', value: 'Contoso' },
        { shortName: 'OU', value: 'CMG' },
      ],
    });
    expect(problemsOf(cheapPfx(leaf, [pki.intermediate]))).toStrictEqual([e('CERT_NO_COMMON_NAME')]);
  });

  it('the last CN of the subject is the one compared', () => {
    const leaf = makeNamedCertificate({
      now: NOW,
      key: rsaKey(2048, 2),
      issuer: pki.intermediate,
      dnsNames: ['cmg.contoso.com'],
      subjectName: [
        { shortName: 'CN', value: 'Servers' },
        { shortName: 'CN', value: 'cmg.contoso.com' },
      ],
    });
    expect(problemsOf(cheapPfx(leaf, [pki.intermediate]))).toStrictEqual([]);
  });

  it('CERT_BAD_WILDCARD: a partial wildcard cm*.contoso.com', () => {
    expect(problemsOf(leafPfx({ commonName: 'cm*.contoso.com' }))).toStrictEqual([e('CERT_BAD_WILDCARD', { commonName: 'cm*.contoso.com' })]);
  });

  it('CERT_BAD_WILDCARD: *.com covers a whole top-level domain', () => {
    expect(problemsOf(leafPfx({ commonName: '*.com' }), { serviceName: undefined })).toStrictEqual([e('CERT_BAD_WILDCARD', { commonName: '*.com' })]);
  });

  it('CERT_NO_SAN: no subject alternative name extension', () => {
    expect(problemsOf(leafPfx({ dnsNames: null }))).toStrictEqual([w('CERT_NO_SAN', { commonName: 'cmg.contoso.com' })]);
  });

  it('CERT_CN_NOT_IN_SAN: the SAN names another host', () => {
    expect(problemsOf(leafPfx({ dnsNames: ['other.contoso.com', 'www.contoso.com'] }))).toStrictEqual([
      w('CERT_CN_NOT_IN_SAN', { commonName: 'cmg.contoso.com', names: 'other.contoso.com, www.contoso.com' }),
    ]);
  });

  it('CERT_CN_NOT_IN_SAN: a SAN with an IP address only lists "none"', () => {
    expect(problemsOf(leafPfx({ dnsNames: [], ipAddresses: ['10.0.0.1'] }))).toStrictEqual([w('CERT_CN_NOT_IN_SAN', { commonName: 'cmg.contoso.com', names: 'none' })]);
  });

  it('the SAN is compared with the CN without regard to case', () => {
    expect(problemsOf(leafPfx({ dnsNames: ['CMG.Contoso.com'] }))).toStrictEqual([]);
  });

  it('CERT_WILDCARD_CLASSIC: a wildcard for the classic model', () => {
    const pfx = cheapPfx(makeLeaf({ now: NOW, key: rsaKey(2048, 2), commonName: '*.contoso.com' }), [pki.intermediate], { algorithm: '3des' });
    expect(problemsOf(pfx, { model: 'classic', serviceName: undefined })).toStrictEqual([
      e('CERT_WILDCARD_CLASSIC', { commonName: '*.contoso.com' }),
      e('CERT_WILDCARD_NEEDS_NAME', { commonName: '*.contoso.com' }),
    ]);
  });

  it('CERT_WILDCARD_NEEDS_NAME: a wildcard and no service name', () => {
    expect(problemsOf(leafPfx({ commonName: '*.contoso.com' }), { serviceName: undefined })).toStrictEqual([e('CERT_WILDCARD_NEEDS_NAME', { commonName: '*.contoso.com' })]);
  });

  it('a plain CN and no service name: nothing (no name to compare)', () => {
    expect(problemsOf(leafPfx(), { serviceName: undefined })).toStrictEqual([]);
  });

  it('CERT_NAME_MISMATCH: the CN is another host', () => {
    expect(problemsOf(leafPfx(), { serviceName: 'other.contoso.com' })).toStrictEqual([e('CERT_NAME_MISMATCH', { serviceName: 'other.contoso.com', commonName: 'cmg.contoso.com' })]);
  });

  it('CERT_NAME_MISMATCH: a wildcard does not cover two extra labels', () => {
    expect(problemsOf(leafPfx({ commonName: '*.contoso.com' }), { serviceName: 'cmg.west.contoso.com' })).toStrictEqual([
      e('CERT_NAME_MISMATCH', { serviceName: 'cmg.west.contoso.com', commonName: '*.contoso.com' }),
    ]);
  });

  it('CERT_CN_CASE: the CN differs from the service name in case only', () => {
    const pfx = leafPfx({ commonName: 'CMG.contoso.com' });
    expect(problemsOf(pfx, { serviceName: 'cmg.contoso.com' })).toStrictEqual([w('CERT_CN_CASE', { serviceName: 'cmg.contoso.com', commonName: 'CMG.contoso.com' })]);
  });

  it('CERT_WILDCARD_SERVICE_NAME: the service name chosen under a wildcard', () => {
    const pfx = leafPfx({ commonName: '*.contoso.com' });
    expect(problemsOf(pfx, { serviceName: 'contosocmg.contoso.com' })).toStrictEqual([i('CERT_WILDCARD_SERVICE_NAME', { commonName: '*.contoso.com', serviceName: 'contosocmg.contoso.com' })]);
  });
});

describe('service name and issuer (R-3.4.7)', () => {
  it('CERT_PUBLIC_CA_AZURE_DOMAIN: a DigiCert certificate for a name in cloudapp.azure.com', () => {
    const serviceName = 'contosocmg.westeurope.cloudapp.azure.com';
    const digicert = makeNamedCertificate({ now: NOW, isCa: true, commonName: 'DigiCert CA', key: rsaKey(2048, 3), issuer: 'self', subjectName: DIGICERT_CA_NAME, issuerName: DIGICERT_CA_NAME });
    const leaf = makeNamedCertificate({ now: NOW, commonName: serviceName, key: rsaKey(2048, 2), issuer: digicert, issuerName: DIGICERT_CA_NAME });
    const issuer = dn(DIGICERT_CA_NAME);
    expect(issuer).toBe('C=US, O=DigiCert Inc, CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1');
    expect(problemsOf(cheapPfx(leaf, [digicert]), { serviceName })).toStrictEqual([w('CERT_PUBLIC_CA_AZURE_DOMAIN', { serviceName, issuer })]);
  });

  it('the same name from the enterprise CA: nothing', () => {
    const serviceName = 'contosocmg.westeurope.cloudapp.azure.com';
    expect(problemsOf(leafPfx({ commonName: serviceName }), { serviceName })).toStrictEqual([]);
  });

  it('SERVICE_NAME_CLASSIC_DOMAIN: classic, CN not under cloudapp.net', () => {
    const pfx = cheapPfx(makeLeaf({ now: NOW, key: rsaKey(2048, 2), commonName: 'contosocmg.contoso.com' }), [pki.intermediate], { algorithm: '3des' });
    expect(problemsOf(pfx, { model: 'classic', serviceName: 'contosocmg.contoso.com' })).toStrictEqual([
      e('SERVICE_NAME_CLASSIC_DOMAIN', { value: 'contosocmg.contoso.com', suffix: 'cloudapp.net', cloud: 'public' }),
    ]);
  });

  it('SERVICE_NAME_CLASSIC_ON_VMSS: vmss, CN under cloudapp.net', () => {
    const pfx = leafPfx({ commonName: 'contosocmg.cloudapp.net' });
    expect(problemsOf(pfx, { serviceName: 'contosocmg.cloudapp.net' })).toStrictEqual([e('SERVICE_NAME_CLASSIC_ON_VMSS', { value: 'contosocmg.cloudapp.net' })]);
  });

  it('DEPLOYMENT_PREFIX_UPPERCASE: the first label of the CN has capitals', () => {
    const pfx = leafPfx({ commonName: 'ContosoCMG.contoso.com' });
    expect(problemsOf(pfx, { serviceName: 'ContosoCMG.contoso.com' })).toStrictEqual([e('DEPLOYMENT_PREFIX_UPPERCASE', { value: 'ContosoCMG', lower: 'contosocmg' })]);
  });

  it('DEPLOYMENT_PREFIX_CHARACTERS: the first label of the CN has a dash', () => {
    const pfx = leafPfx({ commonName: 'contoso-cmg.contoso.com' });
    expect(problemsOf(pfx, { serviceName: 'contoso-cmg.contoso.com' })).toStrictEqual([e('DEPLOYMENT_PREFIX_CHARACTERS', { value: 'contoso-cmg' })]);
  });
});

describe('the chain in the PFX (R-3.4.8, R-3.4.9)', () => {
  it('CERT_CHAIN_NOT_CA: the PFX also carries another end-entity certificate', () => {
    const other = makeLeaf({ now: NOW, commonName: 'other.contoso.com', key: rsaKey(2048, 3) });
    expect(problemsOf(cheapPfx(pki.leaf, [pki.intermediate, other]))).toStrictEqual([e('CERT_CHAIN_NOT_CA', { subject: 'CN=other.contoso.com' })]);
  });

  it('CERT_EXPIRED: an expired intermediate in the chain', () => {
    const intermediate = makeCertificate({ now: NOW, isCa: true, commonName: 'Contoso Old Issuing CA', key: rsaKey(2048, 3), issuer: pki.root, notBefore: daysFrom(NOW, -800), notAfter: daysFrom(NOW, -2) });
    const leaf = makeCertificate({ now: NOW, key: rsaKey(2048, 2), issuer: intermediate });
    expect(problemsOf(cheapPfx(leaf, [intermediate]))).toStrictEqual([e('CERT_EXPIRED', { subject: 'CN=Contoso Old Issuing CA', notAfter: '2026-02-27T00:00:00.000Z' })]);
  });

  it('an intermediate that expires soon: its warning is not repeated for the chain', () => {
    const intermediate = makeCertificate({ now: NOW, isCa: true, commonName: 'Contoso Old Issuing CA', key: rsaKey(2048, 3), issuer: pki.root, notAfter: daysFrom(NOW, 10) });
    const leaf = makeCertificate({ now: NOW, key: rsaKey(2048, 2), issuer: intermediate, notAfter: daysFrom(NOW, 200) });
    expect(problemsOf(cheapPfx(leaf, [intermediate]))).toStrictEqual([]);
  });

  // Regression (formerly a bug in src/certs/certificate-facts.ts isSelfSigned, via X509Certificate.checkIssued): OpenSSL's
  // X509_check_issued also requires keyCertSign in the issuer's key usage, so a self-signed server
  // certificate with keyUsage digitalSignature + keyEncipherment (forge's default and what
  // New-SelfSignedCertificate writes) is not seen as self-signed: checkChain then says
  // CERT_CHAIN_NOT_INCLUDED (info) instead of CERT_SELF_SIGNED (warning).
  it('CERT_SELF_SIGNED: a self-signed leaf with the usual key usage', () => {
    const leaf = makeLeaf({ now: NOW, key: rsaKey(2048, 2), issuer: 'self' });
    expect(problemsOf(cheapPfx(leaf, []))).toStrictEqual([w('CERT_SELF_SIGNED', { subject: 'CN=cmg.contoso.com' })]);
  });

  it('CERT_SELF_SIGNED: a self-signed leaf without key usage', () => {
    const leaf = makeLeaf({ now: NOW, key: rsaKey(2048, 2), issuer: 'self', keyUsage: 'none' });
    expect(problemsOf(cheapPfx(leaf, []))).toStrictEqual([w('CERT_SELF_SIGNED', { subject: 'CN=cmg.contoso.com' })]);
  });

  it('CERT_CHAIN_NOT_INCLUDED: the PFX holds the leaf alone', () => {
    expect(problemsOf(cheapPfx(pki.leaf, []))).toStrictEqual([i('CERT_CHAIN_NOT_INCLUDED', { issuer: 'CN=Contoso Test Issuing CA' })]);
  });

  it('CERT_CHAIN_BROKEN: a CA with the issuer\'s name but another key', () => {
    const impostor = makeCertificate({ now: NOW, isCa: true, commonName: 'Contoso Test Issuing CA', key: rsaKey(2048, 3), issuer: pki.root });
    expect(problemsOf(cheapPfx(pki.leaf, [impostor]))).toStrictEqual([e('CERT_CHAIN_BROKEN', { subject: 'CN=cmg.contoso.com', issuer: 'CN=Contoso Test Issuing CA' })]);
  });

  it('CERT_CHAIN_BROKEN also without key identifiers (the signature decides, not the names)', () => {
    const impostor = makeCertificate({ now: NOW, isCa: true, commonName: 'Contoso Test Issuing CA', key: rsaKey(2048, 3), issuer: pki.root, keyIdentifiers: false });
    const leaf = makeLeaf({ now: NOW, key: rsaKey(2048, 2), keyIdentifiers: false });
    expect(problemsOf(cheapPfx(leaf, [impostor]))).toStrictEqual([e('CERT_CHAIN_BROKEN', { subject: 'CN=cmg.contoso.com', issuer: 'CN=Contoso Test Issuing CA' })]);
  });

  // Regression (formerly a gap in src/certs/checks/server.ts checkChain): only the leaf's own link is verified.
  // wants every intermediate the PFX carries to link to its issuer with a valid
  // signature; a PFX with leaf, its real issuing CA and a "root" of the right name but another
  // key (so the chain cannot be built) gives no finding at all.
  it('CERT_CHAIN_BROKEN: the intermediate does not link to the root the PFX carries', () => {
    const impostorRoot = makeCertificate({ now: NOW, isCa: true, commonName: 'Contoso Test Root CA', key: rsaKey(2048, 3), issuer: 'self' });
    expect(problemsOf(cheapPfx(pki.leaf, [pki.intermediate, impostorRoot]))).toContainEqual(
      e('CERT_CHAIN_BROKEN', { subject: 'CN=Contoso Test Issuing CA', issuer: 'CN=Contoso Test Root CA' }),
    );
  });

  it('the real issuer beside an impostor: not broken', () => {
    const impostor = makeCertificate({ now: NOW, isCa: true, commonName: 'Contoso Test Issuing CA', key: rsaKey(2048, 3), issuer: pki.root });
    expect(problemsOf(cheapPfx(pki.leaf, [impostor, pki.intermediate]))).toStrictEqual([]);
  });
});

describe('PFX protection', () => {
  const classicLeaf = () => makeLeaf({ now: NOW, commonName: 'contosocmg.cloudapp.net', key: rsaKey(2048, 2) });

  it('CERT_PFX_AES_CLASSIC: an OpenSSL 3 (AES-256) PFX for classic; the same file for vmss has no such finding', () => {
    const pfx = opensslPfx({ certificate: classicLeaf(), chain: [pki.intermediate], iterations: 1, macIterationsOne: true });
    expect(problemsOf(pfx, { model: 'classic', serviceName: 'contosocmg.cloudapp.net' })).toStrictEqual([e('CERT_PFX_AES_CLASSIC')]);
    expect(problemsOf(pfx, { model: 'vmss', serviceName: 'contosocmg.cloudapp.net' })).toStrictEqual([e('SERVICE_NAME_CLASSIC_ON_VMSS', { value: 'contosocmg.cloudapp.net' })]);
  });

  it('CERT_PFX_AES_CLASSIC: AES on the key bag alone (forge writes the certificates unencrypted)', () => {
    const pfx = cheapPfx(classicLeaf(), [pki.intermediate]);
    expect(problemsOf(pfx, { model: 'classic', serviceName: 'contosocmg.cloudapp.net' })).toStrictEqual([e('CERT_PFX_AES_CLASSIC')]);
  });

  it('CERT_PFX_NO_MAC: a -nomac file is read, with a note', () => {
    const pfx = opensslPfx({ certificate: pki.leaf, chain: [pki.intermediate], variant: 'noMac', iterations: 1 });
    expect(problemsOf(pfx)).toStrictEqual([w('CERT_PFX_NO_MAC')]);
  });
});
