import { createHash, X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCertificateFile, MAX_FILE_BYTES, MAX_ITERATIONS, type DecodedFile, type DecodeOutcome } from '../../src/certs/decode.ts';
import { children, DerError, parseDer, toDer } from '../../src/certs/der.ts';
import { describePfx } from '../../src/certs/pfx-layout.ts';
import {
  badFiles,
  derToPem,
  ecKey,
  forgePfx,
  hierarchy,
  HIERARCHY_KEYS,
  prepareKeys,
  keyInsideEncryptedContentsPfx,
  makeLeaf,
  NON_ASCII_PASSWORD,
  NOW,
  opensslPfx,
  opensslSha1,
  opensslTextPem,
  opensslTrustedPem,
  PASSWORD,
  patchPfxIterations,
  pkcs8KeyBagPfx,
  privateKeyFromPkcs8,
  rsaKey,
  twoKeyPfx,
  watchKeyDerivations,
  type Hierarchy,
  type OpensslPfxVariant,
  type TestCertificate,
} from '../support/certificates.ts';
import type { Code } from '../../src/model/codes.ts';

let pki: Hierarchy;
const thumbprints = new Map<TestCertificate, string>();

beforeAll(async () => {
  await prepareKeys([...HIERARCHY_KEYS, { type: 'ec', slot: 0 }]);
  pki = hierarchy(NOW);
  // Key generation and openssl runs: generous for a loaded CI box.
}, 60_000);

/** What `openssl x509 -fingerprint -sha1` says about the original certificate (memoised). */
function opensslThumbprint(certificate: TestCertificate): string {
  let thumbprint = thumbprints.get(certificate);
  if (!thumbprint) {
    thumbprint = opensslSha1(certificate.der);
    thumbprints.set(certificate, thumbprint);
  }
  return thumbprint;
}

const sha1 = (bytes: Uint8Array): string => createHash('sha1').update(bytes).digest('hex').toUpperCase();

function expectDecoded(outcome: DecodeOutcome): DecodedFile {
  if (!outcome.ok) expect.fail(`expected a decoded file, got ${JSON.stringify(outcome)}`);
  return outcome.file;
}

/** The decoded certificates are the originals, byte for byte (SHA-1 as OpenSSL computes it). */
function expectCertificates(file: DecodedFile, expected: TestCertificate[]): void {
  expect(file.certificates.map(sha1)).toEqual(expected.map(opensslThumbprint));
  expect(file.certificates.map((der) => Buffer.from(der).toString('base64'))).toEqual(expected.map((certificate) => certificate.der.toString('base64')));
}

const matches = (certificate: Uint8Array, key: Uint8Array): boolean => new X509Certificate(certificate).checkPrivateKey(privateKeyFromPkcs8(key));

const problem = (code: Code, params?: Record<string, string | number>): DecodeOutcome =>
  params ? { ok: false, problem: { severity: 'error', code, params } } : { ok: false, problem: { severity: 'error', code } };

const NO_MAC_NOTE = [{ severity: 'warning', code: 'CERT_PFX_NO_MAC' }];

describe('PFX written by openssl pkcs12 -export', () => {
  const readable: Array<[OpensslPfxVariant, boolean]> = [
    ['modern', true],
    ['legacy', true],
    ['tripleDes', true],
    ['noMac', false],
    ['certsUnencrypted', true],
    ['keyUnencrypted', true],
    ['aes128Sha512', true],
  ];

  // One iteration everywhere keeps forge's pure-JS KDF cheap; the layouts with OpenSSL's default
  // counts are in pfx-layout.test.ts, and two full-cost files are decoded below.
  const cheap = { iterations: 1, macIterationsOne: true } as const;

  it.each(readable)('%s: leaf + chain come back byte-exact with the key', (variant, hasMac) => {
    const file = opensslPfx({ certificate: pki.leaf, chain: [pki.intermediate, pki.root], variant, ...cheap });
    const outcome = decodeCertificateFile(file, PASSWORD);
    const decoded = expectDecoded(outcome);
    expect(decoded.format).toBe('pfx');
    expectCertificates(decoded, [pki.leaf, pki.intermediate, pki.root]);
    expect(decoded.privateKeys).toHaveLength(1);
    expect(matches(decoded.certificates[0]!, decoded.privateKeys[0]!)).toBe(true);
    expect(decoded.notes).toEqual(hasMac ? [] : NO_MAC_NOTE);
    expect(decoded.pfx).toEqual(describePfx(parseDer(file)));
  });

  it.each(['modern', 'legacy'] as const)('%s with the default 2048 iterations of OpenSSL', (variant) => {
    const decoded = expectDecoded(decodeCertificateFile(opensslPfx({ certificate: pki.leaf, chain: [pki.intermediate], variant }), PASSWORD));
    expectCertificates(decoded, [pki.leaf, pki.intermediate]);
    expect(decoded.pfx?.mac?.iterations).toBe(2048);
    expect(matches(decoded.certificates[0]!, decoded.privateKeys[0]!)).toBe(true);
  });

  // Windows writes its key usage there too ("Key Attributes" in `openssl pkcs12 -info`).
  it('-keyex: the key as the file holds it, its PKCS#8 attributes kept, read by Node and matching', () => {
    const decoded = expectDecoded(decodeCertificateFile(opensslPfx({ certificate: pki.leaf, extraArgs: ['-keyex'], ...cheap }), PASSWORD));
    expectCertificates(decoded, [pki.leaf]);
    expect(decoded.privateKeys).toHaveLength(1);
    const key = decoded.privateKeys[0]!;
    // version, algorithm and key as written from the leaf's key, then the [0] attributes.
    const fields = children(parseDer(key));
    expect(fields.slice(0, 3).map(toDer).map((der) => Buffer.from(der).toString('base64'))).toEqual(children(parseDer(pki.leaf.key.pkcs8Der)).map(toDer).map((der) => Buffer.from(der).toString('base64')));
    expect(fields.map((field) => [field.tagClass, field.type])).toEqual([
      [0, 2],
      [0, 16],
      [0, 4],
      [0x80, 0],
    ]);
    expect(matches(decoded.certificates[0]!, key)).toBe(true);
  });

  it.each(readable)('%s: a wrong password is CERT_BAD_PASSWORD', (variant) => {
    const file = opensslPfx({ certificate: pki.leaf, variant, ...cheap });
    expect(decodeCertificateFile(file, 'not-the-password')).toEqual(problem('CERT_BAD_PASSWORD'));
  });

  it.each(readable)('%s: without a password the layout comes back and nothing is derived', (variant) => {
    const file = opensslPfx({ certificate: pki.leaf, variant, ...cheap });
    const watch = watchKeyDerivations(0);
    try {
      expect(decodeCertificateFile(file)).toEqual({ ok: false, needsPassword: true, pfx: describePfx(parseDer(file)) });
      expect(watch.counts).toEqual([]);
    } finally {
      watch.restore();
    }
  });

  it.each([
    ['rc4', 'RC4-128'],
    ['rc2_128', 'RC2-128'],
  ] as const)('%s is refused by name before the password matters', (variant, algorithm) => {
    const file = opensslPfx({ certificate: pki.leaf, variant });
    for (const password of [PASSWORD, 'wrong', undefined]) {
      expect(decodeCertificateFile(file, password)).toEqual(problem('CERT_PFX_UNSUPPORTED', { algorithm }));
    }
  });

  it('an empty password (-passout pass:) opens with "" and is wrong for anything else', () => {
    const file = opensslPfx({ certificate: pki.leaf, password: '', ...cheap });
    const decoded = expectDecoded(decodeCertificateFile(file, ''));
    expectCertificates(decoded, [pki.leaf]);
    expect(decoded.privateKeys).toHaveLength(1);
    expect(decodeCertificateFile(file, ' ')).toEqual(problem('CERT_BAD_PASSWORD'));
    expect(decodeCertificateFile(file)).toMatchObject({ ok: false, needsPassword: true });
  });

  it.each(['modern', 'tripleDes'] as const)('%s with the non-ASCII password %j opens (UTF-8 for PBES2, BMP for the MAC)', (variant) => {
    const file = opensslPfx({ certificate: pki.leaf, chain: [pki.intermediate], variant, password: NON_ASCII_PASSWORD, ...cheap });
    const decoded = expectDecoded(decodeCertificateFile(file, NON_ASCII_PASSWORD));
    expectCertificates(decoded, [pki.leaf, pki.intermediate]);
    expect(matches(decoded.certificates[0]!, decoded.privateKeys[0]!)).toBe(true);
    // Near misses: without the accents, and the Latin-1 reading of the UTF-8 bytes.
    expect(decodeCertificateFile(file, 'Passwörd€')).toEqual(problem('CERT_BAD_PASSWORD'));
    expect(decodeCertificateFile(file, Buffer.from(NON_ASCII_PASSWORD, 'utf8').toString('latin1'))).toEqual(problem('CERT_BAD_PASSWORD'));
  });

  // Regression (formerly a bug in src/certs/decode.ts openPfx, `if (!hasMac) return error('CERT_BAD_PASSWORD')`): without a
  // MAC the UTF-8 retry never runs, so the right non-ASCII password of an AES file is "wrong".
  it('-nomac AES with the right non-ASCII password opens', () => {
    const file = opensslPfx({ certificate: pki.leaf, variant: 'noMac', password: NON_ASCII_PASSWORD, ...cheap });
    const decoded = expectDecoded(decodeCertificateFile(file, NON_ASCII_PASSWORD));
    expectCertificates(decoded, [pki.leaf]);
  });

  it('-nokeys gives the certificate and no key', () => {
    const decoded = expectDecoded(decodeCertificateFile(opensslPfx({ certificate: pki.leaf, key: null, chain: [pki.intermediate], ...cheap }), PASSWORD));
    expectCertificates(decoded, [pki.leaf, pki.intermediate]);
    expect(decoded.privateKeys).toEqual([]);
    expect(decoded.pfx?.keys).toEqual([]);
  });

  it('an EC P-256 PFX gives the certificate (forge cannot parse it) and the PKCS#8 EC key', () => {
    const ecLeaf = makeLeaf({ now: NOW, key: ecKey(), commonName: 'ec.contoso.com' });
    const decoded = expectDecoded(decodeCertificateFile(opensslPfx({ certificate: ecLeaf, chain: [pki.intermediate], ...cheap }), PASSWORD));
    expectCertificates(decoded, [ecLeaf, pki.intermediate]);
    expect(decoded.privateKeys).toHaveLength(1);
    const key = privateKeyFromPkcs8(decoded.privateKeys[0]!);
    expect(key.asymmetricKeyType).toBe('ec');
    expect(key.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(matches(decoded.certificates[0]!, decoded.privateKeys[0]!)).toBe(true);
  });
});

describe('PFX written or assembled by node-forge', () => {
  it.each([undefined, 'aes256', '3des'] as const)('algorithm %s: certificates byte-exact, key matches', (algorithm) => {
    const decoded = expectDecoded(decodeCertificateFile(forgePfx({ key: pki.leaf.key, certificates: [pki.leaf, pki.intermediate], algorithm, count: algorithm === undefined ? undefined : 1 }), PASSWORD));
    expect(decoded.format).toBe('pfx');
    expectCertificates(decoded, [pki.leaf, pki.intermediate]);
    expect(decoded.privateKeys).toHaveLength(1);
    expect(Buffer.from(decoded.privateKeys[0]!).equals(pki.leaf.key.pkcs8Der)).toBe(true);
    expect(decoded.notes).toEqual([]);
  });

  it('without the chain: one certificate', () => {
    const decoded = expectDecoded(decodeCertificateFile(forgePfx({ key: pki.leaf.key, certificates: [pki.leaf], count: 1 }), PASSWORD));
    expectCertificates(decoded, [pki.leaf]);
    expect(decoded.privateKeys).toHaveLength(1);
  });

  it('without a MAC: decoded, with the CERT_PFX_NO_MAC warning', () => {
    const decoded = expectDecoded(decodeCertificateFile(forgePfx({ key: pki.leaf.key, certificates: [pki.leaf], useMac: false, count: 1 }), PASSWORD));
    expectCertificates(decoded, [pki.leaf]);
    expect(decoded.pfx?.mac).toBeNull();
    expect(decoded.notes).toEqual(NO_MAC_NOTE);
  });

  it('without a MAC and a wrong password: CERT_BAD_PASSWORD (the key bag does not decrypt)', () => {
    expect(decodeCertificateFile(forgePfx({ key: pki.leaf.key, certificates: [pki.leaf], useMac: false, count: 1 }), 'wrong')).toEqual(problem('CERT_BAD_PASSWORD'));
  });

  it('a key without any certificate: CERT_NO_CERTIFICATE', () => {
    expect(decodeCertificateFile(forgePfx({ key: pki.leaf.key, certificates: [], count: 1 }), PASSWORD)).toEqual(problem('CERT_NO_CERTIFICATE', { format: 'pfx' }));
  });

  it('certificates without a key', () => {
    const decoded = expectDecoded(decodeCertificateFile(forgePfx({ key: null, certificates: [pki.leaf], count: 1 }), PASSWORD));
    expectCertificates(decoded, [pki.leaf]);
    expect(decoded.privateKeys).toEqual([]);
  });

  it('a mismatched key (keyA with certB) is decoded as is: judging it is the caller\'s job', () => {
    const other = rsaKey(2048, 3);
    const decoded = expectDecoded(decodeCertificateFile(forgePfx({ key: other, certificates: [pki.leaf], count: 1 }), PASSWORD));
    expectCertificates(decoded, [pki.leaf]);
    expect(decoded.privateKeys).toHaveLength(1);
    expect(Buffer.from(decoded.privateKeys[0]!).equals(other.pkcs8Der)).toBe(true);
    expect(matches(decoded.certificates[0]!, decoded.privateKeys[0]!)).toBe(false);
  });

  it('two unrelated keys: both come back, in file order', () => {
    const other = rsaKey(2048, 3);
    const file = twoKeyPfx({ certificate: pki.leaf, keys: [pki.leaf.key, other] });
    const decoded = expectDecoded(decodeCertificateFile(file, PASSWORD));
    expectCertificates(decoded, [pki.leaf]);
    expect(decoded.privateKeys.map((key) => Buffer.from(key).toString('base64'))).toEqual([pki.leaf.key.pkcs8Der.toString('base64'), other.pkcs8Der.toString('base64')]);
    expect(decoded.pfx?.keys).toHaveLength(2);
    expect(decodeCertificateFile(file, 'wrong')).toEqual(problem('CERT_BAD_PASSWORD'));
  });

  it('a key bag written by openssl pkcs8 (PBES2, HMAC-SHA512) in plain Data', () => {
    const decoded = expectDecoded(decodeCertificateFile(pkcs8KeyBagPfx({ certificate: pki.leaf, key: pki.leaf.key, placement: 'data', prf: 'hmacWithSHA512' }), PASSWORD));
    expectCertificates(decoded, [pki.leaf]);
    expect(decoded.pfx?.keys).toEqual([{ scheme: 'pbes2', cipher: 'AES-256-CBC', prf: 'HMAC-SHA512', iterations: 1, supported: true }]);
    expect(matches(decoded.certificates[0]!, decoded.privateKeys[0]!)).toBe(true);
  });

  it('a scrypt key bag is refused by name', () => {
    const file = pkcs8KeyBagPfx({ certificate: pki.leaf, key: pki.leaf.key, placement: 'data', pkcs8Args: ['-scrypt', '-scrypt_N', '1024', '-scrypt_r', '8', '-scrypt_p', '1'] });
    expect(decodeCertificateFile(file, PASSWORD)).toEqual(problem('CERT_PFX_UNSUPPORTED', { algorithm: 'scrypt key derivation' }));
  });

  // Regression (formerly a bug in src/certs/pfx-layout.ts algorithmOf + unsupportedAlgorithm): an unknown PBKDF2 PRF marks
  // the entry unsupported, but only `cipher` is reported, so the admin reads "protected by
  // AES-256-CBC, which cmg-setup cannot open" although AES-256-CBC is fine and the PRF is not.
  it('a PBKDF2 PRF forge lacks (hmacWithSHA512-256) is named in CERT_PFX_UNSUPPORTED', () => {
    const outcome = decodeCertificateFile(pkcs8KeyBagPfx({ certificate: pki.leaf, key: pki.leaf.key, placement: 'data', prf: 'hmacWithSHA512-256' }), PASSWORD);
    expect(outcome).toMatchObject({ ok: false, problem: { severity: 'error', code: 'CERT_PFX_UNSUPPORTED' } });
    expect(outcome).toMatchObject({ problem: { params: { algorithm: expect.stringMatching(/1\.2\.840\.113549\.2\.13|SHA512-256/) } } });
  });

  it('a key bag inside the encrypted SafeContents is found after decryption', () => {
    const file = keyInsideEncryptedContentsPfx({ certificate: pki.leaf, key: pki.leaf.key, keyIterations: 1 });
    const decoded = expectDecoded(decodeCertificateFile(file, PASSWORD));
    expectCertificates(decoded, [pki.leaf]);
    expect(decoded.privateKeys).toHaveLength(1);
    expect(matches(decoded.certificates[0]!, decoded.privateKeys[0]!)).toBe(true);
  });
});

describe('certificate files (.cer / .pem)', () => {
  it('a DER .cer: format der, the bytes themselves, no key; the password is ignored', () => {
    for (const password of [undefined, 'ignored']) {
      const decoded = expectDecoded(decodeCertificateFile(badFiles.derCer(pki.leaf), password));
      expect(decoded).toEqual({ format: 'der', certificates: [expect.any(Uint8Array)], privateKeys: [], notes: [] });
      expectCertificates(decoded, [pki.leaf]);
    }
  });

  it('a PEM .cer: format pem', () => {
    const decoded = expectDecoded(decodeCertificateFile(badFiles.pemCer(pki.leaf)));
    expect(decoded.format).toBe('pem');
    expectCertificates(decoded, [pki.leaf]);
    expect(decoded.privateKeys).toEqual([]);
  });

  it('a PEM with CRLF line ends and text around the block', () => {
    const text = `Issued to: cmg.contoso.com\r\n${pki.leaf.pem.replaceAll('\n', '\r\n')}\r\ntrailing notes\r\n`;
    expectCertificates(expectDecoded(decodeCertificateFile(Buffer.from(text))), [pki.leaf]);
  });

  it('a PEM bundle of two certificates keeps file order', () => {
    const decoded = expectDecoded(decodeCertificateFile(badFiles.pemBundle([pki.intermediate, pki.leaf])));
    expectCertificates(decoded, [pki.intermediate, pki.leaf]);
  });

  it('a PEM with a certificate and its private key reports the key (a .cer must not carry one)', () => {
    const decoded = expectDecoded(decodeCertificateFile(badFiles.pemCertificateAndKey(pki.leaf)));
    expectCertificates(decoded, [pki.leaf]);
    expect(decoded.privateKeys.map((key) => Buffer.from(key).toString('base64'))).toEqual([pki.leaf.key.pkcs8Der.toString('base64')]);
  });

  // Regression (formerly a bug in src/certs/decode.ts decodePem, same root cause as the TRUSTED CERTIFICATE case below):
  // X509Certificate reads a DER certificate followed by extra bytes, and the block body is kept
  // as is, so the "certificate" is not the certificate (wrong thumbprint; describeCertificate
  // throws DerError). `new X509Certificate(body).raw` is the exact DER.
  it('a CERTIFICATE block with bytes after the certificate: the exact DER or CERT_UNREADABLE', () => {
    const body = Buffer.concat([pki.leaf.der, Buffer.from([0x00, 0x00])]);
    const outcome = decodeCertificateFile(Buffer.from(derToPem(body)));
    if (outcome.ok) expectCertificates(outcome.file, [pki.leaf]);
    else expect(outcome).toEqual(problem('CERT_UNREADABLE', { reason: 'pem-certificate' }));
  });

  it('a PEM private key alone: CERT_NO_CERTIFICATE', () => {
    expect(decodeCertificateFile(badFiles.pemPrivateKeyOnly(pki.leaf.key))).toEqual(problem('CERT_NO_CERTIFICATE', { format: 'pem' }));
  });

  it('a PEM CERTIFICATE block that is not a certificate: CERT_UNREADABLE pem-certificate', () => {
    const notACertificate = Buffer.from(pki.leaf.key.pkcs8Pem.replaceAll('PRIVATE KEY', 'CERTIFICATE'));
    expect(decodeCertificateFile(notACertificate)).toEqual(problem('CERT_UNREADABLE', { reason: 'pem-certificate' }));
  });

  it('`openssl x509 -text` output (a short dump before the PEM) is read', () => {
    const file = opensslTextPem(pki.leaf);
    expect(file.indexOf('-----BEGIN')).toBeLessThan(4096);
    expectCertificates(expectDecoded(decodeCertificateFile(file)), [pki.leaf]);
  });

  // Regression (formerly a bug in src/certs/decode.ts isPemText): only the first 4096 bytes are searched for
  // "-----BEGIN", so a text dump longer than that (many SANs, 4096-bit keys) is "not a certificate".
  it('`openssl x509 -text` output with a dump over 4 KiB is read', () => {
    const manyNames = makeLeaf({ now: NOW, dnsNames: Array.from({ length: 60 }, (_, index) => `host${index}.contoso.com`) });
    const file = opensslTextPem(manyNames);
    expect(file.indexOf('-----BEGIN')).toBeGreaterThan(4096);
    expectCertificates(expectDecoded(decodeCertificateFile(file)), [manyNames]);
  });

  // Regression (formerly a bug in src/certs/decode.ts decodePem): a TRUSTED CERTIFICATE block is the certificate followed by
  // OpenSSL's trust settings; the whole body is returned as "the certificate", so its SHA-1 is not
  // the thumbprint and describeCertificate() throws DerError on the trailing bytes.
  it('`openssl x509 -trustout` (BEGIN TRUSTED CERTIFICATE) gives the certificate DER alone', () => {
    const decoded = expectDecoded(decodeCertificateFile(opensslTrustedPem(pki.leaf)));
    expectCertificates(decoded, [pki.leaf]);
  });
});

describe('bad bytes', () => {
  it('empty: CERT_FILE_EMPTY', () => {
    expect(decodeCertificateFile(badFiles.empty(), PASSWORD)).toEqual(problem('CERT_FILE_EMPTY'));
  });

  it.each([
    ['openssl modern', () => opensslPfx({ certificate: pki.leaf })],
    ['openssl legacy', () => opensslPfx({ certificate: pki.leaf, variant: 'legacy' })],
    ['DER certificate', () => pki.leaf.der],
  ])('%s cut in half: CERT_TRUNCATED', (_name, make) => {
    expect(decodeCertificateFile(badFiles.truncated(make()), PASSWORD)).toEqual(problem('CERT_TRUNCATED'));
  });

  it('random bytes: CERT_UNREADABLE format', () => {
    const bytes = badFiles.random(2048, 'decode.test');
    expect(bytes[0]).not.toBe(0x30);
    expect(decodeCertificateFile(bytes, PASSWORD)).toEqual(problem('CERT_UNREADABLE', { reason: 'format' }));
  });

  it('a DER certificate with a trailing byte: CERT_UNREADABLE format (DER only)', () => {
    expect(decodeCertificateFile(Buffer.concat([pki.leaf.der, Buffer.from([0x0a])]))).toEqual(problem('CERT_UNREADABLE', { reason: 'format' }));
  });

  it('a DER SEQUENCE that is neither a PFX nor a certificate: CERT_UNREADABLE format', () => {
    expect(decodeCertificateFile(pki.leaf.key.pkcs8Der, PASSWORD)).toEqual(problem('CERT_UNREADABLE', { reason: 'format' }));
  });

  it(`over ${MAX_FILE_BYTES} bytes: CERT_FILE_TOO_LARGE, before any parsing`, () => {
    const file = badFiles.oversized();
    expect(decodeCertificateFile(file, PASSWORD)).toEqual(problem('CERT_FILE_TOO_LARGE', { size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES }));
    // Exactly the limit is parsed (a SEQUENCE claiming 4 MB: truncated).
    expect(decodeCertificateFile(file.subarray(0, MAX_FILE_BYTES), PASSWORD)).toEqual(problem('CERT_TRUNCATED'));
  });
});

describe('resource limits', () => {
  const base = (): Buffer => forgePfx({ key: pki.leaf.key, certificates: [pki.leaf] });

  /** Runs `work` with forge's key derivations watched; none may start. */
  function withoutDerivations(work: () => void): void {
    const watch = watchKeyDerivations(0);
    try {
      work();
      expect(watch.counts).toEqual([]);
    } finally {
      watch.restore();
    }
  }

  it.each(['all', 'mac', 'keys'] as const)('a PFX declaring 2^31 iterations (%s) is refused by the pre-scan, with or without a password, before any key derivation', (where) => {
    const file = patchPfxIterations(base(), 2n ** 31n, where);
    withoutDerivations(() => {
      for (const password of [PASSWORD, undefined]) {
        expect(decodeCertificateFile(file, password)).toEqual(problem('CERT_PFX_ITERATIONS', { iterations: 2 ** 31, limit: MAX_ITERATIONS }));
      }
    });
  });

  it('2^31 iterations in an openssl -legacy key bag (PKCS#12 PBE) is refused', () => {
    const file = patchPfxIterations(opensslPfx({ certificate: pki.leaf, variant: 'legacy', iterations: 1 }), 2n ** 31n, 'keys');
    withoutDerivations(() => {
      expect(decodeCertificateFile(file, PASSWORD)).toEqual(problem('CERT_PFX_ITERATIONS', { iterations: 2 ** 31, limit: MAX_ITERATIONS }));
    });
  });

  it('an iteration count beyond 2^53 is reported as such', () => {
    expect(decodeCertificateFile(patchPfxIterations(base(), 2n ** 64n), PASSWORD)).toEqual(problem('CERT_PFX_ITERATIONS', { iterations: '> 2^53', limit: MAX_ITERATIONS }));
  });

  it(`the limit is inclusive: ${MAX_ITERATIONS} passes the pre-scan, one more does not`, () => {
    expect(decodeCertificateFile(patchPfxIterations(base(), MAX_ITERATIONS, 'mac'))).toMatchObject({ ok: false, needsPassword: true, pfx: { mac: { iterations: MAX_ITERATIONS } } });
    expect(decodeCertificateFile(patchPfxIterations(base(), MAX_ITERATIONS + 1, 'mac'))).toEqual(problem('CERT_PFX_ITERATIONS', { iterations: MAX_ITERATIONS + 1, limit: MAX_ITERATIONS }));
  });

  it('a negative iteration count is unreadable, not a huge loop', () => {
    const file = patchPfxIterations(base(), 1, 'mac');
    // MacData.iterations is the file's last field: INTEGER 1 → INTEGER -1.
    expect([...file.subarray(-3)]).toEqual([0x02, 0x01, 0x01]);
    file[file.length - 1] = 0xff;
    expect(decodeCertificateFile(file, PASSWORD)).toEqual(problem('CERT_UNREADABLE', { reason: 'pfx' }));
  });

  it('a DER nested 10,000 levels deep returns a problem instead of throwing', () => {
    const file = badFiles.deeplyNested(10_000);
    expect(() => parseDer(file)).toThrow(DerError);
    expect(decodeCertificateFile(file, PASSWORD)).toEqual(problem('CERT_UNREADABLE', { reason: 'format' }));
  });

  it('a 1 MiB PEM of BEGIN lines returns', () => {
    const file = Buffer.from('-----BEGIN CERTIFICATE-----\n'.repeat(Math.floor(MAX_FILE_BYTES / 28)));
    expect(decodeCertificateFile(file)).toEqual(problem('CERT_UNREADABLE', { reason: 'pem' }));
  });

  it('the watch is honest: a derivation within the limit runs', () => {
    const watch = watchKeyDerivations(MAX_ITERATIONS);
    try {
      expectDecoded(decodeCertificateFile(keyInsideEncryptedContentsPfx({ certificate: pki.leaf, key: pki.leaf.key, keyIterations: 3 }), PASSWORD));
      expect(watch.counts).toContain(3);
      expect(watch.refused).toEqual([]);
    } finally {
      watch.restore();
    }
  });

  // The pre-scan cannot see a shrouded key bag inside encrypted SafeContents; the derivation guard
  // (src/certs/derivation-guard.ts) refuses it when forge starts that derivation. Without the guard
  // this file decodes to { ok: true } after ~1 s of pure-JS PBKDF2 (2^31 would hang).
  it('a key bag inside encrypted contents declaring more than the limit is refused at its derivation', () => {
    const file = keyInsideEncryptedContentsPfx({ certificate: pki.leaf, key: pki.leaf.key, keyIterations: MAX_ITERATIONS + 1 });
    const watch = watchKeyDerivations(Number.MAX_SAFE_INTEGER);
    try {
      const outcome = decodeCertificateFile(file, PASSWORD);
      expect(outcome).toEqual(problem('CERT_PFX_ITERATIONS', { iterations: MAX_ITERATIONS + 1, limit: MAX_ITERATIONS }));
      // Every derivation forge asked for was within the limit, except the one the guard refused.
      expect(watch.counts.filter((count) => count > MAX_ITERATIONS)).toEqual([MAX_ITERATIONS + 1]);
    } finally {
      watch.restore();
    }
  });
});
