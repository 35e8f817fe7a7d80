/**
 * `--save-answers <file>`: the answers of this run as a file the next run takes with --answers.
 * Written atomically (a temporary file beside it, then a rename), and never over an existing
 * file without --force: it may be the very answers file the admin keeps in source control.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputError } from '../errors.ts';

export function assertAnswersFileFree(path: string, force: boolean): void {
  if (!force && existsSync(path)) throw new OutputError('ANSWERS_FILE_EXISTS', { path: resolve(path) });
}

export function saveAnswers(path: string, content: string): string {
  const target = resolve(path);
  const staging = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(staging, content, { mode: 0o644 });
    renameSync(staging, target);
  } catch (cause) {
    rmSync(staging, { force: true });
    throw new OutputError('ANSWERS_FILE_UNWRITABLE', { path: target, reason: (cause as NodeJS.ErrnoException).code ?? 'unknown' });
  }
  return target;
}
