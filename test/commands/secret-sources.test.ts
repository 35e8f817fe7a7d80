/**
 * A secret typed where a variable name or a file path belongs is never repeated (issue 9, point 3;
 * DESIGN.md Secrets), in process: every run is swept for the sentinels in UTF-8, UTF-16LE, base64
 * of both and URL-encoding. Moved from test/cli/secret-echo, which keeps, with the binary, what
 * needs a real process: NODE_DEBUG output of the decoder worker.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certInspectCommand } from '../../src/cli/commands/cert-inspect.ts';
import { certLabCommand } from '../../src/cli/commands/cert-lab.ts';
import { wizardCommand } from '../../src/cli/commands/wizard.ts';
import { expectNoLeak } from '../support/leak.ts';
import { VALID_ANSWERS, writeAnswers } from '../cli/fixtures.ts';
import { runInProcess, type Invocation, type Outcome } from './harness.ts';

const NOW = '2026-03-01T00:00:00Z';
const USAGE_HEADER = 'cmg-setup: the command line or answers file cannot be used as given:';
/** The PFX password, and what an admin types where a variable name or a path belongs. */
const SENTINEL = `S3nt!nel'’"$x${randomBytes(6).toString('hex')}`;
/** A secret that happens to be a valid (but unconventional, lowercase) variable name. */
const NAME_LIKE_SENTINEL = `s3ntinel_${randomBytes(6).toString('hex')}`;
/** A secret with a space, typed where a path belongs. */
const PATH_LIKE_SENTINEL = `S3nt!nel pass ${randomBytes(6).toString('hex')}`;
const SECRET_LABEL = 'serverCertPassword (--server-cert-password-env / CMG_SERVER_CERT_PASSWORD)';
const PASSWORD_LABEL = 'password (--password-stdin / --password-file / --password-env)';

let dir: string;
let withPfx: string;
let fileSource: string;
let envSource: string;
let pfx: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cmg-secret-sources-'));
  // The secret is read, and refused, before the certificate is: any bytes stand for the PFX.
  pfx = join(dir, 'server.pfx');
  writeFileSync(pfx, randomBytes(64));
  mkdirSync(join(dir, 'a-folder'));
  withPfx = join(dir, writeAnswers(dir, { ...VALID_ANSWERS, serverCertPath: pfx }, 'with-pfx.yaml'));
  fileSource = join(dir, writeAnswers(dir, { ...VALID_ANSWERS, serverCertPath: pfx, serverCertPassword: `file:${PATH_LIKE_SENTINEL}` }, 'file-source.yaml'));
  envSource = join(dir, writeAnswers(dir, { ...VALID_ANSWERS, serverCertPath: pfx, serverCertPassword: `env:${NAME_LIKE_SENTINEL}` }, 'env-source.yaml'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const plan = (answers: string, secretFlags: Record<string, unknown> = {}): Invocation => ({
  command: 'plan',
  json: false,
  call: (io) => wizardCommand({ mode: 'plan', inputs: new Map(), secretFlags, out: join(dir, 'cmg-setup-output'), outGiven: false, color: true, answers, now: NOW }, io),
});
const inspect = (password: { passwordEnv?: string; passwordFile?: string }): Invocation => ({
  command: 'cert inspect',
  json: false,
  call: (io) => certInspectCommand({ file: pfx, model: 'vmss', cloud: 'public', now: NOW, ...password }, io),
});
const lab = (password: { passwordEnv?: string; passwordFile?: string }): Invocation => ({
  command: 'cert lab',
  json: false,
  call: (io) => certLabCommand({ serviceName: 'lab.contoso.com', out: join(dir, 'lab-out'), now: NOW, ...password }, io),
});

/** Every run: no form of any sentinel on stdout or stderr, no stack trace. */
async function run(invocation: Invocation): Promise<Outcome> {
  const result = await runInProcess(invocation);
  for (const secret of [SENTINEL, NAME_LIKE_SENTINEL, PATH_LIKE_SENTINEL]) {
    expectNoLeak(secret, 'stdout', Buffer.from(result.stdout));
    expectNoLeak(secret, 'stderr', Buffer.from(result.stderr));
  }
  expect(result.stderr).not.toMatch(/\bat \S+:\d+/);
  return result;
}

describe('a secret typed where a variable name belongs is not repeated', () => {
  it('--server-cert-password-env <not a variable name>: SECRET_ENV_NAME_INVALID', async () => {
    const result = await run(plan(withPfx, { serverCertPasswordEnv: SENTINEL }));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${USAGE_HEADER}\n  SECRET_ENV_NAME_INVALID ${SECRET_LABEL}: the value given as the environment variable is not a variable name (letters, digits and underscores, not starting with a digit), so it is not repeated here: it may be the secret itself. Give the name of the variable that holds the secret.\n`,
    );
  });

  it('--server-cert-password-env <a lowercase name that is not set>: SECRET_ENV_MISSING without the name', async () => {
    const result = await run(plan(withPfx, { serverCertPasswordEnv: NAME_LIKE_SENTINEL }));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${USAGE_HEADER}\n  SECRET_ENV_MISSING ${SECRET_LABEL}: the environment variable given is not set. Its name is not repeated: it is not in the usual upper-case form (e.g. PFX_PASSWORD) and may be the secret itself.\n`,
    );
  });

  it('--server-cert-password-env PFX_PASSWORD, not set: a conventional name is named', async () => {
    const result = await run(plan(withPfx, { serverCertPasswordEnv: 'PFX_PASSWORD' }));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${USAGE_HEADER}\n  SECRET_ENV_MISSING ${SECRET_LABEL}: the environment variable PFX_PASSWORD is not set.\n`);
  });

  it('serverCertPassword: env:<lowercase name, not set> in the answers file', async () => {
    const result = await run(plan(envSource));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('SECRET_ENV_MISSING serverCertPassword');
  });

  it('cert inspect --password-env <not a variable name>', async () => {
    const result = await run(inspect({ passwordEnv: SENTINEL }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`  SECRET_ENV_NAME_INVALID ${PASSWORD_LABEL}: `);
  });

  it('cert lab --password-env <a lowercase name that is not set>', async () => {
    const result = await run(lab({ passwordEnv: NAME_LIKE_SENTINEL }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`  SECRET_ENV_MISSING ${PASSWORD_LABEL}: the environment variable given is not set`);
  });
});

describe('a secret typed where a file path belongs is not repeated', () => {
  const noFile = (label: string) =>
    `${USAGE_HEADER}\n  SECRET_FILE_MISSING ${label}: no file exists at the path given for the secret (the path is not repeated here: it may be the secret itself). Give the path of a file that holds the secret on its first line.\n`;

  it('--server-cert-password-file <secret with a space>: SECRET_FILE_MISSING without the path', async () => {
    const result = await run(plan(withPfx, { serverCertPasswordFile: PATH_LIKE_SENTINEL }));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(noFile(SECRET_LABEL));
  });

  it('--server-cert-password-file <the sentinel>', async () => {
    const result = await run(plan(withPfx, { serverCertPasswordFile: SENTINEL }));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(noFile(SECRET_LABEL));
  });

  it('serverCertPassword: file:<secret> in the answers file', async () => {
    const result = await run(plan(fileSource));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(noFile(SECRET_LABEL));
  });

  it('cert inspect --password-file <secret>', async () => {
    const result = await run(inspect({ passwordFile: PATH_LIKE_SENTINEL }));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(noFile(PASSWORD_LABEL));
  });

  it('cert lab --password-file <secret>', async () => {
    const result = await run(lab({ passwordFile: SENTINEL }));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(noFile(PASSWORD_LABEL));
  });

  it('a path that exists (a folder) is clearly a path: it is named', async () => {
    const folder = join(dir, 'a-folder');
    const result = await run(plan(withPfx, { serverCertPasswordFile: folder }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`  SECRET_FILE_NOT_A_FILE ${SECRET_LABEL}: the secret file ${folder} is not a regular file`);
  });
});
