/**
 * What each command reads from dist/ (issue 15): a loader opens, stats and reads every file on
 * its own, so the chunks are grouped by what is loaded together (rolldown.config.mjs, CHUNKS).
 * The built binary runs with a preload that writes down each file a require resolves to
 * (test/support/trace-loads.ts), the PFX worker's included; the hash in a chunk's name is left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hierarchy, NOW, badFiles, forgePfx, PASSWORD } from '../support/certificates.ts';
import { assertBuilt, freshDir, removeDir, ROOT, runCli } from '../support/run-cli.ts';
import { loadTracer } from '../support/trace-loads.ts';

let cwd: string;

beforeAll(() => {
  assertBuilt();
  cwd = freshDir();
  const { root, intermediate, leaf } = hierarchy(NOW);
  writeFileSync(join(cwd, 'root.cer'), badFiles.derCer(root));
  writeFileSync(join(cwd, 'server.pfx'), forgePfx({ key: leaf.key, certificates: [leaf, intermediate], algorithm: '3des' }));
  const answers = ['serviceName: cmg.contoso.com', 'subscriptionId: 6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6', 'tenantId: b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d', 'serverAppClientId: 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'resourceGroup: rg-contoso-cmg', 'region: westeurope', 'siteCode: P01', 'smsProvider: cm01.contoso.com', 'connectionPointServer: cmgcp01.contoso.com', 'managementPoints: [mp01.contoso.com]'];
  writeFileSync(join(cwd, 'plain.yaml'), `${answers.join('\n')}\n`);
  writeFileSync(join(cwd, 'with-pfx.yaml'), `${[...answers, 'serverCertPath: server.pfx', 'serverCertPassword: env:PFX_PASSWORD', 'clientRootCerts: [root.cer]'].join('\n')}\n`);
});

afterAll(() => removeDir(cwd));

const DIST = join(ROOT, 'dist');

/** The chunks of dist/ a command loads, in order, without their hashes (`start-aPoWYyGd.cjs` is `start`); the worker's after a `worker:`. */
async function loads(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; files: string[] }> {
  const tracer = loadTracer(cwd, args.join('_').replace(/[^a-z0-9_-]/gi, ''));
  const result = await runCli(args, { cwd, env: { ...tracer.env, ...env } });
  const files = tracer
    .loads()
    .filter((load) => load.file.startsWith(`${DIST}/`))
    .map((load) => `${load.thread === 'worker' ? 'worker:' : ''}${basename(load.file).replace(/\.cjs$/, '').replace(/-[A-Za-z0-9_-]{8}$/, '')}`);
  return { code: result.code, files };
}

describe('the files each command reads', () => {
  it.each([[['--version']], [['--help']], [['help']], [['cert', 'inspect', '--help']], [['help', 'plan']]])('%j: what the bin answers without the program, 1 file of dist/ (and the bin)', async (args) => {
    const { code, files } = await loads(args);
    expect(code).toBe(0);
    expect(files).toEqual(['instant']);
  });

  it("the root's help through the program (--lang en --help): the program, one catalogue and the declarations, 9 files", async () => {
    const { code, files } = await loads(['--lang', 'en', '--help']);
    expect(code).toBe(0);
    expect([...files].sort()).toEqual(['cmg-setup', 'code-cache', 'core', 'declarations', 'edge', 'en', 'instant', 'rolldown-runtime', 'start']);
    // The code cache first, on its own (no runtime chunk), so that every chunk after it is compiled with its cache.
    expect(files[0]).toBe('code-cache');
  });

  it('cert inspect of a .cer: no declarations, no worker, 12 files', async () => {
    const { code, files } = await loads(['cert', 'inspect', 'root.cer', '--json']);
    expect(code).toBe(0);
    // early: the few lines that would start the PFX worker, which the decoder imports (and the keys' few lines).
    expect([...files].sort()).toEqual(['cert-inspect', 'certificates', 'cmg-setup', 'code-cache', 'core', 'early', 'edge', 'en', 'instant', 'io', 'rolldown-runtime', 'start']);
    expect(files.filter((file) => file.startsWith('worker:'))).toEqual([]);
  });

  // The PFX worker starts before the program loads when the command line names a PFX
  // (cli/early-work.ts, cli/pfx-hint.ts): main.ts reads the early chunk right after its own
  // small ones, before commander, and the one worker it starts is the one that decodes.
  it('cert inspect of a .pfx: the early work read before commander and what the command loads, one worker', async () => {
    const { code, files } = await loads(['cert', 'inspect', 'server.pfx', '--password-env', 'PFX_PASSWORD', '--json'], { PFX_PASSWORD: PASSWORD });
    expect(code).toBe(0);
    const main = files.filter((file) => !file.startsWith('worker:'));
    // Before it only the entry's own small chunks; commander, the catalogue, the terminal code and the certificates' after it.
    expect([...main.slice(0, main.indexOf('early'))].sort()).toEqual(['cmg-setup', 'code-cache', 'core', 'edge', 'rolldown-runtime']);
    expect(main.slice(main.indexOf('early'))).toEqual(expect.arrayContaining(['start', 'en', 'io', 'certificates', 'cert-inspect']));
    expect(files.filter((file) => file === 'worker:decode-worker')).toHaveLength(1);
  });

  it('cert request: its key started (the early chunk) before commander loads', async () => {
    const { code, files } = await loads(['cert', 'request', '--service-name', 'cmg.contoso.com', '--out', 'request', '--json']);
    expect(code).toBe(0);
    expect(files.indexOf('early')).toBeGreaterThan(-1);
    expect(files.indexOf('early')).toBeLessThan(files.indexOf('start'));
  });

  it('plan of an answers file naming a .pfx: the early work before commander and the declarations, one worker; without one, no worker', async () => {
    const withPfx = await loads(['plan', '--answers', 'with-pfx.yaml', '--json'], { PFX_PASSWORD: PASSWORD });
    expect(withPfx.code).toBe(0);
    const main = withPfx.files.filter((file) => !file.startsWith('worker:'));
    expect(main.indexOf('early')).toBeGreaterThan(-1);
    expect(main.indexOf('early')).toBeLessThan(main.indexOf('start'));
    expect(main.indexOf('early')).toBeLessThan(main.indexOf('declarations'));
    expect(withPfx.files.filter((file) => file === 'worker:decode-worker')).toHaveLength(1);
    const plain = await loads(['plan', '--answers', 'plain.yaml', '--json']);
    expect(plain.code).toBe(0);
    expect(plain.files.filter((file) => file.startsWith('worker')).length).toBe(0);
  });

  // commander requires node:child_process at load only to spawn executable subcommands (none
  // here): the build makes that require lazy (rolldown.config.mjs, lazyChildProcessInCommander).
  // Nor output/run-program.ts (icacls on Windows), which every command that writes loads: it requires child_process at its first run.
  it('the program\'s help, steps and a plan: Node\'s child_process (and the dgram it brings) never loaded', async () => {
    const preload = join(cwd, 'builtins.cjs');
    writeFileSync(preload, "process.on('exit', () => require('node:fs').writeFileSync(process.env.CMG_TEST_BUILTINS, process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)).join('\\n')));\n");
    for (const args of [['--lang', 'en', '--help'], ['steps', '--lang', 'en'], ['plan', '--answers', 'plain.yaml', '--json']]) {
      const list = join(cwd, `builtins-${args[0]}.txt`);
      const result = await runCli(args, { cwd, env: { NODE_OPTIONS: `--require=${preload}`, CMG_TEST_BUILTINS: list } });
      expect(result.code).toBe(0);
      const builtins = readFileSync(list, 'utf8').split('\n');
      expect(builtins).toContain('vm');
      expect(builtins.filter((name) => ['child_process', 'internal/child_process', 'dgram'].includes(name))).toEqual([]);
    }
  });

  it('completion powershell: the program, one catalogue, the declarations and the completion code, 10 files', async () => {
    const { code, files } = await loads(['completion', 'powershell']);
    expect(code).toBe(0);
    // The walk of the program and the scripts in one chunk (CHUNKS, completion); the PowerShell
    // quoting they share with the generators goes with the declarations.
    expect([...files].sort()).toEqual(['cmg-setup', 'code-cache', 'completion', 'core', 'declarations', 'edge', 'en', 'instant', 'rolldown-runtime', 'start']);
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
