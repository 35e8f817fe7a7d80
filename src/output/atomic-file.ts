/**
 * The one function that writes a file for cmg-setup: every output file, the manifest,
 * --save-answers, the example's temporary lab files.
 *
 * A temporary file beside the target is created exclusively (O_CREAT|O_EXCL, and O_NOFOLLOW where
 * the OS has it) under a random name, so a file or symlink planted at a guessable name can neither
 * redirect the write nor be truncated; it is born with its final mode (OpenSSH's
 * sshkey_save_private_blob), written, flushed, chmod-ed to the exact mode (open's mode passes
 * through the umask, chmod does not), then renamed over the target (write-file-atomic), so a
 * reader sees the whole file or none of it. On failure only that temporary file is removed.
 * Windows ignores the mode for other users: `beforeContent` restricts the empty file instead.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, fsyncSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { renameWithRetry } from './rename.ts';

export interface AtomicWriteOptions {
  /** Exact permission bits of the file (0o600 for private keys). */
  mode: number;
  /** Tests only: force the temporary name, to prove that whatever sits there is never followed or replaced. */
  temporaryName?: (name: string) => string;
  /**
   * Called with the temporary file's path once it exists and before a byte is written to it: a
   * private key's file is restricted to the current user there on Windows (owner-only.ts), so
   * the key never sits in a file others may open. If it throws, the empty file is removed.
   */
  beforeContent?: (temporary: string) => void;
}

/** `.<name>.<32 hex>.tmp`: 128 random bits, so no one can plant a file at the name in advance. */
export function temporaryName(name: string): string {
  return `.${name}.${randomBytes(16).toString('hex')}.tmp`;
}

/** Whether `entry` is a temporary file this writer makes for `name` (what a killed run may leave). */
export function isTemporaryName(entry: string, name: string): boolean {
  return entry.length === name.length + 38 && entry.startsWith(`.${name}.`) && /^\.[0-9a-f]{32}\.tmp$/.test(entry.slice(name.length + 1));
}

// O_NOFOLLOW is not defined on Windows; O_EXCL alone already refuses an existing symlink (POSIX open()).
const EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

export function writeFileAtomic(path: string, content: string | Uint8Array, options: AtomicWriteOptions): void {
  const temporary = join(dirname(path), (options.temporaryName ?? temporaryName)(basename(path)));
  // If this throws, nothing was created: whatever is at that name is someone else's, and stays.
  const descriptor = openSync(temporary, EXCLUSIVE, options.mode);
  try {
    try {
      options.beforeContent?.(temporary);
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(descriptor, bytes, offset, bytes.length - offset);
      fchmodSync(descriptor, options.mode);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameWithRetry(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already gone (or never renamed away): nothing of ours is left to remove.
    }
    throw error;
  }
}
