import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCertificateFile } from '../../src/certs/decode.ts';
import { hierarchy, HIERARCHY_KEYS, makeLeaf, NOW, opensslPfx, prepareKeys, type OpensslPfxOptions } from '../support/certificates.ts';
import { expectNoLeak } from '../support/leak.ts';
import { assertBuilt, freshDir, removeDir, runCli, type CliResult, type RunOptions } from '../support/run-cli.ts';
import { VALID_ANSWERS, writeAnswers } from './fixtures.ts';

// Secrets stay out of debugging output and out of error messages (issue 9, point 3; DESIGN.md
// Secrets; reliability.md T-1.1). Every run is swept for the sentinel in UTF-8, UTF-16LE, base64
// of both and URL-encoding.

const NOW_FLAG = ['--now', NOW.toISOString()];
/** The PFX password, and what an admin types where a variable name or a path belongs. */
const SENTINEL = `S3nt!nel'’"$x${randomBytes(6).toString('hex')}`;
/** A secret that happens to be a valid (but unconventional, lowercase) variable name. */
const NAME_LIKE_SENTINEL = `s3ntinel_${randomBytes(6).toString('hex')}`;
/** A secret with a space, typed where a path belongs. */
const PATH_LIKE_SENTINEL = `S3nt!nel pass ${randomBytes(6).toString('hex')}`;

/** The decoder must open the sentinel PFX (a non-ASCII password: see cert-inspect.test.ts). */
function openablePfx(options: OpensslPfxOptions): Buffer {
  for (let attempt = 1; ; attempt += 1) {
    const pfx = opensslPfx(options);
    if (decodeCertificateFile(pfx, options.password).ok || attempt === 10) return pfx;
  }
}

let dir: string;

beforeAll(async () => {
  assertBuilt();
  await prepareKeys(HIERARCHY_KEYS);
  const pki = hierarchy(NOW);
  dir = freshDir('cmg-secret-echo-');
  writeFileSync(join(dir, 'server.pfx'), openablePfx({ certificate: makeLeaf({ now: NOW, commonName: 'contosocmg.contoso.com' }), chain: [pki.intermediate, pki.root], password: SENTINEL }));
  writeFileSync(join(dir, 'password.txt'), `${SENTINEL}\n`);
  writeAnswers(dir, { ...VALID_ANSWERS, serverCertPath: 'server.pfx' }, 'with-pfx.yaml');
}, 60_000);

afterAll(() => {
  if (dir) removeDir(dir);
});

/** Every run: no form of any sentinel on stdout or stderr, no stack trace, no hang. */
async function cli(args: readonly string[], options: Omit<RunOptions, 'cwd'> = {}): Promise<CliResult> {
  const result = await runCli(args, { cwd: dir, timeoutMs: 20_000, ...options });
  expect(result.timedOut).toBe(false);
  for (const secret of [SENTINEL, NAME_LIKE_SENTINEL, PATH_LIKE_SENTINEL]) {
    expectNoLeak(secret, 'stdout', result.stdoutBytes);
    expectNoLeak(secret, 'stderr', result.stderrBytes);
  }
  expect(result.stderr).not.toMatch(/\bat \S+:\d+/);
  return result;
}

describe('NODE_DEBUG prints no PFX password (the decoder worker gets it by message, not in workerData)', () => {
  it('cert inspect, NODE_DEBUG=* (worker, worker_threads, messaging, every section): the certificate is read, the password never shows', async () => {
    const result = await cli(['cert', 'inspect', 'server.pfx', '--password-file', 'password.txt', '--json', ...NOW_FLAG], { env: { NODE_DEBUG: '*' } });
    expect(result.stderr).toContain('WORKER');
    expect(JSON.parse(result.stdout).certificate.subject).toBe('CN=contosocmg.contoso.com');
    expect(result.code).toBe(0);
  });

  it('plan, NODE_DEBUG=worker and the password in the environment', async () => {
    const result = await cli(['plan', '--answers', 'with-pfx.yaml', '--json', ...NOW_FLAG], { env: { NODE_DEBUG: 'worker', CMG_SERVER_CERT_PASSWORD: SENTINEL } });
    expect(result.stderr).toContain('WORKER');
    expect(result.code).toBe(0);
  });
});

// A secret typed where a variable name or a file path belongs (SECRET_ENV_*, SECRET_FILE_*) is
// checked in process, with the same sweep: test/commands/secret-sources.test.ts.
