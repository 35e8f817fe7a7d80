import { en } from './messages/en.ts';
import { fr } from './messages/fr.ts';
import type { Catalogue, Params } from './messages/types.ts';

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

const CATALOGUES: Record<Lang, Catalogue> = { en, fr };

export function catalogue(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** --lang wins; otherwise the POSIX locale variables, in their order of precedence. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The text of a finding or usage code; an unknown code still says something useful. */
export function codeText(lang: Lang, code: string, params: Params = {}): string {
  const text = catalogue(lang).codes[code] ?? en.codes[code];
  return text ? text(params) : code;
}
