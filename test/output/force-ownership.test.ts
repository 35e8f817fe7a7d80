import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputError } from '../../src/model/errors.ts';
import { assertOutputFree, writeOutput, type OutputFile } from '../../src/output/write-output.ts';
import { readManifest, snapshotTree } from './tree.ts';
import { POSIX_OWNER_ONLY } from './fake-windows.ts';

// --force replaces only this tool's own, unchanged output (DESIGN.md rule 6: "Nothing the tool
// did not write is ever deleted"); anything else is refused with exit 2 and left byte-identical.

const NOW = new Date('2026-03-01T12:00:00Z');

const OLD_FILES: OutputFile[] = [
  { path: 'RUNBOOK.md', content: '# Old runbook\n' },
  { path: 'answers.yaml', content: 'serviceName: old.contoso.com\n' },
  { path: 'keys/old.pfx', content: Uint8Array.from([1, 2, 3]), privateKey: true },
  { path: '04-gateway/deep/New-CmgGateway.ps1', content: 'old\r\n' },
];
const NEW_FILES: OutputFile[] = [
  { path: 'RUNBOOK.md', content: '# New runbook\n' },
  { path: 'plan.json', content: '{}\n' },
];

let parent: string;
let out: string;

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'cmg-force-'));
  out = join(parent, 'out');
});

afterEach(() => {
  rmSync(parent, { recursive: true, force: true });
});

function write(files: readonly OutputFile[], force: boolean) {
  return writeOutput({ out, files, force, now: NOW, ownerOnly: POSIX_OWNER_ONLY });
}

function thrown(action: () => unknown): OutputError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(OutputError);
    return error as OutputError;
  }
  throw new Error('expected the call to throw');
}

/** Refused by both the early check and writeOutput, with the same code and parameters, and nothing changed anywhere. */
function expectRefused(code: string, params: Record<string, string | number>): void {
  const before = snapshotTree(parent);
  const early = thrown(() => assertOutputFree(out, true));
  expect({ code: early.code, params: early.params }).toEqual({ code, params });
  const late = thrown(() => write(NEW_FILES, true));
  expect({ code: late.code, params: late.params }).toEqual({ code, params });
  expect(snapshotTree(parent)).toEqual(before);
}

describe('--force refuses anything but an earlier, unchanged cmg-setup output', () => {
  it('a project folder without a manifest: OUTPUT_FOREIGN naming the first five entries (folders with /) and how many in all', () => {
    mkdirSync(join(out, 'src', 'deep'), { recursive: true });
    mkdirSync(join(out, '.git'));
    writeFileSync(join(out, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    for (const name of ['package.json', 'README.md', 'a.txt', 'b.txt', 'z.txt']) writeFileSync(join(out, name), `${name}\n`);
    writeFileSync(join(out, 'src', 'deep', 'index.ts'), 'export {};\n');
    expectRefused('OUTPUT_FOREIGN', { path: resolve(out), count: 7, entries: '.git/, README.md, a.txt, b.txt, package.json, …' });
  });

  it('a home folder with .ssh: OUTPUT_FOREIGN, the key untouched', () => {
    mkdirSync(join(out, '.ssh'), { recursive: true });
    writeFileSync(join(out, '.ssh', 'id_ed25519'), 'PRIVATE KEY\n', { mode: 0o600 });
    writeFileSync(join(out, '.bashrc'), 'export A=1\n');
    expectRefused('OUTPUT_FOREIGN', { path: resolve(out), count: 2, entries: '.bashrc, .ssh/' });
    expect(readFileSync(join(out, '.ssh', 'id_ed25519'), 'utf8')).toBe('PRIVATE KEY\n');
  });

  it('an earlier output plus a file the admin added (e.g. the answers file it was run with): OUTPUT_FOREIGN naming it', () => {
    write(OLD_FILES, false);
    writeFileSync(join(out, 'cmg.yaml'), 'serviceName: mine.contoso.com\n');
    mkdirSync(join(out, 'keys', 'mine'));
    expectRefused('OUTPUT_FOREIGN', { path: resolve(out), count: 2, entries: 'cmg.yaml, keys/mine/' });
  });

  it('a manifest of another tool, an unparseable one, or one that lists a path outside the folder: OUTPUT_FOREIGN listing everything', () => {
    write(OLD_FILES, false);
    const manifest = readManifest(out);
    const cases: Array<[string, string]> = [
      ['another tool', JSON.stringify({ ...manifest, tool: 'other-tool' })],
      ['not JSON', '{ "tool": "cmg-setup", '],
      ['a path outside', JSON.stringify({ ...manifest, files: [...manifest.files, { path: '../outside.txt', sha256: '0'.repeat(64), bytes: 0 }] })],
      ['an absolute path', JSON.stringify({ ...manifest, files: [...manifest.files, { path: '/etc/hostname', sha256: '0'.repeat(64), bytes: 0 }] })],
    ];
    writeFileSync(join(parent, 'outside.txt'), 'not yours\n');
    for (const [label, text] of cases) {
      writeFileSync(join(out, 'manifest.json'), text);
      const error = thrown(() => assertOutputFree(out, true));
      expect({ label, code: error.code, params: error.params }).toEqual({ label, code: 'OUTPUT_FOREIGN', params: { path: resolve(out), count: 5, entries: '04-gateway/, RUNBOOK.md, answers.yaml, keys/, manifest.json' } });
    }
    expect(readFileSync(join(parent, 'outside.txt'), 'utf8')).toBe('not yours\n');
  });

  it('a listed file the admin edited: OUTPUT_CHANGED naming it (deleting it would lose the edit)', () => {
    write(OLD_FILES, false);
    writeFileSync(join(out, '04-gateway/deep/New-CmgGateway.ps1'), 'old, with my fix\r\n');
    expectRefused('OUTPUT_CHANGED', { path: resolve(out), count: 1, entries: '04-gateway/deep/New-CmgGateway.ps1' });
  });

  it('a listed file replaced by a symlink or a folder, or manifest.json itself a symlink: refused, the link target untouched', () => {
    write(OLD_FILES, false);
    writeFileSync(join(parent, 'precious.txt'), 'precious\n');
    rmSync(join(out, 'RUNBOOK.md'));
    symlinkSync(join(parent, 'precious.txt'), join(out, 'RUNBOOK.md'));
    rmSync(join(out, 'answers.yaml'));
    mkdirSync(join(out, 'answers.yaml'));
    expectRefused('OUTPUT_CHANGED', { path: resolve(out), count: 2, entries: 'RUNBOOK.md, answers.yaml/' });

    rmSync(join(out, 'RUNBOOK.md'));
    writeFileSync(join(out, 'RUNBOOK.md'), '# Old runbook\n');
    rmSync(join(out, 'answers.yaml'), { recursive: true });
    writeFileSync(join(out, 'answers.yaml'), 'serviceName: old.contoso.com\n');
    writeFileSync(join(parent, 'manifest.json'), readFileSync(join(out, 'manifest.json')));
    rmSync(join(out, 'manifest.json'));
    symlinkSync(join(parent, 'manifest.json'), join(out, 'manifest.json'));
    const error = thrown(() => assertOutputFree(out, true));
    expect(error.code).toBe('OUTPUT_FOREIGN');
    expect(readFileSync(join(parent, 'precious.txt'), 'utf8')).toBe('precious\n');
  });

  it('without --force the refusal stays OUTPUT_EXISTS, for a foreign folder too', () => {
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine\n');
    const error = thrown(() => assertOutputFree(out, false));
    expect({ code: error.code, params: error.params }).toEqual({ code: 'OUTPUT_EXISTS', params: { path: resolve(out), complete: 'no' } });
  });
});

describe('--force replaces an earlier, unchanged output and deletes only what its manifest lists', () => {
  it('replaced as a whole, key files reported, nothing left beside it', () => {
    write(OLD_FILES, false);
    const result = write(NEW_FILES, true);
    expect(result).toEqual({ path: resolve(out), files: 3, replacedKeyFiles: [join(resolve(out), 'keys/old.pfx')] });
    expect([...snapshotTree(out).keys()]).toEqual(['RUNBOOK.md', 'manifest.json', 'plan.json']);
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('a listed file the admin deleted is no obstacle (nothing of theirs is lost)', () => {
    write(OLD_FILES, false);
    rmSync(join(out, 'keys/old.pfx'));
    expect(write(NEW_FILES, true).replacedKeyFiles).toEqual([join(resolve(out), 'keys/old.pfx')]);
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('an empty folder is used with --force too (nothing in it to lose), and nothing is left beside it', () => {
    mkdirSync(out);
    chmodSync(out, 0o700);
    write(NEW_FILES, true);
    expect([...snapshotTree(out).keys()]).toEqual(['RUNBOOK.md', 'manifest.json', 'plan.json']);
    expect(readdirSync(parent)).toEqual(['out']);
  });
});
