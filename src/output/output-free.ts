/**
 * Whether --out can take this run's output: checked before any question is asked or key made
 * (the admin should not type 40 answers to learn the folder is in the way), and again by
 * writeOutput at the end (the folder may have changed in between).
 */
import { constants } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { OutputError } from '../model/errors.ts';
import { inspectOutput, type Inspection } from './inspect-output.ts';
import { nodeOutputFs, reasonOf, type OutputFs } from './output-fs.ts';
import { isInside, realPathSoFar } from './paths.ts';

/** How many entries a refusal names; the count says how many there are in all. */
const NAMED = 5;

export interface OutputFreeOptions {
  fs?: OutputFs;
  /** The --answers file: inside a folder --force may not replace, it gets a message of its own. */
  answersFile?: string;
}

function unwritable(target: string, at: string, reason: string): OutputError {
  return new OutputError('OUTPUT_UNWRITABLE', { path: target, at, reason });
}

/**
 * The output is made beside --out (a staging folder, then renames), so the folder that must be
 * writable is --out's parent, or, when parents are still to be made, the nearest one that exists.
 * A path that runs through a regular file can never be made (ENOTDIR).
 */
function assertWritable(target: string, fs: OutputFs): void {
  let folder = dirname(target);
  for (;;) {
    let facts;
    try {
      facts = fs.stat(folder);
    } catch (error) {
      const reason = reasonOf(error);
      const parent = dirname(folder);
      if ((reason === 'ENOENT' || reason === 'ENOTDIR') && parent !== folder) {
        folder = parent;
        continue;
      }
      throw unwritable(target, folder, reason);
    }
    if (!facts.isDirectory()) throw unwritable(target, folder, 'ENOTDIR');
    try {
      fs.access(folder, constants.W_OK);
    } catch (error) {
      throw unwritable(target, folder, reasonOf(error));
    }
    return;
  }
}

function named(entries: readonly string[]): string {
  return entries.length > NAMED ? `${entries.slice(0, NAMED).join(', ')}, …` : entries.join(', ');
}

/** The answers file is one of the entries that stop --force (itself, or inside a foreign folder). */
function holdsAnswers(target: string, found: Extract<Inspection, { state: 'other' }>, answersFile: string | undefined): boolean {
  if (answersFile === undefined || !isInside(answersFile, target)) return false;
  const path = relative(realPathSoFar(target), realPathSoFar(answersFile)).split(sep).join('/');
  return found.changed.includes(path) || found.unexpected.some((entry) => entry === path || (entry.endsWith('/') && path.startsWith(entry)));
}

/** Throws the OutputError that says why --out cannot be used as asked; returns what is there. */
export function assertOutputFree(out: string, force: boolean, options: OutputFreeOptions = {}): Inspection {
  const fs = options.fs ?? nodeOutputFs;
  const target = resolve(out);
  const found = inspectOutput(target, { deep: force, fs });
  if (found.state === 'other') {
    if (!force) throw new OutputError('OUTPUT_EXISTS', { path: target, complete: found.manifestFile ? 'yes' : 'no' });
    if (holdsAnswers(target, found, options.answersFile)) throw new OutputError('OUTPUT_HOLDS_ANSWERS', { path: target, file: resolve(options.answersFile as string) });
    const blocking = [...found.unexpected, ...found.changed].sort();
    if (found.unexpected.length > 0) throw new OutputError('OUTPUT_FOREIGN', { path: target, count: blocking.length, entries: named(blocking) });
    throw new OutputError('OUTPUT_CHANGED', { path: target, count: blocking.length, entries: named(blocking) });
  }
  assertWritable(target, fs);
  return found;
}
