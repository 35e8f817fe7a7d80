/**
 * Issue 11, "Hierarchies": the per-primary-site scripts of steps 5, 6 and 7 (vmssHierarchy: the
 * CAS `CAS` with the primary sites P01 and P02) in PowerShell against the stand-in. The stand-in's
 * seed holds the three sites, each behind its own SMS Provider (the CAS with SMS_Site Type 4, the
 * central administration site in the SMS_Site class page's table), and each primary's site
 * systems; the CMG is seeded as step 4 at the CAS leaves it (the stand-in keeps gateways
 * hierarchy-wide, as Get-CMCloudManagementGateway from a primary's provider sees them).
 *
 * Each primary's scripts run with their own defaults (-SiteCode/-SmsProvider of that primary), in
 * the runbook's order, each run starting from the state the previous one left: 05-site/P01,
 * 06-connection-point/P01, 07-roles/P01, then the same for P02. The CAS is never touched, and
 * Enhanced HTTP is set on each primary, never on the CAS (F-HIER-3).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteTargets } from '../../../src/domain/hierarchy.ts';
import type { Answers } from '../../../src/model/answers.ts';
import { describePowerShell, type StandInSeed } from '../../support/powershell.ts';
import { vmssHierarchy } from '../../emit/scenarios.ts';
import { siteSeed, workspace, type Workspace } from '../fixtures.ts';
import { Batch, change, changes, gatewayOf, parseErrors, siteDriveCall, writeScripts } from './matrix.ts';

const SCRIPTS = ['05-site', '06-connection-point', '07-roles'] as const;
const FILES: Record<(typeof SCRIPTS)[number], string> = { '05-site': 'Set-CmgSiteSettings.ps1', '06-connection-point': 'Add-CmgConnectionPoint.ps1', '07-roles': 'Enable-CmgTraffic.ps1' };
const TARGETS = siteTargets(vmssHierarchy);
const path = (step: (typeof SCRIPTS)[number], site: string) => `${step}/${site}/${FILES[step]}`;

/**
 * The hierarchy before steps 5-7: the CAS and both primaries behind their providers, each
 * primary's servers with their roles, the CMG of step 4. Each primary's Set-CMManagementPoint
 * accepts -EnableCloudGateway on an HTTP MP once Enhanced HTTP is on (the stand-in's model of the
 * undocumented case, F-MP-11, as roles.test.ts seeds it).
 */
function hierarchySeed(answers: Answers): StandInSeed {
  const seeds = TARGETS.map((target) => siteSeed(target.answers));
  return {
    sites: [
      { SiteCode: answers.siteCode, SiteName: 'Central administration site', smsProvider: answers.smsProvider, Type: 4 },
      ...seeds.flatMap((seed) => (seed.sites ?? []).map((site) => ({ ...site, cloudGatewayWithEnhancedHttp: 'accepted' as const }))),
    ],
    siteSystems: seeds.flatMap((seed) => seed.siteSystems ?? []),
    gateways: [gatewayOf(answers)],
  };
}

/** The runs in the runbook's order: each primary's steps 5, 6, 7, each from the state the previous left. */
const ORDER = TARGETS.flatMap((target) => SCRIPTS.map((step) => ({ step, site: target.site as string, answers: target.answers })));
const runId = (entry: (typeof ORDER)[number]) => `${entry.site}:${entry.step}`;

describePowerShell('the per-primary-site scripts of a hierarchy in PowerShell', () => {
  let space: Workspace;
  const scripts = new Map<string, string>();
  const batch = new Batch();

  beforeAll(async () => {
    space = workspace();
    for (const entry of ORDER) {
      const written = writeScripts(space, path(entry.step, entry.site), [{ id: 'hierarchy', answers: vmssHierarchy, lang: 'en', siteVersion: vmssHierarchy.siteVersion }]);
      scripts.set(runId(entry), written.get('hierarchy') as string);
    }
    batch.parse('parse', [...scripts.values()]);
    batch.baseline('seed', hierarchySeed(vmssHierarchy), vmssHierarchy.siteVersion);
    ORDER.forEach((entry, index) => {
      const previous = ORDER[index - 1];
      const base = { id: runId(entry), script: scripts.get(runId(entry)) as string, siteVersion: vmssHierarchy.siteVersion };
      batch.add(previous ? { ...base, seedFrom: runId(previous) } : { ...base, seed: hierarchySeed(vmssHierarchy) });
    });
    // Once everything ran, each script again: nothing left to change. Step 6 then meets its own
    // connection point, which it cannot tell from another CMG's (F-CP-2): the admin says Keep.
    for (const entry of ORDER) {
      batch.add({
        id: `${runId(entry)}:again`,
        script: scripts.get(runId(entry)) as string,
        siteVersion: vmssHierarchy.siteVersion,
        seedFrom: runId(ORDER.at(-1) as (typeof ORDER)[number]),
        ...(entry.step === '06-connection-point' ? { parameters: { ExistingConnectionPoint: 'Keep' } } : {}),
      });
    }
    await batch.run();
  }, 180_000);

  afterAll(() => space?.remove());

  it('writes each primary site its own scripts, which PowerShell parses without an error', () => {
    expect([...scripts.keys()]).toEqual(['P01:05-site', 'P01:06-connection-point', 'P01:07-roles', 'P02:05-site', 'P02:06-connection-point', 'P02:07-roles']);
    expect(parseErrors(batch.get('parse'))).toEqual(Object.fromEntries([...scripts.values()].map((file) => [file, []])));
  });

  describe.each(ORDER)('$site $step', (entry) => {
    const run = () => batch.get(runId(entry));
    const { answers } = entry;

    it("opens the site drive of its own primary site, by its defaults, and succeeds", () => {
      expect([run().exitCode, run().error]).toEqual([0, null]);
      expect(run().calls[0]).toEqual(siteDriveCall(answers));
    });

    it('changes only its own primary site', () => {
      const sites = new Set(changes(run()).map((call) => call.parameters.SiteCode));
      expect([...sites]).toEqual([entry.site]);
    });
  });

  it('step 5: Set-CMSite on each primary with Enhanced HTTP, never on the CAS (F-HIER-3)', () => {
    for (const target of TARGETS) {
      expect(changes(batch.get(`${target.site}:05-site`))).toEqual([
        change('Set-CMSite', 'SetBySiteCodeMandatory', { ClientCheckCertificateRevocationListForSiteSystem: false, SiteCode: target.site, UsePkiClientCertificate: true, UseSmsGeneratedCert: true }),
      ]);
    }
    const sites = batch.get('P02:07-roles').stateAfter?.sites as Array<{ SiteCode: string; settings: Record<string, unknown> }>;
    expect(sites.map((site) => [site.SiteCode, site.settings.UseSmsGeneratedCert ?? null])).toEqual([
      ['CAS', null],
      ['P01', true],
      ['P02', true],
    ]);
  });

  it("step 6: each primary's connection point, linked to the CMG created at the CAS", () => {
    for (const target of TARGETS) {
      expect(changes(batch.get(`${target.site}:06-connection-point`)).filter((call) => call.command === 'Add-CMCloudManagementGatewayConnectionPoint')).toEqual([
        change('Add-CMCloudManagementGatewayConnectionPoint', 'ByName', { CloudManagementGatewayName: vmssHierarchy.serviceName, SiteCode: target.site, SiteSystemServerName: target.answers.connectionPointServer }),
      ]);
    }
  });

  it("step 7: each primary's management and software update points, by its site code", () => {
    expect(changes(batch.get('P01:07-roles'))).toEqual([
      change('Set-CMManagementPoint', 'SetByName', { EnableCloudGateway: true, SiteCode: 'P01', SiteSystemServerName: 'mp01.contoso.com' }),
      change('Set-CMManagementPoint', 'SetByName', { EnableCloudGateway: true, SiteCode: 'P01', SiteSystemServerName: 'mp02.contoso.com' }),
      change('Set-CMSoftwareUpdatePoint', 'ByName', { EnableCloudGateway: true, SiteCode: 'P01', SiteSystemServerName: 'sup01.contoso.com' }),
    ]);
    expect(changes(batch.get('P02:07-roles'))).toEqual([change('Set-CMManagementPoint', 'SetByName', { EnableCloudGateway: true, SiteCode: 'P02', SiteSystemServerName: 'mp03.contoso.com' })]);
  });

  it('run again once all ran: every script finds its site as it wants it, and changes nothing', () => {
    for (const entry of ORDER) {
      const again = batch.get(`${runId(entry)}:again`);
      expect([runId(entry), again.exitCode, again.error]).toEqual([runId(entry), 0, null]);
      // Step 5 sets the same values again (Set-CMSite is idempotent, the settings are not readable first: steps/site/index.ts).
      expect(changes(again).filter((call) => call.command !== 'Set-CMSite'), runId(entry)).toEqual([]);
    }
  });
});
