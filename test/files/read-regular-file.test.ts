import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRegularFile } from '../../src/files/read-regular-file.ts';

// src/files/read-regular-file.ts: every file the admin names is read through it (issue 9, point 1).
// A FIFO without a writer would block a plain open() forever: here it must return at once, so a
// regression hangs this test file (vitest's 30 s test timeout) instead of passing.

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cmg-regular-'));
  writeFileSync(join(dir, 'small.txt'), 'hello\n');
  writeFileSync(join(dir, 'exact.txt'), 'x'.repeat(16));
  writeFileSync(join(dir, 'over.txt'), 'x'.repeat(17));
  writeFileSync(join(dir, 'sparse.bin'), '');
  truncateSync(join(dir, 'sparse.bin'), 8 * 1024 ** 3);
  mkdirSync(join(dir, 'folder'));
  execFileSync('mkfifo', [join(dir, 'fifo')]);
  symlinkSync('small.txt', join(dir, 'link.txt'));
  symlinkSync('fifo', join(dir, 'link-to-fifo'));
  symlinkSync('nowhere', join(dir, 'dangling'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('readRegularFile', () => {
  it('a regular file: its bytes', () => {
    expect(readRegularFile(join(dir, 'small.txt'), 1024)).toEqual({ ok: true, bytes: Buffer.from('hello\n') });
  });

  it('a symbolic link to a regular file: the file it leads to', () => {
    expect(readRegularFile(join(dir, 'link.txt'), 1024)).toEqual({ ok: true, bytes: Buffer.from('hello\n') });
  });

  it('exactly the cap is read; one byte over is too large', () => {
    expect(readRegularFile(join(dir, 'exact.txt'), 16)).toMatchObject({ ok: true });
    expect(readRegularFile(join(dir, 'over.txt'), 16)).toEqual({ ok: false, reason: 'too-large', size: 17 });
  });

  it('an 8 GiB sparse file is refused from its size, never read', () => {
    expect(readRegularFile(join(dir, 'sparse.bin'), 1024)).toEqual({ ok: false, reason: 'too-large', size: 8 * 1024 ** 3 });
  });

  it('a FIFO with no writer, directly or through a link: not a file, at once', () => {
    expect(readRegularFile(join(dir, 'fifo'), 1024)).toEqual({ ok: false, reason: 'not-a-file' });
    expect(readRegularFile(join(dir, 'link-to-fifo'), 1024)).toEqual({ ok: false, reason: 'not-a-file' });
  });

  it('devices and folders: not a file', () => {
    for (const path of ['/dev/zero', '/dev/null', join(dir, 'folder')]) expect(readRegularFile(path, 1024), path).toEqual({ ok: false, reason: 'not-a-file' });
  });

  it('nothing there (missing, a dangling link, a file used as a folder, a NUL in the name): missing', () => {
    expect(readRegularFile(join(dir, 'nowhere'), 1024)).toEqual({ ok: false, reason: 'missing', errno: 'ENOENT' });
    expect(readRegularFile(join(dir, 'dangling'), 1024)).toEqual({ ok: false, reason: 'missing', errno: 'ENOENT' });
    expect(readRegularFile(join(dir, 'small.txt', 'x'), 1024)).toEqual({ ok: false, reason: 'missing', errno: 'ENOTDIR' });
    expect(readRegularFile('pass\u0000word', 1024)).toEqual({ ok: false, reason: 'missing', errno: 'ERR_INVALID_ARG_VALUE' });
  });
});
