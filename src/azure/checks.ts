/**
 * The read-only preflight: what makes a CMG deployment fail after the admin clicked Create
 * (cmg-reference.md "Failure modes: Azure / Entra"), checked in a fixed order, one call at a time
 * (reliability.md: deterministic logs and tests, and a handful of reads needs no speed).
 */
import { deploymentName } from '../domain/clouds.ts';
import { findRegion } from '../domain/regions.ts';
import { RESOURCE_PROVIDERS, VM_SKUS } from '../domain/azure-resources.ts';
import type { Answers } from '../model/answers.ts';
import { error, info, warning, type Problem } from '../model/findings.ts';
import type { Arm } from './arm.ts';
import { ArmRefusal } from './refusal.ts';

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

/**
 * The checks that read a resource provider's own API, by the namespace they need Registered:
 * ARM answers every call into an unregistered namespace 409 MissingSubscriptionRegistration, so
 * these are skipped (and named) instead. The keys are what AZURE_CHECKS_SKIPPED_UNREGISTERED names.
 */
export const CHECKS_BY_NAMESPACE: Record<string, string[]> = {
  'Microsoft.Compute': ['vm-size'],
  'Microsoft.Network': ['dns-name'],
  'Microsoft.KeyVault': ['key-vault-name', 'deleted-key-vaults'],
  'Microsoft.Storage': ['storage-name'],
};

/** A permanent refusal (400, 404, 409) of one check's request, as the finding that says what it was. */
function refused(refusal: ArmRefusal, input: string): PreflightFinding {
  const ids = { requestId: refusal.ids.requestId, correlationId: refusal.ids.correlationId };
  if (refusal.armCode === 'InvalidApiVersionParameter') {
    return at(error('AZURE_API_VERSION_REFUSED', { request: refusal.request, apiVersion: refusal.apiVersion, message: refusal.armMessage, ...ids }), input);
  }
  return at(error('AZURE_REQUEST_REFUSED', { request: refusal.request, status: refusal.status, code: refusal.armCode, message: refusal.armMessage, ...ids }), input);
}

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

async function checkPermissions(arm: Arm, answers: Answers): Promise<PreflightFinding[]> {
  // Permissions - List is published for a resource group and a resource only (api-versions.ts):
  // the subscription-scope read is not sent. A group that is not there yet cannot be asked.
  const name = answers.model === 'vmss' ? answers.resourceGroup : undefined;
  const group = name ? await arm.resourceGroup(name) : undefined;
  if (!name || !group) return [at(warning('AZURE_PERMISSIONS_UNVERIFIED', { subscriptionId: answers.subscriptionId }), 'subscriptionId')];
  let permissions: Awaited<ReturnType<Arm['permissions']>>;
  try {
    permissions = await arm.permissions(name);
  } catch (failure) {
    if (failure instanceof ArmRefusal && (failure.status === 400 || failure.status === 404)) {
      return [at(warning('AZURE_PERMISSIONS_READ_REFUSED', { resourceGroup: name, subscriptionId: answers.subscriptionId, status: failure.status, code: failure.armCode, request: failure.request, ...failure.ids }), 'subscriptionId')];
    }
    throw failure;
  }
  // Decided across every role returned: each entry's notActions take away from its own actions only,
  // so Contributor (notActions Microsoft.Authorization/*/Write) plus User Access Administrator is enough.
  const missing = OWNER_ACTIONS.filter((action) => !allows(permissions, action));
  if (missing.length === 0) return [at(info('AZURE_PERMISSIONS_OK', { resourceGroup: name }), 'subscriptionId')];
  return [at(error('AZURE_PERMISSIONS_MISSING', { actions: missing.join(', '), role: 'Owner', resourceGroup: name }), 'subscriptionId')];
}

/** The namespaces left not Registered after this check (their dependent checks are skipped). */
async function checkProviders(arm: Arm, answers: Answers, options: PreflightOptions, unregistered: Set<string>): Promise<PreflightFinding[]> {
  const findings: PreflightFinding[] = [];
  let complete = true;
  for (const namespace of RESOURCE_PROVIDERS[answers.model]) {
    let provider: Awaited<ReturnType<Arm['provider']>>;
    try {
      provider = await arm.provider(namespace);
    } catch (failure) {
      // A refusal of one provider's read says so and the others are still read; its own checks
      // still run (a namespace that is not registered answers them 409, which says so in turn).
      onRefusal(answers, 'subscriptionId', unregistered, findings, failure);
      complete = false;
      continue;
    }
    const state = provider?.registrationState ?? 'NotRegistered';
    if (state === 'Registered') continue;
    if (options.registerProviders) {
      const after = await arm.registerProvider(namespace);
      if (after === 'Registered') {
        findings.push(at(info('AZURE_PROVIDER_REGISTERED_NOW', { namespace }), 'subscriptionId'));
        continue;
      }
      // ARM answers Registering; the checks that need the namespace wait for a re-run.
      findings.push(at(warning('AZURE_PROVIDER_REGISTERING', { namespace, state: after }), 'subscriptionId'));
    } else {
      findings.push(at(error('AZURE_PROVIDER_NOT_REGISTERED', { namespace, state }), 'subscriptionId'));
    }
    unregistered.add(namespace);
  }
  if (findings.length === 0 && complete) findings.push(at(info('AZURE_PROVIDERS_OK', { providers: RESOURCE_PROVIDERS[answers.model].join(', ') }), 'subscriptionId'));
  return findings;
}

async function checkRegionAndSize(arm: Arm, answers: Answers, location: string, unregistered: Set<string>): Promise<PreflightFinding[]> {
  const compute = await arm.provider('Microsoft.Compute');
  const scaleSets = compute?.resourceTypes.find((type) => type.resourceType.toLowerCase() === 'virtualmachinescalesets');
  if (scaleSets && !scaleSets.locations.some((name) => comparable(name) === location)) {
    return [at(error('AZURE_REGION_NO_SCALE_SETS', { region: location }), 'region')];
  }
  if (unregistered.has('Microsoft.Compute')) return [];
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

/**
 * The deployment prefix names the public IP's DNS label, the Key Vault and the storage account
 * (cmg-reference.md step 1 CB). A soft-deleted vault keeps its name whatever its region: the
 * subscription's deleted vaults are listed (every region) and one of the same name reported where it is.
 */
async function checkNames(arm: Arm, answers: Answers, location: string, unregistered: Set<string>): Promise<PreflightFinding[]> {
  const name = answers.deploymentPrefix;
  const findings: PreflightFinding[] = [];
  let complete = true;
  // Each name on its own: a refusal of one (a 409 into its namespace, a 400) ends that one only.
  const guarded = async (namespace: string, work: () => Promise<void>) => {
    if (unregistered.has(namespace)) {
      complete = false;
      return;
    }
    try {
      await work();
    } catch (failure) {
      complete = false;
      onRefusal(answers, 'deploymentPrefix', unregistered, findings, failure);
    }
  };
  await guarded('Microsoft.Network', async () => {
    if (!(await arm.dnsNameAvailable(location, name))) findings.push(at(error('AZURE_DNS_NAME_TAKEN', { name, region: location }), 'deploymentPrefix'));
  });
  await guarded('Microsoft.KeyVault', async () => {
    const vault = await arm.keyVaultName(name);
    const deleted = (await arm.deletedKeyVaults()).find((entry) => entry.name.toLowerCase() === name.toLowerCase());
    if (deleted) findings.push(at(error('AZURE_KEY_VAULT_SOFT_DELETED', { name: deleted.name, region: deleted.location }), 'deploymentPrefix'));
    else if (!vault.available) findings.push(at(error('AZURE_KEY_VAULT_NAME_TAKEN', { name, reason: vault.reason ?? 'AlreadyExists' }), 'deploymentPrefix'));
  });
  if (answers.contentEnabled) {
    await guarded('Microsoft.Storage', async () => {
      const storage = await arm.storageName(name);
      if (!storage.available) findings.push(at(error('AZURE_STORAGE_NAME_TAKEN', { name, reason: storage.reason ?? 'AlreadyExists' }), 'deploymentPrefix'));
    });
  }
  if (findings.length === 0 && complete) findings.push(at(info('AZURE_NAMES_FREE', { name, storage: answers.contentEnabled ? 'yes' : 'no' }), 'deploymentPrefix'));
  // The DNS check asks for the label in the region; which suffix the CMG's name then gets in US
  // Government is not in Microsoft's CMG pages (domain/clouds.ts): said, not implied.
  if (answers.cloud === 'usgov' && !unregistered.has('Microsoft.Network')) {
    findings.push(at(info('AZURE_USGOV_DNS_SUFFIX_ASSUMED', { name, region: location, deployment: deploymentName('vmss', 'usgov', name, location) }), 'deploymentPrefix'));
  }
  return findings;
}

/** Microsoft.Compute and the resource group are each read for two checks: once is enough. */
function caching(arm: Arm): Arm {
  const providers = new Map<string, ReturnType<Arm['provider']>>();
  const groups = new Map<string, ReturnType<Arm['resourceGroup']>>();
  return {
    ...arm,
    provider(namespace) {
      const cached = providers.get(namespace) ?? arm.provider(namespace);
      providers.set(namespace, cached);
      return cached;
    },
    resourceGroup(name) {
      const cached = groups.get(name) ?? arm.resourceGroup(name);
      groups.set(name, cached);
      return cached;
    },
  };
}

/**
 * One check's findings; a permanent refusal of its request (400, 404, 409: ArmRefusal) ends that
 * check only, with a finding naming ARM's code and message and the request, never "retry later".
 * A 409 MissingSubscriptionRegistration is the provider finding, and the namespace's checks are
 * skipped from then on.
 */
async function guard(answers: Answers, input: string, unregistered: Set<string>, findings: PreflightFinding[], work: () => Promise<PreflightFinding[]>): Promise<void> {
  try {
    findings.push(...(await work()));
  } catch (failure) {
    onRefusal(answers, input, unregistered, findings, failure);
  }
}

/** A refusal as its finding (see guard); anything else is rethrown, for translate.ts. */
function onRefusal(answers: Answers, input: string, unregistered: Set<string>, findings: PreflightFinding[], failure: unknown): void {
  if (!(failure instanceof ArmRefusal)) throw failure;
  if (failure.status === 409 && failure.armCode === 'MissingSubscriptionRegistration') {
    for (const namespace of failure.targets.length > 0 ? failure.targets : ['-']) {
      if (unregistered.has(namespace)) continue;
      unregistered.add(namespace);
      findings.push(at(error('AZURE_PROVIDER_NOT_REGISTERED', { namespace, state: 'NotRegistered' }), 'subscriptionId'));
    }
    return;
  }
  if (failure.armCode === 'SubscriptionNotFound') {
    findings.push(at(error('AZURE_SUBSCRIPTION_NOT_FOUND', { subscriptionId: answers.subscriptionId }), 'subscriptionId'));
    return;
  }
  // The same refused request (a group read for the permissions and for its own check) is said once.
  const finding = refused(failure, input);
  if (!findings.some((earlier) => earlier.code === finding.code && earlier.params?.request === finding.params?.request)) findings.push(finding);
}

export async function runChecks(azure: Arm, answers: Answers, options: PreflightOptions): Promise<PreflightFinding[]> {
  const arm = caching(azure);
  const findings: PreflightFinding[] = [];
  const unregistered = new Set<string>();
  await guard(answers, 'subscriptionId', unregistered, findings, () => checkSubscription(arm, answers));
  // Nothing else can be read in a subscription that is not there.
  if (findings.some((finding) => finding.code === 'AZURE_SUBSCRIPTION_NOT_FOUND')) return findings;
  await guard(answers, 'subscriptionId', unregistered, findings, () => checkPermissions(arm, answers));
  await guard(answers, 'subscriptionId', unregistered, findings, () => checkProviders(arm, answers, options, unregistered));
  if (answers.model === 'classic') {
    // Classic cloud services have no scale sets, Key Vault or resource group of their own to check here.
    if (answers.contentEnabled && !unregistered.has('Microsoft.Storage')) {
      await guard(answers, 'deploymentPrefix', unregistered, findings, async () => {
        const storage = await arm.storageName(answers.deploymentPrefix);
        return storage.available ? [] : [at(error('AZURE_STORAGE_NAME_TAKEN', { name: answers.deploymentPrefix, reason: storage.reason ?? 'AlreadyExists' }), 'deploymentPrefix')];
      });
    }
  } else {
    const location = findRegion(answers.region)?.location ?? comparable(answers.region);
    await guard(answers, 'region', unregistered, findings, () => checkRegionAndSize(arm, answers, location, unregistered));
    await guard(answers, 'resourceGroup', unregistered, findings, () => checkResourceGroup(arm, answers, location));
    await guard(answers, 'deploymentPrefix', unregistered, findings, () => checkNames(arm, answers, location, unregistered));
  }
  // Said, never implied to have passed: which checks did not run, per namespace not Registered.
  const needed = answers.model === 'classic' ? (answers.contentEnabled ? ['Microsoft.Storage'] : []) : ['Microsoft.Compute', 'Microsoft.Network', 'Microsoft.KeyVault', ...(answers.contentEnabled ? ['Microsoft.Storage'] : [])];
  for (const namespace of needed.filter((entry) => unregistered.has(entry))) {
    const checks = (CHECKS_BY_NAMESPACE[namespace] ?? []).filter((check) => answers.model === 'vmss' || check === 'storage-name');
    findings.push(at(info('AZURE_CHECKS_SKIPPED_UNREGISTERED', { namespace, checks: checks.join(', ') }), 'subscriptionId'));
  }
  return findings;
}
