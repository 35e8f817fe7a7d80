import { describe, it, expect } from 'vitest';
import { azure } from '../../../src/steps/azure/index.ts';
import { RESOURCE_PROVIDERS } from '../../../src/domain/azure-resources.ts';
import type { PartialAnswers } from '../../../src/model/answers.ts';
import { isRelevant, isRequired } from '../../../src/model/inputs.ts';
import { classicAnswers, inputSpec, NOW, planStep, validateInput, vmssAnswers } from '../../support/answers.ts';
import { planAtPlace } from '../../../src/steps/index.ts';
import { codeText } from '../../../src/messages/i18n.ts';

const GUID = '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6';
const SERVER_APP = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const OWN_URI = 'https://contoso.com/ConfigMgrService';

describe('azure plan', () => {
  it('vmss without a sign-in: the preflight is skipped, names the four resource providers, and writes the onboarding script', () => {
    const plan = planStep(azure, vmssAnswers());
    expect(plan.findings).toStrictEqual([
      { severity: 'info', code: 'AZURE_PREFLIGHT_SKIPPED', params: { reason: 'no-sign-in', providers: 'Microsoft.KeyVault, Microsoft.Storage, Microsoft.Network, Microsoft.Compute' } },
      // Existing apps and the default App ID URI: the plan says the import will record that URI.
      { severity: 'info', code: 'SERVER_APP_ID_URI_ASSUMED', params: { value: 'api://b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d/ConfigMgrService' }, input: 'serverAppIdUri' },
    ]);
    expect(plan.artifacts.map(({ path, purpose, runOn }) => ({ path, purpose, runOn }))).toStrictEqual([{ path: '03-azure/Register-CmgAzureService.ps1', purpose: 'azure.service', runOn: 'site-server' }]);
    expect(plan.facts).toStrictEqual({
      resourceProviders: ['Microsoft.KeyVault', 'Microsoft.Storage', 'Microsoft.Network', 'Microsoft.Compute'],
      azureService: { name: 'Cloud Management', serverApp: 'CMG-ServerApp', clientApp: 'CMG-ClientApp', appIdUri: 'api://b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d/ConfigMgrService', userDiscovery: false },
    });
  });

  it('vmss ignores classic-only answers', () => {
    const plan = planStep(azure, vmssAnswers({ managementCertPath: 'C:\\certs\\azure-management.pfx', subCaCerts: ['C:\\certs\\sub.cer'] }));
    expect(plan.findings.map((finding) => finding.code)).toEqual(['AZURE_PREFLIGHT_SKIPPED', 'SERVER_APP_ID_URI_ASSUMED']);
  });

  it('no apps yet: the Entra administrator\'s script comes first, and the plan says the client IDs are still to come', () => {
    const plan = planStep(azure, vmssAnswers({ createEntraApps: true, serverAppClientId: undefined, clientAppClientId: undefined }));
    expect(plan.artifacts.map(({ path, purpose, runOn }) => ({ path, purpose, runOn }))).toStrictEqual([
      { path: '03-azure/New-CmgEntraApps.ps1', purpose: 'entra.apps', runOn: 'admin-workstation' },
      { path: '03-azure/Register-CmgAzureService.ps1', purpose: 'azure.service', runOn: 'site-server' },
    ]);
    expect(plan.findings.slice(1)).toStrictEqual([{ severity: 'warning', code: 'ENTRA_APP_IDS_PENDING', input: 'createEntraApps' }]);
  });

  it('what the import needs and the answers lack is named, with its flag and its script parameter', () => {
    const plan = planStep(azure, vmssAnswers({ serverAppIdUri: OWN_URI, tenantName: undefined, clientAppClientId: undefined }));
    expect(plan.findings.slice(1)).toStrictEqual([
      { severity: 'warning', code: 'ONBOARDING_INPUTS_AT_RUN_TIME', params: { flags: '--tenant-name, --client-app-client-id', parameters: '-TenantName, -ClientAppClientId' }, input: 'tenantName' },
    ]);
  });

  it('Entra user discovery: Directory.Read.All needs more than an Application Administrator', () => {
    const plan = planStep(azure, vmssAnswers({ serverAppIdUri: OWN_URI, entraUserDiscovery: true }));
    expect(plan.findings.slice(1)).toStrictEqual([{ severity: 'info', code: 'ENTRA_DIRECTORY_READ_ALL', input: 'entraUserDiscovery' }]);
  });

  it('the same GUID for the subscription, the tenant or an app: one error naming every input that has it, on the last', () => {
    const TENANT = 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d';
    const all = planStep(azure, vmssAnswers({ serverAppIdUri: OWN_URI, subscriptionId: TENANT, serverAppClientId: TENANT }));
    expect(all.findings.slice(1)).toStrictEqual([{ severity: 'error', code: 'GUIDS_IDENTICAL', params: { value: TENANT, inputs: 'subscriptionId, tenantId, serverAppClientId' }, input: 'serverAppClientId' }]);
    // The two apps alone: the client app's own rule says it at its question (APP_IDS_IDENTICAL), and the plan not again.
    const apps = planStep(azure, vmssAnswers({ serverAppIdUri: OWN_URI, clientAppClientId: SERVER_APP, serverAppClientId: SERVER_APP }));
    expect(apps.findings.slice(1)).toStrictEqual([]);
    expect(validateInput('clientAppClientId', SERVER_APP, { serverAppClientId: SERVER_APP })).toEqual([{ severity: 'error', code: 'APP_IDS_IDENTICAL', params: { value: SERVER_APP } }]);
    const tenantAndApp = planStep(azure, vmssAnswers({ serverAppIdUri: OWN_URI, clientAppClientId: TENANT }));
    expect(tenantAndApp.findings.slice(1)).toStrictEqual([{ severity: 'error', code: 'GUIDS_IDENTICAL', params: { value: TENANT, inputs: 'tenantId, clientAppClientId' }, input: 'clientAppClientId' }]);
    // The Azure checks' service principal may be one of the apps; classic compares nothing (it asks the subscription alone).
    expect(planStep(azure, vmssAnswers({ serverAppIdUri: OWN_URI, azureClientId: SERVER_APP })).findings.slice(1)).toStrictEqual([]);
    expect(planStep(azure, classicAnswers({ subscriptionId: GUID, tenantId: GUID })).findings.map((finding) => finding.code)).not.toContain('GUIDS_IDENTICAL');
    expect(codeText('en', 'GUIDS_IDENTICAL', { value: SERVER_APP, inputs: 'serverAppClientId, clientAppClientId' })).toBe(
      `serverAppClientId, clientAppClientId have the same ID, ${SERVER_APP}: a subscription, a tenant and each app registration have IDs of their own, so one was pasted into the wrong place. Copy each from its own page (Subscriptions, Microsoft Entra ID > Overview, App registrations).`,
    );
  });

  it('an expiry date that has passed (by the plan\'s clock) is an error', () => {
    const past = planStep(azure, vmssAnswers({ serverAppIdUri: OWN_URI, serverAppSecretExpiry: NOW.toISOString().slice(0, 10) }));
    expect(past.findings.slice(1)).toStrictEqual([{ severity: 'error', code: 'SECRET_EXPIRY_PAST', params: { value: NOW.toISOString().slice(0, 10) }, input: 'serverAppSecretExpiry' }]);
    const future = planStep(azure, vmssAnswers({ serverAppIdUri: OWN_URI, serverAppSecretExpiry: '2099-01-01' }));
    expect(future.findings.slice(1)).toStrictEqual([]);
  });

  it('classic: classic providers and the management certificate note', () => {
    expect(planStep(azure, classicAnswers())).toStrictEqual({
      findings: [
        { severity: 'info', code: 'AZURE_PREFLIGHT_SKIPPED', params: { reason: 'no-sign-in', providers: 'Microsoft.ClassicCompute, Microsoft.Storage' } },
        { severity: 'info', code: 'AZURE_ONBOARDING_CLASSIC' },
      ],
      artifacts: [],
      facts: { resourceProviders: ['Microsoft.ClassicCompute', 'Microsoft.Storage'] },
    });
    expect(RESOURCE_PROVIDERS.classic).toEqual(['Microsoft.ClassicCompute', 'Microsoft.Storage']);
  });

  it('classic with sub-CA certificates: the thumbprint update script, with the thumbprints the certificate check computed', () => {
    const subCa = (path: string, thumbprint: string) => ({ path, subject: 'CN=Contoso Issuing', issuer: 'CN=Contoso Root', thumbprint, notBefore: '2026-01-01T00:00:00.000Z', notAfter: '2030-01-01T00:00:00.000Z', kind: 'intermediate' as const });
    const subCas = [subCa('C:\\certs\\sub1.cer', 'A'.repeat(40)), subCa('C:\\certs\\sub2.cer', 'B'.repeat(40))];
    const answers = classicAnswers({ managementCertPath: undefined, subCaCerts: ['C:\\certs\\sub1.cer', 'C:\\certs\\sub2.cer'] });
    const plan = planAtPlace(azure, { answers, now: NOW, certificates: { findings: [], clientAuthorities: [], subCas } });
    expect(plan.findings).toStrictEqual([
      { severity: 'info', code: 'AZURE_PREFLIGHT_SKIPPED', params: { reason: 'no-sign-in', providers: 'Microsoft.ClassicCompute, Microsoft.Storage' } },
      { severity: 'info', code: 'AZURE_ONBOARDING_CLASSIC' },
    ]);
    expect(plan.artifacts.map(({ path, purpose, runOn }) => ({ path, purpose, runOn }))).toStrictEqual([{ path: '03-azure/Update-CmgSubCaThumbprints.ps1', purpose: 'subca.update', runOn: 'site-server' }]);
    const script = String(plan.artifacts[0]?.content);
    expect(script).toContain(`[string[]] $SubCaThumbprints = @('${'A'.repeat(40)}', '${'B'.repeat(40)}'),`);
    expect(script).toContain(`[string] $ServiceCName = '${answers.serviceName}',`);
    expect(plan.guidance).toStrictEqual([{ key: 'subCaPortal', params: { serviceName: answers.serviceName, count: 2 } }]);
    expect(plan.facts).toStrictEqual({ resourceProviders: ['Microsoft.ClassicCompute', 'Microsoft.Storage'], subCaCertificates: subCas });
  });

  it('classic with sub-CA files that could not be read: no script (the reading findings say why)', () => {
    const plan = planStep(azure, classicAnswers({ subCaCerts: ['C:\\certs\\sub1.cer'] }));
    expect(plan.artifacts).toStrictEqual([]);
  });
});

describe('azure inputs', () => {
  it.each<[string, unknown[]]>([
    ['2027-03-01', []],
    ['2027-02-29', [{ severity: 'error', code: 'SECRET_EXPIRY_INVALID', params: { value: '2027-02-29' } }]],
    ['03/01/2027', [{ severity: 'error', code: 'SECRET_EXPIRY_INVALID', params: { value: '03/01/2027' } }]],
  ])('serverAppSecretExpiry %s', (value, expected) => {
    expect(validateInput('serverAppSecretExpiry', value)).toEqual(expected);
  });

  it('the two app names must differ (the Graph script finds each by its name)', () => {
    expect(validateInput('clientAppName', 'cmg-serverapp', { serverAppName: 'CMG-ServerApp' })).toEqual([{ severity: 'error', code: 'APP_NAMES_IDENTICAL', params: { value: 'cmg-serverapp' } }]);
    expect(validateInput('clientAppName', 'CMG-ClientApp', { serverAppName: 'CMG-ServerApp' })).toEqual([]);
  });

  it.each<[string, unknown[]]>([
    ['api://b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d/ConfigMgrService', []],
    ['https://contoso.com/ConfigMgrService', []],
    ['https://ConfigMgrService', [{ severity: 'warning', code: 'APP_ID_URI_NOT_RECOMMENDED', params: { value: 'https://ConfigMgrService', example: 'api://b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d/ConfigMgrService' } }]],
    ['api://x y', [{ severity: 'error', code: 'APP_ID_URI_INVALID', params: { value: 'api://x y', reason: 'characters' } }]],
    ['ConfigMgrService', [{ severity: 'error', code: 'APP_ID_URI_INVALID', params: { value: 'ConfigMgrService', reason: 'url' } }]],
  ])('serverAppIdUri %s', (value, expected) => {
    expect(validateInput('serverAppIdUri', value, { tenantId: 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d' })).toEqual(expected);
  });

  it.each([['subscriptionId'], ['tenantId'], ['serverAppClientId'], ['clientAppClientId']] as const)('%s is checked as a GUID', (key) => {
    expect(validateInput(key, GUID.toUpperCase(), { serverAppClientId: SERVER_APP })).toEqual([]);
    expect(validateInput(key, `{${GUID}}`, { serverAppClientId: SERVER_APP })).toEqual([{ severity: 'error', code: 'GUID_INVALID', params: { value: `{${GUID}}`, reason: 'braces' } }]);
    expect(validateInput(key, GUID.slice(1), { serverAppClientId: SERVER_APP })).toEqual([{ severity: 'error', code: 'GUID_INVALID', params: { value: GUID.slice(1), reason: 'format' } }]);
  });

  it.each([[SERVER_APP], [SERVER_APP.toUpperCase()]])('clientAppClientId %s equal to the server app is refused', (value) => {
    expect(validateInput('clientAppClientId', value, { serverAppClientId: SERVER_APP })).toEqual([{ severity: 'error', code: 'APP_IDS_IDENTICAL', params: { value } }]);
  });

  it('clientAppClientId different from the server app is fine', () => {
    expect(validateInput('clientAppClientId', '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9', { serverAppClientId: SERVER_APP })).toEqual([]);
  });

  it.each<[string, string, unknown[]]>([
    ['rg-contoso-cmg', '2403', []],
    ['RG_Contoso(prod)', '2403', []],
    ['RG-Contoso', '2103', [{ severity: 'error', code: 'RESOURCE_GROUP_OLD_SITE', params: { value: 'RG-Contoso', siteVersion: '2103' } }]],
    ['rg-contoso.', '2403', [{ severity: 'error', code: 'RESOURCE_GROUP_INVALID', params: { value: 'rg-contoso.', reason: 'period' } }]],
  ])('resourceGroup %s on %s', (value, siteVersion, expected) => {
    expect(validateInput('resourceGroup', value, { siteVersion })).toEqual(expected);
  });

  it.each<[string, unknown[]]>([
    ['https://management.azure.com', []],
    ['https://arm.contoso.com:8443/proxy/', []],
    ['management.azure.com', [{ severity: 'error', code: 'ARM_ENDPOINT_INVALID', params: { value: 'management.azure.com', reason: 'url' } }]],
    ['http://localhost:8080', [{ severity: 'error', code: 'ARM_ENDPOINT_INVALID', params: { value: 'http://localhost:8080', reason: 'https' } }]],
    ['https://arm.contoso.com/?sig=abc', [{ severity: 'error', code: 'ARM_ENDPOINT_INVALID', params: { value: 'https://arm.contoso.com', reason: 'extra' } }]],
    ['https://arm.contoso.com/#top', [{ severity: 'error', code: 'ARM_ENDPOINT_INVALID', params: { value: 'https://arm.contoso.com', reason: 'extra' } }]],
    ['https://user:pa55@arm.contoso.com/', [{ severity: 'error', code: 'ARM_ENDPOINT_INVALID', params: { value: 'https://arm.contoso.com', reason: 'extra' } }]],
  ])('armEndpoint %s', (value, expected) => {
    expect(validateInput('armEndpoint', value)).toEqual(expected);
  });

  it.each<[string, PartialAnswers, boolean, boolean]>([
    ['tenantId', { model: 'vmss' }, true, true],
    ['tenantId', { model: 'classic' }, false, false],
    ['resourceGroup', { model: 'vmss' }, true, true],
    ['resourceGroup', { model: 'classic' }, false, false],
    ['managementCertPath', { model: 'classic' }, true, true],
    ['managementCertPath', { model: 'vmss' }, false, false],
    ['managementCertPassword', { model: 'classic' }, true, true],
    ['subCaCerts', { model: 'vmss' }, false, false],
    ['clientAppClientId', { model: 'vmss', clientAuth: 'entra' }, true, true],
    ['clientAppClientId', { model: 'vmss', clientAuth: 'pki' }, true, false],
    ['clientAppClientId', { model: 'classic', clientAuth: 'entra' }, false, false],
    ['clientAppClientId', { model: 'vmss', clientAuth: 'entra', createEntraApps: true }, true, false],
    ['serverAppClientId', { model: 'vmss', createEntraApps: true }, true, false],
    ['serverAppClientId', { model: 'vmss' }, true, true],
    ['tenantName', { model: 'vmss' }, true, false],
    ['tenantName', { model: 'classic' }, false, false],
  ])('%s for %j: relevant %s, required %s', (key, answers, relevant, required) => {
    const spec = inputSpec(key as 'tenantId');
    expect([isRelevant(spec, answers), isRequired(spec, answers)]).toEqual([relevant, required]);
  });
});
