/**
 * What each command reads from dist/ (issue 15): a loader opens, stats and reads every file on
 * its own, so the chunks are grouped by what is loaded together (rolldown.config.mjs, CHUNKS).
 * The built binary runs with a preload that writes down each file a require resolves to
 * (test/support/trace-loads.ts), the PFX worker's included; the hash in a chunk's name is left out.
 */
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hierarchy, NOW, badFiles } from '../support/certificates.ts';
import { assertBuilt, freshDir, removeDir, ROOT, runCli } from '../support/run-cli.ts';
import { loadTracer } from '../support/trace-loads.ts';

let cwd: string;

beforeAll(() => {
  assertBuilt();
  cwd = freshDir();
  writeFileSync(join(cwd, 'root.cer'), badFiles.derCer(hierarchy(NOW).root));
});

afterAll(() => removeDir(cwd));

const DIST = join(ROOT, 'dist');

/** The chunks of dist/ a command loads, in order, without their hashes (`start-aPoWYyGd.cjs` is `start`); the worker's after a `worker:`. */
async function loads(args: string[]): Promise<{ code: number | null; files: string[] }> {
  const tracer = loadTracer(cwd, args.join('_').replace(/[^a-z0-9_-]/gi, ''));
  const result = await runCli(args, { cwd, env: tracer.env });
  const files = tracer
    .loads()
    .filter((load) => load.file.startsWith(`${DIST}/`))
    .map((load) => `${load.thread === 'worker' ? 'worker:' : ''}${basename(load.file).replace(/\.cjs$/, '').replace(/-[A-Za-z0-9_-]{8}$/, '')}`);
  return { code: result.code, files };
}

describe('the files each command reads', () => {
  it('--version alone: the version, 1 file of dist/ (and the bin)', async () => {
    const { code, files } = await loads(['--version']);
    expect(code).toBe(0);
    expect(files).toEqual(['version']);
  });

  it('--help: the program, one catalogue and the declarations, 8 files', async () => {
    const { code, files } = await loads(['--help']);
    expect(code).toBe(0);
    expect([...files].sort()).toEqual(['cmg-setup', 'code-cache', 'core', 'declarations', 'en', 'rolldown-runtime', 'start', 'version']);
    // The code cache first, on its own (no runtime chunk), so that every chunk after it is compiled with its cache.
    expect(files[0]).toBe('code-cache');
  });

  it('cert inspect of a .cer: no declarations, no worker, 10 files', async () => {
    const { code, files } = await loads(['cert', 'inspect', 'root.cer', '--json']);
    expect(code).toBe(0);
    expect([...files].sort()).toEqual(['cert-inspect', 'certificates', 'cmg-setup', 'code-cache', 'core', 'en', 'io', 'rolldown-runtime', 'start', 'version']);
  });

  it('completion powershell: the program, one catalogue, the declarations and the completion code, 9 files', async () => {
    const { code, files } = await loads(['completion', 'powershell']);
    expect(code).toBe(0);
    // The walk of the program and the scripts in one chunk (CHUNKS, completion); the PowerShell
    // quoting they share with the generators goes with the declarations.
    expect([...files].sort()).toEqual(['cmg-setup', 'code-cache', 'completion', 'core', 'declarations', 'en', 'rolldown-runtime', 'start', 'version']);
  });

  it('plan --example: one PFX worker, which loads neither commander, the terminal code nor the declarations', async () => {
    const { code, files } = await loads(['plan', '--example', '--out', join(cwd, 'example'), '--json']);
    expect(code).toBe(0);
    expect(files.filter((file) => file === 'worker:decode-worker')).toHaveLength(1);
    const worker = files.filter((file) => file.startsWith('worker:')).map((file) => file.slice('worker:'.length));
    // The worker's entry first, then the code cache before any other chunk (src/cli/decode-worker.ts).
    expect(worker.slice(0, 2)).toEqual(['decode-worker', 'code-cache']);
    expect(worker.filter((file) => ['start', 'io', 'declarations', 'en', 'fr'].includes(file))).toEqual([]);
    expect(worker).toContain('certificates');
    // French is never read by an English run.
    expect(files).not.toContain('fr');
  });
});
