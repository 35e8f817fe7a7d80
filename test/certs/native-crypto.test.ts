import { createPrivateKey, pbkdf2Sync, verify, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeCertificateFile, MAX_ITERATIONS } from '../../src/certs/decode.ts';
import { guardKeyDerivations, IterationLimitError, setNativeKeyDerivations, useNativeKeyDerivations } from '../../src/certs/derivation-guard.ts';
import { createLabPki } from '../../src/certs/lab.ts';
import { nativePbkdf2, nativePkcs12Kdf } from '../../src/certs/native-kdf.ts';
import { signCertificate, signCertificationRequest } from '../../src/certs/native-sign.ts';
import { createServerRequest } from '../../src/certs/request.ts';
import {
  forgePfx,
  hierarchy,
  HIERARCHY_KEYS,
  NON_ASCII_PASSWORD,
  NOW,
  OPENSSL_PFX_VARIANTS,
  opensslPfx,
  PASSWORD,
  pkcs8KeyBagPfx,
  prepareKeys,
  rsaKey,
  twoKeyPfx,
  type Hierarchy,
  type OpensslPfxVariant,
} from '../support/certificates.ts';
import { cheapPfx } from '../support/certificate-scenarios.ts';

// Issue 15: key derivation and signing moved from node-forge's pure JavaScript to Node's crypto.
// Every test here compares the native result with forge's own, byte for byte.

let pki: Hierarchy;

beforeAll(async () => {
  await prepareKeys(HIERARCHY_KEYS);
  pki = hierarchy(NOW);
});

afterEach(() => setNativeKeyDerivations(true));

/** The same call with forge's original pure-JS derivations behind the guard. */
function withForgeDerivations<T>(work: () => T): T {
  setNativeKeyDerivations(false);
  try {
    return work();
  } finally {
    setNativeKeyDerivations(true);
  }
}

const mustNotFallBack = (): never => {
  throw new Error('the native derivation handed this input to forge');
};

// forge's originals, reached through the guard with the native path switched off.
const forgePkcs12Kdf = (...args: Parameters<typeof forge.pkcs12.generateKey>): string =>
  withForgeDerivations(() => forge.pkcs12.generateKey(...args).getBytes());
const forgePbkdf2 = (p: string, s: string, c: number, dkLen: number, md: forge.md.MessageDigest): string =>
  withForgeDerivations(() => forge.pkcs5.pbkdf2(p, s, c, dkLen, md));

const DIGESTS = {
  md5: () => forge.md.md5.create(),
  sha1: () => forge.md.sha1.create(),
  sha256: () => forge.md.sha256.create(),
  sha384: () => forge.md.sha384.create(),
  sha512: () => forge.md.sha512.create(),
  'sha512/256': () => (forge.md as unknown as { sha512: { sha256: { create(): forge.md.MessageDigest } } }).sha512.sha256.create(),
} as const;

const bytes = (length: number, seed: number): string => Array.from({ length }, (_, index) => String.fromCharCode((index * 31 + seed * 17) & 0xff)).join('');

describe('the PKCS#12 KDF (RFC 7292 B.2) matches forge.pbe.generatePkcs12Key', () => {
  // Shorter and longer than the 64- and 128-byte blocks, empty, non-ASCII, and forge's "no password".
  const passwords: Array<string | null | undefined> = ['', 'a', PASSWORD, NON_ASCII_PASSWORD, "Lab'Pässwörd€ 1🔑", 'x'.repeat(70), 'y'.repeat(130), null, undefined];
  const salts = [bytes(0, 1), bytes(8, 2), bytes(20, 3), bytes(65, 4)];
  const lengths = [0, 8, 20, 24, 32, 64, 100];

  it.each(Object.keys(DIGESTS) as Array<keyof typeof DIGESTS>)('%s: every password, salt, id and length', (name) => {
    const native = nativePkcs12Kdf(mustNotFallBack);
    let cases = 0;
    passwords.forEach((password, passwordIndex) => {
      for (const id of [1, 2, 3]) {
        for (const [lengthIndex, length] of lengths.entries()) {
          const salt = salts[(passwordIndex + lengthIndex) % salts.length]!;
          const iterations = 1 + ((passwordIndex + id + lengthIndex) % 3);
          const expected = forgePkcs12Kdf(password as string, forge.util.createBuffer(salt), id, iterations, length, DIGESTS[name]());
          const actual = native(password, forge.util.createBuffer(salt), id, iterations, length, DIGESTS[name]()) as forge.util.ByteStringBuffer;
          expect(actual.getBytes(), `${JSON.stringify(password)} id ${id} n ${length} r ${iterations}`).toBe(expected);
          cases += 1;
        }
      }
    });
    expect(cases).toBe(passwords.length * 3 * lengths.length);
  });

  it.each([1, 2048, 10_000])('%i iterations, SHA-1 (the default digest) and SHA-256', (iterations) => {
    const native = nativePkcs12Kdf(mustNotFallBack);
    const salt = bytes(8, 9);
    for (const id of [1, 2, 3]) {
      expect((native(NON_ASCII_PASSWORD, forge.util.createBuffer(salt), id, iterations, 24) as forge.util.ByteStringBuffer).getBytes()).toBe(
        forgePkcs12Kdf(NON_ASCII_PASSWORD, forge.util.createBuffer(salt), id, iterations, 24),
      );
      expect((native(PASSWORD, forge.util.createBuffer(salt), id, iterations, 32, forge.md.sha256.create()) as forge.util.ByteStringBuffer).getBytes()).toBe(
        forgePkcs12Kdf(PASSWORD, forge.util.createBuffer(salt), id, iterations, 32, forge.md.sha256.create()),
      );
    }
  });

  it('reads the salt from the buffer without consuming it, as forge does', () => {
    const salt = forge.util.createBuffer(bytes(8, 5));
    const native = nativePkcs12Kdf(mustNotFallBack);
    const first = (native(PASSWORD, salt, 1, 1, 24) as forge.util.ByteStringBuffer).getBytes();
    expect(salt.length()).toBe(8);
    expect((native(PASSWORD, salt, 1, 1, 24) as forge.util.ByteStringBuffer).getBytes()).toBe(first);
  });

  it("hands forge what it does not compute itself: a count below 1, a non-integer count, a salt that is no buffer, an unknown digest", () => {
    const seen: unknown[][] = [];
    const native = nativePkcs12Kdf((...args) => (seen.push(args), 'forge'));
    const salt = forge.util.createBuffer('saltsalt');
    const odd = { algorithm: 'sha3', digestLength: 32, blockLength: 136 };
    expect(native(PASSWORD, salt, 1, 0, 24)).toBe('forge');
    expect(native(PASSWORD, salt, 1, 1.5, 24)).toBe('forge');
    expect(native(PASSWORD, 'saltsalt', 1, 1, 24)).toBe('forge');
    expect(native(PASSWORD, salt, 1, 1, 24, odd)).toBe('forge');
    expect(seen).toHaveLength(4);
    // forge's own answer to a zero count is its error, unchanged.
    expect(() => forge.pkcs12.generateKey(PASSWORD, salt, 1, 0, 24)).toThrow('PKCS#12 key derivation iteration count must be >= 1.');
  });
});

describe('PBKDF2 (RFC 8018 5.2) with a forge digest object matches forge.pkcs5.pbkdf2', () => {
  const passwords = ['', 'password', bytes(10, 6), forge.util.encodeUtf8(NON_ASCII_PASSWORD), Buffer.from('Pässwörd', 'latin1').toString('binary'), bytes(200, 7)];
  const digests = ['md5', 'sha1', 'sha256', 'sha384', 'sha512'] as const;

  it.each(digests)('%s: every password, salt, count and length', (name) => {
    const native = nativePbkdf2(mustNotFallBack);
    passwords.forEach((password, index) => {
      for (const [c, dkLen] of [[1, 16], [2, 32], [3, 100], [1, 0]] as const) {
        const salt = bytes(8 + index, c);
        expect(native(password, salt, c, dkLen, DIGESTS[name]()), `${index} ${c} ${dkLen}`).toBe(forgePbkdf2(password, salt, c, dkLen, DIGESTS[name]()));
      }
    });
  });

  it('2,048 iterations of HMAC-SHA256 (OpenSSL 3 PBES2), sync and with a callback', async () => {
    const native = nativePbkdf2(mustNotFallBack);
    const expected = forgePbkdf2(PASSWORD, 'saltsaltsaltsalt', 2048, 32, forge.md.sha256.create());
    expect(native(PASSWORD, 'saltsaltsaltsalt', 2048, 32, forge.md.sha256.create())).toBe(expected);
    const viaCallback = await new Promise((resolve, reject) => native(PASSWORD, 'saltsaltsaltsalt', 2048, 32, forge.md.sha256.create(), (error: unknown, key: unknown) => (error ? reject(error) : resolve(key))));
    expect(viaCallback).toBe(expected);
  });

  it('hands forge a password with a character above U+00FF, a count below 1, and a digest name (forge goes native itself)', () => {
    const seen: unknown[][] = [];
    const native = nativePbkdf2((...args) => (seen.push(args), 'forge'));
    expect(native(NON_ASCII_PASSWORD, 'salt', 1, 32, forge.md.sha256.create())).toBe('forge');
    expect(native(PASSWORD, 'salt', 0, 32, forge.md.sha256.create())).toBe('forge');
    expect(native(PASSWORD, 'salt', 1, 32, 'sha256')).toBe('forge');
    expect(native(PASSWORD, 'salt', 1, 32)).toBe('forge');
    expect(seen).toHaveLength(4);
  });
});

describe('the iteration limit still holds on the native path', () => {
  it(`${MAX_ITERATIONS + 1} iterations throw IterationLimitError from every guarded entry point, before anything is derived`, () => {
    const salt = forge.util.createBuffer('saltsalt');
    expect(() => forge.pkcs12.generateKey(PASSWORD, salt, 3, MAX_ITERATIONS + 1, 20)).toThrow(IterationLimitError);
    const { pbe } = forge as unknown as { pbe: { generatePkcs12Key: typeof forge.pkcs12.generateKey } };
    expect(() => pbe.generatePkcs12Key(PASSWORD, salt, 1, MAX_ITERATIONS + 1, 24)).toThrow(IterationLimitError);
    expect(() => forge.pkcs5.pbkdf2(PASSWORD, 'saltsalt', MAX_ITERATIONS + 1, 32, forge.md.sha256.create())).toThrow(IterationLimitError);
    expect(() => forge.pkcs5.pbkdf2(PASSWORD, 'saltsalt', 2 ** 31, 32, forge.md.sha256.create())).toThrow(IterationLimitError);
  });

  it(`${MAX_ITERATIONS} iterations are derived, natively, to the standard's bytes`, () => {
    const key = forge.pkcs5.pbkdf2(PASSWORD, 'saltsalt', MAX_ITERATIONS, 32, forge.md.sha256.create());
    expect(Buffer.from(key, 'binary')).toEqual(pbkdf2Sync(PASSWORD, 'saltsalt', MAX_ITERATIONS, 32, 'sha256'));
    const salt = bytes(8, 8);
    expect(forge.pkcs12.generateKey(PASSWORD, forge.util.createBuffer(salt), 3, MAX_ITERATIONS, 20).getBytes()).toBe(
      (nativePkcs12Kdf(mustNotFallBack)(PASSWORD, forge.util.createBuffer(salt), 3, MAX_ITERATIONS, 20) as forge.util.ByteStringBuffer).getBytes(),
    );
  });
});

describe('one guard, the smallest limit', () => {
  it('a larger limit asked later, or the lab installing the native derivations, leaves the limit where it is', () => {
    guardKeyDerivations(MAX_ITERATIONS * 10);
    useNativeKeyDerivations();
    expect(() => forge.pkcs12.generateKey(PASSWORD, forge.util.createBuffer('saltsalt'), 3, MAX_ITERATIONS + 1, 20)).toThrow(IterationLimitError);
  });
});

describe('every PFX fixture decodes to the same certificates and keys with native and with forge derivations', () => {
  const PASSWORDS = [PASSWORD, NON_ASCII_PASSWORD, ''];
  const fixtures: Array<[string, () => Buffer, string]> = [];
  for (const password of PASSWORDS) {
    const label = JSON.stringify(password);
    for (const variant of Object.keys(OPENSSL_PFX_VARIANTS) as OpensslPfxVariant[]) {
      fixtures.push([`openssl ${variant} ${label}`, () => opensslPfx({ certificate: pki.leaf, chain: [pki.intermediate, pki.root], variant, password }), password]);
    }
    for (const algorithm of ['aes128', 'aes192', 'aes256', '3des'] as const) {
      for (const useMac of [true, false]) {
        fixtures.push([`forge ${algorithm} ${useMac ? 'SHA-1 MAC' : 'no MAC'} ${label}`, () => forgePfx({ key: pki.leaf.key, certificates: [pki.leaf, pki.intermediate], password, algorithm, useMac }), password]);
      }
    }
    for (const prf of ['hmacWithSHA1', 'hmacWithSHA256', 'hmacWithSHA384', 'hmacWithSHA512']) {
      for (const placement of ['data', 'encrypted'] as const) {
        fixtures.push([`openssl pkcs8 ${prf} in ${placement} ${label}`, () => pkcs8KeyBagPfx({ certificate: pki.leaf, key: pki.leaf.key, password, placement, prf, keyIterations: 2048, outerIterations: 2048 }), password]);
      }
    }
    fixtures.push([`two keys ${label}`, () => twoKeyPfx({ certificate: pki.leaf, keys: [pki.leaf.key, rsaKey(2048, 3)], password, count: 2048 }), password]);
    fixtures.push([`openssl modern, MAC iteration count 1 ${label}`, () => opensslPfx({ certificate: pki.leaf, variant: 'modern', password, iterations: 1, macIterationsOne: true }), password]);
  }
  // The cheap fixtures the other certificate tests use (certificate-scenarios.ts cheapPfx): one iteration.
  for (const algorithm of ['3des', 'aes256'] as const) {
    fixtures.push([`cheap ${algorithm}`, () => cheapPfx(pki.leaf, [pki.intermediate, pki.root], { algorithm }), PASSWORD]);
  }
  fixtures.push(['openssl pkcs8 scrypt key bag', () => pkcs8KeyBagPfx({ certificate: pki.leaf, key: pki.leaf.key, placement: 'data', pkcs8Args: ['-scrypt', '-scrypt_N', '1024', '-scrypt_r', '8', '-scrypt_p', '1'] }), PASSWORD]);

  it.each(fixtures)('%s', (_name, make, password) => {
    const file = make();
    const native = decodeCertificateFile(file, password);
    expect(native).toEqual(withForgeDerivations(() => decodeCertificateFile(file, password)));
    const refused = /^openssl (rc4 |rc2_128 |pkcs8 scrypt)/.exec(_name);
    if (refused) {
      // forge has neither RC4, 128-bit RC2 nor scrypt: refused by name, before any derivation.
      expect(native).toMatchObject({ ok: false, problem: { code: 'CERT_PFX_UNSUPPORTED' } });
    } else if (/ in encrypted "Pässwörd€"$/.test(_name)) {
      // The fixture's outer PBES2 is forge's (Latin-1 view of the password) around OpenSSL's
      // UTF-8 key bag: no single password opens both, natively or not.
      expect(native).toEqual({ ok: false, problem: { severity: 'error', code: 'CERT_UNREADABLE', params: { reason: 'pfx' } } });
    } else {
      if (!native.ok) throw new Error(`did not open: ${JSON.stringify(native)}`);
      expect(native.file.certificates.map((der) => Buffer.from(der))).toContainEqual(pki.leaf.der);
      expect(native.file.privateKeys.map((der) => Buffer.from(der))).toContainEqual(pki.leaf.key.pkcs8Der);
    }
    // A wrong password: the same answer both ways too.
    expect(decodeCertificateFile(file, `${password}?`)).toEqual(withForgeDerivations(() => decodeCertificateFile(file, `${password}?`)));
  });

  it.each([PASSWORD, "Lab'Pässwörd€ 1🔑", ''])('the three lab .pfx of the classic model made with %j', async (password) => {
    const lab = await createLabPki({ serviceName: 'contosocmg.contoso.com', password, now: NOW, management: true });
    const pfxFiles = lab.files.filter((file) => file.name.endsWith('.pfx'));
    expect(pfxFiles).toHaveLength(3);
    for (const file of pfxFiles) {
      const native = decodeCertificateFile(file.content, password);
      expect(native).toMatchObject({ ok: true, file: { privateKeys: [expect.any(Uint8Array)], pfx: { mac: { digest: 'SHA-1', iterations: 2048 } } } });
      expect(native).toEqual(withForgeDerivations(() => decodeCertificateFile(file.content, password)));
    }
  });
});

describe('native signatures are forge signatures, byte for byte', () => {
  /** The same certificate every call: fixed serial, dates, names and extensions. */
  function unsignedCertificate(): forge.pki.Certificate {
    const cert = forge.pki.createCertificate();
    cert.serialNumber = '0badc0ffee';
    cert.publicKey = rsaKey(2048, 2).forgePublic!;
    cert.validity.notBefore = new Date('2026-01-01T00:00:00Z');
    cert.validity.notAfter = new Date('2027-01-01T00:00:00Z');
    cert.setSubject([{ name: 'commonName', value: 'cmg.contoso.com' }]);
    cert.setIssuer([{ name: 'commonName', value: 'Contoso Test Root CA' }]);
    cert.setExtensions([{ name: 'basicConstraints', cA: false }, { name: 'subjectAltName', altNames: [{ type: 2, value: 'cmg.contoso.com' }] }]);
    return cert;
  }

  const certificateDer = (cert: forge.pki.Certificate): Buffer => Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');

  it('a certificate (RSASSA-PKCS1-v1_5, SHA-256), which Node verifies', () => {
    const issuer = rsaKey(2048, 0);
    const byForge = unsignedCertificate();
    byForge.sign(issuer.forge!, forge.md.sha256.create());
    const byNode = unsignedCertificate();
    signCertificate(byNode, issuer.privateKey);
    expect(certificateDer(byNode)).toEqual(certificateDer(byForge));
    expect(new X509Certificate(certificateDer(byNode)).verify(issuer.publicKey)).toBe(true);
    // forge still verifies it too (its verify recomputes the digest it was not left).
    const forgeIssuer = forge.pki.createCertificate();
    forgeIssuer.publicKey = issuer.forgePublic!;
    forgeIssuer.setSubject([{ name: 'commonName', value: 'Contoso Test Root CA' }]);
    expect(forgeIssuer.verify(byNode)).toBe(true);
  });

  it('a certification request, which Node verifies', () => {
    const key = rsaKey(2048, 1);
    const make = (): forge.pki.CertificateSigningRequest => {
      const csr = forge.pki.createCertificationRequest();
      csr.publicKey = key.forgePublic!;
      csr.setSubject([{ name: 'commonName', value: '*.contoso.com', valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class }]);
      csr.setAttributes([{ name: 'extensionRequest', extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: '*.contoso.com' }] }] }]);
      return csr;
    };
    const byForge = make();
    byForge.sign(key.forge!, forge.md.sha256.create());
    const byNode = make();
    signCertificationRequest(byNode, key.privateKey);
    expect(forge.pki.certificationRequestToPem(byNode)).toBe(forge.pki.certificationRequestToPem(byForge));
    expect(byNode.verify()).toBe(true);
  });

  it('cert request: the CSR is signed by its own key', async () => {
    const { keyPem, csrPem } = await createServerRequest({ serviceName: 'cmg.contoso.com', keySize: 2048 });
    const csr = forge.pki.certificationRequestFromPem(csrPem) as forge.pki.CertificateSigningRequest & { certificationRequestInfo: forge.asn1.Asn1; signature: string };
    const info = Buffer.from(forge.asn1.toDer(csr.certificationRequestInfo).getBytes(), 'binary');
    expect(verify('sha256', info, createPrivateKey(keyPem), Buffer.from(csr.signature, 'binary'))).toBe(true);
  });

  it('cert lab --model classic: every certificate verifies against its issuer (the root, or itself for the root and the management certificate)', async () => {
    const lab = await createLabPki({ serviceName: 'contosocmg.contoso.com', password: PASSWORD, now: NOW, management: true });
    const root = new X509Certificate(lab.files.find((file) => file.role === 'client-root')!.content);
    expect(root.verify(root.publicKey)).toBe(true);
    for (const role of ['server', 'client', 'management'] as const) {
      const decoded = decodeCertificateFile(lab.files.find((file) => file.role === role)!.content, PASSWORD);
      if (!decoded.ok) throw new Error(`${role}: ${JSON.stringify(decoded)}`);
      const leaf = new X509Certificate(decoded.file.certificates[0]!);
      expect(leaf.verify(role === 'management' ? leaf.publicKey : root.publicKey), role).toBe(true);
      expect(leaf.checkPrivateKey(createPrivateKey({ key: Buffer.from(decoded.file.privateKeys[0]!), format: 'der', type: 'pkcs8' })), role).toBe(true);
    }
  });
});
