/**
 * What each command reads from dist/ (issue 15): Node 20's module loader opens, stats, reads and
 * closes every file on its own, so the chunks are grouped by what is loaded together
 * (rolldown.config.mjs, CHUNKS). The built binary runs with a loader hook that writes down each
 * dist/ file it loads, the PFX worker's included; the hash in a chunk's name is left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hierarchy, NOW, badFiles } from '../support/certificates.ts';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';

let cwd: string;
let hook: string;

beforeAll(() => {
  assertBuilt();
  cwd = freshDir();
  hook = join(cwd, 'trace-loads.mjs');
  // In the loader's own thread: each dist/ file, as the loader reads it, appended to the list.
  const load = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  const file = /\\/dist\\/([^/]+)$/.exec(url);
  if (file) appendFileSync(process.env.CMG_TEST_LOADS, file[1] + '\\n');
  return next(url, context);
}`;
  writeFileSync(hook, `import { register } from 'node:module';\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(load)}`)});\n`);
  writeFileSync(join(cwd, 'root.cer'), badFiles.derCer(hierarchy(NOW).root));
});

afterAll(() => removeDir(cwd));

/** The chunks a command loads, in order, without their hashes (`start-aPoWYyGd.js` is `start`). */
async function loads(args: string[]): Promise<{ code: number | null; files: string[] }> {
  const list = join(cwd, `loads-${args.join('_').replace(/[^a-z0-9_-]/gi, '')}.txt`);
  writeFileSync(list, '');
  const result = await runCli(args, { cwd, env: { NODE_OPTIONS: `--import=${hook}`, CMG_TEST_LOADS: list } });
  const files = readFileSync(list, 'utf8').split('\n').filter(Boolean).map((file) => file.replace(/\.js$/, '').replace(/-[A-Za-z0-9_-]{8}$/, ''));
  return { code: result.code, files };
}

describe('the files each command reads', () => {
  it('--version alone: the entry and the version, 2 files', async () => {
    const { code, files } = await loads(['--version']);
    expect(code).toBe(0);
    expect(files).toEqual(['version', 'version']);
  });

  it('--help: the program, one catalogue and the declarations, 8 files', async () => {
    const { code, files } = await loads(['--help']);
    expect(code).toBe(0);
    expect([...files].sort()).toEqual(['cmg-setup', 'core', 'declarations', 'en', 'input-options', 'rolldown-runtime', 'start', 'version']);
  });

  it('cert inspect of a .cer: no declarations, no worker, 11 files', async () => {
    const { code, files } = await loads(['cert', 'inspect', 'root.cer', '--json']);
    expect(code).toBe(0);
    expect([...files].sort()).toEqual(['cert', 'cert-inspect', 'certificates', 'cmg-setup', 'core', 'en', 'io', 'process-io', 'rolldown-runtime', 'start', 'version']);
  });

  it('plan --example: one PFX worker, which loads neither commander, the terminal code nor the declarations', async () => {
    const { code, files } = await loads(['plan', '--example', '--out', join(cwd, 'example'), '--json']);
    expect(code).toBe(0);
    expect(files.filter((file) => file === 'decode-worker')).toHaveLength(1);
    const worker = files.slice(files.indexOf('decode-worker'));
    expect(worker.filter((file) => ['start', 'io', 'declarations', 'en', 'fr'].includes(file))).toEqual([]);
    expect(worker).toContain('certificates');
    // French is never read by an English run.
    expect(files).not.toContain('fr');
  });
});
