/** The languages of the tool's texts and of what it writes (--lang); each has a complete catalogue (src/messages/). */
export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

/** --lang wins; otherwise the POSIX locale variables, in their order of precedence. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  // `fr_FR.UTF-8`, `fr-CA`, `fr`: the language part names one of ours, or English.
  return LANGS.find((lang) => locale === lang || locale.startsWith(`${lang}_`) || locale.startsWith(`${lang}-`) || locale.startsWith(`${lang}.`)) ?? 'en';
}
