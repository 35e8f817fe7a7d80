import type { Catalogue, Params, Text } from './types.ts';
import { visibleParams } from './visible.ts';
import type { Code } from '../model/codes.ts';
import type { Lang } from '../model/lang.ts';


/** The texts of a section with their string parameters shown escaped (paths, names, files); numbers and plain words pass unchanged. */
function shownValues<T extends object>(section: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(section)) out[key] = typeof value === 'function' ? (params: Params) => (value as Text)(visibleParams(params)) : value;
  return out as T;
}

/**
 * The terminal texts take values (paths, service names, file names) the tool did not write, so
 * they are wrapped once here: no caller can print a value's escape sequence by forgetting to.
 * Runbook and document texts are left as they are: their values arrive as Markdown code spans,
 * already made visible by code().
 */
function forTerminal(catalogue: Catalogue): Catalogue {
  return { ...catalogue, ui: shownValues(catalogue.ui), inspect: shownValues(catalogue.inspect), request: shownValues(catalogue.request), resume: shownValues(catalogue.resume) };
}

/**
 * Each language is its own chunk, loaded when a run needs it (issue 15): a run compiles one
 * catalogue, not every language's. Every entry point loads its languages first (src/cli/main.ts;
 * the tests' setup file), after which `catalogue()` answers at once.
 */
const LOADERS: Record<Lang, () => Promise<Catalogue>> = {
  en: async () => (await import('./en.ts')).en,
  fr: async () => (await import('./fr.ts')).fr,
};

const CATALOGUES: Partial<Record<Lang, Catalogue>> = {};

export async function loadCatalogues(langs: readonly Lang[]): Promise<void> {
  await Promise.all(
    langs.map(async (lang) => {
      CATALOGUES[lang] ??= forTerminal(await LOADERS[lang]());
    }),
  );
}

/** A loaded language's texts; asking for one no entry point loaded is a programming error. */
export function catalogue(lang: Lang): Catalogue {
  const loaded = CATALOGUES[lang];
  if (!loaded) throw new Error(`the ${lang} catalogue is not loaded (loadCatalogues)`);
  return loaded;
}

/**
 * The text of a finding or usage code: every language has one for every code (Record<Code, Text>),
 * so there is no fallback. Every string parameter is shown escaped (issue 9): values come from
 * flags, answers files, file names and certificates, and a control or bidi character in one must
 * not reach a terminal or a log as is.
 */
export function codeText(lang: Lang, code: Code, params: Params = {}): string {
  return catalogue(lang).codes[code](visibleParams(params));
}
