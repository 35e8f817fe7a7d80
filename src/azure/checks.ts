/**
 * The read-only preflight: what makes a CMG deployment fail after the admin clicked Create
 * (cmg-reference.md "Failure modes: Azure / Entra"), checked one call at a time (reliability.md
 * deterministic logs and tests, and a handful of reads needs no speed). What is checked, and
 * in which order, is what the steps ask (Step.azureChecks, model/azure-checks.ts): this module knows no step.
 */
import type { AzureCheckRequest } from '../model/azure-checks.ts';
import { error, info, warning, type Problem } from '../model/findings.ts';
import type { Arm } from './arm.ts';
import { ArmRefusal } from './refusal.ts';

export interface PreflightFinding extends Problem {
  input?: string;
}

export interface PreflightOptions {
  /** `azure check --register-providers`: the one write, never from `plan`. */
  registerProviders: boolean;
  /** The subscription the checks read, named by a finding when ARM says it is not there. */
  subscriptionId: string;
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

async function checkSubscription(arm: Arm, request: Extract<AzureCheckRequest, { check: 'subscription' }>): Promise<PreflightFinding[]> {
  const { subscriptionId, tenantId } = request;
  const subscription = await arm.subscription();
  if (!subscription) return [at(error('AZURE_SUBSCRIPTION_NOT_FOUND', { subscriptionId }), 'subscriptionId')];
  const findings: PreflightFinding[] = [];
  // Warned and PastDue subscriptions still run resources; Disabled and Deleted ones do not.
  if (subscription.state === 'Warned' || subscription.state === 'PastDue') findings.push(at(warning('AZURE_SUBSCRIPTION_WARNED', { subscriptionId, state: subscription.state }), 'subscriptionId'));
  else if (subscription.state !== 'Enabled') findings.push(at(error('AZURE_SUBSCRIPTION_DISABLED', { subscriptionId, state: subscription.state }), 'subscriptionId'));
  if (tenantId && subscription.tenantId.toLowerCase() !== tenantId.toLowerCase()) {
    findings.push(at(error('AZURE_SUBSCRIPTION_OTHER_TENANT', { subscriptionId, tenantId, actual: subscription.tenantId }), 'tenantId'));
  }
  if (findings.length === 0) findings.push(at(info('AZURE_SUBSCRIPTION_OK', { subscriptionId }), 'subscriptionId'));
  return findings;
}

async function checkPermissions(arm: Arm, request: Extract<AzureCheckRequest, { check: 'permissions' }>): Promise<PreflightFinding[]> {
  // Permissions - List is published for a resource group and a resource only (api-versions.ts):
  // the subscription-scope read is not sent. A group that is not there yet cannot be asked.
  const { subscriptionId, resourceGroup: name } = request;
  const group = name ? await arm.resourceGroup(name) : undefined;
  if (!name || !group) return [at(warning('AZURE_PERMISSIONS_UNVERIFIED', { subscriptionId }), 'subscriptionId')];
  let permissions: Awaited<ReturnType<Arm['permissions']>>;
  try {
    permissions = await arm.permissions(name);
  } catch (failure) {
    if (failure instanceof ArmRefusal && (failure.status === 400 || failure.status === 404)) {
      return [at(warning('AZURE_PERMISSIONS_READ_REFUSED', { resourceGroup: name, subscriptionId, status: failure.status, code: failure.armCode, request: failure.request, ...failure.ids }), 'subscriptionId')];
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
async function checkProviders(arm: Arm, request: Extract<AzureCheckRequest, { check: 'providers' }>, options: PreflightOptions, unregistered: Set<string>): Promise<PreflightFinding[]> {
  const findings: PreflightFinding[] = [];
  let complete = true;
  for (const namespace of request.namespaces) {
    let provider: Awaited<ReturnType<Arm['provider']>>;
    try {
      provider = await arm.provider(namespace);
    } catch (failure) {
      // A refusal of one provider's read says so and the others are still read; its own checks
      // still run (a namespace that is not registered answers them 409, which says so in turn).
      onRefusal(options, 'subscriptionId', unregistered, findings, failure);
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
  if (findings.length === 0 && complete) findings.push(at(info('AZURE_PROVIDERS_OK', { providers: request.namespaces.join(', ') }), 'subscriptionId'));
  return findings;
}

async function checkRegionAndSize(arm: Arm, { location, size }: Extract<AzureCheckRequest, { check: 'region-and-size' }>, unregistered: Set<string>): Promise<PreflightFinding[]> {
  const compute = await arm.provider('Microsoft.Compute');
  const scaleSets = compute?.resourceTypes.find((type) => type.resourceType.toLowerCase() === 'virtualmachinescalesets');
  if (scaleSets && !scaleSets.locations.some((name) => comparable(name) === location)) {
    return [at(error('AZURE_REGION_NO_SCALE_SETS', { region: location }), 'region')];
  }
  if (unregistered.has('Microsoft.Compute')) return [];
  const sku = (await arm.vmSkus(location)).find((entry) => entry.name.toLowerCase() === size.toLowerCase());
  if (!sku || sku.restricted) return [at(error('AZURE_VM_SIZE_UNAVAILABLE', { size, region: location }), 'vmSize')];
  return [at(info('AZURE_REGION_OK', { region: location, size }), 'region')];
}

async function checkResourceGroup(arm: Arm, { resourceGroup: name, location, useExisting }: Extract<AzureCheckRequest, { check: 'resource-group' }>): Promise<PreflightFinding[]> {
  const group = await arm.resourceGroup(name);
  if (!group) {
    return [at(useExisting ? error('AZURE_RESOURCE_GROUP_MISSING', { resourceGroup: name }) : info('AZURE_RESOURCE_GROUP_NEW', { resourceGroup: name, region: location }), 'resourceGroup')];
  }
  // An existing group in another region makes provisioning fail (cmg-reference.md, failure modes).
  if (comparable(group.location) !== location) return [at(error('AZURE_RESOURCE_GROUP_OTHER_REGION', { resourceGroup: name, location: group.location, region: location }), 'resourceGroup')];
  if (!useExisting) return [at(error('AZURE_RESOURCE_GROUP_EXISTS', { resourceGroup: name }), 'useExistingResourceGroup')];
  return [at(info('AZURE_RESOURCE_GROUP_OK', { resourceGroup: name, region: location }), 'resourceGroup')];
}

/**
 * The deployment prefix names the public IP's DNS label, the Key Vault and the storage account
 * (cmg-reference.md step 1 CB). A soft-deleted vault keeps its name whatever its region: the
 * subscription's deleted vaults are listed (every region) and one of the same name reported where it is.
 */
async function checkNames(arm: Arm, request: Extract<AzureCheckRequest, { check: 'names' }>, options: PreflightOptions, unregistered: Set<string>): Promise<PreflightFinding[]> {
  const { name, dns } = request;
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
      onRefusal(options, 'deploymentPrefix', unregistered, findings, failure);
    }
  };
  if (dns) {
    await guarded('Microsoft.Network', async () => {
      if (!(await arm.dnsNameAvailable(dns.location, name))) findings.push(at(error('AZURE_DNS_NAME_TAKEN', { name, region: dns.location }), 'deploymentPrefix'));
    });
  }
  if (request.keyVault) {
    await guarded('Microsoft.KeyVault', async () => {
      const vault = await arm.keyVaultName(name);
      const deleted = (await arm.deletedKeyVaults()).find((entry) => entry.name.toLowerCase() === name.toLowerCase());
      if (deleted) findings.push(at(error('AZURE_KEY_VAULT_SOFT_DELETED', { name: deleted.name, region: deleted.location }), 'deploymentPrefix'));
      else if (!vault.available) findings.push(at(error('AZURE_KEY_VAULT_NAME_TAKEN', { name, reason: vault.reason ?? 'AlreadyExists' }), 'deploymentPrefix'));
    });
  }
  if (request.storage) {
    await guarded('Microsoft.Storage', async () => {
      const storage = await arm.storageName(name);
      if (!storage.available) findings.push(at(error('AZURE_STORAGE_NAME_TAKEN', { name, reason: storage.reason ?? 'AlreadyExists' }), 'deploymentPrefix'));
    });
  }
  if (request.confirmFree && findings.length === 0 && complete) findings.push(at(info('AZURE_NAMES_FREE', { name, storage: request.storage ? 'yes' : 'no' }), 'deploymentPrefix'));
  // The DNS check asks for the label in the region; which suffix the CMG's name then gets in US
  // Government is not in Microsoft's CMG pages (domain/clouds.ts): said, not implied.
  if (dns?.assumedDeployment && !unregistered.has('Microsoft.Network')) {
    findings.push(at(info('AZURE_USGOV_DNS_SUFFIX_ASSUMED', { name, region: dns.location, deployment: dns.assumedDeployment }), 'deploymentPrefix'));
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
async function guard(options: PreflightOptions, input: string, unregistered: Set<string>, findings: PreflightFinding[], work: () => Promise<PreflightFinding[]>): Promise<void> {
  try {
    findings.push(...(await work()));
  } catch (failure) {
    onRefusal(options, input, unregistered, findings, failure);
  }
}

/** A refusal as its finding (see guard); anything else is rethrown, for translate.ts. */
function onRefusal(options: Pick<PreflightOptions, 'subscriptionId'>, input: string, unregistered: Set<string>, findings: PreflightFinding[], failure: unknown): void {
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
    findings.push(at(error('AZURE_SUBSCRIPTION_NOT_FOUND', { subscriptionId: options.subscriptionId }), 'subscriptionId'));
    return;
  }
  // The same refused request (a group read for the permissions and for its own check) is said once.
  const finding = refused(failure, input);
  if (!findings.some((earlier) => earlier.code === finding.code && earlier.params?.request === finding.params?.request)) findings.push(finding);
}

/** The input a refusal of the check's request is said on. */
const REFUSAL_INPUT: Record<AzureCheckRequest['check'], string> = {
  subscription: 'subscriptionId',
  permissions: 'subscriptionId',
  providers: 'subscriptionId',
  'region-and-size': 'region',
  'resource-group': 'resourceGroup',
  names: 'deploymentPrefix',
};

function runOne(arm: Arm, request: AzureCheckRequest, options: PreflightOptions, unregistered: Set<string>): Promise<PreflightFinding[]> {
  switch (request.check) {
    case 'subscription':
      return checkSubscription(arm, request);
    case 'permissions':
      return checkPermissions(arm, request);
    case 'providers':
      return checkProviders(arm, request, options, unregistered);
    case 'region-and-size':
      return checkRegionAndSize(arm, request, unregistered);
    case 'resource-group':
      return checkResourceGroup(arm, request);
    case 'names':
      return checkNames(arm, request, options, unregistered);
  }
}

/** The checks a request runs that need a namespace Registered, by namespace (CHECKS_BY_NAMESPACE's keys). */
function needs(request: AzureCheckRequest): Array<[string, string[]]> {
  const named = (namespace: string, checks = CHECKS_BY_NAMESPACE[namespace] ?? []): [string, string[]] => [namespace, checks];
  if (request.check === 'region-and-size') return [named('Microsoft.Compute')];
  if (request.check !== 'names') return [];
  return [...(request.dns ? [named('Microsoft.Network')] : []), ...(request.keyVault ? [named('Microsoft.KeyVault')] : []), ...(request.storage ? [named('Microsoft.Storage', ['storage-name'])] : [])];
}

/** Runs the requests the steps gave (wizard/azure-checks.ts), in their order; a subscription that is not there ends the run. */
export async function runChecks(azure: Arm, requests: readonly AzureCheckRequest[], options: PreflightOptions): Promise<PreflightFinding[]> {
  const arm = caching(azure);
  const findings: PreflightFinding[] = [];
  const unregistered = new Set<string>();
  for (const request of requests) {
    await guard(options, REFUSAL_INPUT[request.check], unregistered, findings, () => runOne(arm, request, options, unregistered));
    // Nothing else can be read in a subscription that is not there.
    if (request.check === 'subscription' && findings.some((finding) => finding.code === 'AZURE_SUBSCRIPTION_NOT_FOUND')) return findings;
  }
  // Said, never implied to have passed: which checks did not run, per namespace not Registered.
  const skipped = new Map<string, string[]>();
  for (const [namespace, checks] of requests.flatMap(needs)) skipped.set(namespace, [...new Set([...(skipped.get(namespace) ?? []), ...checks])]);
  for (const [namespace, checks] of skipped) {
    if (unregistered.has(namespace)) findings.push(at(info('AZURE_CHECKS_SKIPPED_UNREGISTERED', { namespace, checks: checks.join(', ') }), 'subscriptionId'));
  }
  return findings;
}
