/**
 * src/certs/early-keys.ts (issue 15): RSA keys started at the process's start are the ones the
 * command then takes, each once; a size nobody started is made on demand; and what is left is
 * counted, so that the run does not wait for it (cli/main.ts).
 */
import { createPublicKey } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The module afresh: its keys are module state, as in a run. */
async function freshKeys() {
  vi.resetModules();
  return import('../../src/certs/early-keys.ts');
}

let keys: Awaited<ReturnType<typeof freshKeys>>;
beforeEach(async () => {
  keys = await freshKeys();
});

const modulusOf = (pair: { publicKey: { asymmetricKeyDetails?: { modulusLength?: number; publicExponent?: bigint } } }) => [pair.publicKey.asymmetricKeyDetails?.modulusLength, pair.publicKey.asymmetricKeyDetails?.publicExponent];

describe('keys started early', () => {
  it('two 2048-bit keys started: each taken once, different keys, each private key with its public key; the third is made on demand', async () => {
    keys.prestartRsaKeys(2048, 2);
    expect(keys.earlyKeysLeft()).toBe(2);
    const first = keys.rsaKeyPair(2048);
    const second = keys.rsaKeyPair(2048);
    expect(keys.earlyKeysLeft()).toBe(0);
    const third = keys.rsaKeyPair(2048);
    const pairs = await Promise.all([first, second, third]);
    expect(pairs.map(modulusOf)).toEqual([
      [2048, 65537n],
      [2048, 65537n],
      [2048, 65537n],
    ]);
    const moduli = pairs.map((pair) => pair.publicKey.export({ format: 'jwk' }).n);
    expect(new Set(moduli).size).toBe(3);
    // Each private key is its public key's.
    for (const pair of pairs) expect(createPublicKey(pair.privateKey).export({ format: 'jwk' })).toEqual(pair.publicKey.export({ format: 'jwk' }));
  }, 30_000);

  it('server-key.ts takes a started key and gives it as PEM: SPKI public, unencrypted PKCS#8 private', async () => {
    keys.prestartRsaKeys(2048, 1);
    const { generateServerKey } = await import('../../src/certs/server-key.ts');
    const pem = await generateServerKey(2048);
    expect(keys.earlyKeysLeft()).toBe(0);
    expect(pem.publicKey.split('\n')[0]).toBe('-----BEGIN PUBLIC KEY-----');
    expect(pem.privateKey.split('\n')[0]).toBe('-----BEGIN PRIVATE KEY-----');
  }, 30_000);
});
