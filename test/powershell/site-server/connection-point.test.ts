/**
 * 06-connection-point/Add-CmgConnectionPoint.ps1 in PowerShell against the stand-in, in every
 * variant of the matrix (matrix.ts): parsed, -WhatIf, a first run (vmss-public also sets the
 * connection point's proxy), a second run, a server that is not a site system, and no CMG yet; and
 * a site whose -Name matches each of the CMG's names, or none (F-GW-9, modelling.gatewayName).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/model/answers.ts';
import { describePowerShell, type StandInSeed } from '../../support/powershell.ts';
import { siteSeed, workspace, type Workspace } from '../fixtures.ts';
import { deploymentName } from '../../../src/domain/clouds.ts';
import { GATEWAY_NAME_MODES, listGateways, lookup, type GatewayNameMode } from './gateway-world.ts';
import { Batch, change, changes, format, gatewayOf, hasBom, parseErrors, read, siteDriveCall, siteDriveFailed, NO_SITE, texts, VARIANTS, whatIf, writeScripts, variantsOf } from './matrix.ts';

const SCRIPT = '06-connection-point/Add-CmgConnectionPoint.ps1';
const { run: RUN, same: SAME } = variantsOf(SCRIPT);

/** The scenario's site and its CMG: what step 6 needs. */
const ready = (answers: Answers): StandInSeed => ({ ...siteSeed(answers), gateways: [gatewayOf(answers)] });
/** The connection point server is not a site system. */
const noServer = (answers: Answers): StandInSeed => {
  const seed = ready(answers);
  return { ...seed, siteSystems: (seed.siteSystems ?? []).filter((system) => system.server !== answers.connectionPointServer) };
};
/** The server already holds a connection point, linked to another CMG (issue 11). */
const OTHER_CMG = 'othercmg.contoso.com';
const linkedElsewhere = (answers: Answers): StandInSeed => {
  const seed = ready(answers);
  for (const system of seed.siteSystems ?? []) {
    if (system.server === answers.connectionPointServer) system.roles = { ...system.roles, CloudManagementGatewayConnectionPoint: { CloudManagementGatewayName: OTHER_CMG } };
  }
  return { ...seed, gateways: [...(seed.gateways ?? []), gatewayOf(answers, { Name: 'othercmg', Fqdn: deploymentName(answers.model, answers.cloud, 'othercmg', answers.region), ServiceCName: OTHER_CMG })] };
};
/** Step 4 has not run: no CMG. */
const noGateway = (answers: Answers): StandInSeed => siteSeed(answers);

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
      batch.baseline(id('seed'), ready(answers), variant.siteVersion);
      batch.baseline(id('seed-no-server'), noServer(answers), variant.siteVersion);
      batch.baseline(id('seed-no-gateway'), noGateway(answers), variant.siteVersion);
      batch.add({ ...base, id: id('no-site'), seed: NO_SITE });
      batch.add({ ...base, id: id('what-if'), whatIf: true, seed: ready(answers) });
      batch.add({ ...base, id: id('first'), seed: ready(answers) });
      batch.add({ ...base, id: id('second'), seedFrom: id('first') });
      batch.add({ ...base, id: id('no-server'), seed: noServer(answers) });
      batch.add({ ...base, id: id('no-gateway'), seed: noGateway(answers) });
      batch.baseline(id('seed-elsewhere'), linkedElsewhere(answers), variant.siteVersion);
      batch.add({ ...base, id: id('second-keep'), seedFrom: id('first'), parameters: { ExistingConnectionPoint: 'Keep' } });
      batch.add({ ...base, id: id('elsewhere'), seed: linkedElsewhere(answers) });
      batch.add({ ...base, id: id('elsewhere-relink'), seed: linkedElsewhere(answers), parameters: { ExistingConnectionPoint: 'Relink' } });
      batch.add({ ...base, id: id('bad-choice'), seed: ready(answers), parameters: { ExistingConnectionPoint: 'Replace' } });
      // F-GW-9: a site whose -Name (and -CloudManagementGatewayName) matches one property, or both.
      for (const mode of GATEWAY_NAME_MODES) {
        batch.add({ ...base, id: id(`name-${mode}`), seed: ready(answers), modelling: { gatewayName: mode } });
        batch.add({ ...base, id: id(`name-${mode}-relink`), seed: linkedElsewhere(answers), modelling: { gatewayName: mode }, parameters: { ExistingConnectionPoint: 'Relink' } });
        batch.add({ ...base, id: id(`name-${mode}-no-gateway`), seed: noGateway(answers), modelling: { gatewayName: mode } });
      }
      // -Name matches Fqdn only, and this CMG has none: no name of it answers.
      batch.add({ ...base, id: id('no-name-answers'), seed: { ...siteSeed(answers), gateways: [gatewayOf(answers, { Fqdn: '' })] }, modelling: { gatewayName: 'Fqdn' } });
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
    const text = texts(variant.lang).connectionPoint;
    const result = (mode: string) => batch.get(`${variant.id}:${mode}`);
    const server = answers.connectionPointServer;
    const proxy = answers.proxyServer !== undefined;
    const target = { SiteCode: answers.siteCode, SiteSystemServerName: server };
    const getServer = read('Get-CMSiteSystemServer', 'SearchByName', target);
    // Find-CmgGateway: one read of every CMG (F-GW-9); Get-CmgGatewayName then asks -Name with the
    // found CMG's ServiceCName, Fqdn, Name until one answers with it.
    const getGateway = listGateways;
    const fqdn = deploymentName(answers.model, answers.cloud, answers.deploymentPrefix, answers.region);
    // The forms asked, in order, without repeats (a classic CMG's service name is its Fqdn).
    const forms = [...new Set([answers.serviceName, fqdn, answers.deploymentPrefix])];
    const answersTo = (mode: GatewayNameMode, form: string): boolean =>
      mode === 'both' ? form === answers.serviceName || form === answers.deploymentPrefix : form === { ServiceCName: answers.serviceName, Fqdn: fqdn, Name: answers.deploymentPrefix }[mode];
    const nameOf = (mode: GatewayNameMode): string => forms.find((form) => answersTo(mode, form)) as string;
    const probesOf = (mode: GatewayNameMode) => forms.slice(0, forms.indexOf(nameOf(mode)) + 1).map((form) => lookup(form));
    const probes = probesOf('both');
    const getRole = read('Get-CMCloudManagementGatewayConnectionPoint', 'SearchByName', target);
    const setProxy = change('Set-CMSiteSystemServer', 'SearchByNameMandatory', { EnableProxy: true, ProxyServerName: answers.proxyServer, ProxyServerPort: answers.proxyPort, ...target });
    const addRole = change('Add-CMCloudManagementGatewayConnectionPoint', 'ByName', { CloudManagementGatewayName: answers.serviceName, ...target });
    const relinkRole = change('Set-CMCloudManagementGatewayConnectionPoint', 'SetByName', { CloudManagementGatewayName: answers.serviceName, ...target });
    const unknown = format(text.existingUnknown, server, answers.serviceName);

    it('-WhatIf: checks the server and the CMG, says what it would set and add, changes nothing', () => {
      const run = result('what-if');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.output).toEqual([...(proxy ? [whatIf(text.proxyAction, server)] : []), whatIf(text.addAction, server)]);
      expect(run.calls).toEqual([siteDriveCall(answers), getServer, getGateway, getRole, ...probes]);
      expect(run.stateAfter).toEqual(result('seed').stateAfter);
    });

    it(`first run: ${proxy ? 'sets the proxy of the site system, then ' : ''}adds the role for the CMG`, () => {
      const run = result('first');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.calls).toEqual([siteDriveCall(answers), getServer, getGateway, getRole, ...probes, ...(proxy ? [setProxy] : []), addRole]);
      expect(run.output).toEqual([...(proxy ? [format(text.proxyDone, server, answers.proxyServer as string, answers.proxyPort as number)] : []), format(text.added, server, answers.serviceName)]);
      expect(run.stateAfter).toMatchObject({ siteSystems: expect.arrayContaining([expect.objectContaining({ server, roles: expect.objectContaining({ CloudManagementGatewayConnectionPoint: { CloudManagementGatewayName: answers.serviceName } }) })]) });
    });

    // Issue 11: an existing role was "already configured" whatever CMG it served. Which CMG it
    // serves is in no documented property (F-CP-2), so a second run stops, changing nothing, and
    // says how to go on; with -ExistingConnectionPoint Keep it reads only (issue 10: the proxy is
    // not set again) and says the role was kept.
    it('second run: stops before any change, saying it cannot tell which CMG the role serves', () => {
      const run = result('second');
      expect(run.exitCode).toBe(1);
      expect(run.error).toMatchObject({ message: unknown, category: 'OperationStopped' });
      expect(changes(run)).toEqual([]);
      expect(run.calls).toEqual([siteDriveCall(answers), getServer, getGateway, getRole]);
      expect(run.output).toEqual([]);
      expect(run.stateAfter).toEqual(result('first').stateAfter);
    });

    it('second run with -ExistingConnectionPoint Keep: reads only, says the proxy is already configured and the role kept', () => {
      const run = result('second-keep');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(changes(run)).toEqual([]);
      expect(run.calls).toEqual([siteDriveCall(answers), getServer, getGateway, getRole]);
      expect(run.output).toEqual([...(proxy ? [format(text.proxyAlreadyConfigured, server, answers.proxyServer as string, answers.proxyPort as number)] : []), format(text.existingKept, server, answers.serviceName)]);
      expect(run.stateAfter).toEqual(result('first').stateAfter);
    });

    it('a connection point linked to another CMG: stops before the proxy or the role is touched, never "already configured"', () => {
      const run = result('elsewhere');
      expect(run.exitCode).toBe(1);
      expect(run.error).toMatchObject({ message: unknown, category: 'OperationStopped' });
      expect(run.calls).toEqual([siteDriveCall(answers), getServer, getGateway, getRole]);
      expect(run.output).toEqual([]);
      expect(run.stateAfter).toEqual(result('seed-elsewhere').stateAfter);
    });

    it('the same with -ExistingConnectionPoint Relink: moves the role to this CMG with Set-CMCloudManagementGatewayConnectionPoint', () => {
      const run = result('elsewhere-relink');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.calls).toEqual([siteDriveCall(answers), getServer, getGateway, getRole, ...probes, ...(proxy ? [setProxy] : []), relinkRole]);
      expect(run.output.at(-1)).toBe(format(text.relinked, server, answers.serviceName));
      expect(run.stateAfter).toMatchObject({ siteSystems: expect.arrayContaining([expect.objectContaining({ server, roles: expect.objectContaining({ CloudManagementGatewayConnectionPoint: { CloudManagementGatewayName: answers.serviceName } }) })]) });
    });

    it('an -ExistingConnectionPoint other than Stop, Keep or Relink: stops before anything is read', () => {
      const run = result('bad-choice');
      expect(run.exitCode).toBe(1);
      expect(run.error).toMatchObject({ message: format(text.existingChoiceInvalid, 'Replace'), category: 'OperationStopped' });
      expect(run.calls).toEqual([siteDriveCall(answers)]);
      expect(run.stateAfter).toEqual(result('seed').stateAfter);
    });

    it('a server that is not a site system: stops with its own message, nothing changed', () => {
      const run = result('no-server');
      expect(run.exitCode).toBe(1);
      expect(run.error).toMatchObject({ message: format(text.notSiteSystem, server, answers.siteCode), category: 'OperationStopped' });
      expect(run.calls).toEqual([siteDriveCall(answers), getServer]);
      expect(run.stateAfter).toEqual(result('seed-no-server').stateAfter);
    });

    // Issue 10's fault, fixed: without a CMG the script set the proxy, then stopped in
    // Add-CMCloudManagementGatewayConnectionPoint with the cmdlet's own error, not a message of the
    // catalogue, with the site system already changed. The CMG is now looked up first.
    it('no CMG yet: stops with its own message before the proxy or the role is touched', () => {
      const run = result('no-gateway');
      expect(run.exitCode).toBe(1);
      expect(run.error).toMatchObject({ message: format(text.noGateway, answers.serviceName), category: 'OperationStopped' });
      expect(run.calls).toEqual([siteDriveCall(answers), getServer, getGateway]);
      expect(run.stateAfter).toEqual(result('seed-no-gateway').stateAfter);
    });

    // Issue 11 (F-GW-9): which property -Name matches is not documented, nor which name
    // -CloudManagementGatewayName takes. The CMG is found from the list of every CMG by its
    // ServiceCName; Add-/Set- get the first of its ServiceCName, Fqdn, Name that -Name answers to
    // with this CMG (assumed to be what -CloudManagementGatewayName resolves: UNCONFIRMED).
    it.each(GATEWAY_NAME_MODES)('-Name matching %s: found in the list, the role added with the name -Name answers to', (mode) => {
      const run = result(`name-${mode}`);
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.calls).toEqual([siteDriveCall(answers), getServer, getGateway, getRole, ...probesOf(mode), ...(proxy ? [setProxy] : []), { ...addRole, parameters: { ...addRole.parameters, CloudManagementGatewayName: nameOf(mode) } }]);
      expect(run.output.at(-1)).toBe(format(text.added, server, answers.serviceName));
      expect(run.stateAfter).toMatchObject({ siteSystems: expect.arrayContaining([expect.objectContaining({ server, roles: expect.objectContaining({ CloudManagementGatewayConnectionPoint: { CloudManagementGatewayName: nameOf(mode) } }) })]) });
    });

    it.each(GATEWAY_NAME_MODES)('-Name matching %s, -ExistingConnectionPoint Relink: moved with the name -Name answers to', (mode) => {
      const run = result(`name-${mode}-relink`);
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.calls).toEqual([siteDriveCall(answers), getServer, getGateway, getRole, ...probesOf(mode), ...(proxy ? [setProxy] : []), { ...relinkRole, parameters: { ...relinkRole.parameters, CloudManagementGatewayName: nameOf(mode) } }]);
    });

    it.each(GATEWAY_NAME_MODES)('-Name matching %s, no CMG: one read, its own message, nothing changed', (mode) => {
      const run = result(`name-${mode}-no-gateway`);
      expect(run.exitCode).toBe(1);
      expect(run.error).toMatchObject({ message: format(text.noGateway, answers.serviceName), category: 'OperationStopped' });
      expect(run.calls).toEqual([siteDriveCall(answers), getServer, getGateway]);
      expect(run.stateAfter).toEqual(result('seed-no-gateway').stateAfter);
    });

    it('no name of the CMG answers to -Name: stops with its own message before the proxy or the role is touched', () => {
      const run = result('no-name-answers');
      expect(run.exitCode).toBe(1);
      const forms = [...new Set([answers.serviceName, answers.deploymentPrefix])];
      expect(run.error).toMatchObject({ message: format(texts(variant.lang).gateway.gatewayNameUnresolved, answers.serviceName, forms.join(', ')), category: 'OperationStopped' });
      expect(run.calls).toEqual([siteDriveCall(answers), getServer, getGateway, getRole, ...forms.map(lookup)]);
      expect(changes(run)).toEqual([]);
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
        for (const mode of ['first', 'second', 'second-keep', 'elsewhere', 'elsewhere-relink', 'what-if', 'no-gateway', 'name-Name', 'name-Fqdn', 'no-name-answers']) expect(result(mode).calls).toEqual(english(mode).calls);
        expect(result('first').output.at(-1)).toMatch(/ héberge désormais le rôle de point de connexion de la passerelle de gestion cloud /);
        expect(result('no-gateway').error?.message).toMatch(/^Aucune passerelle de gestion cloud nommée .*\(étape 4\)\.$/);
        expect(hasBom(readFileSync(scripts.get(variant.id) as string))).toBe(true);
      });
    }
  });
});
