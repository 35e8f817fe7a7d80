/**
 * node-forge's HMAC and its AES and Triple-DES decryption, done by Node's crypto (OpenSSL) instead
 * of forge's pure JavaScript, with forge's calling conventions, so that they can stand in for
 * forge.hmac.create, forge.aes.createDecryptionCipher, forge.des.createDecryptionCipher and
 * forge.des.startDecrypting (derivation-guard.ts installs them beside the key derivations).
 *
 * Why: opening a PFX, forge spent 7.6 ms decrypting its SafeContents and key bag and 5.6 ms on the
 * HMAC of its MAC (pkcs12.js), out of the worker's 60 (issue 15, a CPU profile of `cert inspect`
 * of an AES-256 PFX); natively each is well under a millisecond.
 *
 * The bytes never differ from forge's: HMAC is deterministic, and CBC decryption gives the same
 * plaintext wherever OpenSSL accepts the padding. Where it does not (a wrong key, a truncated
 * input), forge's own cipher decides: its padding check is laxer (cipher modes' unpad reads only
 * the last byte), so it may accept what OpenSSL refuses, and its answer is kept. Anything else
 * (a digest or key length these do not know, a cipher OpenSSL 3 moved to its legacy provider,
 * such as single DES) goes to forge's original.
 */
import { createDecipheriv, createHmac, type Decipher, type Hmac } from 'node:crypto';
import forge from './forge-pki.ts';
import { bytesOf, type ByteBuffer } from './forge-bytes.ts';
import { nativeDigestName } from './native-kdf.ts';

/** A forge cipher (cipher.js) as pbe.js and pkcs12.js use it: started, fed, finished, then its output read. */
interface ForgeCipher {
  output: ByteBuffer;
  start(iv?: unknown): void;
  update(input: ByteBuffer): void;
  finish(): boolean;
}

/** A forge HMAC context (hmac.js). */
interface ForgeHmac {
  start(md: unknown, key: unknown): void;
  update(bytes: string): void;
  getMac(): ByteBuffer;
  digest(): ByteBuffer;
}

const latin1 = (bytes: string): Buffer => Buffer.from(bytes, 'latin1');

/** OpenSSL's name of the CBC cipher forge would use for this key, if OpenSSL has it here. */
function cbcCipher(family: 'aes' | 'des', key: string): string | undefined {
  if (family === 'aes') return { 16: 'aes-128-cbc', 24: 'aes-192-cbc', 32: 'aes-256-cbc' }[key.length];
  // des.js: a 24-byte key is Triple-DES (EDE3); an 8-byte one single DES, legacy in OpenSSL 3.
  return key.length === 24 ? 'des-ede3-cbc' : undefined;
}

/** Decrypts in one go at finish(), natively, or hands the whole input to forge's cipher when OpenSSL refuses it. */
class NativeDecryption implements ForgeCipher {
  output: ByteBuffer = forge.util.createBuffer() as unknown as ByteBuffer;
  private iv: unknown;
  private readonly input: string[] = [];

  /** @param forgeCipher forge's own cipher for the same key, started with this IV (as the caller gave it). */
  constructor(
    private readonly key: string,
    private readonly algorithm: string,
    private readonly forgeCipher: (iv: unknown) => ForgeCipher,
  ) {}

  start(iv?: unknown): void {
    this.iv = iv;
  }

  update(input: ByteBuffer): void {
    // forge's update consumes the buffer it is given; so does this.
    this.input.push(input.getBytes());
  }

  finish(): boolean {
    const data = this.input.join('');
    const iv = bytesOf(this.iv);
    if (iv !== undefined) {
      let decipher: Decipher | undefined;
      try {
        decipher = createDecipheriv(this.algorithm, latin1(this.key), latin1(iv));
        const plain = Buffer.concat([decipher.update(latin1(data)), decipher.final()]);
        this.output.putBytes(plain.toString('latin1'));
        return true;
      } catch {
        // Refused by OpenSSL (padding, length, IV size): forge's answer, below.
      }
    }
    // Started by its factory: forge's start reads a ByteStringBuffer IV by consuming it, so never twice.
    const cipher = this.forgeCipher(this.iv);
    cipher.update(forge.util.createBuffer(data) as unknown as ByteBuffer);
    const done = cipher.finish();
    this.output = cipher.output;
    return done;
  }
}

type CreateDecryptionCipher = (key: unknown, bits?: unknown) => ForgeCipher;
type StartDecrypting = (key: unknown, iv: unknown, output?: unknown, mode?: unknown) => ForgeCipher;

/** forge.aes.createDecryptionCipher(key[, mode]) and forge.des.createDecryptionCipher(key[, mode]): CBC only (their default). */
export function nativeDecryptionCipher(family: 'aes' | 'des') {
  return (original: CreateDecryptionCipher): CreateDecryptionCipher =>
    function createDecryptionCipher(this: unknown, key, mode) {
      const keyBytes = bytesOf(key);
      const algorithm = keyBytes === undefined || (mode !== undefined && mode !== 'CBC') ? undefined : cbcCipher(family, keyBytes);
      if (keyBytes === undefined || algorithm === undefined) return original.call(this, key, mode);
      return new NativeDecryption(keyBytes, algorithm, (iv) => {
        const cipher = original.call(this, key, mode);
        cipher.start(iv);
        return cipher;
      });
    };
}

/** forge.des.startDecrypting(key, iv[, output, mode]): pbe.js's PKCS#12 Triple-DES, started. */
export function nativeStartDecrypting(original: StartDecrypting): StartDecrypting {
  return function startDecrypting(this: unknown, key, iv, output, mode) {
    const keyBytes = bytesOf(key);
    // des.js: no IV (null) means ECB, and an output buffer of the caller's is written as it goes: forge's.
    const cbc = iv !== null && output == null && (mode === undefined || mode === 'CBC');
    const algorithm = keyBytes === undefined || !cbc ? undefined : cbcCipher('des', keyBytes);
    if (keyBytes === undefined || algorithm === undefined) return original.call(this, key, iv, output, mode);
    const cipher = new NativeDecryption(keyBytes, algorithm, () => original.call(this, key, iv, output, mode));
    cipher.start(iv);
    return cipher;
  };
}

/**
 * forge.hmac.create(): a context whose start(md, key) with one of forge's digest objects and a key
 * of bytes runs on Node's createHmac; start(null, null) restarts with the same digest and key,
 * as forge's does (pbkdf2.js). Any other start makes the context forge's own from then on.
 */
export function nativeHmacCreate(original: () => ForgeHmac): () => ForgeHmac {
  return function create(this: unknown) {
    let forgeContext: ForgeHmac | undefined;
    let digest: string | undefined;
    let key: Buffer | undefined;
    let hmac: Hmac | undefined;
    const finished = (): ByteBuffer => {
      const mac = forge.util.createBuffer((hmac as Hmac).digest().toString('latin1')) as unknown as ByteBuffer;
      hmac = undefined;
      return mac;
    };
    return {
      start(md, keyGiven) {
        const name = md === null ? digest : typeof md === 'object' ? nativeDigestName(md) : undefined;
        const given = keyGiven === null ? undefined : bytesOf(keyGiven);
        const keyBytes = keyGiven === null ? key : given === undefined ? undefined : latin1(given);
        if (forgeContext || name === undefined || keyBytes === undefined) {
          forgeContext ??= original.call(this);
          forgeContext.start(md, keyGiven);
          return;
        }
        digest = name;
        key = keyBytes;
        hmac = createHmac(name, keyBytes);
      },
      update(bytes) {
        if (forgeContext) forgeContext.update(bytes);
        else (hmac as Hmac).update(latin1(bytes));
      },
      getMac() {
        return forgeContext ? forgeContext.getMac() : finished();
      },
      digest() {
        return forgeContext ? forgeContext.digest() : finished();
      },
    };
  };
}
