import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesOf, readManifest, sha256, snapshotTree, type Entry } from '../output/tree.ts';
import { expectNoLeak as expectSecretAbsent } from '../support/leak.ts';
import { assertBuilt, freshDir, removeDir, runCli, type CliResult } from '../support/run-cli.ts';

// `cmg-setup --example` end to end: the output folder contract (DESIGN.md, Output folder),
// key file modes, no silent overwrite, the secret sweep (T-1.1).

const NOW = '2026-03-01T00:00:00Z';
const SENTINEL = `S3nt!nel'’"$x${randomBytes(8).toString('hex')}`;
const LAB = '00-lab-pki';
// The current-branch example: no classic management certificate (certs/lab.ts).
const KEY_FILES = [`${LAB}/LAB-ONLY-client.pfx`, `${LAB}/LAB-ONLY-server.pfx`];
const REQUIRED_FILES = [
  'RUNBOOK.md',
  'plan.json',
  'answers.yaml',
  'manifest.json',
  '04-gateway/New-CmgGateway.ps1',
  '04-gateway/Wait-CmgReady.ps1',
  '05-site/Set-CmgSiteSettings.ps1',
  '06-connection-point/Add-CmgConnectionPoint.ps1',
  '07-roles/Enable-CmgTraffic.ps1',
  '08-clients/Set-CmgClient.ps1',
  `${LAB}/LAB-ONLY-root-ca.cer`,
  `${LAB}/LAB-ONLY-README.txt`,
  ...KEY_FILES,
];

function expectNoLeak(where: string, bytes: Buffer): void {
  expectSecretAbsent(SENTINEL, where, bytes);
}

let cwd: string;
let out: string;
let first: CliResult;
let firstTree: Map<string, Entry>;

beforeAll(async () => {
  assertBuilt();
  cwd = freshDir();
  out = join(cwd, 'cmg-setup-output');
  first = await runCli(['--example', '--lab-password-env', 'LABPW', '--now', NOW], { cwd, env: { LABPW: SENTINEL } });
  firstTree = snapshotTree(out);
}, 30_000);

afterAll(() => {
  removeDir(cwd);
});

describe('cmg-setup --example', () => {
  it('exits 0 and writes cmg-setup-output/ with the runbook, plan, answers, manifest, every step script and the lab PKI', () => {
    expect(first.code).toBe(0);
    expect(readdirSync(cwd)).toEqual(['cmg-setup-output']);
    const files = filesOf(firstTree);
    expect(files).toEqual(expect.arrayContaining(REQUIRED_FILES));
    expect(first.stdout).toContain(`Wrote ${files.length} files to ${out}. Start with RUNBOOK.md.\n`);
  });

  it('lab key files are 0600 in a 0700 00-lab-pki, every other file 0644', () => {
    expect(statSync(join(out, LAB)).mode & 0o777).toBe(0o700);
    const modes = [...firstTree].filter(([, entry]) => entry.type === 'file').map(([path, entry]) => [path, entry.mode.toString(8)]);
    expect(modes).toEqual(modes.map(([path]) => [path, KEY_FILES.includes(path ?? '') ? '600' : '644']));
  });

  it('manifest.json lists every other file with its SHA-256 and size; privateKey marks exactly the .pfx files', () => {
    const manifest = readManifest(out);
    expect(manifest.schemaVersion).toBe(1);
    expect(manifest.createdAt).toBe(new Date(NOW).toISOString());
    expect(manifest.files.map((file) => file.path)).toEqual(filesOf(firstTree).filter((path) => path !== 'manifest.json'));
    for (const file of manifest.files) {
      const bytes = readFileSync(join(out, file.path));
      expect({ path: file.path, sha256: file.sha256, bytes: file.bytes }).toEqual({ path: file.path, sha256: sha256(bytes), bytes: bytes.length });
    }
    expect(manifest.files.filter((file) => file.privateKey === true).map((file) => file.path)).toEqual(KEY_FILES);
  });

  it('the lab PFX opens with the password given by --lab-password-env', () => {
    expect(() =>
      execFileSync('openssl', ['pkcs12', '-in', join(out, LAB, 'LAB-ONLY-server.pfx'), '-passin', 'env:LABPW', '-noout'], {
        env: { ...process.env, LABPW: SENTINEL },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ).not.toThrow();
  });

  it('the password appears in no file (UTF-8, UTF-16LE, base64, URL form), nor on stdout or stderr', () => {
    expectNoLeak('stdout', first.stdoutBytes);
    expectNoLeak('stderr', first.stderrBytes);
    for (const path of filesOf(firstTree)) expectNoLeak(path, readFileSync(join(out, path)));
    // What answers.yaml and plan.json say instead: where the secret comes from.
    expect(readFileSync(join(out, 'answers.yaml'), 'utf8')).toContain('serverCertPassword: env:LABPW\n');
    const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) as { schemaVersion: number; inputs: Record<string, unknown> };
    expect(plan.schemaVersion).toBe(1);
    expect(plan.inputs.serverCertPassword).toEqual({ source: 'env:LABPW' });
  });

  it('a second run is refused with exit 2 (OUTPUT_EXISTS) and leaves the folder byte-identical', async () => {
    const again = await runCli(['--example', '--now', NOW], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`cmg-setup: OUTPUT_EXISTS: ${out} already holds an earlier output. Add --force to replace it, or choose another --out.\n`);
    expect(snapshotTree(out)).toEqual(firstTree);
    expect(readdirSync(cwd)).toEqual(['cmg-setup-output']);
  });

  it('--force then replaces it, says which key files it replaced, and leaves nothing beside it', async () => {
    const forced = await runCli(['--example', '--now', NOW, '--force'], { cwd });
    expect(forced.code).toBe(0);
    for (const key of KEY_FILES) expect(forced.stderr).toContain(`Replaced a private key file of the earlier output (--force): ${join(out, key)}\n`);
    expect(readdirSync(cwd)).toEqual(['cmg-setup-output']);
    const tree = snapshotTree(out);
    // New lab keys (a fresh PKI), same modes.
    for (const key of KEY_FILES) {
      expect(tree.get(key)?.mode).toBe(0o600);
      expect(tree.get(key)?.sha256).not.toBe(firstTree.get(key)?.sha256);
    }
    expect(tree.get(LAB)?.mode).toBe(0o700);
    const manifest = readManifest(out);
    for (const file of manifest.files) expect(file.sha256).toBe(tree.get(file.path)?.sha256);
  });
});

// Issue 17: the lab's password is the example's own; one left in the shell for a real run is not used.
describe('cmg-setup --example with CMG_SERVER_CERT_PASSWORD left in the environment', () => {
  it('exits 0: the lab .pfx is read with its own password (no CERT_BAD_PASSWORD), and the answers name no variable', async () => {
    const folder = freshDir();
    try {
      const result = await runCli(['--example', '--now', NOW], { cwd: folder, env: { CMG_SERVER_CERT_PASSWORD: 'x', CMG_SERVER_CERT_PATH: join(folder, 'elsewhere.pfx') } });
      expect(result.stdout).not.toContain('CERT_BAD_PASSWORD');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('0 error(s), 0 warning(s)');
      expect(readFileSync(join(folder, 'cmg-setup-output', 'answers.yaml'), 'utf8')).not.toContain('CMG_SERVER_CERT_PASSWORD');
    } finally {
      removeDir(folder);
    }
  }, 30_000);
});
