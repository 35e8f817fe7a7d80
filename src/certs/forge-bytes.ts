/**
 * Bytes as node-forge passes them (util.js): a byte string, one byte per character, or a
 * ByteStringBuffer whose unread bytes they are. What the native stand-ins for forge's derivations,
 * HMAC and decryption (native-kdf.ts, native-cipher.ts) accept; anything else stays forge's.
 */
import forge from './forge-pki.ts';

/** forge's ByteStringBuffer, as far as the stand-ins use it. */
export interface ByteBuffer {
  bytes(): string;
  getBytes(): string;
  putBytes(bytes: string): ByteBuffer;
  length(): number;
}

// forge.util.ByteBuffer is the ByteStringBuffer constructor (util.js); @types/node-forge omits it.
const { ByteBuffer: ByteStringBuffer } = forge.util as unknown as { ByteBuffer: abstract new (...args: never[]) => ByteBuffer };

/** A character above U+00FF is not a byte. */
export function isByteString(value: unknown): value is string {
  return typeof value === 'string' && !/[^\u0000-\u00ff]/.test(value);
}

export function isByteBuffer(value: unknown): value is ByteBuffer {
  return value instanceof ByteStringBuffer;
}

/** The bytes of a byte string or of a ByteStringBuffer (read without consuming them); undefined for anything else. */
export function bytesOf(value: unknown): string | undefined {
  const bytes = isByteBuffer(value) ? value.bytes() : value;
  return isByteString(bytes) ? bytes : undefined;
}
