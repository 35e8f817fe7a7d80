/**
 * What runs on the main thread since issue 15 (src/certs/read.ts): a file that needs no key
 * derivation is decoded there, with no worker and no wall-clock limit, so that decoding must be
 * bounded by the input's size alone (reliability.md: at most 1 MiB). Each case is a hostile
 * 1 MiB input of one kind, decoded through decodeCertificateBytes with a decoder that fails the
 * test if a worker is asked for; the finding is asserted, not the time (a super-linear path would
 * show as this file timing out).
 */
import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/certs/decode-limits.ts';
import type { PfxDecoder } from '../../src/certs/pfx-decoder.ts';
import { decodeCertificateBytes } from '../../src/certs/read.ts';
import { cheapPfx } from '../support/certificate-scenarios.ts';
import { assemblePfx, authSafeContents, badFiles, hierarchy, HIERARCHY_KEYS, NOW, PASSWORD, prepareKeys, type Hierarchy } from '../support/certificates.ts';

let pki: Hierarchy;

beforeAll(async () => {
  await prepareKeys(HIERARCHY_KEYS);
  pki = hierarchy(NOW);
}, 60_000);

/** No worker may be started or asked: these files need no key derivation. */
const noWorker: PfxDecoder = {
  decode: () => {
    throw new Error('a worker was asked for');
  },
  warm: () => {
    throw new Error('a worker was started');
  },
  close: () => undefined,
};

/** `unit` repeated to at most 1 MiB (`room` bytes left for a header). */
function repeatedTo1MiB(unit: Buffer, room = 0): Buffer {
  return Buffer.concat(Array.from({ length: Math.floor((MAX_FILE_BYTES - room) / unit.length) }, () => unit));
}

/** A DER SEQUENCE (4-byte length form) around `content`. */
function sequenceOf(content: Buffer): Buffer {
  const header = Buffer.from([0x30, 0x83, content.length >> 16, (content.length >> 8) & 0xff, content.length & 0xff]);
  return Buffer.concat([header, content]);
}

describe('hostile 1 MiB inputs decoded on the main thread, each to its finding', () => {
  it('a PEM of some 900 certificate blocks: all decoded, one X509Certificate each', async () => {
    const file = repeatedTo1MiB(badFiles.pemCer(pki.root));
    expect(file.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
    const outcome = await decodeCertificateBytes(file, PASSWORD, undefined, noWorker);
    if (!outcome.ok) expect.fail(JSON.stringify(outcome));
    expect(outcome.file.format).toBe('pem');
    expect(outcome.file.certificates).toHaveLength(Math.floor(MAX_FILE_BYTES / badFiles.pemCer(pki.root).length));
  });

  it('a PEM of BEGIN lines only: CERT_UNREADABLE pem', async () => {
    const file = repeatedTo1MiB(Buffer.from('-----BEGIN CERTIFICATE-----\n'));
    expect(await decodeCertificateBytes(file, PASSWORD, undefined, noWorker)).toEqual({ ok: false, problem: { severity: 'error', code: 'CERT_UNREADABLE', params: { reason: 'pem' } } });
  });

  it('one BEGIN line, then 1 MiB of base64 with no END: CERT_UNREADABLE pem', async () => {
    const file = Buffer.concat([Buffer.from('-----BEGIN CERTIFICATE-----\n'), repeatedTo1MiB(Buffer.from(`${'QUFB'.repeat(16)}\n`), 64)]);
    expect(await decodeCertificateBytes(file, PASSWORD, undefined, noWorker)).toEqual({ ok: false, problem: { severity: 'error', code: 'CERT_UNREADABLE', params: { reason: 'pem' } } });
  });

  it('SEQUENCEs nested 262,000 levels deep (1 MiB): CERT_UNREADABLE format, stopped at depth 64', async () => {
    const file = badFiles.deeplyNested(Math.floor((MAX_FILE_BYTES - 2) / 4));
    expect(await decodeCertificateBytes(file, PASSWORD, undefined, noWorker)).toEqual({ ok: false, problem: { severity: 'error', code: 'CERT_UNREADABLE', params: { reason: 'format' } } });
  });

  it('one SEQUENCE of 524,000 NULLs: CERT_UNREADABLE format', async () => {
    const file = sequenceOf(repeatedTo1MiB(Buffer.from([0x05, 0x00]), 8));
    expect(await decodeCertificateBytes(file, PASSWORD, undefined, noWorker)).toEqual({ ok: false, problem: { severity: 'error', code: 'CERT_UNREADABLE', params: { reason: 'format' } } });
  });

  it('a PFX of some 600 SafeContents (1 MiB), without its password: the pre-scan reads every one, no worker', async () => {
    const contents = authSafeContents(forge.asn1.fromDer(cheapPfx(pki.leaf, []).toString('binary')));
    const unit = Buffer.from(forge.asn1.toDer(forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SEQUENCE, true, contents)).getBytes(), 'binary');
    const copies = Math.floor((MAX_FILE_BYTES - 64) / unit.length);
    const file = assemblePfx(Array.from({ length: copies }, () => contents).flat(), { mac: false });
    expect(file.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
    const outcome = await decodeCertificateBytes(file, undefined, undefined, noWorker);
    if (!('needsPassword' in outcome)) expect.fail(JSON.stringify(outcome));
    expect(outcome.pfx.keys).toHaveLength(copies);
  });
});
