import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputError } from '../errors.ts';
import { sha256 } from '../wizard/plan-document.ts';
import { renameWithRetry } from './rename.ts';

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
}

const MANIFEST = 'manifest.json';

/**
 * A test-only hook (CMG_SETUP_FAULT=after-file:<n>|before-manifest|before-swap|during-swap) to
 * prove that a failure at any point leaves no half output and the earlier output intact.
 */
function faultPoint(env: NodeJS.ProcessEnv, point: string): void {
  if (env.CMG_SETUP_FAULT === point) throw new Error(`injected fault at ${point}`);
}

function existingState(target: string): 'absent' | 'empty' | 'complete' | 'incomplete' {
  let stat;
  try {
    stat = lstatSync(target);
  } catch {
    return 'absent';
  }
  if (!stat.isDirectory()) throw new OutputError('OUTPUT_NOT_DIRECTORY', { path: target });
  const entries = readdirSync(target);
  if (entries.length === 0) return 'empty';
  return entries.includes(MANIFEST) ? 'complete' : 'incomplete';
}

/**
 * Fails early, before any question is asked or key made, when the output folder is in the way;
 * writeOutput checks again at the end (the folder may appear in between).
 */
export function assertOutputFree(out: string, force: boolean): void {
  const target = resolve(out);
  const state = existingState(target);
  if ((state === 'complete' || state === 'incomplete') && !force) throw new OutputError('OUTPUT_EXISTS', { path: target, complete: state === 'complete' ? 'yes' : 'no' });
}

/** Key files an earlier complete output recorded in its manifest. */
function previousKeyFiles(target: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(join(target, MANIFEST), 'utf8')) as { files?: Array<{ path?: unknown; privateKey?: unknown }> };
    return (manifest.files ?? []).filter((file) => file.privateKey === true && typeof file.path === 'string').map((file) => join(target, file.path as string));
  } catch {
    return [];
  }
}

/**
 * Born with its final mode (never created wider and chmod-ed later), written, flushed to disk,
 * then renamed into place: a reader sees the whole file or none of it.
 */
function writeAtomically(path: string, content: string | Uint8Array, mode: number): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const descriptor = openSync(temporary, 'wx', mode);
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(descriptor, bytes, offset, bytes.length - offset);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  // open()'s mode passes through the umask; chmod does not, so the mode is exact either way.
  chmodSync(temporary, mode);
  renameWithRetry(temporary, path);
}

/** Creates a folder inside the staging folder with an exact mode (mkdir's mode passes through the umask). */
function ensureFolder(path: string, mode: number): void {
  mkdirSync(path, { mode });
  chmodSync(path, mode);
}

function ensureFolders(staging: string, relative: string, mode: number): void {
  let current = staging;
  for (const segment of relative.split('/')) {
    current = join(current, segment);
    if (!existsSync(current)) ensureFolder(current, mode);
  }
}

/**
 * Writes the whole output into a staging folder beside the target (same volume), with
 * manifest.json last as the "complete" marker, then swaps it into place. An earlier output is
 * replaced only with --force; on any failure the staging folder is removed and the earlier
 * output is untouched.
 */
export function writeOutput(options: { out: string; files: readonly OutputFile[]; force: boolean; now: Date; env?: NodeJS.ProcessEnv }): WriteResult {
  const env = options.env ?? {};
  const target = resolve(options.out);
  assertOutputFree(target, options.force);
  const state = existingState(target);
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = `${target}.staging-${suffix}`;
  const keyFolders = new Set(options.files.filter((file) => file.privateKey).map((file) => dirname(file.path)));
  const retired = `${target}.old-${suffix}`;
  let replacedKeyFiles: string[] = [];
  try {
    // The parent is the admin's folder: create it if needed, never change its mode.
    mkdirSync(dirname(target), { recursive: true });
    mkdirSync(staging, { mode: 0o700 });
    let count = 0;
    for (const file of options.files) {
      const destination = join(staging, file.path);
      const folder = dirname(file.path);
      if (folder !== '.') ensureFolders(staging, folder, keyFolders.has(folder) ? 0o700 : 0o755);
      writeAtomically(destination, file.content, file.privateKey ? 0o600 : 0o644);
      count += 1;
      faultPoint(env, `after-file:${count}`);
    }
    faultPoint(env, 'before-manifest');
    const manifest = {
      schemaVersion: 1,
      tool: 'cmg-setup',
      createdAt: options.now.toISOString(),
      files: [...options.files]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((file) => ({
          path: file.path,
          sha256: sha256(file.content),
          bytes: typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.length,
          ...(file.privateKey ? { privateKey: true } : {}),
        })),
    };
    writeAtomically(join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, 0o644);
    // The staging folder was created 0700 so half-written keys were never readable; the
    // finished output is an ordinary folder.
    chmodSync(staging, keyFolders.has('.') ? 0o700 : 0o755);
    faultPoint(env, 'before-swap');
    if (state === 'absent') {
      renameWithRetry(staging, target);
    } else {
      replacedKeyFiles = previousKeyFiles(target);
      renameWithRetry(target, retired);
      faultPoint(env, 'during-swap');
      renameWithRetry(staging, target);
      rmSync(retired, { recursive: true, force: true });
    }
  } catch (error) {
    // Put the earlier output back if the swap stopped halfway.
    if (existsSync(retired) && !existsSync(target)) renameWithRetry(retired, target);
    rmSync(staging, { recursive: true, force: true });
    if (error instanceof OutputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new OutputError('OUTPUT_WRITE_FAILED', { path: (error as NodeJS.ErrnoException).path ?? target, reason: code, out: target });
  }
  return { path: target, files: options.files.length + 1, replacedKeyFiles };
}

/** Files into a folder this run owns already (a private temporary folder): atomic, exact modes. */
export function writeIntoFolder(folder: string, files: readonly OutputFile[]): void {
  for (const file of files) writeAtomically(join(folder, file.path), file.content, file.privateKey ? 0o600 : 0o644);
}
