/**
 * runPreflight end to end: the real Azure SDK over real HTTPS against the local fake of Resource
 * Manager (test/support/fake-arm.ts), with a fake credential holding a sentinel token and small
 * limits. Every case asserts the exact findings or the exact failure, and what the fake saw.
 */
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TokenCredential } from '@azure/core-auth';
import { armEndpointFor } from '../../src/azure/endpoints.ts';
import { DEFAULT_LIMITS, type AzureLimits } from '../../src/azure/limits.ts';
import { runPreflight, type PreflightRequest } from '../../src/azure/preflight.ts';
import type { PreflightFinding } from '../../src/azure/checks.ts';
import { AzureAuthError, AzureUnavailableError, CancelledError } from '../../src/model/errors.ts';
import type { Answers } from '../../src/model/answers.ts';
import { classicAnswers, vmssAnswers } from '../support/answers.ts';
import { DEFAULT_TENANT_ID, fakeCredential, MiB, SENTINEL_TOKEN, startFakeArm, type FakeArm, type FakeArmRequest, type FakeArmState, type Fault } from '../support/fake-arm.ts';
import { azureChecks } from '../../src/wizard/azure-checks.ts';
import type { Code } from '../../src/model/codes.ts';

/**
 * Small limits, except the two clocks that bound an ordinary run: a request time-out and a deadline
 * this far away never end a healthy exchange on a busy machine (a time-out fired there would retry
 * and change what the fake saw), and still end a real hang before vitest's 30 s test timeout. The
 * cases about time-outs and deadlines set their own, and run on a mocked clock (runHung).
 */
const LIMITS: AzureLimits = { requestTimeoutMs: 20_000, deadlineMs: 25_000, retryDelayMs: 50, maxRetries: 2, retryAfterCapMs: 2000, maxResponseBytes: 4 * MiB };
const SUBSCRIPTION = '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6';
const SUB_PATH = `/subscriptions/${SUBSCRIPTION}`;
/** The subscription read itself (not what is under it). */
const SUBSCRIPTION_ONLY = /^\/subscriptions\/[^/]+$/;

const fakes: FakeArm[] = [];

afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

/** The CMG's resource group exists (and `run` says it is wanted), so the permissions are read on it: the one scope the spec publishes. */
const GROUP = { 'rg-contoso-cmg': { location: 'westeurope' } };

async function fakeArm(overrides: Partial<FakeArmState> = {}): Promise<FakeArm> {
  const fake = await startFakeArm({ resourceGroups: { ...GROUP }, ...overrides });
  fakes.push(fake);
  return fake;
}

interface Run {
  fake: FakeArm;
  credential: TokenCredential & { calls: string[][] };
  /** What runPreflight warned about (on stderr in the CLI). */
  warnings: Array<{ code: string; params: Record<string, string | number> }>;
  findings?: PreflightFinding[];
  error?: unknown;
}

async function run(fake: FakeArm, answers: Partial<Answers> | Answers = {}, extra: Partial<PreflightRequest> = {}): Promise<Run> {
  const credential = fakeCredential();
  const warnings: Run['warnings'] = [];
  const base = 'model' in answers && answers.model === 'classic' ? (answers as Answers) : vmssAnswers({ useExistingResourceGroup: true, ...answers });
  try {
    const findings = await runPreflight({
      answers: { ...base, armEndpoint: fake.url },
      checks: azureChecks(base),
      auth: 'cli',
      limits: LIMITS,
      canPrompt: false,
      registerProviders: false,
      notify: () => undefined,
      warn: (code, params) => warnings.push({ code, params }),
      tlsCa: fake.caPem,
      credential,
      ...extra,
    });
    return { fake, credential, warnings, findings };
  } catch (error) {
    expectNoToken(error);
    return { fake, credential, warnings, error };
  }
}

/** Yields to the event loop until `condition` holds (setImmediate is never mocked here). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * A run whose `attempts` requests (those `hung` picks) get no answer, on a mocked clock
 * (setTimeout, clearTimeout, Date: the request time-out, the deadline, the SDK's back-off). Time
 * passes only when the test moves it: an attempt's time-out fires once the fake holds that attempt,
 * a back-off once it is scheduled. So no attempt can time out before it arrived, however busy the
 * machine, and the case proves the same sequence on every run.
 */
async function runHung(fake: FakeArm, hung: (request: FakeArmRequest) => boolean, attempts: number, extra: Partial<PreflightRequest> & { limits: AzureLimits }): Promise<Run> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  try {
    const running = run(fake, {}, extra);
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      await until(() => fake.requests.filter(hung).length === attempt);
      const pending = vi.getTimerCount();
      // Exactly this attempt's time-out: the deadline is further away than any of them.
      await vi.advanceTimersByTimeAsync(extra.limits.requestTimeoutMs);
      if (attempt < attempts) {
        // The SDK's back-off, once it is scheduled, in place of the time-out that fired.
        await until(() => vi.getTimerCount() === pending);
        await vi.advanceTimersToNextTimerAsync();
      }
    }
    return await running;
  } finally {
    vi.useRealTimers();
  }
}

/** Neither the message, the params, the JSON nor the inspected form of an error carries the token. */
function expectNoToken(error: unknown): void {
  const text = [String((error as Error).message), JSON.stringify((error as { params?: unknown }).params ?? {}), JSON.stringify(error), inspect(error, { depth: 10 }), String((error as Error).stack)].join('\n');
  expect(text).not.toContain(SENTINEL_TOKEN);
  expect(text).not.toContain('Bearer');
}

/** Every request carried the sentinel bearer token and an api-version, and the fake knew its route. */
function expectWellFormedRequests(fake: FakeArm): void {
  expect(fake.requests.length).toBeGreaterThan(0);
  for (const request of fake.requests) {
    expect(request.authorization, `${request.method} ${request.path}`).toBe(`Bearer ${SENTINEL_TOKEN}`);
    expect(request.query['api-version'], `${request.method} ${request.path}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  expect(fake.unmatched).toEqual([]);
}

/** The run ended with exactly this error class, code and params. */
function expectFailure(result: Run, type: typeof AzureAuthError | typeof AzureUnavailableError, code: string, params: Record<string, unknown>): void {
  expect(result.findings).toBeUndefined();
  expect(result.error).toBeInstanceOf(type);
  const error = result.error as AzureAuthError;
  expect({ code: error.code, params: error.params }).toEqual({ code, params });
}

/** The x-ms-request-id and x-ms-correlation-request-id the fake sent on its last answer cannot be read back, so faults set fixed ones. */
const IDS = { 'x-ms-request-id': '11111111-2222-4333-8444-555555555555', 'x-ms-correlation-request-id': '66666666-7777-4888-9999-000000000000' };
const ID_PARAMS = { requestId: IDS['x-ms-request-id'], correlationId: IDS['x-ms-correlation-request-id'] };

const info = (code: Code, params: Record<string, string> | undefined, input: string): PreflightFinding => (params ? { severity: 'info', code, params, input } : { severity: 'info', code, input });
const VMSS_OK: PreflightFinding[] = [
  info('AZURE_SUBSCRIPTION_OK', { subscriptionId: SUBSCRIPTION }, 'subscriptionId'),
  info('AZURE_PERMISSIONS_OK', { resourceGroup: 'rg-contoso-cmg' }, 'subscriptionId'),
  info('AZURE_PROVIDERS_OK', { providers: 'Microsoft.KeyVault, Microsoft.Storage, Microsoft.Network, Microsoft.Compute' }, 'subscriptionId'),
  info('AZURE_REGION_OK', { region: 'westeurope', size: 'Standard_A2_v2' }, 'region'),
  info('AZURE_RESOURCE_GROUP_OK', { resourceGroup: 'rg-contoso-cmg', region: 'westeurope' }, 'resourceGroup'),
  info('AZURE_NAMES_FREE', { name: 'contosocmg', storage: 'yes' }, 'deploymentPrefix'),
];

const VMSS_REQUESTS = [
  `GET ${SUB_PATH}`,
  // Read once: the permissions are read on it (the scope the spec publishes), then its own check.
  `GET ${SUB_PATH}/resourcegroups/rg-contoso-cmg`,
  `GET ${SUB_PATH}/resourcegroups/rg-contoso-cmg/providers/Microsoft.Authorization/permissions`,
  `GET ${SUB_PATH}/providers/Microsoft.KeyVault`,
  `GET ${SUB_PATH}/providers/Microsoft.Storage`,
  `GET ${SUB_PATH}/providers/Microsoft.Network`,
  // Read once: its registration and its scale-set regions come from the same answer.
  `GET ${SUB_PATH}/providers/Microsoft.Compute`,
  `GET ${SUB_PATH}/providers/Microsoft.Compute/skus`,
  `GET ${SUB_PATH}/providers/Microsoft.Network/locations/westeurope/CheckDnsNameAvailability`,
  `POST ${SUB_PATH}/providers/Microsoft.KeyVault/checkNameAvailability`,
  // Every region's deleted vaults: a vault's name is global, wherever it was deleted.
  `GET ${SUB_PATH}/providers/Microsoft.KeyVault/deletedVaults`,
  `POST ${SUB_PATH}/providers/Microsoft.Storage/checkNameAvailability`,
];
const seen = (fake: FakeArm) => fake.requests.map((request) => `${request.method} ${request.path}`);

describe('runPreflight against the fake Resource Manager', () => {
  it('all good (vmss): only info findings, each read once in order, read-only, token and api-version on every request', async () => {
    const result = await run(await fakeArm());
    expect(result.error).toBeUndefined();
    expect(result.findings).toEqual(VMSS_OK);
    expect(seen(result.fake)).toEqual(VMSS_REQUESTS);
    expectWellFormedRequests(result.fake);
    const [skus, dns, vault, , storage] = result.fake.requests.slice(7);
    expect(skus?.query.$filter).toBe("location eq 'westeurope'");
    expect(dns?.query.domainNameLabel).toBe('contosocmg');
    expect(JSON.parse(vault?.body ?? '')).toEqual({ name: 'contosocmg', type: 'Microsoft.KeyVault/vaults' });
    expect(JSON.parse(storage?.body ?? '')).toEqual({ name: 'contosocmg', type: 'Microsoft.Storage/storageAccounts' });
    // The token is asked for once, for the endpoint's scope, and cached.
    expect(result.credential.calls).toEqual([['https://management.azure.com/.default']]);
  });

  it('classic: subscription, permissions, the classic providers and the storage name', async () => {
    const result = await run(await fakeArm({ takenStorageNames: ['CONTOSOCMG'] }), classicAnswers());
    expect(result.findings).toEqual([
      info('AZURE_SUBSCRIPTION_OK', { subscriptionId: SUBSCRIPTION }, 'subscriptionId'),
      // A classic deployment names no resource group to read the permissions on (the only scope the spec publishes).
      { severity: 'warning', code: 'AZURE_PERMISSIONS_UNVERIFIED', params: { subscriptionId: SUBSCRIPTION }, input: 'subscriptionId' },
      info('AZURE_PROVIDERS_OK', { providers: 'Microsoft.ClassicCompute, Microsoft.Storage' }, 'subscriptionId'),
      { severity: 'error', code: 'AZURE_STORAGE_NAME_TAKEN', params: { name: 'contosocmg', reason: 'AlreadyExists' }, input: 'deploymentPrefix' },
    ]);
    expect(seen(result.fake)).toEqual([
      `GET ${SUB_PATH}`,
      `GET ${SUB_PATH}/providers/Microsoft.ClassicCompute`,
      `GET ${SUB_PATH}/providers/Microsoft.Storage`,
      `POST ${SUB_PATH}/providers/Microsoft.Storage/checkNameAvailability`,
    ]);
    expectWellFormedRequests(result.fake);
  });

  it('401: AzureAuthError AZURE_UNAUTHORIZED with the request and correlation IDs, not retried', async () => {
    const fake = await fakeArm({ faults: [{ path: SUBSCRIPTION_ONLY, kind: 'status', status: 401, headers: IDS, body: { error: { code: 'InvalidAuthenticationToken', message: 'The access token is invalid.' } } }] });
    const result = await run(fake);
    expectFailure(result, AzureAuthError, 'AZURE_UNAUTHORIZED', { auth: 'cli', ...ID_PARAMS });
    expect(fake.requests).toHaveLength(1);
    expectWellFormedRequests(fake);
  });

  it('403 on a provider read: AzureAuthError AZURE_FORBIDDEN naming Owner, not retried', async () => {
    const fake = await fakeArm({ faults: [{ path: /\/providers\/Microsoft\.KeyVault$/, kind: 'status', status: 403, headers: IDS, body: { error: { code: 'AuthorizationFailed', message: 'no' } } }] });
    const result = await run(fake);
    expectFailure(result, AzureAuthError, 'AZURE_FORBIDDEN', { role: 'Owner', ...ID_PARAMS });
    expect(seen(fake)).toEqual(VMSS_REQUESTS.slice(0, 4));
    expectWellFormedRequests(fake);
  });

  it('a subscription that is not there: one finding, nothing else requested', async () => {
    const fake = await fakeArm({ subscription: null });
    const result = await run(fake);
    expect(result.findings).toEqual([{ severity: 'error', code: 'AZURE_SUBSCRIPTION_NOT_FOUND', params: { subscriptionId: SUBSCRIPTION }, input: 'subscriptionId' }]);
    expect(seen(fake)).toEqual([`GET ${SUB_PATH}`]);
    expectWellFormedRequests(fake);
  });

  it('an unregistered and an unknown provider (404) are errors; nothing is registered', async () => {
    const fake = await fakeArm();
    fake.state.providers['Microsoft.KeyVault'] = 'NotRegistered';
    delete fake.state.providers['Microsoft.Network'];
    const result = await run(fake);
    expect(result.findings?.slice(2, 4)).toEqual([
      { severity: 'error', code: 'AZURE_PROVIDER_NOT_REGISTERED', params: { namespace: 'Microsoft.KeyVault', state: 'NotRegistered' }, input: 'subscriptionId' },
      { severity: 'error', code: 'AZURE_PROVIDER_NOT_REGISTERED', params: { namespace: 'Microsoft.Network', state: 'NotRegistered' }, input: 'subscriptionId' },
    ]);
    expect(result.findings?.some((finding) => finding.code === 'AZURE_PROVIDERS_OK')).toBe(false);
    // Their checks are skipped and named (ARM would answer 409 MissingSubscriptionRegistration), and the run is exit 3, not "retry later".
    expect(result.findings?.slice(-2)).toEqual([
      info('AZURE_CHECKS_SKIPPED_UNREGISTERED', { namespace: 'Microsoft.Network', checks: 'dns-name' }, 'subscriptionId'),
      info('AZURE_CHECKS_SKIPPED_UNREGISTERED', { namespace: 'Microsoft.KeyVault', checks: 'key-vault-name, deleted-key-vaults' }, 'subscriptionId'),
    ]);
    expect(seen(fake)).toEqual(VMSS_REQUESTS.filter((request) => !/CheckDnsNameAvailability|KeyVault\/(checkNameAvailability|deletedVaults)/.test(request)));
    expect(fake.state.providers['Microsoft.KeyVault']).toBe('NotRegistered');
  });

  it('--register-providers: one POST register for the unregistered provider only', async () => {
    const fake = await fakeArm();
    fake.state.providers['Microsoft.Storage'] = 'NotRegistered';
    const result = await run(fake, {}, { registerProviders: true });
    // ARM answers Registering: said as a warning, the storage name check waits for a re-run.
    expect(result.findings?.[2]).toEqual({ severity: 'warning', code: 'AZURE_PROVIDER_REGISTERING', params: { namespace: 'Microsoft.Storage', state: 'Registering' }, input: 'subscriptionId' });
    expect(result.findings?.at(-1)).toEqual(info('AZURE_CHECKS_SKIPPED_UNREGISTERED', { namespace: 'Microsoft.Storage', checks: 'storage-name' }, 'subscriptionId'));
    expect(seen(fake).filter((request) => request.endsWith('/register'))).toEqual([`POST ${SUB_PATH}/providers/Microsoft.Storage/register`]);
    expect(fake.requests).toHaveLength(VMSS_REQUESTS.length);
    expect(fake.state.providers['Microsoft.Storage']).toBe('Registering');

    // Once it reads Registered, a re-run checks the storage name.
    fake.state.providers['Microsoft.Storage'] = 'Registered';
    fake.requests.length = 0;
    const again = await run(fake, {}, { registerProviders: true });
    expect(again.findings).toEqual(VMSS_OK);
    expect(seen(fake)).toEqual(VMSS_REQUESTS);
    expectWellFormedRequests(fake);
  });

  it('a taken Key Vault name and a taken DNS label', async () => {
    const fake = await fakeArm({ takenKeyVaultNames: ['contosocmg'], takenDnsLabels: ['ContosoCMG'] });
    const result = await run(fake);
    expect(result.findings?.slice(5)).toEqual([
      { severity: 'error', code: 'AZURE_DNS_NAME_TAKEN', params: { name: 'contosocmg', region: 'westeurope' }, input: 'deploymentPrefix' },
      { severity: 'error', code: 'AZURE_KEY_VAULT_NAME_TAKEN', params: { name: 'contosocmg', reason: 'AlreadyExists' }, input: 'deploymentPrefix' },
    ]);
    expect(seen(fake)).toEqual(VMSS_REQUESTS);
  });

  it('a soft-deleted vault of the same name in another region, on the second page, blocks the name where it is', async () => {
    const softDeletedVaults = [
      { name: 'oldvault', location: 'westeurope' },
      { name: 'ContosoCMG', location: 'eastus' },
    ];
    const fake = await fakeArm({ softDeletedVaults, pageSize: 1 });
    const result = await run(fake);
    expect(result.findings?.slice(5)).toEqual([{ severity: 'error', code: 'AZURE_KEY_VAULT_SOFT_DELETED', params: { name: 'ContosoCMG', region: 'eastus' }, input: 'deploymentPrefix' }]);
    const lists = fake.requests.filter((request) => request.path.endsWith('/deletedVaults'));
    expect(lists.map((request) => request.query.$skiptoken)).toEqual([undefined, '1']);
    expectWellFormedRequests(fake);
  });

  it('an existing resource group in another region (name matched case-insensitively)', async () => {
    const fake = await fakeArm({ resourceGroups: { 'RG-Contoso-CMG': { location: 'northeurope' } } });
    const result = await run(fake, { useExistingResourceGroup: true });
    expect(result.findings?.[4]).toEqual({
      severity: 'error',
      code: 'AZURE_RESOURCE_GROUP_OTHER_REGION',
      params: { resourceGroup: 'rg-contoso-cmg', location: 'northeurope', region: 'westeurope' },
      input: 'resourceGroup',
    });
    expect(result.findings?.filter((finding) => finding.severity === 'error')).toHaveLength(1);
  });

  it('a restricted VM size and a region without scale sets', async () => {
    const restricted = await fakeArm();
    restricted.state.skus = restricted.state.skus.map((sku) => (sku.location === 'westeurope' ? { ...sku, restricted: true } : sku));
    expect((await run(restricted)).findings?.[3]).toEqual({ severity: 'error', code: 'AZURE_VM_SIZE_UNAVAILABLE', params: { size: 'Standard_A2_v2', region: 'westeurope' }, input: 'vmSize' });

    const noScaleSets = await fakeArm({ scaleSetLocations: ['East US'] });
    const result = await run(noScaleSets);
    expect(result.findings?.[3]).toEqual({ severity: 'error', code: 'AZURE_REGION_NO_SCALE_SETS', params: { region: 'westeurope' }, input: 'region' });
    expect(seen(noScaleSets)).not.toContain(`GET ${SUB_PATH}/providers/Microsoft.Compute/skus`);
  });
});

describe('runPreflight: throttling, failures and time limits', () => {
  it('429 with Retry-After: 1, then 200: retried once and succeeds', async () => {
    const fake = await fakeArm({ faults: [{ path: SUBSCRIPTION_ONLY, kind: 'status', status: 429, headers: { 'retry-after': '1' }, times: 1 }] });
    const result = await run(fake);
    expect(result.findings).toEqual(VMSS_OK);
    expect(seen(fake)).toEqual([`GET ${SUB_PATH}`, ...VMSS_REQUESTS]);
    expectWellFormedRequests(fake);
  });

  it('429 with Retry-After: 3600: AZURE_THROTTLED at once, one request, no sleep', async () => {
    const fake = await fakeArm({ faults: [{ path: SUBSCRIPTION_ONLY, kind: 'status', status: 429, headers: { 'retry-after': '3600', ...IDS } }] });
    const result = await run(fake);
    // Sleeping would have ended in AZURE_DEADLINE after 25 s instead.
    expectFailure(result, AzureUnavailableError, 'AZURE_THROTTLED', { seconds: 3600, ...ID_PARAMS });
    expect(fake.requests).toHaveLength(1);
  });

  it('503 with retry-after-ms beyond the cap: AZURE_THROTTLED in whole seconds', async () => {
    const fake = await fakeArm({ faults: [{ path: /\/providers\/Microsoft\.Authorization\/permissions$/, kind: 'status', status: 503, headers: { 'retry-after-ms': '2500', ...IDS } }] });
    const result = await run(fake);
    expectFailure(result, AzureUnavailableError, 'AZURE_THROTTLED', { seconds: 3, ...ID_PARAMS });
    expect(fake.requests).toHaveLength(3);
  });

  // Regression (formerly a bug in src/azure/arm.ts limitsPolicy): the per-attempt timeout is put on request.abortSignal,
  // which the SDK's retry policy also uses for its Retry-After sleep. A Retry-After within
  // retryAfterCapMs but longer than requestTimeoutMs aborts the sleep, and translate.ts turns the
  // AbortError into CancelledError (exit 130, as if Ctrl+C) although nobody cancelled.
  // Defaults: any Retry-After between 30 s and 60 s. Expected: sleep 2 s, retry, succeed.
  it('429 with Retry-After longer than the request timeout but within the cap: waits and retries', async () => {
    const fake = await fakeArm({ faults: [{ path: SUBSCRIPTION_ONLY, kind: 'status', status: 429, headers: { 'retry-after': '2' }, times: 1 }] });
    const result = await run(fake, {}, { limits: { ...LIMITS, retryAfterCapMs: 3000 } });
    expect(result.error).toBeUndefined();
    expect(result.findings).toEqual(VMSS_OK);
    expect(fake.requests).toHaveLength(VMSS_REQUESTS.length + 1);
  });

  // Regression (formerly a bug in same cause): each attempt's signal is AbortSignal.any([new timeout, deadline,
  // request.abortSignal]) and request.abortSignal is the previous attempt's combined signal, so the
  // first attempt's timeout still runs: the retry gets only what is left of the first attempt's
  // requestTimeoutMs. Here: 429 + Retry-After 1 s, then an answer after 0.8 s (< 1.5 s timeout)
  // ends in CancelledError at 1.5 s. Expected: the findings.
  it('the retry of a throttled request gets a whole request timeout of its own', async () => {
    const fake = await fakeArm({
      faults: [
        { path: SUBSCRIPTION_ONLY, kind: 'status', status: 429, headers: { 'retry-after': '1' }, times: 1 },
        { path: SUBSCRIPTION_ONLY, kind: 'slow', delayMs: 800, times: 1 },
      ],
    });
    const result = await run(fake, {}, { limits: { ...LIMITS, requestTimeoutMs: 1500, deadlineMs: 10_000 } });
    expect(result.error).toBeUndefined();
    expect(result.findings).toEqual(VMSS_OK);
  });

  it('500 every time: AZURE_UNAVAILABLE {status: 500} after maxRetries + 1 requests', async () => {
    const fake = await fakeArm({ faults: [{ path: SUBSCRIPTION_ONLY, kind: 'status', status: 500, headers: IDS }] });
    const result = await run(fake);
    expectFailure(result, AzureUnavailableError, 'AZURE_UNAVAILABLE', { status: 500, ...ID_PARAMS });
    expect(fake.requests).toHaveLength(LIMITS.maxRetries + 1);
    expectWellFormedRequests(fake);
  });

  it('500 every time on an SDK operation (providers.get): the same, after the reads before it', async () => {
    const fake = await fakeArm({ faults: [{ path: /\/providers\/Microsoft\.Compute$/, kind: 'status', status: 500, headers: IDS }] });
    const result = await run(fake);
    expectFailure(result, AzureUnavailableError, 'AZURE_UNAVAILABLE', { status: 500, ...ID_PARAMS });
    expect(seen(fake)).toEqual([...VMSS_REQUESTS.slice(0, 6), ...Array(LIMITS.maxRetries + 1).fill(`GET ${SUB_PATH}/providers/Microsoft.Compute`)]);
  });

  it('501 is not retried', async () => {
    const fake = await fakeArm({ faults: [{ path: SUBSCRIPTION_ONLY, kind: 'status', status: 501, headers: IDS }] });
    const result = await run(fake);
    expectFailure(result, AzureUnavailableError, 'AZURE_UNAVAILABLE', { status: 501, ...ID_PARAMS });
    expect(fake.requests).toHaveLength(1);
  });

  it('a connection reset once: retried, succeeds', async () => {
    const fake = await fakeArm({ faults: [{ path: /\/providers\/Microsoft\.Authorization\/permissions$/, kind: 'reset', times: 1 }] });
    const result = await run(fake);
    expect(result.findings).toEqual(VMSS_OK);
    expect(seen(fake)).toEqual([...VMSS_REQUESTS.slice(0, 3), ...VMSS_REQUESTS.slice(2)]);
  });

  it('a connection reset every time: AZURE_NETWORK ECONNRESET after maxRetries + 1 requests', async () => {
    const fake = await fakeArm({ faults: [{ path: SUBSCRIPTION_ONLY, kind: 'reset' }] });
    const result = await run(fake);
    expectFailure(result, AzureUnavailableError, 'AZURE_NETWORK', { reason: 'ECONNRESET' });
    expect(fake.requests).toHaveLength(LIMITS.maxRetries + 1);
  });

  it('a body cut off mid-way: AZURE_BAD_RESPONSE (an unreadable answer) naming the request, not retried', async () => {
    const fake = await fakeArm({ faults: [{ path: SUBSCRIPTION_ONLY, kind: 'truncated', headers: IDS }] });
    const result = await run(fake);
    expectFailure(result, AzureUnavailableError, 'AZURE_BAD_RESPONSE', { request: `GET ${SUB_PATH}?api-version=2022-12-01`, ...ID_PARAMS });
    expect(fake.requests).toHaveLength(1);
  });

  it('an answer that never comes: retried like any time-out, then AZURE_TIMEOUT after maxRetries + 1 attempts', async () => {
    const fake = await fakeArm({ faults: [{ path: /\/resourcegroups\//, kind: 'hang' }] });
    const limits = { ...LIMITS, requestTimeoutMs: 500, deadlineMs: 10_000 };
    const result = await runHung(fake, (request) => request.path.includes('/resourcegroups/'), LIMITS.maxRetries + 1, { limits });
    expectFailure(result, AzureUnavailableError, 'AZURE_TIMEOUT', { seconds: 0.5 });
    const group = VMSS_REQUESTS.find((request) => request.includes('/resourcegroups/'));
    expect(seen(fake)).toEqual([...VMSS_REQUESTS.slice(0, VMSS_REQUESTS.indexOf(group as string)), ...Array(LIMITS.maxRetries + 1).fill(group)]);
  });

  it('an answer that never comes, request timeout beyond the deadline: AZURE_DEADLINE, one attempt, and the request let go', async () => {
    const fake = await fakeArm({ faults: [{ path: SUBSCRIPTION_ONLY, kind: 'hang' }] });
    // A request time-out of 10 minutes: only the deadline can end this run within vitest's test
    // timeout (the hang detector), and the time-out would say AZURE_TIMEOUT after retries.
    const limits = { ...LIMITS, requestTimeoutMs: 600_000, deadlineMs: 2000 };
    // On the mocked clock: the deadline fires once the fake holds the request, not before.
    const result = await runHung(fake, (request) => SUBSCRIPTION_ONLY.test(request.path), 1, { limits });
    expectFailure(result, AzureUnavailableError, 'AZURE_DEADLINE', { seconds: 2 });
    expect(fake.requests).toHaveLength(1);
    // The deadline aborted the hung request: the fake saw its connection close.
    await fake.settled();
    expect(fake.timeline()).toEqual(['arrived 0', 'closed 0']);
  });

  it('500 every time, a back-off of minutes: AZURE_DEADLINE cuts the back-off short, after one attempt', async () => {
    const fake = await fakeArm({ faults: [{ path: SUBSCRIPTION_ONLY, kind: 'status', status: 500, headers: IDS }] });
    // The SDK's first wait is 150 to 300 s (half to all of retryDelayInMs): a run that slept it out
    // would outlast vitest's test timeout (the hang detector) long before a second attempt.
    const limits = { ...LIMITS, retryDelayMs: 300_000, retryAfterCapMs: 600_000, requestTimeoutMs: 600_000, deadlineMs: 1000 };
    const result = await run(fake, {}, { limits });
    expectFailure(result, AzureUnavailableError, 'AZURE_DEADLINE', { seconds: 1 });
    expect(fake.timeline()).toEqual(['arrived 0', 'answered 0']);
  });

  it('Ctrl+C (the signal aborted) during a hang: CancelledError, and the hung request closed', async () => {
    const fake = await fakeArm({ faults: [{ path: /\/providers\/Microsoft\.Storage$/, kind: 'hang' }] });
    const controller = new AbortController();
    const aborting = (async () => {
      while (fake.requests.length < 5) await new Promise((resolve) => setTimeout(resolve, 10));
      controller.abort();
    })();
    // Limits of 10 minutes: within vitest's test timeout only the abort can end the run and close the request.
    const result = await run(fake, {}, { signal: controller.signal, limits: { ...LIMITS, requestTimeoutMs: 600_000, deadlineMs: 600_000 } });
    await aborting;
    expect(result.error).toBeInstanceOf(CancelledError);
    expect((result.error as CancelledError).reason).toBe('signal');
    expect(seen(fake)).toEqual(VMSS_REQUESTS.slice(0, 5));
    // The hung request was aborted, not left open: the fake saw its connection close.
    await fake.settled();
    expect(fake.timeline().slice(-2)).toEqual(['arrived 4', 'closed 4']);
  });

  it('a signal aborted before the start: CancelledError and nothing requested', async () => {
    const fake = await fakeArm();
    const result = await run(fake, {}, { signal: AbortSignal.abort() });
    expect(result.error).toBeInstanceOf(CancelledError);
    expect(fake.requests).toEqual([]);
  });
});

describe('cloud endpoints and the token scope', () => {
  it('US Government without armEndpoint uses management.usgovcloudapi.net; an override wins, trailing slashes dropped', () => {
    expect(armEndpointFor('usgov', undefined)).toBe('https://management.usgovcloudapi.net');
    expect(armEndpointFor('public', undefined)).toBe('https://management.azure.com');
    expect(armEndpointFor('usgov', 'https://127.0.0.1:8443//')).toBe('https://127.0.0.1:8443');
  });

  it('US Government with armEndpoint at the fake: the requests go to the fake, the token is for US Government Resource Manager', async () => {
    const fake = await fakeArm({
      scaleSetLocations: ['USGov Virginia'],
      skus: [{ name: 'Standard_A2_v2', location: 'usgovvirginia' }],
      resourceGroups: { 'rg-contoso-cmg': { location: 'usgovvirginia' } },
    });
    const result = await run(fake, { cloud: 'usgov', region: 'usgovvirginia' });
    expect(result.findings?.map((finding) => finding.severity)).toEqual(['info', 'info', 'info', 'info', 'info', 'info', 'info']);
    expect(result.findings?.[3]?.params).toEqual({ region: 'usgovvirginia', size: 'Standard_A2_v2' });
    // The scale-set DNS suffix there is not in Microsoft's CMG pages: the check says what it assumes.
    expect(result.findings?.[6]).toEqual(info('AZURE_USGOV_DNS_SUFFIX_ASSUMED', { name: 'contosocmg', region: 'usgovvirginia', deployment: 'contosocmg.usgovvirginia.cloudapp.usgovcloudapi.net' }, 'deploymentPrefix'));
    // armEndpoint may be a proxy in front of Resource Manager: Entra issues tokens for the real audience only.
    expect(result.credential.calls).toEqual([['https://management.usgovcloudapi.net/.default']]);
    expectWellFormedRequests(fake);
  });
});

/** How a failure names a request: method, path and the api-version, nothing else of the query. */
const named = (request: FakeArmRequest | undefined) => `${request?.method} ${request?.path}?api-version=${request?.query['api-version']}`;

describe('runPreflight: an answer too large to read is refused, never read whole', () => {
  it('the cap is 4 MiB', () => {
    expect(DEFAULT_LIMITS.maxResponseBytes).toBe(4 * MiB);
  });

  it.each<[string, Fault, number]>([
    ['64 MiB without Content-Length on a plain read (the subscription)', { path: SUBSCRIPTION_ONLY, kind: 'stream', headers: IDS }, 1],
    ['a Content-Length of 2 GiB that lies (64 MiB follow) on an SDK operation (providers.get)', { path: /\/providers\/Microsoft\.KeyVault$/, kind: 'stream', contentLength: 2048 * MiB, headers: IDS }, 4],
    ['a few KiB of gzip that inflate to 64 MiB (the permissions): counted after decompression', { path: /\/permissions$/, kind: 'stream', gzip: true, headers: IDS }, 3],
    ['64 MiB behind a 500 on an SDK operation (resourceGroups.get): an error answer is capped too, and not retried', { path: /\/resourcegroups\/[^/]+$/, kind: 'stream', status: 500, headers: IDS }, 2],
  ])('%s: AZURE_RESPONSE_TOO_LARGE naming the request, one request, the stream cut short', async (_name, fault, count) => {
    const fake = await fakeArm({ faults: [fault] });
    const result = await run(fake);
    expectFailure(result, AzureUnavailableError, 'AZURE_RESPONSE_TOO_LARGE', { request: named(fake.requests.at(-1)), maxMiB: 4, ...ID_PARAMS });
    expect(seen(fake)).toEqual(VMSS_REQUESTS.slice(0, count));
    expect(fake.streamed).toHaveLength(1);
    // The client stopped reading (and closed the connection) long before the end: 64 MiB cannot
    // pass the socket buffers once it stops. Gzip'd, the whole body is a few KiB and may be sent
    // before the client aborts: there the refusal itself proves the count is after decompression.
    if (!fault.gzip) expect(fake.streamed[0]?.bytes).toBeLessThan(64 * MiB);
  });

  it('the one write (providers.register) is capped too', async () => {
    const fake = await fakeArm({ faults: [{ path: /\/providers\/Microsoft\.Storage\/register$/, method: 'POST', kind: 'stream', headers: IDS }] });
    fake.state.providers['Microsoft.Storage'] = 'NotRegistered';
    const result = await run(fake, {}, { registerProviders: true });
    expectFailure(result, AzureUnavailableError, 'AZURE_RESPONSE_TOO_LARGE', { request: named(fake.requests.at(-1)), maxMiB: 4, ...ID_PARAMS });
    expect(seen(fake).at(-1)).toBe(`POST ${SUB_PATH}/providers/Microsoft.Storage/register`);
  });

  it('a body that stops half-way and hangs: still under the request timeout (retried, then AZURE_TIMEOUT)', async () => {
    const fake = await fakeArm({ faults: [{ path: SUBSCRIPTION_ONLY, kind: 'stream', bytes: 1000, contentLength: 2000, stall: true }] });
    const limits = { ...LIMITS, requestTimeoutMs: 500, deadlineMs: 10_000 };
    const result = await runHung(fake, (request) => SUBSCRIPTION_ONLY.test(request.path), LIMITS.maxRetries + 1, { limits });
    expectFailure(result, AzureUnavailableError, 'AZURE_TIMEOUT', { seconds: 0.5 });
    expect(fake.requests).toHaveLength(LIMITS.maxRetries + 1);
  });

  it('an answer of exactly 4 MiB is read; one byte more (an honest Content-Length) is refused', async () => {
    const subscription = JSON.stringify({ id: SUB_PATH, subscriptionId: SUBSCRIPTION, state: 'Enabled', tenantId: DEFAULT_TENANT_ID });
    const padded = (bytes: number) => subscription + ' '.repeat(bytes - Buffer.byteLength(subscription));
    const fits = await fakeArm({ faults: [{ path: SUBSCRIPTION_ONLY, kind: 'status', status: 200, body: padded(4 * MiB) }] });
    expect((await run(fits)).findings).toEqual(VMSS_OK);

    const over = await fakeArm({ faults: [{ path: SUBSCRIPTION_ONLY, kind: 'status', status: 200, body: padded(4 * MiB + 1), headers: IDS }] });
    expectFailure(await run(over), AzureUnavailableError, 'AZURE_RESPONSE_TOO_LARGE', { request: `GET ${SUB_PATH}?api-version=2022-12-01`, maxMiB: 4, ...ID_PARAMS });
  });
});

/**
 * Every request the preflight makes, and bodies that are valid JSON but not what it reads: wrong
 * types, missing fields, another kind of value altogether. Sent as JSON text (so `null` is sent).
 */
interface ShapeCase {
  what: string;
  method: 'GET' | 'POST';
  path: RegExp;
  bodies: unknown[];
  extra?: Partial<PreflightRequest>;
  notRegistered?: string;
}

const ANY_VALUE = [5, null, [], 'x', true];
const SHAPES: ShapeCase[] = [
  { what: 'the subscription', method: 'GET', path: SUBSCRIPTION_ONLY, bodies: [...ANY_VALUE, {}, { state: 42, tenantId: DEFAULT_TENANT_ID }, { state: 'Enabled' }, { state: 'Enabled', tenantId: 5 }] },
  {
    what: 'the permissions',
    method: 'GET',
    path: /\/providers\/Microsoft\.Authorization\/permissions$/,
    bodies: [...ANY_VALUE, {}, { value: 5 }, { value: [null] }, { value: [{ actions: 'x', notActions: [] }] }, { value: [{ actions: ['*'] }] }, { value: [{ actions: [5], notActions: [] }] }, { value: [{ actions: ['*'], notActions: 'x' }] }],
  },
  {
    what: 'a provider (providers.get)',
    method: 'GET',
    path: /\/providers\/Microsoft\.Compute$/,
    bodies: [
      ...ANY_VALUE,
      {},
      { registrationState: 42, resourceTypes: [] },
      { registrationState: 'Registered' },
      { registrationState: 'Registered', resourceTypes: {} },
      { registrationState: 'Registered', resourceTypes: 'virtualMachineScaleSets' },
      { registrationState: 'Registered', resourceTypes: [null] },
      { registrationState: 'Registered', resourceTypes: [{ resourceType: 'virtualMachineScaleSets', locations: 'West Europe' }] },
      { registrationState: 'Registered', resourceTypes: [{ locations: ['West Europe'] }] },
      { registrationState: 'Registered', resourceTypes: [{ resourceType: 'virtualMachineScaleSets', locations: [42] }] },
    ],
  },
  {
    what: 'a provider registration (providers.register)',
    method: 'POST',
    path: /\/providers\/Microsoft\.Storage\/register$/,
    bodies: [...ANY_VALUE, {}, { registrationState: 42 }],
    extra: { registerProviders: true },
    notRegistered: 'Microsoft.Storage',
  },
  {
    what: 'the VM sizes',
    method: 'GET',
    path: /\/providers\/Microsoft\.Compute\/skus$/,
    bodies: [
      ...ANY_VALUE,
      {},
      { value: 5 },
      { value: [null] },
      { value: [{ name: 'Standard_A2_v2', restrictions: [] }] },
      { value: [{ resourceType: 'virtualMachines', name: 5, restrictions: [] }] },
      { value: [{ resourceType: 'virtualMachines', name: 'Standard_A2_v2', restrictions: 'x' }] },
      { value: [{ resourceType: 'virtualMachines', name: 'Standard_A2_v2', restrictions: [null] }] },
      { value: [{ resourceType: 'virtualMachines', name: 'Standard_A2_v2', restrictions: [{ type: 5 }] }] },
    ],
  },
  { what: 'the resource group (resourceGroups.get)', method: 'GET', path: /\/resourcegroups\/rg-contoso-cmg$/i, bodies: [...ANY_VALUE, {}, { name: 'rg-contoso-cmg' }, { name: 'rg-contoso-cmg', location: 42 }] },
  { what: 'the DNS name check', method: 'GET', path: /\/CheckDnsNameAvailability$/, bodies: [...ANY_VALUE, {}, { available: 'yes' }, { available: 1 }] },
  { what: 'the Key Vault name check', method: 'POST', path: /\/Microsoft\.KeyVault\/checkNameAvailability$/, bodies: [...ANY_VALUE, {}, { nameAvailable: 'yes' }, { nameAvailable: false, reason: 42 }] },
  {
    what: 'the deleted vaults',
    method: 'GET',
    path: /\/deletedVaults$/,
    bodies: [...ANY_VALUE, {}, { value: [{ name: 'x' }] }, { value: [{ name: 5, properties: { location: 'eastus' } }] }, { value: [{ name: 'x', properties: { location: 5 } }] }, { value: [], nextLink: 5 }],
  },
  { what: 'the storage name check', method: 'POST', path: /\/Microsoft\.Storage\/checkNameAvailability$/, bodies: [...ANY_VALUE, {}, { nameAvailable: 'yes' }, { nameAvailable: true, reason: ['x'] }] },
];
const SHAPE_ROWS = SHAPES.flatMap((shape) => shape.bodies.map((body) => [shape.what, JSON.stringify(body), shape] as const));

describe('runPreflight: an answer of the wrong shape is refused, never read as something else', () => {
  it.each(SHAPE_ROWS)('%s answering %s: AZURE_BAD_RESPONSE naming the request, not retried', async (_what, body, shape) => {
    const fake = await fakeArm({ faults: [{ path: shape.path, method: shape.method, kind: 'status', status: 200, body, headers: IDS }] });
    if (shape.notRegistered) fake.state.providers[shape.notRegistered] = 'NotRegistered';
    const result = await run(fake, {}, shape.extra ?? {});
    const last = fake.requests.at(-1);
    // The run ended at the answer of that request, and asked it once.
    expect(last?.method === shape.method && shape.path.test(last.path)).toBe(true);
    expect(fake.requests.filter((request) => request.method === shape.method && shape.path.test(request.path))).toHaveLength(1);
    expectFailure(result, AzureUnavailableError, 'AZURE_BAD_RESPONSE', { request: named(last), ...ID_PARAMS });
  });

  it('covers every kind of request the preflight makes', () => {
    const kinds = [...VMSS_REQUESTS, `POST ${SUB_PATH}/providers/Microsoft.Storage/register`];
    const covered = (request: string) => SHAPES.some((shape) => request.startsWith(`${shape.method} `) && shape.path.test(request.slice(shape.method.length + 1)));
    // The KeyVault, Storage and Network provider reads are the same request kind as Compute's.
    expect(kinds.filter((request) => !covered(request))).toEqual([`GET ${SUB_PATH}/providers/Microsoft.KeyVault`, `GET ${SUB_PATH}/providers/Microsoft.Storage`, `GET ${SUB_PATH}/providers/Microsoft.Network`]);
  });
});

describe('an endpoint that is not Microsoft’s Resource Manager: warned about before anything is sent', () => {
  it('the warning names host:port, and comes before the sign-in and before the first request', async () => {
    const fake = await fakeArm();
    const events: string[] = [];
    const inner = fakeCredential();
    const credential: TokenCredential & { calls: string[][] } = {
      calls: inner.calls,
      getToken(scopes, options) {
        events.push(`getToken, requests so far: ${fake.requests.length}`);
        return inner.getToken(scopes, options);
      },
    };
    const warnings: Array<[string, Record<string, string | number>]> = [];
    const warn = (code: string, params: Record<string, string | number>) => {
      warnings.push([code, params]);
      events.push(`${code}, requests so far: ${fake.requests.length}`);
    };
    const result = await run(fake, {}, { credential, warn });
    expect(result.findings).toEqual(VMSS_OK);
    expect(warnings).toEqual([['AZURE_ENDPOINT_NOT_MICROSOFT', { host: new URL(fake.url).host, microsoft: 'management.azure.com' }]]);
    expect(events).toEqual(['AZURE_ENDPOINT_NOT_MICROSOFT, requests so far: 0', 'getToken, requests so far: 0']);
  });

  /** A sign-in that fails: the SDK asks for the token before it sends anything, so nothing leaves this machine. */
  const refusing: TokenCredential = {
    getToken: async () => {
      throw Object.assign(new Error('signed out'), { name: 'CredentialUnavailableError' });
    },
  };
  async function warningsFor(answers: Partial<Answers>): Promise<Array<[string, Record<string, string | number>]>> {
    const warnings: Array<[string, Record<string, string | number>]> = [];
    const error = await runPreflight({
      answers: vmssAnswers(answers),
      checks: azureChecks(vmssAnswers(answers)),
      auth: 'cli',
      limits: LIMITS,
      canPrompt: false,
      registerProviders: false,
      notify: () => undefined,
      warn: (code, params) => warnings.push([code, params]),
      credential: refusing,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AzureAuthError);
    expect((error as AzureAuthError).code).toBe('AZURE_SIGN_IN_FAILED');
    return warnings;
  }

  it.each<[string, Partial<Answers>]>([
    ['the public cloud’s own', { cloud: 'public', armEndpoint: undefined }],
    ['US Government’s own', { cloud: 'usgov', region: 'usgovvirginia', armEndpoint: undefined }],
    ['management.azure.com given explicitly (port 443, capitals, a trailing slash)', { armEndpoint: 'https://MANAGEMENT.azure.com:443/' }],
    ['US Government’s, given in the public cloud', { armEndpoint: 'https://management.usgovcloudapi.net' }],
  ])('no warning for %s Resource Manager', async (_name, answers) => {
    expect(await warningsFor(answers)).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['https://arm-proxy.contoso.com', 'arm-proxy.contoso.com', 'management.azure.com'],
    ['https://management.azure.com.contoso.com', 'management.azure.com.contoso.com', 'management.azure.com'],
    ['https://management.azure.com:8443', 'management.azure.com:8443', 'management.azure.com'],
    ['https://127.0.0.1:8443/', '127.0.0.1:8443', 'management.azure.com'],
  ])('%s is warned about as %s', async (armEndpoint, host, microsoft) => {
    expect(await warningsFor({ armEndpoint })).toEqual([['AZURE_ENDPOINT_NOT_MICROSOFT', { host, microsoft }]]);
  });

  it('US Government: the warning names that cloud’s Resource Manager', async () => {
    expect(await warningsFor({ cloud: 'usgov', region: 'usgovvirginia', armEndpoint: 'https://arm-proxy.contoso.com' })).toEqual([['AZURE_ENDPOINT_NOT_MICROSOFT', { host: 'arm-proxy.contoso.com', microsoft: 'management.usgovcloudapi.net' }]]);
  });
});
