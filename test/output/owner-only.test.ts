/**
 * Private key files on Windows (issue 16): the exact icacls and whoami command lines, the SID
 * asked once, and every way icacls can fail becoming KEY_ACCESS_NOT_RESTRICTED with what the
 * admin needs. Run on any OS: the platform and the program runner are injected.
 */
import { describe, expect, it } from 'vitest';
import { codeText } from '../../src/messages/i18n.ts';
import { OutputError } from '../../src/model/errors.ts';
import { ownerOnly, PROGRAM_TIMEOUT_MS } from '../../src/output/owner-only.ts';
import { sidFromWhoami, trusteeFromWhoami } from '../../src/output/windows-user.ts';
import { fakeWindows, ICACLS, SID, WHOAMI } from './fake-windows.ts';

function thrown(action: () => unknown): OutputError {
  try {
    action();
  } catch (error) {
    if (error instanceof OutputError) return error;
    throw error;
  }
  throw new Error('expected the call to throw');
}

describe('ownerOnly on POSIX: the modes do it, no program runs', () => {
  it.each(['linux', 'darwin', 'freebsd'] as const)('%s', (platform) => {
    const fake = fakeWindows();
    const guard = ownerOnly({ platform, env: {}, run: fake.run });
    guard.folder('/tmp/x');
    guard.file('/tmp/x/key');
    expect(fake.calls).toEqual([]);
  });
});

describe('ownerOnly on win32', () => {
  it('a folder: the SID from whoami, then icacls /inheritance:r /grant:r *SID:(OI)(CI)F, by full path, with a time-out', () => {
    const fake = fakeWindows();
    ownerOnly({ platform: 'win32', env: {}, run: fake.run }).folder('C:\\out.staging-1\\00-lab-pki');
    expect(fake.calls.map(({ program, args, timeoutMs }) => ({ program, args, timeoutMs }))).toEqual([
      { program: WHOAMI, args: ['/user', '/fo', 'csv', '/nh'], timeoutMs: PROGRAM_TIMEOUT_MS },
      { program: ICACLS, args: ['C:\\out.staging-1\\00-lab-pki', '/inheritance:r', '/grant:r', `*${SID}:(OI)(CI)F`], timeoutMs: PROGRAM_TIMEOUT_MS },
    ]);
  });

  it('a file: *SID:F (no inheritance flags on a file); whoami is asked once for the run', () => {
    const fake = fakeWindows();
    const guard = ownerOnly({ platform: 'win32', env: {}, run: fake.run });
    guard.file('C:\\out\\a.key');
    guard.file('C:\\out\\b.key');
    expect(fake.calls.map((call) => [call.program, ...call.args])).toEqual([
      [WHOAMI, '/user', '/fo', 'csv', '/nh'],
      [ICACLS, 'C:\\out\\a.key', '/inheritance:r', '/grant:r', `*${SID}:F`],
      [ICACLS, 'C:\\out\\b.key', '/inheritance:r', '/grant:r', `*${SID}:F`],
    ]);
  });

  it('the programs of SystemRoot (Windows installed elsewhere than C:\\Windows)', () => {
    const calls: string[] = [];
    ownerOnly({ platform: 'win32', env: { SystemRoot: 'D:\\WINNT' }, run: (program) => (calls.push(program), { status: 0, stdout: `"X\\y","${SID}"`, stderr: '' }) }).file('D:\\k');
    expect(calls).toEqual(['D:\\WINNT\\System32\\whoami.exe', 'D:\\WINNT\\System32\\icacls.exe']);
  });

  it.each([
    ['a non-zero exit', { status: 5, stdout: '', stderr: 'E:\\out\\a.key: Access is denied.\r\n' }, 'exit 5', 'E:\\out\\a.key: Access is denied.'],
    ['a time-out', { status: null, error: 'ETIMEDOUT', stdout: '', stderr: '' }, 'ETIMEDOUT', ''],
    ['icacls missing', { status: null, error: 'ENOENT', stdout: '', stderr: '' }, 'ENOENT', ''],
  ])('icacls fails (%s): KEY_ACCESS_NOT_RESTRICTED naming the final path, the program and why', (_, result, reason, output) => {
    const fake = fakeWindows({ icacls: () => result });
    const error = thrown(() => ownerOnly({ platform: 'win32', env: {}, run: fake.run }).file('C:\\out\\.a.key.0123.tmp', 'E:\\out\\a.key'));
    expect({ code: error.code, params: error.params }).toEqual({ code: 'KEY_ACCESS_NOT_RESTRICTED', params: { path: 'E:\\out\\a.key', program: 'icacls.exe', reason, output } });
  });

  it('whoami fails, or prints no SID: refused before icacls runs', () => {
    const failing = thrown(() => ownerOnly({ platform: 'win32', env: {}, run: () => ({ status: 1, stdout: '', stderr: 'ERROR: boom\u001b[31m' }) }).file('C:\\k'));
    expect(failing.params).toEqual({ path: 'C:\\k', program: 'whoami.exe', reason: 'exit 1', output: 'ERROR: boom[31m' });
    const programs: string[] = [];
    const noSid = thrown(() => ownerOnly({ platform: 'win32', env: {}, run: (program) => (programs.push(program), { status: 0, stdout: '"CONTOSO\\admin"\r\n', stderr: '' }) }).file('C:\\k'));
    expect(noSid.params).toMatchObject({ program: 'whoami.exe', reason: 'no SID' });
    expect(programs).toEqual([WHOAMI]);
  });

  it('the message, in both languages', () => {
    const params = { path: 'E:\\out\\a.key', program: 'icacls.exe', reason: 'exit 5', output: 'Access is denied.' };
    expect(codeText('en', 'KEY_ACCESS_NOT_RESTRICTED', params)).toBe(
      'could not make E:\\out\\a.key readable by your account alone: icacls.exe failed (exit 5: Access is denied.). On Windows cmg-setup restricts each private key file with icacls before writing the key, so no key was written and nothing was changed: choose an --out on an NTFS volume where your account may change permissions.',
    );
    expect(codeText('fr', 'KEY_ACCESS_NOT_RESTRICTED', { ...params, output: '' })).toBe(
      "impossible de rendre E:\\out\\a.key lisible par votre seul compte : icacls.exe a échoué (exit 5). Sous Windows, cmg-setup restreint chaque fichier de clé privée avec icacls avant d'y écrire la clé : aucune clé n'a été écrite et rien n'a été modifié. Choisissez un --out sur un volume NTFS où votre compte peut modifier les autorisations.",
    );
  });
});

describe('sidFromWhoami and trusteeFromWhoami', () => {
  it('reads the CSV line of Windows, its table, and nothing else', () => {
    expect(sidFromWhoami(`"CONTOSO\\admin","${SID}"\r\n`)).toBe(SID);
    expect(sidFromWhoami(`\nUSER INFORMATION\n----------------\n\nUser Name      SID\n============== ========\nlab\\admin ${SID}\n`)).toBe(SID);
    expect(sidFromWhoami('"CONTOSO\\admin"\r\n')).toBeUndefined();
    expect(sidFromWhoami('')).toBeUndefined();
  });

  it('whom icacls grants: *SID from Windows; the account alone, as Wine\'s whoami prints it (VM\\root); else nothing', () => {
    expect(trusteeFromWhoami(`"CONTOSO\\admin","${SID}"\r\n`)).toBe(`*${SID}`);
    expect(trusteeFromWhoami('VM\\root\r\n')).toBe('VM\\root');
    expect(['"CONTOSO\\admin"\r\n', '', 'root\r\n', 'VM\\root\r\nmore\r\n', 'ERROR: Access is denied.'].map(trusteeFromWhoami)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
