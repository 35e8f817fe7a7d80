import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
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
const USAGE_HEADER = 'cmg-setup: the command line or answers file cannot be used as given:';
/** The PFX password, and what an admin types where a variable name or a path belongs. */
const SENTINEL = `S3nt!nel'’"$x${randomBytes(6).toString('hex')}`;
/** A secret that happens to be a valid (but unconventional, lowercase) variable name. */
const NAME_LIKE_SENTINEL = `s3ntinel_${randomBytes(6).toString('hex')}`;
/** A secret with a space, typed where a path belongs. */
const PATH_LIKE_SENTINEL = `S3nt!nel pass ${randomBytes(6).toString('hex')}`;
const SECRET_LABEL = 'serverCertPassword (--server-cert-password-env / CMG_SERVER_CERT_PASSWORD)';
const PASSWORD_LABEL = 'password (--password-stdin / --password-file / --password-env)';

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
  mkdirSync(join(dir, 'a-folder'));
  writeAnswers(dir, { ...VALID_ANSWERS, serverCertPath: 'server.pfx' }, 'with-pfx.yaml');
  writeAnswers(dir, { ...VALID_ANSWERS, serverCertPath: 'server.pfx', serverCertPassword: `file:${PATH_LIKE_SENTINEL}` }, 'file-source.yaml');
  writeAnswers(dir, { ...VALID_ANSWERS, serverCertPath: 'server.pfx', serverCertPassword: `env:${NAME_LIKE_SENTINEL}` }, 'env-source.yaml');
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

describe('a secret typed where a variable name belongs is not repeated', () => {
  it('--server-cert-password-env <not a variable name>: SECRET_ENV_NAME_INVALID', async () => {
    const result = await cli(['plan', '--answers', 'with-pfx.yaml', '--server-cert-password-env', SENTINEL, ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${USAGE_HEADER}\n  SECRET_ENV_NAME_INVALID ${SECRET_LABEL}: the value given as the environment variable is not a variable name (letters, digits and underscores, not starting with a digit), so it is not repeated here: it may be the secret itself. Give the name of the variable that holds the secret.\n`,
    );
  });

  it('--server-cert-password-env <a lowercase name that is not set>: SECRET_ENV_MISSING without the name', async () => {
    const result = await cli(['plan', '--answers', 'with-pfx.yaml', '--server-cert-password-env', NAME_LIKE_SENTINEL, ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${USAGE_HEADER}\n  SECRET_ENV_MISSING ${SECRET_LABEL}: the environment variable given is not set. Its name is not repeated: it is not in the usual upper-case form (e.g. PFX_PASSWORD) and may be the secret itself.\n`,
    );
  });

  it('--server-cert-password-env PFX_PASSWORD, not set: a conventional name is named', async () => {
    const result = await cli(['plan', '--answers', 'with-pfx.yaml', '--server-cert-password-env', 'PFX_PASSWORD', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${USAGE_HEADER}\n  SECRET_ENV_MISSING ${SECRET_LABEL}: the environment variable PFX_PASSWORD is not set.\n`);
  });

  it('serverCertPassword: env:<lowercase name, not set> in the answers file', async () => {
    const result = await cli(['plan', '--answers', 'env-source.yaml', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('SECRET_ENV_MISSING serverCertPassword');
  });

  it('cert inspect --password-env <not a variable name>', async () => {
    const result = await cli(['cert', 'inspect', 'server.pfx', '--password-env', SENTINEL, ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`  SECRET_ENV_NAME_INVALID ${PASSWORD_LABEL}: `);
  });

  it('cert lab --password-env <a lowercase name that is not set>', async () => {
    const result = await cli(['cert', 'lab', '--service-name', 'lab.contoso.com', '--password-env', NAME_LIKE_SENTINEL, '--out', 'lab-out', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`  SECRET_ENV_MISSING ${PASSWORD_LABEL}: the environment variable given is not set`);
  });
});

describe('a secret typed where a file path belongs is not repeated', () => {
  const noFile = (label: string) =>
    `${USAGE_HEADER}\n  SECRET_FILE_MISSING ${label}: no file exists at the path given for the secret (the path is not repeated here: it may be the secret itself). Give the path of a file that holds the secret on its first line.\n`;

  it('--server-cert-password-file <secret with a space>: SECRET_FILE_MISSING without the path', async () => {
    const result = await cli(['plan', '--answers', 'with-pfx.yaml', '--server-cert-password-file', PATH_LIKE_SENTINEL, ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(noFile(SECRET_LABEL));
  });

  it('--server-cert-password-file <the sentinel>', async () => {
    const result = await cli(['plan', '--answers', 'with-pfx.yaml', '--server-cert-password-file', SENTINEL, ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(noFile(SECRET_LABEL));
  });

  it('serverCertPassword: file:<secret> in the answers file', async () => {
    const result = await cli(['plan', '--answers', 'file-source.yaml', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(noFile(SECRET_LABEL));
  });

  it('cert inspect --password-file <secret>', async () => {
    const result = await cli(['cert', 'inspect', 'server.pfx', '--password-file', PATH_LIKE_SENTINEL, ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(noFile(PASSWORD_LABEL));
  });

  it('cert lab --password-file <secret>', async () => {
    const result = await cli(['cert', 'lab', '--service-name', 'lab.contoso.com', '--password-file', SENTINEL, '--out', 'lab-out', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(noFile(PASSWORD_LABEL));
  });

  it('a path that exists (a folder) is clearly a path: it is named', async () => {
    const result = await cli(['plan', '--answers', 'with-pfx.yaml', '--server-cert-password-file', 'a-folder', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`  SECRET_FILE_NOT_A_FILE ${SECRET_LABEL}: the secret file a-folder is not a regular file`);
  });
});
