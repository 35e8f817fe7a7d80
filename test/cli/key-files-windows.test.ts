/**
 * The built binary as on Windows (issue 16), through a preload that makes process.platform win32
 * (test/support/as-windows.ts): `cert request` restricts the key's folder and the key file with
 * icacls before the key is written, and says where the key is; when icacls fails, or whoami and
 * icacls are missing (as they are on this OS), exit 2 with KEY_ACCESS_NOT_RESTRICTED and nothing
 * written.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asWindows } from '../support/as-windows.ts';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';

const SID = 'S-1-5-21-1-2-3-1001';
let cwd: string;
let work: string;
beforeAll(assertBuilt);
beforeEach(() => {
  cwd = freshDir('cmg-key-files-windows-');
  work = join(cwd, 'work');
  mkdirSync(work);
});
afterEach(() => {
  removeDir(cwd);
});

const request = (env: Record<string, string>) =>
  runCli(['cert', 'request', '--service-name', 'contosocmg.contoso.com', '--out', 'req', '--now', '2026-03-01T00:00:00Z'], { cwd: work, env, timeoutMs: 30_000 });

describe('cert request, built, as on Windows', () => {
  it('whoami, then icacls on the empty staging folder and on the empty key file; the key said with its path', async () => {
    const windows = asWindows(cwd, { programs: 'answer' });
    const result = await request(windows.env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const calls = windows.calls();
    expect(calls.map((call) => ({ file: call.file, options: [call.timeout, call.windowsHide, call.shell] }))).toEqual([
      { file: 'C:\\Windows\\System32\\whoami.exe', options: [60_000, true, false] },
      { file: 'C:\\Windows\\System32\\icacls.exe', options: [60_000, true, false] },
      { file: 'C:\\Windows\\System32\\icacls.exe', options: [60_000, true, false] },
    ]);
    expect(calls[0]!.args).toEqual(['/user', '/fo', 'csv', '/nh']);
    expect(calls[1]!.args).toEqual([expect.stringMatching(/\/req\.staging-\d+-[0-9a-f]{8}$/), '/inheritance:r', '/grant:r', `*${SID}:(OI)(CI)F`]);
    expect(calls[1]!.seen).toBe('folder');
    expect(calls[2]!.args).toEqual([expect.stringMatching(/\/\.contosocmg\.contoso\.com\.key\.[0-9a-f]{32}\.tmp$/), '/inheritance:r', '/grant:r', `*${SID}:F`]);
    expect(calls[2]!.seen).toBe(0);
    expect(result.stdout.split('\n')[1]).toBe(`Private key files, readable by your account alone (mode 0600; on Windows an access list that grants your account only): ${join(work, 'req', 'contosocmg.contoso.com.key')}`);
  });

  it.each([
    ['icacls exits 5', 'fail', 'icacls.exe failed (exit 5: Access is denied.)'],
    ['whoami and icacls missing', 'missing', 'whoami.exe failed (ENOENT)'],
  ] as const)('%s: exit 2, the reason on stderr, nothing written', async (_, programs, reason) => {
    const windows = asWindows(cwd, { programs });
    const result = await request(windows.env);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `cmg-setup: KEY_ACCESS_NOT_RESTRICTED: could not make ${join(work, 'req')} readable by your account alone: ${reason}. On Windows cmg-setup restricts each private key file with icacls before writing the key, so no key was written and nothing was changed: choose an --out on an NTFS volume where your account may change permissions.\n`,
    );
    expect(readdirSync(work)).toEqual([]);
  });
});
