import { isAbsolute, join, posix, relative, resolve, sep, win32 } from 'node:path';
import type { ScriptPath } from '../model/step.ts';

/** Unit tests and callers that know no folders: the path exactly as given. */
export const AS_GIVEN: ScriptPath = (path) => path;

/** A Windows absolute path (`C:\…`, `C:/…`, `\\server\share\…`) on any platform: win32.isAbsolute alone also takes a POSIX `/path`. */
export function isWindowsAbsolute(path: string): boolean {
  return win32.isAbsolute(path) && !posix.isAbsolute(path);
}

/**
 * Where a path read from `cwd` lies: its absolute form, and its path from `folder` when it is
 * inside that folder (absent when it is outside, or on another drive).
 */
export function locate(path: string, cwd: string, folder: string): { absolute: string; inside?: string } {
  const absolute = resolve(cwd, path);
  const fromFolder = relative(resolve(folder), absolute);
  const inside = fromFolder !== '' && fromFolder !== '..' && !fromFolder.startsWith(`..${sep}`) && !isAbsolute(fromFolder);
  return inside ? { absolute, inside: fromFolder } : { absolute };
}

/**
 * The scripts run on another machine, from another folder, and enter the site drive before they
 * touch a file (Push-Location 'P01:\'), where a relative path no longer finds it (issue 10). So a
 * script never names a file relative to where cmg-setup ran:
 * - a file inside the output folder (the lab PKI of --example) is named relative to the script,
 *   with backslashes (`..\00-lab-pki\LAB-ONLY-server.pfx`): copying the whole folder keeps it
 *   valid, and the script resolves it against $PSScriptRoot;
 * - any other file is named by its absolute path where cmg-setup read it (relative paths resolved
 *   against `cwd`, as the certificate checks resolved them), so it means the same file on that
 *   machine; elsewhere the admin copies it to the same path or passes the parameter.
 * A Windows absolute path (`C:\…`, `\\server\share\…`) stays as given on any platform.
 */
export function scriptPaths(base: { cwd: string; out: string }): ScriptPath {
  const out = resolve(base.out);
  return (path, folder) => {
    if (isWindowsAbsolute(path)) return path;
    const { absolute, inside } = locate(path, base.cwd, out);
    return inside !== undefined ? relative(join(out, folder), absolute).split(sep).join('\\') : absolute;
  };
}
