import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The real path of `path` as far as it exists (symlinks resolved), the missing rest appended as given. */
export function realPathSoFar(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync.native(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPathSoFar(parent), basename(absolute));
  }
}

/** Whether `path` is `folder` or lies below it, symlinks resolved (`--answers link/x` can point into --out). */
export function isInside(path: string, folder: string): boolean {
  const rest = relative(realPathSoFar(folder), realPathSoFar(path));
  return !isAbsolute(rest) && rest !== '..' && !rest.startsWith(`..${sep}`);
}
