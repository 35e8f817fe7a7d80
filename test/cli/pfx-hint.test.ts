/**
 * src/cli/pfx-hint.ts: which command lines start the PFX worker before the program loads
 * (issue 15). A "yes" costs a worker on the second core, a "no" costs the wait for one later;
 * the answers file is read only if it is a regular file (a FIFO would block, or be consumed).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namesAPfx } from '../../src/cli/pfx-hint.ts';

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
});

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
    ['--example after --, an operand', ['plan', '--', '--example']],
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
