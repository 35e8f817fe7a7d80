import { X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeCertificate, issued, type CertificateFacts } from '../../src/certs/certificate-facts.ts';
import { decodeCertificateFile } from '../../src/certs/decode.ts';
import {
  daysFrom,
  ecKey,
  hierarchy,
  HIERARCHY_KEYS,
  prepareKeys,
  makeCertificate,
  makeLeaf,
  NOW,
  OIDS,
  opensslSha1,
  rsaKey,
  runOpenssl,
  withBadSignature,
  withUndecodableEcPoint,
  type CertOptions,
  type Hierarchy,
  type TestCertificate,
} from '../support/certificates.ts';

let pki: Hierarchy;

beforeAll(async () => {
  await prepareKeys([...HIERARCHY_KEYS, { type: 'rsa', bits: 1024, slot: 0 }, { type: 'rsa', bits: 3072, slot: 0 }, { type: 'rsa', bits: 4096, slot: 0 }, { type: 'ec', slot: 0 }]);
  pki = hierarchy(NOW);
  // Key generation (RSA-4096 among them): generous for a loaded CI box.
}, 60_000);

const facts = (certificate: TestCertificate | Buffer): CertificateFacts => describeCertificate(Buffer.isBuffer(certificate) ? certificate : certificate.der);
const leaf = (options: Omit<CertOptions, 'now'>): TestCertificate => makeLeaf({ now: NOW, ...options });

/** Key identifiers as OpenSSL prints them (`-ext subjectKeyIdentifier,authorityKeyIdentifier`). */
function opensslKeyIds(certificate: TestCertificate): { subject: string | undefined; authority: string | undefined } {
  const text = runOpenssl(['x509', '-inform', 'DER', '-noout', '-ext', 'subjectKeyIdentifier,authorityKeyIdentifier'], certificate.der);
  const after = (label: string): string | undefined => new RegExp(`${label}:\\s*\\n\\s*(?:keyid:)?([0-9A-F:]+)`).exec(text)?.[1]?.replaceAll(':', '');
  return { subject: after('Subject Key Identifier'), authority: after('Authority Key Identifier') };
}

/** The signature algorithm name from `openssl x509 -text`. */
function opensslSignatureAlgorithm(certificate: TestCertificate): string {
  const text = runOpenssl(['x509', '-inform', 'DER', '-noout', '-text'], certificate.der);
  return /Signature Algorithm: (\S+)/.exec(text)![1]!;
}

describe('the CA hierarchy', () => {
  it('root: self-signed CA, keyCertSign, AKI = SKI', () => {
    const { x509, ...rest } = facts(pki.root);
    expect(x509).toBeInstanceOf(X509Certificate);
    expect(rest).toEqual({
      subject: 'CN=Contoso Test Root CA',
      issuer: 'CN=Contoso Test Root CA',
      commonName: 'Contoso Test Root CA',
      dnsNames: undefined,
      notBefore: daysFrom(NOW, -1),
      notAfter: daysFrom(NOW, 3650),
      keyType: 'rsa',
      keyBits: 2048,
      curve: undefined,
      signatureHash: 'SHA-256',
      ekus: undefined,
      keyUsage: { digitalSignature: false, keyEncipherment: false, keyCertSign: true },
      isCa: true,
      selfSigned: true,
      subjectKeyId: pki.root.subjectKeyId,
      authorityKeyId: pki.root.subjectKeyId,
      thumbprint: opensslSha1(pki.root.der),
      serialNumber: pki.root.serialNumber,
    });
  });

  it('intermediate: CA issued by the root, not self-signed', () => {
    const { x509: _x509, ...rest } = facts(pki.intermediate);
    expect(rest).toEqual({
      subject: 'CN=Contoso Test Issuing CA',
      issuer: 'CN=Contoso Test Root CA',
      commonName: 'Contoso Test Issuing CA',
      dnsNames: undefined,
      notBefore: daysFrom(NOW, -1),
      notAfter: daysFrom(NOW, 1825),
      keyType: 'rsa',
      keyBits: 2048,
      curve: undefined,
      signatureHash: 'SHA-256',
      ekus: undefined,
      keyUsage: { digitalSignature: false, keyEncipherment: false, keyCertSign: true },
      isCa: true,
      selfSigned: false,
      subjectKeyId: pki.intermediate.subjectKeyId,
      authorityKeyId: pki.root.subjectKeyId,
      thumbprint: opensslSha1(pki.intermediate.der),
      serialNumber: pki.intermediate.serialNumber,
    });
  });

  it('leaf: serverAuth, SAN = CN, issued by the intermediate', () => {
    const { x509: _x509, ...rest } = facts(pki.leaf);
    expect(rest).toEqual({
      subject: 'CN=cmg.contoso.com',
      issuer: 'CN=Contoso Test Issuing CA',
      commonName: 'cmg.contoso.com',
      dnsNames: ['cmg.contoso.com'],
      notBefore: daysFrom(NOW, -1),
      notAfter: daysFrom(NOW, 365),
      keyType: 'rsa',
      keyBits: 2048,
      curve: undefined,
      signatureHash: 'SHA-256',
      ekus: [OIDS.serverAuth],
      keyUsage: { digitalSignature: true, keyEncipherment: true, keyCertSign: false },
      isCa: false,
      selfSigned: false,
      subjectKeyId: pki.leaf.subjectKeyId,
      authorityKeyId: pki.intermediate.subjectKeyId,
      thumbprint: opensslSha1(pki.leaf.der),
      serialNumber: pki.leaf.serialNumber,
    });
  });

  it('key identifiers link leaf → intermediate → root, as OpenSSL reads them', () => {
    const [root, intermediate, end] = [pki.root, pki.intermediate, pki.leaf].map(facts) as [CertificateFacts, CertificateFacts, CertificateFacts];
    expect(end.authorityKeyId).toBe(intermediate.subjectKeyId);
    expect(intermediate.authorityKeyId).toBe(root.subjectKeyId);
    expect(new Set([root.subjectKeyId, intermediate.subjectKeyId, end.subjectKeyId]).size).toBe(3);
    for (const [certificate, described] of [
      [pki.root, root],
      [pki.intermediate, intermediate],
      [pki.leaf, end],
    ] as const) {
      expect(opensslKeyIds(certificate)).toEqual({ subject: described.subjectKeyId, authority: described.authorityKeyId });
    }
  });

  it('without key identifier extensions both are undefined', () => {
    const described = facts(leaf({ keyIdentifiers: false }));
    expect(described.subjectKeyId).toBeUndefined();
    expect(described.authorityKeyId).toBeUndefined();
  });

  it('the thumbprint is uppercase hex without separators', () => {
    expect(facts(pki.leaf).thumbprint).toMatch(/^[0-9A-F]{40}$/);
  });
});

describe('keys', () => {
  it.each([1024, 3072, 4096] as const)('RSA %i', (bits) => {
    const certificate = leaf({ key: rsaKey(bits) });
    const described = facts(certificate);
    expect({ keyType: described.keyType, keyBits: described.keyBits, curve: described.curve }).toEqual({ keyType: 'rsa', keyBits: bits, curve: undefined });
    expect(described.thumbprint).toBe(opensslSha1(certificate.der));
  });

  it('EC P-256, issued by the RSA intermediate', () => {
    const certificate = leaf({ key: ecKey() });
    const described = facts(certificate);
    expect({ keyType: described.keyType, keyBits: described.keyBits, curve: described.curve, signatureHash: described.signatureHash }).toEqual({
      keyType: 'ec',
      keyBits: undefined,
      curve: 'prime256v1',
      signatureHash: 'SHA-256',
    });
    expect(described.subjectKeyId).toBe(opensslKeyIds(certificate).subject);
    expect(described.thumbprint).toBe(opensslSha1(certificate.der));
  });
});

describe('signature hash', () => {
  it.each([
    ['sha256', 'sha256WithRSAEncryption', 'SHA-256'],
    ['sha1', 'sha1WithRSAEncryption', 'SHA-1'],
    ['md5', 'md5WithRSAEncryption', 'MD5'],
  ] as const)('RSA %s', (hash, opensslName, expected) => {
    const certificate = leaf({ hash });
    expect(opensslSignatureAlgorithm(certificate)).toBe(opensslName);
    expect(facts(certificate).signatureHash).toBe(expected);
  });

  it.each([
    ['sha256', 'ecdsa-with-SHA256', 'SHA-256'],
    ['sha1', 'ecdsa-with-SHA1', 'SHA-1'],
  ] as const)('ECDSA %s (self-signed EC leaf)', (hash, opensslName, expected) => {
    const certificate = leaf({ key: ecKey(), issuer: 'self', hash, keyUsage: 'none' });
    expect(opensslSignatureAlgorithm(certificate)).toBe(opensslName);
    expect(facts(certificate).signatureHash).toBe(expected);
  });
});

describe('extensions', () => {
  it.each([
    [['serverAuth'], [OIDS.serverAuth]],
    [['clientAuth'], [OIDS.clientAuth]],
    [['anyEKU'], [OIDS.anyEKU]],
    [['clientAuth', 'serverAuth'], [OIDS.clientAuth, OIDS.serverAuth]],
    ['none', undefined],
  ] as const)('EKU %j → %j', (ekus, expected) => {
    const certificate = leaf({ ekus });
    const described = facts(certificate);
    expect(described.ekus).toEqual(expected);
    // Node names the EKU list "keyUsage" and has no "absent" state of its own.
    expect(new X509Certificate(certificate.der).keyUsage ?? []).toEqual(expected ?? []);
  });

  it.each([
    [{ digitalSignature: true }, { digitalSignature: true, keyEncipherment: false, keyCertSign: false }],
    [{ keyEncipherment: true }, { digitalSignature: false, keyEncipherment: true, keyCertSign: false }],
    [{ keyCertSign: true }, { digitalSignature: false, keyEncipherment: false, keyCertSign: true }],
    [{ digitalSignature: true, keyEncipherment: true, keyCertSign: true }, { digitalSignature: true, keyEncipherment: true, keyCertSign: true }],
    [{ cRLSign: true }, { digitalSignature: false, keyEncipherment: false, keyCertSign: false }],
    ['none', undefined],
  ] as const)('key usage %j', (keyUsage, expected) => {
    expect(facts(leaf({ keyUsage })).keyUsage).toEqual(expected);
  });

  it('basicConstraints cA:true on a leaf is reported', () => {
    expect(facts(leaf({ isCa: true })).isCa).toBe(true);
    expect(facts(leaf({ isCa: false })).isCa).toBe(false);
  });

  it.each([
    ['no SAN extension', { dnsNames: null }, undefined],
    ['a SAN with only an IP address', { dnsNames: null, ipAddresses: ['10.0.0.1'] }, []],
    ['an empty SAN', { dnsNames: [] }, []],
    ['several names, in order', { dnsNames: ['cmg.contoso.com', '*.contoso.com', 'other.example'] }, ['cmg.contoso.com', '*.contoso.com', 'other.example']],
    ['names beside an IP address', { dnsNames: ['cmg.contoso.com'], ipAddresses: ['10.0.0.1'] }, ['cmg.contoso.com']],
  ] as const)('dnsNames: %s', (_name, options, expected) => {
    const described = facts(leaf(options));
    expect(described.dnsNames).toEqual(expected);
  });

  it('commonName is the CN, independent of the SAN', () => {
    const described = facts(leaf({ commonName: 'CMG.Contoso.com', dnsNames: ['other.contoso.com'] }));
    expect(described.commonName).toBe('CMG.Contoso.com');
    expect(described.dnsNames).toEqual(['other.contoso.com']);
  });

  it('a non-ASCII commonName comes back as written', () => {
    expect(facts(leaf({ commonName: 'müller.contoso.com' })).commonName).toBe('müller.contoso.com');
  });

  // Regression (formerly a bug in src/certs/certificate-facts.ts lastCommonName): the CN is cut out of Node's RFC 2253-escaped
  // subject text, so "Contoso, Ltd Issuing CA" comes back as "Contoso\, Ltd Issuing CA", not "as written".
  it('a commonName with a comma comes back as written', () => {
    expect(facts(leaf({ commonName: 'Contoso, Ltd Issuing CA' })).commonName).toBe('Contoso, Ltd Issuing CA');
  });

  it('validity comes from the certificate, not the clock', () => {
    const expired = facts(leaf({ notBefore: new Date('2024-01-01T00:00:00Z'), notAfter: new Date('2025-01-01T12:30:00Z') }));
    expect(expired.notBefore).toEqual(new Date('2024-01-01T00:00:00Z'));
    expect(expired.notAfter).toEqual(new Date('2025-01-01T12:30:00Z'));
    // GeneralizedTime (2050 and later).
    expect(facts(leaf({ notAfter: new Date('2051-06-30T00:00:00Z') })).notAfter).toEqual(new Date('2051-06-30T00:00:00Z'));
  });

  // Regression (formerly a bug in src/certs/certificate-facts.ts describeCertificate, `x509.publicKey.asymmetricKeyDetails`,
  // with src/certs/decode.ts readsAsCertificate): X509Certificate parses a certificate whose public
  // key does not decode, decodeCertificateFile returns it as { ok: true }, and describeCertificate
  // then throws OpenSSL's "digital envelope routines::decode error". Found by decode-fuzz.test.ts.
  it('a certificate decodeCertificateFile accepts can be described (EC point that does not decode)', () => {
    const der = withUndecodableEcPoint(leaf({ key: ecKey() }));
    expect(() => new X509Certificate(der)).not.toThrow();
    const outcome = decodeCertificateFile(der);
    if (outcome.ok) expect(() => describeCertificate(outcome.file.certificates[0]!)).not.toThrow();
    else expect(outcome).toMatchObject({ problem: { severity: 'error', code: 'CERT_UNREADABLE' } });
  });

  it('describeCertificate throws for bytes that are not a certificate', () => {
    expect(() => describeCertificate(pki.leaf.key.pkcs8Der)).toThrow();
  });
});

describe('selfSigned', () => {
  it('a self-signed leaf without key usage', () => {
    expect(facts(leaf({ issuer: 'self', keyUsage: 'none' })).selfSigned).toBe(true);
  });

  it('a self-signed EC leaf without key usage', () => {
    expect(facts(leaf({ issuer: 'self', key: ecKey(), keyUsage: 'none' })).selfSigned).toBe(true);
  });

  // Regression (formerly a bug in src/certs/certificate-facts.ts isSelfSigned): X509Certificate.checkIssued also applies
  // OpenSSL's issuer key-usage rule (keyCertSign), so the usual self-signed server certificate
  // (keyUsage digitalSignature + keyEncipherment, as forge and New-SelfSignedCertificate make it)
  // is reported as not self-signed.
  it('a self-signed leaf with keyUsage digitalSignature + keyEncipherment', () => {
    const certificate = leaf({ issuer: 'self', keyUsage: { digitalSignature: true, keyEncipherment: true } });
    expect(new X509Certificate(certificate.der).verify(certificate.key.publicKey)).toBe(true);
    expect(facts(certificate).selfSigned).toBe(true);
  });

  it('subject = issuer name but signed by another key: not self-signed', () => {
    const certificate = makeCertificate({ now: NOW, commonName: pki.intermediate.commonName, issuer: pki.intermediate, keyUsage: 'none', keyIdentifiers: false });
    const described = facts(certificate);
    expect(described.subject).toBe(described.issuer);
    expect(described.selfSigned).toBe(false);
  });
});

describe('issued()', () => {
  // Node's a.checkIssued(b) reads "a was issued by b"; an early issued() had it backwards.
  it('root issued the intermediate', () => {
    expect(new X509Certificate(pki.intermediate.der).checkIssued(new X509Certificate(pki.root.der))).toBe(true);
    expect(issued(facts(pki.root), facts(pki.intermediate))).toBe(true);
  });

  it('the intermediate issued the leaf', () => {
    expect(issued(facts(pki.intermediate), facts(pki.leaf))).toBe(true);
  });

  it('the intermediate issued an EC leaf', () => {
    expect(issued(facts(pki.intermediate), facts(leaf({ key: ecKey() })))).toBe(true);
  });

  it('the root did not issue the leaf (wrong issuer)', () => {
    expect(issued(facts(pki.root), facts(pki.leaf))).toBe(false);
  });

  it('the leaf did not issue the intermediate (reversed)', () => {
    expect(issued(facts(pki.leaf), facts(pki.intermediate))).toBe(false);
  });

  it('a bad signature: names and key identifiers match, the signature does not', () => {
    const tampered = new X509Certificate(withBadSignature(pki.leaf));
    const intermediate = new X509Certificate(pki.intermediate.der);
    expect(tampered.checkIssued(intermediate)).toBe(true);
    expect(tampered.verify(intermediate.publicKey)).toBe(false);
    expect(issued(facts(pki.intermediate), facts(withBadSignature(pki.leaf)))).toBe(false);
  });

  it('a CA with the same name but another key did not issue the leaf', () => {
    const impostor = makeCertificate({ now: NOW, isCa: true, commonName: pki.intermediate.commonName, key: rsaKey(2048, 3), issuer: 'self', keyIdentifiers: false });
    const subject = makeCertificate({ now: NOW, issuer: pki.intermediate, keyIdentifiers: false });
    expect(new X509Certificate(subject.der).checkIssued(new X509Certificate(impostor.der))).toBe(true);
    expect(issued(facts(impostor), facts(subject))).toBe(false);
  });
});
