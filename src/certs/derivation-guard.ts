/**
 * node-forge puts no upper bound on the iteration counts a PFX declares (reliability.md 3.1), and
 * its key derivation runs in pure JavaScript: 2^31 iterations would keep the decoder busy for
 * hours. The pre-scan (pfx-layout.ts) sees every count outside the encryption; a key bag inside
 * encrypted SafeContents is seen only once decrypted, so every derivation forge starts passes
 * through this guard too. Installed once, on forge's own functions, because they are the only
 * place all derivations go through.
 */
import forge from 'node-forge';

export class IterationLimitError extends Error {
  constructor(readonly iterations: number) {
    super(`key derivation asks for ${iterations} iterations`);
    this.name = 'IterationLimitError';
  }
}

type Derivation = (...args: unknown[]) => unknown;
const GUARDED = Symbol.for('cmg-setup.iteration-guard');

function guard(owner: Record<string, unknown>, name: string, countIndex: number, limit: number): void {
  const original = owner[name] as (Derivation & { [GUARDED]?: true }) | undefined;
  if (typeof original !== 'function' || original[GUARDED]) return;
  const guarded = Object.assign(
    function (this: unknown, ...args: unknown[]) {
      const count = Number(args[countIndex]);
      if (!(count <= limit)) throw new IterationLimitError(count);
      return original.apply(this, args);
    },
    { [GUARDED]: true as const },
  );
  owner[name] = guarded;
}

export function guardKeyDerivations(limit: number): void {
  const library = forge as unknown as { pkcs5: Record<string, unknown>; pbe: Record<string, unknown>; pkcs12: Record<string, unknown> };
  guard(library.pkcs5, 'pbkdf2', 2, limit);
  guard(library.pbe, 'generatePkcs12Key', 3, limit);
  // pkcs12.js copied the function at load time (p12.generateKey = forge.pbe.generatePkcs12Key).
  guard(library.pkcs12, 'generateKey', 3, limit);
}
