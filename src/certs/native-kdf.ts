/**
 * node-forge's two password-based key derivations, computed with Node's crypto instead of
 * forge's pure JavaScript, with forge's own calling conventions so they can stand in for
 * forge.pkcs5.pbkdf2 and forge.pbe.generatePkcs12Key (derivation-guard.ts installs them).
 *
 * Why: forge hands its pure-JS PBKDF2 a digest *object* (pbe.js, getCipherForPBES2), and that
 * form skips forge's own native branch (pbkdf2.js only goes native for a digest *name*):
 * 9.8 ms against 0.35 ms per derivation. The PKCS#12 KDF (pbe.js, generatePkcs12Key) has no
 * native branch at all. Every input these functions cannot compute exactly as forge does is
 * handed back to forge's original (the `fallback`), so the bytes never differ.
 */
import { getHashes, hash, pbkdf2 as nodePbkdf2, pbkdf2Sync } from 'node:crypto';
import forge from './forge-pki.ts';
import { isByteBuffer, isByteString } from './forge-bytes.ts';

/** forge's message digest objects (md.js): `algorithm` is the name in forge.md. */
interface ForgeDigest {
  algorithm: string;
  digestLength: number;
  blockLength: number;
}

type Pbkdf2 = (p: unknown, s: unknown, c: unknown, dkLen: unknown, md?: unknown, callback?: unknown) => unknown;
type Pkcs12Kdf = (password: unknown, salt: unknown, id: unknown, iter: unknown, n: unknown, md?: unknown) => unknown;

interface Digest {
  node: string;
  u: number;
  v: number;
}

/**
 * forge's digest names (forge.md.algorithms) to OpenSSL's, with the sizes the PKCS#12 KDF
 * needs (u = output bytes, v = input block bytes, RFC 7292 B.1).
 */
const DIGESTS: Record<string, Digest> = {
  md5: { node: 'md5', u: 16, v: 64 },
  sha1: { node: 'sha1', u: 20, v: 64 },
  sha256: { node: 'sha256', u: 32, v: 64 },
  sha384: { node: 'sha384', u: 48, v: 128 },
  sha512: { node: 'sha512', u: 64, v: 128 },
  'sha512/224': { node: 'sha512-224', u: 28, v: 128 },
  'sha512/256': { node: 'sha512-256', u: 32, v: 128 },
};

/** Node's digests, asked on first use (getHashes costs ~0.3 ms, paid by any command that loads this). */
let available: Set<string> | undefined;

/** The digest forge would use, by its name or digest object; undefined when it is not ours to compute. */
function digestOf(md: unknown): Digest | undefined {
  // pbe.js: no digest means SHA-1.
  const name = md === undefined || md === null ? 'sha1' : typeof md === 'string' ? md : typeof md === 'object' ? (md as Partial<ForgeDigest>).algorithm : undefined;
  const digest = typeof name === 'string' && Object.hasOwn(DIGESTS, name) ? DIGESTS[name] : undefined;
  // A build without the digest (MD5 under FIPS, ...) leaves it to forge.
  available ??= new Set(getHashes());
  if (!digest || !available.has(digest.node)) return undefined;
  if (md === undefined || md === null || typeof md === 'string') return digest;
  // A digest object whose sizes are not the standard ones is not one of forge's: leave it to forge.
  const { digestLength, blockLength } = md as Partial<ForgeDigest>;
  return digestLength === digest.u && blockLength === digest.v ? digest : undefined;
}

/** OpenSSL's name of one of forge's digest objects (md.js) that Node computes as forge does; undefined for any other value. */
export function nativeDigestName(md: unknown): string | undefined {
  return md !== null && typeof md === 'object' ? digestOf(md)?.node : undefined;
}

/** Node's pbkdf2 and forge's loop agree on iteration counts and lengths Node accepts. */
function isCount(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= 0x7fffffff;
}

/**
 * forge.pkcs5.pbkdf2(p, s, c, dkLen, [md], [callback]) (pbkdf2.js, RFC 8018 section 5.2):
 * password and salt as byte strings, the key back as a byte string, or through the callback.
 */
export function nativePbkdf2(fallback: Pbkdf2): Pbkdf2 {
  return function pbkdf2(this: unknown, p, s, c, dkLen, md, callback) {
    // Only a digest object is ours: for a name, or none, forge already calls Node itself.
    const digest = md !== null && typeof md === 'object' ? digestOf(md) : undefined;
    // forge's pure-JS loop treats a count below 1 as 1, and reads a character above U+00FF in a
    // way that is no byte at all; Node refuses the one and truncates the other. Those go to forge.
    if (!digest || !isByteString(p) || !isByteString(s) || !isCount(c, 1) || !isCount(dkLen, 0)) {
      return fallback.call(this, p, s, c, dkLen, md, callback);
    }
    const password = Buffer.from(p, 'latin1');
    const salt = Buffer.from(s, 'latin1');
    if (typeof callback !== 'function') return pbkdf2Sync(password, salt, c, dkLen, digest.node).toString('latin1');
    // As forge's own native branch does: the callback gets (error) or (null, key).
    const done = callback as (error: Error | null, key?: string) => void;
    nodePbkdf2(password, salt, c, dkLen, digest.node, (error, key) => (error ? done(error) : done(null, key.toString('latin1'))));
    return undefined;
  };
}

/**
 * forge.pbe.generatePkcs12Key(password, salt, id, iter, n, [md]) (pbe.js), the PKCS#12 key
 * derivation of RFC 7292 appendix B.2, with each of its hashes done by Node.
 *
 * The password is forge's: a JavaScript string whose UTF-16 code units become the BMPString
 * (two bytes each, big-endian) plus two zero bytes (B.1), and no bytes at all for null or
 * undefined. The salt is a ByteStringBuffer; the result is a ByteStringBuffer of n bytes.
 */
export function nativePkcs12Kdf(fallback: Pkcs12Kdf): Pkcs12Kdf {
  return function generatePkcs12Key(this: unknown, password, salt, id, iter, n, md) {
    const digest = digestOf(md);
    const passwordOk = password === null || password === undefined || typeof password === 'string';
    // forge's own checks (iter >= 1, ...) and odd inputs stay forge's. The salt is a ByteStringBuffer: its unread bytes.
    const saltBytes = isByteBuffer(salt) ? salt.bytes() : undefined;
    if (!digest || !passwordOk || !isByteString(saltBytes) || !isCount(id, 0) || id > 0xff || !isCount(iter, 1) || !isCount(n, 0)) {
      return fallback.call(this, password, salt, id, iter, n, md);
    }
    const bytes = pkcs12Kdf(bmpPassword(password), Buffer.from(saltBytes, 'latin1'), id, iter, n, digest);
    return forge.util.createBuffer(bytes.toString('latin1'));
  };
}

/** RFC 7292 B.1: the password as a BMPString with a two-byte zero terminator; pbe.js's putInt16 loop. */
function bmpPassword(password: string | null | undefined): Buffer {
  if (password === null || password === undefined) return Buffer.alloc(0);
  const out = Buffer.alloc(password.length * 2 + 2);
  for (let index = 0; index < password.length; index += 1) out.writeUInt16BE(password.charCodeAt(index), index * 2);
  return out;
}

/** Copies of `source` to fill `length` bytes, the last copy cut short (RFC 7292 B.2 steps 2, 3, 6b). */
function repeatTo(source: Buffer, length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let offset = 0; offset < length; offset += source.length) source.copy(out, offset, 0, Math.min(source.length, length - offset));
  return out;
}

/** RFC 7292 B.2, step by step; the step numbers are the RFC's (and pbe.js's comments). */
function pkcs12Kdf(password: Buffer, salt: Buffer, id: number, iterations: number, n: number, digest: Digest): Buffer {
  const { u, v } = digest;
  // 1. D: v copies of ID.
  const diversifier = Buffer.alloc(v, id);
  // 2.-4. I = S || P, each repeated to a multiple of v bytes (empty stays empty).
  const input = Buffer.concat([repeatTo(salt, v * Math.ceil(salt.length / v)), repeatTo(password, v * Math.ceil(password.length / v))]);
  // 5. c = ceil(n / u).
  const blocks = Math.ceil(n / u);
  const result = Buffer.alloc(blocks * u);
  for (let i = 0; i < blocks; i += 1) {
    // 6a. A_i = H^r(D || I), one crypto.hash call a round (Node >= 20.12). Its hex output is
    // the one it does not look up by name (lib/internal/crypto/hash.js): read back from hex,
    // a round costs about half of hash(..., 'buffer') and a third of createHash().update().digest().
    // The rounds stay bound by the call (~0.5 us each), so SHA-1, cheap in forge's pure JS too,
    // gains less than SHA-256 and PBKDF2.
    let a = Buffer.from(hash(digest.node, Buffer.concat([diversifier, input])), 'hex');
    for (let round = 1; round < iterations; round += 1) a = Buffer.from(hash(digest.node, a), 'hex');
    a.copy(result, i * u);
    if (i === blocks - 1) break; // I is only needed for the next block.
    // 6b. B: copies of A_i to v bytes. 6c. each v-byte block I_j = (I_j + B + 1) mod 2^v.
    const b = repeatTo(a, v);
    for (let offset = 0; offset < input.length; offset += v) {
      let carry = 1;
      for (let index = v - 1; index >= 0; index -= 1) {
        const sum = input[offset + index]! + b[index]! + carry;
        input[offset + index] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  // 7. The first n bytes of A_1 || A_2 || ... || A_c.
  return result.subarray(0, n);
}
