/**
 * The one way cmg-setup reads a file the admin names (answers file, secret file, certificate):
 * only a regular file, only up to a size cap, and never in a way that can block.
 *
 * A named pipe (FIFO) with no writer blocks open(2) for reading until a writer comes, possibly
 * forever; a device such as /dev/zero never ends. A blocked synchronous call holds the main
 * thread, so no SIGINT/SIGTERM handler can run; a blocked fs/promises call holds a libuv
 * thread, which process.exit() then waits for (both seen in issue 9). Hence: stat first, so a
 * pipe or device is refused without being opened (opening some devices has effects of its own);
 * open with O_NONBLOCK, so that even a path swapped for a FIFO after the stat opens at once
 * (open(2): "O_NONBLOCK ... the open() for reading-only returns without delay"); fstat the
 * descriptor, which is what is read; refuse a size over the cap before reading a byte.
 *
 * Symbolic links are followed: an admin may point at the current certificate through a link.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';

export type FileRead =
  | { ok: true; bytes: Buffer }
  /** Nothing at the path (ENOENT, ENOTDIR, a name too long or with a NUL: what a mistyped value gives). */
  | { ok: false; reason: 'missing'; errno: string }
  /** A folder, a FIFO, a socket or a device. */
  | { ok: false; reason: 'not-a-file' }
  /** Bigger than the caller's cap: `size` is the file's size when it is known, else cap + 1. */
  | { ok: false; reason: 'too-large'; size: number }
  /** It exists but cannot be read (EACCES, ELOOP, EIO...). */
  | { ok: false; reason: 'unreadable'; errno: string };

/** Windows has no O_NONBLOCK (fs.constants leaves it undefined) and no FIFOs at ordinary paths. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Errors that mean "no such file": Node refuses a path with a NUL itself (ERR_INVALID_ARG_VALUE). */
const MISSING = new Set(['ENOENT', 'ENOTDIR', 'ENAMETOOLONG', 'ERR_INVALID_ARG_VALUE']);

function failure(error: unknown): FileRead {
  const errno = (error as NodeJS.ErrnoException).code ?? 'unknown';
  return MISSING.has(errno) ? { ok: false, reason: 'missing', errno } : { ok: false, reason: 'unreadable', errno };
}

/** Reads the regular file at `path`, at most `maxBytes` of it; any other outcome is a reason, never a throw. */
export function readRegularFile(path: string, maxBytes: number): FileRead {
  let fd: number;
  try {
    if (!statSync(path).isFile()) return { ok: false, reason: 'not-a-file' };
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return failure(error);
  }
  try {
    // The path may have been replaced between the stat and the open: the descriptor decides.
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, reason: 'not-a-file' };
    if (stats.size > maxBytes) return { ok: false, reason: 'too-large', size: stats.size };
    // cap + 1 bytes, whatever the size said: a file that grows (or a /proc file that reports 0)
    // is still read to its end or refused, never truncated silently.
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const count = readSync(fd, buffer, length, buffer.length - length, null);
      if (count === 0) break;
      length += count;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) return { ok: false, reason: 'too-large', size: length };
    // A copy of the exact length: a view would keep (and a worker message would clone) the whole buffer.
    return { ok: true, bytes: Buffer.from(buffer.subarray(0, length)) };
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(fd);
  }
}
