import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { snapshotTree } from '../output/tree.ts';
import { assertBuilt, freshDir, removeDir, runCli, type CliResult } from '../support/run-cli.ts';
import { VALID_ANSWERS, writeAnswers } from './fixtures.ts';

// Issue 9, "Nothing lost, nothing leaked, nothing hangs", through the built binary: --force
// replaces only cmg-setup's own output (DESIGN.md rule 6), --save-answers cannot be redirected by
// a planted symlink, an interrupted swap is repaired by the next run, and an --out that cannot be
// written is exit 2 before any work.

const NOW = ['--now', '2026-03-01T00:00:00Z'];
const LAB_PASSWORD = 'Lab pw 9f31';
let cwd: string;

beforeAll(assertBuilt);
beforeEach(() => {
  cwd = freshDir('cmg-safety-');
});
afterEach(() => removeDir(cwd));

const request = (args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> => runCli(['cert', 'request', '--service-name', 'contosocmg.contoso.com', ...args, ...NOW], { cwd, env, timeoutMs: 30_000 });
const lab = (args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> => runCli(['cert', 'lab', '--service-name', 'lab.contoso.com', '--password-env', 'LABPW', ...args, ...NOW], { cwd, env: { LABPW: LAB_PASSWORD, ...env }, timeoutMs: 30_000 });
const wizard = (args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> => runCli([...args, '--offline', ...NOW], { cwd, env, timeoutMs: 30_000 });

/** A project folder: what `--out . --force` must never delete. */
function project(at: string): void {
  mkdirSync(join(at, 'src'), { recursive: true });
  mkdirSync(join(at, '.git'));
  writeFileSync(join(at, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(at, 'package.json'), '{ "name": "mine" }\n');
  writeFileSync(join(at, 'src', 'index.ts'), 'export {};\n');
}

/** A home folder with an SSH key. */
function home(at: string): void {
  mkdirSync(join(at, '.ssh'), { recursive: true });
  writeFileSync(join(at, '.ssh', 'id_ed25519'), '-----BEGIN OPENSSH PRIVATE KEY-----\n', { mode: 0o600 });
  writeFileSync(join(at, '.bashrc'), 'export EDITOR=vi\n');
}

const foreign = (path: string, count: number, entries: string) =>
  `cmg-setup: OUTPUT_FOREIGN: --force replaces only an earlier, unchanged output of cmg-setup, and --out ${path} holds ${count} item(s) that are not part of one: ${entries}. Nothing was changed: choose another --out, or move those files out of it.\n`;

describe('--force replaces only a cmg-setup output', () => {
  it('cert request --out . --force in a project folder: exit 2 OUTPUT_FOREIGN, the project byte-identical, no key made', async () => {
    project(cwd);
    const before = snapshotTree(cwd);
    const result = await request(['--out', '.', '--force']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(foreign(cwd, 3, '.git/, package.json, src/'));
    expect(snapshotTree(cwd)).toEqual(before);
  });

  it('cert request and cert lab --out ~ --force: exit 2, the home folder and its .ssh key byte-identical', async () => {
    const fakeHome = join(cwd, 'home');
    home(fakeHome);
    const before = snapshotTree(cwd);
    for (const result of [await request(['--out', fakeHome, '--force'], { HOME: fakeHome }), await lab(['--out', fakeHome, '--force'], { HOME: fakeHome })]) {
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(foreign(fakeHome, 2, '.bashrc, .ssh/'));
      expect(snapshotTree(cwd)).toEqual(before);
    }
  });

  it('--example --force into a folder of someone else: exit 2 before the lab PKI is made', async () => {
    project(join(cwd, 'cmg-setup-output'));
    const before = snapshotTree(cwd);
    const result = await runCli(['--example', '--force', ...NOW], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(foreign(join(cwd, 'cmg-setup-output'), 3, '.git/, package.json, src/'));
    expect(snapshotTree(cwd)).toEqual(before);
  });

  it('an earlier output the admin edited: exit 2 OUTPUT_CHANGED naming the file, the edit kept', async () => {
    expect((await request(['--out', 'req'])).code).toBe(0);
    const inf = join(cwd, 'req', 'contosocmg.contoso.com.inf');
    writeFileSync(inf, `${readFileSync(inf, 'utf8')}; my change\r\n`);
    const before = snapshotTree(cwd);
    const result = await request(['--out', 'req', '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `cmg-setup: OUTPUT_CHANGED: --out ${join(cwd, 'req')} is an earlier output of cmg-setup, but 1 of its file(s) changed since it was written: contosocmg.contoso.com.inf. --force would delete those changes, so nothing was changed: move those files out of it, or choose another --out.\n`,
    );
    expect(snapshotTree(cwd)).toEqual(before);
  });

  it('--answers <out>/cmg.yaml --out <out> --force: exit 2 OUTPUT_HOLDS_ANSWERS, the answers file kept', async () => {
    const answers = writeAnswers(cwd, VALID_ANSWERS);
    expect((await wizard(['--answers', answers, '--out', 'out'])).code).toBe(0);
    writeAnswers(join(cwd, 'out'), VALID_ANSWERS, 'cmg.yaml');
    const before = snapshotTree(cwd);
    const result = await wizard(['--answers', 'out/cmg.yaml', '--out', 'out', '--force']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `cmg-setup: OUTPUT_HOLDS_ANSWERS: the answers file ${join(cwd, 'out', 'cmg.yaml')} (--answers) lies inside --out ${join(cwd, 'out')}, and --force replaces only the files cmg-setup wrote there. Nothing was changed: move the answers file out of --out, or choose another --out.\n`,
    );
    expect(snapshotTree(cwd)).toEqual(before);
  });

  it('--answers <out>/answers.yaml (the output\'s own, unchanged) --out <out> --force: a legitimate re-run, exit 0', async () => {
    const answers = writeAnswers(cwd, VALID_ANSWERS);
    expect((await wizard(['--answers', answers, '--out', 'out'])).code).toBe(0);
    const again = await wizard(['--answers', 'out/answers.yaml', '--out', 'out', '--force']);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
    expect(readdirSync(cwd).sort()).toEqual(['answers.yaml', 'out']);
    expect(readFileSync(join(cwd, 'out', 'answers.yaml'), 'utf8')).toContain('serviceName: contosocmg.contoso.com\n');
  });

  it('run --save-answers <out>/saved.yaml: exit 2 ANSWERS_FILE_INSIDE_OUTPUT before anything is written', async () => {
    const answers = writeAnswers(cwd, VALID_ANSWERS);
    for (const args of [['--out', 'out'], ['--out', 'out', '--force']]) {
      const result = await wizard(['--answers', answers, '--save-answers', 'out/saved.yaml', ...args]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`cmg-setup: ANSWERS_FILE_INSIDE_OUTPUT: --save-answers ${join(cwd, 'out', 'saved.yaml')} lies inside --out ${join(cwd, 'out')}, which this run writes as a whole (with its own answers.yaml): save the answers outside --out.\n`);
      expect(readdirSync(cwd)).toEqual(['answers.yaml']);
    }
  });
});

describe('--save-answers writes through the one exclusive writer', () => {
  it('symlinks planted at every .saved.yaml.<pid>.tmp the child may get redirect nothing; saved.yaml is a regular file', async () => {
    const answers = writeAnswers(cwd, VALID_ANSWERS);
    const unrelated = join(cwd, 'unrelated.txt');
    writeFileSync(unrelated, 'do not touch\n');
    // Linux hands out pids in order: the child is (almost always) one of the next few thousand.
    const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const next = Number(probe.stdout);
    for (let pid = next + 1; pid <= next + 3000; pid += 1) symlinkSync(unrelated, join(cwd, `.saved.yaml.${pid}.tmp`));
    const result = await wizard(['plan', '--answers', answers, '--save-answers', 'saved.yaml']);
    expect(result.code).toBe(0);
    expect(readFileSync(unrelated, 'utf8')).toBe('do not touch\n');
    expect(lstatSync(join(cwd, 'saved.yaml')).isFile()).toBe(true);
    expect(readFileSync(join(cwd, 'saved.yaml'), 'utf8')).toContain('serviceName: contosocmg.contoso.com\n');
    expect(readdirSync(cwd).filter((name) => !name.startsWith('.saved.yaml.')).sort()).toEqual(['answers.yaml', 'saved.yaml', 'unrelated.txt']);
    expect(readdirSync(cwd).filter((name) => name.startsWith('.saved.yaml.'))).toHaveLength(3000);
  });
});

/** The names beside --out that an interrupted swap leaves. */
const leftovers = () => readdirSync(cwd).filter((name) => /\.(old|staging)-\d+-[0-9a-f]{8}$/.test(name)).sort();

describe('a run killed between the two renames of the swap is repaired by the next run', () => {
  it('cert request: the kill leaves no --out; the next run restores it, removes the staging copy, says so, then goes on (OUTPUT_EXISTS)', async () => {
    expect((await request(['--out', 'req'])).code).toBe(0);
    const earlier = snapshotTree(join(cwd, 'req'));
    const killed = await request(['--out', 'req', '--force'], { CMG_SETUP_FAULT: 'during-swap:kill' });
    expect(killed.signal).toBe('SIGKILL');
    expect(readdirSync(cwd).includes('req')).toBe(false);
    const [old, staging] = leftovers();
    expect([old, staging]).toEqual([expect.stringMatching(/^req\.old-/), expect.stringMatching(/^req\.staging-/)]);

    const next = await request(['--out', 'req']);
    expect(next.code).toBe(2);
    expect(next.stderr).toBe(
      [
        `Restored ${join(cwd, 'req')} from ${join(cwd, old ?? '')}: a run was interrupted while replacing it.`,
        `Removed ${join(cwd, staging ?? '')}, left by an interrupted run (only the files cmg-setup wrote there).`,
        `cmg-setup: OUTPUT_EXISTS: ${join(cwd, 'req')} already holds an earlier output. Add --force to replace it, or choose another --out.`,
        '',
      ].join('\n'),
    );
    expect(readdirSync(cwd)).toEqual(['req']);
    expect(snapshotTree(join(cwd, 'req'))).toEqual(earlier);
  });

  it('run: plan only reports what it found; the next run restores, then replaces with --force', async () => {
    const answers = writeAnswers(cwd, VALID_ANSWERS);
    expect((await wizard(['--answers', answers, '--out', 'out'])).code).toBe(0);
    const killed = await wizard(['--answers', answers, '--out', 'out', '--force'], { CMG_SETUP_FAULT: 'during-swap:kill' });
    expect(killed.signal).toBe('SIGKILL');
    const [old, staging] = leftovers();
    const before = snapshotTree(cwd);

    const plan = await wizard(['plan', '--answers', answers, '--out', 'out']);
    expect(plan.code).toBe(0);
    expect(plan.stderr).toBe(
      [old, staging].map((name) => `Found ${join(cwd, name ?? '')}, left by an interrupted run; plan changes nothing, the next run that writes ${join(cwd, 'out')} will repair it.\n`).join(''),
    );
    expect(snapshotTree(cwd)).toEqual(before);

    const next = await wizard(['--answers', answers, '--out', 'out', '--force']);
    expect(next.code).toBe(0);
    expect(next.stderr).toBe(
      `Restored ${join(cwd, 'out')} from ${join(cwd, old ?? '')}: a run was interrupted while replacing it.\nRemoved ${join(cwd, staging ?? '')}, left by an interrupted run (only the files cmg-setup wrote there).\n`,
    );
    expect(readdirSync(cwd).sort()).toEqual(['answers.yaml', 'out']);
  });

  it('cert request killed while staging (after 2 files): the next run removes the staging folder, says so, and writes', async () => {
    const killed = await request(['--out', 'req'], { CMG_SETUP_FAULT: 'after-file:2:kill' });
    expect(killed.signal).toBe('SIGKILL');
    const [staging] = leftovers();
    expect(readdirSync(cwd)).toEqual([staging]);
    const next = await request(['--out', 'req']);
    expect(next.code).toBe(0);
    expect(next.stderr).toBe(`Removed ${join(cwd, staging ?? '')}, left by an interrupted run (only the files cmg-setup wrote there).\n`);
    expect(readdirSync(cwd)).toEqual(['req']);
  });

  it('cert lab: restored by the next run', async () => {
    expect((await lab(['--out', 'lab'])).code).toBe(0);
    const earlier = snapshotTree(join(cwd, 'lab'));
    expect((await lab(['--out', 'lab', '--force'], { CMG_SETUP_FAULT: 'during-swap:kill' })).signal).toBe('SIGKILL');
    const next = await lab(['--out', 'lab']);
    expect(next.code).toBe(2);
    expect(next.stderr.split('\n')[0]).toMatch(/^Restored .*\/lab from .*\/lab\.old-\d+-[0-9a-f]{8}: a run was interrupted while replacing it\.$/);
    expect(readdirSync(cwd)).toEqual(['lab']);
    expect(snapshotTree(join(cwd, 'lab'))).toEqual(earlier);
  });
});

describe('an --out that cannot be written is exit 2 before any work', () => {
  const unwritable = (path: string, at: string) => `cmg-setup: OUTPUT_UNWRITABLE: --out ${path} cannot be written: ${at} refuses it (ENOTDIR). Nothing was written: choose another --out, or make ${at} a folder your account can write to.\n`;

  it('--out under a regular file: cert request, cert lab, run and --example all say OUTPUT_UNWRITABLE (exit 2, not 1)', async () => {
    writeFileSync(join(cwd, 'file.txt'), 'a file\n');
    const answers = writeAnswers(cwd, VALID_ANSWERS);
    const target = join(cwd, 'file.txt', 'out');
    for (const result of [
      await request(['--out', 'file.txt/out']),
      await lab(['--out', 'file.txt/out']),
      await wizard(['--answers', answers, '--out', 'file.txt/out']),
      await runCli(['--example', '--out', 'file.txt/out', ...NOW], { cwd }),
    ]) {
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(unwritable(target, join(cwd, 'file.txt')));
    }
    expect(readFileSync(join(cwd, 'file.txt'), 'utf8')).toBe('a file\n');
    expect(readdirSync(cwd).sort()).toEqual(['answers.yaml', 'file.txt']);
  });
});
