/// <reference types="vite/client" />
import { scriptTexts } from '../../src/emit/powershell.ts';
import type { ScriptTexts } from '../../src/messages/types.ts';
import { LANGS, type Lang } from '../../src/model/lang.ts';

/**
 * Every step's own script texts, found by convention rather than listed: each `export const
 * <section>Texts: Record<Lang, …>` of a `src/steps/<id>/script-texts.ts`, under its section name
 * (`siteTexts` → `site`). A new step's script texts are checked (quotable, said by a script,
 * translated) without a line here.
 */
const STEP_MODULES = import.meta.glob<Record<string, unknown>>('../../src/steps/*/script-texts.ts', { eager: true });

function isPerLanguage(value: unknown): value is Record<Lang, Record<string, unknown>> {
  return typeof value === 'object' && value !== null && LANGS.every((lang) => lang in value) && Object.keys(value).length === LANGS.length;
}

/** The steps' script texts by section name, in every language. */
export const STEP_SCRIPT_TEXTS: ReadonlyArray<readonly [section: string, texts: Record<Lang, Record<string, unknown>>]> = Object.values(STEP_MODULES).flatMap((module) =>
  Object.entries(module).flatMap(([name, value]) => (name.endsWith('Texts') && isPerLanguage(value) ? [[name.slice(0, -'Texts'.length), value] as const] : [])),
);

/** The shared script texts and each step's own, by section. */
export type AllScriptTexts = ScriptTexts & Record<string, Record<string, unknown>>;

/**
 * Every text the generated scripts say in `lang`, by section: the shared ones of the catalogue
 * (src/messages/script.*.ts) and each step's own (src/steps/<id>/script-texts.ts).
 */
export function allScriptTexts(lang: Lang): AllScriptTexts {
  return { ...scriptTexts(lang), ...Object.fromEntries(STEP_SCRIPT_TEXTS.map(([section, texts]) => [section, texts[lang]])) };
}
