/**
 * src/azure/checks.ts without HTTP: an in-memory Arm that answers from a table and records every
 * call (name and arguments) and how many ran at once.
 */
import { describe, expect, it } from 'vitest';
import type { Arm, NameCheck, ProviderInfo, SubscriptionInfo, VmSku } from '../../src/azure/arm.ts';
import { allows, runChecks, type PreflightFinding } from '../../src/azure/checks.ts';
import type { Answers } from '../../src/model/answers.ts';
import { classicAnswers, vmssAnswers } from '../support/answers.ts';
import { azureChecks } from '../../src/wizard/azure-checks.ts';

const SUBSCRIPTION = '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6';
const TENANT = 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d';

type Permissions = Array<{ actions: string[]; notActions: string[] }>;

// Built-in role definitions (actions / notActions as Azure publishes them).
const OWNER: Permissions = [{ actions: ['*'], notActions: [] }];
const CONTRIBUTOR: Permissions = [
  {
    actions: ['*'],
    notActions: [
      'Microsoft.Authorization/*/Delete',
      'Microsoft.Authorization/*/Write',
      'Microsoft.Authorization/elevateAccess/Action',
      'Microsoft.Blueprint/blueprintAssignments/write',
      'Microsoft.Blueprint/blueprintAssignments/delete',
      'Microsoft.Compute/galleries/share/action',
      'Microsoft.Purview/consents/write',
      'Microsoft.Purview/consents/delete',
    ],
  },
];
const READER: Permissions = [{ actions: ['*/read'], notActions: [] }];
const USER_ACCESS_ADMINISTRATOR: Permissions = [{ actions: ['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*'], notActions: [] }];

const DEPLOY = 'Microsoft.Resources/deployments/write';
const ASSIGN = 'Microsoft.Authorization/roleAssignments/write';

interface Table {
  subscription: SubscriptionInfo | undefined;
  permissions: Permissions;
  providers: Record<string, ProviderInfo | undefined>;
  registerResult: string;
  skus: Record<string, VmSku[]>;
  groups: Record<string, { location: string }>;
  dnsAvailable: boolean;
  keyVault: NameCheck;
  deletedVaults: Array<{ name: string; location: string }>;
  storage: NameCheck;
}

const registered = (resourceTypes: ProviderInfo['resourceTypes'] = []): ProviderInfo => ({ registrationState: 'Registered', resourceTypes });
const COMPUTE = registered([
  { resourceType: 'virtualMachineScaleSets', locations: ['West Europe', 'North Europe', 'East US'] },
  { resourceType: 'virtualMachines', locations: ['West Europe'] },
]);
const SKUS = (): VmSku[] => ['Standard_B2s', 'Standard_A2_v2', 'Standard_A4_v2'].map((name) => ({ name, restricted: false }));

function table(overrides: Partial<Table> = {}): Table {
  return {
    subscription: { state: 'Enabled', tenantId: TENANT },
    permissions: OWNER,
    providers: {
      'Microsoft.KeyVault': registered(),
      'Microsoft.Storage': registered(),
      'Microsoft.Network': registered(),
      'Microsoft.Compute': COMPUTE,
      'Microsoft.ClassicCompute': registered(),
    },
    registerResult: 'Registering',
    skus: { westeurope: SKUS(), northeurope: SKUS() },
    groups: {},
    dnsAvailable: true,
    keyVault: { available: true },
    deletedVaults: [],
    storage: { available: true },
    ...overrides,
  };
}

/** An Arm that answers from `data` after a tick, recording calls and the most that ran at once. */
function memoryArm(data: Table): Arm & { calls: string[]; maxInFlight: number } {
  let inFlight = 0;
  const record = async <T>(call: string, answer: () => T): Promise<T> => {
    arm.calls.push(call);
    inFlight += 1;
    arm.maxInFlight = Math.max(arm.maxInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 1));
    inFlight -= 1;
    return answer();
  };
  const arm: Arm & { calls: string[]; maxInFlight: number } = {
    calls: [],
    maxInFlight: 0,
    subscription: () => record('subscription()', () => data.subscription),
    permissions: (group) => record(`permissions(${group})`, () => data.permissions),
    provider: (namespace) => record(`provider(${namespace})`, () => data.providers[namespace]),
    registerProvider: (namespace) => record(`registerProvider(${namespace})`, () => data.registerResult),
    vmSkus: (location) => record(`vmSkus(${location})`, () => data.skus[location] ?? []),
    resourceGroup: (name) => record(`resourceGroup(${name})`, () => data.groups[name]),
    dnsNameAvailable: (location, label) => record(`dnsNameAvailable(${location}, ${label})`, () => data.dnsAvailable),
    keyVaultName: (name) => record(`keyVaultName(${name})`, () => data.keyVault),
    deletedKeyVaults: () => record('deletedKeyVaults()', () => data.deletedVaults),
    storageName: (name) => record(`storageName(${name})`, () => data.storage),
  };
  return arm;
}

async function check(answers: Answers, data: Partial<Table> = {}, registerProviders = false) {
  const arm = memoryArm(table(data));
  const findings = await runChecks(arm, azureChecks(answers), { registerProviders, subscriptionId: answers.subscriptionId });
  return { findings, calls: arm.calls, maxInFlight: arm.maxInFlight };
}

const VMSS_PROVIDERS = 'Microsoft.KeyVault, Microsoft.Storage, Microsoft.Network, Microsoft.Compute';

const SUBSCRIPTION_OK: PreflightFinding = { severity: 'info', code: 'AZURE_SUBSCRIPTION_OK', params: { subscriptionId: SUBSCRIPTION }, input: 'subscriptionId' };
/** A group that does not exist yet: the permissions read (published for a resource group only) cannot be sent. */
const PERMISSIONS_UNVERIFIED: PreflightFinding = { severity: 'warning', code: 'AZURE_PERMISSIONS_UNVERIFIED', params: { subscriptionId: SUBSCRIPTION }, input: 'subscriptionId' };
const VMSS_PROVIDERS_OK: PreflightFinding = { severity: 'info', code: 'AZURE_PROVIDERS_OK', params: { providers: VMSS_PROVIDERS }, input: 'subscriptionId' };
const REGION_OK: PreflightFinding = { severity: 'info', code: 'AZURE_REGION_OK', params: { region: 'westeurope', size: 'Standard_A2_v2' }, input: 'region' };
const GROUP_NEW: PreflightFinding = { severity: 'info', code: 'AZURE_RESOURCE_GROUP_NEW', params: { resourceGroup: 'rg-contoso-cmg', region: 'westeurope' }, input: 'resourceGroup' };
const NAMES_FREE: PreflightFinding = { severity: 'info', code: 'AZURE_NAMES_FREE', params: { name: 'contosocmg', storage: 'yes' }, input: 'deploymentPrefix' };

const VMSS_CALLS = [
  'subscription()',
  // Read once, for the permissions (only a group that exists can be asked) and its own check.
  'resourceGroup(rg-contoso-cmg)',
  'provider(Microsoft.KeyVault)',
  'provider(Microsoft.Storage)',
  'provider(Microsoft.Network)',
  // Read once: its registration and its scale-set regions come from the same answer.
  'provider(Microsoft.Compute)',
  'vmSkus(westeurope)',
  'dnsNameAvailable(westeurope, contosocmg)',
  'keyVaultName(contosocmg)',
  'deletedKeyVaults()',
  'storageName(contosocmg)',
];

const byCode = (findings: PreflightFinding[], code: string) => findings.filter((finding) => finding.code === code);

describe('allows', () => {
  it('Owner may deploy and assign roles', () => {
    expect(allows(OWNER, DEPLOY)).toBe(true);
    expect(allows(OWNER, ASSIGN)).toBe(true);
  });

  it('Contributor may deploy but not assign roles (notActions Microsoft.Authorization/*/Write)', () => {
    expect(allows(CONTRIBUTOR, DEPLOY)).toBe(true);
    expect(allows(CONTRIBUTOR, ASSIGN)).toBe(false);
    expect(allows(CONTRIBUTOR, 'Microsoft.Authorization/roleAssignments/delete')).toBe(false);
    expect(allows(CONTRIBUTOR, 'Microsoft.Authorization/roleAssignments/read')).toBe(true);
  });

  it('Reader may only read', () => {
    expect(allows(READER, DEPLOY)).toBe(false);
    expect(allows(READER, ASSIGN)).toBe(false);
    expect(allows(READER, 'Microsoft.Resources/subscriptions/resourceGroups/read')).toBe(true);
  });

  it("one role's notActions do not take away what another role grants (Contributor + User Access Administrator)", () => {
    const both = [...CONTRIBUTOR, ...USER_ACCESS_ADMINISTRATOR];
    expect(allows(both, DEPLOY)).toBe(true);
    expect(allows(both, ASSIGN)).toBe(true);
    expect(allows(USER_ACCESS_ADMINISTRATOR, DEPLOY)).toBe(false);
  });

  it('matches case-insensitively, with * standing for any text and nothing else special', () => {
    expect(allows([{ actions: ['microsoft.resources/DEPLOYMENTS/Write'], notActions: [] }], DEPLOY)).toBe(true);
    expect(allows([{ actions: ['Microsoft.Resources/*'], notActions: [] }], DEPLOY)).toBe(true);
    expect(allows([{ actions: ['Microsoft.Resources/deployments/writ.'], notActions: [] }], DEPLOY)).toBe(false);
    expect(allows([{ actions: ['Microsoft.Resources/deployments/(write)'], notActions: [] }], DEPLOY)).toBe(false);
    expect(allows([{ actions: ['Microsoft.Resources/deployments'], notActions: [] }], DEPLOY)).toBe(false);
    expect(allows([{ actions: ['*'], notActions: ['*/write'] }], DEPLOY)).toBe(false);
  });

  it('no permissions allow nothing', () => {
    expect(allows([], DEPLOY)).toBe(false);
    expect(allows([{ actions: [], notActions: [] }], DEPLOY)).toBe(false);
  });
});

describe('runChecks: vmss', () => {
  it('all good (a new group: the permissions unverified, a warning; the rest info), calls in a fixed order, one at a time', async () => {
    const { findings, calls, maxInFlight } = await check(vmssAnswers());
    expect(findings).toEqual([SUBSCRIPTION_OK, PERMISSIONS_UNVERIFIED, VMSS_PROVIDERS_OK, REGION_OK, GROUP_NEW, NAMES_FREE]);
    expect(calls).toEqual(VMSS_CALLS);
    expect(maxInFlight).toBe(1);
  });

  it('a subscription that is not there ends the checks after one call', async () => {
    const { findings, calls } = await check(vmssAnswers(), { subscription: undefined });
    expect(findings).toEqual([{ severity: 'error', code: 'AZURE_SUBSCRIPTION_NOT_FOUND', params: { subscriptionId: SUBSCRIPTION }, input: 'subscriptionId' }]);
    expect(calls).toEqual(['subscription()']);
  });

  it('a disabled subscription is an error and the other checks still run', async () => {
    const { findings, calls } = await check(vmssAnswers(), { subscription: { state: 'Disabled', tenantId: TENANT } });
    expect(findings).toEqual([
      { severity: 'error', code: 'AZURE_SUBSCRIPTION_DISABLED', params: { subscriptionId: SUBSCRIPTION, state: 'Disabled' }, input: 'subscriptionId' },
      PERMISSIONS_UNVERIFIED,
      VMSS_PROVIDERS_OK,
      REGION_OK,
      GROUP_NEW,
      NAMES_FREE,
    ]);
    expect(calls).toEqual(VMSS_CALLS);
  });

  it('a subscription in another tenant is an error on tenantId; the tenant compares case-insensitively', async () => {
    const other = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    const { findings } = await check(vmssAnswers(), { subscription: { state: 'Enabled', tenantId: other } });
    expect(findings.slice(0, 2)).toEqual([
      { severity: 'error', code: 'AZURE_SUBSCRIPTION_OTHER_TENANT', params: { subscriptionId: SUBSCRIPTION, tenantId: TENANT, actual: other }, input: 'tenantId' },
      PERMISSIONS_UNVERIFIED,
    ]);
    const upper = await check(vmssAnswers(), { subscription: { state: 'Enabled', tenantId: TENANT.toUpperCase() } });
    expect(upper.findings[0]).toEqual(SUBSCRIPTION_OK);
  });

  it.each(['Warned', 'PastDue'])('a %s subscription still runs resources: a warning, and the other checks run', async (state) => {
    const { findings } = await check(vmssAnswers(), { subscription: { state, tenantId: TENANT } });
    expect(findings[0]).toEqual({ severity: 'warning', code: 'AZURE_SUBSCRIPTION_WARNED', params: { subscriptionId: SUBSCRIPTION, state }, input: 'subscriptionId' });
    expect(byCode(findings, 'AZURE_NAMES_FREE')).toHaveLength(1);
  });

  it('disabled and in another tenant: both errors, no OK', async () => {
    const { findings } = await check(vmssAnswers(), { subscription: { state: 'Disabled', tenantId: 'other' } });
    expect(findings.slice(0, 3).map((finding) => [finding.code, finding.params])).toEqual([
      ['AZURE_SUBSCRIPTION_DISABLED', { subscriptionId: SUBSCRIPTION, state: 'Disabled' }],
      ['AZURE_SUBSCRIPTION_OTHER_TENANT', { subscriptionId: SUBSCRIPTION, tenantId: TENANT, actual: 'other' }],
      ['AZURE_PERMISSIONS_UNVERIFIED', { subscriptionId: SUBSCRIPTION }],
    ]);
  });

  it('without a tenantId answer the tenant is not compared', async () => {
    const { findings } = await check(vmssAnswers({ tenantId: undefined }), { subscription: { state: 'Enabled', tenantId: 'other' } });
    expect(findings[0]).toEqual(SUBSCRIPTION_OK);
  });

  /** The group exists and is wanted: the permissions are read on it. */
  const EXISTING: [Answers, Partial<Table>] = [vmssAnswers({ useExistingResourceGroup: true }), { groups: { 'rg-contoso-cmg': { location: 'westeurope' } } }];
  const missing = (actions: string) => ({ severity: 'error', code: 'AZURE_PERMISSIONS_MISSING', params: { actions, role: 'Owner', resourceGroup: 'rg-contoso-cmg' }, input: 'subscriptionId' });

  it('an existing group: the permissions are read on it, after the group read, and Owner is enough', async () => {
    const { findings, calls } = await check(EXISTING[0], EXISTING[1]);
    expect(findings[1]).toEqual({ severity: 'info', code: 'AZURE_PERMISSIONS_OK', params: { resourceGroup: 'rg-contoso-cmg' }, input: 'subscriptionId' });
    expect(calls.slice(0, 3)).toEqual(['subscription()', 'resourceGroup(rg-contoso-cmg)', 'permissions(rg-contoso-cmg)']);
    // The group is read once for both checks.
    expect(calls.filter((call) => call.startsWith('resourceGroup'))).toHaveLength(1);
  });

  it('Contributor lacks the role assignment; Reader lacks both; Contributor + User Access Administrator is Owner level', async () => {
    const contributor = await check(EXISTING[0], { ...EXISTING[1], permissions: CONTRIBUTOR });
    expect(byCode(contributor.findings, 'AZURE_PERMISSIONS_MISSING')).toEqual([missing(ASSIGN)]);
    expect(byCode(contributor.findings, 'AZURE_PERMISSIONS_OK')).toEqual([]);
    const reader = await check(EXISTING[0], { ...EXISTING[1], permissions: READER });
    expect(byCode(reader.findings, 'AZURE_PERMISSIONS_MISSING')).toEqual([missing(`${DEPLOY}, ${ASSIGN}`)]);
    const none = await check(EXISTING[0], { ...EXISTING[1], permissions: [] });
    expect(byCode(none.findings, 'AZURE_PERMISSIONS_MISSING')).toEqual([missing(`${DEPLOY}, ${ASSIGN}`)]);
    const both = await check(EXISTING[0], { ...EXISTING[1], permissions: [...CONTRIBUTOR, ...USER_ACCESS_ADMINISTRATOR] });
    expect(byCode(both.findings, 'AZURE_PERMISSIONS_OK')).toHaveLength(1);
    expect(byCode(both.findings, 'AZURE_PERMISSIONS_MISSING')).toEqual([]);
    const uaaOnly = await check(EXISTING[0], { ...EXISTING[1], permissions: USER_ACCESS_ADMINISTRATOR });
    expect(byCode(uaaOnly.findings, 'AZURE_PERMISSIONS_MISSING')).toEqual([missing(DEPLOY)]);
  });

  it('a group that does not exist yet, or no group: the permissions are not read, a warning says to check by hand', async () => {
    const fresh = await check(vmssAnswers(), { permissions: READER });
    expect(fresh.findings[1]).toEqual(PERMISSIONS_UNVERIFIED);
    expect(fresh.calls.some((call) => call.startsWith('permissions'))).toBe(false);
  });

  it('an unregistered or unknown provider is an error naming its state; nothing is registered without the option', async () => {
    const { findings, calls } = await check(vmssAnswers(), {
      providers: { ...table().providers, 'Microsoft.KeyVault': { registrationState: 'NotRegistered', resourceTypes: [] }, 'Microsoft.Network': undefined },
    });
    expect(findings.slice(2, 4)).toEqual([
      { severity: 'error', code: 'AZURE_PROVIDER_NOT_REGISTERED', params: { namespace: 'Microsoft.KeyVault', state: 'NotRegistered' }, input: 'subscriptionId' },
      { severity: 'error', code: 'AZURE_PROVIDER_NOT_REGISTERED', params: { namespace: 'Microsoft.Network', state: 'NotRegistered' }, input: 'subscriptionId' },
    ]);
    expect(byCode(findings, 'AZURE_PROVIDERS_OK')).toEqual([]);
    expect(calls.filter((call) => call.startsWith('registerProvider'))).toEqual([]);
    // ARM answers every call into them 409: their checks are not sent, and are named as skipped.
    expect(calls).toEqual(VMSS_CALLS.filter((call) => !/^(dnsNameAvailable|keyVaultName|deletedKeyVaults)/.test(call)));
    expect(byCode(findings, 'AZURE_NAMES_FREE')).toEqual([]);
    expect(byCode(findings, 'AZURE_CHECKS_SKIPPED_UNREGISTERED')).toEqual([
      { severity: 'info', code: 'AZURE_CHECKS_SKIPPED_UNREGISTERED', params: { namespace: 'Microsoft.Network', checks: 'dns-name' }, input: 'subscriptionId' },
      { severity: 'info', code: 'AZURE_CHECKS_SKIPPED_UNREGISTERED', params: { namespace: 'Microsoft.KeyVault', checks: 'key-vault-name, deleted-key-vaults' }, input: 'subscriptionId' },
    ]);
  });

  it('--register-providers registers only the providers that are not Registered, in order', async () => {
    const { findings, calls } = await check(
      vmssAnswers(),
      {
        providers: { ...table().providers, 'Microsoft.Storage': { registrationState: 'Unregistered', resourceTypes: [] }, 'Microsoft.Compute': { ...COMPUTE, registrationState: 'NotRegistered' } },
        registerResult: 'Registering',
      },
      true,
    );
    expect(findings.slice(2, 4)).toEqual([
      { severity: 'warning', code: 'AZURE_PROVIDER_REGISTERING', params: { namespace: 'Microsoft.Storage', state: 'Registering' }, input: 'subscriptionId' },
      { severity: 'warning', code: 'AZURE_PROVIDER_REGISTERING', params: { namespace: 'Microsoft.Compute', state: 'Registering' }, input: 'subscriptionId' },
    ]);
    // Still Registering: the checks that need them wait for a re-run, and say so.
    expect(calls).not.toContain('vmSkus(westeurope)');
    expect(calls).not.toContain('storageName(contosocmg)');
    expect(byCode(findings, 'AZURE_CHECKS_SKIPPED_UNREGISTERED').map((finding) => finding.params)).toEqual([
      { namespace: 'Microsoft.Compute', checks: 'vm-size' },
      { namespace: 'Microsoft.Storage', checks: 'storage-name' },
    ]);
    expect(calls.slice(0, 8)).toEqual([
      'subscription()',
      'resourceGroup(rg-contoso-cmg)',
      'provider(Microsoft.KeyVault)',
      'provider(Microsoft.Storage)',
      'registerProvider(Microsoft.Storage)',
      'provider(Microsoft.Network)',
      'provider(Microsoft.Compute)',
      'registerProvider(Microsoft.Compute)',
    ]);
  });

  it('--register-providers with everything registered writes nothing', async () => {
    const { findings, calls } = await check(vmssAnswers(), {}, true);
    expect(findings).toEqual([SUBSCRIPTION_OK, PERMISSIONS_UNVERIFIED, VMSS_PROVIDERS_OK, REGION_OK, GROUP_NEW, NAMES_FREE]);
    expect(calls).toEqual(VMSS_CALLS);
  });

  it('a region without scale sets is an error on region and the VM sizes are not read', async () => {
    const compute = registered([{ resourceType: 'virtualMachineScaleSets', locations: ['North Europe', 'East US'] }]);
    const { findings, calls } = await check(vmssAnswers(), { providers: { ...table().providers, 'Microsoft.Compute': compute } });
    expect(byCode(findings, 'AZURE_REGION_NO_SCALE_SETS')).toEqual([{ severity: 'error', code: 'AZURE_REGION_NO_SCALE_SETS', params: { region: 'westeurope' }, input: 'region' }]);
    expect(byCode(findings, 'AZURE_REGION_OK')).toEqual([]);
    expect(calls).not.toContain('vmSkus(westeurope)');
    expect(calls).toContain('resourceGroup(rg-contoso-cmg)');
  });

  it('the region is given as an AzureRegion name (NorthEurope): the location name is used throughout', async () => {
    const { findings, calls } = await check(vmssAnswers({ region: 'NorthEurope' }));
    expect(byCode(findings, 'AZURE_REGION_OK')).toEqual([{ severity: 'info', code: 'AZURE_REGION_OK', params: { region: 'northeurope', size: 'Standard_A2_v2' }, input: 'region' }]);
    expect(calls).toContain('vmSkus(northeurope)');
    expect(calls).toContain('dnsNameAvailable(northeurope, contosocmg)');
  });

  it('a VM size that is missing or restricted in the region is an error on vmSize', async () => {
    const missing = await check(vmssAnswers({ vmSize: 'large' }), { skus: { westeurope: [{ name: 'Standard_A2_v2', restricted: false }] } });
    expect(byCode(missing.findings, 'AZURE_VM_SIZE_UNAVAILABLE')).toEqual([{ severity: 'error', code: 'AZURE_VM_SIZE_UNAVAILABLE', params: { size: 'Standard_A4_v2', region: 'westeurope' }, input: 'vmSize' }]);
    const restricted = await check(vmssAnswers(), { skus: { westeurope: [{ name: 'Standard_A2_v2', restricted: true }] } });
    expect(byCode(restricted.findings, 'AZURE_VM_SIZE_UNAVAILABLE')).toEqual([{ severity: 'error', code: 'AZURE_VM_SIZE_UNAVAILABLE', params: { size: 'Standard_A2_v2', region: 'westeurope' }, input: 'vmSize' }]);
    const caseless = await check(vmssAnswers({ vmSize: 'lab' }), { skus: { westeurope: [{ name: 'standard_b2s', restricted: false }] } });
    expect(byCode(caseless.findings, 'AZURE_REGION_OK')[0]?.params).toEqual({ region: 'westeurope', size: 'Standard_B2s' });
  });

  it('a Compute provider without a scale-set type skips the region test and reads the sizes', async () => {
    const { findings, calls } = await check(vmssAnswers(), { providers: { ...table().providers, 'Microsoft.Compute': registered([]) } });
    expect(byCode(findings, 'AZURE_REGION_OK')).toHaveLength(1);
    expect(calls).toContain('vmSkus(westeurope)');
  });

  it('resource group: new, missing, in another region, existing without the option, existing and wanted', async () => {
    const missing = await check(vmssAnswers({ useExistingResourceGroup: true }));
    expect(byCode(missing.findings, 'AZURE_RESOURCE_GROUP_MISSING')).toEqual([{ severity: 'error', code: 'AZURE_RESOURCE_GROUP_MISSING', params: { resourceGroup: 'rg-contoso-cmg' }, input: 'resourceGroup' }]);

    const elsewhere = await check(vmssAnswers({ useExistingResourceGroup: true }), { groups: { 'rg-contoso-cmg': { location: 'North Europe' } } });
    expect(byCode(elsewhere.findings, 'AZURE_RESOURCE_GROUP_OTHER_REGION')).toEqual([
      { severity: 'error', code: 'AZURE_RESOURCE_GROUP_OTHER_REGION', params: { resourceGroup: 'rg-contoso-cmg', location: 'North Europe', region: 'westeurope' }, input: 'resourceGroup' },
    ]);

    const exists = await check(vmssAnswers(), { groups: { 'rg-contoso-cmg': { location: 'westeurope' } } });
    expect(byCode(exists.findings, 'AZURE_RESOURCE_GROUP_EXISTS')).toEqual([{ severity: 'error', code: 'AZURE_RESOURCE_GROUP_EXISTS', params: { resourceGroup: 'rg-contoso-cmg' }, input: 'useExistingResourceGroup' }]);

    const wanted = await check(vmssAnswers({ useExistingResourceGroup: true }), { groups: { 'rg-contoso-cmg': { location: 'West Europe' } } });
    expect(byCode(wanted.findings, 'AZURE_RESOURCE_GROUP_OK')).toEqual([{ severity: 'info', code: 'AZURE_RESOURCE_GROUP_OK', params: { resourceGroup: 'rg-contoso-cmg', region: 'westeurope' }, input: 'resourceGroup' }]);
    expect(wanted.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('no resource group answer: no resource group call, no finding', async () => {
    const { findings, calls } = await check(vmssAnswers({ resourceGroup: undefined }));
    expect(findings).toEqual([SUBSCRIPTION_OK, PERMISSIONS_UNVERIFIED, VMSS_PROVIDERS_OK, REGION_OK, NAMES_FREE]);
    expect(calls.some((call) => call.startsWith('resourceGroup'))).toBe(false);
  });

  it('names: DNS label, Key Vault and storage taken', async () => {
    const { findings, calls } = await check(vmssAnswers(), { dnsAvailable: false, keyVault: { available: false, reason: 'AlreadyExists' }, storage: { available: false, reason: 'AccountNameInvalid' } });
    expect(findings.slice(-3)).toEqual([
      { severity: 'error', code: 'AZURE_DNS_NAME_TAKEN', params: { name: 'contosocmg', region: 'westeurope' }, input: 'deploymentPrefix' },
      { severity: 'error', code: 'AZURE_KEY_VAULT_NAME_TAKEN', params: { name: 'contosocmg', reason: 'AlreadyExists' }, input: 'deploymentPrefix' },
      { severity: 'error', code: 'AZURE_STORAGE_NAME_TAKEN', params: { name: 'contosocmg', reason: 'AccountNameInvalid' }, input: 'deploymentPrefix' },
    ]);
    expect(byCode(findings, 'AZURE_NAMES_FREE')).toEqual([]);
    expect(calls).toEqual(VMSS_CALLS);
  });

  it('a name check without a reason says AlreadyExists', async () => {
    const { findings } = await check(vmssAnswers(), { keyVault: { available: false }, storage: { available: false } });
    expect(findings.slice(-2).map((finding) => [finding.code, finding.params])).toEqual([
      ['AZURE_KEY_VAULT_NAME_TAKEN', { name: 'contosocmg', reason: 'AlreadyExists' }],
      ['AZURE_STORAGE_NAME_TAKEN', { name: 'contosocmg', reason: 'AlreadyExists' }],
    ]);
  });

  it('a soft-deleted vault of the same name in another region is reported where it is, instead of the taken name', async () => {
    const deletedVaults = [
      { name: 'othervault', location: 'westeurope' },
      { name: 'ContosoCMG', location: 'eastus' },
    ];
    const { findings } = await check(vmssAnswers(), { keyVault: { available: false, reason: 'AlreadyExists' }, deletedVaults });
    expect(findings.slice(-1)).toEqual([{ severity: 'error', code: 'AZURE_KEY_VAULT_SOFT_DELETED', params: { name: 'ContosoCMG', region: 'eastus' }, input: 'deploymentPrefix' }]);
    expect(byCode(findings, 'AZURE_KEY_VAULT_NAME_TAKEN')).toEqual([]);
  });

  it('without content the storage name is not checked', async () => {
    const { findings, calls } = await check(vmssAnswers({ contentEnabled: false }), { storage: { available: false } });
    expect(findings.slice(-1)).toEqual([{ ...NAMES_FREE, params: { name: 'contosocmg', storage: 'no' } }]);
    expect(calls).toEqual(VMSS_CALLS.slice(0, -1));
  });
});

describe('runChecks: classic', () => {
  const CLASSIC_PROVIDERS_OK: PreflightFinding = { severity: 'info', code: 'AZURE_PROVIDERS_OK', params: { providers: 'Microsoft.ClassicCompute, Microsoft.Storage' }, input: 'subscriptionId' };
  const CLASSIC_CALLS = ['subscription()', 'provider(Microsoft.ClassicCompute)', 'provider(Microsoft.Storage)', 'storageName(contosocmg)'];

  it('all good: subscription, permissions unverified (no group to read them on), the classic providers; storage only checked', async () => {
    const { findings, calls, maxInFlight } = await check(classicAnswers());
    expect(findings).toEqual([SUBSCRIPTION_OK, PERMISSIONS_UNVERIFIED, CLASSIC_PROVIDERS_OK]);
    expect(calls).toEqual(CLASSIC_CALLS);
    expect(maxInFlight).toBe(1);
  });

  it('the tenant is not compared for classic', async () => {
    const { findings } = await check(classicAnswers({ tenantId: TENANT }), { subscription: { state: 'Enabled', tenantId: 'other' } });
    expect(findings[0]).toEqual(SUBSCRIPTION_OK);
  });

  it('ClassicCompute not registered; a taken storage name', async () => {
    const { findings, calls } = await check(classicAnswers(), {
      providers: { ...table().providers, 'Microsoft.ClassicCompute': { registrationState: 'NotRegistered', resourceTypes: [] } },
      storage: { available: false, reason: 'AlreadyExists' },
    });
    expect(findings).toEqual([
      SUBSCRIPTION_OK,
      PERMISSIONS_UNVERIFIED,
      { severity: 'error', code: 'AZURE_PROVIDER_NOT_REGISTERED', params: { namespace: 'Microsoft.ClassicCompute', state: 'NotRegistered' }, input: 'subscriptionId' },
      { severity: 'error', code: 'AZURE_STORAGE_NAME_TAKEN', params: { name: 'contosocmg', reason: 'AlreadyExists' }, input: 'deploymentPrefix' },
    ]);
    expect(calls).toEqual(CLASSIC_CALLS);
  });

  it('--register-providers registers ClassicCompute only', async () => {
    const { findings, calls } = await check(classicAnswers(), { providers: { ...table().providers, 'Microsoft.ClassicCompute': undefined }, registerResult: 'Registered' }, true);
    expect(findings[2]).toEqual({ severity: 'info', code: 'AZURE_PROVIDER_REGISTERED_NOW', params: { namespace: 'Microsoft.ClassicCompute' }, input: 'subscriptionId' });
    expect(calls).toEqual(['subscription()', 'provider(Microsoft.ClassicCompute)', 'registerProvider(Microsoft.ClassicCompute)', 'provider(Microsoft.Storage)', 'storageName(contosocmg)']);
  });

  it('without content nothing but subscription, permissions and providers is read', async () => {
    const { calls } = await check(classicAnswers({ contentEnabled: false }), { storage: { available: false } });
    expect(calls).toEqual(CLASSIC_CALLS.slice(0, -1));
  });

  it('a missing subscription ends the classic checks too', async () => {
    const { findings, calls } = await check(classicAnswers(), { subscription: undefined });
    expect(findings.map((finding) => finding.code)).toEqual(['AZURE_SUBSCRIPTION_NOT_FOUND']);
    expect(calls).toEqual(['subscription()']);
  });
});
