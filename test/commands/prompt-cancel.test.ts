/**
 * Stopping a prompt, in process: whatever inquirer rejects with when a prompt is stopped (Ctrl+C:
 * ExitPromptError; Esc or Ctrl+D, through the prompt's abort signal: AbortPromptError) becomes a
 * CancelledError, exit 130 and the one "Cancelled" line, never "internal error". The pty tests
 * (test/cli/prompt-cancel.test.ts) press the keys at a real terminal.
 */
import { EventEmitter } from 'node:events';
import { AbortPromptError, ExitPromptError } from '@inquirer/core';
import { describe, expect, it } from 'vitest';
import { exitCodeOf } from '../../src/cli/outcome.ts';
import { CancelledError } from '../../src/model/errors.ts';
import { restoreTerminal, SHOW_CURSOR } from '../../src/ui/notice.ts';
import { cancellable } from '../../src/ui/prompter.ts';
import { fakeIO } from './fake-io.ts';

const CANCELLED = 'Cancelled: nothing was written, and temporary files were removed.';

/** A prompt's input: emits keypresses; paused once readline has closed on EOF. */
function keyboard() {
  const input = new EventEmitter() as EventEmitter & { paused: boolean; isPaused: () => boolean };
  input.paused = false;
  input.isPaused = () => input.paused;
  return input;
}

/** A prompt that settles only when its signal aborts, with inquirer's own error. */
const untilAborted = ({ signal }: { signal: AbortSignal }) => new Promise<string>((_resolve, reject) => signal.addEventListener('abort', () => reject(new AbortPromptError())));

describe('a stopped prompt is a cancellation', () => {
  it.each([
    ['Ctrl+C (ExitPromptError)', new ExitPromptError('User force closed the prompt with SIGINT')],
    ['Esc or Ctrl+D (AbortPromptError)', new AbortPromptError()],
  ])('%s → CancelledError → exit 130 and the cancelled line', async (_label, error) => {
    expect(error.name).toMatch(/PromptError$/);
    const io = fakeIO();
    const code = await exitCodeOf(() => cancellable(() => Promise.reject(error), keyboard()), io, { lang: 'en', json: false, command: 'run' });
    expect(code).toBe(130);
    expect(io.err()).toBe(`${CANCELLED}\n`);
    expect(io.err()).not.toContain('internal error');
  });

  it('with --json, the cancelled document on stdout', async () => {
    const io = fakeIO();
    const code = await exitCodeOf(() => cancellable(() => Promise.reject(new ExitPromptError()), keyboard()), io, { lang: 'en', json: true, command: 'run' });
    expect(code).toBe(130);
    expect(JSON.parse(io.out())).toMatchObject({ ok: false, exitCode: 130, error: { kind: 'cancelled', code: 'CANCELLED' } });
  });

  it('rejects with CancelledError, and lets any other error through as it is', async () => {
    await expect(cancellable(() => Promise.reject(new ExitPromptError()), keyboard())).rejects.toBeInstanceOf(CancelledError);
    const bug = new TypeError('x is undefined');
    await expect(cancellable(() => Promise.reject(bug), keyboard())).rejects.toBe(bug);
  });

  it('Esc aborts the prompt', async () => {
    const input = keyboard();
    const asked = cancellable(untilAborted, input);
    input.emit('keypress', '\u001b', { name: 'escape' });
    await expect(asked).rejects.toBeInstanceOf(CancelledError);
    expect(input.listenerCount('keypress')).toBe(0);
  });

  it('Ctrl+D aborts the prompt when readline closed on it (EOF on an empty line)', async () => {
    const input = keyboard();
    const asked = cancellable(untilAborted, input);
    input.paused = true;
    input.emit('keypress', '\u0004', { name: 'd', ctrl: true });
    await expect(asked).rejects.toBeInstanceOf(CancelledError);
  });

  it('Ctrl+D that only deleted a character (readline still open), other keys and arrows do not abort', async () => {
    const input = keyboard();
    let signal: AbortSignal | undefined;
    const asked = cancellable((context) => {
      signal = context.signal;
      return new Promise<string>((resolve) => input.once('done', () => resolve('answer')));
    }, input);
    input.emit('keypress', '\u0004', { name: 'd', ctrl: true });
    input.emit('keypress', 'd', { name: 'd' });
    input.emit('keypress', '\u001b[A', { name: 'up' });
    await Promise.resolve();
    expect(signal?.aborted).toBe(false);
    input.emit('done');
    await expect(asked).resolves.toBe('answer');
  });
});

describe('restoring the terminal from a signal handler', () => {
  it('shows the cursor on each stream that is a terminal (once when both are the same) and leaves raw mode', () => {
    const written: string[] = [];
    const tty = { isTTY: true, write: (text: string) => written.push(`tty:${text}`) };
    const file = { write: (text: string) => written.push(`file:${text}`) };
    const raw: boolean[] = [];
    const stdin = { isTTY: true, isRaw: true, setRawMode: (mode: boolean) => raw.push(mode) };
    restoreTerminal({ stdin, stdout: tty, stderr: file });
    expect(written).toEqual([`tty:${SHOW_CURSOR}`]);
    expect(raw).toEqual([false]);
    written.length = 0;
    restoreTerminal({ stdout: tty, stderr: tty });
    expect(written).toEqual([`tty:${SHOW_CURSOR}`]);
  });

  it('under TERM=dumb (only plain prompts, which hide no cursor): no escape sequence, raw mode still left', () => {
    const written: string[] = [];
    const tty = { isTTY: true, write: (text: string) => written.push(text) };
    const raw: boolean[] = [];
    const stdin = { isTTY: true, isRaw: true, setRawMode: (mode: boolean) => raw.push(mode) };
    restoreTerminal({ stdin, stdout: tty, stderr: tty, env: { TERM: 'dumb' } });
    expect(written).toEqual([]);
    expect(raw).toEqual([false]);
  });

  it('never throws, even when the terminal is gone', () => {
    const gone = { isTTY: true, write: () => { throw new Error('EIO'); }, isRaw: true, setRawMode: () => { throw new Error('EIO'); } };
    expect(() => restoreTerminal({ stdin: gone, stdout: gone, stderr: gone })).not.toThrow();
  });
});
