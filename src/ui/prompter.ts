import { CancelledError, isPromptCancellation } from '../model/errors.ts';
import type { AnyInputSpec } from '../model/inputs.ts';
import type { Problem } from '../model/findings.ts';
import type { Prompter } from '../wizard/prompter-port.ts';
import { coerce, splitList } from '../wizard/coerce.ts';
import { catalogue, codeText } from '../messages/i18n.ts';
import type { Lang } from '../model/lang.ts';
import { visible } from '../messages/visible.ts';
import { restoreTerminal } from './notice.ts';

type Prompts = typeof import('@inquirer/prompts');
type PromptContext = { signal: AbortSignal };

/** The abort reason of a prompt ended by SIGCONT, to be asked again (see cancellable). */
const REDRAW = Symbol('redraw');

/**
 * Runs one prompt so that stopping it is always a cancellation (exit 130 and the "Cancelled"
 * line, never "internal error"): Ctrl+C rejects with inquirer's ExitPromptError, and Esc and
 * Ctrl+D (EOF), which inquirer ignores, abort the prompt's signal (AbortPromptError; DESIGN.md:
 * 130 is Ctrl+C, Esc or "no").
 * readline emits `keypress` on the prompt's input once the prompt has opened it; a lone Esc
 * arrives as `escape` (arrow keys are whole sequences, so they never look like Esc).
 *
 * Ctrl+Z then `fg` asks the same question again. In raw mode readline stops the process itself
 * (SIGTSTP) and, on SIGCONT, pauses its input and never resumes it: the prompt would never get
 * another key and the process would leave with 0, silently. So SIGCONT (`resumed`) during a
 * prompt ends that prompt (abort, reason REDRAW) and `ask` runs again: a new prompt, a new
 * readline on the terminal (raw mode, cursor, the question drawn afresh under the shell's lines).
 * This listener runs before readline's (which is added when Ctrl+Z is pressed). A SIGCONT outside
 * a prompt has no listener here and does nothing.
 */
export async function cancellable<T>(ask: (context: PromptContext) => Promise<T>, input: NodeJS.EventEmitter = process.stdin, resumed: NodeJS.EventEmitter = process): Promise<T> {
  for (;;) {
    const controller = new AbortController();
    const onContinue = () => controller.abort(REDRAW);
    resumed.on('SIGCONT', onContinue);
    try {
      return await askOnce(ask, input, controller);
    } catch (error) {
      if (controller.signal.reason !== REDRAW) throw error;
    } finally {
      resumed.off('SIGCONT', onContinue);
    }
  }
}

async function askOnce<T>(ask: (context: PromptContext) => Promise<T>, input: NodeJS.EventEmitter, controller: AbortController): Promise<T> {
  const onKeypress = (_text: unknown, key: { name?: string; ctrl?: boolean } | undefined) => {
    if (key?.name === 'escape') controller.abort();
    // Ctrl+Z: readline stops the process next (see cancellable); the shell gets its cursor back
    // even from a list, which hides it (the list drawn again after `fg` hides it again).
    if (key?.ctrl === true && key.name === 'z') restoreTerminal();
    // Ctrl+D (EOF) on an empty line makes readline close the prompt's interface, which inquirer
    // does not treat as an answer or an error: the prompt would never settle and the process
    // would leave with 0, silently. This listener runs before readline's (it was added first),
    // so whether readline closed (it pauses the input) is known once the keypress is handled.
    if (key?.ctrl === true && key.name === 'd') queueMicrotask(() => {
      if (isPaused(input)) controller.abort();
    });
  };
  input.on('keypress', onKeypress);
  try {
    return await ask({ signal: controller.signal });
  } catch (error) {
    if (controller.signal.reason === REDRAW) throw error;
    if (isPromptCancellation(error)) throw new CancelledError('signal');
    throw error;
  } finally {
    input.off('keypress', onKeypress);
  }
}

function isPaused(input: NodeJS.EventEmitter): boolean {
  return 'isPaused' in input && typeof input.isPaused === 'function' && input.isPaused() === true;
}

/** The first error a value has, as the text a prompt shows under the question. */
function firstError(problems: Problem[], lang: Lang): string | true {
  const problem = problems.find((candidate) => candidate.severity === 'error');
  return problem ? codeText(lang, problem.code, problem.params) : true;
}

function asDefaultText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

/**
 * The inquirer prompts behind the Prompter port. Loaded only when a prompt is really shown,
 * which only happens when src/ui decided the terminal can answer.
 */
export function inquirerPrompter(lang: Lang, prompts?: Prompts): Prompter {
  const text = catalogue(lang);
  let loaded: Promise<Prompts> | undefined = prompts ? Promise.resolve(prompts) : undefined;
  const load = () => (loaded ??= import('@inquirer/prompts'));

  return {
    async ask(spec: AnyInputSpec, { default: fallback, required, check }) {
      const { confirm, input, select } = await load();
      const message = spec.texts[lang].prompt;
      if (spec.kind === 'boolean') return cancellable((context) => confirm({ message, default: fallback === undefined ? false : Boolean(fallback) }, context));
      if (spec.kind === 'choice' && spec.choices) {
        const choices = spec.choices.map((value) => ({ value, name: value }));
        const optional = !required && fallback === undefined;
        const answer = await cancellable((context) =>
          select(
            {
              message,
              choices: optional ? [{ value: '', name: text.ui.noneChoice }, ...choices] : choices,
              ...(typeof fallback === 'string' ? { default: fallback } : {}),
            },
            context,
          ),
        );
        return answer === '' ? undefined : answer;
      }
      const optional = !required && fallback === undefined;
      const typed = (raw: string) => {
        const result = coerce(spec, spec.kind === 'list' ? splitList(raw) : raw, true);
        return result;
      };
      // A default derived from other answers (the deployment prefix from the service name) may
      // hold an escape sequence: it is shown escaped, and choosing it gives the default itself.
      const defaultText = asDefaultText(fallback);
      const shownDefault = defaultText === undefined ? undefined : visible(defaultText);
      const isShownDefault = (raw: string) => shownDefault !== defaultText && raw === shownDefault;
      const answer = await cancellable((context) =>
        input(
          {
            message: optional ? `${message} ${text.ui.optionalHint}` : message,
            ...(shownDefault !== undefined ? { default: shownDefault } : {}),
            validate: (raw: string) => {
              // Empty keeps the default (an empty list is one) or skips an optional input.
              if (raw.trim() === '') return optional || fallback !== undefined ? true : codeText(lang, 'INPUT_EMPTY');
              if (isShownDefault(raw)) return firstError(check(fallback), lang);
              const result = typed(raw.trim());
              if (!result.ok) return codeText(lang, result.problem.code, result.problem.params);
              return firstError(check(result.value), lang);
            },
          },
          context,
        ),
      );
      if (answer.trim() === '' || isShownDefault(answer)) return fallback;
      const result = typed(answer.trim());
      return result.ok ? result.value : undefined;
    },
    async askSecret(spec: AnyInputSpec, options: { again?: boolean } = {}) {
      const { password } = await load();
      return cancellable((context) => password({ message: options.again ? text.ui.secretAgain : spec.texts[lang].prompt, mask: '*' }, context));
    },
  };
}

export async function confirmWrite(lang: Lang, count: number, path: string, prompts?: Prompts): Promise<boolean> {
  const { confirm } = prompts ?? (await import('@inquirer/prompts'));
  return cancellable((context) => confirm({ message: catalogue(lang).ui.confirmWrite({ count, path }), default: true }, context));
}
