import { UsageError } from '../errors.ts';
import { langFromEnv, LANGS, type Lang } from '../ui/i18n.ts';

/** --lang: en or fr; without it, the locale of the environment. */
export function parseLang(value: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (value === undefined) return langFromEnv(env);
  const lang = LANGS.find((candidate) => candidate === value);
  if (!lang) throw new UsageError([{ code: 'INPUT_NOT_A_CHOICE', input: 'lang', params: { given: value, choices: LANGS.join(', ') } }]);
  return lang;
}

/** --now: the clock of the run, so the same inputs give the same bytes. */
export function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) throw new UsageError([{ code: 'NOW_INVALID', params: { value } }]);
  return date;
}

