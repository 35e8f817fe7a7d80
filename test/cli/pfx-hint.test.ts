/**
 * src/cli/pfx-hint.ts: which command lines start the PFX worker before the program loads, and
 * which PFX file and password it is asked to decode then (issue 15). A "yes" costs a worker on
 * the second core, a "no" costs the wait for one later; a prefetch is taken only by a decode of
 * the same bytes and password (pfx-decoder.test.ts). Files (answers, PFX, password) are read
 * only if they are regular files (a FIFO would block, or be consumed).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pfxHint } from '../../src/cli/pfx-hint.ts';

const namesAPfx = (args: string[], env: NodeJS.ProcessEnv) => pfxHint(args, env).worker;

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cmg-pfx-hint-'));
  writeFileSync(at('pfx.yaml'), 'siteCode: P01\nserverCertPath: C:\\certs\\contosocmg.pfx\nserverCertPassword: env:PW\n');
  writeFileSync(at('classic.yaml'), 'model: classic\nmanagementCertPath: "/lab/LAB-ONLY-management.pfx"\n');
  writeFileSync(at('json.json'), '{\n  "serverCertPath": "server.pfx"\n}\n');
  writeFileSync(at('skipped.yaml'), 'serverCertPath: null\nmanagementCertPath: ~\nclientRootCerts: [root.cer]\n');
  writeFileSync(at('empty-value.yaml'), 'serverCertPath:\n');
  writeFileSync(at('none.yaml'), 'siteCode: P01\n# serverCertPath: later\n');
  execFileSync('mkfifo', [at('answers.fifo')]);
  // The hint reads bytes and passwords; what the bytes are is the decoder's business.
  writeFileSync(at('server.pfx'), SERVER_BYTES);
  writeFileSync(at('management.pfx'), MANAGEMENT_BYTES);
  writeFileSync(at('password.txt'), 'from-a-file\n');
  writeFileSync(at('relative.yaml'), 'serverCertPath: server.pfx\nserverCertPassword: env:PW\n');
  writeFileSync(at('file-password.yaml'), "serverCertPath: 'server.pfx' # the current one\nserverCertPassword: file:password.txt\n");
  writeFileSync(at('prompted.yaml'), 'serverCertPath: server.pfx\nserverCertPassword: prompt\n');
  writeFileSync(at('escaped.yaml'), 'serverCertPath: "server\\u002epfx"\nserverCertPassword: env:PW\n');
  writeFileSync(at('both.json'), `{\n  "model": "classic",\n  "serverCertPath": "server.pfx",\n  "serverCertPassword": "env:PW",\n  "managementCertPath": "${at('management.pfx')}",\n  "managementCertPassword": "env:MPW"\n}\n`);
  execFileSync('mkfifo', [at('server.fifo')]);
});

const SERVER_BYTES = Buffer.from([0x30, 0x03, 0x02, 0x01, 0x03]);
const MANAGEMENT_BYTES = Buffer.from([0x30, 0x04, 0x02, 0x01, 0x03, 0x00]);
const prefetched = (args: string[], env: NodeJS.ProcessEnv = {}) => pfxHint(args, env).prefetch.map(({ bytes, password }) => ({ bytes: Buffer.from(bytes).toString('hex'), password }));
const server = (password: string) => ({ bytes: SERVER_BYTES.toString('hex'), password });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('namesAPfx', () => {
  it.each([
    ['cert inspect of a .pfx', ['cert', 'inspect', 'server.pfx', '--password-env', 'PW']],
    ['cert inspect of a .P12, the option first', ['cert', 'inspect', '--password-file', 'pw.txt', 'C:\\certs\\Server.P12']],
    ['plan --example', ['plan', '--example', '--json']],
    ['run --example (no command: run)', ['--example', '--yes']],
    ['--server-cert-path', ['plan', '--server-cert-path', 'server.pfx']],
    ['--management-cert-path=', ['--management-cert-path=mgmt.pfx']],
  ])('%s: yes', (_name, args) => {
    expect(namesAPfx(args, {})).toBe(true);
  });

  it.each([
    ['--help', ['--help']],
    ['steps', ['steps']],
    ['cert inspect of a .cer', ['cert', 'inspect', 'root.cer']],
    ['cert lab (makes its files, opens none)', ['cert', 'lab', '--service-name', 'lab.contoso.com', '--out', 'x.pfx']],
    ['cert request', ['cert', 'request', '--service-name', 'cmg.contoso.com']],
    ['plan with no PFX anywhere', ['plan', '--site-code', 'P01']],
  ])('%s: no', (_name, args) => {
    expect(namesAPfx(args, {})).toBe(false);
  });

  it('the environment variable of a PFX input: yes; another one: no', () => {
    expect(namesAPfx(['plan'], { CMG_SERVER_CERT_PATH: 'server.pfx' })).toBe(true);
    expect(namesAPfx(['plan'], { CMG_MANAGEMENT_CERT_PATH: 'mgmt.pfx' })).toBe(true);
    expect(namesAPfx(['plan'], { CMG_SITE_CODE: 'P01', CMG_SERVER_CERT_PASSWORD: 'x.pfx' })).toBe(false);
    expect(namesAPfx(['cert', 'inspect', 'root.cer'], { CMG_SERVER_CERT_PATH: 'server.pfx' })).toBe(false);
  });

  it('an answers file with a PFX input that has a value (YAML, quoted, JSON): yes, as --answers f and --answers=f', () => {
    expect(namesAPfx(['plan', '--answers', at('pfx.yaml')], {})).toBe(true);
    expect(namesAPfx(['run', `--answers=${at('classic.yaml')}`], {})).toBe(true);
    expect(namesAPfx(['--answers', at('json.json'), '--yes'], {})).toBe(true);
  });

  it('an answers file whose PFX inputs are skipped, empty or commented out, or that names none: no', () => {
    for (const name of ['skipped.yaml', 'empty-value.yaml', 'none.yaml']) expect(namesAPfx(['plan', '--answers', at(name)], {}), name).toBe(false);
  });

  it('an answers file that is missing, a folder, stdin or a FIFO: no, at once, and the FIFO is not opened', () => {
    for (const path of [at('missing.yaml'), dir, '-', at('answers.fifo')]) expect(namesAPfx(['plan', '--answers', path], {}), path).toBe(false);
  });
});

describe('what is prefetched: the PFX the command line names, with its password, both readable now', () => {
  it('cert inspect: --password-env and --password-file (one line break off, as the wizard reads it)', () => {
    expect(prefetched(['cert', 'inspect', at('server.pfx'), '--password-env', 'PW'], { PW: 'S3cret' })).toEqual([server('S3cret')]);
    expect(prefetched(['cert', 'inspect', `--password-file=${at('password.txt')}`, at('server.pfx')])).toEqual([server('from-a-file')]);
  });

  it('cert inspect: no password source (asked at the terminal), stdin, an unset variable or a missing file: the worker only', () => {
    for (const [args, env] of [
      [['cert', 'inspect', at('server.pfx')], {}],
      [['cert', 'inspect', at('server.pfx'), '--password-stdin'], {}],
      [['cert', 'inspect', at('server.pfx'), '--password-env', 'PW'], {}],
      [['cert', 'inspect', at('missing.pfx'), '--password-env', 'PW'], { PW: 'x' }],
    ] as Array<[string[], NodeJS.ProcessEnv]>) {
      expect(pfxHint(args, env), args.join(' ')).toEqual({ worker: true, prefetch: [] });
    }
  });

  it('plan by flags: the path and --server-cert-password-env or -file; the default variable otherwise', () => {
    expect(prefetched(['plan', '--server-cert-path', at('server.pfx'), '--server-cert-password-env', 'PW'], { PW: 'by-flag' })).toEqual([server('by-flag')]);
    expect(prefetched(['plan', '--server-cert-path', at('server.pfx'), '--server-cert-password-file', at('password.txt')])).toEqual([server('from-a-file')]);
    expect(prefetched(['plan'], { CMG_SERVER_CERT_PATH: at('server.pfx'), CMG_SERVER_CERT_PASSWORD: 'by-variable' })).toEqual([server('by-variable')]);
  });

  it("an answers file's relative paths are read from its folder, the PFX's and a file: password's, wherever the run is", () => {
    expect(prefetched(['plan', '--answers', at('relative.yaml')], { PW: 'in-answers' })).toEqual([server('in-answers')]);
    expect(prefetched(['plan', '--answers', at('file-password.yaml')])).toEqual([server('from-a-file')]);
  });

  it("the password's source in the wizard's order: its flags, then its variable, then the answers file", () => {
    const answers = ['plan', '--answers', at('relative.yaml')];
    expect(prefetched([...answers, '--server-cert-password-env', 'OTHER'], { OTHER: 'flag', CMG_SERVER_CERT_PASSWORD: 'variable', PW: 'answers' })).toEqual([server('flag')]);
    expect(prefetched(answers, { CMG_SERVER_CERT_PASSWORD: 'variable', PW: 'answers' })).toEqual([server('variable')]);
  });

  it('classic, in JSON: the server and the management certificate, each with its own password', () => {
    expect(prefetched(['plan', '--answers', at('both.json')], { PW: 'server-password', MPW: 'management-password' })).toEqual([server('server-password'), { bytes: MANAGEMENT_BYTES.toString('hex'), password: 'management-password' }]);
  });

  it('a password asked at the prompt or on stdin, a quoted path with an escape, a FIFO: the worker starts, nothing is read', () => {
    expect(pfxHint(['plan', '--answers', at('prompted.yaml')], {})).toEqual({ worker: true, prefetch: [] });
    expect(pfxHint(['plan', '--answers', at('relative.yaml'), '--server-cert-password-stdin'], { PW: 'x' })).toEqual({ worker: true, prefetch: [] });
    expect(pfxHint(['plan', '--answers', at('escaped.yaml')], { PW: 'x' })).toEqual({ worker: true, prefetch: [] });
    expect(pfxHint(['plan', '--server-cert-path', at('server.fifo'), '--server-cert-password-env', 'PW'], { PW: 'x' })).toEqual({ worker: true, prefetch: [] });
  });

  it('--example and the commands that open no PFX: no prefetch', () => {
    expect(pfxHint(['plan', '--example'], { CMG_SERVER_CERT_PATH: at('server.pfx'), CMG_SERVER_CERT_PASSWORD: 'x' })).toEqual({ worker: true, prefetch: [] });
    expect(pfxHint(['cert', 'lab', '--out', at('server.pfx'), '--password-env', 'PW'], { PW: 'x' })).toEqual({ worker: false, prefetch: [] });
  });
});
