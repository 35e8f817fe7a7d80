/**
 * manifest.json: the SHA-256 of every file of an output, written last as the "complete" marker
 * (reliability.md ), and the only evidence that a folder is this tool's to replace.
 */
import { createHash } from 'node:crypto';

export const MANIFEST = 'manifest.json';
export const TOOL = 'cmg-setup';

export interface ManifestInput {
  /** Relative, forward slashes. */
  path: string;
  content: string | Uint8Array;
  privateKey?: boolean;
}

/** A file an output's manifest lists. */
export interface ListedFile {
  path: string;
  sha256: string;
  privateKey: boolean;
}

export function sha256Of(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

export function renderManifest(files: readonly ManifestInput[], now: Date): string {
  const manifest = {
    schemaVersion: 1,
    tool: TOOL,
    createdAt: now.toISOString(),
    files: [...files]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((file) => ({
        path: file.path,
        sha256: sha256Of(file.content),
        bytes: typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.length,
        ...(file.privateKey ? { privateKey: true } : {}),
      })),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * A relative path that stays inside the folder: forward slashes, no empty, `.` or `..` segment,
 * no backslash or drive (a manifest is data anyone can write; it must not name a file elsewhere).
 */
export function isSafeRelativePath(path: string): boolean {
  if (path.length === 0 || path.length > 1024 || /[\\:\0]/.test(path)) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** The files a manifest lists, or undefined when it is not a manifest of this tool that can be trusted. */
export function parseManifest(text: string): ListedFile[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { tool, files } = value as { tool?: unknown; files?: unknown };
  if (tool !== TOOL || !Array.isArray(files)) return undefined;
  const listed: ListedFile[] = [];
  const seen = new Set<string>();
  for (const file of files as unknown[]) {
    if (typeof file !== 'object' || file === null) return undefined;
    const { path, sha256, privateKey } = file as { path?: unknown; sha256?: unknown; privateKey?: unknown };
    if (typeof path !== 'string' || !isSafeRelativePath(path) || path === MANIFEST || seen.has(path)) return undefined;
    if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) return undefined;
    seen.add(path);
    listed.push({ path, sha256, privateKey: privateKey === true });
  }
  return listed;
}

/** Every folder that holds a listed file, below the root (`a`, `a/b` for `a/b/c.txt`). */
export function listedFolders(paths: readonly string[]): Set<string> {
  const folders = new Set<string>();
  for (const path of paths) {
    const segments = path.split('/');
    for (let depth = 1; depth < segments.length; depth += 1) folders.add(segments.slice(0, depth).join('/'));
  }
  return folders;
}
