import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hierarchy, HIERARCHY_KEYS, makeLeaf, NOW, opensslPfx, PASSWORD, prepareKeys } from '../support/certificates.ts';
import { assertBuilt, freshDir, removeDir, runCli, type CliResult, type RunOptions } from '../support/run-cli.ts';
import { VALID_ANSWERS, writeAnswers } from './fixtures.ts';

// Inputs that are not regular files (issue 9, point 1): a FIFO without a writer, a device, a
// folder, given as the answers file, a secret file or a certificate. Each is refused before it is
// read, with its exit code, and never hangs: before src/files/read-regular-file.ts a synchronous
// readFileSync on a FIFO blocked the main thread (no signal handler could run), and an async
// open() of one blocked a libuv thread, which process.exit then waited for. Every run has a kill
// timeout, so a hang fails the test instead of the suite.

const NOW_FLAG = ['--now', NOW.toISOString()];
const USAGE_HEADER = 'cmg-setup: the command line or answers file cannot be used as given:';
const CANCELLED = 'Cancelled: nothing was written, and temporary files were removed.';
/** Generous for a child that starts, refuses and exits; far below a hang. */
const KILL_AFTER_MS = 8_000;

let dir: string;

beforeAll(async () => {
  assertBuilt();
  await prepareKeys(HIERARCHY_KEYS);
  const pki = hierarchy(NOW);
  dir = freshDir('cmg-not-regular-');
  writeFileSync(join(dir, 'server.pfx'), opensslPfx({ certificate: makeLeaf({ now: NOW, commonName: 'contosocmg.contoso.com' }), chain: [pki.intermediate, pki.root] }));
  writeFileSync(join(dir, 'password.txt'), `${PASSWORD}\n`);
  // Named pipes nobody ever writes to: opening one for reading blocks until a writer comes.
  execFileSync('mkfifo', [join(dir, 'fifo'), join(dir, 'fifo.pfx'), join(dir, 'fifo.yaml')]);
  mkdirSync(join(dir, 'a-folder'));
  writeAnswers(dir, { ...VALID_ANSWERS, serverCertPath: 'server.pfx' }, 'with-pfx.yaml');
  writeAnswers(dir, { ...VALID_ANSWERS, serverCertPath: 'server.pfx', serverCertPassword: 'file:fifo' }, 'password-from-fifo.yaml');
}, 60_000);

afterAll(() => {
  if (dir) removeDir(dir);
});

async function cli(args: readonly string[], options: Omit<RunOptions, 'cwd'> = {}): Promise<CliResult> {
  const result = await runCli(args, { cwd: dir, timeoutMs: KILL_AFTER_MS, ...options });
  expect(result.timedOut, `hung: ${args.join(' ')}`).toBe(false);
  expect(result.stderr).not.toMatch(/\bat \S+:\d+/);
  return result;
}

describe('the answers file: exit 2', () => {
  it('a FIFO with no writer: ANSWERS_NOT_A_FILE', async () => {
    const result = await cli(['plan', '--answers', 'fifo.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${USAGE_HEADER}\n  ANSWERS_NOT_A_FILE: answers file fifo.yaml is not a regular file (a folder, a pipe or a device): give the path of the file itself.\n`);
  });

  it('/dev/zero: ANSWERS_NOT_A_FILE', async () => {
    const result = await cli(['plan', '--answers', '/dev/zero']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('  ANSWERS_NOT_A_FILE: answers file /dev/zero is not a regular file');
  });
});

describe('a secret file: exit 2, naming the flag\'s input and the path (it exists: it is a path, not a secret)', () => {
  const notAFile = (path: string) => `${USAGE_HEADER}\n  SECRET_FILE_NOT_A_FILE serverCertPassword (--server-cert-password-env / CMG_SERVER_CERT_PASSWORD): the secret file ${path} is not a regular file (a folder, a pipe or a device): give a file that holds the secret on its first line.\n`;

  it('--server-cert-password-file <FIFO with no writer>', async () => {
    const result = await cli(['plan', '--answers', 'with-pfx.yaml', '--server-cert-password-file', 'fifo', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(notAFile('fifo'));
  });

  it('--server-cert-password-file /dev/zero (endless)', async () => {
    const result = await cli(['plan', '--answers', 'with-pfx.yaml', '--server-cert-password-file', '/dev/zero', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(notAFile('/dev/zero'));
  });

  it('--server-cert-password-file <a folder>', async () => {
    const result = await cli(['plan', '--answers', 'with-pfx.yaml', '--server-cert-password-file', 'a-folder', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(notAFile('a-folder'));
  });

  it('serverCertPassword: file:<FIFO> in the answers file', async () => {
    const result = await cli(['plan', '--answers', 'password-from-fifo.yaml', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(notAFile('fifo'));
  });

  it('cert inspect --password-file <FIFO>', async () => {
    const result = await cli(['cert', 'inspect', 'server.pfx', '--password-file', 'fifo', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${USAGE_HEADER}\n  SECRET_FILE_NOT_A_FILE password (--password-stdin / --password-file / --password-env): the secret file fifo is not a regular file (a folder, a pipe or a device): give a file that holds the secret on its first line.\n`);
  });

  it('cert lab --password-file /dev/zero', async () => {
    const result = await cli(['cert', 'lab', '--service-name', 'lab.contoso.com', '--password-file', '/dev/zero', '--out', 'lab-out', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('  SECRET_FILE_NOT_A_FILE password (--password-stdin / --password-file / --password-env): the secret file /dev/zero is not a regular file');
    expect(existsSync(join(dir, 'lab-out'))).toBe(false);
  });
});

describe('a certificate path: a finding, exit 3', () => {
  it('cert inspect <FIFO with no writer>: CERT_FILE_UNREADABLE', async () => {
    const result = await cli(['cert', 'inspect', 'fifo.pfx', '--password-file', 'password.txt', ...NOW_FLAG]);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('✖ CERT_FILE_UNREADABLE fifo.pfx cannot be read (not a file).');
  });

  it('cert inspect /dev/zero: CERT_FILE_UNREADABLE', async () => {
    const result = await cli(['cert', 'inspect', '/dev/zero', '--password-file', 'password.txt', ...NOW_FLAG]);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('✖ CERT_FILE_UNREADABLE /dev/zero cannot be read (not a file).');
  });

  it('the wizard, --server-cert-path <FIFO>: FILE_NOT_A_FILE on serverCertPath', async () => {
    const result = await cli(['plan', '--answers', 'with-pfx.yaml', '--server-cert-path', 'fifo.pfx', '--server-cert-password-file', 'password.txt', ...NOW_FLAG]);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('✖ FILE_NOT_A_FILE (serverCertPath) fifo.pfx is not a regular file (a folder, a pipe or a device): give the path of the file itself.');
  });
});

describe('a symbolic link to a regular file is that file (admins link to the current certificate)', () => {
  it('the wizard reads a .pfx through a link: exit 0, the certificate summary', async () => {
    symlinkSync('server.pfx', join(dir, 'current.pfx'));
    const result = await cli(['plan', '--answers', 'with-pfx.yaml', '--server-cert-path', 'current.pfx', '--server-cert-password-file', 'password.txt', ...NOW_FLAG]);
    expect(result.stdout).not.toContain('FILE_NOT_A_FILE');
    expect(result.stdout).toContain('CERT_SERVER_SUMMARY (serverCertPath)');
    expect(result.code).toBe(0);
  });

  it('a link that leads into the earlier output --force would replace is refused like the file itself (OUTPUT_INSIDE_INPUT); the file survives', async () => {
    // The earlier output is cmg-setup's own (--example, whose lab .pfx its manifest lists), so only
    // the input rule stands between --force and the certificate the link leads to.
    const out = join(dir, 'previous-output');
    const example = await cli(['--example', '--yes', '--out', out, '--lab-password-file', 'password.txt', ...NOW_FLAG]);
    expect(example.code).toBe(0);
    const kept = join(out, '00-lab-pki', 'LAB-ONLY-server.pfx');
    const before = readFileSync(kept);
    symlinkSync(kept, join(dir, 'into-output.pfx'));
    const result = await cli(['run', '--answers', 'with-pfx.yaml', '--server-cert-path', 'into-output.pfx', '--server-cert-password-file', 'password.txt', '--out', out, '--force', '--yes', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`cmg-setup: OUTPUT_INSIDE_INPUT: --out ${out} would be replaced, but an input file lives inside it (${kept}). Choose another --out.\n`);
    expect(readFileSync(kept)).toEqual(before);
  });

  it('a link into a folder that is not an earlier output: --force refuses the folder itself (OUTPUT_FOREIGN); the file survives', async () => {
    const out = join(dir, 'not-an-output');
    mkdirSync(out);
    writeFileSync(join(out, 'kept.pfx'), readFileSync(join(dir, 'server.pfx')));
    symlinkSync(join(out, 'kept.pfx'), join(dir, 'into-folder.pfx'));
    const result = await cli(['run', '--answers', 'with-pfx.yaml', '--server-cert-path', 'into-folder.pfx', '--server-cert-password-file', 'password.txt', '--out', out, '--force', '--yes', ...NOW_FLAG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cmg-setup: OUTPUT_FOREIGN: .* holds 1 item\(s\) that are not part of one: kept\.pfx\./);
    expect(existsSync(join(out, 'kept.pfx'))).toBe(true);
  });
});

describe('Ctrl+C and SIGTERM end a run that is waiting, with 130 and the cancellation line', () => {
  // NODE_DEBUG=net prints "_read" when the child starts reading its standard input: the cue that
  // it is waiting there, with its handlers installed.
  const waiting = { NODE_DEBUG: 'net', CMG_SETUP_STDIN_TIMEOUT_MS: '60000' };

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} while cert inspect --password-stdin waits on an open pipe`, async () => {
      const result = await cli(['cert', 'inspect', 'server.pfx', '--password-stdin', ...NOW_FLAG], { stdinOpen: true, env: waiting, signal: { name: signal, when: /_read/ } });
      expect(result.code).toBe(130);
      expect(result.stdout).toBe('');
      expect(result.stderr.endsWith(`\n${CANCELLED}\n`)).toBe(true);
    });
  }

  it('SIGTERM while the wizard waits on --server-cert-password-stdin', async () => {
    const result = await cli(['plan', '--answers', 'with-pfx.yaml', '--server-cert-password-stdin', ...NOW_FLAG], { stdinOpen: true, env: waiting, signal: { name: 'SIGTERM', when: /_read/ } });
    expect(result.code).toBe(130);
    expect(result.stderr.endsWith(`\n${CANCELLED}\n`)).toBe(true);
  });
});
