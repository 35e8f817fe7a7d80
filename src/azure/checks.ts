/**
 * The read-only preflight: what makes a CMG deployment fail after the admin clicked Create
 * (cmg-reference.md "Failure modes: Azure / Entra"), checked in a fixed order, one call at a time
 * (reliability.md: deterministic logs and tests, and a handful of reads needs no speed).
 */
import { findRegion } from '../domain/regions.ts';
import { RESOURCE_PROVIDERS } from '../steps/03-azure.ts';
import { VM_SKUS } from '../steps/04-gateway.ts';
import type { Answers } from '../wizard/answers.ts';
import { error, info, warning, type Problem } from '../wizard/findings.ts';
import type { Arm } from './arm.ts';

export interface PreflightFinding extends Problem {
  input?: string;
}

export interface PreflightOptions {
  /** `azure check --register-providers`: the one write, never from `plan`. */
  registerProviders: boolean;
}

const at = (problem: Problem, input: string): PreflightFinding => ({ ...problem, input });

const escapeRegExp = (text: string) => text.replace(/[.+?^$(){}|[\]\\/]/g, '\\$&');

/** Wildcard action patterns (a star stands for any text), matched as Azure RBAC matches actions. */
function actionMatches(pattern: string, action: string): boolean {
  return new RegExp('^' + pattern.split('*').map(escapeRegExp).join('.*') + '$', 'i').test(action);
}

/** Allowed by some permission entry's actions and not taken away by its notActions. */
export function allows(permissions: ReadonlyArray<{ actions: string[]; notActions: string[] }>, action: string): boolean {
  return permissions.some((entry) => entry.actions.some((pattern) => actionMatches(pattern, action)) && !entry.notActions.some((pattern) => actionMatches(pattern, action)));
}

/**
 * Creating the CMG needs Subscription Owner (cmg-reference.md CB 3): it deploys resources and gives
 * the server app Contributor on the resource group, which is a role assignment.
 */
const OWNER_ACTIONS = ['Microsoft.Resources/deployments/write', 'Microsoft.Authorization/roleAssignments/write'];

const comparable = (location: string) => location.toLowerCase().replace(/\s+/g, '');

async function checkSubscription(arm: Arm, answers: Answers): Promise<PreflightFinding[]> {
  const subscription = await arm.subscription();
  if (!subscription) return [at(error('AZURE_SUBSCRIPTION_NOT_FOUND', { subscriptionId: answers.subscriptionId }), 'subscriptionId')];
  const findings: PreflightFinding[] = [];
  // Warned and PastDue subscriptions still run resources; Disabled and Deleted ones do not.
  if (subscription.state === 'Warned' || subscription.state === 'PastDue') findings.push(at(warning('AZURE_SUBSCRIPTION_WARNED', { subscriptionId: answers.subscriptionId, state: subscription.state }), 'subscriptionId'));
  else if (subscription.state !== 'Enabled') findings.push(at(error('AZURE_SUBSCRIPTION_DISABLED', { subscriptionId: answers.subscriptionId, state: subscription.state }), 'subscriptionId'));
  if (answers.model === 'vmss' && answers.tenantId && subscription.tenantId.toLowerCase() !== answers.tenantId.toLowerCase()) {
    findings.push(at(error('AZURE_SUBSCRIPTION_OTHER_TENANT', { subscriptionId: answers.subscriptionId, tenantId: answers.tenantId, actual: subscription.tenantId }), 'tenantId'));
  }
  if (findings.length === 0) findings.push(at(info('AZURE_SUBSCRIPTION_OK', { subscriptionId: answers.subscriptionId }), 'subscriptionId'));
  return findings;
}

async function checkPermissions(arm: Arm): Promise<PreflightFinding[]> {
  const permissions = await arm.permissions();
  const missing = OWNER_ACTIONS.filter((action) => !allows(permissions, action));
  if (missing.length === 0) return [at(info('AZURE_PERMISSIONS_OK'), 'subscriptionId')];
  return [at(error('AZURE_PERMISSIONS_MISSING', { actions: missing.join(', '), role: 'Owner' }), 'subscriptionId')];
}

async function checkProviders(arm: Arm, answers: Answers, options: PreflightOptions): Promise<PreflightFinding[]> {
  const findings: PreflightFinding[] = [];
  for (const namespace of RESOURCE_PROVIDERS[answers.model]) {
    const provider = await arm.provider(namespace);
    const state = provider?.registrationState ?? 'NotRegistered';
    if (state === 'Registered') continue;
    if (options.registerProviders) {
      const after = await arm.registerProvider(namespace);
      findings.push(at(info('AZURE_PROVIDER_REGISTERING', { namespace, state: after }), 'subscriptionId'));
    } else {
      findings.push(at(error('AZURE_PROVIDER_NOT_REGISTERED', { namespace, state }), 'subscriptionId'));
    }
  }
  if (findings.length === 0) findings.push(at(info('AZURE_PROVIDERS_OK', { providers: RESOURCE_PROVIDERS[answers.model].join(', ') }), 'subscriptionId'));
  return findings;
}

async function checkRegionAndSize(arm: Arm, answers: Answers, location: string): Promise<PreflightFinding[]> {
  const compute = await arm.provider('Microsoft.Compute');
  const scaleSets = compute?.resourceTypes.find((type) => type.resourceType.toLowerCase() === 'virtualmachinescalesets');
  if (scaleSets && !scaleSets.locations.some((name) => comparable(name) === location)) {
    return [at(error('AZURE_REGION_NO_SCALE_SETS', { region: location }), 'region')];
  }
  const size = VM_SKUS[answers.vmSize];
  const sku = (await arm.vmSkus(location)).find((entry) => entry.name.toLowerCase() === size.toLowerCase());
  if (!sku || sku.restricted) return [at(error('AZURE_VM_SIZE_UNAVAILABLE', { size, region: location }), 'vmSize')];
  return [at(info('AZURE_REGION_OK', { region: location, size }), 'region')];
}

async function checkResourceGroup(arm: Arm, answers: Answers, location: string): Promise<PreflightFinding[]> {
  const name = answers.resourceGroup;
  if (!name) return [];
  const group = await arm.resourceGroup(name);
  if (!group) {
    return [at(answers.useExistingResourceGroup ? error('AZURE_RESOURCE_GROUP_MISSING', { resourceGroup: name }) : info('AZURE_RESOURCE_GROUP_NEW', { resourceGroup: name, region: location }), 'resourceGroup')];
  }
  // An existing group in another region makes provisioning fail (cmg-reference.md, failure modes).
  if (comparable(group.location) !== location) return [at(error('AZURE_RESOURCE_GROUP_OTHER_REGION', { resourceGroup: name, location: group.location, region: location }), 'resourceGroup')];
  if (!answers.useExistingResourceGroup) return [at(error('AZURE_RESOURCE_GROUP_EXISTS', { resourceGroup: name }), 'useExistingResourceGroup')];
  return [at(info('AZURE_RESOURCE_GROUP_OK', { resourceGroup: name, region: location }), 'resourceGroup')];
}

/** The deployment prefix names the public IP's DNS label, the Key Vault and the storage account (cmg-reference.md step 1 CB). */
async function checkNames(arm: Arm, answers: Answers, location: string): Promise<PreflightFinding[]> {
  const name = answers.deploymentPrefix;
  const findings: PreflightFinding[] = [];
  if (!(await arm.dnsNameAvailable(location, name))) findings.push(at(error('AZURE_DNS_NAME_TAKEN', { name, region: location }), 'deploymentPrefix'));
  const vault = await arm.keyVaultName(name);
  if (await arm.deletedKeyVault(location, name)) findings.push(at(error('AZURE_KEY_VAULT_SOFT_DELETED', { name, region: location }), 'deploymentPrefix'));
  else if (!vault.available) findings.push(at(error('AZURE_KEY_VAULT_NAME_TAKEN', { name, reason: vault.reason ?? 'AlreadyExists' }), 'deploymentPrefix'));
  if (answers.contentEnabled) {
    const storage = await arm.storageName(name);
    if (!storage.available) findings.push(at(error('AZURE_STORAGE_NAME_TAKEN', { name, reason: storage.reason ?? 'AlreadyExists' }), 'deploymentPrefix'));
  }
  if (findings.length === 0) findings.push(at(info('AZURE_NAMES_FREE', { name, storage: answers.contentEnabled ? 'yes' : 'no' }), 'deploymentPrefix'));
  return findings;
}

/** Microsoft.Compute is read for its registration and again for its scale-set regions: once is enough. */
function cachingProviders(arm: Arm): Arm {
  const providers = new Map<string, ReturnType<Arm['provider']>>();
  return {
    ...arm,
    provider(namespace) {
      const cached = providers.get(namespace) ?? arm.provider(namespace);
      providers.set(namespace, cached);
      return cached;
    },
  };
}

export async function runChecks(azure: Arm, answers: Answers, options: PreflightOptions): Promise<PreflightFinding[]> {
  const arm = cachingProviders(azure);
  const subscription = await checkSubscription(arm, answers);
  // Nothing else can be read in a subscription that is not there.
  if (subscription.some((finding) => finding.code === 'AZURE_SUBSCRIPTION_NOT_FOUND')) return subscription;
  const findings = [...subscription, ...(await checkPermissions(arm)), ...(await checkProviders(arm, answers, options))];
  if (answers.model === 'classic') {
    // Classic cloud services have no scale sets, Key Vault or resource group of their own to check here.
    if (answers.contentEnabled) {
      const storage = await arm.storageName(answers.deploymentPrefix);
      if (!storage.available) findings.push(at(error('AZURE_STORAGE_NAME_TAKEN', { name: answers.deploymentPrefix, reason: storage.reason ?? 'AlreadyExists' }), 'deploymentPrefix'));
    }
    return findings;
  }
  const location = findRegion(answers.region)?.location ?? comparable(answers.region);
  findings.push(...(await checkRegionAndSize(arm, answers, location)), ...(await checkResourceGroup(arm, answers, location)), ...(await checkNames(arm, answers, location)));
  return findings;
}

