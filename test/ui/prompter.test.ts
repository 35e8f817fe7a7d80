import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { ALL_INPUTS } from '../../src/steps/declarations.ts';
import { choiceItems, inquirerPrompter } from '../../src/ui/prompter.ts';
import type { AnyInputSpec } from '../../src/model/inputs.ts';
import { LANGS } from '../../src/model/lang.ts';
import { checkFqdn } from '../../src/domain/fqdn.ts';

const spec = (key: string) => ALL_INPUTS.find((candidate) => candidate.key === key) as AnyInputSpec;

describe('the inquirer prompter', () => {
  it('re-asks until the value passes the input\'s own rule, showing the rule\'s message', async () => {
    const answer = inquirerPrompter('en').ask(spec('smsProvider'), { required: true, check: (value) => checkFqdn(String(value)) });
    await screen.next();
    expect(screen.getScreen()).toContain('SMS Provider FQDN');
    screen.type('cm01');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('it is a single label; give the fully qualified name (host.domain)');
    screen.type('.contoso.com');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('cm01.contoso.com');
  });

  it('types the answer: whole numbers, and refuses text for them', async () => {
    const answer = inquirerPrompter('en').ask(spec('vmCount'), { default: 1, required: false, check: () => [] });
    await screen.next();
    screen.keypress({ name: 'backspace' });
    screen.type('two');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('expected a whole number, got "two"');
    for (let index = 0; index < 3; index += 1) screen.keypress({ name: 'backspace' });
    screen.type('2');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(2);
  });

  it('offers the choices of a choice input, and "none" when it is optional', async () => {
    const answer = inquirerPrompter('en').ask(spec('azureAuth'), { required: false, check: () => [] });
    await screen.next();
    expect(screen.getScreen()).toContain('none');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('cli');
  });

  it('splits lists on commas', async () => {
    const answer = inquirerPrompter('en').ask(spec('managementPoints'), { required: true, check: () => [] });
    await screen.next();
    screen.type('mp01.contoso.com, mp02.contoso.com');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual(['mp01.contoso.com', 'mp02.contoso.com']);
  });

  it('masks secrets: the screen never shows what was typed', async () => {
    const answer = inquirerPrompter('fr').askSecret(spec('serverCertPassword'));
    await screen.next();
    screen.type('S3cret!');
    expect(screen.getScreen()).not.toContain('S3cret!');
    expect(screen.getScreen()).toContain('*******');
    expect(screen.getScreen()).toContain('Mot de passe');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('S3cret!');
  });

  it('shows a default derived from another answer escaped, and Enter still gives the default itself', async () => {
    // Issue 9: the deployment prefix defaults to the service name's first label, which an answers file may fill with an escape sequence.
    const answer = inquirerPrompter('en').ask(spec('deploymentPrefix'), { default: 'cmg\x1b]52;c;aGk=\x07', required: false, check: () => [] });
    await screen.next();
    expect(screen.getScreen()).toContain('cmg\\x1b]52;c;aGk=\\x07');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('cmg\x1b]52;c;aGk=\x07');
  });

  // Issue 14: choices carry a one-line description; a list of fixed choices is ticked.
  it('lists each choice with its one-line description: the VM sizes name their Azure sizes', async () => {
    const answer = inquirerPrompter('en').ask(spec('vmSize'), { default: 'standard', required: false, check: () => [] });
    await screen.next();
    const shown = screen.getScreen();
    expect(shown).toContain('lab       Standard_B2s, labs only (about 10 clients per VM)');
    expect(shown).toContain('standard  Standard_A2_v2, the default (6,000 clients per VM)');
    expect(shown).toContain('large     Standard_A4_v2 (10,000 clients per VM)');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('standard');
    expect(screen.getScreen()).toContain('VM size standard');
  });

  it('describes the model in French too, classic as retired', async () => {
    const answer = inquirerPrompter('fr').ask(spec('model'), { default: 'vmss', required: false, check: () => [] });
    await screen.next();
    expect(screen.getScreen()).toContain('classic  service cloud de la 1610, retiré par Azure le 31 août 2024');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('vmss');
  });

  it('shows only the choices offered for the answers so far', async () => {
    const answer = inquirerPrompter('en').ask(spec('clientAuth'), { default: 'pki', required: false, check: () => [], choices: ['pki'] });
    await screen.next();
    expect(screen.getScreen()).toContain('pki  client authentication certificates from your PKI');
    expect(screen.getScreen()).not.toContain('entra');
    expect(screen.getScreen()).not.toContain('token');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('pki');
  });

  const rollout = spec('clientRollout');
  const rolloutRule = (value: unknown) => rollout.validate?.(value as never, {}) ?? [];

  it('ticks the rollout forms: the default starts ticked, each form with its description, and the ticked ones are the answer', async () => {
    const answer = inquirerPrompter('en').ask(rollout, { default: ['script'], required: false, check: rolloutRule });
    await screen.next();
    const shown = screen.getScreen();
    expect(shown).toContain('How should the client change be delivered?');
    expect(shown).toMatch(/◉ script {14}Set-CmgClient\.ps1, run on each client/);
    expect(shown).toMatch(/◯ configmgr-baseline {2}configuration item: discovery and remediation scripts/);
    expect(shown).toMatch(/◯ intune {14}Intune remediation: detection and remediation scripts/);
    screen.keypress('down');
    screen.keypress('space');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual(['script', 'configmgr-baseline']);
  });

  it('refuses an empty selection with the input\'s own rule, and takes the selection once one is ticked', async () => {
    const answer = inquirerPrompter('en').ask(rollout, { default: ['script'], required: false, check: rolloutRule });
    await screen.next();
    screen.keypress('space');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Choose at least one way to deliver the client change.');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('space');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual(['gpo']);
  });

  it.each(LANGS)('every choice line fits 80 columns, cursor and box included (%s)', (lang) => {
    const withChoices = ALL_INPUTS.filter((candidate) => candidate.choices);
    expect(withChoices.map((candidate) => candidate.key)).toEqual(['model', 'cloud', 'clientAuth', 'azureAuth', 'vmSize', 'managementPointSecurity', 'clientAlwaysOnInternetAction', 'clientRollout']);
    for (const candidate of withChoices) {
      for (const item of choiceItems(candidate.choices ?? [], candidate.texts[lang].choices)) expect(`❯ ◉ ${item.name}`.length, `${candidate.key} ${item.value}`).toBeLessThanOrEqual(80);
    }
  });
});
