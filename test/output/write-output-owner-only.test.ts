/**
 * writeOutput and writeIntoFolder on Windows (issue 16), with the platform and icacls injected:
 * each folder that holds a key is restricted while empty, each key file before its bytes are
 * written, nothing else is touched; when icacls fails nothing is written at all.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputError } from '../../src/model/errors.ts';
import { ownerOnly } from '../../src/output/owner-only.ts';
import { writeIntoFolder, writeOutput, type OutputFile } from '../../src/output/write-output.ts';
import { fakeWindows, ICACLS, SID, WHOAMI, type Call } from './fake-windows.ts';

const NOW = new Date('2026-03-01T12:00:00Z');
const LAB: OutputFile[] = [
  { path: 'RUNBOOK.md', content: '# Runbook\n' },
  { path: '04-gateway/New-CmgGateway.ps1', content: 'Set-StrictMode -Version Latest\r\n' },
  { path: '00-lab-pki/LAB-ONLY-server.pfx', content: Uint8Array.from([0x30, 0x82, 0x00, 0xff]), privateKey: true },
  { path: '00-lab-pki/LAB-ONLY-README.txt', content: 'LAB ONLY\n' },
  { path: '00-lab-pki/LAB-ONLY-client.pfx', content: Uint8Array.from([0x30, 0x82, 0x01]), privateKey: true },
];
/** cert request: the key at the top of --out. */
const REQUEST: OutputFile[] = [
  { path: 'cmg.contoso.com.key', content: '-----BEGIN PRIVATE KEY-----\nMII\n-----END PRIVATE KEY-----\n', privateKey: true },
  { path: 'cmg.contoso.com.csr', content: '-----BEGIN CERTIFICATE REQUEST-----\n' },
];

let parent: string;
let out: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'cmg-owner-only-'));
  out = join(parent, 'out');
});
afterEach(() => {
  rmSync(parent, { recursive: true, force: true });
});

const icaclsCalls = (calls: readonly Call[]) => calls.filter((call) => call.program === ICACLS);
const temporary = (name: string) => new RegExp(`^\\.${name.replace(/\./g, '\\.')}\\.[0-9a-f]{32}\\.tmp$`);

describe('writeOutput on win32', () => {
  it('the key folder while empty, then each key file while empty; no other file or folder', () => {
    const fake = fakeWindows();
    writeOutput({ out, files: LAB, force: false, now: NOW, ownerOnly: ownerOnly({ platform: 'win32', env: {}, run: fake.run }) });
    expect(fake.calls[0]?.program).toBe(WHOAMI);
    const calls = icaclsCalls(fake.calls);
    expect(calls).toHaveLength(3);
    const [folder, server, client] = calls;
    const staging = folder!.args[0]!.slice(0, -'/00-lab-pki'.length);
    expect(staging).toMatch(new RegExp(`^${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.staging-\\d+-[0-9a-f]{8}$`));
    expect(folder!.args).toEqual([join(staging, '00-lab-pki'), '/inheritance:r', '/grant:r', `*${SID}:(OI)(CI)F`]);
    expect(folder!.seen).toEqual({ entries: [] });
    for (const [call, name] of [
      [server, 'LAB-ONLY-server.pfx'],
      [client, 'LAB-ONLY-client.pfx'],
    ] as const) {
      expect(call!.args.slice(1)).toEqual(['/inheritance:r', '/grant:r', `*${SID}:F`]);
      expect(call!.args[0]!.startsWith(join(staging, '00-lab-pki') + '/')).toBe(true);
      expect(call!.args[0]!.split('/').at(-1)).toMatch(temporary(name));
      // Restricted before the key bytes are written: the file exists and is empty.
      expect(call!.seen).toEqual({ bytes: 0 });
    }
    // The keys are in place, whole, with the POSIX modes unchanged.
    expect(statSync(join(out, '00-lab-pki', 'LAB-ONLY-server.pfx')).size).toBe(4);
    expect(statSync(join(out, '00-lab-pki', 'LAB-ONLY-server.pfx')).mode & 0o777).toBe(0o600);
    expect(statSync(join(out, 'RUNBOOK.md')).mode & 0o777).toBe(0o644);
  });

  it('a key at the top of --out (cert request): the staging folder itself first, while empty', () => {
    const fake = fakeWindows();
    writeOutput({ out, files: REQUEST, force: false, now: NOW, ownerOnly: ownerOnly({ platform: 'win32', env: {}, run: fake.run }) });
    const [folder, key, ...rest] = icaclsCalls(fake.calls);
    expect(rest).toEqual([]);
    expect(folder!.args.slice(1)).toEqual(['/inheritance:r', '/grant:r', `*${SID}:(OI)(CI)F`]);
    expect(folder!.args[0]).toMatch(/\/out\.staging-\d+-[0-9a-f]{8}$/);
    expect(folder!.seen).toEqual({ entries: [] });
    expect(key!.args[0]!.startsWith(`${folder!.args[0]}/`)).toBe(true);
    expect(key!.args[0]!.split('/').at(-1)).toMatch(temporary('cmg.contoso.com.key'));
    expect(key!.seen).toEqual({ bytes: 0 });
  });

  it('an output without keys: no program runs', () => {
    const fake = fakeWindows();
    writeOutput({ out, files: LAB.filter((file) => !file.privateKey), force: false, now: NOW, ownerOnly: ownerOnly({ platform: 'win32', env: {}, run: fake.run }) });
    expect(fake.calls).toEqual([]);
  });

  it.each([
    ['the key folder', 0, join('out', '00-lab-pki')],
    ['the second key file', 2, join('out', '00-lab-pki', 'LAB-ONLY-client.pfx')],
  ])('icacls fails on %s: KEY_ACCESS_NOT_RESTRICTED with the final path, and nothing is written', (_, failing, shown) => {
    const fake = fakeWindows({ icacls: (_call, index) => (index === failing ? { status: 1332, stdout: '', stderr: 'No mapping between account names and security IDs was done.' } : undefined) });
    let error: unknown;
    try {
      writeOutput({ out, files: LAB, force: false, now: NOW, ownerOnly: ownerOnly({ platform: 'win32', env: {}, run: fake.run }) });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OutputError);
    expect({ code: (error as OutputError).code, params: (error as OutputError).params }).toEqual({
      code: 'KEY_ACCESS_NOT_RESTRICTED',
      params: { path: join(parent, shown), program: 'icacls.exe', reason: 'exit 1332', output: 'No mapping between account names and security IDs was done.' },
    });
    expect(icaclsCalls(fake.calls)).toHaveLength(failing + 1);
    expect(readdirSync(parent)).toEqual([]);
  });
});

describe('writeIntoFolder on win32 (the --example lab under plan)', () => {
  it('the folder, then each key file while empty; the README and the root certificate untouched', () => {
    const folder = join(parent, 'lab');
    mkdirSync(folder);
    const fake = fakeWindows();
    const files = LAB.filter((file) => file.path.startsWith('00-lab-pki/')).map((file) => ({ ...file, path: file.path.slice('00-lab-pki/'.length) }));
    writeIntoFolder(folder, files, ownerOnly({ platform: 'win32', env: {}, run: fake.run }));
    const calls = icaclsCalls(fake.calls);
    expect(calls.map((call) => call.args[0]!.split('/').at(-1))).toEqual(['lab', expect.stringMatching(temporary('LAB-ONLY-server.pfx')), expect.stringMatching(temporary('LAB-ONLY-client.pfx'))]);
    expect(calls[0]!.args).toEqual([folder, '/inheritance:r', '/grant:r', `*${SID}:(OI)(CI)F`]);
    expect(calls.slice(1).map((call) => call.seen)).toEqual([{ bytes: 0 }, { bytes: 0 }]);
    expect(readdirSync(folder).sort()).toEqual(['LAB-ONLY-README.txt', 'LAB-ONLY-client.pfx', 'LAB-ONLY-server.pfx']);
  });

  it('no key among the files: no program runs', () => {
    const fake = fakeWindows();
    writeIntoFolder(parent, [{ path: 'a.txt', content: 'a' }], ownerOnly({ platform: 'win32', env: {}, run: fake.run }));
    expect(fake.calls).toEqual([]);
  });
});
