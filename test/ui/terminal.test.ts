import { describe, expect, it } from 'vitest';
import { withProgress } from '../../src/ui/progress.ts';
import { animates, canPrompt, terminalFor, wantsColor, type TerminalFacts, type TerminalOptions } from '../../src/ui/terminal.ts';

const tty: TerminalFacts = { stdinIsTTY: true, stdoutIsTTY: true, stderrIsTTY: true, ci: false, env: {} };
const auto: TerminalOptions = { json: false, yes: false, interactive: undefined, color: true };

describe('the one interactivity decision', () => {
  it.each<[string, Partial<TerminalFacts>, Partial<TerminalOptions>, boolean]>([
    ['a terminal at both ends', {}, {}, true],
    ['stdin piped', { stdinIsTTY: false }, {}, false],
    ['stdout redirected to a file', { stdoutIsTTY: false }, {}, false],
    ['CI', { ci: true }, {}, false],
    ['--json', {}, { json: true }, false],
    ['--yes', {}, { yes: true }, false],
    ['--no-interactive', {}, { interactive: false }, false],
    ['--interactive in CI with a terminal stdin', { ci: true, stdoutIsTTY: false }, { interactive: true }, true],
    ['--interactive cannot make a pipe answer', { stdinIsTTY: false }, { interactive: true }, false],
    ['--interactive loses to --json', {}, { interactive: true, json: true }, false],
  ])('%s → %s', (_label, facts, options, expected) => {
    expect(canPrompt({ ...tty, ...facts }, { ...auto, ...options })).toBe(expected);
  });
});

describe('colour', () => {
  it.each<[string, Partial<TerminalFacts>, Partial<TerminalOptions>, boolean]>([
    ['a terminal', {}, {}, true],
    ['NO_COLOR set', { env: { NO_COLOR: '1' } }, {}, false],
    ['NO_COLOR empty counts as unset (no-color.org)', { env: { NO_COLOR: '' } }, {}, true],
    ['--no-color', {}, { color: false }, false],
    ['--json', {}, { json: true }, false],
    ['TERM=dumb', { env: { TERM: 'dumb' } }, {}, false],
    ['stderr not a terminal', { stderrIsTTY: false }, {}, false],
    ['FORCE_COLOR=1 without a terminal', { stderrIsTTY: false, env: { FORCE_COLOR: '1' } }, {}, true],
    ['FORCE_COLOR=0 on a terminal', { env: { FORCE_COLOR: '0' } }, {}, false],
  ])('%s → %s', (_label, facts, options, expected) => {
    expect(wantsColor({ ...tty, ...facts }, { ...auto, ...options })).toBe(expected);
  });
});

describe('a spinner only where the cursor moves (issue 17)', () => {
  it.each<[string, Partial<TerminalFacts>, boolean]>([
    ['a terminal', {}, true],
    ['TERM=dumb', { env: { TERM: 'dumb' } }, false],
    ['stderr not a terminal', { stderrIsTTY: false }, false],
  ])('%s → %s', (_label, facts, expected) => {
    expect(animates({ ...tty, ...facts })).toBe(expected);
  });

  it('TERM=dumb at a terminal that can prompt: the work runs, its lines plain, no escape code written', async () => {
    const written: string[] = [];
    const stderr = { isTTY: true, write: (chunk: string) => (written.push(chunk), true) } as unknown as NodeJS.WritableStream;
    const terminal = terminalFor({ ...tty, env: { TERM: 'dumb' } }, { stdout: stderr, stderr }, {}, 'en');
    expect([terminal.canPrompt, terminal.animates]).toEqual([true, false]);
    expect(await withProgress(terminal, 'Making keys', async (print) => (print('a line'), 42))).toBe(42);
    expect(written).toEqual(['a line\n']);
  });
});
