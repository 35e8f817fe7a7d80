/**
 * Issue 11: 07-roles/Enable-CmgTraffic.ps1 with the CMG-enabled management points made "Internet
 * only" (configure-authentication.md: "Configure the CMG-enabled management points as Internet
 * only. Then your on-premises clients don't try to use them."; documented-facts.md F-MP-5), in
 * PowerShell against the stand-in: -ClientConnectionType Internet in the same Set-CMManagementPoint
 * call as -EnableCloudGateway (1902 resets the type when the gateway option changes, F-MP-11), never
 * -EnableSsl with Enhanced HTTP; a second run reads only; and a site with no other management point
 * for its intranet clients stops before any change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../../src/steps/07-roles.ts';
import type { Answers } from '../../../src/wizard/answers.ts';
import { NOW } from '../../support/answers.ts';
import { describePowerShell, type StandInSeed } from '../../support/powershell.ts';
import { vmssPublic } from '../../emit/scenarios.ts';
import { siteSeed, workspace, type Workspace } from '../fixtures.ts';
import { Batch, change, changes, format, texts } from './matrix.ts';

const ANSWERS: Answers = { ...vmssPublic, managementPointsInternetOnly: true };
const PATH = '07-roles/Enable-CmgTraffic.ps1';
/** The management point that keeps serving the intranet: not in the script's list. */
const INTRANET_MP = 'mp03.contoso.com';

/** The site as step 5 leaves it (Enhanced HTTP on, and a Set-CMManagementPoint that accepts CMG traffic on an HTTP MP). */
function seed(withIntranetMp: boolean): StandInSeed {
  const base = siteSeed(ANSWERS);
  for (const site of base.sites ?? []) Object.assign(site, { settings: { UseSmsGeneratedCert: true }, cloudGatewayWithEnhancedHttp: 'accepted' });
  if (withIntranetMp) base.siteSystems = [...(base.siteSystems ?? []), { server: INTRANET_MP, siteCode: ANSWERS.siteCode, roles: { ManagementPoint: {} } }];
  return base;
}

describePowerShell(`${PATH} with Internet-only management points, in PowerShell`, () => {
  let space: Workspace;
  const batch = new Batch();
  const text = texts('en').roles;

  beforeAll(async () => {
    space = workspace();
    const artifact = roles.plan({ answers: ANSWERS, now: NOW, lang: 'en' }).artifacts.find((candidate) => candidate.path === PATH);
    const script = space.write(PATH, String(artifact?.content));
    const base = { script, siteVersion: ANSWERS.siteVersion };
    batch.baseline('seed-alone', seed(false), ANSWERS.siteVersion);
    batch.add({ ...base, id: 'first', seed: seed(true) });
    batch.add({ ...base, id: 'second', seedFrom: 'first' });
    batch.add({ ...base, id: 'alone', seed: seed(false) });
    await batch.run();
  }, 120_000);

  afterAll(() => space?.remove());

  const target = (server: string) => ({ SiteCode: ANSWERS.siteCode, SiteSystemServerName: server });

  it('first run: each MP gets -EnableCloudGateway and -ClientConnectionType Internet in one call, no -EnableSsl; then the SUP', () => {
    const run = batch.get('first');
    expect([run.exitCode, run.error]).toEqual([0, null]);
    expect(changes(run)).toEqual([
      ...ANSWERS.managementPoints.map((server) => change('Set-CMManagementPoint', 'SetByName', { ClientConnectionType: 'Internet', EnableCloudGateway: true, ...target(server) })),
      ...ANSWERS.softwareUpdatePoints.map((server) => change('Set-CMSoftwareUpdatePoint', 'ByName', { EnableCloudGateway: true, ...target(server) })),
    ]);
    expect(run.output).toEqual([
      ...ANSWERS.managementPoints.map((server) => format(text.managementPointInternetOnlyDone, server)),
      ...ANSWERS.softwareUpdatePoints.map((server) => format(text.softwareUpdatePoint.done, server)),
    ]);
  });

  it('second run: reads the MPs back as Internet only and accepting CMG traffic; changes nothing', () => {
    const run = batch.get('second');
    expect([run.exitCode, run.error]).toEqual([0, null]);
    expect(changes(run)).toEqual([]);
    expect(run.output).toEqual([
      ...ANSWERS.managementPoints.map((server) => format(text.managementPointInternetOnlyAlready, server)),
      ...ANSWERS.softwareUpdatePoints.map((server) => format(text.softwareUpdatePoint.alreadyConfigured, server)),
    ]);
    expect(run.stateAfter).toEqual(batch.get('first').stateAfter);
  });

  it('a site whose only management points are the listed ones: stops before any change, on-premises clients would lose every MP', () => {
    const run = batch.get('alone');
    expect(run.exitCode).toBe(1);
    expect(run.error).toMatchObject({ message: format(text.noIntranetManagementPoint, ANSWERS.siteCode), category: 'OperationStopped' });
    expect(changes(run)).toEqual([]);
    expect(run.stateAfter).toEqual(batch.get('seed-alone').stateAfter);
  });
});
