import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputError } from '../../src/model/errors.ts';
import { writeOutput, type OutputFile } from '../../src/output/write-output.ts';
import { filesOf, findNames, readManifest, sha256, snapshotTree } from './tree.ts';
import { POSIX_OWNER_ONLY } from './fake-windows.ts';

const NOW = new Date('2026-03-01T12:00:00Z');

/** Two key files in their own folder (with a non-key neighbour), text at the root, binary in a step folder. */
const FILES: OutputFile[] = [
  { path: 'RUNBOOK.md', content: '# Runbook\n\nÄ CMG: “quotes” ’\n' },
  { path: 'plan.json', content: '{\n  "schemaVersion": 1\n}\n' },
  { path: '04-gateway/New-CmgGateway.ps1', content: '\uFEFFSet-StrictMode -Version Latest\r\n' },
  { path: '00-lab-pki/LAB-ONLY-server.pfx', content: Uint8Array.from([0x30, 0x82, 0x00, 0xff, 0x00, 0x01]), privateKey: true },
  { path: '00-lab-pki/LAB-ONLY-README.txt', content: 'LAB ONLY\n' },
  { path: '00-lab-pki/LAB-ONLY-client.pfx', content: Uint8Array.from([0x30, 0x82, 0x01, 0x02]), privateKey: true },
];
const KEY_FILES = ['00-lab-pki/LAB-ONLY-client.pfx', '00-lab-pki/LAB-ONLY-server.pfx'];

/** An earlier output, different in every file, to tell the two apart. */
const OLD_FILES: OutputFile[] = [
  { path: 'RUNBOOK.md', content: '# Old runbook\n' },
  { path: 'old-only.txt', content: 'only in the old output\n' },
  { path: 'keys/old.pfx', content: Uint8Array.from([1, 2, 3]), privateKey: true },
];

const FAULT_POINTS = [...FILES.map((_, index) => `after-file:${index + 1}`), 'before-manifest', 'before-swap'];

let parent: string;
let out: string;

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'cmg-write-output-'));
  out = join(parent, 'out');
});

afterEach(() => {
  rmSync(parent, { recursive: true, force: true });
});

function write(files: readonly OutputFile[], options: { force?: boolean; fault?: string; target?: string } = {}) {
  return writeOutput({
    out: options.target ?? out,
    files,
    force: options.force ?? false,
    now: NOW,
    env: options.fault === undefined ? {} : { CMG_SETUP_FAULT: options.fault },
    ownerOnly: POSIX_OWNER_ONLY,
  });
}

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

function expectOutputError(error: unknown, code: string, params: Record<string, string>): void {
  expect(error).toBeInstanceOf(OutputError);
  expect((error as OutputError).code).toBe(code);
  expect((error as OutputError).params).toMatchObject(params);
}

function bytesOf(file: OutputFile): Buffer {
  return typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content);
}

/** The written folder holds exactly `files` + manifest.json, byte for byte, and the manifest says so. */
function expectCompleteOutput(root: string, files: readonly OutputFile[]): void {
  const tree = snapshotTree(root);
  expect(filesOf(tree)).toEqual([...files.map((file) => file.path), 'manifest.json'].sort());
  for (const file of files) expect(readFileSync(join(root, file.path))).toEqual(bytesOf(file));
  const manifest = readManifest(root);
  expect(manifest.schemaVersion).toBe(1);
  expect(manifest.tool).toBe('cmg-setup');
  expect(manifest.createdAt).toBe(NOW.toISOString());
  expect(manifest.files).toEqual(
    [...files]
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((file) => ({
        path: file.path,
        sha256: sha256(readFileSync(join(root, file.path))),
        bytes: bytesOf(file).length,
        ...(file.privateKey ? { privateKey: true } : {}),
      })),
  );
}

/** Nothing of a staging attempt remains beside or inside the target. */
function expectNoLeftovers(): void {
  expect(readdirSync(parent).filter((name) => name.includes('.staging-') || name.includes('.old-'))).toEqual([]);
  expect(findNames(parent, (name) => name.endsWith('.tmp'))).toEqual([]);
}

describe('modes', () => {
  let savedUmask: number;
  beforeEach(() => {
    savedUmask = process.umask();
  });
  afterEach(() => {
    process.umask(savedUmask);
  });

  for (const umask of [0o000, 0o077]) {
    const label = `umask ${umask.toString(8).padStart(3, '0')}`;

    it(`${label}: key files 0600 in a 0700 folder, other files 0644, other folders 0755`, () => {
      process.umask(umask);
      write(FILES);
      process.umask(savedUmask);
      const tree = snapshotTree(out);
      expect(statSync(out).mode & 0o777).toBe(0o755);
      const modes = Object.fromEntries([...tree].map(([path, entry]) => [path, entry.mode.toString(8)]));
      expect(modes).toEqual({
        '00-lab-pki': '700',
        '00-lab-pki/LAB-ONLY-README.txt': '644',
        '00-lab-pki/LAB-ONLY-client.pfx': '600',
        '00-lab-pki/LAB-ONLY-server.pfx': '600',
        '04-gateway': '755',
        '04-gateway/New-CmgGateway.ps1': '644',
        'RUNBOOK.md': '644',
        'manifest.json': '644',
        'plan.json': '644',
      });
    });

    it(`${label}: a key file at the top makes the output folder itself 0700`, () => {
      process.umask(umask);
      write([
        { path: 'server.key', content: 'KEY\n', privateKey: true },
        { path: 'README.txt', content: 'read me\n' },
      ]);
      process.umask(savedUmask);
      expect(statSync(out).mode & 0o777).toBe(0o700);
      expect(statSync(join(out, 'server.key')).mode & 0o777).toBe(0o600);
      expect(statSync(join(out, 'README.txt')).mode & 0o777).toBe(0o644);
      expect(statSync(join(out, 'manifest.json')).mode & 0o777).toBe(0o644);
    });

    it(`${label}: a forced replacement gets the same exact modes`, () => {
      write(OLD_FILES);
      process.umask(umask);
      write(FILES, { force: true });
      process.umask(savedUmask);
      expect(statSync(join(out, '00-lab-pki')).mode & 0o777).toBe(0o700);
      for (const key of KEY_FILES) expect(statSync(join(out, key)).mode & 0o777).toBe(0o600);
      expect(statSync(join(out, 'RUNBOOK.md')).mode & 0o777).toBe(0o644);
    });
  }

  it('leaves the mode of an existing parent folder alone (a private 0700 folder stays private)', () => {
    chmodSync(parent, 0o700);
    write(FILES);
    expect((statSync(parent).mode & 0o777).toString(8)).toBe('700');
  });
});

describe('manifest', () => {
  it('is written with the SHA-256 and size of every file, privateKey only on key files, and nothing else is in the folder', () => {
    const result = write(FILES);
    expect(result).toEqual({ path: resolve(out), files: FILES.length + 1, replacedKeyFiles: [] });
    expectCompleteOutput(out, FILES);
    expect(
      readManifest(out)
        .files.filter((file) => file.privateKey === true)
        .map((file) => file.path),
    ).toEqual(KEY_FILES);
    expectNoLeftovers();
  });

  it('an output folder that exists but is empty is used without --force', () => {
    mkdirSync(out);
    expect(write(FILES).replacedKeyFiles).toEqual([]);
    expectCompleteOutput(out, FILES);
    expectNoLeftovers();
  });

  it('creates missing parent folders', () => {
    const deep = join(parent, 'a', 'b', 'out');
    expect(write(FILES, { target: deep }).path).toBe(deep);
    expectCompleteOutput(deep, FILES);
  });
});

describe('an earlier output', () => {
  it('is refused without --force (OUTPUT_EXISTS, complete: yes) and left byte-identical', () => {
    write(OLD_FILES);
    const before = snapshotTree(out);
    expectOutputError(
      thrown(() => write(FILES)),
      'OUTPUT_EXISTS',
      { path: resolve(out), complete: 'yes' },
    );
    expect(snapshotTree(out)).toEqual(before);
    expectNoLeftovers();
  });

  it('a folder of files without a manifest is refused too (complete: no) and left byte-identical', () => {
    mkdirSync(join(out, 'sub'), { recursive: true });
    writeFileSync(join(out, 'notes.txt'), 'mine\n');
    writeFileSync(join(out, 'sub', 'other.bin'), Buffer.from([0, 1, 2]));
    const before = snapshotTree(out);
    expectOutputError(
      thrown(() => write(FILES)),
      'OUTPUT_EXISTS',
      { path: resolve(out), complete: 'no' },
    );
    expect(snapshotTree(out)).toEqual(before);
    expectNoLeftovers();
  });

  it('is replaced as a whole with --force, and the key files it replaced are reported', () => {
    write(OLD_FILES);
    const result = write(FILES, { force: true });
    expect(result).toEqual({ path: resolve(out), files: FILES.length + 1, replacedKeyFiles: [join(resolve(out), 'keys/old.pfx')] });
    expectCompleteOutput(out, FILES);
    expectNoLeftovers();
  });

  it('--force over an output with no key files reports none', () => {
    write([{ path: 'a.txt', content: 'a\n' }]);
    expect(write(FILES, { force: true }).replacedKeyFiles).toEqual([]);
    expectCompleteOutput(out, FILES);
    expectNoLeftovers();
  });

  it('--force over an incomplete folder (no manifest) is refused (OUTPUT_FOREIGN) and left byte-identical: nothing proves it is ours', () => {
    write(FILES);
    rmSync(join(out, 'manifest.json'));
    const before = snapshotTree(out);
    expectOutputError(
      thrown(() => write(FILES, { force: true })),
      'OUTPUT_FOREIGN',
      { path: resolve(out) },
    );
    expect(snapshotTree(out)).toEqual(before);
    expectNoLeftovers();
  });
});

describe('--out is a file', () => {
  for (const force of [false, true]) {
    it(`is refused with OUTPUT_NOT_DIRECTORY${force ? ' even with --force' : ''}, and the file is untouched`, () => {
      writeFileSync(out, 'not a folder\n');
      expectOutputError(
        thrown(() => write(FILES, { force })),
        'OUTPUT_NOT_DIRECTORY',
        { path: resolve(out) },
      );
      expect(readFileSync(out, 'utf8')).toBe('not a folder\n');
      expect(readdirSync(parent)).toEqual(['out']);
      expectNoLeftovers();
    });
  }
});

describe('crash consistency (CMG_SETUP_FAULT)', () => {
  it('covers every fault point: one per file, before the manifest, before the swap', () => {
    expect(FAULT_POINTS).toEqual(['after-file:1', 'after-file:2', 'after-file:3', 'after-file:4', 'after-file:5', 'after-file:6', 'before-manifest', 'before-swap']);
  });

  it.each(FAULT_POINTS)('fresh target, fault %s: no output at all, nothing left behind, a later write succeeds', (fault) => {
    expectOutputError(
      thrown(() => write(FILES, { fault })),
      'OUTPUT_WRITE_FAILED',
      { out: resolve(out) },
    );
    expect(readdirSync(parent)).toEqual([]);
    expectNoLeftovers();

    write(FILES);
    expectCompleteOutput(out, FILES);
    expectNoLeftovers();
  });

  it.each(FAULT_POINTS)('earlier output, fault %s with --force: earlier output byte-identical, nothing left behind, a later write succeeds', (fault) => {
    write(OLD_FILES);
    const before = snapshotTree(out);
    expectOutputError(
      thrown(() => write(FILES, { force: true, fault })),
      'OUTPUT_WRITE_FAILED',
      { out: resolve(out) },
    );
    expect(snapshotTree(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['out']);
    expectNoLeftovers();

    expect(write(FILES, { force: true }).replacedKeyFiles).toEqual([join(resolve(out), 'keys/old.pfx')]);
    expectCompleteOutput(out, FILES);
    expectNoLeftovers();
  });

  it('earlier output, fault between moving it aside and moving the new one in: the earlier output is put back', () => {
    write(OLD_FILES);
    const before = snapshotTree(out);
    expectOutputError(
      thrown(() => write(FILES, { force: true, fault: 'during-swap' })),
      'OUTPUT_WRITE_FAILED',
      { out: resolve(out) },
    );
    expect(snapshotTree(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['out']);
    expectNoLeftovers();
  });

  it('a fault point past the last file never fires', () => {
    write(FILES, { fault: `after-file:${FILES.length + 1}` });
    expectCompleteOutput(out, FILES);
  });
});
