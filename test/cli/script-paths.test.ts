import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';
import { VALID_ANSWERS, writeAnswers } from './fixtures.ts';

// Issue 10: the scripts enter the site drive before they read a certificate, and run on another
// machine from another folder, so they never name a file relative to where cmg-setup ran.

const NOW = ['--now', '2026-03-01T00:00:00Z'];

let cwd: string;
beforeAll(assertBuilt);
beforeEach(() => {
  cwd = freshDir();
  writeFileSync(join(cwd, 'pw.txt'), 'Lab-Passw0rd\n');
});
afterEach(() => {
  removeDir(cwd);
});

const gatewayScript = (out: string) => readFileSync(join(cwd, out, '04-gateway', 'New-CmgGateway.ps1'), 'utf8');

describe('certificate paths in the gateway script', () => {
  it('a file inside the output (the lab PKI of --example): relative to the script, which resolves it against $PSScriptRoot', async () => {
    const result = await runCli(['--example', '--yes', '--out', 'first', '--lab-password-file', 'pw.txt', ...NOW], { cwd });
    expect(result.code).toBe(0);
    const script = gatewayScript('first');
    expect(script).toContain("[string] $ServiceCertPath = '..\\00-lab-pki\\LAB-ONLY-server.pfx',");
    expect(script).toContain("[string[]] $ClientRootCertPaths = @('..\\00-lab-pki\\LAB-ONLY-root-ca.cer'),");
    expect(script).toContain('    $ServiceCertPath = [System.IO.Path]::GetFullPath((Join-Path -Path $PSScriptRoot -ChildPath $ServiceCertPath))\r\n');
    // answers.yaml names the files inside its own folder relative to it: the folder can move, and stays the same wherever it was written.
    const saved = readFileSync(join(cwd, 'first', 'answers.yaml'), 'utf8');
    expect(saved).toContain('\nserverCertPath: 00-lab-pki/LAB-ONLY-server.pfx\n');
    expect(saved).toContain('\nclientRootCerts:\n  - 00-lab-pki/LAB-ONLY-root-ca.cer\n');
  });

  it('a relative path of the answers outside the output: the absolute path cmg-setup read', async () => {
    expect((await runCli(['--example', '--yes', '--out', 'first', '--lab-password-file', 'pw.txt', ...NOW], { cwd })).code).toBe(0);
    const file = writeAnswers(cwd, { ...VALID_ANSWERS, serverCertPath: 'first/00-lab-pki/LAB-ONLY-server.pfx', clientRootCerts: ['./first/00-lab-pki/LAB-ONLY-root-ca.cer'] });
    const result = await runCli(['--answers', file, '--server-cert-password-file', 'pw.txt', '--yes', '--out', 'second', ...NOW], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const script = gatewayScript('second');
    expect(script).toContain(`[string] $ServiceCertPath = '${join(cwd, 'first', '00-lab-pki', 'LAB-ONLY-server.pfx')}',`);
    expect(script).toContain(`[string[]] $ClientRootCertPaths = @('${join(cwd, 'first', '00-lab-pki', 'LAB-ONLY-root-ca.cer')}'),`);
    // answers.yaml holds a path outside its own folder absolute (issue 14): it runs again from its own folder, or any other.
    const saved = readFileSync(join(cwd, 'second', 'answers.yaml'), 'utf8');
    expect(saved).toContain(`serverCertPath: ${join(cwd, 'first', '00-lab-pki', 'LAB-ONLY-server.pfx')}`);
    expect(saved).toContain(`serverCertPassword: file:${join(cwd, 'pw.txt')}`);
  });
});
