/**
 * 03-azure/Register-CmgAzureService.ps1 (current branch) in PowerShell against the stand-in: the
 * scripted onboarding of the 2010 release notes. Parsed; -WhatIf; a first run (import the server
 * app, the client app, create the Cloud Management service), a second run (nothing changes); each
 * stop: a past or invalid expiry, an empty secret, a service that uses other apps or whose apps
 * cannot be read, a client ID the site holds as another kind of app, a console older than 2010;
 * and (review S3) a service of another name, made by the console wizard, that uses the same server
 * app: "already configured under the name X", no second service.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/model/answers.ts';
import { describePowerShell, type StandInCall, type StandInResult, type StandInSeed } from '../../support/powershell.ts';
import { siteSeed, workspace, type Workspace } from '../fixtures.ts';
import { Batch, format, hasBom, parseErrors, read, siteDriveCall, texts, VARIANTS, whatIf, writeScripts } from './matrix.ts';
import { readFileSync } from 'node:fs';
import { azureServiceScript } from '../../../src/steps/azure/azure-onboarding-script.ts';
import { stepPosition } from '../../../src/steps/declarations.ts';

const SCRIPT = '03-azure/Register-CmgAzureService.ps1';
/** Step 3's onboarding is current branch only: English, French, and the hostile names (tenant, apps, service). */
const RUN = VARIANTS.filter((variant) => variant.answers.model === 'vmss');
const SECRET = 'Test-Secret-Value-1';
const EXPIRY = '2027-03-01';
/** The name an admin typed in the console's Azure Services wizard. */
const WIZARD_SERVICE = 'Contoso CMG service';

/** What the stand-in records for each call: a ConfigMgr change performed, or not. */
const change = (command: string, parameterSet: string, parameters: Record<string, unknown>, performed = true): StandInCall => ({ command, kind: 'ConfigMgr', parameterSet, parameters, performed });
const changesOf = (result: StandInResult) => result.calls.filter((call) => /^(New|Set|Add|Remove|Import)-CM/.test(call.command));
const app = (key: string) => ({ resultObject: 'SMS_AAD_Application_Ex', key });

/** Apps the site already holds, as SMS_AAD_Application_Ex stand-in objects. */
function siteApp(answers: Answers, type: 'ServerApplication' | 'ClientApplication', id: number, overrides: Record<string, unknown> = {}) {
  const server = type === 'ServerApplication';
  return {
    Id: id,
    Name: server ? answers.serverAppName : answers.clientAppName,
    ClientID: server ? answers.serverAppClientId : answers.clientAppClientId,
    TenantID: answers.tenantId,
    TenantName: answers.tenantName,
    AppType: type,
    ...overrides,
  };
}

describePowerShell(`${SCRIPT} in PowerShell: the scripted onboarding`, () => {
  let space: Workspace;
  let scripts: Map<string, string>;
  const batch = new Batch();

  beforeAll(async () => {
    space = workspace();
    scripts = writeScripts(space, SCRIPT, RUN);
    batch.parse('parse', [...scripts.values()]);
    for (const variant of RUN) {
      const { answers } = variant;
      const seed = siteSeed(answers);
      const base = { script: scripts.get(variant.id) as string, siteVersion: variant.siteVersion };
      const id = (mode: string) => `${variant.id}:${mode}`;
      const withApps = (extra: Partial<StandInSeed>): StandInSeed => ({ ...seed, ...extra });
      batch.add({ ...base, id: id('what-if'), whatIf: true, seed });
      batch.add({ ...base, id: id('first'), seed, readHost: [EXPIRY, SECRET] });
      batch.add({ ...base, id: id('second'), seedFrom: id('first') });
      batch.add({ ...base, id: id('expiry-parameter'), seed, parameters: { SecretKeyExpiry: EXPIRY }, readHost: [SECRET] });
      batch.add({ ...base, id: id('expiry-past'), seed, readHost: ['2026-03-01'] });
      batch.add({ ...base, id: id('expiry-invalid'), seed, parameters: { SecretKeyExpiry: '01/03/2027' } });
      batch.add({ ...base, id: id('secret-empty'), seed, readHost: [EXPIRY, ''] });
      batch.add({ ...base, id: id('server-only'), seed: withApps({ aadApplications: [siteApp(answers, 'ServerApplication', 7)] }) });
      batch.add({ ...base, id: id('service-other-apps'), seed: withApps({ azureServices: [{ Id: 1, Name: answers.azureServiceName, ServiceType: 'CloudManagement', AssociatedAadWebApplications: [99] }] }) });
      batch.add({
        ...base,
        id: id('service-unreadable'),
        seed: withApps({ aadApplications: [siteApp(answers, 'ServerApplication', 7), siteApp(answers, 'ClientApplication', 8)], azureServices: [{ Id: 1, Name: answers.azureServiceName, ServiceType: 'CloudManagement' }] }),
      });
      batch.add({ ...base, id: id('client-id-elsewhere'), seed: withApps({ aadApplications: [siteApp(answers, 'ServerApplication', 7, { ClientID: answers.clientAppClientId, Name: 'Other app' })] }) });
      batch.add({ ...base, id: id('old-console'), siteVersion: '2006', seed });
      // Review S3: the apps are imported and a service of another name (the console wizard's) exists.
      const imported = [siteApp(answers, 'ServerApplication', 7), siteApp(answers, 'ClientApplication', 8)];
      batch.add({ ...base, id: id('wizard-service'), seed: withApps({ aadApplications: imported, azureServices: [{ Id: 1, Name: WIZARD_SERVICE, ServiceType: 'CloudManagement', AssociatedAadWebApplications: [7] }] }) });
      batch.add({ ...base, id: id('wizard-service-unreadable'), seed: withApps({ aadApplications: imported, azureServices: [{ Id: 1, Name: WIZARD_SERVICE, ServiceType: 'CloudManagement' }] }) });
      // Review N8: no tenant name answered: -TenantName is optional, checked only where the server app is imported.
      const { tenantName: _unanswered, ...noTenant } = answers;
      const noTenantScript = space.write(`no-tenant-${variant.id}/${SCRIPT}`, azureServiceScript(noTenant, stepPosition('azure'), variant.lang));
      batch.add({ ...base, script: noTenantScript, id: id('no-tenant-all-there'), seedFrom: id('first') });
      batch.add({ ...base, script: noTenantScript, id: id('no-tenant-import'), seed });
      batch.add({ ...base, id: id('other-service-other-app'), seed: withApps({ aadApplications: imported, azureServices: [{ Id: 1, Name: WIZARD_SERVICE, ServiceType: 'CloudManagement', AssociatedAadWebApplications: [99] }] }) });
    }
    await batch.run();
  }, 180_000);

  afterAll(() => space?.remove());

  it('parses with PowerShell\'s own parser, without an error, in every variant', () => {
    expect(parseErrors(batch.get('parse'))).toEqual(Object.fromEntries([...scripts.values()].map((path) => [path, []])));
  });

  it('the hostile names are in the hostile script, so its runs below carry them to the stand-in', () => {
    expect(readFileSync(scripts.get('vmss-hostile') as string)).not.toEqual(readFileSync(scripts.get('vmss-en') as string));
    expect(RUN.map((variant) => variant.id)).toEqual(['vmss-en', 'vmss-fr', 'vmss-hostile']);
    expect(hasBom(readFileSync(scripts.get('vmss-hostile') as string))).toBe(true);
  });

  describe.each(RUN)('$id', (variant) => {
    const { answers } = variant;
    const text = texts(variant.lang).azureService;
    const result = (mode: string) => batch.get(`${variant.id}:${mode}`);
    const tenant = answers.tenantId as string;
    const serverId = answers.serverAppClientId as string;
    const clientId = answers.clientAppClientId as string;
    const findServer = read('Get-CMAADApplication', '__AllParameterSets', { AppType: 'ServerApplication', ClientId: serverId, TenantId: tenant });
    const findClient = read('Get-CMAADApplication', '__AllParameterSets', { AppType: 'ClientApplication', ClientId: clientId, TenantId: tenant });
    const anyServer = read('Get-CMAADApplication', '__AllParameterSets', { ClientId: serverId });
    const anyClient = read('Get-CMAADApplication', '__AllParameterSets', { ClientId: clientId });
    const getService = read('Get-CMAzureService', 'SearchByName', { DisableWildcardHandling: true, Name: answers.azureServiceName });
    const lookups = [findServer, anyServer, findClient, anyClient, getService];
    /** Review S3: every Azure service (Get-CMAzureService, -Name optional), read when the server app is imported already and no service has the name. */
    const listServices = read('Get-CMAzureService', 'SearchByName', {});
    const importServer = (performed = true) =>
      change(
        'Import-CMAADServerApplication',
        '__AllParameterSets',
        {
          AppIdUri: answers.serverAppIdUri,
          AppName: answers.serverAppName,
          AzureEnvironmentOption: 'AzurePublicCloud',
          ClientId: serverId,
          SecretKey: { secureString: true, plainText: SECRET },
          // The harness writes every date as ISO 8601 UTC (common.ps1), whatever its Kind.
          SecretKeyExpiry: '2027-03-01T00:00:00.0000000Z',
          TenantId: tenant,
          TenantName: answers.tenantName,
        },
        performed,
      );
    const importClient = (serverKey: string) => change('Import-CMAADClientApplication', 'ByServerApp', { AppName: answers.clientAppName, ClientId: clientId, ServerApp: app(serverKey) });
    const createService = (serverKey: string, clientKey: string) =>
      change('New-CMCloudManagementAzureService', '__AllParameterSets', { AzureEnvironmentOption: 'AzurePublicCloud', ClientApp: app(clientKey), EnableUserDiscovery: false, Name: answers.azureServiceName, ServerApp: app(serverKey) });

    it('-WhatIf: looks everything up, says the three things it would do, asks nothing and changes nothing', () => {
      const run = result('what-if');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.output).toEqual([whatIf(text.importServerAction, answers.serverAppName), whatIf(text.importClientAction, answers.clientAppName), whatIf(text.createServiceAction, answers.azureServiceName)]);
      expect(run.readHostPrompts).toEqual([]);
      expect(run.calls).toEqual([siteDriveCall(answers), ...lookups]);
      expect([run.stateAfter.aadApplications, run.stateAfter.azureServices]).toEqual([[], []]);
    });

    it('first run: asks the expiry and the secret, imports both apps, finds them again, creates the service', () => {
      const run = result('first');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.readHostPrompts).toEqual([format(text.expiryPrompt, answers.serverAppName), format(text.secretPrompt, answers.serverAppName)]);
      expect(run.calls).toEqual([
        siteDriveCall(answers),
        ...lookups,
        importServer(),
        findServer,
        importClient('1'),
        findClient,
        createService('1', '2'),
      ]);
      expect(run.output).toEqual([
        format(text.serverImported, answers.serverAppName, serverId, EXPIRY),
        format(text.clientImported, answers.clientAppName, clientId),
        format(text.serviceCreated, answers.azureServiceName),
      ]);
      expect(run.stateAfter.azureServices).toEqual([
        { Id: 1, Name: answers.azureServiceName, ServiceType: 'CloudManagement', AssociatedAadWebApplications: [1], standIn: { clientApp: 2, enableUserDiscovery: false, azureEnvironmentOption: 'AzurePublicCloud' } },
      ]);
    });

    it('second run: finds both apps and the service, says "already configured" three times, asks and changes nothing', () => {
      const run = result('second');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.readHostPrompts).toEqual([]);
      expect(changesOf(run)).toEqual([]);
      expect(run.calls).toEqual([siteDriveCall(answers), findServer, findClient, getService]);
      expect(run.output).toEqual([
        format(text.serverAlready, answers.serverAppName, serverId),
        format(text.clientAlready, answers.clientAppName, clientId),
        format(text.serviceAlready, answers.azureServiceName, answers.serverAppName),
      ]);
      expect(run.stateAfter).toEqual(result('first').stateAfter);
    });

    it('-SecretKeyExpiry given: only the secret is asked', () => {
      const run = result('expiry-parameter');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.readHostPrompts).toEqual([format(text.secretPrompt, answers.serverAppName)]);
      expect(changesOf(run)).toEqual([importServer(), importClient('1'), createService('1', '2')]);
    });

    it.each([
      ['expiry-past', (t: typeof text) => format(t.expiryPast, '2026-03-01')],
      ['expiry-invalid', (t: typeof text) => format(t.expiryInvalid, '01/03/2027')],
      ['secret-empty', (t: typeof text) => t.secretEmpty],
    ])('%s: stops with its message, nothing imported', (mode, message) => {
      const run = result(mode);
      expect([run.exitCode, run.error?.message]).toEqual([1, message(text)]);
      expect(changesOf(run)).toEqual([]);
      expect(run.stateAfter.aadApplications).toEqual([]);
    });

    it('server app already imported: imports the client app only, asks nothing', () => {
      const run = result('server-only');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.readHostPrompts).toEqual([]);
      expect(changesOf(run)).toEqual([importClient('7'), createService('7', '8')]);
      expect(run.output[0]).toBe(format(text.serverAlready, answers.serverAppName, serverId));
    });

    it('a service of another name (the console wizard\'s) uses the server app: "already configured under the name", no second service', () => {
      const run = result('wizard-service');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.readHostPrompts).toEqual([]);
      expect(changesOf(run)).toEqual([]);
      expect(run.calls).toEqual([siteDriveCall(answers), findServer, findClient, getService, listServices]);
      expect(run.output).toEqual([
        format(text.serverAlready, answers.serverAppName, serverId),
        format(text.clientAlready, answers.clientAppName, clientId),
        format(text.serviceUnderOtherName, WIZARD_SERVICE, answers.serverAppName, answers.azureServiceName),
      ]);
      expect(run.stateAfter.azureServices).toHaveLength(1);
    });

    it('a service of another name whose apps cannot be read (no AssociatedAadWebApplications): stops as for a service of this name, nothing changed', () => {
      const run = result('wizard-service-unreadable');
      expect([run.exitCode, run.error?.message]).toEqual([1, format(text.serviceUnverifiable, WIZARD_SERVICE)]);
      expect(run.calls).toEqual([siteDriveCall(answers), findServer, findClient, getService, listServices]);
      expect(changesOf(run)).toEqual([]);
    });

    it('a service of another name that uses another server app: not this one, the service is created', () => {
      const run = result('other-service-other-app');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.calls).toEqual([siteDriveCall(answers), findServer, findClient, getService, listServices, createService('7', '8')]);
      expect(run.output.at(-1)).toBe(format(text.serviceCreated, answers.azureServiceName));
    });

    it('no tenant name answered, everything imported and created: runs without -TenantName, asks nothing, changes nothing', () => {
      const run = result('no-tenant-all-there');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.readHostPrompts).toEqual([]);
      expect(changesOf(run)).toEqual([]);
      expect(run.output).toEqual([
        format(text.serverAlready, answers.serverAppName, serverId),
        format(text.clientAlready, answers.clientAppName, clientId),
        format(text.serviceAlready, answers.azureServiceName, answers.serverAppName),
      ]);
    });

    it('no tenant name answered, the server app to import: stops before any question or change, naming -TenantName', () => {
      const run = result('no-tenant-import');
      expect([run.exitCode, run.error?.message]).toEqual([1, format(text.tenantNameMissing, answers.serverAppName, serverId)]);
      expect(run.error).toMatchObject({ category: 'OperationStopped' });
      expect(run.readHostPrompts).toEqual([]);
      expect(run.calls).toEqual([siteDriveCall(answers), findServer, anyServer, findClient, anyClient]);
      expect(changesOf(run)).toEqual([]);
    });

    it('a service of that name that uses other apps: stops, never "already configured"', () => {
      const run = result('service-other-apps');
      expect([run.exitCode, run.error?.message]).toEqual([1, format(text.serviceOtherApps, answers.azureServiceName, serverId)]);
      expect(changesOf(run)).toEqual([]);
    });

    it('a service of that name whose apps cannot be read (no AssociatedAadWebApplications): stops', () => {
      const run = result('service-unreadable');
      expect([run.exitCode, run.error?.message]).toEqual([1, format(text.serviceUnverifiable, answers.azureServiceName)]);
      expect(changesOf(run)).toEqual([]);
    });

    it('the client ID held by the site as another kind of app: stops before any change', () => {
      const run = result('client-id-elsewhere');
      expect([run.exitCode, run.error?.message]).toEqual([1, format(text.appElsewhere, clientId, 'ClientApplication', tenant)]);
      expect(changesOf(run)).toEqual([]);
    });

    it('a console older than 2010 (no onboarding cmdlets): stops with its message', () => {
      const run = result('old-console');
      expect([run.exitCode, run.error?.message]).toEqual([1, format(text.noCmdlet, 'Import-CMAADServerApplication')]);
      expect(changesOf(run)).toEqual([]);
    });
  });
});
