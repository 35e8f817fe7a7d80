import { describe, expect, it } from 'vitest';
import { canPrompt, wantsColor, type TerminalFacts, type TerminalOptions } from '../../src/ui/terminal.ts';

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
