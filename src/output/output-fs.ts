/**
 * The file-system reads that decide whether --out may be used or replaced, behind one small
 * interface: tests inject a failure (EACCES, EROFS) that a root test runner could not produce.
 */
import { accessSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';

export interface EntryFacts {
  isFile(): boolean;
  isDirectory(): boolean;
}

export interface OutputFs {
  /** Never follows a symlink. */
  lstat(path: string): EntryFacts;
  /** Follows symlinks: for the folders above --out, which may well be links. */
  stat(path: string): EntryFacts;
  readdir(path: string): string[];
  readFile(path: string): Buffer;
  access(path: string, mode: number): void;
}

export const nodeOutputFs: OutputFs = {
  lstat: (path) => lstatSync(path),
  stat: (path) => statSync(path),
  readdir: (path) => readdirSync(path),
  readFile: (path) => readFileSync(path),
  access: (path, mode) => accessSync(path, mode),
};

/** The OS reason of a failure (ENOENT, EACCES, EROFS...), for messages. */
export function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unknown';
}
