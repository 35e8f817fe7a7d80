import path, { posix, win32, type PlatformPath } from 'node:path';
import type { ScriptPath } from '../model/step.ts';

/** Unit tests and callers that know no folders: the path exactly as given. */
export const AS_GIVEN: ScriptPath = (path) => path;

/** A Windows absolute path (`C:\…`, `C:/…`, `\\server\share\…`) on any platform: win32.isAbsolute alone also takes a POSIX `/path`. */
export function isWindowsAbsolute(given: string): boolean {
  return win32.isAbsolute(given) && !posix.isAbsolute(given);
}

/**
 * A Windows absolute path where the platform cannot resolve it (an answers file written for
 * Windows, read on Linux): kept as written. On Windows the same path is a real one, located like
 * any other (issue 16: under Windows, the lab PKI of --example, at `C:\…\00-lab-pki`, was kept
 * absolute, and the output differed from Linux's).
 */
export function isForeignAbsolute(given: string, platform: PlatformPath = path): boolean {
  return isWindowsAbsolute(given) && !platform.isAbsolute(given);
}

/**
 * Where a path read from `cwd` lies: its absolute form, and its path from `folder` when it is
 * inside that folder (absent when it is outside, or on another drive), with the platform's separators.
 */
export function locate(given: string, cwd: string, folder: string, platform: PlatformPath = path): { absolute: string; inside?: string } {
  const absolute = platform.resolve(cwd, given);
  const fromFolder = platform.relative(platform.resolve(folder), absolute);
  const inside = fromFolder !== '' && fromFolder !== '..' && !fromFolder.startsWith(`..${platform.sep}`) && !platform.isAbsolute(fromFolder);
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
 * A Windows absolute path (`C:\…`, `\\server\share\…`) stays as given where the platform cannot
 * resolve it; on Windows it is located like any other path.
 */
export function scriptPaths(base: { cwd: string; out: string }, platform: PlatformPath = path): ScriptPath {
  const out = platform.resolve(base.out);
  return (given, folder) => {
    if (isForeignAbsolute(given, platform)) return given;
    const { absolute, inside } = locate(given, base.cwd, out, platform);
    return inside !== undefined ? platform.relative(platform.join(out, folder), absolute).split(platform.sep).join('\\') : absolute;
  };
}
