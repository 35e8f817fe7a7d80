/**
 * Private key files readable by the current user alone, on Windows too (issue 16).
 *
 * On POSIX the mode does it (0600 files, 0700 folders: atomic-file.ts, write-output.ts). On
 * Windows Node's mode bits mean nothing to other users: a new file takes the access list its
 * folder passes on, and under C:\ that lets every user read it. So each key's folder and each key
 * file get an access list that grants the current user alone, with icacls
 * (https://learn.microsoft.com/windows-server/administration/windows-commands/icacls):
 *
 *   icacls <folder> /inheritance:r /grant:r *<SID>:(OI)(CI)F
 *   icacls <file>   /inheritance:r /grant:r *<SID>:F
 *
 * /inheritance:r drops the entries inherited from the parent (and protects the list from them),
 * /grant:r leaves one explicit entry, full control for the user's SID (windows-user.ts; under Wine,
 * whose whoami prints no SID, the account's name); (OI)(CI)
 * pass it on to what is created in the folder.
 *
 * Why both, and when. The folder is restricted while it is still empty, before any file is made
 * in it: a file is then born with the user's entry alone, so no other user can open it even empty
 * (an access list is checked when a file is opened, and a handle opened before a change keeps its
 * access). The file is restricted while it is still empty too, before its key bytes are written:
 * its own protected list travels with it when it is moved (the staging folder renamed to --out,
 * or the admin moving the key), where inherited entries would follow the new folder.
 *
 * If it cannot be done (whoami or icacls missing, refused, a volume that keeps no access lists,
 * a hang), the run fails there, before the key bytes exist: the output is written whole or not
 * at all (write-output.ts), so nothing is left readable and nothing needs reporting but the
 * failure, and the runbook can say as a fact that each key is readable by the admin alone. A key
 * written anyway could be read before anyone saw the warning, and could not be unread.
 */
import { win32 } from 'node:path';
import { OutputError } from '../model/errors.ts';
import type { ProgramResult, ProgramRunner } from './run-program.ts';
import { trusteeFromWhoami } from './windows-user.ts';

export interface OwnerOnly {
  /** A folder just created, still empty. `shown`: the path the admin is told about (its final place). */
  folder(path: string, shown?: string): void;
  /** A file just created, still empty: restricted before its content is written. */
  file(path: string, shown?: string): void;
}

export interface OwnerOnlyHost {
  platform: NodeJS.Platform;
  /** SystemRoot says where icacls.exe and whoami.exe are. */
  env: NodeJS.ProcessEnv;
  run: ProgramRunner;
}

/** icacls and whoami answer in well under a second; a minute means something is wrong. */
export const PROGRAM_TIMEOUT_MS = 60_000;

/** POSIX: the modes already say it (0600, 0700). */
const BY_MODE: OwnerOnly = { folder: () => {}, file: () => {} };


/** Why a program failed, in the error's words: `exit 5`, `ETIMEDOUT`, `ENOENT`. */
function failure(result: ProgramResult): string | undefined {
  if (result.error !== undefined) return result.error;
  return result.status === 0 ? undefined : `exit ${result.status ?? '?'}`;
}

/** The program's first line of output (its own reason, in the language of Windows), without control characters. */
function firstLine(result: ProgramResult): string {
  const line = `${result.stderr}\n${result.stdout}`.split(/\r?\n/).find((text) => text.trim() !== '') ?? '';
  return line.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim().slice(0, 200);
}

export function ownerOnly(host: OwnerOnlyHost): OwnerOnly {
  if (host.platform !== 'win32') return BY_MODE;
  // The System32 copies by full path: a program of the same name in the working folder or on PATH is never run.
  const system32 = win32.join(host.env.SystemRoot ?? host.env.windir ?? 'C:\\Windows', 'System32');
  const icacls = win32.join(system32, 'icacls.exe');
  const whoami = win32.join(system32, 'whoami.exe');
  const refuse = (shown: string, program: string, reason: string, result?: ProgramResult) =>
    new OutputError('KEY_ACCESS_NOT_RESTRICTED', { path: shown, program, reason, output: result ? firstLine(result) : '' });
  let sid: string | undefined;
  const currentUser = (shown: string): string => {
    if (sid !== undefined) return sid;
    const result = host.run(whoami, ['/user', '/fo', 'csv', '/nh'], PROGRAM_TIMEOUT_MS);
    const failed = failure(result);
    if (failed !== undefined) throw refuse(shown, 'whoami.exe', failed, result);
    const found = trusteeFromWhoami(result.stdout);
    if (found === undefined) throw refuse(shown, 'whoami.exe', 'no SID', result);
    sid = found;
    return sid;
  };
  const restrict = (path: string, shown: string, rights: string) => {
    const result = host.run(icacls, [path, '/inheritance:r', '/grant:r', `${currentUser(shown)}:${rights}`], PROGRAM_TIMEOUT_MS);
    const failed = failure(result);
    if (failed !== undefined) throw refuse(shown, 'icacls.exe', failed, result);
  };
  return {
    folder: (path, shown = path) => restrict(path, shown, '(OI)(CI)F'),
    file: (path, shown = path) => restrict(path, shown, 'F'),
  };
}
