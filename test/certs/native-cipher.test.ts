/**
 * src/certs/native-cipher.ts: forge's HMAC and CBC decryption on Node's crypto (issue 15). Each
 * stand-in is given a forge "original" that records its calls: the native path must not call it,
 * and must give forge's bytes; what OpenSSL refuses must go to it, and come back as forge says.
 * The whole PFX matrix, native against forge, is in native-crypto.test.ts.
 */
import { createCipheriv, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { nativeDecryptionCipher, nativeHmacCreate, nativeStartDecrypting } from '../../src/certs/native-cipher.ts';

const bytes = (buffer: Buffer): string => buffer.toString('latin1');
const KEY_32 = bytes(randomBytes(32));
const KEY_24 = bytes(randomBytes(24));
const IV_16 = bytes(randomBytes(16));
const IV_8 = bytes(randomBytes(8));
const MESSAGE = randomBytes(1000);

/** forge's own function, counting its calls. */
function counted<T extends (...args: never[]) => unknown>(original: T): { fn: T; calls: () => number } {
  let calls = 0;
  const fn = ((...args: never[]) => {
    calls += 1;
    return original(...args);
  }) as T;
  return { fn, calls: () => calls };
}

type Cipher = { start(iv: unknown): void; update(input: unknown): void; finish(): boolean; output: { getBytes(): string } };

/** forge's aes.js and des.js, which @types/node-forge does not declare. */
const ciphers = forge as unknown as {
  aes: { createDecryptionCipher(key: unknown, mode?: unknown): Cipher };
  des: { createDecryptionCipher(key: unknown, mode?: unknown): Cipher; startDecrypting(key: unknown, iv: unknown, output?: unknown, mode?: unknown): Cipher };
};

function decrypt(cipher: Cipher, iv: string | null, data: string): { ok: boolean; output: string } {
  if (iv !== null) cipher.start(iv);
  cipher.update(forge.util.createBuffer(data));
  const ok = cipher.finish();
  return { ok, output: cipher.output.getBytes() };
}

describe('CBC decryption (pbe.js: PBES2 AES and Triple-DES, PKCS#12 Triple-DES)', () => {
  const encrypt = (algorithm: string, key: string, iv: string): string => {
    const cipher = createCipheriv(algorithm, Buffer.from(key, 'latin1'), Buffer.from(iv, 'latin1'));
    return bytes(Buffer.concat([cipher.update(MESSAGE), cipher.final()]));
  };
  const aesEncrypted = encrypt('aes-256-cbc', KEY_32, IV_16);
  const desEncrypted = encrypt('des-ede3-cbc', KEY_24, IV_8);

  it('AES-256: the message, natively (forge\'s cipher never made), the same as forge\'s', () => {
    const original = counted(ciphers.aes.createDecryptionCipher as never as (key: unknown, mode?: unknown) => Cipher);
    const native = decrypt(nativeDecryptionCipher('aes')(original.fn as never)(KEY_32) as Cipher, IV_16, aesEncrypted);
    expect(native).toEqual({ ok: true, output: bytes(MESSAGE) });
    expect(original.calls()).toBe(0);
    expect(decrypt(ciphers.aes.createDecryptionCipher(KEY_32) as unknown as Cipher, IV_16, aesEncrypted)).toEqual(native);
  });

  it('Triple-DES (PBES2 des-EDE3-CBC and PKCS#12 startDecrypting): natively, the same as forge\'s', () => {
    const created = counted(ciphers.des.createDecryptionCipher as never as (key: unknown, mode?: unknown) => Cipher);
    expect(decrypt(nativeDecryptionCipher('des')(created.fn as never)(KEY_24) as Cipher, IV_8, desEncrypted)).toEqual({ ok: true, output: bytes(MESSAGE) });
    const started = counted(ciphers.des.startDecrypting as never as (key: unknown, iv: unknown) => Cipher);
    const cipher = nativeStartDecrypting(started.fn as never)(forge.util.createBuffer(KEY_24), forge.util.createBuffer(IV_8)) as Cipher;
    expect(decrypt(cipher, null, desEncrypted)).toEqual({ ok: true, output: bytes(MESSAGE) });
    expect([created.calls(), started.calls()]).toEqual([0, 0]);
  });

  it('what OpenSSL refuses (a wrong key, a cut input) is forge\'s to answer, whatever it says', () => {
    for (const [key, data] of [[bytes(randomBytes(32)), aesEncrypted], [KEY_32, aesEncrypted.slice(0, -3)]] as const) {
      const original = counted(ciphers.aes.createDecryptionCipher as never as (key: unknown, mode?: unknown) => Cipher);
      const native = decrypt(nativeDecryptionCipher('aes')(original.fn as never)(key) as Cipher, IV_16, data);
      expect(original.calls()).toBe(1);
      expect(native).toEqual(decrypt(ciphers.aes.createDecryptionCipher(key) as unknown as Cipher, IV_16, data));
    }
  });

  it('PKCS#12 Triple-DES refused by OpenSSL (a wrong key), IV and key as ByteStringBuffers: forge\'s answer, its IV read once', () => {
    const wrongKey = bytes(randomBytes(24));
    const started = counted(ciphers.des.startDecrypting as never as (key: unknown, iv: unknown) => Cipher);
    const native = decrypt(nativeStartDecrypting(started.fn as never)(forge.util.createBuffer(wrongKey), forge.util.createBuffer(IV_8)) as Cipher, null, desEncrypted);
    expect(started.calls()).toBe(1);
    expect(native).toEqual(decrypt(ciphers.des.startDecrypting(forge.util.createBuffer(wrongKey), forge.util.createBuffer(IV_8)) as unknown as Cipher, null, desEncrypted));
  });

  it('single DES, another mode, ECB (no IV) or a caller\'s output buffer: forge\'s own cipher from the start', () => {
    const created = counted(ciphers.des.createDecryptionCipher as never as (key: unknown, mode?: unknown) => Cipher);
    nativeDecryptionCipher('des')(created.fn as never)(bytes(randomBytes(8)));
    nativeDecryptionCipher('aes')(created.fn as never)(KEY_32, 'CFB');
    const started = counted(ciphers.des.startDecrypting as never as (key: unknown, iv: unknown, output?: unknown) => Cipher);
    nativeStartDecrypting(started.fn as never)(KEY_24, null);
    nativeStartDecrypting(started.fn as never)(KEY_24, IV_8, forge.util.createBuffer());
    expect([created.calls(), started.calls()]).toEqual([2, 2]);
  });
});

describe('HMAC (pkcs12.js: the MAC over the AuthenticatedSafe)', () => {
  const forgeMac = (md: string, key: string, message: string): string => {
    const mac = forge.hmac.create();
    mac.start(md as forge.md.Algorithm, key);
    mac.update(message);
    return mac.getMac().getBytes();
  };

  it.each(['sha1', 'sha256', 'sha384', 'sha512'] as const)('%s with one of forge\'s digest objects: natively, forge\'s bytes; restarted with (null, null), the same again', (name) => {
    const original = counted(forge.hmac.create);
    const mac = nativeHmacCreate(original.fn as never)();
    const key = forge.util.createBuffer(bytes(randomBytes(20)));
    mac.start(forge.md[name].create(), key);
    mac.update(bytes(MESSAGE));
    const first = mac.getMac().getBytes();
    expect(first).toBe(forgeMac(name, key.bytes(), bytes(MESSAGE)));
    mac.start(null, null);
    mac.update(bytes(MESSAGE));
    expect(mac.digest().getBytes()).toBe(first);
    expect(original.calls()).toBe(0);
  });

  it('a digest given by name, or a key that is no bytes: forge\'s own context, with forge\'s answer', () => {
    const original = counted(forge.hmac.create);
    const byName = nativeHmacCreate(original.fn as never)();
    byName.start('sha256', 'key');
    byName.update('message');
    expect(byName.getMac().getBytes()).toBe(forgeMac('sha256', 'key', 'message'));
    nativeHmacCreate(original.fn as never)().start(forge.md.sha256.create(), 'kéy€');
    expect(original.calls()).toBe(2);
  });
});
