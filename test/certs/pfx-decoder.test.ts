/**
 * src/certs/pfx-decoder.ts and its use by read.ts and assess.ts (issue 15): no worker for a file
 * that needs no key derivation, at most one worker per run for those that do, each request with
 * its own wall-clock limit (reliability.md ). Workers are counted through the factory
 * createPfxDecoder takes; the real ones run dist/decode-worker.cjs (build first).
 */
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readCertificates } from '../../src/certs/assess.ts';
import type { DecodeOutcome } from '../../src/certs/decode.ts';
import { startDecodeWorker } from '../../src/certs/decode-worker-start.ts';
import { createPfxDecoder, type DecodeReply, type DecodeRequest, type DecodeWorker, type PfxDecoder } from '../../src/certs/pfx-decoder.ts';
import { decodeCertificateBytes, readCertificateFile, startsLikePfx } from '../../src/certs/read.ts';
import { Secret } from '../../src/model/secret.ts';
import { badFiles, hierarchy, HIERARCHY_KEYS, NOW, opensslPfx, PASSWORD, prepareKeys, type Hierarchy } from '../support/certificates.ts';
import { cheapPfx } from '../support/certificate-scenarios.ts';

const WORKER = new URL('../../dist/decode-worker.cjs', import.meta.url);

let dir: string;
let pki: Hierarchy;
let serverPfx: Buffer;

beforeAll(async () => {
  if (!existsSync(WORKER)) throw new Error(`${WORKER.pathname} is missing: build first with \`npm run build\` (npm test does it before vitest).`);
  await prepareKeys(HIERARCHY_KEYS);
  pki = hierarchy(NOW);
  serverPfx = opensslPfx({ certificate: pki.leaf, chain: [pki.intermediate, pki.root] });
  dir = mkdtempSync(join(tmpdir(), 'cmg-pfx-decoder-'));
  writeFileSync(join(dir, 'server.pfx'), serverPfx);
  writeFileSync(join(dir, 'management.pfx'), cheapPfx(pki.leaf, []));
  writeFileSync(join(dir, 'root.cer'), badFiles.derCer(pki.root));
  writeFileSync(join(dir, 'intermediate.cer'), badFiles.derCer(pki.intermediate));
  writeFileSync(join(dir, 'bundle.pem'), badFiles.pemBundle([pki.intermediate, pki.root]));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A decoder over real workers that counts the workers it starts. */
function countingDecoder(): { decoder: PfxDecoder; started: DecodeWorker[] } {
  const started: DecodeWorker[] = [];
  const decoder = createPfxDecoder(() => {
    const worker = startDecodeWorker();
    started.push(worker);
    return worker;
  });
  return { decoder, started };
}

/** A worker that answers only when told to (or never), and records what is done to it. */
class StandIn extends EventEmitter {
  readonly requests: DecodeRequest[] = [];
  readonly handles: Array<'ref' | 'unref'> = [];
  terminated = false;
  postMessage(request: DecodeRequest): void {
    this.requests.push(request);
  }
  answer(outcome: DecodeOutcome, id = this.requests.at(-1)?.id ?? 0): void {
    this.emit('message', { id, outcome } satisfies DecodeReply);
  }
  ref(): void {
    this.handles.push('ref');
  }
  unref(): void {
    this.handles.push('unref');
  }
  terminate(): void {
    this.terminated = true;
    queueMicrotask(() => this.emit('exit'));
  }
}

function standInDecoder(): { decoder: PfxDecoder; started: StandIn[] } {
  const started: StandIn[] = [];
  const decoder = createPfxDecoder(() => {
    const worker = new StandIn();
    started.push(worker);
    return worker as unknown as DecodeWorker;
  });
  return { decoder, started };
}

const OK_OUTCOME: DecodeOutcome = { ok: true, file: { format: 'pfx', certificates: [], privateKeys: [], notes: [] } };
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('no worker for a file that needs no key derivation', () => {
  it.each([
    ['a DER .cer', 'root.cer', 'der'],
    ['a PEM bundle', 'bundle.pem', 'pem'],
  ])('%s, even with a password (a PFX role given a public file): decoded here, no worker', async (_name, file, format) => {
    const { decoder, started } = countingDecoder();
    expect(await readCertificateFile(join(dir, file), '', undefined, decoder)).toMatchObject({ ok: true, file: { format } });
    expect(started).toHaveLength(0);
  });

  it('a PFX without a password stops at needsPassword, with no worker', async () => {
    const { decoder, started } = countingDecoder();
    expect(await readCertificateFile(join(dir, 'server.pfx'), undefined, undefined, decoder)).toMatchObject({ ok: false, needsPassword: true });
    expect(started).toHaveLength(0);
  });

  it('a PFX refused by the pre-scan (over 100,000 iterations) needs no worker either', async () => {
    const { decoder, started } = standInDecoder();
    const { patchPfxIterations } = await import('../support/certificates.ts');
    const outcome = await decodeCertificateBytes(patchPfxIterations(serverPfx, 100_001, 'mac'), PASSWORD, undefined, decoder);
    expect(outcome).toEqual({ ok: false, problem: { severity: 'error', code: 'CERT_PFX_ITERATIONS', params: { iterations: 100_001, limit: 100_000 } } });
    // warm() started it (the file starts like a PFX); it was never sent anything.
    expect(started.map((worker) => worker.requests.length)).toEqual([0]);
  });
});

describe('one worker per run', () => {
  it('a run reading 2 .pfx and 3 .cer/.pem files starts exactly one worker, and every file decodes', async () => {
    const { decoder, started } = countingDecoder();
    const password = new Secret(PASSWORD, 'prompt');
    const evidence = await readCertificates(
      [
        { path: join(dir, 'server.pfx'), role: 'server', password },
        { path: join(dir, 'root.cer'), role: 'client-authority' },
        { path: join(dir, 'management.pfx'), role: 'management', password },
        { path: join(dir, 'intermediate.cer'), role: 'sub-ca' },
        { path: join(dir, 'bundle.pem'), role: 'client-authority' },
      ],
      new Map(),
      (path) => path,
      decoder,
    );
    expect(started).toHaveLength(1);
    expect([...evidence.values()].map((file) => (file.ok ? `${file.file.format}:${file.certificates.length}:${file.file.privateKeys.length}` : file.problem.code))).toEqual(['pfx:3:1', 'der:1:0', 'pfx:1:1', 'der:1:0', 'pem:2:0']);
    decoder.close();
  });

  it('a wrong password, then the right one (cert inspect asking again): the same worker', async () => {
    const { decoder, started } = countingDecoder();
    const path = join(dir, 'server.pfx');
    expect(await readCertificateFile(path, 'not the password', undefined, decoder)).toEqual({ ok: false, problem: { severity: 'error', code: 'CERT_BAD_PASSWORD' } });
    expect(await readCertificateFile(path, PASSWORD, undefined, decoder)).toMatchObject({ ok: true, file: { format: 'pfx' } });
    expect(started).toHaveLength(1);
    decoder.close();
  });

  it('requests go one at a time: the second is sent once the first is answered', async () => {
    const { decoder, started } = standInDecoder();
    const first = decoder.decode(serverPfx, 'a');
    const second = decoder.decode(serverPfx, 'b');
    await tick();
    const [worker] = started;
    expect(worker?.requests.map((request) => request.password)).toEqual(['a']);
    worker?.answer(OK_OUTCOME);
    expect(await first).toEqual(OK_OUTCOME);
    await tick();
    expect(worker?.requests.map((request) => request.password)).toEqual(['a', 'b']);
    worker?.answer({ ok: false, problem: { severity: 'error', code: 'CERT_BAD_PASSWORD' } });
    expect(await second).toEqual({ ok: false, problem: { severity: 'error', code: 'CERT_BAD_PASSWORD' } });
    expect(started).toHaveLength(1);
  });

  it('the worker holds the process only while it works: unref when started, ref for a request, unref after', async () => {
    const { decoder, started } = standInDecoder();
    decoder.warm();
    decoder.warm();
    expect(started).toHaveLength(1);
    expect(started[0]?.handles).toEqual(['unref']);
    const pending = decoder.decode(serverPfx, PASSWORD);
    await tick();
    expect(started[0]?.handles).toEqual(['unref', 'ref']);
    started[0]?.answer(OK_OUTCOME);
    await pending;
    expect(started[0]?.handles).toEqual(['unref', 'ref', 'unref']);
    expect(started[0]?.terminated).toBe(false);
  });
});

describe('a worker started early (decode-worker-start.ts, at the start of a run whose command line names a PFX)', () => {
  /** decode-worker-start.ts afresh (its early worker is module state), over Workers that are counted. */
  async function freshStart(): Promise<{ module: typeof import('../../src/certs/decode-worker-start.ts'); made: Array<InstanceType<typeof import('node:worker_threads').Worker>> }> {
    const made: Array<InstanceType<typeof import('node:worker_threads').Worker>> = [];
    vi.resetModules();
    vi.doMock('node:worker_threads', async (importOriginal) => {
      const original = await importOriginal<typeof import('node:worker_threads')>();
      class CountedWorker extends original.Worker {
        constructor(...args: ConstructorParameters<typeof original.Worker>) {
          super(...args);
          made.push(this);
        }
      }
      return { ...original, Worker: CountedWorker };
    });
    try {
      return { module: await import('../../src/certs/decode-worker-start.ts'), made };
    } finally {
      vi.doUnmock('node:worker_threads');
    }
  }

  it('is the worker the first decode gets (one worker in all, however often prestarted), and it decodes; the next start is a new one', async () => {
    const { module, made } = await freshStart();
    module.prestartDecodeWorker();
    module.prestartDecodeWorker();
    expect(made).toHaveLength(1);
    const decoder = createPfxDecoder(module.startDecodeWorker);
    expect(await decoder.decode(serverPfx, PASSWORD)).toMatchObject({ ok: true, file: { format: 'pfx', privateKeys: [expect.any(Uint8Array)] } });
    expect(made).toHaveLength(1);
    decoder.close();
    const next = module.startDecodeWorker();
    expect(made).toHaveLength(2);
    expect(next).toBe(made[1]);
    await next.terminate();
  });

  it('one that died before it was needed is not handed over: a new one is started, and decodes', async () => {
    const { module, made } = await freshStart();
    module.prestartDecodeWorker();
    await made[0]!.terminate();
    const decoder = createPfxDecoder(module.startDecodeWorker);
    expect(await decoder.decode(serverPfx, PASSWORD)).toMatchObject({ ok: true });
    expect(made).toHaveLength(2);
    decoder.close();
  });
});

describe('the wall-clock limit, per request', () => {
  it('a worker that never answers: CERT_DECODE_TIMEOUT, that worker terminated, the next request a fresh worker that works', async () => {
    const { decoder, started } = standInDecoder();
    const timedOut = decoder.decode(serverPfx, PASSWORD, 5);
    expect(await timedOut).toEqual({ ok: false, problem: { severity: 'error', code: 'CERT_DECODE_TIMEOUT', params: { seconds: 0 } } });
    expect(started.map((worker) => worker.terminated)).toEqual([true]);
    // A late answer from the terminated worker changes nothing.
    started[0]?.answer(OK_OUTCOME, 1);

    const next = decoder.decode(serverPfx, PASSWORD, 5_000);
    await tick();
    expect(started).toHaveLength(2);
    started[1]?.answer(OK_OUTCOME);
    expect(await next).toEqual(OK_OUTCOME);
    expect(started.map((worker) => worker.terminated)).toEqual([true, false]);
  });

  it('a worker that fails (error event): CERT_UNREADABLE decoder, and the next request a fresh worker', async () => {
    const { decoder, started } = standInDecoder();
    const failed = decoder.decode(serverPfx, PASSWORD);
    await tick();
    started[0]?.emit('error', new Error('boom'));
    expect(await failed).toEqual({ ok: false, problem: { severity: 'error', code: 'CERT_UNREADABLE', params: { reason: 'decoder' } } });
    const next = decoder.decode(serverPfx, PASSWORD);
    await tick();
    expect(started).toHaveLength(2);
    started[1]?.answer(OK_OUTCOME);
    expect(await next).toEqual(OK_OUTCOME);
  });

  it('a worker that cannot start (the factory throws): CERT_UNREADABLE decoder, and the next request starts one', async () => {
    let attempts = 0;
    const worker = new StandIn();
    const decoder = createPfxDecoder(() => {
      attempts += 1;
      if (attempts <= 2) throw new Error('ERR_WORKER_PATH');
      return worker as unknown as DecodeWorker;
    });
    // warm() says nothing (the decode that needs the worker does), then the decode tries again.
    expect(() => decoder.warm()).not.toThrow();
    expect(await decoder.decode(serverPfx, PASSWORD)).toEqual({ ok: false, problem: { severity: 'error', code: 'CERT_UNREADABLE', params: { reason: 'decoder' } } });
    const next = decoder.decode(serverPfx, PASSWORD);
    await tick();
    worker.answer(OK_OUTCOME);
    expect(await next).toEqual(OK_OUTCOME);
    expect(attempts).toBe(3);
  });

  it('real workers: a 1 ms limit times out, then the same decoder reads the file with a fresh worker', async () => {
    const { decoder, started } = countingDecoder();
    expect(await decodeCertificateBytes(serverPfx, PASSWORD, 1, decoder)).toEqual({ ok: false, problem: { severity: 'error', code: 'CERT_DECODE_TIMEOUT', params: { seconds: 0 } } });
    expect(await readCertificateFile(join(dir, 'server.pfx'), PASSWORD, undefined, decoder)).toMatchObject({ ok: true, file: { format: 'pfx' } });
    expect(started).toHaveLength(2);
    decoder.close();
  });
});

describe('startsLikePfx (the hint that starts the worker early)', () => {
  it('a PFX (short or long DER length) yes; a certificate, PEM text, random bytes or nothing no', () => {
    expect(startsLikePfx(serverPfx)).toBe(true);
    expect(startsLikePfx(Buffer.from([0x30, 0x03, 0x02, 0x01, 0x03]))).toBe(true);
    expect(startsLikePfx(badFiles.derCer(pki.root))).toBe(false);
    expect(startsLikePfx(badFiles.pemCer(pki.root))).toBe(false);
    expect(startsLikePfx(badFiles.random())).toBe(false);
    expect(startsLikePfx(new Uint8Array())).toBe(false);
  });
});
