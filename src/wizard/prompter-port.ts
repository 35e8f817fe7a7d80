import type { Problem } from '../model/findings.ts';
import type { AnyInputSpec } from '../model/inputs.ts';

/** The interview's own yes/no questions: the recommended settings, going on with classic, changing a step with errors. */
export type InterviewQuestion = 'recommended' | 'classic' | 'step-problems' | 'client-roots-empty';

/** One choice of a select: its value, what it shows, and a line on what it means. */
export interface Choice<T extends string = string> {
  value: T;
  name: string;
  description?: string;
}

/**
 * What input resolution needs from a prompt library. The implementation lives in src/ui (the
 * only code that talks to the terminal); tests pass a fake. A question asked with `canGoBack`
 * may reject with GoBackError (model/errors.ts) when the admin asks for the previous one.
 */
export interface Prompter {
  /**
   * Returns the typed value, or undefined when an optional input is left empty. `choices`: the
   * choices to show for the answers so far (InputSpec.offered); absent, every choice of the input.
   */
  ask(spec: AnyInputSpec, options: { default?: unknown; required: boolean; check: (value: unknown) => Problem[]; choices?: readonly string[]; canGoBack?: boolean }): Promise<unknown>;
  /** `again`: the confirmation of a new secret, typed a second time. */
  askSecret(spec: AnyInputSpec, options?: { again?: boolean; canGoBack?: boolean }): Promise<string>;
  /** A yes/no question of the interview itself (not an input), named by `id` as an input is by its key. */
  confirm(question: { id: InterviewQuestion; message: string; fallback: boolean }): Promise<boolean>;
  /** One of a few actions (the review's write / edit / quit). */
  select<T extends string>(message: string, choices: ReadonlyArray<Choice<T>>, fallback?: T): Promise<T>;
  /** Questions asked as lines (src/ui/plain-prompter.ts, TERM=dumb): the interview names `<` and Ctrl+D, not Shift+Tab and Esc. */
  readonly plain?: boolean;
  /** Text the interview shows between questions (a step's heading, a certificate read), on the prompts' stream. */
  say(text: string): void;
}
