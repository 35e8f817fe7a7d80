/** Test helpers: a whole folder as data, to prove "byte-identical" and "nothing left behind". */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface Entry {
  type: 'file' | 'dir' | 'other';
  /** Permission bits (mode & 0o777). */
  mode: number;
  /** Files only. */
  sha256?: string;
  bytes?: number;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every entry below `root` (not `root` itself), by relative path with forward slashes, sorted. */
export function snapshotTree(root: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const stat = lstatSync(path);
      const key = relative(root, path).split(sep).join('/');
      const mode = stat.mode & 0o777;
      if (stat.isDirectory()) {
        entries.set(key, { type: 'dir', mode });
        walk(path);
      } else if (stat.isFile()) {
        const bytes = readFileSync(path);
        entries.set(key, { type: 'file', mode, sha256: sha256(bytes), bytes: bytes.length });
      } else {
        entries.set(key, { type: 'other', mode });
      }
    }
  };
  walk(root);
  return entries;
}

/** Relative paths of the files only, sorted. */
export function filesOf(tree: ReadonlyMap<string, Entry>): string[] {
  return [...tree].filter(([, entry]) => entry.type === 'file').map(([path]) => path);
}

/** Every path below `root` whose last segment matches. */
export function findNames(root: string, test: (name: string) => boolean): string[] {
  return [...snapshotTree(root).keys()].filter((path) => test(path.split('/').at(-1) ?? ''));
}

export interface ManifestEntry {
  path: string;
  sha256: string;
  bytes: number;
  privateKey?: true;
}

export interface Manifest {
  schemaVersion: number;
  tool: string;
  createdAt: string;
  files: ManifestEntry[];
}

export function readManifest(root: string): Manifest {
  return JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
}
