import { accessSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputError } from '../../src/model/errors.ts';
import { nodeOutputFs, type OutputFs } from '../../src/output/output-fs.ts';
import { assertOutputFree, writeOutput, type OutputFile } from '../../src/output/write-output.ts';
import { POSIX_OWNER_ONLY } from './fake-windows.ts';

// An --out that cannot be read or written is the admin's to fix (exit 2, an OUTPUT_* code that
// names the path and the OS reason), never "internal error" (exit 1); and it is found before any
// question is asked where it can be.

const NOW = new Date('2026-03-01T12:00:00Z');
const FILES: OutputFile[] = [{ path: 'RUNBOOK.md', content: '# Runbook\n' }];

let parent: string;
let out: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'cmg-out-errors-'));
  out = join(parent, 'out');
});
afterEach(() => {
  rmSync(parent, { recursive: true, force: true });
});

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

function thrown(action: () => unknown): { code: string; params: Record<string, string | number> } {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(OutputError);
    return { code: (error as OutputError).code, params: (error as OutputError).params };
  }
  throw new Error('expected the call to throw');
}

/** The real file system, with one operation failing for one path. */
function failing(operation: keyof OutputFs, path: string, code: string): OutputFs {
  return {
    ...nodeOutputFs,
    [operation]: (target: string, ...rest: unknown[]) => {
      if (resolve(target) === resolve(path)) throw errno(code);
      return (nodeOutputFs[operation] as (...args: unknown[]) => unknown)(target, ...rest);
    },
  } as OutputFs;
}

describe('an --out that cannot be read: OUTPUT_UNREADABLE', () => {
  for (const force of [false, true]) {
    it(`the folder cannot be listed (EACCES)${force ? ', with --force' : ''}`, () => {
      mkdirSync(out);
      writeFileSync(join(out, 'a.txt'), 'a\n');
      expect(thrown(() => assertOutputFree(out, force, { fs: failing('readdir', out, 'EACCES') }))).toEqual({ code: 'OUTPUT_UNREADABLE', params: { path: out, reason: 'EACCES' } });
    });
  }

  it('the folder cannot even be looked at (EACCES on lstat)', () => {
    expect(thrown(() => assertOutputFree(out, false, { fs: failing('lstat', out, 'EACCES') }))).toEqual({ code: 'OUTPUT_UNREADABLE', params: { path: out, reason: 'EACCES' } });
  });

  it('with --force, a file of the earlier output cannot be read to check it is unchanged', () => {
    writeOutput({ out, files: FILES, force: false, now: NOW, ownerOnly: POSIX_OWNER_ONLY });
    const runbook = join(out, 'RUNBOOK.md');
    expect(thrown(() => assertOutputFree(out, true, { fs: failing('readFile', runbook, 'EACCES') }))).toEqual({ code: 'OUTPUT_UNREADABLE', params: { path: runbook, reason: 'EACCES' } });
  });
});

describe('an --out that cannot be written: OUTPUT_UNWRITABLE, before any question', () => {
  it('the parent is read-only (EROFS): named, with the reason', () => {
    expect(thrown(() => assertOutputFree(out, false, { fs: failing('access', parent, 'EROFS') }))).toEqual({ code: 'OUTPUT_UNWRITABLE', params: { path: out, at: parent, reason: 'EROFS' } });
  });

  it('missing parents: the nearest folder that exists is the one checked', () => {
    const deep = join(parent, 'a', 'b', 'out');
    const checked: string[] = [];
    const fs: OutputFs = { ...nodeOutputFs, access: (path, mode) => (checked.push(path), accessSync(path, mode)) };
    assertOutputFree(deep, false, { fs });
    expect(checked).toEqual([parent]);
    expect(thrown(() => assertOutputFree(deep, false, { fs: failing('access', parent, 'EACCES') }))).toEqual({ code: 'OUTPUT_UNWRITABLE', params: { path: deep, at: parent, reason: 'EACCES' } });
  });

  it('an existing output whose parent is not writable, with --force: the swap needs the parent', () => {
    writeOutput({ out, files: FILES, force: false, now: NOW, ownerOnly: POSIX_OWNER_ONLY });
    expect(thrown(() => assertOutputFree(out, true, { fs: failing('access', parent, 'EACCES') }))).toEqual({ code: 'OUTPUT_UNWRITABLE', params: { path: out, at: parent, reason: 'EACCES' } });
  });

  for (const force of [false, true]) {
    it(`a path through a regular file (ENOTDIR)${force ? ', with --force' : ''}: refused early and by writeOutput, the file untouched`, () => {
      const file = join(parent, 'file.txt');
      writeFileSync(file, 'a file\n');
      const target = join(file, 'sub', 'out');
      const expected = { code: 'OUTPUT_UNWRITABLE', params: { path: target, at: file, reason: 'ENOTDIR' } };
      expect(thrown(() => assertOutputFree(target, force))).toEqual(expected);
      expect(thrown(() => writeOutput({ out: target, files: FILES, force, now: NOW, ownerOnly: POSIX_OWNER_ONLY }))).toEqual(expected);
      expect(readFileSync(file, 'utf8')).toBe('a file\n');
      expect(readdirSync(parent)).toEqual(['file.txt']);
    });
  }

  it.runIf(process.platform === 'linux')('a folder where nothing can be created (/proc): OUTPUT_UNWRITABLE from writeOutput', () => {
    const target = `/proc/cmg-setup-test-${process.pid}`;
    expect(thrown(() => writeOutput({ out: target, files: FILES, force: false, now: NOW, ownerOnly: POSIX_OWNER_ONLY }))).toEqual({ code: 'OUTPUT_UNWRITABLE', params: { path: target, at: dirname(target), reason: 'ENOENT' } });
  });
});
