import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { filesOf, readManifest, snapshotTree } from '../output/tree.ts';
import { assertBuilt, freshDir, removeDir, runCli, type CliResult } from '../support/run-cli.ts';

// `cmg-setup cert request` end to end: key + CSR + certreq INF + request script for the CMG
// server certificate (DESIGN.md step 1). Every file is read back by OpenSSL, not by forge.

const NOW_FLAG = ['--now', '2026-03-01T00:00:00Z'];
const SCRIPT = 'Request-CmgServerCertificate.ps1';

let cwd: string;
beforeAll(assertBuilt);
beforeEach(() => {
  cwd = freshDir('cmg-request-');
});
afterEach(() => {
  removeDir(cwd);
});

function request(args: readonly string[]): Promise<CliResult> {
  return runCli(['cert', 'request', ...args, ...NOW_FLAG], { cwd, timeoutMs: 30_000 });
}

/** openssl with an argument array; stdout, or the failure with its stderr. */
function openssl(...args: string[]): string {
  const result = spawnSync('openssl', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`openssl ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return `${result.stdout}${result.stderr}`;
}

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

/** The files of one request for `base` (the service name, `*.` written as `wildcard.`). */
const filesFor = (base: string) => [`${base}.csr`, `${base}.inf`, `${base}.key`, SCRIPT, 'manifest.json'].sort();

/** The CSR verifies, and the key is sound and is the CSR's own. Returns the CSR as text. */
function checkPair(folder: string, base: string): string {
  const csr = join(folder, `${base}.csr`);
  const key = join(folder, `${base}.key`);
  const text = openssl('req', '-in', csr, '-noout', '-verify', '-text');
  expect(text).toMatch(/verify OK/);
  expect(openssl('pkey', '-in', key, '-noout', '-check')).toMatch(/Key is valid/);
  expect(openssl('pkey', '-in', key, '-pubout')).toBe(openssl('req', '-in', csr, '-noout', '-pubkey'));
  return text;
}

// The refusals (names the wizard refuses: exit 3; no --service-name: exit 2) are checked in
// process: test/commands/cert-commands.test.ts.
describe('cmg-setup cert request', () => {
  it('--service-name and --out: exit 0, key 0600, CSR, INF, script and manifest; OpenSSL verifies the CSR and the key', async () => {
    const result = await request(['--service-name', 'contosocmg.contoso.com', '--out', 'req']);
    expect(result.code).toBe(0);
    const out = join(cwd, 'req');
    expect(result.stdout.split('\n')[0]).toBe(`Wrote ${out}: contosocmg.contoso.com.key, contosocmg.contoso.com.csr, contosocmg.contoso.com.inf, ${SCRIPT}.`);
    // Where the key is, and who can read it (issue 16).
    expect(result.stdout.split('\n')[1]).toBe(`Private key files, readable by your account alone (mode 0600; on Windows an access list that grants your account only): ${join(out, 'contosocmg.contoso.com.key')}`);
    expect(readdirSync(cwd)).toEqual(['req']);

    const tree = snapshotTree(out);
    expect(filesOf(tree)).toEqual(filesFor('contosocmg.contoso.com'));
    expect(mode(out)).toBe('700');
    expect(mode(join(out, 'contosocmg.contoso.com.key'))).toBe('600');
    const manifest = readManifest(out);
    expect(manifest.files.map((file) => file.path).sort()).toEqual(filesFor('contosocmg.contoso.com').filter((name) => name !== 'manifest.json'));
    expect(manifest.files.filter((file) => file.privateKey === true).map((file) => file.path)).toEqual(['contosocmg.contoso.com.key']);
    for (const file of manifest.files) expect(tree.get(file.path)?.sha256, file.path).toBe(file.sha256);

    const csr = checkPair(out, 'contosocmg.contoso.com');
    expect(csr).toMatch(/Subject: CN ?= ?contosocmg\.contoso\.com\n/);
    expect(csr).toMatch(/Public-Key: \(2048 bit\)/);
    expect(csr).toMatch(/X509v3 Subject Alternative Name: ?\n\s+DNS:contosocmg\.contoso\.com\n/);
    expect(csr).toMatch(/X509v3 Extended Key Usage: ?\n\s+TLS Web Server Authentication\n/);
    expect(csr).toMatch(/X509v3 Key Usage: critical\n\s+Digital Signature, Key Encipherment\n/);

    const inf = readFileSync(join(out, 'contosocmg.contoso.com.inf'), 'utf8');
    expect(inf).toContain('Subject = "CN=contosocmg.contoso.com"');
    expect(inf).toContain('KeyLength = 2048');
    expect(inf).toContain('ProviderName = "Microsoft Software Key Storage Provider"');
    expect(inf).toContain('OID=1.3.6.1.5.5.7.3.1');
    expect(inf).toContain('_continue_ = "dns=contosocmg.contoso.com&"');
    expect(inf).not.toContain('CertificateTemplate');
    const script = readFileSync(join(out, SCRIPT));
    expect(script.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(script.toString('utf8')).toContain('contosocmg.contoso.com');

    // An existing --out without --force: exit 2, and not a byte changes (the key above all).
    const again = await request(['--service-name', 'contosocmg.contoso.com', '--out', 'req']);
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toBe(`cmg-setup: OUTPUT_EXISTS: ${out} already holds an earlier output. Add --force to replace it, or choose another --out.\n`);
    expect(snapshotTree(out)).toEqual(tree);
    expect(readdirSync(cwd)).toEqual(['req']);
  });

  it('--json --key-size 4096 --model classic --template: one JSON document, a 4096-bit key, the SChannel CSP and the template in the INF', async () => {
    const result = await request(['--service-name', 'contosocmg.cloudapp.net', '--model', 'classic', '--key-size', '4096', '--template', 'CMG Web Server', '--out', 'req', '--json']);
    expect(result.code).toBe(0);
    const out = join(cwd, 'req');
    expect(result.stdout.endsWith('}\n')).toBe(true);
    expect(JSON.parse(result.stdout)).toEqual({
      schemaVersion: 1,
      path: out,
      serviceName: 'contosocmg.cloudapp.net',
      keySize: 4096,
      model: 'classic',
      files: ['contosocmg.cloudapp.net.key', 'contosocmg.cloudapp.net.csr', 'contosocmg.cloudapp.net.inf', SCRIPT],
    });
    expect(filesOf(snapshotTree(out))).toEqual(filesFor('contosocmg.cloudapp.net'));
    expect(mode(join(out, 'contosocmg.cloudapp.net.key'))).toBe('600');

    const csr = checkPair(out, 'contosocmg.cloudapp.net');
    expect(csr).toMatch(/Public-Key: \(4096 bit\)/);
    expect(openssl('pkey', '-in', join(out, 'contosocmg.cloudapp.net.key'), '-noout', '-text')).toMatch(/Private-Key: \(4096 bit/);

    const inf = readFileSync(join(out, 'contosocmg.cloudapp.net.inf'), 'utf8');
    expect(inf).toContain('KeyLength = 4096');
    expect(inf).toContain('ProviderName = "Microsoft RSA SChannel Cryptographic Provider"');
    expect(inf).toContain('ProviderType = 12');
    expect(inf).toContain('KeySpec = 1');
    expect(inf).toContain('[RequestAttributes]');
    expect(inf).toContain('CertificateTemplate = "CMG Web Server"');
    expect(readFileSync(join(out, SCRIPT), 'utf8')).toContain("'CMG Web Server'");
  });

  // Regression (formerly a bug): src/cli/commands/cert-request.ts ignores writeOutput's `replacedKeyFiles`, so --force
  // replaces the private key without a word; the wizard (src/cli/wizard/report.ts) prints ui.keyReplaced for
  // each (test/cli/example-run.test.ts) and DESIGN.md says "a key file is never silently
  // replaced". Input: `cert request --service-name contosocmg.contoso.com --out req` twice, the
  // second with --force. Expected: exit 0, a new key, and stderr "Replaced a private key file of
  // the earlier output (--force): <out>/contosocmg.contoso.com.key"; actual: stderr is empty.
  // (src/cli/commands/cert-lab.ts has the same gap.)
  it('--force over an earlier request replaces the key and says so on stderr', async () => {
    const first = await request(['--service-name', 'contosocmg.contoso.com', '--out', 'req']);
    expect(first.code).toBe(0);
    const key = join(cwd, 'req', 'contosocmg.contoso.com.key');
    const before = readFileSync(key);
    const forced = await request(['--service-name', 'contosocmg.contoso.com', '--out', 'req', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(key).equals(before)).toBe(false);
    expect(mode(key)).toBe('600');
    expect(forced.stderr).toContain(`Replaced a private key file of the earlier output (--force): ${key}\n`);
  });

  it('--lang fr: the French request script (same file name), and the French summary', async () => {
    const result = await request(['--service-name', 'contosocmg.contoso.com', '--out', 'req', '--lang', 'fr']);
    expect(result.code).toBe(0);
    const out = join(cwd, 'req');
    expect(filesOf(snapshotTree(out))).toEqual(filesFor('contosocmg.contoso.com'));
    const bytes = readFileSync(join(out, SCRIPT));
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const script = bytes.toString('utf8');
    expect(script).toContain('\r\nÉtape 1 : demande le certificat d\'authentification serveur de la CMG et l\'exporte dans un fichier .pfx.\r\n');
    expect(script).toContain("Read-Host -Prompt 'Mot de passe du nouveau fichier .pfx' -AsSecureString");
    expect(script).toContain("elseif ($PSCmdlet.ShouldProcess($RequestPath, 'Soumettre la demande à l''autorité de certification (certreq -submit)')) {");
    expect(script).not.toContain('Password for the new .pfx file');
    expect(script).not.toContain('Generated by cmg-setup');
    expect(result.stdout.split('\n')[0]).not.toMatch(/^Wrote /);

    // The same request in English differs only in what the script says.
    const english = await request(['--service-name', 'contosocmg.contoso.com', '--out', 'req-en', '--lang', 'en']);
    expect(english.code).toBe(0);
    const englishScript = readFileSync(join(cwd, 'req-en', SCRIPT), 'utf8');
    expect(englishScript).toContain("Read-Host -Prompt 'Password for the new .pfx file' -AsSecureString");
    expect(englishScript.split('\r\n')).toHaveLength(script.split('\r\n').length);
  });

  it('a wildcard (*.contoso.com) is fine for vmss: wildcard.contoso.com.* files, the CSR for *.contoso.com', async () => {
    const result = await request(['--service-name', '*.contoso.com', '--out', 'req']);
    expect(result.code).toBe(0);
    const out = join(cwd, 'req');
    expect(filesOf(snapshotTree(out))).toEqual(filesFor('wildcard.contoso.com'));
    const csr = checkPair(out, 'wildcard.contoso.com');
    expect(csr).toMatch(/Subject: CN ?= ?\*\.contoso\.com\n/);
    expect(csr).toMatch(/DNS:\*\.contoso\.com\n/);
    expect(readFileSync(join(out, 'wildcard.contoso.com.inf'), 'utf8')).toContain('Subject = "CN=*.contoso.com"');
  });

  it('a classic name whose prefix starts with a digit: the warning is said and the request is made', async () => {
    const result = await request(['--service-name', '1cmg.cloudapp.net', '--model', 'classic', '--out', 'req']);
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')[0]).toBe('DEPLOYMENT_PREFIX_START (serviceName): Deployment prefix "1cmg" starts with a digit; Key Vault names must start with a letter.');
    expect(filesOf(snapshotTree(join(cwd, 'req')))).toEqual(filesFor('1cmg.cloudapp.net'));
  });
});
