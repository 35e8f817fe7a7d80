import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recoverLeftovers, type LeftoverAction } from '../../src/output/leftovers.ts';
import { writeStagingIntent } from '../../src/output/staging.ts';
import { temporaryName } from '../../src/output/atomic-file.ts';
import { writeOutput, type OutputFile } from '../../src/output/write-output.ts';
import { snapshotTree } from './tree.ts';
import { POSIX_OWNER_ONLY } from './fake-windows.ts';

// What an interrupted run leaves beside --out (a kill between the two renames of the swap, or
// while staging), and what the next run does with it: restore, remove only the tool's own files,
// or leave it and say so. Leftovers of a run that is still alive are never touched.

const NOW = new Date('2026-03-01T12:00:00Z');
const OLD_FILES: OutputFile[] = [
  { path: 'RUNBOOK.md', content: '# Old runbook\n' },
  { path: 'keys/old.pfx', content: Uint8Array.from([1, 2, 3]), privateKey: true },
];
const NEW_FILES: OutputFile[] = [
  { path: 'RUNBOOK.md', content: '# New runbook\n' },
  { path: '04-gateway/New-CmgGateway.ps1', content: 'new\r\n' },
];
const DEAD = 4_000_001;
const ALIVE = 4_000_002;
const isRunning = (pid: number) => pid === ALIVE;

let parent: string;
let out: string;
let actions: LeftoverAction[];

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'cmg-leftovers-'));
  out = join(parent, 'out');
  actions = [];
});
afterEach(() => {
  rmSync(parent, { recursive: true, force: true });
});

function recover(repair = true): void {
  recoverLeftovers(out, { repair, isRunning, notify: (action) => actions.push(action) });
}

/** A complete output of this tool, moved to `name` beside --out (what the swap leaves as `.old-*`). */
function outputAt(name: string, files: readonly OutputFile[] = OLD_FILES): string {
  const scratch = join(parent, 'scratch');
  writeOutput({ out: scratch, files, force: false, now: NOW, ownerOnly: POSIX_OWNER_ONLY });
  renameSync(scratch, join(parent, name));
  return join(parent, name);
}

/** A staging folder as writeOutput leaves it when killed halfway: its intent, some files, a temporary file. */
function stagingAt(name: string): string {
  const staging = join(parent, name);
  mkdirSync(join(staging, '04-gateway'), { recursive: true, mode: 0o700 });
  writeStagingIntent(staging, NEW_FILES.map((file) => file.path));
  writeFileSync(join(staging, 'RUNBOOK.md'), '# New runbook\n');
  writeFileSync(join(staging, '04-gateway', temporaryName('New-CmgGateway.ps1')), 'ne');
  return staging;
}

describe('a kill between the two renames of the swap (no --out, an .old- copy)', () => {
  it('the .old- copy of a dead run is restored to --out, byte for byte, and said', () => {
    const old = outputAt(`out.old-${DEAD}-0a1b2c3d`);
    const before = snapshotTree(old);
    recover();
    expect(actions).toEqual([{ action: 'restored', path: old, out }]);
    expect(readdirSync(parent)).toEqual(['out']);
    expect(snapshotTree(out)).toEqual(before);
  });

  it('with --out present and complete, the .old- copy is removed (its listed files only) and said', () => {
    writeOutput({ out, files: NEW_FILES, force: false, now: NOW, ownerOnly: POSIX_OWNER_ONLY });
    const before = snapshotTree(out);
    const old = outputAt(`out.old-${DEAD}-0a1b2c3d`);
    recover();
    expect(actions).toEqual([{ action: 'removed', path: old, out }]);
    expect(readdirSync(parent)).toEqual(['out']);
    expect(snapshotTree(out)).toEqual(before);
  });

  it('an .old- copy that holds something the tool did not write is left in place and said, restored or not', () => {
    const old = outputAt(`out.old-${DEAD}-0a1b2c3d`);
    writeFileSync(join(old, 'keys', 'mine.txt'), 'mine\n');
    const before = snapshotTree(parent);
    recover();
    expect(actions).toEqual([{ action: 'kept', path: old, out }]);
    expect(snapshotTree(parent)).toEqual(before);

    writeOutput({ out, files: NEW_FILES, force: false, now: NOW, ownerOnly: POSIX_OWNER_ONLY });
    const withOut = snapshotTree(parent);
    actions = [];
    recover();
    expect(actions).toEqual([{ action: 'kept', path: old, out }]);
    expect(snapshotTree(parent)).toEqual(withOut);
  });

  it('two .old- copies and no --out: one is restored, the other then removed', () => {
    const first = outputAt(`out.old-${DEAD}-0a1b2c3d`);
    const second = outputAt(`out.old-${DEAD}-ffffffff`, NEW_FILES);
    recover();
    expect(actions).toEqual([
      { action: 'restored', path: first, out },
      { action: 'removed', path: second, out },
    ]);
    expect(readdirSync(parent)).toEqual(['out']);
    expect(readFileSync(join(out, 'RUNBOOK.md'), 'utf8')).toBe('# Old runbook\n');
  });
});

describe('a kill while staging', () => {
  it('a staging folder of a dead run holding only what that run meant to write is removed, file by file', () => {
    const staging = stagingAt(`out.staging-${DEAD}-0a1b2c3d`);
    recover();
    expect(actions).toEqual([{ action: 'removed', path: staging, out }]);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('a staging folder killed after its manifest (complete, intent already gone) is removed too', () => {
    const staging = outputAt(`out.staging-${DEAD}-0a1b2c3d`, NEW_FILES);
    recover();
    expect(actions).toEqual([{ action: 'removed', path: staging, out }]);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('a staging folder holding a file the run did not mean to write, a symlink, or no intent at all: left in place and said', () => {
    const foreign = stagingAt(`out.staging-${DEAD}-00000001`);
    writeFileSync(join(foreign, 'notes.txt'), 'mine\n');
    const linked = stagingAt(`out.staging-${DEAD}-00000002`);
    writeFileSync(join(parent, 'precious.txt'), 'precious\n');
    rmSync(join(linked, 'RUNBOOK.md'));
    symlinkSync(join(parent, 'precious.txt'), join(linked, 'RUNBOOK.md'));
    const bare = join(parent, `out.staging-${DEAD}-00000003`);
    mkdirSync(bare);
    writeFileSync(join(bare, 'RUNBOOK.md'), 'x');
    const before = snapshotTree(parent);
    recover();
    expect(actions).toEqual([
      { action: 'kept', path: foreign, out },
      { action: 'kept', path: linked, out },
      { action: 'kept', path: bare, out },
    ]);
    expect(snapshotTree(parent)).toEqual(before);
  });
});

describe('never touched, never said', () => {
  it('leftovers of a run that is still alive (a concurrent run), and names that only look alike', () => {
    outputAt(`out.old-${ALIVE}-0a1b2c3d`);
    stagingAt(`out.staging-${ALIVE}-0a1b2c3d`);
    outputAt(`out.old-${DEAD}-0A1B2C3D`);
    outputAt(`outx.old-${DEAD}-0a1b2c3d`);
    outputAt('out.old-notes');
    stagingAt(`other.staging-${DEAD}-0a1b2c3d`);
    const before = snapshotTree(parent);
    recover();
    expect(actions).toEqual([]);
    expect(snapshotTree(parent)).toEqual(before);
  });

  it('a symlink named like a leftover is not followed and is left, said', () => {
    const target = outputAt('elsewhere');
    const link = join(parent, `out.old-${DEAD}-0a1b2c3d`);
    symlinkSync(target, link);
    const before = snapshotTree(parent);
    recover();
    expect(actions).toEqual([{ action: 'kept', path: link, out }]);
    expect(snapshotTree(parent)).toEqual(before);
  });

  it('no parent folder at all: nothing to do', () => {
    recoverLeftovers(join(parent, 'missing', 'out'), { repair: true, isRunning, notify: (action) => actions.push(action) });
    expect(actions).toEqual([]);
  });
});

describe('plan (repair: false)', () => {
  it('says what it found, one line each, and changes nothing', () => {
    const old = outputAt(`out.old-${DEAD}-0a1b2c3d`);
    const staging = stagingAt(`out.staging-${DEAD}-0a1b2c3d`);
    const before = snapshotTree(parent);
    recover(false);
    expect(actions).toEqual([
      { action: 'found', path: old, out },
      { action: 'found', path: staging, out },
    ]);
    expect(snapshotTree(parent)).toEqual(before);
  });
});
