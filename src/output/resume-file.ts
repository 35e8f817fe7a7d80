/**
 * The resume state file (issue 14): the answers of an interview that did not finish, kept beside
 * --out as `<out>.resume.yaml`. A sibling, never inside --out, which is written whole and which
 * --force may replace. It holds no secret (only where each comes from), yet it names the
 * admin's servers and tenant: it is born 0600, like --out's private files. It is written by the
 * one atomic writer and removed only when its first line says cmg-setup wrote it (DESIGN.md
 * rule 6): a file of anyone else's at that name is neither replaced nor deleted.
 */
import { closeSync, lstatSync, openSync, readSync, unlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { OutputError } from '../model/errors.ts';
import { writeFileAtomic } from './atomic-file.ts';
import { reasonOf } from './output-fs.ts';

/** The first line of every state file cmg-setup writes, and how it knows one of its own. */
export const RESUME_STATE_MARKER = '# cmg-setup resume state';

/** `./cmg-setup-output` → `<abs>/cmg-setup-output.resume.yaml` (a trailing slash makes no difference). */
export function resumeStatePath(out: string): string {
  return `${resolve(out)}.resume.yaml`;
}

export type StateFileFacts = { kind: 'absent' } | { kind: 'ours'; savedAt: Date } | { kind: 'foreign' };

/** Whether something is at the state path, and whether it is a state file of cmg-setup (read without following a link). */
export function stateFileFacts(path: string): StateFileFacts {
  let stat;
  try {
    stat = lstatSync(path);
  } catch (error) {
    // Nothing there (a folder above it missing or a file counts as nothing); anything else unseen is not known to be ours.
    return ['ENOENT', 'ENOTDIR'].includes(reasonOf(error)) ? { kind: 'absent' } : { kind: 'foreign' };
  }
  if (!stat.isFile()) return { kind: 'foreign' };
  const head = Buffer.alloc(RESUME_STATE_MARKER.length);
  let read = 0;
  try {
    const descriptor = openSync(path, 'r');
    try {
      read = readSync(descriptor, head, 0, head.length, 0);
    } finally {
      closeSync(descriptor);
    }
  } catch {
    return { kind: 'foreign' };
  }
  return read === head.length && head.toString('utf8') === RESUME_STATE_MARKER ? { kind: 'ours', savedAt: stat.mtime } : { kind: 'foreign' };
}

/** Writes (or replaces) the state; refuses a path that holds anything but a state of ours. */
export function writeResumeState(path: string, content: string): void {
  if (!content.startsWith(`${RESUME_STATE_MARKER}`)) throw new Error('a resume state starts with its marker line');
  if (stateFileFacts(path).kind === 'foreign') throw new OutputError('RESUME_STATE_FOREIGN', { path });
  writeFileAtomic(path, content, { mode: 0o600 });
}

/** Removes the state if it is one of ours; returns whether a file was removed. */
export function removeResumeState(path: string): boolean {
  if (stateFileFacts(path).kind !== 'ours') return false;
  try {
    unlinkSync(path);
    return true;
  } catch {
    return false;
  }
}
