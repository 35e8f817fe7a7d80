/**
 * Issue 14, "French all through": the prompt library's own words come from the catalogue. In
 * French a yes/no question shows `(O/n)` and takes o, oui, n, non; the key hints under a list, a
 * checkbox and a password are French; the English themes give exactly the library's own screens.
 */
import { checkbox, confirm, password, select } from '@inquirer/prompts';
import { render as renderPrompt } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.ts';
import { fr } from '../../src/messages/fr.ts';
import { LANGS } from '../../src/model/lang.ts';
import { hintWords, promptThemes } from '../../src/ui/prompt-theme.ts';

/**
 * A prompt rendered to look at its screen. A test that only looks leaves it open, and the prompt
 * library closes every open prompt with ExitPromptError when the process (a worker shared with
 * other test files) says it exits: that rejection is expected, so it is handled here.
 */
const render: typeof renderPrompt = async (prompt, config, options) => {
  const rendered = await renderPrompt(prompt, config, options);
  rendered.answer.catch(() => {});
  return rendered;
};

const FR = promptThemes('fr');
const EN = promptThemes('en');

describe('yes/no in French', () => {
  it('shows (O/n) when the default is yes and (o/N) when it is no', async () => {
    const yes = await render(confirm, { message: 'Appliquer TLS 1.2 ?', default: true, theme: FR.confirm });
    expect(yes.getScreen()).toBe('? Appliquer TLS 1.2 ? (O/n)');
    const no = await render(confirm, { message: 'Arrêter la CMG ?', default: false, theme: FR.confirm });
    expect(no.getScreen()).toBe('? Arrêter la CMG ? (o/N)');
  });

  it.each([
    ['o', true],
    ['oui', true],
    ['O', true],
    ['Oui', true],
    ['n', false],
    ['non', false],
    ['N', false],
    ['NON', false],
  ])('takes %s as %s, and shows the answer in French', async (typed, expected) => {
    const { answer, events, getScreen } = await render(confirm, { message: 'Appliquer TLS 1.2 ?', default: !expected, theme: FR.confirm });
    events.type(typed);
    events.keypress('enter');
    await expect(answer).resolves.toBe(expected);
    expect(getScreen()).toBe(`✔ Appliquer TLS 1.2 ? ${expected ? 'Oui' : 'Non'}`);
  });

  it('Enter takes the default', async () => {
    const { answer, events } = await render(confirm, { message: 'Q ?', default: true, theme: FR.confirm });
    events.keypress('enter');
    await expect(answer).resolves.toBe(true);
  });

  it('refuses another answer with a French line, then takes o', async () => {
    const { answer, events, getScreen } = await render(confirm, { message: 'Q ?', default: true, theme: FR.confirm });
    events.type('peut-être');
    events.keypress('enter');
    expect(getScreen()).toBe('? Q ? (O/n) peut-être\n> Répondez par « Oui » ou « Non »');
    for (let index = 0; index < 'peut-être'.length; index += 1) events.keypress('backspace');
    events.type('o');
    events.keypress('enter');
    await expect(answer).resolves.toBe(true);
  });
});

describe('key hints in French', () => {
  it('select: ↑↓ parcourir • ⏎ choisir', async () => {
    const { getScreen } = await render(select, { message: 'Cloud Azure', choices: ['public', 'usgov'], theme: FR.select });
    expect(getScreen()).toBe('? Cloud Azure\n❯ public\n  usgov\n\n↑↓ parcourir • ⏎ choisir');
  });

  it('checkbox: every key and action of its hint', async () => {
    const { getScreen } = await render(checkbox, { message: 'Déploiement', choices: ['script', 'gpo'], theme: FR.checkbox });
    expect(getScreen().split('\n').at(-1)).toBe('↑↓ parcourir • espace choisir • a tout • i inverser • ⏎ valider');
  });

  it('password: ctrl+t afficher ou masquer, and the masked-text line without a mask', async () => {
    const masked = await render(password, { message: 'Mot de passe', mask: '*', theme: FR.password });
    expect(masked.getScreen()).toBe('? Mot de passe\nctrl+t afficher ou masquer');
    const hidden = await render(password, { message: 'Mot de passe', theme: FR.password });
    expect(hidden.getScreen()).toBe('? Mot de passe [saisie masquée]\nctrl+t afficher ou masquer');
  });

  it('a disabled choice is refused in French', async () => {
    const { events, getScreen } = await render(select, { message: 'Q', choices: [{ value: 'a', disabled: true }, { value: 'b' }], theme: FR.select });
    // The list opens on its first entry, the disabled one.
    events.keypress('enter');
    expect(getScreen()).toContain(`> ${fr.prompts.selectDisabled}`);
  });

  it('hintWords: every key and action has a word in each language; one it does not know is shown as given', () => {
    for (const lang of LANGS) {
      for (const action of ['navigate', 'select', 'submit', 'all', 'invert', 'toggle visibility']) expect(hintWords(lang, '⏎', action)[1]).not.toBe('');
      expect(hintWords(lang, 'space', 'select')[0]).toBe(lang === 'fr' ? 'espace' : 'space');
      expect(hintWords(lang, 'ctrl+x', 'explode')).toEqual(['ctrl+x', 'explode']);
    }
    expect(['navigate', 'select', 'submit', 'all', 'invert', 'toggle visibility'].map((action) => hintWords('fr', '⏎', action)[1])).toEqual(['parcourir', 'choisir', 'valider', 'tout', 'inverser', 'afficher ou masquer']);
  });
});

describe('English: the library\'s own screens, unchanged', () => {
  const same = async <T>(run: (theme: boolean) => Promise<{ getScreen: () => string; events: { type: (text: string) => void; keypress: (key: string) => void }; answer: Promise<T> }>, keys: (events: { type: (text: string) => void; keypress: (key: string) => void }) => void) => {
    const themed = await run(true);
    const plain = await run(false);
    expect(themed.getScreen()).toBe(plain.getScreen());
    keys(themed.events);
    keys(plain.events);
    expect(themed.getScreen()).toBe(plain.getScreen());
    return themed.getScreen();
  };

  it('confirm: (Y/n) and its error line', async () => {
    const screen = await same((theme) => render(confirm, { message: 'Enforce TLS 1.2?', default: true, ...(theme ? { theme: EN.confirm } : {}) }), (events) => {
      events.type('maybe');
      events.keypress('enter');
    });
    expect(screen).toBe('? Enforce TLS 1.2? (Y/n) maybe\n> You must answer with "Yes" or "No"');
    expect(en.prompts.yesNoError({ yes: en.prompts.yes, no: en.prompts.no })).toBe('You must answer with "Yes" or "No"');
  });

  it('select, checkbox and password hints', async () => {
    const choices = ['public', 'usgov'];
    expect(await same((theme) => render(select, { message: 'Azure cloud', choices, ...(theme ? { theme: EN.select } : {}) }), () => {})).toContain('↑↓ navigate • ⏎ select');
    expect(await same((theme) => render(checkbox, { message: 'Rollout', choices, ...(theme ? { theme: EN.checkbox } : {}) }), () => {})).toContain('↑↓ navigate • space select • a all • i invert • ⏎ submit');
    expect(await same((theme) => render(password, { message: 'Password', ...(theme ? { theme: EN.password } : {}) }), () => {})).toBe('? Password [input is masked]\nctrl+t toggle visibility');
  });
});
