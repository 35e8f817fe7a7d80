import type { Problem } from '../model/findings.ts';
import type { AnyInputSpec } from '../model/inputs.ts';
import type { Lang } from '../model/lang.ts';
import { codeText } from '../messages/i18n.ts';
import { visible } from '../messages/visible.ts';
import { coerce, splitList } from '../wizard/coerce.ts';

/** The first error a value has, as the text a prompt shows under the question. */
export function firstError(problems: Problem[], lang: Lang): string | true {
  const problem = problems.find((candidate) => candidate.severity === 'error');
  return problem ? codeText(lang, problem.code, problem.params) : true;
}

function asDefaultText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

/**
 * A typed question's rules, one for the rich prompter (src/ui/prompter.ts) and the plain one
 * (src/ui/plain-prompter.ts), so both accept and refuse the same answers with the same words:
 * `shownDefault` is the default as the question shows it; `judge` is true or the message to show;
 * `value` is what an accepted answer stands for.
 */
export function textAnswer(spec: AnyInputSpec, options: { default?: unknown; required: boolean; check: (value: unknown) => Problem[] }, lang: Lang) {
  const { default: fallback, required, check } = options;
  const optional = !required && fallback === undefined;
  const typed = (raw: string) => coerce(spec, spec.kind === 'list' ? splitList(raw, spec) : raw, true);
  // A default derived from other answers (the deployment prefix from the service name) may
  // hold an escape sequence: it is shown escaped, and choosing it gives the default itself.
  const defaultText = asDefaultText(fallback);
  const shownDefault = defaultText === undefined ? undefined : visible(defaultText);
  const isShownDefault = (raw: string) => shownDefault !== defaultText && raw === shownDefault;
  return {
    optional,
    shownDefault,
    judge(raw: string): string | true {
      // Empty keeps the default (an empty list is one) or skips an optional input.
      if (raw.trim() === '') return optional || fallback !== undefined ? true : codeText(lang, 'INPUT_EMPTY');
      if (isShownDefault(raw)) return firstError(check(fallback), lang);
      const result = typed(raw.trim());
      if (!result.ok) return codeText(lang, result.problem.code, result.problem.params);
      return firstError(check(result.value), lang);
    },
    value(raw: string): unknown {
      if (raw.trim() === '' || isShownDefault(raw)) return fallback;
      const result = typed(raw.trim());
      return result.ok ? result.value : undefined;
    },
  };
}
