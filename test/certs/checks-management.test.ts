/**
 * The classic model's Azure management certificate (cmg-reference.md step 3): an RSA key of at
 * least 2048 bits, given with its private key; self-signed is allowed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkManagementCertificate } from '../../src/certs/checks/management.ts';
import type { Problem } from '../../src/model/findings.ts';
import { cheapPfx, evidenceOf, opensslThumbprint } from '../support/certificate-scenarios.ts';
import {
  badFiles,
  daysFrom,
  ecKey,
  makeCertificate,
  NOW,
  opensslPfx,
  prepareKeys,
  rsaKey,
  type CertOptions,
  type TestCertificate,
} from '../support/certificates.ts';
import type { Code } from '../../src/model/codes.ts';

beforeAll(async () => {
  await prepareKeys([
    { type: 'rsa', bits: 2048, slot: 0 },
    { type: 'rsa', bits: 1024, slot: 0 },
    { type: 'ec', slot: 0 },
  ]);
});

/** A self-signed management certificate, as New-SelfSignedCertificate or makecert writes it (no key usage, clientAuth). */
function managementCertificate(options: Omit<CertOptions, 'now'> = {}): TestCertificate {
  return makeCertificate({ now: NOW, commonName: 'Contoso CMG Azure Management', key: rsaKey(2048, 0), issuer: 'self', ekus: ['clientAuth'], keyUsage: 'none', dnsNames: null, ...options });
}

function check(bytes: Uint8Array) {
  const evidence = evidenceOf(bytes);
  return checkManagementCertificate(evidence.file, evidence.certificates, NOW);
}

const e = (code: Code, params?: Problem['params']): Problem => (params ? { severity: 'error', code, params } : { severity: 'error', code });
const upload = (certificate: TestCertificate): Problem => ({ severity: 'info', code: 'CERT_MANAGEMENT_UPLOAD', params: { thumbprint: opensslThumbprint(certificate) } });

describe('the management certificate', () => {
  it('CERT_MANAGEMENT_UPLOAD: a good self-signed RSA-2048 .pfx, with its thumbprint as OpenSSL computes it', () => {
    const certificate = managementCertificate();
    const result = check(cheapPfx(certificate, []));
    expect(result.problems).toStrictEqual([upload(certificate)]);
    expect(result.leaf?.subject).toBe('CN=Contoso CMG Azure Management');
  });

  it('CERT_NEEDS_PFX: the .cer alone', () => {
    expect(check(badFiles.derCer(managementCertificate())).problems).toStrictEqual([e('CERT_NEEDS_PFX', { format: 'der' })]);
  });

  it('CERT_NO_PRIVATE_KEY', () => {
    const certificate = managementCertificate();
    expect(check(cheapPfx(certificate, [], { key: null })).problems).toStrictEqual([e('CERT_NO_PRIVATE_KEY'), upload(certificate)]);
  });

  it('CERT_KEY_MISMATCH', () => {
    const certificate = managementCertificate();
    expect(check(cheapPfx(certificate, [], { key: rsaKey(1024) })).problems).toStrictEqual([e('CERT_KEY_MISMATCH'), upload(certificate)]);
  });

  it('CERT_KEY_NOT_RSA: EC P-256', () => {
    const certificate = managementCertificate({ key: ecKey() });
    const pfx = opensslPfx({ certificate, iterations: 1, macIterationsOne: true });
    expect(check(pfx).problems).toStrictEqual([e('CERT_KEY_NOT_RSA', { keyType: 'ec prime256v1' }), upload(certificate)]);
  });

  it('CERT_WEAK_KEY: RSA 1024', () => {
    const certificate = managementCertificate({ key: rsaKey(1024) });
    expect(check(cheapPfx(certificate, [])).problems).toStrictEqual([e('CERT_WEAK_KEY', { bits: 1024, minimum: 2048 }), upload(certificate)]);
  });

  it('CERT_EXPIRED', () => {
    const certificate = managementCertificate({ notBefore: daysFrom(NOW, -730), notAfter: daysFrom(NOW, -1) });
    expect(check(cheapPfx(certificate, [])).problems).toStrictEqual([
      e('CERT_EXPIRED', { subject: 'CN=Contoso CMG Azure Management', notAfter: '2026-02-28T00:00:00.000Z' }),
      upload(certificate),
    ]);
  });

  it('CERT_EXPIRES_SOON', () => {
    const certificate = managementCertificate({ notAfter: daysFrom(NOW, 29) });
    expect(check(cheapPfx(certificate, [])).problems).toStrictEqual([
      { severity: 'warning', code: 'CERT_EXPIRES_SOON', params: { subject: 'CN=Contoso CMG Azure Management', notAfter: '2026-03-30', days: 29 } },
      upload(certificate),
    ]);
  });

  it('CERT_PFX_NO_MAC is passed on', () => {
    const certificate = managementCertificate();
    const pfx = opensslPfx({ certificate, variant: 'noMac', iterations: 1 });
    expect(check(pfx).problems).toStrictEqual([{ severity: 'warning', code: 'CERT_PFX_NO_MAC' }, upload(certificate)]);
  });

  it('an AES-encrypted PFX is fine here (ConfigMgr reads it, not Cloud Services)', () => {
    const certificate = managementCertificate();
    const pfx = opensslPfx({ certificate, iterations: 1, macIterationsOne: true });
    expect(check(pfx).problems).toStrictEqual([upload(certificate)]);
  });
});
