/**
 * Removing only what the tool wrote (DESIGN.md rule 6): the given files one by one, then the
 * given folders deepest first and the root, each with rmdir, never a recursive delete. Whatever
 * else is there (a file someone added, a symlink where a file was) keeps its folder in place.
 */
import { lstatSync, rmdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { reasonOf } from './output-fs.ts';

const at = (root: string, relative: string) => join(root, ...relative.split('/'));

/** true when the folder is gone (or was already). */
function removeFolder(path: string): boolean {
  try {
    rmdirSync(path);
    return true;
  } catch (error) {
    return reasonOf(error) === 'ENOENT';
  }
}

/**
 * `files` and `folders` are relative to `root`, with forward slashes. A listed file that is no
 * longer a regular file (a symlink, a folder) is not the tool's any more and is left. Returns
 * whether `root` itself is gone.
 */
export function removeOwn(root: string, own: { files: Iterable<string>; folders: Iterable<string> }): boolean {
  for (const file of own.files) {
    const path = at(root, file);
    try {
      if (lstatSync(path).isFile()) unlinkSync(path);
    } catch {
      // Gone already, or held (a Windows lock): the folder stays and the caller says so.
    }
  }
  const depth = (folder: string) => folder.split('/').length;
  for (const folder of [...own.folders].sort((a, b) => depth(b) - depth(a) || (a < b ? 1 : a > b ? -1 : 0))) removeFolder(at(root, folder));
  return removeFolder(root);
}
