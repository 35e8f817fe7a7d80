/**
 * V8's code cache of the built chunks (src/cli/code-cache.ts, scripts/code-cache.mjs; issue 15):
 * made by the build for the chunks the common commands load, taken by V8 on this Node, used by a
 * run, and harmless when it is damaged or belongs to another source. Runs copy bin/ and dist/ into
 * a folder of their own where a test changes files.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { basename, join } from 'node:path';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hierarchy, NOW, badFiles } from '../support/certificates.ts';
import { assertBuilt, cliEnv, freshDir, removeDir, ROOT, runCli } from '../support/run-cli.ts';
import { loadTracer } from '../support/trace-loads.ts';

const DIST = join(ROOT, 'dist');
const CACHE = '.v8-cache';
let cwd: string;

beforeAll(() => {
  assertBuilt();
  cwd = freshDir();
  writeFileSync(join(cwd, 'root.cer'), badFiles.derCer(hierarchy(NOW).root));
});

afterAll(() => removeDir(cwd));

/** A copy of the package's bin/ and dist/ (the Azure SDK is not needed by the commands run here). */
function copyOfPackage(): string {
  const folder = freshDir('cmg-code-cache-');
  cpSync(join(ROOT, 'bin'), join(folder, 'bin'), { recursive: true });
  cpSync(DIST, join(folder, 'dist'), { recursive: true });
  return folder;
}

function runCopy(folder: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(folder, 'bin', 'cmg-setup.cjs'), ...args], { cwd, env: cliEnv(), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const chunkOfDist = (name: string) => readdirSync(DIST).find((file) => file.endsWith('.cjs') && file.replace(/-[A-Za-z0-9_-]{8}\.cjs$/, '.cjs') === name);

describe('the code cache the build makes', () => {
  it.each([
    [['--lang', 'en', '--help']],
    // Through the program (`steps` alone is printed from what the build kept, instant.ts).
    [['steps', '--lang', 'en']],
    [['cert', 'inspect', 'root.cer', '--json']],
    [['plan', '--example', '--out', 'example', '--json']],
  ])('%j: every chunk it loads, the worker\'s included, has its cache, and V8 on this Node takes each', async (args) => {
    const tracer = loadTracer(cwd, args.join('_').replace(/[^a-z0-9_-]/gi, ''));
    const result = await runCli(args, { cwd, env: tracer.env });
    expect(result.code).toBe(0);
    // The two entries that install the cache are compiled by Node itself (and are a few lines).
    const chunks = [...new Set(tracer.loads().map((load) => load.file))].filter((file) => file.startsWith(`${DIST}/`) && !['code-cache.cjs', 'decode-worker.cjs'].includes(basename(file)));
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) {
      // Compiled as the hook compiles it: the same wrapper, so the same source length V8 checks.
      const script = new Script(Module.wrap(readFileSync(chunk, 'utf8')), { filename: chunk, cachedData: readFileSync(`${chunk}${CACHE}`) });
      expect({ chunk: basename(chunk), rejected: script.cachedDataRejected }).toEqual({ chunk: basename(chunk), rejected: false });
    }
  });
});

describe('a run with the cache', () => {
  it('compiles the chunks from their caches: a cache made from another source of the same length runs that source', () => {
    // V8 checks a cache against the length of its source, not its content (hence a build empties
    // dist/ before writing the caches again): the English catalogue changed after the build, one
    // letter of the program's description, still runs the bytecode of the built one.
    const folder = copyOfPackage();
    try {
      const catalogue = join(folder, 'dist', chunkOfDist('en.cjs')!);
      const built = readFileSync(catalogue, 'utf8');
      expect(built).toContain('Set up a Configuration Manager cloud management gateway');
      writeFileSync(catalogue, built.replace('Set up a Configuration Manager cloud management gateway', 'Set up a Configuration Manager cloud management gatewaz'));
      const description = (result: { stdout: string }) => result.stdout.split('\n').find((line) => line.includes('cloud management'));
      // `--lang en --help` goes through the program: the catalogue compiled with its cache.
      expect(description(runCopy(folder, ['--lang', 'en', '--help']))).toContain('management gateway');
      // Without its cache, Node compiles the changed source.
      rmSync(`${catalogue}${CACHE}`);
      expect(description(runCopy(folder, ['--lang', 'en', '--help']))).toContain('management gatewaz');
    } finally {
      removeDir(folder);
    }
  });

  it.each<[string, (cache: Buffer) => Buffer | undefined]>([
    ['garbage of the same size', (cache) => Buffer.alloc(cache.length, 0x5a)],
    ['truncated to half', (cache) => cache.subarray(0, cache.length >> 1)],
    ['empty', () => Buffer.alloc(0)],
    ['missing', () => undefined],
  ])('a damaged cache (%s) of every chunk: the same output and exit code as with the build\'s', (_name, damage) => {
    const folder = copyOfPackage();
    try {
      const dist = join(folder, 'dist');
      for (const file of readdirSync(dist).filter((name) => name.endsWith(CACHE))) {
        const replaced = damage(readFileSync(join(dist, file)));
        if (replaced) writeFileSync(join(dist, file), replaced);
        else removeDir(join(dist, file));
      }
      for (const args of [['--help'], ['--lang', 'en', '--help'], ['steps', '--json', '--lang', 'en'], ['cert', 'inspect', 'root.cer', '--json']]) {
        const intact = spawnSync(process.execPath, [join(ROOT, 'bin', 'cmg-setup.cjs'), ...args], { cwd, env: cliEnv(), encoding: 'utf8' });
        expect(runCopy(folder, args)).toEqual({ code: intact.status, stdout: intact.stdout, stderr: intact.stderr });
      }
    } finally {
      removeDir(folder);
    }
  });

  it('another chunk\'s cache in place of the start chunk\'s: the same output', () => {
    const folder = copyOfPackage();
    try {
      const start = chunkOfDist('start.cjs');
      const core = chunkOfDist('core.cjs');
      expect([start, core].every(Boolean)).toBe(true);
      writeFileSync(join(folder, 'dist', `${start}${CACHE}`), readFileSync(join(DIST, `${core}${CACHE}`)));
      const intact = spawnSync(process.execPath, [join(ROOT, 'bin', 'cmg-setup.cjs'), '--lang', 'en', '--help'], { cwd, env: cliEnv(), encoding: 'utf8' });
      expect(runCopy(folder, ['--lang', 'en', '--help'])).toEqual({ code: 0, stdout: intact.stdout, stderr: '' });
    } finally {
      removeDir(folder);
    }
  });
});
