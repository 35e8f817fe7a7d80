import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';
import { VALID_ANSWERS, writeAnswers } from './fixtures.ts';

/**
 * Issue 11, "Hierarchies", end to end: the answers say the top-level site is a CAS (siteCode,
 * smsProvider) with its primary sites (primarySites, from the answers file or --primary-sites as
 * JSON); the plan writes steps 5-7 per primary site, and refuses a bad record with a finding that
 * names it.
 */
interface PlanJson {
  summary: { ok: boolean; errors: number };
  findings: Array<{ severity: string; code: string; step: string; input?: string; message: string }>;
  inputs: Record<string, { value?: unknown; source: string }>;
  steps: Array<{ id: string; artifacts: Array<{ path: string }> }>;
}

const PRIMARY_SITES = [
  { siteCode: 'P01', smsProvider: 'cm01.contoso.com', connectionPointServer: 'cmgcp01.contoso.com', managementPoints: ['mp01.contoso.com'], softwareUpdatePoints: ['sup01.contoso.com'] },
  { siteCode: 'P02', smsProvider: 'cm02.contoso.com', connectionPointServer: 'cmgcp02.contoso.com', managementPoints: ['mp02.contoso.com'], softwareUpdatePoints: ['sup02.contoso.com'] },
];

/** VALID_ANSWERS as a CAS: its own site code and provider, no flat connection point or roles. */
const FLAT_ROLES = ['connectionPointServer', 'managementPoints', 'softwareUpdatePoints'];
const CAS_ANSWERS: Record<string, unknown> = Object.fromEntries(
  Object.entries({ ...VALID_ANSWERS, siteCode: 'CAS', smsProvider: 'cas.contoso.com' }).filter(([key]) => !FLAT_ROLES.includes(key)),
);

let cwd: string;
beforeAll(assertBuilt);
beforeEach(() => {
  cwd = freshDir();
});
afterEach(() => {
  removeDir(cwd);
});

describe('a hierarchy in the answers', () => {
  it('from the answers file: exit 0, steps 5-7 per primary site, the plan says what is done where', async () => {
    const file = writeAnswers(cwd, { ...CAS_ANSWERS, primarySites: PRIMARY_SITES });
    const result = await runCli(['plan', '--answers', file, '--json', '--now', '2026-03-01T00:00:00Z'], { cwd });
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout) as PlanJson;
    const paths = (id: string) => plan.steps.find((step) => step.id === id)?.artifacts.map((artifact) => artifact.path);
    expect(paths('site')).toEqual(['05-site/P01/Set-CmgSiteSettings.ps1', '05-site/P02/Set-CmgSiteSettings.ps1']);
    expect(paths('connection-point')).toEqual(['06-connection-point/P01/Add-CmgConnectionPoint.ps1', '06-connection-point/P02/Add-CmgConnectionPoint.ps1']);
    expect(paths('roles')).toEqual(['07-roles/P01/Enable-CmgTraffic.ps1', '07-roles/P02/Enable-CmgTraffic.ps1']);
    expect(plan.inputs.primarySites).toEqual({ value: PRIMARY_SITES, source: 'answers' });
    expect(plan.inputs.managementPoints).toBeUndefined();
    expect(plan.findings.filter((finding) => finding.code === 'HIERARCHY_SITES').map((finding) => [finding.step, finding.input])).toEqual([['site', 'primarySites']]);
  });

  it('--primary-sites as JSON, a site code given twice: exit 3, the finding names the record', async () => {
    const file = writeAnswers(cwd, CAS_ANSWERS);
    const twice = [PRIMARY_SITES[0], { ...PRIMARY_SITES[1], siteCode: 'P01' }];
    const result = await runCli(['plan', '--answers', file, '--primary-sites', JSON.stringify(twice), '--json'], { cwd });
    expect(result.code).toBe(3);
    const plan = JSON.parse(result.stdout) as PlanJson;
    expect(plan.findings.filter((finding) => finding.severity === 'error')).toEqual([
      { severity: 'error', code: 'PRIMARY_SITE_CODE_REPEATED', step: 'site', input: 'primarySites', message: 'Primary site 2: the site code P01 is given twice. Give each primary site once.' },
    ]);
  });

  it('no primary sites and no management points: the standalone primary still needs them (exit 2)', async () => {
    const file = writeAnswers(cwd, CAS_ANSWERS);
    const result = await runCli(['plan', '--answers', file, '--json'], { cwd });
    expect(result.code).toBe(2);
  });
});
