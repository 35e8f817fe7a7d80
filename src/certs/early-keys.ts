/**
 * RSA keys made by Node on the libuv thread pool, and made early: `cert request` and `cert lab`
 * (and the --example lab) know from their command line that they will need keys, and a 2048-bit
 * key takes 50 to 300 ms (a random prime search), longer than loading the program. Started at the
 * process's start (cli/early-work.ts), the keys are made while the program loads and the command
 * checks its inputs; the command then takes them (rsaKeyPair) instead of starting its own.
 *
 * A key started early and never taken (the command failed first, or the hint asked for one too
 * many) is never used for anything: the run ends once its output is written, without waiting for
 * it (cli/main.ts).
 */
import { generateKeyPair, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';

export interface RsaKeyPair {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

export type ModulusLength = 2048 | 4096;

const generateRsa = promisify(generateKeyPair);

/** A new key pair with the public exponent every CMG certificate uses (65537). */
const newKeyPair = (modulusLength: ModulusLength): Promise<RsaKeyPair> => generateRsa('rsa', { modulusLength, publicExponent: 0x10001 });

/** The keys started early and not yet taken, by size. */
const started = new Map<ModulusLength, Array<Promise<RsaKeyPair>>>();

/** Starts `count` keys of `modulusLength` bits now, for rsaKeyPair() to hand out. */
export function prestartRsaKeys(modulusLength: ModulusLength, count: number): void {
  const keys = started.get(modulusLength) ?? [];
  for (let index = 0; index < count; index += 1) {
    const key = newKeyPair(modulusLength);
    // A failure is reported to the command that takes the key, not as an unhandled rejection.
    key.catch(() => undefined);
    keys.push(key);
  }
  started.set(modulusLength, keys);
}

/** A key started early if one of that size is left (the oldest, the likeliest ready), else a new one. */
export function rsaKeyPair(modulusLength: ModulusLength): Promise<RsaKeyPair> {
  return started.get(modulusLength)?.shift() ?? newKeyPair(modulusLength);
}

/** How many keys were started early and not taken (the run never waits for them: cli/main.ts ends it once its output is written). */
export function earlyKeysLeft(): number {
  return [...started.values()].reduce((sum, keys) => sum + keys.length, 0);
}
