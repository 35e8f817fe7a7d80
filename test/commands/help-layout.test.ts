/**
 * The layout of every help text (src/cli/help/layout.ts), and every command's help as the build
 * keeps it for the bin (src/cli/instant.ts; issue 15): printed from its document, it is
 * commander's `--help` of that command in the program main.ts builds, at every width, in every
 * language.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keptHelps, keptOutputs } from '../../src/cli/kept-texts-build.ts';
import { boxWrap, helpWidth, renderHelp, type HelpDocument } from '../../src/cli/help/layout.ts';
import { addInputOptions } from '../../src/cli/input-options.ts';
import { helpCommandOf, KEPT_OUTPUTS, keptHelpFile, keptHelpText, keptOutputFile, keptOutputOf, printKept } from '../../src/cli/instant.ts';
import { buildProgram } from '../../src/cli/program.ts';
import { LANGS } from '../../src/model/lang.ts';
import { parseCaptured } from './captured-program.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

const DOCUMENT: HelpDocument = {
  usage: 'Usage: x [options]',
  description: 'A tool that does several things for you today.',
  sections: [
    {
      title: 'Options:',
      items: [
        ['-a', 'first option with a long description that wraps'],
        ['--very-long-option-name <value>', 'desc'],
        ['-b', ''],
        ['-c', 'by hand:\n  indented'],
      ],
    },
    { title: 'Commands:', items: [['go', 'goes']] },
  ],
};

describe('renderHelp', () => {
  it('at 40 columns: the term column capped at 45% (14), a longer term above its description, descriptions wrapped between words', () => {
    expect(renderHelp(DOCUMENT, 40).split('\n')).toEqual([
      'Usage: x [options]',
      '',
      'A tool that does several things for you',
      'today.',
      '',
      'Options:',
      '  -a              first option with a',
      '                  long description that',
      '                  wraps',
      '  --very-long-option-name <value>',
      '                  desc',
      '  -b',
      '  -c              by hand:',
      '                    indented',
      '',
      'Commands:',
      '  go              goes',
      '',
    ]);
  });

  it('at 200 columns: the column fits the longest term, nothing wrapped', () => {
    const lines = renderHelp(DOCUMENT, 200).split('\n');
    expect(lines[2]).toBe('A tool that does several things for you today.');
    expect(lines[5]).toBe(`  -a${' '.repeat(31)}first option with a long description that wraps`);
    expect(lines[6]).toBe(`  --very-long-option-name <value>  desc`);
  });

  it('under 20 columns: the description is not wrapped, a description still wraps at 20, the column is at least 8', () => {
    const lines = renderHelp(DOCUMENT, 10).split('\n');
    expect(lines[2]).toBe('A tool that does several things for you today.');
    expect(lines.slice(4, 8)).toEqual(['Options:', '  -a        first option with a', '            long description', '            that wraps']);
  });

  it("boxWrap: commander's rules (line breaks kept, the space at a break dropped, a word longer than the width on its own line)", () => {
    expect(boxWrap('one two three four five six', 20)).toBe('one two three four\nfive six');
    expect(boxWrap('one\n\ntwo', 20)).toBe('one\n\ntwo');
    expect(boxWrap('a-very-long-word-that-does-not-fit x', 20)).toBe('a-very-long-word-that-does-not-fit\nx');
    expect(boxWrap('one two three four five six', 19)).toBe('one two three four five six');
  });
});

describe('helpWidth', () => {
  it.each([
    [{ isTTY: true, columns: 132 }, { COLUMNS: '50' }, 132],
    [{ isTTY: false, columns: 132 }, { COLUMNS: '50' }, 50],
    [{}, {}, 80],
    [{ isTTY: true, columns: 0 }, { COLUMNS: '61' }, 61],
    [{}, { COLUMNS: 'abc' }, 80],
    [{}, { COLUMNS: '0' }, 80],
    [{}, { COLUMNS: '-5' }, 80],
    [{}, { COLUMNS: '12.5' }, 80],
  ])('%j with %j: %i', (stream, env, width) => {
    expect(helpWidth(stream, env)).toBe(width);
  });
});

/** A stdout (not a terminal) that keeps what is written to it. */
const capturedStdout = () => ({
  written: '',
  write(text: string) {
    this.written += text;
  },
});

/** Every command of the program and the words that name it after `cmg-setup`. */
const COMMANDS: ReadonlyArray<readonly string[]> = [[], ['run'], ['plan'], ['steps'], ['schema'], ['cert'], ['cert', 'lab'], ['cert', 'inspect'], ['cert', 'request'], ['azure'], ['azure', 'check'], ['completion']];

describe('the helps the build keeps (instant.ts)', () => {
  it('one for each command in each language, the root\'s with its examples after it', async () => {
    const kept = await keptHelps();
    expect(kept.map(({ file }) => file).sort()).toEqual(LANGS.flatMap((lang) => COMMANDS.map((words) => keptHelpFile(lang, words))).sort());
    expect(kept.filter(({ help }) => help.after !== '').map(({ file }) => file)).toEqual(LANGS.map((lang) => keptHelpFile(lang, [])));
    expect(keptHelpFile('fr', ['cert', 'inspect'])).toBe('help.fr.cmg-setup-cert-inspect.json');
  });

  it.each(LANGS)("%s: each printed from its document is commander's --help of that command, at every width", async (lang) => {
    const kept = await keptHelps();
    for (const words of COMMANDS) {
      // As the build writes it and the bin reads it.
      const help = JSON.parse(JSON.stringify(kept.find(({ file }) => file === keptHelpFile(lang, words))!.help)) as (typeof kept)[number]['help'];
      for (const width of words.length === 0 ? [1, 19, 20, 21, 40, 63, 80, 81, 120, 200, 1000] : [1, 20, 40, 80, 120, 1000]) {
        vi.stubEnv('COLUMNS', String(width));
        const { out, code } = await parseCaptured(buildProgram(lang, addInputOptions, 'now'), [...words, '--help']);
        expect(code).toBe('commander.helpDisplayed');
        expect({ words, width, text: keptHelpText(help, width) }).toEqual({ words, width, text: out });
      }
    }
  });

  it('the root\'s help lists run and plan with their options, which are made for it (program.ts)', async () => {
    const { out } = await parseCaptured(buildProgram('en', addInputOptions, 'later'), ['--help']);
    expect(out.split('\n').filter((line) => /^ {2}(run|plan|steps) /.test(line)).map((line) => line.split(/ {2,}/)[1])).toEqual(['run [options]', 'plan [options]', 'steps [options]']);
  });

  it.each<[string[], string[] | undefined]>([
    [['--help'], []],
    [['-h'], []],
    [['help'], []],
    [['plan', '--help'], ['plan']],
    [['cert', 'inspect', '-h'], ['cert', 'inspect']],
    [['help', 'azure'], ['azure']],
    // A command name is the kept files' to judge: these have none, and the program answers.
    [['bogus', '--help'], ['bogus']],
    [['help', 'help'], ['help']],
    // Anything but the command's words: the program reads the command line.
    [[], undefined],
    [['--lang', 'fr', '--help'], undefined],
    [['--help', '--lang', 'fr'], undefined],
    [['plan', '--answers', 'cmg.yaml', '--help'], undefined],
    [['cert', 'inspect', '../server.pfx', '-h'], undefined],
    [['PLAN', '--help'], undefined],
    [['help', 'cert', 'inspect'], undefined],
    [['--helpx'], undefined],
    [['-V'], undefined],
  ])('%j asks for the help of %j', (args, words) => {
    expect(helpCommandOf(args)).toEqual(words);
  });

  it('without its document (not built: the sources have none beside them), the program answers: nothing written, false', () => {
    const stdout = capturedStdout();
    for (const args of [['--help'], ['cert', 'inspect', '--help'], ['bogus', '--help'], ['--lang', 'fr', '--help'], ['steps'], ['schema']]) expect(printKept(args, {}, stdout)).toBe(false);
    expect(stdout.written).toBe('');
  });
});

describe('the outputs the build keeps (instant.ts): steps, steps --json and schema', () => {
  // That each is what the program prints: test/cli/instant-help.test.ts, with the built bin.
  it('one for each of those command lines in each language, none empty', async () => {
    const kept = await keptOutputs();
    expect(kept.map(({ file }) => file).sort()).toEqual(LANGS.flatMap((lang) => Object.values(KEPT_OUTPUTS).map((output) => keptOutputFile(lang, output))).sort());
    expect(kept.filter(({ text }) => !text.endsWith('\n') || text.length < 1000)).toEqual([]);
  });

  it.each<[string[], string | undefined]>([
    [['steps'], 'steps'],
    [['steps', '--json'], 'steps-json'],
    [['schema'], 'schema'],
    [['steps', '--lang', 'fr'], undefined],
    [['--json', 'steps'], undefined],
    [['steps --json'], undefined],
    [['schema', '--json'], undefined],
    [['plan'], undefined],
  ])('%j: %s', (args, output) => {
    expect(keptOutputOf(args)).toBe(output);
  });
});
