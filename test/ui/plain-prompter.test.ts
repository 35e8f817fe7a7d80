/**
 * The plain prompter (issue 17: a terminal that moves no cursor, TERM=dumb) over fake streams:
 * the exact lines it writes, what an answer line gives, the question asked again after a refusal,
 * and the end of input as a cancellation. Nothing it writes may hold an escape character.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CancelledError, GoBackError } from '../../src/model/errors.ts';
import type { AnyInputSpec } from '../../src/model/inputs.ts';
import { ALL_INPUTS } from '../../src/steps/declarations.ts';
import { checkFqdn } from '../../src/domain/fqdn.ts';
import { plainPrompter } from '../../src/ui/plain-prompter.ts';
import { answerInterrupted } from '../../src/ui/line-interrupt.ts';

const spec = (key: string) => ALL_INPUTS.find((candidate) => candidate.key === key) as AnyInputSpec;

/** A prompter on fake streams; `answer` waits until the output ends with `question`, then types a line. */
function session(lang: 'en' | 'fr' = 'en', columns?: number) {
  const input = new PassThrough();
  const output = Object.assign(new PassThrough(), columns === undefined ? {} : { columns });
  let written = '';
  const waiting: Array<{ text: string; done: () => void }> = [];
  output.on('data', (chunk: Buffer) => {
    written += chunk.toString('utf8');
    for (const wait of waiting.splice(0)) {
      if (written.endsWith(wait.text)) wait.done();
      else waiting.push(wait);
    }
  });
  const until = (text: string) => new Promise<void>((resolve) => (written.endsWith(text) ? resolve() : waiting.push({ text, done: resolve })));
  return {
    prompter: plainPrompter(lang, { input, output }),
    input,
    written: () => written,
    until,
    async answer(question: string, line: string) {
      await until(question);
      input.write(`${line}\n`);
    },
  };
}

const SMS = '? SMS Provider FQDN ';
const SINGLE_LABEL = '> "cm01" is not a usable host name: it is a single label; give the fully qualified name (host.domain).\n';

describe('the plain prompter', () => {
  it('a text question: one line, the answer read as a line; a refusal on its own line, then the question again', async () => {
    const s = session();
    const answer = s.prompter.ask(spec('smsProvider'), { required: true, check: (value) => checkFqdn(String(value)) });
    await s.answer(SMS, 'cm01');
    // A fake stream does not echo: at a terminal the typed line and its Enter stand after the question.
    await s.answer(`${SINGLE_LABEL}${SMS}`, 'cm01.contoso.com');
    await expect(answer).resolves.toBe('cm01.contoso.com');
    expect(s.written()).toBe(`${SMS}${SINGLE_LABEL}${SMS}`);
  });

  it('a default in brackets, taken on an empty line; a typed answer is typed (a whole number)', async () => {
    const s = session();
    const kept = s.prompter.ask(spec('vmCount'), { default: 1, required: false, check: () => [] });
    await s.answer('? Number of VM instances (1-16) [1] ', '');
    await expect(kept).resolves.toBe(1);
    const typed = s.prompter.ask(spec('vmCount'), { default: 1, required: false, check: () => [] });
    await s.answer('? Number of VM instances (1-16) [1] ', 'two');
    await s.answer('> expected a whole number, got "two".\n? Number of VM instances (1-16) [1] ', '2');
    await expect(typed).resolves.toBe(2);
  });

  it('a choice: a numbered list, answered by number, by value, or Enter for the one shown; a wrong number is refused', async () => {
    const s = session();
    const question = '? Deployment model\n  1) vmss     current branch: virtual machine scale set\n  2) classic  the 1610 cloud service, retired by Azure on 31 Aug 2024\n  Number [1]: ';
    const byNumber = s.prompter.ask(spec('model'), { default: 'vmss', required: false, check: () => [] });
    await s.answer(question, '3');
    await s.answer('> Type a number from 1 to 2, or one of the values\n  Number [1]: ', '2');
    await expect(byNumber).resolves.toBe('classic');
    const byValue = s.prompter.ask(spec('model'), { default: 'vmss', required: false, check: () => [] });
    await s.answer(question, 'classic');
    await expect(byValue).resolves.toBe('classic');
    const byDefault = s.prompter.ask(spec('model'), { default: 'vmss', required: false, check: () => [] });
    await s.answer(question, '');
    await expect(byDefault).resolves.toBe('vmss');
  });

  it('an optional choice offers "none" first (undefined when taken)', async () => {
    const s = session();
    const answer = s.prompter.ask(spec('azureAuth'), { required: false, check: () => [] });
    await s.answer('  Number [1]: ', '');
    await expect(answer).resolves.toBeUndefined();
    expect(s.written().split('\n')[1]).toBe('  1) none');
  });

  it('a list to tick: numbers separated by commas or spaces, the ticked ones kept on Enter, the input\'s rule judging the selection', async () => {
    const s = session();
    const rollout = spec('clientRollout');
    const check = (value: unknown) => rollout.validate?.(value as never, {} as never) ?? [];
    const kept = s.prompter.ask(rollout, { default: ['script'], required: true, check });
    await s.answer(' [1]: ', '');
    await expect(kept).resolves.toEqual(['script']);
    const lines = s.written().split('\n');
    expect(lines[0]).toBe('? How should the client change be delivered?');
    expect(lines.at(-1)).toBe('  Numbers, separated by commas or spaces [1]: ');
    const both = s.prompter.ask(rollout, { default: ['script'], required: true, check });
    await s.answer(' [1]: ', `${lines.length - 2} 1`);
    await expect(both).resolves.toEqual(['script', 'intune']);
  });

  it('yes/no: (Y/n) with the default in capitals, any start of the words, a refusal in the catalogue\'s words', async () => {
    const s = session('fr');
    const answer = s.prompter.confirm({ id: 'recommended', message: 'Garder les réglages recommandés ?', fallback: true });
    await s.answer('? Garder les réglages recommandés ? (O/n) ', 'peut-être');
    await s.answer('> Répondez par « Oui » ou « Non »\n? Garder les réglages recommandés ? (O/n) ', 'non');
    await expect(answer).resolves.toBe(false);
    const empty = s.prompter.confirm({ id: 'recommended', message: 'Garder ?', fallback: true });
    await s.answer('? Garder ? (O/n) ', '');
    await expect(empty).resolves.toBe(true);
  });

  it('the review\'s select: numbered, the offered action by Enter', async () => {
    const s = session();
    const answer = s.prompter.select('What now?', [{ value: 'write', name: 'Write' }, { value: 'quit', name: 'Quit' }], 'write');
    await s.answer('? What now?\n  1) Write\n  2) Quit\n  Number [1]: ', '2');
    await expect(answer).resolves.toBe('quit');
  });

  it('a lone "<" goes back where the question can (said after it), and is an answer where it cannot', async () => {
    const s = session();
    const back = s.prompter.ask(spec('smsProvider'), { required: true, check: () => [], canGoBack: true });
    await s.answer('? SMS Provider FQDN (< back) ', '<');
    await expect(back).rejects.toBeInstanceOf(GoBackError);
    const typed = s.prompter.ask(spec('smsProvider'), { required: true, check: (value) => checkFqdn(String(value)) });
    await s.answer(SMS, '<');
    await s.answer(`> "<" is not a usable host name: it is a single label; give the fully qualified name (host.domain).\n${SMS}`, 'cm01.contoso.com');
    await expect(typed).resolves.toBe('cm01.contoso.com');
  });

  it('a password: the question, the line read, nothing echoed, the line ended', async () => {
    const s = session('en');
    const answer = s.prompter.askSecret(spec('serverCertPassword'), { again: true });
    await s.answer('? The same password again ', 'S3cret!');
    await expect(answer).resolves.toBe('S3cret!');
    expect(s.written()).toBe('? The same password again \n');
  });

  it('a password at a terminal: echo off (raw mode) before its question is written, so nothing typed at once is echoed', async () => {
    const events: string[] = [];
    const input = Object.assign(new PassThrough(), {
      isTTY: true,
      setRawMode(mode: boolean) {
        events.push(`raw ${mode}`);
        return input;
      },
    });
    const output = new PassThrough();
    output.on('data', (chunk: Buffer) => events.push(`wrote ${JSON.stringify(chunk.toString('utf8'))}`));
    const answer = plainPrompter('en', { input, output }).askSecret(spec('serverCertPassword'), { again: true });
    input.write('S3cret!\r');
    await expect(answer).resolves.toBe('S3cret!');
    expect(events).toEqual(['raw true', 'wrote "? The same password again "', 'raw false', 'wrote "\\n"']);
  });

  it('end of input (Ctrl+D) cancels: CancelledError, the question\'s line ended', async () => {
    const s = session();
    const answer = s.prompter.ask(spec('smsProvider'), { required: true, check: (value) => checkFqdn(String(value)) });
    await s.answer(SMS, 'cm01');
    await s.answer(`${SINGLE_LABEL}${SMS}`, '');
    s.input.end();
    await expect(answer).rejects.toEqual(new CancelledError('signal'));
    expect(s.written().endsWith(`${SMS}\n`)).toBe(true);
  });

  it('Ctrl+C (SIGINT, passed on by main.ts) cancels the question waiting, and only while one waits', async () => {
    const s = session();
    const answer = s.prompter.ask(spec('smsProvider'), { required: true, check: () => [] });
    await s.answer(SMS, '');
    // The empty line is refused (a required input); the question is asked again and waits.
    await s.until('> a value is required here.\n? SMS Provider FQDN ');
    expect(answerInterrupted()).toBe(true);
    await expect(answer).rejects.toEqual(new CancelledError('signal'));
    expect(answerInterrupted()).toBe(false);
  });

  it('wraps at the terminal\'s width, under the list item\'s text; writes no escape character', async () => {
    const s = session('en', 40);
    const answer = s.prompter.select('What now?', [{ value: 'write', name: 'Write the 12 files into /tmp/a-rather-long/output/folder' }, { value: 'quit', name: 'Quit' }], 'write');
    await s.answer('  Number [1]: ', '1');
    await expect(answer).resolves.toBe('write');
    expect(s.written()).toBe('? What now?\n  1) Write the 12 files into\n  /tmp/a-rather-long/output/folder\n  2) Quit\n  Number [1]: ');
    expect(s.written()).not.toContain('\u001b');
  });
});
