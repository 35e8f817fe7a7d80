/**
 * Ctrl+Z then `fg` at a prompt, in process: readline stops the process on Ctrl+Z and, on SIGCONT,
 * pauses its input for good, so cancellable ends the prompt and asks the same question again
 * (src/ui/prompter.ts). The real terminal is in test/cli/terminal-scenarios.test.ts.
 */
import { EventEmitter } from 'node:events';
import { AbortPromptError } from '@inquirer/core';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/model/errors.ts';
import { cancellable } from '../../src/ui/prompter.ts';

/** A prompt that settles with its answer on `done`, or with inquirer's error when its signal aborts. */
function promptOn(input: EventEmitter, asked: AbortSignal[]) {
  return ({ signal }: { signal: AbortSignal }) =>
    new Promise<string>((resolve, reject) => {
      asked.push(signal);
      signal.addEventListener('abort', () => reject(new AbortPromptError({ cause: signal.reason })));
      input.once('done', resolve);
    });
}

describe('SIGCONT during a prompt (Ctrl+Z, then fg)', () => {
  it('asks the same question again, and the new prompt gets the answer', async () => {
    const input = new EventEmitter();
    const resumed = new EventEmitter();
    const asked: AbortSignal[] = [];
    const answer = cancellable(promptOn(input, asked), input, { resumed });
    expect(asked).toHaveLength(1);
    resumed.emit('SIGCONT');
    await new Promise((resolve) => setImmediate(resolve));
    expect(asked).toHaveLength(2);
    expect(asked[0]?.aborted).toBe(true);
    expect(asked[1]?.aborted).toBe(false);
    input.emit('done', 'contosocmg.contoso.com');
    await expect(answer).resolves.toBe('contosocmg.contoso.com');
    // Once answered, a SIGCONT is nobody's business here.
    expect(resumed.listenerCount('SIGCONT')).toBe(0);
    expect(input.listenerCount('keypress')).toBe(0);
  });

  it('Esc on the prompt asked again is still a cancellation', async () => {
    const input = new EventEmitter();
    const resumed = new EventEmitter();
    const asked: AbortSignal[] = [];
    const answer = cancellable(promptOn(input, asked), input, { resumed });
    resumed.emit('SIGCONT');
    await new Promise((resolve) => setImmediate(resolve));
    input.emit('keypress', '\u001b', { name: 'escape' });
    await expect(answer).rejects.toBeInstanceOf(CancelledError);
    expect(resumed.listenerCount('SIGCONT')).toBe(0);
  });
});
