/**
 * The themes that make @inquirer/prompts speak the catalogue's language: the yes/no words (a
 * French yes/no question shows `(O/n)` and accepts o, oui, n, non), the key hints under a list or
 * a password (`↑↓ navigate • ⏎ select`), and the error lines the library writes itself. English
 * passes the library's own words back to it, so its screens do not change.
 *
 * Not themeable, and never shown by src/ui/prompter.ts: input's "You must provide a valid value"
 * (its validate always returns true or a catalogue text), password's (it has no validate), and
 * checkbox's "At least one choice must be selected" (the rollout checkbox is not `required`: its
 * input's own rule judges an empty selection, in the catalogue's words).
 */
import { styleText } from 'node:util';
import { catalogue } from '../messages/i18n.ts';
import type { PromptTexts } from '../messages/types.ts';
import type { Lang } from '../model/lang.ts';

type Prompts = typeof import('@inquirer/prompts');
type ThemeOf<K extends 'confirm' | 'select' | 'checkbox' | 'password'> = NonNullable<Parameters<Prompts[K]>[0]['theme']>;

/** The actions the prompts name in their key hints (inquirer 8.7's English words), by catalogue key. */
const ACTIONS: Readonly<Record<string, keyof PromptTexts['actions']>> = {
  navigate: 'navigate',
  select: 'select',
  submit: 'submit',
  all: 'all',
  invert: 'invert',
  'toggle visibility': 'toggleVisibility',
};

const KEYS: Readonly<Record<string, keyof PromptTexts['keys']>> = { space: 'space' };

/** A key hint's words in the catalogue's language; a key or action it does not know is shown as given. */
export function hintWords(lang: Lang, key: string, action: string): [key: string, action: string] {
  const text = catalogue(lang).prompts;
  const keyName = KEYS[key];
  const actionName = ACTIONS[action];
  return [keyName ? text.keys[keyName] : key, actionName ? text.actions[actionName] : action];
}

/** The hint line under a list or a password, laid out as inquirer lays it out (bold key, dim action, ` • `). */
function keysHelpTip(lang: Lang): (keys: [key: string, action: string][]) => string {
  return (keys) =>
    keys
      .map(([key, action]) => hintWords(lang, key, action))
      .map(([key, action]) => `${styleText('bold', key)} ${styleText('dim', action)}`)
      .join(styleText('dim', ' • '));
}

export interface PromptThemes {
  confirm: ThemeOf<'confirm'>;
  select: ThemeOf<'select'>;
  checkbox: ThemeOf<'checkbox'>;
  password: ThemeOf<'password'>;
}

/** The theme of each kind of prompt, for a language. */
export function promptThemes(lang: Lang): PromptThemes {
  const text = catalogue(lang).prompts;
  return {
    confirm: { keywords: { yes: text.yes, no: text.no, error: ({ yes, no }: { yes: string; no: string }) => text.yesNoError({ yes, no }) } },
    select: { style: { keysHelpTip: keysHelpTip(lang) }, i18n: { disabledError: text.selectDisabled } },
    checkbox: { style: { keysHelpTip: keysHelpTip(lang) }, i18n: { disabledError: text.checkboxDisabled } },
    password: { style: { keysHelpTip: keysHelpTip(lang), maskedText: text.maskedText } },
  };
}

export const confirmTheme = (lang: Lang): PromptThemes['confirm'] => promptThemes(lang).confirm;
export const selectTheme = (lang: Lang): PromptThemes['select'] => promptThemes(lang).select;
export const checkboxTheme = (lang: Lang): PromptThemes['checkbox'] => promptThemes(lang).checkbox;
export const passwordTheme = (lang: Lang): PromptThemes['password'] => promptThemes(lang).password;
