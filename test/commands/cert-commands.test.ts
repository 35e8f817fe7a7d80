/**
 * `cert request` and `cert lab` refusals, in process: names the wizard would refuse (exit 3) and
 * missing inputs (exit 2), nothing written. Moved from test/cli/cert-request and cert-lab, which
 * keep the runs that write real keys (checked with OpenSSL) and an open stdin pipe.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { certLabCommand, type CertLabOptions } from '../../src/cli/commands/cert-lab.ts';
import { certRequestCommand, type CertRequestOptions } from '../../src/cli/commands/cert-request.ts';
import type { FakeFacts } from './fake-io.ts';
import { runInProcess, type Outcome } from './harness.ts';

const USAGE_HEADER = 'cmg-setup: the command line or answers file cannot be used as given:';
const PASSWORD_MISSING = '  LAB_PASSWORD_MISSING: give the PFX password with --password-stdin, --password-file <path> or --password-env <VAR> (no prompt is possible here).';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'cmg-cert-commands-'));
});
afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

function request(options: Partial<CertRequestOptions>): Promise<Outcome> {
  const plain: CertRequestOptions = { out: join(cwd, 'req'), keySize: '2048', model: 'vmss', cloud: 'public', now: '2026-03-01T00:00:00Z', ...options };
  return runInProcess({ command: 'cert request', json: plain.json === true, call: (io) => certRequestCommand(plain, io) });
}

function lab(options: Partial<CertLabOptions>, facts: FakeFacts = {}): Promise<Outcome> {
  const plain: CertLabOptions = { out: join(cwd, 'lab'), ...options };
  return runInProcess({ command: 'cert lab', json: plain.json === true, call: (io) => certLabCommand(plain, io) }, facts);
}

describe('cmg-setup cert request', () => {
  it('a wildcard for --model classic: exit 3 (the 1610 CMG has no wildcards), nothing written', async () => {
    const result = await request({ serviceName: '*.cloudapp.net', model: 'classic' });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toMatch(/^SERVICE_NAME_WILDCARD \(serviceName\): /);
    expect(result.stderr).toContain('1 error(s)');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('an invalid service name: exit 3 with SERVICE_NAME_INVALID, nothing written', async () => {
    const result = await request({ serviceName: 'bad_name!.contoso.com' });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(
      'SERVICE_NAME_INVALID (serviceName): "bad_name!.contoso.com" is not a usable CMG service name: the label "bad_name!" is not 1-63 letters, digits or hyphens (no hyphen at either end). Give the FQDN that is the server certificate\'s CN.',
    );
    expect(readdirSync(cwd)).toEqual([]);
  });

  // The wizard refuses an upper-case first label (it becomes the deployment prefix, which names
  // the storage account and Key Vault); a request made for one would be a certificate run refuses.
  it.each([
    ['ContosoCMG.contoso.com', 'vmss', 'DEPLOYMENT_PREFIX_UPPERCASE: Deployment prefix "ContosoCMG" has uppercase letters; storage account and Key Vault names must be lowercase. Use a certificate CN whose first label is "contosocmg".'],
    ['contoso-cmg.contoso.com', 'vmss', 'DEPLOYMENT_PREFIX_CHARACTERS: Deployment prefix "contoso-cmg" may contain only lowercase letters and digits (no hyphen): it also names the storage account.'],
    ['cm.contoso.com', 'vmss', 'DEPLOYMENT_PREFIX_LENGTH: Deployment prefix "cm" has 2 characters; it must have 3-24 (it also names the storage account and Key Vault).'],
    ['1cmg.contoso.com', 'vmss', 'DEPLOYMENT_PREFIX_START: Deployment prefix "1cmg" starts with a digit; Key Vault names must start with a letter.'],
    ['ContosoCMG.cloudapp.net', 'classic', 'DEPLOYMENT_PREFIX_UPPERCASE: Deployment prefix "ContosoCMG" has uppercase letters; storage account and Key Vault names must be lowercase. Use a certificate CN whose first label is "contosocmg".'],
  ] as const)('%s (--model %s): refused as run refuses it, exit 3, nothing written', async (name, model, line) => {
    const result = await request({ serviceName: name, model });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(line.replace(/^(\w+): /, '$1 (serviceName): '));
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('--json: the refusal is one JSON document on stdout with the finding', async () => {
    const result = await request({ serviceName: 'ContosoCMG.contoso.com', json: true });
    expect(result.code).toBe(3);
    expect(JSON.parse(result.stdout)).toEqual({
      schemaVersion: 1,
      command: 'cert request',
      summary: { ok: false, errors: 1, warnings: 0, infos: 0 },
      findings: [{ severity: 'error', code: 'DEPLOYMENT_PREFIX_UPPERCASE', input: 'serviceName', message: 'Deployment prefix "ContosoCMG" has uppercase letters; storage account and Key Vault names must be lowercase. Use a certificate CN whose first label is "contosocmg".' }],
    });
  });

  it('no --service-name: exit 2, nothing written', async () => {
    const result = await request({});
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${USAGE_HEADER}\n  REQUEST_SERVICE_NAME_MISSING: give the service name the certificate is for: --service-name <fqdn>.\n`);
    expect(readdirSync(cwd)).toEqual([]);
    expect(existsSync(join(cwd, 'req'))).toBe(false);
  });
});

describe('cmg-setup cert lab', () => {
  it('a wildcard service name is a validation error (exit 3) that names the name to use, and nothing is written', async () => {
    const result = await lab({ serviceName: '*.contoso.com', passwordEnv: 'LABPW' }, { env: { LABPW: 'Lab pw' } });
    expect(result.code).toBe(3);
    expect(result.stderr.split('\n')[0]).toBe('SERVICE_NAME_WILDCARD (serviceName): "*.contoso.com" is a wildcard. For a wildcard certificate give the name chosen under it, e.g. contosocmg.contoso.com.');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('no password source, CI=true, stdin closed: exit 2 at once, nothing written', async () => {
    const result = await lab({ serviceName: 'lab.contoso.com' }, { ci: true, env: { CI: 'true' } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.asked).toEqual([]);
    expect(result.stderr).toBe(`${USAGE_HEADER}\n${PASSWORD_MISSING}\n`);
    expect(readdirSync(cwd)).toEqual([]);
  });
});
