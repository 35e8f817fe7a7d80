/**
 * The staging folder of a run (`<out>.staging-<pid>-<hex>`, beside --out) and what a later run
 * may remove of it when the run that made it was killed.
 *
 * Its first file is an intent: the list of files the run is about to write. A staging folder
 * has no manifest until its last step, so the intent is what lets a later run tell the tool's
 * own files from anything else: it removes exactly the listed files, the atomic writer's
 * temporary files beside them, the intent and the manifest, then the folders (rmdir). A staging
 * folder with anything else in it (a file nobody listed, a symlink, no intent at all) is left
 * where it is, and the run says so. The intent is removed just before the swap, so it never
 * reaches the output; from then on the manifest plays its part.
 */
import { basename, dirname, join } from 'node:path';
import { isTemporaryName, writeFileAtomic } from './atomic-file.ts';
import { inspectOutput } from './inspect-output.ts';
import { isSafeRelativePath, listedFolders, MANIFEST, TOOL } from './manifest.ts';
import { nodeOutputFs, type OutputFs } from './output-fs.ts';

export const INTENT = '.cmg-setup-staging.json';

export function writeStagingIntent(staging: string, files: readonly string[]): void {
  writeFileAtomic(join(staging, INTENT), `${JSON.stringify({ tool: TOOL, files }, null, 2)}\n`, { mode: 0o600 });
}

export interface OwnContent {
  files: string[];
  folders: string[];
}

function readIntent(staging: string, fs: OutputFs): string[] | undefined {
  const path = join(staging, INTENT);
  try {
    if (!fs.lstat(path).isFile()) return undefined;
    const value = JSON.parse(fs.readFile(path).toString('utf8')) as { tool?: unknown; files?: unknown };
    if (value.tool !== TOOL || !Array.isArray(value.files)) return undefined;
    const files = value.files as unknown[];
    return files.every((file): file is string => typeof file === 'string' && isSafeRelativePath(file)) ? files : undefined;
  } catch {
    return undefined;
  }
}

/** Everything in a dead run's staging folder, if all of it is the tool's own; undefined otherwise. */
export function stagingOwnContent(staging: string, fs: OutputFs = nodeOutputFs): OwnContent | undefined {
  const intended = readIntent(staging, fs);
  if (intended === undefined) {
    // Killed after the intent was removed, before the swap: a complete, unchanged output.
    const found = inspectOutput(staging, { deep: true, fs });
    if (found.state !== 'output') return undefined;
    const files = found.files.map((file) => file.path);
    return { files: [...files, MANIFEST], folders: [...listedFolders(files)] };
  }
  const allowed = new Set([...intended, MANIFEST, INTENT]);
  const folders = listedFolders(intended);
  const files: string[] = [];
  const isTemporaryOfAllowed = (relative: string) => {
    const folder = dirname(relative);
    const name = basename(relative);
    return [...allowed].some((file) => dirname(file) === folder && isTemporaryName(name, basename(file)));
  };
  const walk = (prefix: string): boolean => {
    for (const name of fs.readdir(prefix === '' ? staging : join(staging, ...prefix.split('/')))) {
      const relative = prefix === '' ? name : `${prefix}/${name}`;
      const facts = fs.lstat(join(staging, ...relative.split('/')));
      if (facts.isFile() && (allowed.has(relative) || isTemporaryOfAllowed(relative))) files.push(relative);
      else if (facts.isDirectory() && folders.has(relative)) {
        if (!walk(relative)) return false;
      } else return false;
    }
    return true;
  };
  try {
    return walk('') ? { files, folders: [...folders] } : undefined;
  } catch {
    return undefined;
  }
}
