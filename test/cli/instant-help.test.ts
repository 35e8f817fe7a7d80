/**
 * What the bin answers without the program (bin/cmg-setup.cjs, src/cli/instant.ts; issue 15):
 * `--help`, `-h` and `help` alone, or after a command's name (`cert inspect --help`, `help
 * azure`), print, from the document the build kept, the very text the program prints (`--lang
 * <lang> ... --help`, which goes through commander), in the language of the environment, at the
 * width asked for; `steps`, `steps --json` and `schema`, the output the build kept, which is the
 * program's (`... --lang <lang>`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, cliEnv, freshDir, removeDir, ROOT, runCli } from '../support/run-cli.ts';
import { loadTracer } from '../support/trace-loads.ts';

let cwd: string;
beforeAll(() => {
  assertBuilt();
  cwd = freshDir();
});
afterAll(() => removeDir(cwd));

/** The chunks of dist/ a run loads, without their hashes. */
async function chunksLoaded(args: string[], env: Record<string, string>): Promise<string[]> {
  const tracer = loadTracer(cwd, args.join('_').replace(/[^a-z0-9_-]/gi, ''));
  const result = await runCli(args, { cwd, env: { ...tracer.env, ...env } });
  expect(result.code).toBe(0);
  return tracer
    .loads()
    .filter((load) => load.file.startsWith(join(ROOT, 'dist')))
    .map((load) => load.file.slice(join(ROOT, 'dist').length + 1).replace(/(-[A-Za-z0-9_-]{8})?\.cjs$/, ''));
}

describe.each([
  ['en', { LANG: 'C.UTF-8' }, 'Usage: cmg-setup [options] [command]'],
  ['fr', { LANG: 'fr_FR.UTF-8' }, 'Utilisation : cmg-setup [options] [commande]'],
])('the root help in %s', (lang, locale, usage) => {
  it.each(['--help', '-h', 'help'])("%s at 50 and 80 columns: the program's text, exit 0, from the bin alone", async (flag) => {
    for (const columns of ['50', '80']) {
      const env = { ...locale, COLUMNS: columns };
      const program = await runCli(['--lang', lang, '--help'], { cwd, env });
      expect(program.code).toBe(0);
      expect(program.stdout.split('\n')[0]).toBe(usage);
      expect(await runCli([flag], { cwd, env })).toMatchObject({ code: 0, stdout: program.stdout, stderr: '' });
    }
    expect(await chunksLoaded([flag], locale)).toEqual(['instant']);
  });

  it.each([
    [['cert', 'inspect', '--help'], ['cert', 'inspect']],
    [['plan', '-h'], ['plan']],
    [['help', 'azure'], ['azure']],
    [['azure', 'check', '--help'], ['azure', 'check']],
  ])("%j at 50 and 80 columns: the program's help of that command, exit 0, from the bin alone", async (args, words) => {
    for (const columns of ['50', '80']) {
      const env = { ...locale, COLUMNS: columns };
      const program = await runCli(['--lang', lang, ...words, '--help'], { cwd, env });
      expect(program.code).toBe(0);
      expect(program.stdout.split('\n')[0]?.startsWith(`${usage.slice(0, usage.indexOf('cmg-setup'))}cmg-setup ${words.join(' ')} [options]`)).toBe(true);
      expect(await runCli(args, { cwd, env })).toMatchObject({ code: 0, stdout: program.stdout, stderr: '' });
    }
    expect(await chunksLoaded(args, locale)).toEqual(['instant']);
  });
});

describe.each([
  ['en', { LANG: 'C.UTF-8' }],
  ['fr', { LANG: 'fr_FR.UTF-8' }],
])('steps and schema in %s', (lang, locale) => {
  it.each([[['steps']], [['steps', '--json']], [['schema']]])("%j: the program's output (with --lang), exit 0, from the bin alone", async (args) => {
    const program = await runCli([...args, '--lang', lang], { cwd, env: locale });
    expect(program.code).toBe(0);
    expect(program.stdout.length).toBeGreaterThan(1000);
    expect(await runCli(args, { cwd, env: locale })).toMatchObject({ code: 0, stdout: program.stdout, stderr: '' });
    expect(await chunksLoaded(args, locale)).toEqual(['instant']);
  });
});

describe('a help flag after words that name no command', () => {
  it.each([
    [['bogus', '--help'], []],
    [['cert', 'inspect', 'server', '--help'], ['cert', 'inspect']],
  ])('%j: no help kept for it, so the program answers, as commander does (the help of %j)', async (args, words) => {
    const env = { COLUMNS: '80' };
    const program = await runCli(['--lang', 'en', ...words, '--help'], { cwd, env });
    expect(await runCli(args, { cwd, env })).toMatchObject({ code: 0, stdout: program.stdout, stderr: '' });
    expect(await chunksLoaded(args, {})).toContain('start');
  });
});

describe('when the build kept nothing', () => {
  it('the program answers, with the same text', async () => {
    const folder = freshDir('cmg-instant-');
    try {
      cpSync(join(ROOT, 'bin'), join(folder, 'bin'), { recursive: true });
      cpSync(join(ROOT, 'dist'), join(folder, 'dist'), { recursive: true });
      const kept = readdirSync(join(folder, 'dist')).filter((name) => /^(help\.[a-z]+\.[a-z-]+\.json|output\.[a-z]+\.[a-z-]+\.txt)$/.test(name));
      expect(kept).toHaveLength(30);
      for (const name of kept) rmSync(join(folder, 'dist', name));
      const env = cliEnv({ env: { COLUMNS: '70' } });
      for (const args of [['--help'], ['cert', 'inspect', '--help'], ['steps'], ['schema']]) {
        const copy = spawnSync(process.execPath, [join(folder, 'bin', 'cmg-setup.cjs'), ...args], { cwd, env, encoding: 'utf8' });
        const intact = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8' });
        expect({ code: copy.status, stdout: copy.stdout, stderr: copy.stderr }).toEqual({ code: 0, stdout: intact.stdout, stderr: '' });
      }
    } finally {
      removeDir(folder);
    }
  });
});

describe('a reader that closes the pipe before the help is written', () => {
  it.each([[['--help']], [['--lang', 'en', '--help']]])('%j: exit 0, nothing on stderr', async (args) => {
    // The read end is closed before the child has started: its write meets a pipe without a reader (EPIPE).
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});
