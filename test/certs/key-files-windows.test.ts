/**
 * `cert request` and `cert lab` as on Windows (issue 16), in process with the platform and icacls
 * injected: the key files restricted through icacls and said with their paths; when icacls fails,
 * exit 2 with KEY_ACCESS_NOT_RESTRICTED on stderr and nothing written. Real keys are generated,
 * hence this project.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { certLabCommand } from '../../src/cli/commands/cert-lab.ts';
import { certRequestCommand } from '../../src/cli/commands/cert-request.ts';
import { runInProcess } from '../commands/harness.ts';
import { fakeWindows, ICACLS, SID } from '../output/fake-windows.ts';

const NOW = '2026-03-01T00:00:00Z';
let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'cmg-key-files-windows-'));
});
afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

const request = (json = false) => ({
  command: 'cert request',
  json,
  call: (io: Parameters<typeof certRequestCommand>[1]) => certRequestCommand({ serviceName: 'cmg.contoso.com', out: join(cwd, 'req'), keySize: '2048', model: 'vmss', cloud: 'public', now: NOW, json }, io),
});

describe('cert request on win32', () => {
  it('the folder and the key restricted with icacls; the key named with its path and who can read it', async () => {
    const fake = fakeWindows();
    const result = await runInProcess(request(), { platform: 'win32', runProgram: fake.run });
    expect(result.code).toBe(0);
    const icacls = fake.calls.filter((call) => call.program === ICACLS);
    expect(icacls.map((call) => call.args.slice(1))).toEqual([
      ['/inheritance:r', '/grant:r', `*${SID}:(OI)(CI)F`],
      ['/inheritance:r', '/grant:r', `*${SID}:F`],
    ]);
    expect(icacls[1]!.seen).toEqual({ bytes: 0 });
    expect(result.stdout).toContain(
      `Private key files, readable by your account alone (mode 0600; on Windows an access list that grants your account only): ${join(cwd, 'req', 'cmg.contoso.com.key')}\n`,
    );
  });

  it('icacls fails: exit 2, the reason on stderr, nothing written', async () => {
    const fake = fakeWindows({ icacls: () => ({ status: 5, stdout: '', stderr: 'Access is denied.\r\n' }) });
    const result = await runInProcess(request(), { platform: 'win32', runProgram: fake.run });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `could not make ${join(cwd, 'req')} readable by your account alone: icacls.exe failed (exit 5: Access is denied.). On Windows cmg-setup restricts each private key file with icacls before writing the key, so no key was written and nothing was changed`,
    );
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('--json: the failure is the error document, with its code', async () => {
    const fake = fakeWindows({ icacls: () => ({ status: null, error: 'ETIMEDOUT', stdout: '', stderr: '' }) });
    const result = await runInProcess(request(true), { platform: 'win32', runProgram: fake.run });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('"KEY_ACCESS_NOT_RESTRICTED"');
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('cert lab on win32', () => {
  it('--model classic: the folder and the three .pfx restricted; the root certificate and the README not touched', async () => {
    const fake = fakeWindows();
    const result = await runInProcess(
      { command: 'cert lab', json: false, call: (io) => certLabCommand({ serviceName: 'lab.contoso.com', out: join(cwd, 'lab'), model: 'classic', now: NOW, passwordEnv: 'LAB_PW' }, io) },
      { platform: 'win32', runProgram: fake.run, env: { LAB_PW: 'secret' } },
    );
    expect(result.code).toBe(0);
    const targets = fake.calls.filter((call) => call.program === ICACLS).map((call) => call.args[0]!.split('/').at(-1)!.replace(/\.[0-9a-f]{32}\.tmp$/, ''));
    expect(targets).toEqual([expect.stringMatching(/^lab\.staging-/), '.LAB-ONLY-server.pfx', '.LAB-ONLY-client.pfx', '.LAB-ONLY-management.pfx']);
    const keys = ['LAB-ONLY-server.pfx', 'LAB-ONLY-client.pfx', 'LAB-ONLY-management.pfx'].map((name) => join(cwd, 'lab', name)).join(', ');
    expect(result.stdout).toContain(`Private key files, readable by your account alone (mode 0600; on Windows an access list that grants your account only): ${keys}\n`);
  });
});
