/**
 * Issue 11: 07-roles/Enable-CmgTraffic.ps1 with the CMG-enabled management points made "Internet
 * only" (configure-authentication.md: "Configure the CMG-enabled management points as Internet
 * only. Then your on-premises clients don't try to use them."; documented-facts.md F-MP-5), in
 * PowerShell against the stand-in: -ClientConnectionType Internet in the same Set-CMManagementPoint
 * call as -EnableCloudGateway (1902 resets the type when the gateway option changes, F-MP-11), never
 * -EnableSsl with Enhanced HTTP; a second run reads only; and a site with no other management point
 * for its intranet clients stops before any change. -WhatIf (Enhanced HTTP and HTTPS) names what
 * on-premises clients lose (review S2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../../src/steps/roles/index.ts';
import type { Answers } from '../../../src/model/answers.ts';
import { NOW } from '../../support/answers.ts';
import { describePowerShell, type StandInSeed } from '../../support/powershell.ts';
import { vmssPublic } from '../../emit/scenarios.ts';
import { siteSeed, workspace, type Workspace } from '../fixtures.ts';
import { Batch, change, changes, format, read, texts, whatIf } from './matrix.ts';
import { planAtPlace } from '../../../src/steps/index.ts';

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

/** HTTPS chosen: the first MP is HTTPS already, the others are not. */
const HTTPS_ANSWERS: Answers = { ...ANSWERS, managementPointSecurity: 'https' };
function httpsSeed(): StandInSeed {
  const base = seed(true);
  for (const system of base.siteSystems ?? []) {
    if (system.server === HTTPS_ANSWERS.managementPoints[0]) system.roles = { ...system.roles, ManagementPoint: { EnableSsl: true } };
    else if (HTTPS_ANSWERS.managementPoints.includes(system.server)) system.roles = { ...system.roles, ManagementPoint: {} };
  }
  return base;
}

describePowerShell(`${PATH} with Internet-only management points, in PowerShell`, () => {
  let space: Workspace;
  const batch = new Batch();
  const text = texts('en').roles;

  beforeAll(async () => {
    space = workspace();
    const artifact = planAtPlace(roles, { answers: ANSWERS, now: NOW, lang: 'en' }).artifacts.find((candidate) => candidate.path === PATH);
    const script = space.write(PATH, String(artifact?.content));
    const base = { script, siteVersion: ANSWERS.siteVersion };
    batch.baseline('seed-alone', seed(false), ANSWERS.siteVersion);
    batch.add({ ...base, id: 'first', seed: seed(true) });
    batch.add({ ...base, id: 'second', seedFrom: 'first' });
    batch.add({ ...base, id: 'alone', seed: seed(false) });
    batch.add({ ...base, id: 'what-if', whatIf: true, seed: seed(true) });
    const httpsArtifact = planAtPlace(roles, { answers: HTTPS_ANSWERS, now: NOW, lang: 'en' }).artifacts.find((candidate) => candidate.path === PATH);
    const httpsScript = space.write(`https/${PATH}`, String(httpsArtifact?.content));
    batch.add({ script: httpsScript, siteVersion: ANSWERS.siteVersion, id: 'https-what-if', whatIf: true, seed: httpsSeed() });
    await batch.run();
  }, 120_000);

  afterAll(() => space?.remove());

  const target = (server: string) => ({ SiteCode: ANSWERS.siteCode, SiteSystemServerName: server });

  it('-WhatIf, Enhanced HTTP: each MP is announced as made internet-only, on-premises clients losing it; nothing changed', () => {
    const run = batch.get('what-if');
    expect([run.exitCode, run.error]).toEqual([0, null]);
    expect(run.output).toEqual([
      ...ANSWERS.managementPoints.map((server) => whatIf(text.managementPointInternetOnlyAction, server)),
      ...ANSWERS.softwareUpdatePoints.map((server) => whatIf(text.softwareUpdatePoint.action, server)),
    ]);
    expect(changes(run).every((call) => call.performed === false)).toBe(true);
  });

  it('-WhatIf, HTTPS: an MP that is HTTPS already gets the internet-only text, one that is not the HTTPS switch and internet-only text', () => {
    const run = batch.get('https-what-if');
    expect([run.exitCode, run.error]).toEqual([0, null]);
    expect(run.output).toEqual([
      ...HTTPS_ANSWERS.managementPoints.map((server, index) => whatIf(index === 0 ? text.managementPointInternetOnlyAction : text.managementPointHttpsInternetOnlyAction, server)),
      ...HTTPS_ANSWERS.softwareUpdatePoints.map((server) => whatIf(text.softwareUpdatePoint.action, server)),
    ]);
  });

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
    // Review S1: each MP is read again right after its Set-CMManagementPoint (Enhanced HTTP).
    const mpCalls = run.calls.filter((call) => call.command.endsWith('-CMManagementPoint'));
    expect(mpCalls.slice(-2 * ANSWERS.managementPoints.length)).toEqual(
      ANSWERS.managementPoints.flatMap((server) => [
        change('Set-CMManagementPoint', 'SetByName', { ClientConnectionType: 'Internet', EnableCloudGateway: true, ...target(server) }),
        read('Get-CMManagementPoint', 'SearchByName', target(server)),
      ]),
    );
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
