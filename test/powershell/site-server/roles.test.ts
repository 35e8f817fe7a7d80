/**
 * 07-roles/Enable-CmgTraffic.ps1 in PowerShell against the stand-in, in every variant of the
 * matrix (matrix.ts): parsed, -WhatIf, a first run (every MP, SUP and, classic, DP), a second run,
 * and a listed server that does not hold its role (a management point; the last role of the last
 * list, once the others were found); with Enhanced HTTP, a Set-CMManagementPoint that refuses CMG
 * traffic with an error, and one that returns without an error and changes nothing (review S1: the MP
 * is read again after the call).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/model/answers.ts';
import { describePowerShell, type StandInCall, type StandInSeed } from '../../support/powershell.ts';
import { siteSeed, workspace, type Workspace } from '../fixtures.ts';
import { Batch, change, changes, format, hasBom, parseErrors, read, siteDriveCall, siteDriveFailed, NO_SITE, texts, VARIANTS, whatIf, writeScripts, variantsOf } from './matrix.ts';

const SCRIPT = '07-roles/Enable-CmgTraffic.ps1';
const { run: RUN, same: SAME } = variantsOf(SCRIPT);

type Role = 'ManagementPoint' | 'SoftwareUpdatePoint' | 'DistributionPoint';

/** The roles the script walks, in its order: each with its servers, its Get- and Set- calls and its texts. */
function rolesOf(answers: Answers) {
  const text = texts('en').roles;
  // Issue 11: -EnableSsl only when the admin chose HTTPS; with Enhanced HTTP the MP stays HTTP.
  const mpSettings = answers.managementPointSecurity === 'https' ? { EnableCloudGateway: true, EnableSsl: true } : { EnableCloudGateway: true };
  return [
    { role: 'ManagementPoint' as Role, servers: answers.managementPoints, get: 'Get-CMManagementPoint', set: 'Set-CMManagementPoint', setSet: 'SetByName', settings: mpSettings, key: 'managementPoint' as const, text: text.managementPoint },
    { role: 'SoftwareUpdatePoint' as Role, servers: answers.softwareUpdatePoints, get: 'Get-CMSoftwareUpdatePoint', set: 'Set-CMSoftwareUpdatePoint', setSet: 'ByName', settings: { EnableCloudGateway: true }, key: 'softwareUpdatePoint' as const, text: text.softwareUpdatePoint },
    ...(answers.model === 'classic'
      ? [{ role: 'DistributionPoint' as Role, servers: answers.distributionPoints, get: 'Get-CMDistributionPoint', set: 'Set-CMDistributionPoint', setSet: 'SetByName', settings: { AllowProxyTraffic: true }, key: 'distributionPoint' as const, text: text.distributionPoint }]
      : []),
  ];
}

/**
 * The scenario's site as step 5 leaves it: with Enhanced HTTP chosen, Set-CMSite -UseSmsGeneratedCert
 * $true is in its settings, and its Set-CMManagementPoint accepts -EnableCloudGateway on an HTTP MP
 * (`cloudGatewayWithEnhancedHttp`, the stand-in's model of the undocumented case, F-MP-11) or not.
 */
function seedOf(answers: Answers, cloudGatewayWithEnhancedHttp: 'accepted' | 'refused' | 'ignored' = 'accepted'): StandInSeed {
  const seed = siteSeed(answers);
  if (answers.managementPointSecurity === 'enhanced-http') {
    for (const site of seed.sites ?? []) Object.assign(site, { settings: { UseSmsGeneratedCert: true }, cloudGatewayWithEnhancedHttp });
  }
  return seed;
}

/** The scenario's site with `server` stripped of `role` (it stays a site system). */
function without(answers: Answers, server: string, role: Role): StandInSeed {
  const seed = seedOf(answers);
  for (const system of seed.siteSystems ?? []) if (system.server === server) delete system.roles?.[role];
  return seed;
}

describePowerShell(`${SCRIPT} in PowerShell, every scenario and language`, () => {
  let space: Workspace;
  let scripts: Map<string, string>;
  const batch = new Batch();

  beforeAll(async () => {
    space = workspace();
    scripts = writeScripts(space, SCRIPT, RUN);
    batch.parse('parse', [...scripts.values()]);
    batch.baseline('seed-empty', NO_SITE, '2403');
    for (const variant of RUN) {
      const { answers } = variant;
      const base = { script: scripts.get(variant.id) as string, siteVersion: variant.siteVersion };
      const id = (mode: string) => `${variant.id}:${mode}`;
      const roles = rolesOf(answers);
      const last = roles.at(-1) as (typeof roles)[number];
      const missingMp = without(answers, answers.managementPoints.at(-1) as string, 'ManagementPoint');
      const missingLast = without(answers, last.servers.at(-1) as string, last.role);
      batch.baseline(id('seed'), seedOf(answers), variant.siteVersion);
      batch.baseline(id('seed-missing-mp'), missingMp, variant.siteVersion);
      batch.baseline(id('seed-missing-last'), missingLast, variant.siteVersion);
      batch.add({ ...base, id: id('no-site'), seed: NO_SITE });
      batch.add({ ...base, id: id('what-if'), whatIf: true, seed: seedOf(answers) });
      batch.add({ ...base, id: id('first'), seed: seedOf(answers) });
      if (answers.managementPointSecurity === 'enhanced-http') {
        batch.baseline(id('seed-refused'), seedOf(answers, 'refused'), variant.siteVersion);
        batch.add({ ...base, id: id('refused'), seed: seedOf(answers, 'refused') });
        batch.baseline(id('seed-ignored'), seedOf(answers, 'ignored'), variant.siteVersion);
        batch.add({ ...base, id: id('ignored'), seed: seedOf(answers, 'ignored') });
        batch.add({ ...base, id: id('other-props'), seed: seedOf(answers), modelling: { roleProps: 'other' } });
      }
      batch.add({ ...base, id: id('second'), seedFrom: id('first') });
      batch.add({ ...base, id: id('missing-mp'), seed: missingMp });
      batch.add({ ...base, id: id('missing-last'), seed: missingLast });
    }
    await batch.run();
  }, 120_000);

  afterAll(() => space?.remove());

  it('parses with PowerShell\'s own parser, without an error, in every variant', () => {
    expect(parseErrors(batch.get('parse'))).toEqual(Object.fromEntries([...scripts.values()].map((path) => [path, []])));
  });

  it('the hostile answers reach none of its values: each hostile script is byte for byte its English one, whose runs stand for it', () => {
    expect(SAME.map(({ variant, as }) => [variant.id, as.id])).toEqual([['vmss-hostile', 'vmss-en'], ['classic-hostile', 'classic-en']]);
    expect(RUN.length + SAME.length).toBe(VARIANTS.length);
  });

  describe.each(RUN)('$id', (variant) => {
    const { answers } = variant;
    const roles = rolesOf(answers).map((role) => ({ ...role, text: texts(variant.lang).roles[role.key] }));
    const result = (mode: string) => batch.get(`${variant.id}:${mode}`);
    const reads: StandInCall[] = roles.flatMap(({ servers, get }) => servers.map((server) => read(get, 'SearchByName', { SiteCode: answers.siteCode, SiteSystemServerName: server })));
    const sets = (performed: boolean): StandInCall[] =>
      roles.flatMap(({ servers, set, setSet, settings }) => servers.map((server) => change(set, setSet, { ...settings, SiteCode: answers.siteCode, SiteSystemServerName: server }, performed)));
    // Review S1: with Enhanced HTTP each MP is read again after its Set-CMManagementPoint.
    const enhancedHttp = answers.managementPointSecurity === 'enhanced-http';
    const reread = (call: StandInCall): StandInCall[] =>
      enhancedHttp && call.command === 'Set-CMManagementPoint' ? [read('Get-CMManagementPoint', 'SearchByName', { SiteCode: answers.siteCode, SiteSystemServerName: call.parameters.SiteSystemServerName })] : [];
    const setsAndRereads = (): StandInCall[] => sets(true).flatMap((call) => [call, ...reread(call)]);
    const each = (line: (role: (typeof roles)[number], server: string) => string) => roles.flatMap((role) => role.servers.map((server) => line(role, server)));

    // Issue 11: with HTTPS chosen, an MP that is not HTTPS yet is announced as switched to HTTPS.
    const action = (role: (typeof roles)[number]) =>
      role.key === 'managementPoint' && answers.managementPointSecurity === 'https' ? texts(variant.lang).roles.managementPointHttpsAction : role.text.action;

    it('-WhatIf: finds every role, says what it would allow on each (an HTTP MP: that it would switch it to HTTPS, when HTTPS is chosen), changes nothing', () => {
      const run = result('what-if');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.output).toEqual(each((role, server) => whatIf(action(role), server)));
      expect(run.calls).toEqual([siteDriveCall(answers), ...reads]);
      expect(run.stateAfter).toEqual(result('seed').stateAfter);
    });

    it(`first run: finds every role first, then allows CMG traffic on each, the MPs ${answers.managementPointSecurity === 'https' ? 'with' : 'without'} SSL`, () => {
      const run = result('first');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.calls).toEqual([siteDriveCall(answers), ...reads, ...setsAndRereads()]);
      expect(run.output).toEqual(each((role, server) => format(role.text.done, server)));
      // Issue 11: never switched to HTTPS behind the admin's back.
      const mpCalls = run.calls.filter((call) => call.command === 'Set-CMManagementPoint');
      expect(mpCalls.map((call) => 'EnableSsl' in call.parameters)).toEqual(answers.managementPoints.map(() => answers.managementPointSecurity === 'https'));
    });

    if (answers.managementPointSecurity === 'enhanced-http') {
      // F-MP-11: whether Set-CMManagementPoint takes -EnableCloudGateway on an HTTP MP under Enhanced
      // HTTP is undocumented. Refused: the script stops with what to do, and never adds -EnableSsl.
      it('a Set-CMManagementPoint that refuses CMG traffic on an HTTP MP: stops with what to do, no -EnableSsl, nothing changed', () => {
        const run = result('refused');
        const server = answers.managementPoints[0] as string;
        const refusal = 'Cloud management gateway traffic needs an HTTPS management point: pass -EnableSsl $true as well (Set-CMManagementPoint blocks -EnableCloudGateway without SSL since 1902).';
        expect(run.exitCode).toBe(1);
        expect(run.error).toMatchObject({ message: format(texts(variant.lang).roles.managementPointRefused, server, refusal), category: 'OperationStopped' });
        // The one change tried is the refused Set-CMManagementPoint, not performed.
        expect(changes(run)).toEqual([{ ...sets(true)[0], performed: false }]);
        expect(run.calls).toEqual([siteDriveCall(answers), ...reads, { ...sets(true)[0], performed: false }]);
        expect(run.stateAfter).toEqual(result('seed-refused').stateAfter);
      });

      // Review S1: the 1902 "block" might be no error at all. The MP read again still has
      // AllowProxyTraffic 0: the script stops with the refusal message instead of "accepts CMG traffic".
      it('a Set-CMManagementPoint that returns without an error and changes nothing: read again, stops with the refusal message', () => {
        const run = result('ignored');
        const server = answers.managementPoints[0] as string;
        const roleTexts = texts(variant.lang).roles;
        expect(run.exitCode).toBe(1);
        expect(run.error).toMatchObject({ message: format(roleTexts.managementPointRefused, server, roleTexts.managementPointNotApplied), category: 'OperationStopped' });
        const [first] = sets(true);
        expect(run.calls).toEqual([siteDriveCall(answers), ...reads, first, ...reread(first as StandInCall)]);
        expect(run.output).toEqual([]);
        expect(run.stateAfter).toEqual(result('seed-ignored').stateAfter);
      });

      // Review S1, the other case: a site whose Props have none of the community names (modelling.roleProps
      // 'other'): the read-back cannot tell, so the script warns, per MP, to check the console, and goes on.
      it('a site whose Props use other names: each MP set, read again, a warning to check the console; exit 0', () => {
        const run = result('other-props');
        expect([run.exitCode, run.error]).toEqual([0, null]);
        expect(run.calls).toEqual([siteDriveCall(answers), ...reads, ...setsAndRereads()]);
        expect(run.warnings).toEqual(answers.managementPoints.map((server) => format(texts(variant.lang).roles.managementPointUnverified, server)));
        expect(run.output).toEqual(each((role, server) => format(role.text.done, server)));
      });
    }

    // Issue 10's fault, fixed: every run set every role again (Set-CMManagementPoint,
    // Set-CMSoftwareUpdatePoint, Set-CMDistributionPoint in the second run); the script now reads
    // each role's SslState and Props first.
    it('second run: reads only, and says each role is already configured', () => {
      const run = result('second');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(changes(run)).toEqual([]);
      expect(run.calls).toEqual([siteDriveCall(answers), ...reads]);
      expect(run.output).toEqual(each((role, server) => format(role.text.alreadyConfigured, server)));
      expect(run.stateAfter).toEqual(result('first').stateAfter);
    });

    // Issue 10's fault, fixed: each server was looked up and changed in turn, so a missing second MP
    // stopped the script after the first had been changed. Every role is now found before any change.
    it('a listed management point without the role: stops with its own message, nothing changed', () => {
      const run = result('missing-mp');
      const server = answers.managementPoints.at(-1) as string;
      expect(run.exitCode).toBe(1);
      expect(run.error).toMatchObject({ message: format(roles[0]?.text.missing as string, server, answers.siteCode), category: 'OperationStopped' });
      expect(changes(run)).toEqual([]);
      expect(run.calls).toEqual([siteDriveCall(answers), ...reads.slice(0, answers.managementPoints.length)]);
      expect(run.stateAfter).toEqual(result('seed-missing-mp').stateAfter);
    });

    it('the last server of the last list without its role: stops once every other role was found, nothing changed', () => {
      const run = result('missing-last');
      const last = roles.at(-1) as (typeof roles)[number];
      expect(run.exitCode).toBe(1);
      expect(run.error).toMatchObject({ message: format(last.text.missing, last.servers.at(-1) as string, answers.siteCode), category: 'OperationStopped' });
      expect(run.calls).toEqual([siteDriveCall(answers), ...reads]);
      expect(run.stateAfter).toEqual(result('seed-missing-last').stateAfter);
    });

    // Issue 10's fault, fixed: New-PSDrive's own error ended the script; it now says which site and
    // SMS Provider it could not reach, in the script's language, with the provider's reason.
    it('no site behind the SMS Provider: stops at the site drive with its own message, nothing changed', () => {
      const run = result('no-site');
      expect(run.exitCode).toBe(1);
      expect(run.error).toMatchObject({ message: siteDriveFailed(answers, variant.lang), category: 'OperationStopped' });
      expect(run.calls).toEqual([{ ...siteDriveCall(answers), performed: false }]);
      expect(run.stateAfter).toEqual(batch.get('seed-empty').stateAfter);
    });

    if (variant.lang === 'fr') {
      it('French: the calls of the English script, the messages with their accents, a BOM', () => {
        const english = (mode: string) => batch.get(`${variant.id.replace('-fr', '-en')}:${mode}`);
        for (const mode of ['first', 'second', 'what-if']) expect(result(mode).calls).toEqual(english(mode).calls);
        expect(result('first').output.join('\n')).toMatch(/mise à jour logicielle/);
        expect(result('second').output[0]).toMatch(/^Déjà configuré : /);
        expect(hasBom(readFileSync(scripts.get(variant.id) as string))).toBe(true);
      });
    }
  });
});
