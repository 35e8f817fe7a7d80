import { CancelledError, GoBackError, isPromptCancellation } from '../model/errors.ts';
import type { AnyInputSpec } from '../model/inputs.ts';
import type { Choice, Prompter } from '../wizard/prompter-port.ts';
import { catalogue } from '../messages/i18n.ts';
import type { Lang } from '../model/lang.ts';
import { styleText } from 'node:util';
import { wrapForTerminal } from './wrap.ts';
import { checkboxTheme, confirmTheme, passwordTheme, selectTheme } from './prompt-theme.ts';
import { restoreTerminal } from './notice.ts';
import { firstError, textAnswer } from './text-answer.ts';

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
export async function cancellable<T>(ask: (context: PromptContext) => Promise<T>, input: NodeJS.EventEmitter = process.stdin, options: { canGoBack?: boolean; resumed?: NodeJS.EventEmitter } = {}): Promise<T> {
  const { canGoBack = false, resumed = process } = options;
  for (;;) {
    const controller = new AbortController();
    const onContinue = () => controller.abort(REDRAW);
    resumed.on('SIGCONT', onContinue);
    try {
      return await askOnce(ask, input, controller, canGoBack);
    } catch (error) {
      if (controller.signal.reason !== REDRAW) throw error;
    } finally {
      resumed.off('SIGCONT', onContinue);
    }
  }
}

async function askOnce<T>(ask: (context: PromptContext) => Promise<T>, input: NodeJS.EventEmitter, controller: AbortController, canGoBack: boolean): Promise<T> {
  const onKeypress = (_text: unknown, key: { name?: string; ctrl?: boolean; shift?: boolean } | undefined) => {
    if (key?.name === 'escape') controller.abort();
    // Shift+Tab (CSI Z, which readline names a shifted tab): the previous question.
    if (canGoBack && key?.name === 'tab' && key.shift === true) controller.abort(BACK);
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
    if (controller.signal.reason === BACK) throw new GoBackError();
    if (isPromptCancellation(error)) throw new CancelledError('signal');
    throw error;
  } finally {
    input.off('keypress', onKeypress);
  }
}

const BACK = Symbol('back');


function isPaused(input: NodeJS.EventEmitter): boolean {
  return 'isPaused' in input && typeof input.isPaused === 'function' && input.isPaused() === true;
}

/**
 * The choices as the prompt lists them: each value, then its one-line description, aligned in
 * one column (typing a value's first letters still finds it: the line starts with the value);
 * once chosen, the answer line shows the value alone.
 */
export function choiceItems(values: readonly string[], descriptions: Readonly<Record<string, string>> | undefined): Array<{ value: string; name: string; short: string }> {
  const width = Math.max(0, ...values.map((value) => value.length));
  return values.map((value) => {
    const description = descriptions?.[value];
    return { value, name: description === undefined ? value : `${value.padEnd(width)}  ${description}`, short: value };
  });
}

/**
 * The inquirer prompts behind the Prompter port. Loaded only when a prompt is really shown,
 * which only happens when src/ui decided the terminal can answer.
 */
export function inquirerPrompter(lang: Lang, prompts?: Prompts, output: NodeJS.WritableStream = process.stdout): Prompter {
  const text = catalogue(lang);
  let loaded: Promise<Prompts> | undefined = prompts ? Promise.resolve(prompts) : undefined;
  const load = () => (loaded ??= import('@inquirer/prompts'));

  return {
    async ask(spec: AnyInputSpec, { default: fallback, required, check, choices: offered, canGoBack = false }) {
      const { checkbox, confirm, input, select } = await load();
      const message = spec.texts[lang].prompt;
      const back = backTheme(canGoBack);
      const stdin = process.stdin;
      if (spec.kind === 'boolean') return cancellable((context) => confirm({ message, theme: withStyle(confirmTheme(lang), back), default: fallback === undefined ? false : Boolean(fallback) }, context), stdin, { canGoBack });
      if (spec.kind === 'choice' && spec.choices) {
        const shown = offered ?? spec.choices;
        const choices = choiceItems(shown, spec.texts[lang].choices);
        const optional = !required && fallback === undefined;
        const answer = await cancellable((context) =>
          select(
            {
              message,
              theme: withStyle(selectTheme(lang), back),
              choices: optional ? [{ value: '', name: text.ui.noneChoice }, ...choices] : choices,
              ...(typeof fallback === 'string' && shown.includes(fallback) ? { default: fallback } : {}),
            },
            context,
          ),
          stdin,
          { canGoBack },
        );
        return answer === '' ? undefined : answer;
      }
      if (spec.kind === 'list' && spec.choices) {
        // A list of fixed choices (the client rollout forms) is ticked, not typed: what the default
        // (or the answer so far) holds starts ticked, and the input's own rule judges the selection
        // (an empty one included) before the prompt lets it go.
        const selected: readonly unknown[] = Array.isArray(fallback) ? fallback : [];
        const optional = !required && fallback === undefined;
        const answer = await cancellable((context) =>
          checkbox(
            {
              message,
              theme: withStyle(checkboxTheme(lang), back),
              choices: choiceItems(offered ?? spec.choices ?? [], spec.texts[lang].choices).map((choice) => ({ ...choice, checked: selected.includes(choice.value) })),
              validate: (items) => (optional && items.length === 0 ? true : firstError(check(items.map((item) => item.value)), lang)),
            },
            context,
          ),
          stdin,
          { canGoBack },
        );
        return optional && answer.length === 0 ? undefined : answer;
      }
      const rules = textAnswer(spec, { default: fallback, required, check }, lang);
      const answer = await cancellable((context) =>
        input(
          {
            message: rules.optional ? `${message} ${text.ui.optionalHint}` : message,
            theme: back,
            ...(rules.shownDefault !== undefined ? { default: rules.shownDefault } : {}),
            validate: rules.judge,
          },
          context,
        ),
        stdin,
        { canGoBack },
      );
      return rules.value(answer);
    },
    async askSecret(spec: AnyInputSpec, options: { again?: boolean; canGoBack?: boolean } = {}) {
      const { password } = await load();
      const canGoBack = options.canGoBack === true;
      return cancellable((context) => password({ message: options.again ? text.ui.secretAgain : spec.texts[lang].prompt, theme: withStyle(passwordTheme(lang), backTheme(canGoBack)), mask: '*' }, context), process.stdin, { canGoBack });
    },
    async confirm({ message, fallback }) {
      const { confirm } = await load();
      return cancellable((context) => confirm({ message, default: fallback, theme: confirmTheme(lang) }, context));
    },
    async select<T extends string>(message: string, choices: ReadonlyArray<Choice<T>>, fallback?: T) {
      const { select } = await load();
      return cancellable((context) => select<T>({ message, theme: selectTheme(lang), choices: choices.map((choice) => ({ ...choice })), ...(fallback !== undefined ? { default: fallback } : {}), pageSize: Math.max(choices.length, 7) }, context));
    },
    say(text: string) {
      output.write(`${wrapForTerminal(text, (output as { columns?: number }).columns ?? 80)}\n`);
    },
  };

  /** The back key, dim, after a question that can go back while it is asked (not once answered). */
  function backTheme(canGoBack: boolean) {
    const hint = text.interview.backHint;
    return canGoBack ? { style: { message: (message: string, status: string) => (status === 'done' ? styleText('bold', message) : `${styleText('bold', message)} ${styleText('dim', hint)}`) } } : {};
  }

  /** A prompt kind's theme with the back hint's message style added. */
  function withStyle<T extends { style?: object }>(theme: T, back: { style?: object }): T {
    return { ...theme, style: { ...theme.style, ...back.style } };
  }
}
