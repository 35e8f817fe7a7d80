import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCertificateFile, MAX_ITERATIONS } from '../../src/certs/decode.ts';
import { parseDer } from '../../src/certs/der.ts';
import {
  describePfx,
  describeProtection,
  looksLikePfx,
  maxIterations,
  PfxLayoutError,
  unsupportedAlgorithm,
  usesAes,
  type PfxLayout,
  type PfxProtection,
} from '../../src/certs/pfx-layout.ts';
import {
  forgePfx,
  hierarchy,
  HIERARCHY_KEYS,
  prepareKeys,
  keyInsideEncryptedContentsPfx,
  NOW,
  opensslPfx,
  PASSWORD,
  patchPfxIterations,
  pkcs8KeyBagPfx,
  runOpenssl,
  type Hierarchy,
  type OpensslPfxVariant,
} from '../support/certificates.ts';

let pki: Hierarchy;

beforeAll(async () => {
  await prepareKeys(HIERARCHY_KEYS);
  pki = hierarchy(NOW);
  // Key generation and openssl runs: generous for a loaded CI box.
}, 60_000);

const layoutOf = (file: Buffer): PfxLayout => describePfx(parseDer(file));

const pbes2 = (cipher: string, prf: string, iterations = 2048): PfxProtection => ({ scheme: 'pbes2', cipher, prf, iterations, supported: true });
const pbe = (cipher: string, iterations = 2048, supported = true): PfxProtection => ({ scheme: 'pkcs12-pbe', cipher, iterations, supported });
const AES256 = pbes2('AES-256-CBC', 'HMAC-SHA256');

const EXPECTED: Record<OpensslPfxVariant, PfxLayout> = {
  modern: { mac: { digest: 'SHA-256', iterations: 2048, supported: true }, encryptedContents: [AES256], keys: [AES256] },
  legacy: { mac: { digest: 'SHA-1', iterations: 2048, supported: true }, encryptedContents: [pbe('RC2-40')], keys: [pbe('3DES')] },
  tripleDes: { mac: { digest: 'SHA-1', iterations: 2048, supported: true }, encryptedContents: [pbe('3DES')], keys: [pbe('3DES')] },
  // OpenSSL 3.0 -nomac also leaves the certificates unencrypted (plain Data).
  noMac: { mac: null, encryptedContents: [], keys: [AES256] },
  certsUnencrypted: { mac: { digest: 'SHA-256', iterations: 2048, supported: true }, encryptedContents: [], keys: [AES256] },
  keyUnencrypted: { mac: { digest: 'SHA-256', iterations: 2048, supported: true }, encryptedContents: [AES256], keys: [{ scheme: 'none', cipher: 'none', iterations: 0, supported: true }] },
  aes128Sha512: { mac: { digest: 'SHA-512', iterations: 2048, supported: true }, encryptedContents: [pbes2('AES-128-CBC', 'HMAC-SHA256')], keys: [pbes2('AES-128-CBC', 'HMAC-SHA256')] },
  rc4: { mac: { digest: 'SHA-1', iterations: 2048, supported: true }, encryptedContents: [pbe('RC4-128', 2048, false)], keys: [pbe('RC4-128', 2048, false)] },
  rc2_128: { mac: { digest: 'SHA-1', iterations: 2048, supported: true }, encryptedContents: [pbe('RC2-128', 2048, false)], keys: [pbe('3DES')] },
};


const PBE_NAMES: Record<string, string> = {
  'pbeWithSHA1And40BitRC2-CBC': 'RC2-40',
  'pbeWithSHA1And128BitRC2-CBC': 'RC2-128',
  'pbeWithSHA1And3-KeyTripleDES-CBC': '3DES',
  pbeWithSHA1And128BitRC4: 'RC4-128',
};
const MAC_NAMES: Record<string, string> = { sha1: 'SHA-1', sha256: 'SHA-256', sha512: 'SHA-512' };

function protectionFromInfo(text: string, supported: (cipher: string) => boolean): PfxProtection {
  const modern = /^PBES2, PBKDF2, ([A-Z0-9-]+), Iteration (\d+), PRF hmacWith(SHA\d+)$/.exec(text);
  if (modern) return pbes2(modern[1]!, `HMAC-${modern[3]!}`, Number(modern[2]));
  const legacy = /^([\w-]+), Iteration (\d+)$/.exec(text);
  if (!legacy) throw new Error(`unexpected openssl -info line: ${text}`);
  const cipher = PBE_NAMES[legacy[1]!] ?? legacy[1]!;
  return pbe(cipher, Number(legacy[2]), supported(cipher));
}

/**
 * The same facts as `openssl pkcs12 -info -noout` prints them, translated to a PfxLayout: an
 * oracle that shares no code with describePfx.
 */
function layoutFromOpensslInfo(info: string): PfxLayout {
  const layout: PfxLayout = { mac: null, encryptedContents: [], keys: [] };
  const forgeCan = (cipher: string): boolean => cipher === '3DES' || cipher === 'RC2-40';
  for (const line of info.split('\n').map((entry) => entry.trim())) {
    const mac = /^MAC: (\w+), Iteration (\d+)$/.exec(line);
    if (mac) layout.mac = { digest: MAC_NAMES[mac[1]!] ?? mac[1]!, iterations: Number(mac[2]), supported: true };
    const encrypted = /^PKCS7 Encrypted data: (.+)$/.exec(line);
    if (encrypted) layout.encryptedContents.push(protectionFromInfo(encrypted[1]!, forgeCan));
    const shrouded = /^Shrouded Keybag: (.+)$/.exec(line);
    if (shrouded) layout.keys.push(protectionFromInfo(shrouded[1]!, forgeCan));
    if (line === 'Key bag') layout.keys.push({ scheme: 'none', cipher: 'none', iterations: 0, supported: true });
  }
  return layout;
}

describe('describePfx on openssl pkcs12 -export variants', () => {
  it.each(Object.keys(EXPECTED) as OpensslPfxVariant[])('%s', (variant) => {
    const file = opensslPfx({ certificate: pki.leaf, chain: [pki.intermediate], variant });
    const layout = layoutOf(file);
    expect(layout).toEqual(EXPECTED[variant]);
    expect(layout).toEqual(layoutFromOpensslInfo(runOpenssl(['pkcs12', '-info', '-noout', '-legacy', '-passin', `pass:${PASSWORD}`], file, { stderr: true })));
  });

  it('-iter 1 -nomaciter: every count is 1', () => {
    const layout = layoutOf(opensslPfx({ certificate: pki.leaf, iterations: 1, macIterationsOne: true }));
    expect(layout).toEqual({ mac: { digest: 'SHA-256', iterations: 1, supported: true }, encryptedContents: [pbes2('AES-256-CBC', 'HMAC-SHA256', 1)], keys: [pbes2('AES-256-CBC', 'HMAC-SHA256', 1)] });
    expect(maxIterations(layout)).toBe(1);
  });

  it('-nokeys: no key bag', () => {
    expect(layoutOf(opensslPfx({ certificate: pki.leaf, key: null }))).toEqual({ ...EXPECTED.modern, keys: [] });
  });

  it('-iter 2000000 (over the limit): seen without the password, and decoding refuses it', () => {
    // OpenSSL 3.0's -iter sets the MAC count too; -certpbe NONE and -nomaciter keep the fixture
    // to one 2M-iteration derivation in OpenSSL.
    const file = opensslPfx({ certificate: pki.leaf, variant: 'certsUnencrypted', iterations: 2_000_000, macIterationsOne: true });
    const layout = layoutOf(file);
    expect(layout).toEqual({ mac: { digest: 'SHA-256', iterations: 1, supported: true }, encryptedContents: [], keys: [pbes2('AES-256-CBC', 'HMAC-SHA256', 2_000_000)] });
    expect(maxIterations(layout)).toBe(2_000_000);
    expect(decodeCertificateFile(file, PASSWORD)).toEqual({ ok: false, problem: { severity: 'error', code: 'CERT_PFX_ITERATIONS', params: { iterations: 2_000_000, limit: MAX_ITERATIONS } } });
  });
});

describe('describePfx on node-forge toPkcs12Asn1 output', () => {
  const forgeMac = (iterations: number) => ({ digest: 'SHA-1', iterations, supported: true });

  it.each([
    [undefined, pbes2('AES-128-CBC', 'HMAC-SHA1')],
    ['aes256', pbes2('AES-256-CBC', 'HMAC-SHA1')],
    ['3des', pbe('3DES')],
  ] as const)('algorithm %s: key bag %o, certificates unencrypted, SHA-1 MAC', (algorithm, key) => {
    expect(layoutOf(forgePfx({ key: pki.leaf.key, certificates: [pki.leaf], algorithm }))).toEqual({ mac: forgeMac(2048), encryptedContents: [], keys: [key] });
  });

  it('count 2000 and no MAC', () => {
    expect(layoutOf(forgePfx({ key: pki.leaf.key, certificates: [pki.leaf], algorithm: '3des', count: 2000, useMac: false }))).toEqual({ mac: null, encryptedContents: [], keys: [pbe('3DES', 2000)] });
  });

  it('patched counts show up where they were patched', () => {
    const file = forgePfx({ key: pki.leaf.key, certificates: [pki.leaf], count: 1 });
    expect(layoutOf(patchPfxIterations(file, 2n ** 31n, 'mac'))).toEqual({ mac: forgeMac(2 ** 31), encryptedContents: [], keys: [pbes2('AES-128-CBC', 'HMAC-SHA1', 1)] });
    expect(layoutOf(patchPfxIterations(file, 2n ** 31n, 'keys'))).toEqual({ mac: forgeMac(1), encryptedContents: [], keys: [pbes2('AES-128-CBC', 'HMAC-SHA1', 2 ** 31)] });
    expect(maxIterations(layoutOf(patchPfxIterations(file, 2n ** 60n, 'keys')))).toBe(Number.POSITIVE_INFINITY);
  });

  it('openssl pkcs8 key bags in plain Data: PRF, count and scrypt are read', () => {
    const make = (options: { prf?: string; keyIterations?: number; pkcs8Args?: string[] }): PfxLayout => layoutOf(pkcs8KeyBagPfx({ certificate: pki.leaf, key: pki.leaf.key, placement: 'data', ...options }));
    expect(make({ prf: 'hmacWithSHA512', keyIterations: 7 }).keys).toEqual([pbes2('AES-256-CBC', 'HMAC-SHA512', 7)]);
    expect(make({ prf: 'hmacWithSHA512-256' }).keys).toEqual([{ scheme: 'pbes2', cipher: 'AES-256-CBC', prf: '1.2.840.113549.2.13', iterations: 1, supported: false, unsupported: 'PBKDF2 PRF 1.2.840.113549.2.13' }]);
    expect(make({ pkcs8Args: ['-scrypt', '-scrypt_N', '1024', '-scrypt_r', '8', '-scrypt_p', '1'] }).keys).toEqual([{ scheme: 'pbes2', cipher: 'AES-256-CBC', iterations: 0, supported: false, unsupported: 'scrypt key derivation' }]);
  });

  it('a key bag inside the encrypted SafeContents is not visible without the password', () => {
    const layout = layoutOf(keyInsideEncryptedContentsPfx({ certificate: pki.leaf, key: pki.leaf.key, keyIterations: 1 }));
    expect(layout).toEqual({ mac: forgeMac(1), encryptedContents: [pbes2('AES-256-CBC', 'HMAC-SHA1', 1)], keys: [] });
  });
});

describe('layout helpers', () => {
  it('looksLikePfx: a PFX yes, a certificate or a key no', () => {
    expect(looksLikePfx(parseDer(forgePfx({ key: pki.leaf.key, certificates: [pki.leaf], count: 1 })))).toBe(true);
    expect(looksLikePfx(parseDer(pki.leaf.der))).toBe(false);
    expect(looksLikePfx(parseDer(pki.leaf.key.pkcs8Der))).toBe(false);
  });

  it('describePfx on something that is not a PFX throws PfxLayoutError', () => {
    expect(() => describePfx(parseDer(pki.leaf.der))).toThrow(PfxLayoutError);
  });

  it('maxIterations is the highest of MAC, contents and keys; 0 for an empty layout', () => {
    expect(maxIterations({ mac: { digest: 'SHA-1', iterations: 5, supported: true }, encryptedContents: [pbe('3DES', 7)], keys: [pbe('3DES', 6)] })).toBe(7);
    expect(maxIterations({ mac: { digest: 'SHA-1', iterations: 9, supported: true }, encryptedContents: [], keys: [] })).toBe(9);
    expect(maxIterations({ mac: null, encryptedContents: [], keys: [] })).toBe(0);
  });

  it('describeProtection wording', () => {
    expect(describeProtection(AES256)).toBe('PBES2 AES-256-CBC, PBKDF2 HMAC-SHA256, 2048 iterations');
    expect(describeProtection(pbe('RC2-40', 2000))).toBe('PKCS#12 PBE RC2-40, 2000 iterations');
    expect(describeProtection({ scheme: 'none', cipher: 'none', iterations: 0, supported: true })).toBe('not encrypted');
  });

  it.each([
    ['modern', undefined, true],
    ['legacy', undefined, false],
    ['tripleDes', undefined, false],
    ['keyUnencrypted', undefined, true],
    ['rc4', 'RC4-128', false],
    ['rc2_128', 'RC2-128', false],
  ] as const)('%s: unsupportedAlgorithm %s, usesAes %s', (variant, unsupported, aes) => {
    expect(unsupportedAlgorithm(EXPECTED[variant])).toBe(unsupported);
    expect(usesAes(EXPECTED[variant])).toBe(aes);
  });

  it('an unsupported MAC digest is named', () => {
    expect(unsupportedAlgorithm({ mac: { digest: 'PBMAC1', iterations: 1, supported: false }, encryptedContents: [], keys: [] })).toBe('MAC PBMAC1');
  });

  it('forge output: AES by default, not with 3des', () => {
    expect(usesAes(layoutOf(forgePfx({ key: pki.leaf.key, certificates: [pki.leaf], count: 1 })))).toBe(true);
    expect(usesAes(layoutOf(forgePfx({ key: pki.leaf.key, certificates: [pki.leaf], count: 1, algorithm: '3des' })))).toBe(false);
  });
});
