/**
 * 03-azure/New-CmgEntraApps.ps1 in PowerShell against the Microsoft Graph stand-in
 * (graph-standin/): an empty tenant (-WhatIf, a first run, a second run), Entra user discovery
 * (Directory.Read.All granted; refused to an Application Administrator), an app registered by hand
 * that lacks http://localhost, an app of another audience, another tenant, no Graph modules.
 * Each setting it makes is one the page "Manually register Microsoft Entra apps for the CMG" lists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/model/answers.ts';
import { hostile, vmssPublic } from '../emit/scenarios.ts';
import { describePowerShell, type StandInCall, type StandInGraph, type StandInResult } from '../support/powershell.ts';
import { workspace, writeScenarioScript, type Workspace } from './fixtures.ts';
import { Batch, format, parseErrors, texts, whatIf } from './site-server/matrix.ts';

const SCRIPT = '03-azure/New-CmgEntraApps.ps1';
/** No apps yet: the admin runs the script before any client ID exists. */
const ANSWERS: Answers = { ...vmssPublic, createEntraApps: true, serverAppClientId: undefined, clientAppClientId: undefined };
const TENANT = ANSWERS.tenantId as string;
/** English, French, and the hostile names (tenant, apps, service) in English. */
const VARIANTS = [
  { id: 'en', lang: 'en', answers: ANSWERS },
  { id: 'fr', lang: 'fr', answers: ANSWERS },
  { id: 'hostile', lang: 'en', answers: hostile(ANSWERS) },
] as const;
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
/** The Microsoft Graph service principal of the tenant, with the app role the script looks up by value. */
const GRAPH_SP = { id: 'graph-sp', appId: GRAPH_APP_ID, displayName: 'Microsoft Graph', appRoles: [{ id: 'role-directory-read-all', value: 'Directory.Read.All', allowedMemberTypes: ['Application'] }] };
const tenant = (extra: Partial<StandInGraph> = {}): StandInGraph => ({ tenantId: TENANT, account: 'admin@contoso.onmicrosoft.com', servicePrincipals: [GRAPH_SP], ...extra });
const SCOPES = ['Application.ReadWrite.All', 'DelegatedPermissionGrant.ReadWrite.All'];

const graphCalls = (result: StandInResult) => result.calls.filter((call) => call.kind === 'Graph');
const changesOf = (result: StandInResult) => graphCalls(result).filter((call) => /^(New|Update|Add)-Mg/.test(call.command));
const summary = (result: StandInResult) => graphCalls(result).map((call) => [call.command, call.performed]);
const ids = { server: '10000000-0000-4000-8000-000000000001', serverAppId: '20000000-0000-4000-8000-000000000002' };

describePowerShell(`${SCRIPT} in PowerShell against a Microsoft Graph stand-in`, () => {
  let space: Workspace;
  const paths = new Map<string, string>();
  const batch = new Batch();

  beforeAll(async () => {
    space = workspace();
    for (const variant of VARIANTS) paths.set(variant.id, writeScenarioScript(space, variant.answers, SCRIPT, variant.id, variant.lang));
    batch.parse('parse', [...paths.values()]);
    for (const { id: variantId, answers } of VARIANTS) {
      const base = { script: paths.get(variantId) as string, siteVersion: '2403' };
      const id = (mode: string) => `${variantId}:${mode}`;
      batch.add({ ...base, id: id('what-if'), whatIf: true, seed: { graph: tenant() } });
      batch.add({ ...base, id: id('first'), seed: { graph: tenant() } });
      batch.add({ ...base, id: id('second'), seedFrom: id('first') });
      batch.add({ ...base, id: id('discovery'), parameters: { EnableUserDiscovery: true }, seed: { graph: tenant() } });
      batch.add({ ...base, id: id('discovery-second'), parameters: { EnableUserDiscovery: true }, seedFrom: id('discovery') });
      batch.add({ ...base, id: id('application-administrator'), parameters: { EnableUserDiscovery: true }, seed: { graph: tenant({ canGrantAppRoles: false }) } });
      batch.add({
        ...base,
        id: id('server-by-hand'),
        seed: {
          graph: tenant({
            applications: [
              {
                id: ids.server,
                appId: ids.serverAppId,
                displayName: answers.serverAppName,
                signInAudience: 'AzureADMyOrg',
                identifierUris: [answers.serverAppIdUri],
                web: { RedirectUris: ['https://portal.contoso.com'], ImplicitGrantSettings: { EnableIdTokenIssuance: true, EnableAccessTokenIssuance: false } },
                api: { Oauth2PermissionScopes: [{ Id: 'scope-1', Value: 'user_impersonation', Type: 'User', IsEnabled: true }] },
                passwordCredentials: [],
              },
            ],
            nextId: 10,
          }),
        },
      });
      // Everything in place but the grant, which holds another scope: the scope is added to it.
      const clientAppId = '20000000-0000-4000-8000-000000000012';
      batch.add({
        ...base,
        id: id('grant-other-scope'),
        seed: {
          graph: tenant({
            applications: [
              {
                id: ids.server,
                appId: ids.serverAppId,
                displayName: answers.serverAppName,
                signInAudience: 'AzureADMyOrg',
                identifierUris: [answers.serverAppIdUri],
                web: { RedirectUris: ['http://localhost'], ImplicitGrantSettings: { EnableIdTokenIssuance: true } },
                api: { Oauth2PermissionScopes: [{ Id: 'scope-1', Value: 'user_impersonation', Type: 'User', IsEnabled: true }] },
                passwordCredentials: [{ keyId: 'k', displayName: 'cmg-setup', endDateTime: '2027-01-01T00:00:00Z' }],
              },
              {
                id: '10000000-0000-4000-8000-000000000011',
                appId: clientAppId,
                displayName: answers.clientAppName,
                signInAudience: 'AzureADMyOrg',
                isFallbackPublicClient: true,
                publicClient: { RedirectUris: [`ms-appx-web://Microsoft.AAD.BrokerPlugin/${clientAppId}`] },
                web: { ImplicitGrantSettings: { EnableIdTokenIssuance: true } },
                requiredResourceAccess: [{ ResourceAppId: ids.serverAppId, ResourceAccess: [{ Id: 'scope-1', Type: 'Scope' }] }],
                passwordCredentials: [],
              },
            ],
            servicePrincipals: [GRAPH_SP, { id: 'server-sp', appId: ids.serverAppId, displayName: answers.serverAppName }, { id: 'client-sp', appId: clientAppId, displayName: answers.clientAppName }],
            oauth2PermissionGrants: [{ id: 'grant-1', clientId: 'client-sp', consentType: 'AllPrincipals', resourceId: 'server-sp', scope: 'openid' }],
            nextId: 20,
          }),
        },
      });
      batch.add({ ...base, id: id('other-audience'), seed: { graph: tenant({ applications: [{ id: ids.server, appId: ids.serverAppId, displayName: answers.serverAppName, signInAudience: 'AzureADMultipleOrgs', passwordCredentials: [] }] }) } });
      batch.add({ ...base, id: id('other-tenant'), seed: { graph: tenant({ tenantId: '99999999-9999-4999-8999-999999999999' }) } });
      batch.add({ ...base, id: id('no-modules'), graphModules: false, seed: { graph: tenant() } });
    }
    await batch.run();
  }, 180_000);

  afterAll(() => space?.remove());

  it('parses with PowerShell\'s own parser, in English, French and with the hostile names', () => {
    expect(parseErrors(batch.get('parse'))).toEqual(Object.fromEntries([...paths.values()].map((path) => [path, []])));
  });

  describe.each(VARIANTS)('$id', ({ id: variantId, lang, answers }) => {
    const text = texts(lang).entraApps;
    const result = (mode: string) => batch.get(`${variantId}:${mode}`);
    const connect: StandInCall = { command: 'Connect-MgGraph', kind: 'Graph', parameterSet: 'UserParameterSet', parameters: { Environment: 'Global', NoWelcome: true, Scopes: SCOPES, TenantId: TENANT }, performed: null };

    it('-WhatIf: signs in and reads, says what it would create, changes nothing', () => {
      const run = result('what-if');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(graphCalls(run)[0]).toEqual(connect);
      expect(summary(run)).toEqual([['Connect-MgGraph', null], ['Get-MgContext', null], ['Get-MgApplication', null]]);
      expect(run.output).toEqual([
        format(text.connected, 'admin@contoso.onmicrosoft.com', TENANT),
        whatIf(text.createServerAction, answers.serverAppName),
        whatIf(text.createServicePrincipalAction, answers.serverAppName),
        whatIf(format(text.addSecretAction, 12), answers.serverAppName),
        whatIf(text.createClientAction, answers.clientAppName),
        whatIf(text.createServicePrincipalAction, answers.clientAppName),
        whatIf(format(text.grantAction, answers.serverAppName), answers.clientAppName),
        format(text.summaryTenant, TENANT),
      ]);
      expect(run.stateAfter.graph).toMatchObject({ applications: [], servicePrincipals: [GRAPH_SP], oauth2PermissionGrants: [] });
    });

    it('first run: the two apps with the documented settings, their service principals, a secret, the admin consent', () => {
      const run = result('first');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(summary(run)).toEqual([
        ['Connect-MgGraph', null],
        ['Get-MgContext', null],
        ['Get-MgApplication', null],
        ['New-MgApplication', true],
        ['Get-MgServicePrincipal', null],
        ['New-MgServicePrincipal', true],
        ['Add-MgApplicationPassword', true],
        ['New-MgApplication', true],
        ['Update-MgApplication', true],
        ['Get-MgServicePrincipal', null],
        ['New-MgServicePrincipal', true],
        ['Get-MgOauth2PermissionGrant', null],
        ['New-MgOauth2PermissionGrant', true],
      ]);
      const [server, , secret, client, update, , grant] = changesOf(run);
      const scopeId = (server?.parameters.Api as { Oauth2PermissionScopes: Array<{ Id: string }> }).Oauth2PermissionScopes[0]?.Id as string;
      expect(scopeId).toMatch(/^[0-9a-f-]{36}$/);
      // Single tenant (L62), Web redirect http://localhost (L63), App ID URI (L95-L98), scope user_impersonation
      // for admins and users (L102-L109), ID tokens (L111-L114).
      expect(server?.parameters).toEqual({
        Api: { Oauth2PermissionScopes: [{ AdminConsentDescription: format(text.consentDescription, answers.serverAppName), AdminConsentDisplayName: format(text.consentName, answers.serverAppName), Id: scopeId, IsEnabled: true, Type: 'User', Value: 'user_impersonation' }] },
        DisplayName: answers.serverAppName,
        IdentifierUris: [answers.serverAppIdUri],
        SignInAudience: 'AzureADMyOrg',
        Web: { ImplicitGrantSettings: { EnableIdTokenIssuance: true }, RedirectUris: ['http://localhost'] },
      });
      // A secret of 12 months (L75), on the server app's object id.
      expect(secret?.parameters).toEqual({ ApplicationId: ids.server, PasswordCredential: { DisplayName: 'cmg-setup', EndDateTime: '2027-03-01T00:00:00.0000000Z' } });
      // Client: single tenant (L130), public client flows (L150), the server app's user_impersonation (L152-L158), ID tokens (L160-L163).
      expect(client?.parameters).toEqual({
        DisplayName: answers.clientAppName,
        IsFallbackPublicClient: true,
        RequiredResourceAccess: [{ ResourceAccess: [{ Id: scopeId, Type: 'Scope' }], ResourceAppId: ids.serverAppId }],
        SignInAudience: 'AzureADMyOrg',
        Web: { ImplicitGrantSettings: { EnableIdTokenIssuance: true } },
      });
      // Its broker redirect URI holds its own client ID (L146): set once the app exists.
      const clientApp = (run.stateAfter.graph as { applications: Array<{ id: string; appId: string }> }).applications[1]!;
      expect(update?.parameters).toEqual({ ApplicationId: clientApp.id, PublicClient: { RedirectUris: [`ms-appx-web://Microsoft.AAD.BrokerPlugin/${clientApp.appId}`] } });
      expect(grant?.parameters).toEqual({ BodyParameter: { ClientId: expect.any(String), ConsentType: 'AllPrincipals', ResourceId: expect.any(String), Scope: 'user_impersonation' } });
      expect(run.warnings).toEqual([text.secretOnce]);
      expect(run.output).toContain(format(text.secretValue, 'standin-secret-60000000-0000-4000-8000-000000000004'));
      expect(run.output).toContain(format(text.secretExpires, '2027-03-01'));
      expect(run.output.at(-1)).toBe(format(text.nextStep, ids.serverAppId, clientApp.appId));
    });

    it('second run: finds everything, creates and changes nothing, never shows a secret again', () => {
      const run = result('second');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(changesOf(run)).toEqual([]);
      expect(run.warnings).toEqual([]);
      expect(run.output.filter((line) => line.startsWith(format(text.secretValue, '')))).toEqual([]);
      expect(run.output).toContain(format(text.secretExists, answers.serverAppName, '2027-03-01'));
      expect(run.output).toContain(format(text.grantExists, answers.clientAppName, answers.serverAppName));
      expect(run.stateAfter.graph).toEqual({ ...(result('first').stateAfter.graph as object), connected: true });
    });

    it('Entra user discovery: Directory.Read.All (application) on the server app (L79-L91), granted by app-role assignment; a second run adds nothing', () => {
      const run = result('discovery');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(graphCalls(run)[0]?.parameters.Scopes).toEqual([...SCOPES, 'AppRoleAssignment.ReadWrite.All']);
      const [server] = changesOf(run);
      expect(server?.parameters.RequiredResourceAccess).toEqual([{ ResourceAccess: [{ Id: 'role-directory-read-all', Type: 'Role' }], ResourceAppId: GRAPH_APP_ID }]);
      expect(changesOf(run).at(-1)).toMatchObject({ command: 'New-MgServicePrincipalAppRoleAssignment', parameters: { BodyParameter: { AppRoleId: 'role-directory-read-all', ResourceId: 'graph-sp' } }, performed: true });
      expect(changesOf(result('discovery-second'))).toEqual([]);
      expect(result('discovery-second').output).toContain(format(text.directoryExists, answers.serverAppName));
    });

    it('an Application Administrator: the apps are made, the Directory.Read.All grant stops with who may give it', () => {
      const run = result('application-administrator');
      expect(run.exitCode).toBe(1);
      expect(run.error?.message).toBe(format(text.directoryDenied, answers.serverAppName, 'Insufficient privileges to complete the operation.'));
      expect(changesOf(run).at(-1)).toMatchObject({ command: 'New-MgServicePrincipalAppRoleAssignment', performed: false });
      expect(changesOf(run).filter((call) => call.performed).map((call) => call.command)).toEqual(['New-MgApplication', 'New-MgServicePrincipal', 'Add-MgApplicationPassword', 'New-MgApplication', 'Update-MgApplication', 'New-MgServicePrincipal', 'New-MgOauth2PermissionGrant']);
    });

    it('a server app registered by hand without http://localhost: gets only the redirect URI, its other redirect kept', () => {
      const run = result('server-by-hand');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      const [update] = changesOf(run);
      expect(update).toEqual({
        command: 'Update-MgApplication',
        kind: 'Graph',
        parameterSet: 'UpdateExpanded',
        parameters: { ApplicationId: ids.server, Web: { HomePageUrl: null, ImplicitGrantSettings: { EnableAccessTokenIssuance: false, EnableIdTokenIssuance: true }, LogoutUrl: null, RedirectUris: ['https://portal.contoso.com', 'http://localhost'] } },
        performed: true,
      });
      expect(run.output).toContain(format(text.updated, answers.serverAppName, format(text.labelRedirect, 'http://localhost')));
    });

    it('apps complete, a grant with another scope: only the grant changes, user_impersonation added to it', () => {
      const run = result('grant-other-scope');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(changesOf(run)).toEqual([{ command: 'Update-MgOauth2PermissionGrant', kind: 'Graph', parameterSet: 'UpdateExpanded', parameters: { OAuth2PermissionGrantId: 'grant-1', Scope: 'openid user_impersonation' }, performed: true }]);
      expect(run.output).toContain(format(text.secretExists, answers.serverAppName, '2027-01-01'));
    });

    it.each([
      ['other-audience', () => format(text.otherAudience, answers.serverAppName, 'AzureADMultipleOrgs')],
      ['other-tenant', () => format(text.wrongTenant, TENANT, '99999999-9999-4999-8999-999999999999')],
      ['no-modules', () => format(text.moduleMissing, 'Microsoft.Graph.Authentication')],
    ])('%s: stops with its message before any change', (mode, message) => {
      const run = result(mode);
      expect([run.exitCode, run.error?.message]).toEqual([1, message()]);
      expect(changesOf(run)).toEqual([]);
    });
  });
});
