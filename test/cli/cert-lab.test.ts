import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { filesOf, readManifest, snapshotTree } from '../output/tree.ts';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';

const PASSWORD = `Lab pw'’"$x${randomBytes(6).toString('hex')}`;
// The default lab: the classic model's management certificate only with --model classic (certs/lab.ts).
const FILES = ['LAB-ONLY-root-ca.cer', 'LAB-ONLY-server.pfx', 'LAB-ONLY-client.pfx', 'LAB-ONLY-README.txt'];
const KEYS = ['LAB-ONLY-client.pfx', 'LAB-ONLY-server.pfx'];
const USAGE_HEADER = 'cmg-setup: the command line or answers file cannot be used as given:';
const PASSWORD_MISSING = '  LAB_PASSWORD_MISSING: give the PFX password with --password-stdin, --password-file <path> or --password-env <VAR> (no prompt is possible here).';

let cwd: string;
beforeAll(assertBuilt);
beforeEach(() => {
  cwd = freshDir();
});
afterEach(() => {
  removeDir(cwd);
});

function openssl(args: string[], input?: string): string {
  return execFileSync('openssl', args, { cwd, env: { ...process.env, LABPW: PASSWORD }, encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
}

// A wildcard name (exit 3) and no password source with a closed stdin (exit 2) are checked in
// process: test/commands/cert-commands.test.ts.
describe('cmg-setup cert lab', () => {
  it('--password-env: exit 0, the lab PKI written with exact modes, the server PFX opens and matches the name', async () => {
    const result = await runCli(['cert', 'lab', '--service-name', 'lab.contoso.com', '--out', 'lab', '--password-env', 'LABPW'], { cwd, env: { LABPW: PASSWORD } });
    expect(result.code).toBe(0);
    const lab = join(cwd, 'lab');
    // Then where the private keys are, and who can read them (issue 16).
    const keyPaths = FILES.filter((name) => KEYS.includes(name)).map((name) => join(lab, name));
    expect(result.stdout).toBe(
      `Wrote the lab PKI (LAB ONLY) to ${lab}: ${FILES.join(', ')}.\nPrivate key files, readable by your account alone (mode 0600; on Windows an access list that grants your account only): ${keyPaths.join(', ')}\n`,
    );
    expect(result.stdout + result.stderr).not.toContain(PASSWORD);
    expect(readdirSync(cwd)).toEqual(['lab']);

    // Key files at the top of --out: the folder itself is the keys' folder.
    expect((statSync(lab).mode & 0o777).toString(8)).toBe('700');
    const tree = snapshotTree(lab);
    expect(filesOf(tree)).toEqual([...FILES, 'manifest.json'].sort());
    for (const path of filesOf(tree)) expect(tree.get(path)?.mode.toString(8), path).toBe(KEYS.includes(path) ? '600' : '644');
    expect(readManifest(lab).files.filter((file) => file.privateKey === true).map((file) => file.path)).toEqual(KEYS);

    openssl(['pkcs12', '-in', join(lab, 'LAB-ONLY-server.pfx'), '-passin', 'env:LABPW', '-noout']);
    const certificate = openssl(['pkcs12', '-in', join(lab, 'LAB-ONLY-server.pfx'), '-passin', 'env:LABPW', '-nokeys', '-clcerts']);
    expect(openssl(['x509', '-noout', '-checkhost', 'lab.contoso.com'], certificate)).toBe('Hostname lab.contoso.com does match certificate\n');
    expect(openssl(['x509', '-noout', '-checkhost', 'other.contoso.com'], certificate)).toBe('Hostname other.contoso.com does NOT match certificate\n');
    expect(() => openssl(['pkcs12', '-in', join(lab, 'LAB-ONLY-server.pfx'), '-passin', 'pass:wrong', '-noout'])).toThrow();
  });

  it('--model classic: the Azure management .pfx too, self-signed, its key kept to the user', async () => {
    const result = await runCli(['cert', 'lab', '--service-name', 'lab.contoso.com', '--out', 'lab', '--model', 'classic', '--password-env', 'LABPW', '--json'], { cwd, env: { LABPW: PASSWORD } });
    expect(result.code).toBe(0);
    const lab = join(cwd, 'lab');
    expect(JSON.parse(result.stdout)).toEqual({ schemaVersion: 1, path: lab, serviceName: 'lab.contoso.com', files: ['LAB-ONLY-root-ca.cer', 'LAB-ONLY-server.pfx', 'LAB-ONLY-client.pfx', 'LAB-ONLY-management.pfx', 'LAB-ONLY-README.txt'] });
    expect(readManifest(lab).files.filter((file) => file.privateKey === true).map((file) => file.path)).toEqual(['LAB-ONLY-client.pfx', 'LAB-ONLY-management.pfx', 'LAB-ONLY-server.pfx']);
    const certificate = openssl(['pkcs12', '-in', join(lab, 'LAB-ONLY-management.pfx'), '-passin', 'env:LABPW', '-nokeys', '-clcerts']);
    expect(openssl(['x509', '-noout', '-subject', '-issuer'], certificate)).toBe('subject=CN = cmg-setup LAB ONLY Azure management, O = LAB ONLY - not for production\nissuer=CN = cmg-setup LAB ONLY Azure management, O = LAB ONLY - not for production\n');
  });

  // The kill timeout is the "at once" check, as in missing-inputs.test.ts: a child still waiting
  // (for a password prompt or on stdin) is killed, and says so in timedOut.
  it('no password source, no CI, stdin an open pipe: exit 2 at once (no hang), no prompt', async () => {
    const result = await runCli(['cert', 'lab', '--service-name', 'lab.contoso.com', '--out', 'lab'], { cwd, ci: false, stdinOpen: true, timeoutMs: 20_000 });
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${USAGE_HEADER}\n${PASSWORD_MISSING}\n`);
    expect(readdirSync(cwd)).toEqual([]);
  });
});
