/**
 * What an existing --out holds, judged against its manifest: the rule that decides whether
 * --force may replace it. DESIGN.md rule 6: "Nothing the tool did not write is ever deleted", so
 * a folder is the tool's to replace only if it is empty, or holds a manifest.json of cmg-setup,
 * every file that manifest lists still a regular file with the SHA-256 it recorded (an edited
 * file is the admin's work), and nothing else besides the folders that hold listed files.
 * Symlinks are never followed; a folder that is not the tool's is never entered.
 */
import { join } from 'node:path';
import { OutputError } from '../model/errors.ts';
import { listedFolders, MANIFEST, parseManifest, sha256Of, type ListedFile } from './manifest.ts';
import { nodeOutputFs, reasonOf, type OutputFs } from './output-fs.ts';

export type Inspection =
  | { state: 'absent' }
  | { state: 'empty' }
  /** An earlier, unchanged output of this tool: --force may replace it. */
  | { state: 'output'; files: ListedFile[] }
  /**
   * Anything else. `unexpected`: entries no manifest lists (a folder as `name/`, not entered);
   * `changed`: listed files edited, or replaced by a folder or a symlink. Both sorted, relative,
   * forward slashes; both empty when only a shallow look was asked for.
   */
  | { state: 'other'; manifestFile: boolean; unexpected: string[]; changed: string[] };

function unreadable(path: string, error: unknown): OutputError {
  return new OutputError('OUTPUT_UNREADABLE', { path, reason: reasonOf(error) });
}

function guarded<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw unreadable(path, error);
  }
}

/** The names in --out, or undefined when it does not exist (or its path runs through a file: the write check names that). */
function namesIn(target: string, fs: OutputFs): string[] | undefined {
  let facts;
  try {
    facts = fs.lstat(target);
  } catch (error) {
    const reason = reasonOf(error);
    if (reason === 'ENOENT' || reason === 'ENOTDIR') return undefined;
    throw unreadable(target, error);
  }
  if (!facts.isDirectory()) throw new OutputError('OUTPUT_NOT_DIRECTORY', { path: target });
  return guarded(target, () => fs.readdir(target));
}

/** The manifest's list, if manifest.json is a regular file of this tool that can be trusted. */
function listedFiles(root: string, fs: OutputFs): ListedFile[] | undefined {
  const path = join(root, MANIFEST);
  if (!guarded(path, () => fs.lstat(path)).isFile()) return undefined;
  return parseManifest(guarded(path, () => fs.readFile(path)).toString('utf8'));
}

/**
 * `deep: false` (no --force) only tells empty from not; `deep: true` checks every entry against
 * the manifest, hashing the listed files.
 */
export function inspectOutput(target: string, options: { deep: boolean; fs?: OutputFs }): Inspection {
  const fs = options.fs ?? nodeOutputFs;
  const names = namesIn(target, fs);
  if (names === undefined) return { state: 'absent' };
  if (names.length === 0) return { state: 'empty' };
  const manifestFile = names.includes(MANIFEST);
  if (!options.deep) return { state: 'other', manifestFile, unexpected: [], changed: [] };

  const label = (relative: string, path: string) => (guarded(path, () => fs.lstat(path)).isDirectory() ? `${relative}/` : relative);
  const listed = manifestFile ? listedFiles(target, fs) : undefined;
  if (!listed) return { state: 'other', manifestFile, unexpected: names.map((name) => label(name, join(target, name))).sort(), changed: [] };

  const byPath = new Map(listed.map((file) => [file.path, file]));
  const folders = listedFolders(listed.map((file) => file.path));
  const unexpected: string[] = [];
  const changed: string[] = [];
  const walk = (prefix: string, entries: readonly string[]): void => {
    for (const name of entries) {
      const relative = prefix === '' ? name : `${prefix}/${name}`;
      if (relative === MANIFEST) continue;
      const path = join(target, ...relative.split('/'));
      const facts = guarded(path, () => fs.lstat(path));
      const file = byPath.get(relative);
      if (file) {
        if (!facts.isFile()) changed.push(facts.isDirectory() ? `${relative}/` : relative);
        else if (sha256Of(guarded(path, () => fs.readFile(path))) !== file.sha256) changed.push(relative);
      } else if (folders.has(relative) && facts.isDirectory()) {
        walk(relative, guarded(path, () => fs.readdir(path)));
      } else {
        unexpected.push(facts.isDirectory() ? `${relative}/` : relative);
      }
    }
  };
  walk('', names);
  if (unexpected.length === 0 && changed.length === 0) return { state: 'output', files: listed };
  return { state: 'other', manifestFile, unexpected: unexpected.sort(), changed: changed.sort() };
}
