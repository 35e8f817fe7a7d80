/**
 * How a run of the built CLI ends (src/cli/main.ts): by process.exit with its exit code once its
 * output is written, not when Node's event loop runs dry (whose tear-down of the heaps cost 1-3%
 * of a run, issue 15), nor by the 2-second guard against a stray handle. A preload wraps
 * process.exit and writes down, as the process exits, whether it was called, from a timer or
 * not, and with which code; what the run printed is read whole.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badFiles, forgePfx, hierarchy, NOW, PASSWORD } from '../support/certificates.ts';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';

const PRELOAD = [
  "'use strict';",
  'const end = { exitCalls: [], exitFromTimer: false };',
  'const exit = process.exit;',
  'process.exit = (...args) => {',
  '  end.exitCalls.push(args[0]);',
  '  end.exitFromTimer ||= /listOnTimeout/.test(new Error().stack);',
  '  return exit.apply(process, args);',
  '};',
  "process.on('exit', (code) => require('node:fs').writeFileSync(process.env.CMG_TEST_END, JSON.stringify({ ...end, code })));",
  '',
].join('\n');

let cwd: string;

beforeAll(() => {
  assertBuilt();
  cwd = freshDir('cmg-run-end-');
  writeFileSync(join(cwd, 'end.cjs'), PRELOAD);
  const { root, leaf } = hierarchy(NOW);
  writeFileSync(join(cwd, 'root.cer'), badFiles.derCer(root));
  writeFileSync(join(cwd, 'server.pfx'), forgePfx({ key: leaf.key, certificates: [leaf], algorithm: 'aes256' }));
});

afterAll(() => removeDir(cwd));

async function ended(name: string, args: string[], env: Record<string, string> = {}) {
  const file = join(cwd, `end-${name}.json`);
  const result = await runCli(args, { cwd, env: { ...env, NODE_OPTIONS: `--require=${join(cwd, 'end.cjs')}`, CMG_TEST_END: file } });
  return { result, end: JSON.parse(readFileSync(file, 'utf8')) as { exitCalls: number[]; exitFromTimer: boolean; code: number } };
}

describe('a run ends by process.exit once its output is written', () => {
  // With --lang: `steps` alone is printed by the bin from what the build kept (instant.ts), without the program.
  it('steps: exit 0 through process.exit, its table printed whole', async () => {
    const { result, end } = await ended('steps', ['steps', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(end).toEqual({ exitCalls: [0], exitFromTimer: false, code: 0 });
    expect(result.stdout.split('\n').filter((line) => /^\s*[1-8][ .]/.test(line))).toHaveLength(8);
  });

  it('cert inspect of a .cer as JSON: exit 0, and the document parses', async () => {
    const { result, end } = await ended('cer', ['cert', 'inspect', 'root.cer', '--json']);
    expect(result.code).toBe(0);
    expect(end).toEqual({ exitCalls: [0], exitFromTimer: false, code: 0 });
    expect(JSON.parse(result.stdout)).toMatchObject({ schemaVersion: 1, file: 'root.cer', role: 'client-root' });
  });

  it('cert inspect of a .pfx, its worker idle at the end: exit 0 through process.exit, not the guard', async () => {
    const { result, end } = await ended('pfx', ['cert', 'inspect', 'server.pfx', '--password-env', 'PFX_PW', '--json'], { PFX_PW: PASSWORD });
    expect(result.code).toBe(0);
    expect(end).toEqual({ exitCalls: [0], exitFromTimer: false, code: 0 });
    expect(JSON.parse(result.stdout)).toMatchObject({ schemaVersion: 1, file: 'server.pfx', role: 'server' });
  });

  it('a usage error: exit 2 through process.exit, the error on stderr', async () => {
    const { result, end } = await ended('usage', ['cert', 'inspect']);
    expect(result.code).toBe(2);
    expect(end).toEqual({ exitCalls: [2], exitFromTimer: false, code: 2 });
    expect(result.stderr).toMatch(/missing required argument 'file'/);
  });
});
