import { X509Certificate } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeCertificate } from '../../src/certs/certificate-facts.ts';
import { decodeCertificateFile, MAX_ITERATIONS, type DecodeOutcome } from '../../src/certs/decode.ts';
import {
  badFiles,
  ecKey,
  forgePfx,
  hierarchy,
  HIERARCHY_KEYS,
  makeLeaf,
  NOW,
  opensslPfx,
  PASSWORD,
  prepareKeys,
  watchKeyDerivations,
  type KeyDerivationWatch,
} from '../support/certificates.ts';

// Every problem decodeCertificateFile may return. Anything else (or a throw) is a defect.
const ALLOWED_CODES = new Set([
  'CERT_FILE_EMPTY',
  'CERT_TRUNCATED',
  'CERT_UNREADABLE',
  'CERT_NO_CERTIFICATE',
  'CERT_BAD_PASSWORD',
  'CERT_PFX_ITERATIONS',
  'CERT_PFX_UNSUPPORTED',
]);

const SEED = 20_260_301;

interface Seed {
  name: string;
  bytes: Buffer;
}

let seeds: Seed[] = [];
let watch: KeyDerivationWatch;

beforeAll(async () => {
  await prepareKeys([...HIERARCHY_KEYS.slice(0, 3), { type: 'ec', slot: 0 }]);
  const pki = hierarchy(NOW);
  const ecLeaf = makeLeaf({ now: NOW, key: ecKey(), commonName: 'ec.contoso.com' });
  // One iteration everywhere: a mutated file that still opens runs forge's pure-JS KDF.
  const cheap = { iterations: 1, macIterationsOne: true } as const;
  seeds = [
    { name: 'forge AES-128, SHA-1 MAC', bytes: forgePfx({ key: pki.leaf.key, certificates: [pki.leaf], count: 1 }) },
    // Without a MAC, mutations reach the certificate bags and the key decryption.
    { name: 'forge 3DES, no MAC, chain', bytes: forgePfx({ key: pki.leaf.key, certificates: [pki.leaf, pki.intermediate], algorithm: '3des', count: 1, useMac: false }) },
    { name: 'openssl modern', bytes: opensslPfx({ certificate: pki.leaf, ...cheap }) },
    { name: 'openssl legacy', bytes: opensslPfx({ certificate: pki.leaf, variant: 'legacy', ...cheap }) },
    { name: 'openssl no MAC', bytes: opensslPfx({ certificate: pki.leaf, chain: [pki.intermediate], variant: 'noMac', ...cheap }) },
    { name: 'openssl EC, no MAC', bytes: opensslPfx({ certificate: ecLeaf, variant: 'noMac', ...cheap }) },
    { name: 'DER certificate', bytes: badFiles.derCer(pki.leaf) },
    { name: 'PEM certificate + key', bytes: badFiles.pemCertificateAndKey(pki.leaf) },
    { name: 'PEM bundle', bytes: badFiles.pemBundle([pki.leaf, pki.intermediate]) },
  ];
  // A derivation over the limit would be a pre-scan hole (and a slow run): stop it and report it.
  watch = watchKeyDerivations(MAX_ITERATIONS);
  // Key generation and openssl runs: generous for a loaded CI box.
}, 60_000);

afterAll(() => {
  watch?.restore();
});

function readablePublicKey(x509: X509Certificate): boolean {
  try {
    return x509.publicKey !== undefined;
  } catch {
    return false;
  }
}

/** The whole contract of decodeCertificateFile for arbitrary input. */
function expectWellBehaved(bytes: Uint8Array, password: string | undefined): void {
  let outcome: DecodeOutcome | undefined;
  expect(() => {
    outcome = decodeCertificateFile(bytes, password);
  }).not.toThrow();
  if (!outcome) return expect.fail('no outcome');
  if (outcome.ok) {
    expect(['pfx', 'der', 'pem']).toContain(outcome.file.format);
    expect(outcome.file.certificates.length).toBeGreaterThan(0);
    for (const der of outcome.file.certificates) {
      const x509 = new X509Certificate(der);
      // Callers hand decoded certificates straight to describeCertificate: each must be exactly
      // one certificate's DER, with a public key OpenSSL can read.
      expect(x509.raw.equals(Buffer.from(der))).toBe(true);
      expect(readablePublicKey(x509)).toBe(true);
      expect(() => describeCertificate(der)).not.toThrow();
    }
  } else if ('needsPassword' in outcome) {
    expect(password).toBeUndefined();
    expect(outcome.pfx).toBeDefined();
  } else {
    expect(outcome.problem.severity).toBe('error');
    expect([...ALLOWED_CODES]).toContain(outcome.problem.code);
  }
  expect(watch.refused).toEqual([]);
}

type Mutation =
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'set'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  // Bytes that matter to DER: tags, long-form lengths, zero, sign bits.
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.constantFrom(0x00, 0x01, 0x02, 0x04, 0x30, 0x7f, 0x80, 0x81, 0x82, 0x84, 0xa0, 0xff) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
);

function mutate(original: Buffer, mutations: Mutation[]): Buffer {
  let bytes = Buffer.from(original);
  for (const change of mutations) {
    const at = bytes.length === 0 ? 0 : change.at % bytes.length;
    switch (change.kind) {
      case 'flip':
        if (bytes.length) bytes[at]! ^= change.mask;
        break;
      case 'set':
        if (bytes.length) bytes[at] = change.value;
        break;
      case 'truncate':
        bytes = bytes.subarray(0, at);
        break;
      case 'insert':
        bytes = Buffer.concat([bytes.subarray(0, at), change.bytes, bytes.subarray(at)]);
        break;
      case 'delete':
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + change.length)]);
        break;
    }
  }
  return bytes;
}

describe('decodeCertificateFile never throws and only returns known problems', () => {
  it('random bytes (with and without a password)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom(PASSWORD, undefined), (bytes, password) => {
        expectWellBehaved(bytes, password);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('random bytes that start like a DER SEQUENCE or a PEM', () => {
    const prefix = fc.constantFrom(Buffer.from([0x30, 0x82]), Buffer.from([0x30, 0x80]), Buffer.from([0x30, 0x84, 0xff, 0xff]), Buffer.from('-----BEGIN CERTIFICATE-----\n'));
    fc.assert(
      fc.property(prefix, fc.uint8Array({ maxLength: 512 }), (head, tail) => {
        expectWellBehaved(Buffer.concat([head, tail]), PASSWORD);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('mutations (flips, truncations, insertions, deletions) of valid PFX, DER and PEM files', () => {
    expect(seeds.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, mutations) => {
        expectWellBehaved(mutate(seeds[index]!.bytes, mutations), PASSWORD);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('every seed decodes unmutated (so mutations start from valid files)', () => {
    for (const seed of seeds) {
      expect(decodeCertificateFile(seed.bytes, PASSWORD), seed.name).toMatchObject({ ok: true });
    }
  });
});
