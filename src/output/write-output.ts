import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { OutputError } from '../model/errors.ts';
import { writeFileAtomic, type AtomicWriteOptions } from './atomic-file.ts';
import type { Inspection } from './inspect-output.ts';
import { listedFolders, MANIFEST, renderManifest } from './manifest.ts';
import { reasonOf } from './output-fs.ts';
import { assertOutputFree } from './output-free.ts';
import type { OwnerOnly } from './owner-only.ts';
import { removeOwn } from './remove-own.ts';
import { renameWithRetry } from './rename.ts';
import { retireOutput } from './retire.ts';
import { INTENT, writeStagingIntent } from './staging.ts';

export { assertOutputFree } from './output-free.ts';

export interface OutputFile {
  /** Relative, forward slashes. */
  path: string;
  content: string | Uint8Array;
  privateKey?: boolean;
}

export interface WriteResult {
  path: string;
  files: number;
  /** Key files of an earlier output that --force replaced (said aloud, never silently). */
  replacedKeyFiles: string[];
  /**
   * The earlier output, moved aside by the swap but not deleted because something the tool did
   * not write appeared in it meanwhile (said aloud, with its path).
   */
  retiredKept?: string;
}

/**
 * A test-only hook (CMG_SETUP_FAULT=after-file:<n>|before-manifest|before-swap|during-swap) to
 * prove that a failure at any point leaves no half output and the earlier output intact. With
 * `:kill` appended (during-swap:kill) the process dies there at once, no catch block or exit
 * handler running, as on a power cut: what the next run must repair (leftovers.ts).
 */
function faultPoint(env: NodeJS.ProcessEnv, point: string): void {
  if (env.CMG_SETUP_FAULT === `${point}:kill`) process.kill(process.pid, 'SIGKILL');
  if (env.CMG_SETUP_FAULT === point) throw new Error(`injected fault at ${point}`);
}

/** Creates a folder with an exact mode (mkdir's mode passes through the umask). */
function createFolder(path: string, mode: number): void {
  mkdirSync(path, { mode });
  chmodSync(path, mode);
}

/**
 * The parent is the admin's folder: created if needed, its mode never changed. The staging
 * folder is born 0700 so half-written keys are never readable. Failing here, nothing was made.
 */
function createStaging(target: string, staging: string): void {
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (error) {
    throw new OutputError('OUTPUT_UNWRITABLE', { path: target, at: dirname(target), reason: reasonOf(error) });
  }
  try {
    createFolder(staging, 0o700);
  } catch (error) {
    throw new OutputError('OUTPUT_UNWRITABLE', { path: target, at: dirname(target), reason: reasonOf(error) });
  }
}

/** A file's mode, and for a private key its restriction before the key bytes are written (`shown`: its final path). */
function fileOptions(file: OutputFile, shown: string, ownerOnly: OwnerOnly): AtomicWriteOptions {
  if (!file.privateKey) return { mode: 0o644 };
  return { mode: 0o600, beforeContent: (temporary) => ownerOnly.file(temporary, shown) };
}

/** Key files an earlier output recorded in its manifest. */
function keyFilesOf(found: Inspection, target: string): string[] {
  return found.state === 'output' ? found.files.filter((file) => file.privateKey).map((file) => join(target, file.path)) : [];
}

/**
 * Writes the whole output into a staging folder beside the target (same volume), with
 * manifest.json last as the "complete" marker, then swaps it into place. An earlier output is
 * replaced only with --force and only if it is the tool's own (output-free.ts); on any failure
 * the files this run staged are removed and the earlier output is untouched.
 */
/**
 * `ownerOnly`: how key files are kept to the current user where a mode does not (Windows): the
 * command's own (cli/key-access.ts), never guessed here from the process.
 */
export function writeOutput(options: { out: string; files: readonly OutputFile[]; force: boolean; now: Date; env?: NodeJS.ProcessEnv; ownerOnly: OwnerOnly }): WriteResult {
  const env = options.env ?? {};
  const { ownerOnly } = options;
  const target = resolve(options.out);
  const found = assertOutputFree(target, options.force);
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = `${target}.staging-${suffix}`;
  const retired = `${target}.old-${suffix}`;
  const keyFolders = new Set(options.files.filter((file) => file.privateKey).map((file) => dirname(file.path)));
  const folders = [...listedFolders(options.files.map((file) => file.path))];
  createStaging(target, staging);
  let moved = false;
  try {
    // Windows: each folder that holds a key is restricted while still empty (owner-only.ts), as 0700 does on POSIX.
    if (keyFolders.has('.')) ownerOnly.folder(staging, target);
    writeStagingIntent(staging, options.files.map((file) => file.path));
    for (const folder of folders.sort()) {
      createFolder(join(staging, folder), keyFolders.has(folder) ? 0o700 : 0o755);
      if (keyFolders.has(folder)) ownerOnly.folder(join(staging, folder), join(target, folder));
    }
    let count = 0;
    for (const file of options.files) {
      writeFileAtomic(join(staging, file.path), file.content, fileOptions(file, join(target, file.path), ownerOnly));
      count += 1;
      faultPoint(env, `after-file:${count}`);
    }
    faultPoint(env, 'before-manifest');
    writeFileAtomic(join(staging, MANIFEST), renderManifest(options.files, options.now), { mode: 0o644 });
    unlinkSync(join(staging, INTENT));
    // The finished output is an ordinary folder, unless keys sit at its top.
    chmodSync(staging, keyFolders.has('.') ? 0o700 : 0o755);
    faultPoint(env, 'before-swap');
    if (found.state !== 'absent') {
      renameWithRetry(target, retired);
      moved = true;
      faultPoint(env, 'during-swap');
    }
    renameWithRetry(staging, target);
  } catch (error) {
    // Put the earlier output back if the swap stopped halfway.
    try {
      if (moved && !existsSync(target)) renameWithRetry(retired, target);
    } catch {
      // The .old- copy is intact beside --out, and the next run restores it (leftovers.ts).
    }
    removeOwn(staging, { files: [...options.files.map((file) => file.path), MANIFEST, INTENT], folders });
    if (error instanceof OutputError) throw error;
    throw new OutputError('OUTPUT_WRITE_FAILED', { path: (error as NodeJS.ErrnoException).path ?? target, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message, out: target });
  }
  const result: WriteResult = { path: target, files: options.files.length + 1, replacedKeyFiles: keyFilesOf(found, target) };
  if (moved && !retireOutput(retired, found)) result.retiredKept = retired;
  return result;
}

/**
 * Files into a folder this run owns already and just made (a private temporary folder): atomic,
 * exact modes; on Windows the folder and the key files restricted to the current user first.
 */
export function writeIntoFolder(folder: string, files: readonly OutputFile[], ownerOnly: OwnerOnly): void {
  if (files.some((file) => file.privateKey)) ownerOnly.folder(folder);
  for (const file of files) writeFileAtomic(join(folder, file.path), file.content, fileOptions(file, join(folder, file.path), ownerOnly));
}
