/**
 * Issue 14, "French all through", at the prompter (src/ui/prompter.ts): each kind of question it
 * asks carries the French theme, so a French run shows `(O/n)`, takes o/oui/n/non, and names the
 * keys in French.
 */
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { ALL_INPUTS } from '../../src/steps/declarations.ts';
import { inquirerPrompter } from '../../src/ui/prompter.ts';
import type { AnyInputSpec } from '../../src/model/inputs.ts';

const spec = (key: string) => ALL_INPUTS.find((candidate) => candidate.key === key) as AnyInputSpec;

describe('the prompter in French', () => {
  it('a yes/no input on by default: (O/n), and o is yes', async () => {
    const answer = inquirerPrompter('fr').ask(spec('enforceTls12'), { default: true, required: false, check: () => [] });
    await screen.next();
    expect(screen.getScreen()).toBe('? Appliquer TLS 1.2 ? (O/n)');
    screen.type('o');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(true);
  });

  it('a yes/no input off by default: (o/N), and oui is yes', async () => {
    const answer = inquirerPrompter('fr').ask(spec('verifyClientCrl'), { default: false, required: false, check: () => [] });
    await screen.next();
    expect(screen.getScreen()).toBe('? Vérifier la révocation des certificats clients ? (o/N)');
    screen.type('oui');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(true);
  });

  it('the interview\'s own yes/no question: (O/n), and non is no', async () => {
    const answer = inquirerPrompter('fr').confirm({ id: 'classic', message: 'Continuer avec le modèle classique, retiré ?', fallback: true });
    await screen.next();
    expect(screen.getScreen()).toBe('? Continuer avec le modèle classique, retiré ? (O/n)');
    screen.type('non');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(false);
  });

  it('the interview\'s own yes/no question: n is no', async () => {
    const answer = inquirerPrompter('fr').confirm({ id: 'step-problems', message: 'Changer ?', fallback: true });
    await screen.next();
    screen.type('n');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(false);
  });

  it('a list: the French key hint, and "aucun" when optional', async () => {
    const answer = inquirerPrompter('fr').ask(spec('azureAuth'), { required: false, check: () => [] });
    await screen.next();
    const lines = screen.getScreen().split('\n');
    expect(lines[1]).toBe('❯ aucun');
    expect(lines.at(-1)).toBe('↑↓ parcourir • ⏎ choisir');
    screen.keypress('enter');
    await expect(answer).resolves.toBeUndefined();
  });

  it('a password: the French key hint', async () => {
    const answer = inquirerPrompter('fr').askSecret(spec('serverCertPassword'));
    await screen.next();
    expect(screen.getScreen().split('\n').at(-1)).toBe('ctrl+t afficher ou masquer');
    screen.type('S3cret!');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('S3cret!');
  });
});

describe('the prompter in English', () => {
  it('a yes/no input: (Y/n) as the library writes it, and y is yes', async () => {
    const answer = inquirerPrompter('en').ask(spec('enforceTls12'), { default: true, required: false, check: () => [] });
    await screen.next();
    expect(screen.getScreen()).toBe('? Enforce TLS 1.2? (Y/n)');
    screen.type('y');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(true);
  });
});
