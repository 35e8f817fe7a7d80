/**
 * The root's sixty-odd options made only when they can be read (issue 15): the root runs the
 * wizard, and commander reads its options only before the first word, so a command line that
 * starts with a command's name (`steps`, `plan ...`, `help`) makes them only for the root's help
 * or the completion walk (src/cli/program.ts rootOptionsLater). Nothing a person sees changes.
 */
import type { Command } from 'commander';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addInputOptions } from '../../src/cli/input-options.ts';
import { buildProgram, makeEveryOption, ROOT_COMMANDS, rootOptionsLater } from '../../src/cli/program.ts';
import type { Lang } from '../../src/model/lang.ts';
import { commanderFacts } from '../completion/program.ts';
import { parseCaptured } from './captured-program.ts';

beforeEach(() => {
  vi.stubEnv('COLUMNS', '100');
});

/** What the program writes on stdout for `args` (help, here). */
const output = async (program: Command, args: string[]): Promise<string> => (await parseCaptured(program, args)).out;

const longFlags = (command: Command) => command.options.map((option) => option.long);

describe('rootOptionsLater', () => {
  it("names exactly the root's commands and help", () => {
    const program = buildProgram('en', addInputOptions);
    expect([...ROOT_COMMANDS].sort()).toEqual([...program.commands.map((command) => command.name()), 'help'].sort());
  });

  it.each([
    [['steps'], true],
    [['plan', '--answers', 'cmg.yaml'], true],
    [['help'], true],
    [['completion', 'bash'], true],
    [[], false],
    [['--help'], false],
    [['--lang', 'fr', 'steps'], false],
    [['--answers', 'cmg.yaml'], false],
    [['stepz'], false],
  ] as Array<[string[], boolean]>)('%j: %s', (args, later) => {
    expect(rootOptionsLater(args)).toBe(later);
  });
});

describe("the root's options made later", () => {
  it('are not made for `steps`; the root has only --version (commander keeps --help apart) until its help is asked for', () => {
    const later = buildProgram('en', addInputOptions, 'later');
    expect(longFlags(later)).toEqual(['--version']);
    const now = buildProgram('en', addInputOptions, 'now');
    expect(longFlags(now).length).toBeGreaterThan(60);
  });

  it.each(['en', 'fr'] as Lang[])('%s: `help` shows the same root help, option for option, as `--help` on a program made at once', async (lang) => {
    const expected = await output(buildProgram(lang, addInputOptions, 'now'), ['--help']);
    expect(expected).toContain('--server-cert-path');
    expect(await output(buildProgram(lang, addInputOptions, 'later'), ['help'])).toBe(expected);
  });

  it('the completion walk makes them: the same commands and flags as a program made at once', () => {
    const later = buildProgram('en', addInputOptions, 'later');
    const now = buildProgram('en', addInputOptions, 'now');
    makeEveryOption(later);
    makeEveryOption(now);
    expect(commanderFacts(later)).toEqual(commanderFacts(now));
    expect(longFlags(later)).toEqual(longFlags(now));
  });

  it('`help plan` and `plan --help`: the plan options, whichever way the root was made', async () => {
    const expected = await output(buildProgram('en', addInputOptions, 'now'), ['plan', '--help']);
    expect(expected).toContain('--answers');
    expect(await output(buildProgram('en', addInputOptions, 'later'), ['help', 'plan'])).toBe(expected);
    expect(await output(buildProgram('en', addInputOptions, 'later'), ['plan', '--help'])).toBe(expected);
  });
});
