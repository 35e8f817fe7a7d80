import { inspect } from 'node:util';

/** Where a secret came from; this (never the value) is what plan.json and answers.yaml record. */
export type SecretSource = 'prompt' | 'stdin' | `env:${string}` | `file:${string}` | 'generated';

/**
 * A secret value that cannot leak by accident: every way an object becomes text
 * (String(), template literals, JSON.stringify, util.inspect / console.log) yields [REDACTED].
 */
export class Secret {
  readonly #value: string;

  constructor(
    value: string,
    readonly source: SecretSource,
  ) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return '[REDACTED]';
  }

  toJSON(): string {
    return '[REDACTED]';
  }

  [inspect.custom](): string {
    return '[REDACTED]';
  }
}
