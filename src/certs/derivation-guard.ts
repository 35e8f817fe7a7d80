/**
 * node-forge puts no upper bound on the iteration counts a PFX declares (reliability.md 3.1): 2^31
 * iterations would keep the decoder busy for hours in forge's pure JavaScript, and still for
 * minutes natively. The pre-scan (pfx-layout.ts) sees every count
 * outside the encryption; a key bag inside encrypted SafeContents is seen only once decrypted, so
 * every derivation forge starts passes through this guard too. Installed once, on forge's own
 * functions, because they are the only place all derivations go through.
 *
 * Past the guard, the derivation runs on Node's crypto (native-kdf.ts) rather than forge's pure
 * JavaScript, with forge's original as the fallback for anything native-kdf does not compute;
 * so do the HMAC and the decryption that follow a derivation (native-cipher.ts), which have no
 * count to guard. One installation serves every caller: the limit is the smallest any caller asked for.
 */
import forge from './forge-pki.ts';
import { nativeDecryptionCipher, nativeHmacCreate, nativeStartDecrypting } from './native-cipher.ts';
import { nativePbkdf2, nativePkcs12Kdf } from './native-kdf.ts';

export class IterationLimitError extends Error {
  constructor(readonly iterations: number) {
    super(`key derivation asks for ${iterations} iterations`);
    this.name = 'IterationLimitError';
  }
}

type Derivation = (...args: unknown[]) => unknown;
const GUARDED = Symbol.for('cmg-setup.iteration-guard');

/** The smallest limit any caller asked for; none until decode.ts asks (the lab derives only its own counts). */
let limit = Number.POSITIVE_INFINITY;
let native = true;

/**
 * For the tests that compare the native derivations with forge's pure JavaScript: false sends
 * every guarded derivation, HMAC and decryption to forge's original function (the limit still applies).
 */
export function setNativeKeyDerivations(enabled: boolean): void {
  native = enabled;
}

function guard(owner: Record<string, unknown>, name: string, countIndex: number, fast: (original: Derivation) => Derivation): void {
  const original = owner[name] as (Derivation & { [GUARDED]?: true }) | undefined;
  if (typeof original !== 'function' || original[GUARDED]) return;
  const replacement = fast(original);
  const guarded = Object.assign(
    function (this: unknown, ...args: unknown[]) {
      const count = Number(args[countIndex]);
      if (!(count <= limit)) throw new IterationLimitError(count);
      return (native ? replacement : original).apply(this, args);
    },
    { [GUARDED]: true as const },
  );
  owner[name] = guarded;
}

/** forge's `name` on `owner`, replaced by Node's (`fast`) while native is on. */
function preferNative(owner: Record<string, unknown>, name: string, fast: (original: Derivation) => Derivation): void {
  const original = owner[name] as (Derivation & { [GUARDED]?: true }) | undefined;
  if (typeof original !== 'function' || original[GUARDED]) return;
  const replacement = fast(original);
  owner[name] = Object.assign(
    function (this: unknown, ...args: unknown[]) {
      return (native ? replacement : original).apply(this, args);
    },
    { [GUARDED]: true as const },
  );
}

function install(): void {
  const library = forge as unknown as { pkcs5: Record<string, unknown>; pbe: Record<string, unknown>; pkcs12: Record<string, unknown>; hmac: Record<string, unknown>; aes: Record<string, unknown>; des: Record<string, unknown> };
  guard(library.pkcs5, 'pbkdf2', 2, nativePbkdf2 as (original: Derivation) => Derivation);
  guard(library.pbe, 'generatePkcs12Key', 3, nativePkcs12Kdf as (original: Derivation) => Derivation);
  // pkcs12.js copied the function at load time (p12.generateKey = forge.pbe.generatePkcs12Key).
  guard(library.pkcs12, 'generateKey', 3, nativePkcs12Kdf as (original: Derivation) => Derivation);
  // pbe.js and pkcs12.js look these up at each call (forge.aes.createDecryptionCipher, forge.hmac.create).
  preferNative(library.hmac, 'create', nativeHmacCreate as unknown as (original: Derivation) => Derivation);
  preferNative(library.aes, 'createDecryptionCipher', nativeDecryptionCipher('aes') as unknown as (original: Derivation) => Derivation);
  preferNative(library.des, 'createDecryptionCipher', nativeDecryptionCipher('des') as unknown as (original: Derivation) => Derivation);
  preferNative(library.des, 'startDecrypting', nativeStartDecrypting as unknown as (original: Derivation) => Derivation);
}

/** Native derivations with at most `max` iterations, whoever installed them first. */
export function guardKeyDerivations(max: number): void {
  limit = Math.min(limit, max);
  install();
}

/**
 * Native derivations for the files this program writes itself (lab.ts), without loading the
 * decoder for its limit; decode.ts sets the limit when it loads, whichever comes first.
 */
export function useNativeKeyDerivations(): void {
  install();
}
