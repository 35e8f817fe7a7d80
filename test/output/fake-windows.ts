/** A fake whoami and icacls for the Windows path on any OS: records each call, with what the path held at that moment. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { ownerOnly } from '../../src/output/owner-only.ts';
import type { ProgramResult, ProgramRunner } from '../../src/output/run-program.ts';

/** What the commands pass on Linux, where the tests run: the modes alone (no program is run). */
export const POSIX_OWNER_ONLY = ownerOnly({
  platform: 'linux',
  env: {},
  run: () => {
    throw new Error('no program runs on POSIX');
  },
});

export const SID = 'S-1-5-21-1004336348-1177238915-682003330-1104';
export const WHOAMI = 'C:\\Windows\\System32\\whoami.exe';
export const ICACLS = 'C:\\Windows\\System32\\icacls.exe';

export interface Call {
  program: string;
  args: readonly string[];
  timeoutMs: number;
  /** For icacls: the target's state when icacls ran (a file's size, a folder's entries). */
  seen?: { bytes: number } | { entries: string[] };
}

export function fakeWindows(options: { icacls?: (call: Call, index: number) => ProgramResult | undefined } = {}): { run: ProgramRunner; calls: Call[] } {
  const calls: Call[] = [];
  const run: ProgramRunner = (program, args, timeoutMs) => {
    const call: Call = { program, args: [...args], timeoutMs };
    calls.push(call);
    if (program === WHOAMI) return { status: 0, stdout: `"CONTOSO\\admin","${SID}"\r\n`, stderr: '' };
    const target = args[0] ?? '';
    if (existsSync(target)) call.seen = statSync(target).isDirectory() ? { entries: readdirSync(target) } : { bytes: statSync(target).size };
    const icaclsCalls = calls.filter((each) => each.program === ICACLS).length - 1;
    return options.icacls?.(call, icaclsCalls) ?? { status: 0, stdout: `processed file: ${target}\r\nSuccessfully processed 1 files; Failed processing 0 files\r\n`, stderr: '' };
  };
  return { run, calls };
}
