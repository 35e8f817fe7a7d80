/**
 * Issue 14, "Help": help wraps to the width (COLUMNS when stdout is not a terminal), `run --help`
 * lists `plan --help`'s options, default-on booleans show their `--no-…` form, and an unknown
 * command or `-v` gets a suggestion in the catalogue's language.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.ts';
import { fr } from '../../src/messages/fr.ts';
import { ALL_INPUTS } from '../../src/steps/declarations.ts';
import { kebabCase } from '../../src/model/inputs.ts';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';

const HELPS = [['--help'], ['run', '--help'], ['plan', '--help'], ['cert', '--help'], ['azure', 'check', '--help']];
const LANGS = [
  ['en', en],
  ['fr', fr],
] as const;

let cwd: string;
beforeAll(() => {
  assertBuilt();
  cwd = freshDir();
});
afterAll(() => {
  expect(readdirSync(cwd)).toEqual([]);
  removeDir(cwd);
});

const help = async (args: string[], lang: string): Promise<string[]> => {
  const result = await runCli([...args, '--lang', lang], { cwd, env: { COLUMNS: '80' } });
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  return result.stdout.split('\n');
};

/** The option lines of a help: an option's term, with its description's first words. */
const optionTerms = (lines: string[]): string[] => lines.filter((line) => /^ {2}-/.test(line)).map((line) => line.trim().split(/\s{2,}/)[0]!);

describe.each(LANGS)('help at 80 columns (%s)', (lang) => {
  it.each(HELPS.map((args) => [args.join(' '), args]))('%s: no line over 80 columns, no word cut', async (_name, args) => {
    const lines = await help(args, lang);
    expect(lines.filter((line) => [...line].length > 80)).toEqual([]);
    // No word cut: the same words, in the same order, as the help at 1000 columns (unwrapped).
    const wide = await runCli([...args, '--lang', lang], { cwd, env: { COLUMNS: '1000' } });
    const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '');
    expect(words(lines.join('\n'))).toEqual(words(wide.stdout));
    expect(Math.max(...wide.stdout.split('\n').map((line) => [...line].length))).toBeGreaterThan(80);
  });

  it('run --help lists the same options as plan --help, plus --dry-run', async () => {
    const run = optionTerms(await help(['run', '--help'], lang));
    const plan = optionTerms(await help(['plan', '--help'], lang));
    expect(run.filter((term) => term !== '--dry-run')).toEqual(plan);
    expect(run).toContain('--dry-run');
    expect(plan.length).toBeGreaterThan(60);
  });

  it('a boolean input on by default shows its --no- form; one off by default does not', async () => {
    const text = LANGS.find(([name]) => name === lang)![1];
    const lines = await help(['plan', '--help'], lang);
    const defaultOn = ALL_INPUTS.filter((spec) => spec.kind === 'boolean' && spec.default === true).map((spec) => `--no-${kebabCase(spec.key)}`);
    expect(defaultOn).toContain('--no-enforce-tls12');
    for (const flag of defaultOn) {
      const line = lines.find((candidate) => candidate.trimStart().startsWith(`${flag} `) || candidate.trim() === flag);
      expect(line, flag).toBeDefined();
    }
    const tls = lines.findIndex((line) => line.trimStart().startsWith('--no-enforce-tls12'));
    expect(lines[tls]).toBe(`  --no-enforce-tls12${' '.repeat(34 - '--no-enforce-tls12'.length)}${text.ui.helpNegation({ flag: '--enforce-tls12' })}`);
    expect(lines.some((line) => line.trimStart().startsWith('--no-verify-client-crl'))).toBe(false);
  });
});

describe.each(LANGS)('suggestions (%s)', (lang, text) => {
  it('cmg-setup runn: exit 2, suggests run', async () => {
    const result = await runCli(['runn', '--lang', lang], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${text.commander.errorPrefix}${text.commander.unknownCommand({ name: 'runn' })} ${text.ui.didYouMean({ suggestion: 'run' })}\n`);
    expect(result.stdout).toBe('');
  });

  it('cmg-setup -v: exit 2, suggests --version', async () => {
    const result = await runCli(['-v', '--lang', lang], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${text.commander.errorPrefix}${text.commander.unknownOption({ flag: '-v' })} ${text.ui.didYouMean({ suggestion: '--version' })}\n`);
    expect(result.stdout).toBe('');
  });
});

describe.each(LANGS)('--json and a command line commander refuses (%s)', (lang, text) => {
  it('the document names the problem without the error prefix, and without a doubled full stop', async () => {
    const bogus = await runCli(['--json', '--bogus', '--lang', lang], { cwd });
    expect(bogus.code).toBe(2);
    const detail = text.commander.unknownOption({ flag: '--bogus' });
    expect(bogus.stderr).toBe(`${text.commander.errorPrefix}${detail}\n`);
    expect(JSON.parse(bogus.stdout).error.message).toBe(text.codes.COMMAND_LINE_INVALID({ detail }));
    const extra = await runCli(['steps', 'extra', '--json', '--lang', lang], { cwd });
    const sentence = text.commander.excessArguments({ command: 'steps', expected: 0, received: 1 });
    expect(extra.stderr).toBe(`${text.commander.errorPrefix}${sentence}\n`);
    expect(JSON.parse(extra.stdout).error.message).toBe(text.codes.COMMAND_LINE_INVALID({ detail: sentence.replace(/\.$/, '') }));
  });
});

it('the suggestions read as the catalogues say', () => {
  expect(en.ui.didYouMean({ suggestion: '--version' })).toBe('(did you mean --version?)');
  expect(fr.ui.didYouMean({ suggestion: '--version' })).toBe('(vouliez-vous dire --version ?)');
  expect(`${en.commander.errorPrefix}${en.commander.unknownCommand({ name: 'runn' })}`).toBe("error: unknown command 'runn'");
  expect(`${fr.commander.errorPrefix}${fr.commander.unknownCommand({ name: 'runn' })}`).toBe("erreur : commande inconnue 'runn'");
});
