/**
 * Thin helpers over node-forge's ASN.1 decoder. Every structure cmg-setup reads from a file is
 * first decoded here with limits: DER only, a bounded nesting depth, and bit strings left alone
 * (forge would otherwise try to decode every BIT STRING as nested ASN.1).
 */
import type forge from 'node-forge';
import { asn1, util } from './forge-parts.ts';

export type Asn1 = forge.asn1.Asn1;

/** Deeper than any certificate or PFX in the wild; forge's own default (256) is the CVE-2025-66031 fix. */
const MAX_DEPTH = 64;

export class DerError extends Error {}

export function bytesToBinary(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('binary');
}

export function binaryToBytes(binary: string): Buffer {
  return Buffer.from(binary, 'binary');
}

/** Decodes DER, throwing DerError (never anything else) for malformed, truncated or trailing data. */
export function parseDer(bytes: Uint8Array | string): Asn1 {
  const binary = typeof bytes === 'string' ? bytes : bytesToBinary(bytes);
  try {
    // forge's options type lacks maxDepth and decodeBitStrings; both exist in 1.4 (asn1.js fromDer).
    const options = { strict: true, decodeBitStrings: false, maxDepth: MAX_DEPTH, parseAllBytes: true } as unknown as boolean;
    return asn1.fromDer(binary, options);
  } catch (cause) {
    throw new DerError(cause instanceof Error ? cause.message : 'malformed DER');
  }
}

export function toDer(node: Asn1): Buffer {
  return binaryToBytes(asn1.toDer(node).getBytes());
}

export function children(node: Asn1 | undefined): Asn1[] {
  return node && Array.isArray(node.value) ? (node.value as Asn1[]) : [];
}

export function isSequence(node: Asn1 | undefined): node is Asn1 {
  return node !== undefined && node.tagClass === asn1.Class.UNIVERSAL && node.type === asn1.Type.SEQUENCE && Array.isArray(node.value);
}

export function oidOf(node: Asn1 | undefined): string | undefined {
  if (!node || node.tagClass !== asn1.Class.UNIVERSAL || node.type !== asn1.Type.OID || typeof node.value !== 'string') return undefined;
  try {
    return asn1.derToOid(node.value);
  } catch {
    return undefined;
  }
}

/** A non-negative INTEGER as a number; undefined when it is not one or does not fit in 2^53. */
export function integerOf(node: Asn1 | undefined): number | undefined {
  if (!node || node.tagClass !== asn1.Class.UNIVERSAL || node.type !== asn1.Type.INTEGER || typeof node.value !== 'string') return undefined;
  const hex = util.bytesToHex(node.value);
  if (hex.length === 0 || Number.parseInt(hex.slice(0, 2), 16) >= 0x80) return undefined;
  const value = Number.parseInt(hex, 16);
  return Number.isSafeInteger(value) ? value : Number.POSITIVE_INFINITY;
}

/** The bytes of an OCTET STRING, joining the chunks of a BER constructed one. */
export function octetsOf(node: Asn1 | undefined): string | undefined {
  if (!node || node.tagClass !== asn1.Class.UNIVERSAL || node.type !== asn1.Type.OCTETSTRING) return undefined;
  if (typeof node.value === 'string') return node.value;
  const parts = children(node).map(octetsOf);
  return parts.every((part): part is string => part !== undefined) ? parts.join('') : undefined;
}

/** The content of an explicit context tag [n]. */
export function explicit(node: Asn1 | undefined, tag: number): Asn1 | undefined {
  if (!node || node.tagClass !== asn1.Class.CONTEXT_SPECIFIC || node.type !== tag) return undefined;
  return children(node)[0];
}
