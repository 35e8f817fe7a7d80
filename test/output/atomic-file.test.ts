import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTemporaryName, temporaryName, writeFileAtomic } from '../../src/output/atomic-file.ts';
import { saveAnswers } from '../../src/output/save-answers.ts';
import { OutputError } from '../../src/model/errors.ts';

// One writer for every file the tool writes: a temporary file created
// exclusively (O_CREAT|O_EXCL, O_NOFOLLOW) under a random name beside the target, written,
// flushed, given its exact mode, renamed into place; on failure only its own temporary file goes.

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'cmg-atomic-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** A file that has nothing to do with the tool, and a symlink to it planted where a temporary file would go. */
function plantTrap(name: string): string {
  const unrelated = join(folder, 'unrelated.txt');
  writeFileSync(unrelated, 'do not touch\n', { mode: 0o644 });
  symlinkSync(unrelated, join(folder, name));
  return unrelated;
}

describe('writeFileAtomic', () => {
  it('writes the bytes with the exact mode, whatever the umask, and leaves no temporary file', () => {
    const saved = process.umask(0o077);
    try {
      writeFileAtomic(join(folder, 'a.txt'), 'hello\n', { mode: 0o644 });
      writeFileAtomic(join(folder, 'b.key'), Uint8Array.from([0, 1, 2]), { mode: 0o600 });
    } finally {
      process.umask(saved);
    }
    expect(readdirSync(folder).sort()).toEqual(['a.txt', 'b.key']);
    expect(readFileSync(join(folder, 'a.txt'), 'utf8')).toBe('hello\n');
    expect(statSync(join(folder, 'a.txt')).mode & 0o777).toBe(0o644);
    expect([...readFileSync(join(folder, 'b.key'))]).toEqual([0, 1, 2]);
    expect(statSync(join(folder, 'b.key')).mode & 0o777).toBe(0o600);
  });

  it('replaces an existing file by rename (a symlink at the target is replaced, its target untouched)', () => {
    const unrelated = plantTrap('target.txt');
    writeFileAtomic(join(folder, 'target.txt'), 'new\n', { mode: 0o644 });
    expect(lstatSync(join(folder, 'target.txt')).isFile()).toBe(true);
    expect(readFileSync(join(folder, 'target.txt'), 'utf8')).toBe('new\n');
    expect(readFileSync(unrelated, 'utf8')).toBe('do not touch\n');
  });

  it('a symlink planted at its temporary name: refused (EEXIST), the unrelated file and the symlink untouched, nothing written', () => {
    const unrelated = plantTrap('.target.txt.fixed.tmp');
    expect(() => writeFileAtomic(join(folder, 'target.txt'), 'evil\n', { mode: 0o644, temporaryName: () => '.target.txt.fixed.tmp' })).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(readFileSync(unrelated, 'utf8')).toBe('do not touch\n');
    expect(readlinkSync(join(folder, '.target.txt.fixed.tmp'))).toBe(unrelated);
    expect(readdirSync(folder).sort()).toEqual(['.target.txt.fixed.tmp', 'unrelated.txt']);
  });

  it('a regular file at its temporary name: refused (EEXIST) and left byte-identical (exclusive create, never truncate)', () => {
    writeFileSync(join(folder, '.t.fixed.tmp'), 'someone else\n');
    expect(() => writeFileAtomic(join(folder, 't'), 'mine\n', { mode: 0o644, temporaryName: () => '.t.fixed.tmp' })).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(readFileSync(join(folder, '.t.fixed.tmp'), 'utf8')).toBe('someone else\n');
    expect(readdirSync(folder)).toEqual(['.t.fixed.tmp']);
  });

  it('a rename that fails removes its own temporary file and nothing else', () => {
    // The target is a folder: rename(file, folder) fails (EISDIR) after the write.
    mkdirSync(join(folder, 'dir'));
    writeFileSync(join(folder, 'dir', 'inside.txt'), 'inside\n');
    writeFileSync(join(folder, '.dir.someone.tmp'), 'not ours\n');
    expect(() => writeFileAtomic(join(folder, 'dir'), 'x', { mode: 0o644, temporaryName: () => '.dir.own.tmp' })).toThrow(expect.objectContaining({ code: 'EISDIR' }));
    expect(readdirSync(folder).sort()).toEqual(['.dir.someone.tmp', 'dir']);
    expect(readdirSync(join(folder, 'dir'))).toEqual(['inside.txt']);
  });

  it('temporary names are random (128 bits) and recognisable: .<name>.<32 hex>.tmp', () => {
    const names = new Set(Array.from({ length: 200 }, () => temporaryName('answers.yaml')));
    expect(names.size).toBe(200);
    for (const name of names) {
      expect(name).toMatch(/^\.answers\.yaml\.[0-9a-f]{32}\.tmp$/);
      expect(isTemporaryName(name, 'answers.yaml')).toBe(true);
    }
    expect(isTemporaryName(`.answers.yaml.${process.pid}.tmp`, 'answers.yaml')).toBe(false);
    expect(isTemporaryName('.other.yaml.0123456789abcdef0123456789abcdef.tmp', 'answers.yaml')).toBe(false);
  });
});

describe('writeFileAtomic: beforeContent (a key restricted on Windows before its bytes, issue 16)', () => {
  it('is called once with the temporary file, existing and empty, before the content is written', () => {
    const target = join(folder, 'a.key');
    const seen: Array<{ name: string; bytes: number; target: boolean }> = [];
    writeFileAtomic(target, 'PRIVATE KEY', { mode: 0o600, beforeContent: (temporary) => seen.push({ name: temporary.slice(folder.length + 1), bytes: statSync(temporary).size, target: readdirSync(folder).includes('a.key') }) });
    expect(seen).toEqual([{ name: expect.stringMatching(/^\.a\.key\.[0-9a-f]{32}\.tmp$/), bytes: 0, target: false }]);
    expect(readFileSync(target, 'utf8')).toBe('PRIVATE KEY');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('if it throws: its error, the empty temporary file removed, no target', () => {
    const refused = new OutputError('KEY_ACCESS_NOT_RESTRICTED', { path: 'a.key', program: 'icacls.exe', reason: 'exit 5', output: '' });
    expect(() =>
      writeFileAtomic(join(folder, 'a.key'), 'PRIVATE KEY', {
        mode: 0o600,
        beforeContent: () => {
          throw refused;
        },
      }),
    ).toThrow(refused);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('--save-answers goes through the same writer', () => {
  it('a symlink planted at the old predictable name .<name>.<pid>.tmp redirects nothing', () => {
    const unrelated = plantTrap(`.saved.yaml.${process.pid}.tmp`);
    const target = join(folder, 'saved.yaml');
    expect(saveAnswers(target, 'serviceName: a.contoso.com\n')).toBe(target);
    expect(readFileSync(unrelated, 'utf8')).toBe('do not touch\n');
    expect(lstatSync(target).isFile()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('serviceName: a.contoso.com\n');
    expect(statSync(target).mode & 0o777).toBe(0o644);
  });

  it('a folder that is missing: ANSWERS_FILE_UNWRITABLE with the OS reason, nothing left behind', () => {
    const target = join(folder, 'missing', 'saved.yaml');
    let error: unknown;
    try {
      saveAnswers(target, 'x: 1\n');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OutputError);
    expect({ code: (error as OutputError).code, params: (error as OutputError).params }).toEqual({ code: 'ANSWERS_FILE_UNWRITABLE', params: { path: target, reason: 'ENOENT' } });
    expect(readdirSync(folder)).toEqual([]);
  });
});
