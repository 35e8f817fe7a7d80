import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCertificateFile, MAX_FILE_BYTES, type DecodeOutcome } from '../../src/certs/decode.ts';
import { decodeCertificateBytes, readCertificateFile } from '../../src/certs/read.ts';
import { badFiles, hierarchy, HIERARCHY_KEYS, NOW, opensslPfx, PASSWORD, prepareKeys } from '../support/certificates.ts';

// src/certs/read.ts: the bounded read from disk, then the decoding (a PFX's password applied in
// the worker with its wall-clock limit, reliability.md ). From the sources the worker is
// dist/decode-worker.cjs: build first. The worker's reuse is in pfx-decoder.test.ts.

const WORKER = new URL('../../dist/decode-worker.cjs', import.meta.url);

let dir: string;
let pfx: Buffer;
let cer: Buffer;

beforeAll(async () => {
  if (!existsSync(WORKER)) throw new Error(`${WORKER.pathname} is missing: build first with \`npm run build\` (npm test does it before vitest).`);
  await prepareKeys(HIERARCHY_KEYS);
  const pki = hierarchy(NOW);
  pfx = opensslPfx({ certificate: pki.leaf, chain: [pki.intermediate, pki.root] });
  cer = badFiles.derCer(pki.root);
  dir = mkdtempSync(join(tmpdir(), 'cmg-read-'));
  writeFileSync(join(dir, 'server.pfx'), pfx);
  writeFileSync(join(dir, 'root.cer'), cer);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * The outcome with every byte array as hex: what crosses the worker boundary is structured-cloned
 * (a Buffer arrives as a plain Uint8Array), so only the content is compared.
 */
function plain(outcome: DecodeOutcome): unknown {
  return JSON.parse(JSON.stringify(outcome, (_key, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString('hex') : (value as { type?: string; data?: number[] })?.type === 'Buffer' ? Buffer.from((value as { data: number[] }).data).toString('hex') : value)));
}

describe('readCertificateFile: the file itself', () => {
  it('a missing path: CERT_FILE_MISSING naming the path', async () => {
    const path = join(dir, 'nowhere.pfx');
    expect(await readCertificateFile(path, PASSWORD)).toEqual({ ok: false, problem: { severity: 'error', code: 'CERT_FILE_MISSING', params: { path, reason: 'ENOENT' } } });
  });

  it('a directory: CERT_FILE_UNREADABLE naming the path', async () => {
    const path = join(dir, 'a-folder.pfx');
    mkdirSync(path);
    const outcome = await readCertificateFile(path, PASSWORD);
    expect(outcome).toMatchObject({ ok: false, problem: { severity: 'error', code: 'CERT_FILE_UNREADABLE', params: { path } } });
  });

  // An async open() of a FIFO with no writer held a libuv thread for ever (and process.exit waited
  // for it): a regression hangs this test until vitest's timeout.
  it('a FIFO with no writer: CERT_FILE_UNREADABLE (not a file), at once', async () => {
    const path = join(dir, 'fifo.pfx');
    execFileSync('mkfifo', [path]);
    expect(await readCertificateFile(path, PASSWORD)).toEqual({ ok: false, problem: { severity: 'error', code: 'CERT_FILE_UNREADABLE', params: { path, reason: 'not a file' } } });
  });

  it('a symbolic link to a PFX: the PFX', async () => {
    const path = join(dir, 'current.pfx');
    symlinkSync(join(dir, 'server.pfx'), path);
    expect(await readCertificateFile(path, PASSWORD)).toMatchObject({ ok: true, file: { format: 'pfx' } });
  });

  it('one byte over 1 MiB: CERT_FILE_TOO_LARGE', async () => {
    const path = join(dir, 'oversized.pfx');
    writeFileSync(path, badFiles.oversized());
    expect(await readCertificateFile(path, PASSWORD)).toEqual({
      ok: false,
      problem: { severity: 'error', code: 'CERT_FILE_TOO_LARGE', params: { size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES } },
    });
  });

  it('an 8 GiB (sparse) file is refused from its size alone, without reading it', async () => {
    const path = join(dir, 'huge.pfx');
    writeFileSync(path, '');
    truncateSync(path, 8 * 1024 ** 3);
    const outcome = await readCertificateFile(path, PASSWORD);
    // The size reported is the file's, which only the stat before any read gives: a read (capped or
    // not) would have reported what it saw, MAX_FILE_BYTES + 1.
    expect(outcome).toEqual({ ok: false, problem: { severity: 'error', code: 'CERT_FILE_TOO_LARGE', params: { size: 8 * 1024 ** 3, limit: MAX_FILE_BYTES } } });
  });
});

describe('decodeCertificateBytes', () => {
  it('a 1 ms limit on a real PFX: CERT_DECODE_TIMEOUT with the limit in seconds', async () => {
    const outcome = await decodeCertificateBytes(pfx, PASSWORD, 1);
    expect(outcome).toMatchObject({ ok: false, problem: { severity: 'error', code: 'CERT_DECODE_TIMEOUT', params: { seconds: expect.any(Number) } } });
    // Rounded to a tenth of a second: 1 ms says "0 s" (see the report; harmless at the real 10 s limit).
    expect(outcome).toEqual({ ok: false, problem: { severity: 'error', code: 'CERT_DECODE_TIMEOUT', params: { seconds: 0 } } });
  });

  it.each([
    ['a PFX with its password', () => pfx, PASSWORD],
    ['a PFX with a wrong password', () => pfx, 'wrong'],
    ['a PFX without a password (needsPassword)', () => pfx, undefined],
    ['a DER .cer', () => cer, undefined],
    ['random bytes', () => badFiles.random(), PASSWORD],
  ])('%s: the same outcome as decodeCertificateFile in-process', async (_name, bytes, password) => {
    const inProcess = decodeCertificateFile(bytes(), password);
    expect(plain(await decodeCertificateBytes(bytes(), password))).toEqual(plain(inProcess));
  });

  it('readCertificateFile from disk: the same outcome as decoding the bytes in-process, certificates and key included', async () => {
    const outcome = await readCertificateFile(join(dir, 'server.pfx'), PASSWORD);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.file.certificates).toHaveLength(3);
    expect(outcome.file.privateKeys).toHaveLength(1);
    expect(plain(outcome)).toEqual(plain(decodeCertificateFile(pfx, PASSWORD)));
    expect(plain(await readCertificateFile(join(dir, 'root.cer'), undefined))).toEqual(plain(decodeCertificateFile(cer, undefined)));
  });
});
