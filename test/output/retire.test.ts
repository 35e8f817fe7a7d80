import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectOutput } from '../../src/output/inspect-output.ts';
import { removeOwn } from '../../src/output/remove-own.ts';
import { retireOutput } from '../../src/output/retire.ts';
import { writeOutput, type OutputFile } from '../../src/output/write-output.ts';
import { snapshotTree } from './tree.ts';
import { POSIX_OWNER_ONLY } from './fake-windows.ts';

// After the swap, the earlier output is deleted file by file (only what its manifest lists) and
// folder by folder (rmdir), never with a recursive delete; if anything else appeared in it since
// it was checked, all of it stays.

const NOW = new Date('2026-03-01T12:00:00Z');
const FILES: OutputFile[] = [
  { path: 'RUNBOOK.md', content: '# Runbook\n' },
  { path: 'a/b/c.txt', content: 'c\n' },
  { path: 'keys/k.pfx', content: Uint8Array.from([1]), privateKey: true },
];

let parent: string;
let retired: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'cmg-retire-'));
  writeOutput({ out: join(parent, 'out'), files: FILES, force: false, now: NOW, ownerOnly: POSIX_OWNER_ONLY });
  retired = join(parent, 'out.old-1-0a1b2c3d');
});
afterEach(() => {
  rmSync(parent, { recursive: true, force: true });
});

/** Checked (as before the swap), then moved aside (as the swap does). */
function checkedThenMoved() {
  const before = inspectOutput(join(parent, 'out'), { deep: true });
  renameSync(join(parent, 'out'), retired);
  return before;
}

describe('retireOutput', () => {
  it('an unchanged earlier output: every listed file, the manifest and the folders go, nothing else exists', () => {
    const before = checkedThenMoved();
    expect(retireOutput(retired, before)).toBe(true);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('a file that appeared in it since the check: all of it stays, byte-identical', () => {
    const before = checkedThenMoved();
    writeFileSync(join(retired, 'a', 'b', 'mine.txt'), 'mine\n');
    const tree = snapshotTree(retired);
    expect(retireOutput(retired, before)).toBe(false);
    expect(snapshotTree(retired)).toEqual(tree);
  });

  it('a listed file edited since the check, or turned into a symlink: all of it stays', () => {
    const before = checkedThenMoved();
    writeFileSync(join(retired, 'RUNBOOK.md'), '# edited\n');
    let tree = snapshotTree(retired);
    expect(retireOutput(retired, before)).toBe(false);
    expect(snapshotTree(retired)).toEqual(tree);

    writeFileSync(join(retired, 'RUNBOOK.md'), '# Runbook\n');
    rmSync(join(retired, 'a', 'b', 'c.txt'));
    symlinkSync('/etc/hostname', join(retired, 'a', 'b', 'c.txt'));
    tree = snapshotTree(retired);
    expect(retireOutput(retired, before)).toBe(false);
    expect(snapshotTree(retired)).toEqual(tree);
  });

  it('an empty folder that stayed empty is removed; one that got a file is not', () => {
    mkdirSync(join(parent, 'empty'));
    const before = inspectOutput(join(parent, 'empty'), { deep: true });
    expect(retireOutput(join(parent, 'empty'), before)).toBe(true);
    mkdirSync(join(parent, 'empty'));
    writeFileSync(join(parent, 'empty', 'x'), 'x');
    expect(retireOutput(join(parent, 'empty'), before)).toBe(false);
    expect(readdirSync(join(parent, 'empty'))).toEqual(['x']);
  });
});

describe('removeOwn', () => {
  it('removes only the files given, then the folders given (deepest first) and the root; a stranger keeps its folders', () => {
    const root = join(parent, 'out');
    writeFileSync(join(root, 'a', 'stranger.txt'), 'not the tool\'s\n');
    symlinkSync(join(root, 'RUNBOOK.md'), join(root, 'keys', 'link'));
    expect(removeOwn(root, { files: ['RUNBOOK.md', 'a/b/c.txt', 'keys/k.pfx', 'keys/link', 'manifest.json', 'missing.txt'], folders: ['a', 'a/b', 'keys'] })).toBe(false);
    // keys/link is a symlink, not a file the tool wrote: left, so keys/ stays too.
    expect([...snapshotTree(root).keys()]).toEqual(['a', 'a/stranger.txt', 'keys', 'keys/link']);
  });
});
