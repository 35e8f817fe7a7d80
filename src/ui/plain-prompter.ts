/**
 * The prompts for a terminal that moves no cursor (TERM=dumb: Emacs's shell-mode, some serial
 * consoles; issue 17). @inquirer/prompts redraws each question with cursor-up and erase-line
 * sequences (its ScreenManager), which such a terminal prints as they are. Here every question is
 * written once, as lines, and answered as a line (line-reader.ts, node:readline): no escape
 * sequence is ever written, and the terminal's own line editing and echo do the rest.
 *
 * - A text question shows its default in brackets; an empty line takes it.
 * - A choice is a numbered list, answered by its number or its value; a list to tick by numbers
 *   separated by commas or spaces. The default (the choice the rich list starts on, or the ticked
 *   ones) is shown in brackets.
 * - A yes/no question shows (Y/n) as inquirer's confirm does, and takes the same words.
 * - A password is read without echo (line-reader.ts `readHidden`).
 * - A refused answer: the reason on a line (`> `, as inquirer marks it), then the question again.
 * - Going back (Shift+Tab in the rich prompts, a key a line cannot carry): a lone `<`, said after
 *   the question. Not offered at a password, which could be `<`.
 * - Ctrl+C and Ctrl+D (end of input) cancel as the rich prompts do (CancelledError: exit 130 and
 *   the cancelled line).
 *
 * src/cli/process-io.ts picks this prompter or the rich one by the one TERM=dumb rule (`redraws`,
 * src/ui/redraws.ts), applied to stdout, where the questions go.
 */
import { GoBackError } from '../model/errors.ts';
import type { AnyInputSpec } from '../model/inputs.ts';
import type { Lang } from '../model/lang.ts';
import { catalogue } from '../messages/i18n.ts';
import type { Choice, Prompter } from '../wizard/prompter-port.ts';
import { readHidden, readLine } from './line-reader.ts';
import { choiceItems } from './prompter.ts';
import { firstError, textAnswer } from './text-answer.ts';
import { hangingWrap, wrapForTerminal } from './wrap.ts';

type Input = Parameters<typeof readLine>[0];

export interface PlainStreams {
  input: Input;
  output: NodeJS.WritableStream & { columns?: number };
}

/** The line that takes the user back to the previous question. */
const BACK = '<';

export function plainPrompter(lang: Lang, streams: PlainStreams): Prompter {
  const text = catalogue(lang);
  const { input, output } = streams;
  const columns = () => output.columns;
  const write = (lines: string) => output.write(`${wrapForTerminal(lines, columns())}\n`);
  /** A question's line, the answer typed after it (on the same line, after its last word). */
  const prompt = (line: string) => output.write(`${wrapForTerminal(line, columns() === undefined ? undefined : columns()! - 1)} `);
  const backHint = (canGoBack: boolean) => (canGoBack ? ` (${text.prompts.plain.back})` : '');
  const bracket = (value: string | undefined) => (value === undefined || value === '' ? '' : ` [${value}]`);

  /**
   * Asks until `judge` accepts: writes the question (`ask`) and reads a line; a refusal is written
   * as its own line before the question comes again (`again`: what is asked again, the answer line
   * alone under a list still on the screen).
   */
  async function until<T>(ask: () => void, again: () => void, canGoBack: boolean, judge: (line: string) => { ok: true; value: T } | { ok: false; message: string }): Promise<T> {
    ask();
    for (;;) {
      const line = await readLine(input, output);
      if (canGoBack && line.trim() === BACK) throw new GoBackError();
      const judged = judge(line);
      if (judged.ok) return judged.value;
      write(`> ${judged.message}`);
      again();
    }
  }

  /** A numbered list; the answer, by number or by value, is one of `values`. */
  function numbered(items: ReadonlyArray<{ name: string }>): void {
    const width = String(items.length).length;
    write(items.map((item, index) => hangingWrap(`  ${String(index + 1).padStart(width)}) ${item.name}`, columns() ?? Number.POSITIVE_INFINITY)).join('\n'));
  }

  /** The index a word stands for: a number of the list, or one of its values (or names, for "none"). */
  function pick(word: string, items: ReadonlyArray<{ value: string; short?: string; name: string }>): number | undefined {
    if (/^\d+$/.test(word)) {
      const index = Number(word) - 1;
      return index >= 0 && index < items.length ? index : undefined;
    }
    const found = items.findIndex((item) => item.value === word || (item.value === '' && item.name === word));
    return found >= 0 ? found : undefined;
  }

  /** A question over a numbered list: the question, the list, then the answer line (`label`), which alone is asked again. */
  function listQuestion<T>(message: string, items: ReadonlyArray<{ name: string }>, label: string, canGoBack: boolean, judge: (line: string) => { ok: true; value: T } | { ok: false; message: string }): Promise<T> {
    const answerLine = () => prompt(`  ${label}:`);
    const ask = () => {
      write(`? ${message}${backHint(canGoBack)}`);
      numbered(items);
      answerLine();
    };
    return until(ask, answerLine, canGoBack, judge);
  }

  async function selectLine<T extends string>(message: string, items: ReadonlyArray<{ value: T; name: string }>, start: number, canGoBack: boolean): Promise<T> {
    return listQuestion(message, items, `${text.prompts.plain.number}${bracket(String(start + 1))}`, canGoBack, (line) => {
      const word = line.trim();
      const index = word === '' ? start : pick(word, items);
      return index === undefined ? { ok: false, message: text.prompts.plain.notAChoice({ count: items.length }) } : { ok: true, value: items[index]!.value };
    });
  }

  async function confirmLine(message: string, fallback: boolean, canGoBack: boolean): Promise<boolean> {
    const { yes, no } = text.prompts;
    // inquirer's confirm: the first letters, the default's in capitals; any start of the words,
    // or of English yes/no, answers (@inquirer/confirm, getBooleanValue).
    const [y, n] = [yes[0]!.toLowerCase(), no[0]!.toLowerCase()];
    const hint = fallback ? `(${y.toUpperCase()}/${n})` : `(${y}/${n.toUpperCase()})`;
    const ask = () => prompt(`? ${message}${backHint(canGoBack)} ${hint}`);
    return until(ask, ask, canGoBack, (line) => {
      const word = line.trim().toLowerCase();
      if (word === '') return { ok: true, value: fallback };
      if (yes.toLowerCase().startsWith(word) || 'yes'.startsWith(word)) return { ok: true, value: true };
      if (no.toLowerCase().startsWith(word) || 'no'.startsWith(word)) return { ok: true, value: false };
      return { ok: false, message: text.prompts.yesNoError({ yes, no }) };
    });
  }

  return {
    plain: true,
    async ask(spec: AnyInputSpec, { default: fallback, required, check, choices: offered, canGoBack = false }) {
      const message = spec.texts[lang].prompt;
      if (spec.kind === 'boolean') return confirmLine(message, fallback === undefined ? false : Boolean(fallback), canGoBack);
      if (spec.kind === 'choice' && spec.choices) {
        const shown = offered ?? spec.choices;
        const optional = !required && fallback === undefined;
        const items = [...(optional ? [{ value: '', name: text.ui.noneChoice }] : []), ...choiceItems(shown, spec.texts[lang].choices)];
        const start = typeof fallback === 'string' && shown.includes(fallback) ? items.findIndex((item) => item.value === fallback) : 0;
        const answer = await selectLine(message, items, start, canGoBack);
        return answer === '' ? undefined : answer;
      }
      if (spec.kind === 'list' && spec.choices) {
        const items = choiceItems(offered ?? spec.choices, spec.texts[lang].choices);
        const selected: readonly unknown[] = Array.isArray(fallback) ? fallback : [];
        const ticked = items.flatMap((item, index) => (selected.includes(item.value) ? [String(index + 1)] : []));
        const optional = !required && fallback === undefined;
        const answer = await listQuestion(message, items, `${text.prompts.plain.numbers}${bracket(ticked.join(','))}`, canGoBack, (line) => {
          const words = line.trim() === '' ? ticked : line.trim().split(/[,\s]+/);
          const indexes = words.map((word) => pick(word, items));
          if (indexes.some((index) => index === undefined)) return { ok: false, message: text.prompts.plain.notAChoice({ count: items.length }) };
          // In the list's order, once each, as a ticked list gives them.
          const values = items.filter((_item, index) => indexes.includes(index)).map((item) => item.value);
          const judged = optional && values.length === 0 ? true : firstError(check(values), lang);
          return judged === true ? { ok: true as const, value: values } : { ok: false as const, message: judged };
        });
        return optional && answer.length === 0 ? undefined : answer;
      }
      const rules = textAnswer(spec, { default: fallback, required, check }, lang);
      const ask = () => prompt(`? ${rules.optional ? `${message} ${text.ui.optionalHint}` : message}${bracket(rules.shownDefault)}${backHint(canGoBack)}`);
      return until(ask, ask, canGoBack, (line) => {
        const judged = rules.judge(line);
        return judged === true ? { ok: true, value: rules.value(line) } : { ok: false, message: judged };
      });
    },
    async askSecret(spec: AnyInputSpec, options: { again?: boolean } = {}) {
      return readHidden(input, output, () => prompt(`? ${options.again ? text.ui.secretAgain : spec.texts[lang].prompt}`));
    },
    async confirm({ message, fallback }) {
      return confirmLine(message, fallback, false);
    },
    async select<T extends string>(message: string, choices: ReadonlyArray<Choice<T>>, fallback?: T) {
      const items = choices.map((choice) => ({ value: choice.value, name: choice.description === undefined ? choice.name : `${choice.name}  ${choice.description}` }));
      const start = Math.max(0, items.findIndex((item) => item.value === fallback));
      return selectLine(message, items, start, false);
    },
    say(lines: string) {
      write(lines);
    },
  };
}
