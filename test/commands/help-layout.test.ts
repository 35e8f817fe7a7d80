/**
 * The layout of every help text (src/cli/help/layout.ts), and the root's help as the build keeps it
 * for the bin (src/cli/instant.ts; issue 15): printed from its document, it is commander's `--help`
 * of the program main.ts builds, at every width, in every language.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rootHelps } from '../../src/cli/help/root-help-build.ts';
import { boxWrap, helpWidth, renderHelp, type HelpDocument } from '../../src/cli/help/layout.ts';
import { addInputOptions } from '../../src/cli/input-options.ts';
import { printRootHelp, rootHelpFile, rootHelpText } from '../../src/cli/instant.ts';
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

describe("the root's help the build keeps (instant.ts)", () => {
  it.each(LANGS)("%s: printed from its document, commander's --help of the program, at every width", async (lang) => {
    const kept = (await rootHelps()).find(({ file }) => file === rootHelpFile(lang))!.help;
    // As the build writes it and the bin reads it.
    const help = JSON.parse(JSON.stringify(kept)) as typeof kept;
    expect(help.document.sections.map((section) => section.items.length).reduce((sum, count) => sum + count)).toBeGreaterThan(70);
    for (const width of [1, 19, 20, 21, 40, 63, 80, 81, 120, 200, 1000]) {
      vi.stubEnv('COLUMNS', String(width));
      const { out, code } = await parseCaptured(buildProgram(lang, addInputOptions, 'now'), ['--help']);
      expect(code).toBe('commander.helpDisplayed');
      expect({ width, text: rootHelpText(help, width) }).toEqual({ width, text: out });
    }
  });

  it('is printed only for --help, -h or help alone', () => {
    const stdout = capturedStdout();
    for (const args of [[], ['--lang', 'fr', '--help'], ['--help', '--lang', 'fr'], ['plan', '--help'], ['help', 'plan'], ['--helpx'], ['-V']]) {
      expect(printRootHelp(args, {}, stdout)).toBe(false);
    }
    expect(stdout.written).toBe('');
  });

  it('without its document (not built: the sources have none beside them), the program answers: nothing written, false', () => {
    const stdout = capturedStdout();
    expect(printRootHelp(['--help'], {}, stdout)).toBe(false);
    expect(stdout.written).toBe('');
  });
});
