/**
 * `--save-answers <file>`: the answers of this run as a file the next run takes with --answers.
 * Written by the one atomic writer, and never over an existing file without --force: it may be
 * the very answers file the admin keeps in source control.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { OutputError } from '../model/errors.ts';
import { writeFileAtomic } from './atomic-file.ts';
import { isInside } from './paths.ts';

export function assertAnswersFileFree(path: string, force: boolean): void {
  if (!force && existsSync(path)) throw new OutputError('ANSWERS_FILE_EXISTS', { path: resolve(path) });
}

/**
 * A run writes --out as a whole and --force replaces it: a file saved inside it would be refused
 * as a stranger by the write at the end, or deleted by the next --force. The output holds its own
 * answers.yaml already.
 */
export function assertAnswersOutsideOutput(path: string, out: string): void {
  if (isInside(path, out)) throw new OutputError('ANSWERS_FILE_INSIDE_OUTPUT', { path: resolve(path), out: resolve(out) });
}

export function saveAnswers(path: string, content: string): string {
  const target = resolve(path);
  try {
    writeFileAtomic(target, content, { mode: 0o644 });
  } catch (cause) {
    throw new OutputError('ANSWERS_FILE_UNWRITABLE', { path: target, reason: (cause as NodeJS.ErrnoException).code ?? 'unknown' });
  }
  return target;
}
