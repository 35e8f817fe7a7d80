/**
 * node-forge puts no upper bound on the iteration counts a PFX declares (reliability.md 3.1): 2^31
 * iterations would keep the decoder busy for hours. The pre-scan (pfx-layout.ts) sees every count
 * outside the encryption; a key bag inside encrypted SafeContents is seen only once decrypted, so
 * every derivation forge starts passes through this guard too. Installed once, on forge's own
 * functions, because they are the only place all derivations go through.
 *
 * Past the guard, the derivation runs on Node's crypto (native-kdf.ts) rather than forge's pure
 * JavaScript, with forge's original as the fallback for anything native-kdf does not compute.
 */
import forge from 'node-forge';
import { nativePbkdf2, nativePkcs12Kdf } from './native-kdf.ts';

export class IterationLimitError extends Error {
  constructor(readonly iterations: number) {
    super(`key derivation asks for ${iterations} iterations`);
    this.name = 'IterationLimitError';
  }
}

type Derivation = (...args: unknown[]) => unknown;
const GUARDED = Symbol.for('cmg-setup.iteration-guard');

let native = true;

/**
 * For the tests that compare the native derivations with forge's pure JavaScript: false sends
 * every guarded derivation to forge's original function (the limit still applies).
 */
export function setNativeKeyDerivations(enabled: boolean): void {
  native = enabled;
}

function guard(owner: Record<string, unknown>, name: string, countIndex: number, limit: number, fast: (original: Derivation) => Derivation): void {
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

export function guardKeyDerivations(limit: number): void {
  const library = forge as unknown as { pkcs5: Record<string, unknown>; pbe: Record<string, unknown>; pkcs12: Record<string, unknown> };
  guard(library.pkcs5, 'pbkdf2', 2, limit, nativePbkdf2 as (original: Derivation) => Derivation);
  guard(library.pbe, 'generatePkcs12Key', 3, limit, nativePkcs12Kdf as (original: Derivation) => Derivation);
  // pkcs12.js copied the function at load time (p12.generateKey = forge.pbe.generatePkcs12Key).
  guard(library.pkcs12, 'generateKey', 3, limit, nativePkcs12Kdf as (original: Derivation) => Derivation);
}
