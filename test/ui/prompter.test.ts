import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { ALL_INPUTS } from '../../src/steps/index.ts';
import { inquirerPrompter } from '../../src/ui/prompter.ts';
import type { AnyInputSpec } from '../../src/model/inputs.ts';
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
});
