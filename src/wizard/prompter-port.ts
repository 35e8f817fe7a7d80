import type { Problem } from '../model/findings.ts';
import type { AnyInputSpec } from '../model/inputs.ts';

/**
 * What input resolution needs from a prompt library. The implementation lives in src/ui (the
 * only code that talks to the terminal); tests pass a fake.
 */
export interface Prompter {
  /**
   * Returns the typed value, or undefined when an optional input is left empty. `choices`: the
   * choices to show for the answers so far (InputSpec.offered); absent, every choice of the input.
   */
  ask(spec: AnyInputSpec, options: { default?: unknown; required: boolean; check: (value: unknown) => Problem[]; choices?: readonly string[] }): Promise<unknown>;
  /** `again`: the confirmation of a new secret, typed a second time. */
  askSecret(spec: AnyInputSpec, options?: { again?: boolean }): Promise<string>;
}
