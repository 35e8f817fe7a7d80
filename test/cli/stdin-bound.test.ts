import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badFiles, hierarchy, HIERARCHY_KEYS, makeLeaf, NOW, opensslPfx, prepareKeys } from '../support/certificates.ts';
import { assertBuilt, freshDir, removeDir, runCli, type CliResult } from '../support/run-cli.ts';
import { VALID_ANSWERS, writeAnswers } from './fixtures.ts';

// --<name>-stdin with a standard input that is an open pipe nobody ever closes (a CI runner's
// stdin; issue 9, point 2): the run ends with exit 2 after a bounded wait instead of forever.
// CMG_SETUP_STDIN_TIMEOUT_MS is the test-only hook that shortens the 10-second bound; the kill
// timeout turns a hang into a failure.

const NOW_FLAG = ['--now', NOW.toISOString()];
const USAGE_HEADER = 'cmg-setup: the command line or answers file cannot be used as given:';
const BOUND = { CMG_SETUP_STDIN_TIMEOUT_MS: '300' };
const KILL_AFTER_MS = 8_000;

let dir: string;

beforeAll(async () => {
  assertBuilt();
  await prepareKeys(HIERARCHY_KEYS);
  const pki = hierarchy(NOW);
  dir = freshDir('cmg-stdin-bound-');
  writeFileSync(join(dir, 'server.pfx'), opensslPfx({ certificate: makeLeaf({ now: NOW, commonName: 'contosocmg.contoso.com' }), chain: [pki.intermediate, pki.root] }));
  writeFileSync(join(dir, 'root.cer'), badFiles.derCer(pki.root));
  writeAnswers(dir, { ...VALID_ANSWERS, serverCertPath: 'server.pfx' }, 'with-pfx.yaml');
  writeAnswers(dir, { ...VALID_ANSWERS, serverCertPath: 'server.pfx', serverCertPassword: 'stdin' }, 'password-from-stdin.yaml');
}, 60_000);

afterAll(() => {
  if (dir) removeDir(dir);
});

async function withOpenStdin(args: readonly string[]): Promise<CliResult> {
  const result = await runCli(args, { cwd: dir, stdinOpen: true, env: BOUND, timeoutMs: KILL_AFTER_MS });
  expect(result.timedOut, `hung: ${args.join(' ')}`).toBe(false);
  return result;
}

const timedOut = (key: string, label: string, flag: string) =>
  `${USAGE_HEADER}\n  SECRET_STDIN_TIMEOUT ${key} (${label}): standard input was not closed within 0.3 s, so ${flag} cannot tell that the secret is complete. Pipe the secret in (… | cmg-setup … ${flag}), or use ${flag.replace(/-stdin$/, '-file')} <path> or ${flag.replace(/-stdin$/, '-env')} <VAR>.\n`;

describe('an open, silent standard input ends the run with exit 2', () => {
  it('plan --server-cert-password-stdin', async () => {
    const result = await withOpenStdin(['plan', '--answers', 'with-pfx.yaml', '--server-cert-password-stdin', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(timedOut('serverCertPassword', '--server-cert-password-env / CMG_SERVER_CERT_PASSWORD', '--server-cert-password-stdin'));
  });

  it('serverCertPassword: stdin in the answers file', async () => {
    const result = await withOpenStdin(['plan', '--answers', 'password-from-stdin.yaml', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(timedOut('serverCertPassword', '--server-cert-password-env / CMG_SERVER_CERT_PASSWORD', '--server-cert-password-stdin'));
  });

  it('--example --lab-password-stdin', async () => {
    const result = await withOpenStdin(['plan', '--example', '--lab-password-stdin', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('  SECRET_STDIN_TIMEOUT labPassword ');
    expect(result.stderr).toContain('so --lab-password-stdin cannot tell that the secret is complete. Pipe the secret in (… | cmg-setup … --lab-password-stdin), or use --lab-password-file <path> or --lab-password-env <VAR>.\n');
  });

  it('cert inspect --password-stdin', async () => {
    const result = await withOpenStdin(['cert', 'inspect', 'server.pfx', '--password-stdin', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(timedOut('password', '--password-stdin / --password-file / --password-env', '--password-stdin'));
  });

  it('cert lab --password-stdin: nothing written', async () => {
    const result = await withOpenStdin(['cert', 'lab', '--service-name', 'lab.contoso.com', '--password-stdin', '--out', 'lab-out', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(timedOut('password', '--password-stdin / --password-file / --password-env', '--password-stdin'));
  });
});

describe('a piped secret that does end is read as before', () => {
  it('cert inspect root.cer --password-stdin with a closed pipe: exit 0', async () => {
    const result = await runCli(['cert', 'inspect', 'root.cer', '--password-stdin', ...NOW_FLAG], { cwd: dir, input: 'unused\n', env: BOUND, timeoutMs: KILL_AFTER_MS });
    expect(result.code).toBe(0);
  });
});
