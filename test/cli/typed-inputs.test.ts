import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';
import { VALID_ANSWERS, writeAnswers } from './fixtures.ts';

// Issue 17, first part: inputs as they are typed on Windows, through the built CLI to the files it
// writes. The unit cases, every way in, are test/wizard/typed-inputs.test.ts.

const NOW = ['--now', '2026-03-01T00:00:00Z'];
const GUID = '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6';
const TENANT = 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d';

let cwd: string;

beforeAll(() => assertBuilt());
beforeEach(() => {
  cwd = freshDir('cmg-typed-');
});
afterEach(() => removeDir(cwd));

interface Plan {
  inputs: Record<string, { value?: unknown; source: string }>;
  findings: Array<{ code: string; input?: string; message: string }>;
}

describe('values as Windows gives them, written as the tool spells them', () => {
  it('--region "West Europe", GUIDs in braces, a console build number and a server list with semicolons reach answers.yaml as westeurope, bare GUIDs, 2403 and a list', async () => {
    const { region: _region, subscriptionId: _subscription, tenantId: _tenant, siteVersion: _version, managementPoints: _points, ...rest } = VALID_ANSWERS;
    const answers = writeAnswers(cwd, rest);
    const result = await runCli(
      [
        '--answers', answers,
        '--region', 'West Europe',
        '--subscription-id', `{${GUID.toUpperCase()}}`,
        '--tenant-id', `{${TENANT}}`,
        '--site-version', '5.00.9128.1000',
        '--management-points', 'mp01.contoso.com; mp02.contoso.com mp03.contoso.com',
        '--offline', '--yes', '--out', 'out', ...NOW,
      ],
      { cwd },
    );
    expect(result.stderr).not.toContain('error');
    expect(result.code).toBe(0);
    const written = parse(readFileSync(join(cwd, 'out', 'answers.yaml'), 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({
      region: 'westeurope',
      subscriptionId: GUID,
      tenantId: TENANT,
      siteVersion: '2403',
      managementPoints: ['mp01.contoso.com', 'mp02.contoso.com', 'mp03.contoso.com'],
    });
    const plan = JSON.parse(readFileSync(join(cwd, 'out', 'plan.json'), 'utf8')) as Plan;
    expect(plan.inputs.region).toEqual({ value: 'westeurope', source: 'flag' });
    expect(plan.inputs.subscriptionId).toEqual({ value: GUID, source: 'flag' });
  });

  it('a path in Explorer\'s "Copy as path" quotes is the path (the file check names it without them)', async () => {
    const answers = writeAnswers(cwd, VALID_ANSWERS);
    const result = await runCli(['plan', '--answers', answers, '--server-cert-path', '"C:\\Certs\\cmg.pfx"', '--offline', '--json', ...NOW], { cwd, env: { CMG_SERVER_CERT_PASSWORD: 'unused' } });
    expect(result.code).toBe(3);
    const plan = JSON.parse(result.stdout) as Plan;
    expect(plan.inputs.serverCertPath).toEqual({ value: 'C:\\Certs\\cmg.pfx', source: 'flag' });
    expect(plan.findings.filter((finding) => finding.input === 'serverCertPath').map((finding) => [finding.code, finding.message])).toEqual([
      ['FILE_NOT_FOUND', 'File not found: C:\\Certs\\cmg.pfx. Check the path (relative paths start from the current folder).'],
    ]);
  });

  it('a path that is only quotes is a usage error (exit 2) naming the flag', async () => {
    const answers = writeAnswers(cwd, VALID_ANSWERS);
    const result = await runCli(['plan', '--answers', answers, '--server-cert-path', '""', '--offline', ...NOW], { cwd, env: { CMG_SERVER_CERT_PASSWORD: 'unused' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--server-cert-path');
    expect(result.stderr).toContain('expected a file path, got only quotes (""): give the path, with or without the quotes around it.');
  });
});
