/**
 * The Azure preflight end to end: the BUILT binary, a real `az`-shaped sign-in (test/support/
 * fake-az.ts, first on PATH) and the real Azure SDK over real TLS sockets to a local fake of
 * Resource Manager (test/support/fake-arm.ts, trusted through NODE_EXTRA_CA_CERTS). Nothing leaves
 * 127.0.0.1. Covers `azure check`, the preflight inside `plan`, the exit-code contract for sign-in
 * and Azure failures (4, 5), Ctrl+C (130), and that --help / steps never load the SDK.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, type ExpectStatic } from 'vitest';
import { defaultFakeArmState, MiB, SENTINEL_TOKEN, startFakeArm, type FakeArm, type FakeArmRequest, type Fault } from '../support/fake-arm.ts';
import { createFakeAz, type FakeAz } from '../support/fake-az.ts';
import { assertBuilt, BIN, cliEnv, freshDir, MAIN, removeDir, runCli, type CliResult } from '../support/run-cli.ts';
import { loadTracer } from '../support/trace-loads.ts';
import { VALID_ANSWERS, writeAnswers } from './fixtures.ts';

interface JsonFinding {
  severity: 'error' | 'warning' | 'info';
  code: string;
  step?: string;
  input?: string;
  message: string;
}

interface AzureCheckJson {
  schemaVersion: number;
  command: string;
  subscriptionId: string;
  armEndpoint: string;
  summary: { ok: boolean; errors: number; warnings: number; infos: number };
  findings: JsonFinding[];
}

interface PlanJson {
  schemaVersion: number;
  command: string;
  summary: { ok: boolean; errors: number; warnings: number; infos: number };
  steps: Array<{ id: string; findings: JsonFinding[] }>;
}

const SUBSCRIPTION = String(VALID_ANSWERS.subscriptionId);
const TENANT = String(VALID_ANSWERS.tenantId);
/** The first label of VALID_ANSWERS.serviceName: the DNS label, Key Vault and storage name. */
const PREFIX = 'contosocmg';
const SUBSCRIPTION_PATH = new RegExp(`^/subscriptions/${SUBSCRIPTION}$`, 'i');
/** What a clean preflight of VALID_ANSWERS finds, in the order the checks run. */
const ALL_GOOD = ['AZURE_SUBSCRIPTION_OK', 'AZURE_PERMISSIONS_OK', 'AZURE_PROVIDERS_OK', 'AZURE_REGION_OK', 'AZURE_RESOURCE_GROUP_OK', 'AZURE_NAMES_FREE'];
/**
 * The CMG's resource group exists and is wanted (useExistingResourceGroup): the permissions are
 * read on it, the one scope the spec publishes for that read.
 */
const GROUP = { 'rg-contoso-cmg': { location: 'westeurope' } };
/** The only query parameters the preflight sends; nothing else may show up in its output. */
const ALLOWED_QUERY = new Set(['api-version', '$filter', 'domainNameLabel']);

let cwd: string;
let answers: string;
let arm: FakeArm;
let az: FakeAz;
let signedOutAz: FakeAz;

beforeAll(async () => {
  assertBuilt();
  cwd = freshDir();
  answers = writeAnswers(cwd, { ...VALID_ANSWERS, useExistingResourceGroup: true });
  arm = await startFakeArm({ resourceGroups: { ...GROUP } });
  az = createFakeAz({ mode: 'ok', token: SENTINEL_TOKEN, tenant: TENANT, subscription: SUBSCRIPTION });
  signedOutAz = createFakeAz({ mode: 'signed-out' });
});

afterAll(async () => {
  await arm?.close();
  az?.remove();
  signedOutAz?.remove();
  if (cwd) removeDir(cwd);
});

// One fake for the file (its CA takes a moment to make); every test starts from the default state.
beforeEach(() => {
  Object.assign(arm.state, defaultFakeArmState(), { resourceGroups: { ...GROUP } });
  arm.requests.length = 0;
  arm.unmatched.length = 0;
  arm.streamed.length = 0;
});

/** Whatever a run printed: no token (in any common encoding) and no query parameter beyond the three the preflight sends. */
function expectNoLeak(result: Pick<CliResult, 'stdout' | 'stderr'>, e: ExpectStatic = expect): void {
  const printed = `${result.stdout}\n${result.stderr}`;
  for (const form of [SENTINEL_TOKEN, Buffer.from(SENTINEL_TOKEN).toString('base64'), encodeURIComponent(SENTINEL_TOKEN)]) {
    e(printed).not.toContain(form);
  }
  // The SDK's own log (AZURE_LOG_LEVEL) prints `$filter` percent-encoded.
  const parameters = [...printed.matchAll(/[?&]([^=&?#\s"'<>()]+)=/g)].map((match) => decodeURIComponent(match[1] ?? ''));
  e(parameters.filter((name) => !ALLOWED_QUERY.has(name))).toEqual([]);
}

interface RunAzureOptions {
  auth?: string;
  fakeAz?: FakeAz;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  /** Another fake than the file's shared one (the tests that run concurrently have their own). */
  fake?: FakeArm;
  /** The test's own expect (concurrent tests must not use the global one). */
  expect?: ExpectStatic;
}

/** `cmg-setup <args>` with the fake az first on PATH and the fake's CA trusted. */
async function run(args: readonly string[], options: RunAzureOptions = {}): Promise<CliResult> {
  const result = await runCli(args, {
    cwd,
    env: { PATH: (options.fakeAz ?? az).path, NODE_EXTRA_CA_CERTS: (options.fake ?? arm).caFile, ...options.env },
    timeoutMs: options.timeoutMs ?? 15_000,
  });
  expectNoLeak(result, options.expect);
  return result;
}

function azureCheck(extra: readonly string[] = [], options: RunAzureOptions = {}): Promise<CliResult> {
  return run(['azure', 'check', '--answers', answers, '--azure-auth', options.auth ?? 'cli', '--arm-endpoint', (options.fake ?? arm).url, '--json', ...extra], options);
}

/** stdout is exactly one JSON document. */
function parseJson<T>(result: CliResult, e: ExpectStatic = expect): T {
  e(result.stdout.startsWith('{')).toBe(true);
  e(result.stdout.endsWith('}\n')).toBe(true);
  return JSON.parse(result.stdout) as T;
}

const codes = (findings: readonly JsonFinding[]) => findings.map((finding) => finding.code);
const azureStep = (plan: PlanJson) => plan.steps.find((step) => step.id === 'azure')?.findings ?? [];
const matching = (path: RegExp, fake: FakeArm = arm): FakeArmRequest[] => fake.requests.filter((request) => path.test(request.path));

/** The warning every run against a fake starts stderr with: 127.0.0.1:<port> is not Microsoft's Resource Manager. */
const ENDPOINT_WARNING = 'cmg-setup: AZURE_ENDPOINT_NOT_MICROSOFT: [^\\n]*127\\.0\\.0\\.1:\\d+[^\\n]*\\n';

/** That warning in full, for `fake`. */
const endpointWarning = (fake: FakeArm = arm) =>
  `cmg-setup: AZURE_ENDPOINT_NOT_MICROSOFT: Warning: the Azure token of this sign-in is sent to ${new URL(fake.url).host} (--arm-endpoint or CMG_ARM_ENDPOINT), which is not Microsoft's Resource Manager (management.azure.com): whoever runs that address can act as you in Azure until the token expires (about an hour). Use it only for your own proxy or a test double.`;

/**
 * A failure before or instead of the report: stderr is the endpoint warning then one
 * `cmg-setup: CODE: message` line, no stack trace; stdout is the --json error document naming the
 * same code and exit code (these runs all pass --json). `codePattern` is a RegExp source.
 */
function expectFailure(result: CliResult, code: number, codePattern: string, e: ExpectStatic = expect): void {
  e({ code: result.code, timedOut: result.timedOut }).toEqual({ code, timedOut: false });
  e(result.stderr).toMatch(new RegExp(`^${ENDPOINT_WARNING}cmg-setup: ${codePattern}: [^\\n]+\\n$`));
  const document = JSON.parse(result.stdout) as { ok: boolean; exitCode: number; error: { code: string; message: string } };
  e({ ok: document.ok, exitCode: document.exitCode }).toEqual({ ok: false, exitCode: code });
  e(document.error.code).toMatch(new RegExp(`^(?:${codePattern})$`));
  e(result.stderr.endsWith(`cmg-setup: ${document.error.code}: ${document.error.message.replace(/^cmg-setup: [A-Z_]+: /, '')}\n`)).toBe(true);
}

/** A fake of its own for one test, closed afterwards. */
async function withOwnArm<T>(faults: Fault[], work: (fake: FakeArm) => Promise<T>): Promise<T> {
  const fake = await startFakeArm({ faults, resourceGroups: { ...GROUP } });
  try {
    return await work(fake);
  } finally {
    await fake.close();
  }
}

describe('cmg-setup azure check', () => {
  it('all good: exit 0, the six info findings in check order, every request signed with the az token and read-only', async () => {
    const result = await azureCheck();
    expect(result.code).toBe(0);
    const document = parseJson<AzureCheckJson>(result);
    expect(document).toMatchObject({
      schemaVersion: 1,
      command: 'azure check',
      subscriptionId: SUBSCRIPTION,
      armEndpoint: arm.url,
      summary: { ok: true, errors: 0, warnings: 0, infos: ALL_GOOD.length },
    });
    expect(codes(document.findings)).toEqual(ALL_GOOD);
    expect(document.findings.every((finding) => finding.severity === 'info')).toBe(true);
    expect(document.findings.map((finding) => finding.input)).toEqual(['subscriptionId', 'subscriptionId', 'subscriptionId', 'region', 'resourceGroup', 'deploymentPrefix']);

    expect(arm.unmatched).toEqual([]);
    expect(arm.requests.length).toBeGreaterThanOrEqual(9);
    expect(new Set(arm.requests.map((request) => request.authorization))).toEqual(new Set([`Bearer ${SENTINEL_TOKEN}`]));
    // Read-only: GETs, and POSTs only to the two name checks.
    const writes = arm.requests.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path}`);
    expect(writes).toEqual([`POST /subscriptions/${SUBSCRIPTION}/providers/Microsoft.KeyVault/checkNameAvailability`, `POST /subscriptions/${SUBSCRIPTION}/providers/Microsoft.Storage/checkNameAvailability`]);
    for (const request of arm.requests) expect(Object.keys(request.query).filter((name) => !ALLOWED_QUERY.has(name))).toEqual([]);
    // One token for the whole run (the SDK caches it), for the signed-in tenant and for Resource Manager's audience.
    expect(az.calls().at(-1)).toEqual(['account', 'get-access-token', '--output', 'json', '--resource', 'https://management.azure.com', '--tenant', TENANT]);
  });

  // Regression (formerly a bug in src/azure/arm.ts createArm): ResourceManagementClient is built with `endpoint` only, so the
  // SDK derives the token scope from it (`${endpoint}/.default`) and `az` is asked for a token whose
  // audience is the --arm-endpoint address. Through a proxy (what armEndpoint is documented for)
  // Entra refuses that resource (AADSTS500011) and a real ARM behind it would refuse the audience.
  // Expected: `--resource https://management.azure.com` (credentialScopes from CLOUDS[cloud]);
  // actual: `--resource https://127.0.0.1:<port>`.
  it('asks az for a token for the cloud’s Resource Manager audience, not for the --arm-endpoint address', async () => {
    await azureCheck();
    const call = az.calls().at(-1) ?? [];
    expect(call[call.indexOf('--resource') + 1]).toBe('https://management.azure.com');
  });

  it('an unregistered resource provider: exit 3 with AZURE_PROVIDER_NOT_REGISTERED, and nothing is registered', async () => {
    arm.state.providers['Microsoft.KeyVault'] = 'NotRegistered';
    const result = await azureCheck();
    expect(result.code).toBe(3);
    const document = parseJson<AzureCheckJson>(result);
    // The Key Vault checks are not sent (ARM answers them 409 MissingSubscriptionRegistration): skipped, and named.
    expect(codes(document.findings)).toEqual(['AZURE_SUBSCRIPTION_OK', 'AZURE_PERMISSIONS_OK', 'AZURE_PROVIDER_NOT_REGISTERED', 'AZURE_REGION_OK', 'AZURE_RESOURCE_GROUP_OK', 'AZURE_CHECKS_SKIPPED_UNREGISTERED']);
    expect(document.findings[2]).toMatchObject({ severity: 'error', input: 'subscriptionId' });
    expect(document.findings[2]?.message).toContain('Microsoft.KeyVault is NotRegistered');
    expect(document.findings[5]?.message).toBe('Not checked, as Microsoft.KeyVault is not registered (Azure refuses every call into it): the Key Vault name, the deleted Key Vaults. Run cmg-setup azure check again once it reads Registered.');
    expect(document.summary).toEqual({ ok: false, errors: 1, warnings: 0, infos: 5 });
    expect(matching(/KeyVault\/(checkNameAvailability|deletedVaults)$/)).toEqual([]);
    expect(matching(/\/register$/)).toEqual([]);
    expect(arm.state.providers['Microsoft.KeyVault']).toBe('NotRegistered');
  });

  it('--register-providers: POSTs register for the unregistered providers only, AZURE_PROVIDER_REGISTERING (a warning: re-run once Registered), exit 0', async () => {
    arm.state.providers['Microsoft.KeyVault'] = 'NotRegistered';
    arm.state.providers['Microsoft.Storage'] = 'Unregistered';
    const result = await azureCheck(['--register-providers']);
    expect(result.code).toBe(0);
    const document = parseJson<AzureCheckJson>(result);
    expect(codes(document.findings)).toEqual([
      'AZURE_SUBSCRIPTION_OK',
      'AZURE_PERMISSIONS_OK',
      'AZURE_PROVIDER_REGISTERING',
      'AZURE_PROVIDER_REGISTERING',
      'AZURE_REGION_OK',
      'AZURE_RESOURCE_GROUP_OK',
      'AZURE_CHECKS_SKIPPED_UNREGISTERED',
      'AZURE_CHECKS_SKIPPED_UNREGISTERED',
    ]);
    expect(document.findings[2]?.message).toBe(
      'Registration of Microsoft.KeyVault requested: Azure answers Registering; it takes a few minutes. The checks that need Microsoft.KeyVault did not run: run cmg-setup azure check again once it reads Registered (Subscriptions > Resource providers, or az provider show --namespace Microsoft.KeyVault).',
    );
    expect(document.summary).toEqual({ ok: true, errors: 0, warnings: 2, infos: 6 });
    expect(document.findings[3]?.message).toContain('Microsoft.Storage');
    expect(matching(/\/register$/).map((request) => `${request.method} ${request.path}`)).toEqual([
      `POST /subscriptions/${SUBSCRIPTION}/providers/Microsoft.KeyVault/register`,
      `POST /subscriptions/${SUBSCRIPTION}/providers/Microsoft.Storage/register`,
    ]);
    expect(arm.state.providers).toMatchObject({ 'Microsoft.KeyVault': 'Registering', 'Microsoft.Storage': 'Registering' });
  });

  it('a cloud that refuses api-version 2025-04-01 (the SDK’s, unconfirmed in US Government): exit 3, not 5, the message names the version and the request', async () => {
    arm.state.refusedApiVersions = ['2025-04-01'];
    const result = await azureCheck();
    expect(result.code).toBe(3);
    const document = parseJson<AzureCheckJson>(result);
    const refused = document.findings.filter((finding) => finding.code === 'AZURE_API_VERSION_REFUSED');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]?.message).toMatch(new RegExp(`^Azure Resource Manager refuses api-version 2025-04-01 for GET /subscriptions/${SUBSCRIPTION}/resourcegroups/rg-contoso-cmg\\?api-version=2025-04-01: The api-version '2025-04-01' is invalid\\.`));
    // Each refused request sent once: a permanent answer is not retried.
    const sent = arm.requests.map((request) => `${request.method} ${request.path}`);
    expect(new Set(sent).size).toBe(sent.length);
  });

  it('a 409 MissingSubscriptionRegistration on the DNS check: exit 3 with the provider finding and the skipped check, not exit 5', async () => {
    const message = "The subscription is not registered to use namespace 'Microsoft.Network'.";
    arm.state.faults = [{ path: /\/CheckDnsNameAvailability$/, kind: 'status', status: 409, body: { error: { code: 'MissingSubscriptionRegistration', message, details: [{ target: 'Microsoft.Network' }] } } }];
    const result = await azureCheck();
    expect(result.code).toBe(3);
    const document = parseJson<AzureCheckJson>(result);
    expect(codes(document.findings).slice(-2)).toEqual(['AZURE_PROVIDER_NOT_REGISTERED', 'AZURE_CHECKS_SKIPPED_UNREGISTERED']);
    expect(document.findings.at(-1)?.message).toContain('Microsoft.Network is not registered');
  });

  it('a taken Key Vault name: exit 3 with AZURE_KEY_VAULT_NAME_TAKEN on deploymentPrefix', async () => {
    arm.state.takenKeyVaultNames = [PREFIX];
    const result = await azureCheck();
    expect(result.code).toBe(3);
    const document = parseJson<AzureCheckJson>(result);
    expect(codes(document.findings)).toEqual(['AZURE_SUBSCRIPTION_OK', 'AZURE_PERMISSIONS_OK', 'AZURE_PROVIDERS_OK', 'AZURE_REGION_OK', 'AZURE_RESOURCE_GROUP_OK', 'AZURE_KEY_VAULT_NAME_TAKEN']);
    expect(document.findings.at(-1)).toMatchObject({ severity: 'error', input: 'deploymentPrefix' });
    expect(document.findings.at(-1)?.message).toContain(`${PREFIX} is not available (AlreadyExists)`);
  });

  it('a taken DNS label, a soft-deleted vault and a taken storage name: one error each, exit 3', async () => {
    arm.state.takenDnsLabels = [PREFIX];
    arm.state.softDeletedVaults = [{ name: PREFIX, location: 'northeurope' }];
    arm.state.takenStorageNames = [PREFIX];
    const result = await azureCheck();
    expect(result.code).toBe(3);
    const document = parseJson<AzureCheckJson>(result);
    expect(codes(document.findings).slice(5)).toEqual(['AZURE_DNS_NAME_TAKEN', 'AZURE_KEY_VAULT_SOFT_DELETED', 'AZURE_STORAGE_NAME_TAKEN']);
    expect(document.summary).toMatchObject({ ok: false, errors: 3 });
  });

  it('the resource group exists in another region: exit 3 with AZURE_RESOURCE_GROUP_OTHER_REGION', async () => {
    arm.state.resourceGroups = { 'RG-Contoso-CMG': { location: 'northeurope' } };
    const result = await azureCheck();
    expect(result.code).toBe(3);
    const document = parseJson<AzureCheckJson>(result);
    expect(codes(document.findings)).toEqual(['AZURE_SUBSCRIPTION_OK', 'AZURE_PERMISSIONS_OK', 'AZURE_PROVIDERS_OK', 'AZURE_REGION_OK', 'AZURE_RESOURCE_GROUP_OTHER_REGION', 'AZURE_NAMES_FREE']);
    expect(document.findings[4]).toMatchObject({ severity: 'error', input: 'resourceGroup' });
    expect(document.findings[4]?.message).toContain('is in northeurope, not in westeurope');
  });

  it('401: exit 4 AZURE_UNAUTHORIZED with the request and correlation IDs, not retried', async () => {
    arm.state.faults = [{ path: SUBSCRIPTION_PATH, kind: 'status', status: 401, headers: { 'x-ms-request-id': 'req-401-e2e', 'x-ms-correlation-request-id': 'corr-401-e2e' }, body: { error: { code: 'InvalidAuthenticationToken', message: 'The access token is invalid.' } } }];
    const result = await azureCheck();
    expectFailure(result, 4, 'AZURE_UNAUTHORIZED');
    expect(result.stderr).toContain('(request ID req-401-e2e, correlation ID corr-401-e2e)');
    expect(result.stderr).toContain('--azure-auth cli');
    expect(matching(SUBSCRIPTION_PATH)).toHaveLength(1);
  });

  it('403: exit 4 AZURE_FORBIDDEN naming the Owner role and the request ID', async () => {
    arm.state.faults = [{ path: SUBSCRIPTION_PATH, kind: 'status', status: 403, headers: { 'x-ms-request-id': 'req-403-e2e' }, body: { error: { code: 'AuthorizationFailed', message: 'no' } } }];
    const result = await azureCheck();
    expectFailure(result, 4, 'AZURE_FORBIDDEN');
    expect(result.stderr).toContain('Subscription Owner');
    expect(result.stderr).toContain('request ID req-403-e2e');
    expect(matching(SUBSCRIPTION_PATH)).toHaveLength(1);
  });

  it('429 with Retry-After 3600: exit 5 "retry after 3600 s" at once, without sleeping or retrying', async () => {
    arm.state.faults = [{ path: SUBSCRIPTION_PATH, kind: 'status', status: 429, headers: { 'retry-after': '3600', 'x-ms-request-id': 'req-429-e2e' } }];
    const result = await azureCheck();
    expectFailure(result, 5, 'AZURE_THROTTLED');
    expect(result.stderr).toContain('retry after 3600 s (request ID req-429-e2e');
    // One request and an exit (expectFailure: not killed at 15 s): no retry, and no sleep, which would still be running.
    expect(matching(SUBSCRIPTION_PATH)).toHaveLength(1);
  });

  it('429 with a Retry-After beyond the remaining deadline: exit 5 "retry after 30 s" at once', async () => {
    arm.state.faults = [{ path: SUBSCRIPTION_PATH, kind: 'status', status: 429, headers: { 'retry-after': '30' } }];
    const result = await azureCheck(['--azure-deadline', '10']);
    expectFailure(result, 5, 'AZURE_THROTTLED');
    expect(result.stderr).toContain('retry after 30 s');
    // One request, and AZURE_THROTTLED rather than AZURE_DEADLINE: a sleep would have run into the 10 s deadline.
    expect(matching(SUBSCRIPTION_PATH)).toHaveLength(1);
  });

  it('az signed out: exit 4 AZURE_SIGN_IN_FAILED, and Resource Manager never asked', async () => {
    const result = await azureCheck([], { fakeAz: signedOutAz });
    expectFailure(result, 4, 'AZURE_SIGN_IN_FAILED');
    expect(result.stderr).toContain('run az login');
    expect(signedOutAz.calls().length).toBeGreaterThanOrEqual(1);
    expect(arm.requests).toEqual([]);
  });

  it.each(['device-code', 'browser'])('--azure-auth %s under CI: exit 4 AZURE_INTERACTIVE_SIGN_IN at once (no wait for a person), nothing asked of anyone', async (auth) => {
    const before = az.calls().length;
    // The kill timeout is the hang detector: a run waiting for a sign-in is killed, and expectFailure sees timedOut.
    const result = await azureCheck([], { auth, timeoutMs: 20_000 });
    expectFailure(result, 4, 'AZURE_INTERACTIVE_SIGN_IN');
    expect(result.stderr).toContain(`--azure-auth ${auth} needs a person at a terminal`);
    expect(arm.requests).toEqual([]);
    expect(az.calls().length).toBe(before);
  });

  it.each([
    ['--azure-timeout', 'abc'],
    ['--azure-timeout', '0'],
    ['--azure-deadline', '3601'],
  ])('%s %s: exit 2 AZURE_LIMIT_INVALID before any sign-in', async (flag, value) => {
    const before = az.calls().length;
    const result = await azureCheck([flag, value]);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).error.code).toBe('AZURE_LIMIT_INVALID');
    expect(result.stderr).toContain('AZURE_LIMIT_INVALID');
    expect(result.stderr).toContain(flag);
    expect(arm.requests).toEqual([]);
    expect(az.calls().length).toBe(before);
  });

  it('AZURE_LOG_LEVEL=verbose: the SDK’s own log on stderr still shows no token and no other query parameter', async () => {
    const result = await azureCheck([], { env: { AZURE_LOG_LEVEL: 'verbose' } });
    expect(result.code).toBe(0);
    expect(codes(parseJson<AzureCheckJson>(result).findings)).toEqual(ALL_GOOD);
    // The log really is on (else this test proves nothing beyond the first one).
    expect(result.stderr).toContain('azure:');
  });
});

// The failures that wait (back-off, deadline, timeout) run side by side, each against its own fake:
// they spend their time sleeping, and one after the other they would double this file's run time.
// The longest come first (vitest runs five at a time).
describe.concurrent('Azure failures that take time (concurrently, one fake each)', () => {
  // 1 s per attempt: the attempt's time-out also covers the TLS handshake with the fake, which a busy
  // CI machine must finish in time for the hang (not the connection) to be what times out.
  it('a hung request every time: each attempt times out (--azure-timeout 1) and is retried; exit 5 AZURE_TIMEOUT after 4 attempts', async ({ expect }) => {
    await withOwnArm([{ path: SUBSCRIPTION_PATH, kind: 'hang' }], async (fake) => {
      const result = await azureCheck(['--azure-timeout', '1', '--azure-deadline', '30'], { fake, expect, timeoutMs: 25_000 });
      expectFailure(result, 5, 'AZURE_TIMEOUT', expect);
      expect(result.stderr).toContain('gave no answer within 1 s');
      // Which attempts reached the fake depends on the child's clock, which no test moves: the 1 s
      // also covers the TLS handshake, which a busy machine may not finish in time. What holds on
      // every run: at most the four attempts arrived, none was answered, and each was abandoned by
      // the client (its time-out) before the next arrived. That every attempt arrives, times out
      // and is retried, maxRetries + 1 in all, is proven on a mocked clock in
      // test/azure/preflight.test.ts ("an answer that never comes").
      await fake.settled();
      const attempts = matching(SUBSCRIPTION_PATH, fake).length;
      expect(attempts).toBeLessThanOrEqual(4);
      expect(fake.timeline()).toEqual(Array.from({ length: attempts }, (_, index) => [`arrived ${index}`, `closed ${index}`]).flat());
    });
  });

  it('500 every time: exit 5 AZURE_UNAVAILABLE after the SDK’s three retries, each sent once the previous 500 was answered', async ({ expect }) => {
    await withOwnArm([{ path: SUBSCRIPTION_PATH, kind: 'status', status: 500, headers: { 'x-ms-request-id': 'req-500-e2e' } }], async (fake) => {
      const result = await azureCheck(['--azure-deadline', '20'], { fake, expect, timeoutMs: 25_000 });
      expectFailure(result, 5, 'AZURE_UNAVAILABLE', expect);
      expect(result.stderr).toContain('answered 500 after retries (request ID req-500-e2e');
      expect(matching(SUBSCRIPTION_PATH, fake)).toHaveLength(4);
      // Four attempts, each sent only once the previous 500 was answered: 1 + the SDK's 3 retries, in
      // turn. The back-off between them is the SDK's (retryDelayInMs 1 s) and not measured here.
      expect(fake.timeline()).toEqual(['arrived 0', 'answered 0', 'arrived 1', 'answered 1', 'arrived 2', 'answered 2', 'arrived 3', 'answered 3']);
    });
  });

  // Regression: the per-request timeout once stayed on the request through the SDK's back-off, so
  // the first attempt's timer fired in a retry's sleep and the run ended as Ctrl+C (exit 130).
  it('500 every time with --azure-timeout 1: every attempt gets a fresh timeout; exit 5 AZURE_UNAVAILABLE, not 130', async ({ expect }) => {
    await withOwnArm([{ path: SUBSCRIPTION_PATH, kind: 'status', status: 500 }], async (fake) => {
      const result = await azureCheck(['--azure-timeout', '1', '--azure-deadline', '20'], { fake, expect, timeoutMs: 25_000 });
      expectFailure(result, 5, 'AZURE_UNAVAILABLE', expect);
      expect(matching(SUBSCRIPTION_PATH, fake)).toHaveLength(4);
    });
  });

  it('a hung request: exit 5 AZURE_DEADLINE (--azure-deadline 3), not the 30 s request time-out; one attempt, let go', async ({ expect }) => {
    await withOwnArm([{ path: SUBSCRIPTION_PATH, kind: 'hang' }], async (fake) => {
      const result = await azureCheck(['--azure-deadline', '3'], { fake, expect });
      expectFailure(result, 5, 'AZURE_DEADLINE', expect);
      expect(result.stderr).toContain('did not finish within 3 s');
      // One attempt, ended by the client: the request time-out (default 30 s, past the 15 s kill)
      // would have said AZURE_TIMEOUT after retries, so only the deadline can have ended it.
      await fake.settled();
      expect(fake.timeline()).toEqual(['arrived 0', 'closed 0']);
    });
  });

  it('500 every time with a short deadline: exit 5 AZURE_DEADLINE before the retries run out', async ({ expect }) => {
    await withOwnArm([{ path: SUBSCRIPTION_PATH, kind: 'status', status: 500 }], async (fake) => {
      const result = await azureCheck(['--azure-deadline', '3'], { fake, expect });
      expectFailure(result, 5, 'AZURE_DEADLINE', expect);
      expect(result.stderr).toContain('did not finish within 3 s');
      // The SDK's waits before retries 1-3 are at least 0.5, 1 and 2 s (half of 1, 2 and 4 s), more
      // than the 3 s deadline together: fewer than four attempts means the deadline ended the run
      // before the retries ran out (AZURE_UNAVAILABLE would say they had). That it cuts a back-off
      // short is proven with a back-off of minutes in test/azure/preflight.test.ts.
      const attempts = matching(SUBSCRIPTION_PATH, fake).length;
      expect(attempts).toBeGreaterThanOrEqual(1);
      expect(attempts).toBeLessThan(4);
    });
  });

  it('a request that hangs once: timed out after --azure-timeout 1, retried, exit 0', async ({ expect }) => {
    await withOwnArm([{ path: SUBSCRIPTION_PATH, kind: 'hang', times: 1 }], async (fake) => {
      const result = await azureCheck(['--azure-timeout', '1'], { fake, expect });
      expect(result.code).toBe(0);
      expect(codes(parseJson<AzureCheckJson>(result, expect).findings)).toEqual(ALL_GOOD);
      expect(matching(SUBSCRIPTION_PATH, fake)).toHaveLength(2);
      // The first attempt was abandoned by the client (only its 1 s time-out can end a request the
      // fake never answers, short of the 180 s deadline) before the retry was sent.
      expect(fake.timeline().slice(0, 4)).toEqual(['arrived 0', 'closed 0', 'arrived 1', 'answered 1']);
    });
  });

  it('a connection reset once: retried by the SDK, exit 0', async ({ expect }) => {
    await withOwnArm([{ path: SUBSCRIPTION_PATH, kind: 'reset', times: 1 }], async (fake) => {
      const result = await azureCheck([], { fake, expect });
      expect(result.code).toBe(0);
      expect(codes(parseJson<AzureCheckJson>(result, expect).findings)).toEqual(ALL_GOOD);
      expect(matching(SUBSCRIPTION_PATH, fake)).toHaveLength(2);
    });
  });

  it('429 with Retry-After 1 (under the cap) once: retried after the 429 (not AZURE_THROTTLED), exit 0', async ({ expect }) => {
    await withOwnArm([{ path: SUBSCRIPTION_PATH, kind: 'status', status: 429, headers: { 'retry-after': '1' }, times: 1 }], async (fake) => {
      const result = await azureCheck([], { fake, expect });
      expect(result.code).toBe(0);
      expect(codes(parseJson<AzureCheckJson>(result, expect).findings)).toEqual(ALL_GOOD);
      expect(matching(SUBSCRIPTION_PATH, fake)).toHaveLength(2);
      // The retry was sent once the 429 had been answered (the 1 s wait itself is the SDK's, unmeasured).
      expect(fake.timeline().slice(0, 4)).toEqual(['arrived 0', 'answered 0', 'arrived 1', 'answered 1']);
    });
  });

  it.for<[string, Fault]>([
    ['a body cut off mid-way', { path: SUBSCRIPTION_PATH, kind: 'truncated' }],
    ['a 200 whose JSON is broken', { path: SUBSCRIPTION_PATH, kind: 'status', status: 200, body: '{"state": "Enab' }],
  ])('%s: exit 5 AZURE_BAD_RESPONSE, no stack trace', async ([, fault], { expect }) => {
    await withOwnArm([fault], async (fake) => {
      const result = await azureCheck(['--azure-deadline', '20'], { fake, expect, timeoutMs: 25_000 });
      expectFailure(result, 5, 'AZURE_BAD_RESPONSE', expect);
      expect(result.stderr).toContain(`sent an unreadable answer to GET /subscriptions/${SUBSCRIPTION}?api-version=2022-12-01 (`);
    });
  });
});

// Issue 9, point 3: a well-formed JSON answer of the wrong shape once ended in exit 1 (a TypeError)
// or passed for another answer (exit 0 or 3). Every request kind and many bodies: test/azure/preflight.test.ts.
describe.concurrent('an answer of the wrong shape (concurrently, one fake each)', () => {
  it.for<[string, RegExp, 'GET' | 'POST', unknown]>([
    ['state: 42 in the subscription', SUBSCRIPTION_PATH, 'GET', { state: 42, tenantId: TENANT }],
    ['permissions value: 5', /\/providers\/Microsoft\.Authorization\/permissions$/, 'GET', { value: 5 }],
    ['permissions value: [null]', /\/providers\/Microsoft\.Authorization\/permissions$/, 'GET', { value: [null] }],
    ['a provider whose resourceTypes is an object', /\/providers\/Microsoft\.Compute$/, 'GET', { registrationState: 'Registered', resourceTypes: {} }],
    ['a resource group without location', /\/resourcegroups\/rg-contoso-cmg$/i, 'GET', { name: 'rg-contoso-cmg' }],
    ['nameAvailable: "yes" from the Key Vault name check', /\/providers\/Microsoft\.KeyVault\/checkNameAvailability$/, 'POST', { nameAvailable: 'yes' }],
  ])('%s: exit 5 AZURE_BAD_RESPONSE naming the request, no stack trace', async ([, path, method, body], { expect }) => {
    await withOwnArm([{ path, method, kind: 'status', status: 200, body: JSON.stringify(body), headers: { 'x-ms-request-id': 'req-shape' } }], async (fake) => {
      const result = await azureCheck([], { fake, expect });
      expectFailure(result, 5, 'AZURE_BAD_RESPONSE', expect);
      const last = fake.requests.at(-1);
      expect(last?.method === method && path.test(last.path)).toBe(true);
      expect(result.stderr).toContain(`sent an unreadable answer to ${method} ${last?.path}?api-version=${last?.query['api-version']} (not JSON, or fields missing or of the wrong type) (request ID req-shape,`);
    });
  });
});

// Issue 9, point 2: a 2 GB answer once crashed Node (exit 133, no message).
describe('an answer too large to read', () => {
  it.each<[string, Fault]>([
    ['64 MiB without Content-Length', { path: SUBSCRIPTION_PATH, kind: 'stream' }],
    ['a Content-Length of 2 GiB that lies', { path: SUBSCRIPTION_PATH, kind: 'stream', contentLength: 2048 * MiB }],
    ['a few KiB of gzip that inflate to 64 MiB', { path: SUBSCRIPTION_PATH, kind: 'stream', gzip: true }],
  ])('%s: exit 5 AZURE_RESPONSE_TOO_LARGE naming the request, read no further, no stack trace', async (_name, fault) => {
    arm.state.faults = [{ ...fault, headers: { 'x-ms-request-id': 'req-big', 'x-ms-correlation-request-id': 'corr-big' } }];
    const result = await azureCheck();
    expectFailure(result, 5, 'AZURE_RESPONSE_TOO_LARGE');
    expect(result.stderr).toContain(`cmg-setup: AZURE_RESPONSE_TOO_LARGE: Azure Resource Manager's answer to GET /subscriptions/${SUBSCRIPTION}?api-version=2022-12-01 is larger than 4 MiB (request ID req-big, correlation ID corr-big): cmg-setup stopped reading it`);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at /m);
    expect(matching(SUBSCRIPTION_PATH)).toHaveLength(1);
    expect(arm.streamed).toHaveLength(1);
    // Uncompressed, 64 MiB cannot pass the socket buffers once the client stops reading. Gzip'd,
    // the whole body is a few KiB and may be sent before the client aborts: that the run still
    // ends with TOO_LARGE is the proof it counts after decompression.
    if (!fault.gzip) expect(arm.streamed[0]?.bytes).toBeLessThan(64 * MiB);
  });
});

describe('the preflight inside plan', () => {
  const plan = (extra: readonly string[], options: RunAzureOptions = {}) => run(['plan', '--answers', answers, '--json', ...extra], options);

  it('without --azure-auth: AZURE_PREFLIGHT_SKIPPED (no sign-in), exit 0, and no request to az or Resource Manager', async () => {
    const before = az.calls().length;
    const result = await plan(['--arm-endpoint', arm.url]);
    expect(result.code).toBe(0);
    const findings = azureStep(parseJson<PlanJson>(result));
    expect(codes(findings).filter((code) => code.startsWith('AZURE_'))).toEqual(['AZURE_PREFLIGHT_SKIPPED']);
    // The JSON carries no params: the reason shows in the message ('no-sign-in' → "no sign-in configured").
    expect(findings.find((finding) => finding.code === 'AZURE_PREFLIGHT_SKIPPED')).toMatchObject({ severity: 'info' });
    expect(findings.find((finding) => finding.code === 'AZURE_PREFLIGHT_SKIPPED')?.message).toContain('(no sign-in configured: --azure-auth)');
    expect(arm.requests).toEqual([]);
    expect(az.calls().length).toBe(before);
  });

  it('with --azure-auth cli --arm-endpoint: the preflight findings are in step azure, exit 0', async () => {
    const result = await plan(['--azure-auth', 'cli', '--arm-endpoint', arm.url]);
    expect(result.code).toBe(0);
    const document = parseJson<PlanJson>(result);
    expect(document.summary.ok).toBe(true);
    const findings = azureStep(document);
    expect(codes(findings).filter((code) => code.startsWith('AZURE_'))).toEqual(ALL_GOOD);
    expect(findings.filter((finding) => finding.code.startsWith('AZURE_')).every((finding) => finding.step === 'azure')).toBe(true);
    expect(new Set(arm.requests.map((request) => request.authorization))).toEqual(new Set([`Bearer ${SENTINEL_TOKEN}`]));
  });

  it('never registers providers: an unregistered one is exit 3 and no register request is sent', async () => {
    arm.state.providers['Microsoft.Network'] = 'NotRegistered';
    const result = await plan(['--azure-auth', 'cli', '--arm-endpoint', arm.url]);
    expect(result.code).toBe(3);
    expect(codes(azureStep(parseJson<PlanJson>(result)))).toContain('AZURE_PROVIDER_NOT_REGISTERED');
    expect(matching(/\/register$/)).toEqual([]);
  });

  it('--offline: AZURE_PREFLIGHT_SKIPPED (offline) even with --azure-auth, and no request at all', async () => {
    const before = az.calls().length;
    const result = await plan(['--offline', '--azure-auth', 'cli', '--arm-endpoint', arm.url]);
    expect(result.code).toBe(0);
    const skipped = azureStep(parseJson<PlanJson>(result)).filter((finding) => finding.code.startsWith('AZURE_'));
    expect(codes(skipped)).toEqual(['AZURE_PREFLIGHT_SKIPPED']);
    expect(skipped[0]?.message).toContain('(--offline)');
    expect(arm.requests).toEqual([]);
    expect(az.calls().length).toBe(before);
  });

  it('403 during plan: exit 4 AZURE_FORBIDDEN, no plan document', async () => {
    arm.state.faults = [{ path: /\/providers\/Microsoft\.Authorization\/permissions$/i, kind: 'status', status: 403, headers: { 'x-ms-request-id': 'req-403-plan' } }];
    const result = await plan(['--azure-auth', 'cli', '--arm-endpoint', arm.url]);
    expectFailure(result, 4, 'AZURE_FORBIDDEN');
    expect(result.stderr).toContain('request ID req-403-plan');
  });

  // Regression (formerly a bug in src/cli/run-wizard.ts, now src/cli/commands/wizard.ts): --azure-timeout/--azure-deadline are parsed (azureLimits) only
  // inside azureOutcome, so when the preflight does not run (--offline, or no --azure-auth) an
  // invalid value is accepted. Input: `plan --answers <valid> --offline --azure-timeout abc`.
  // Expected: exit 2 AZURE_LIMIT_INVALID (DESIGN.md: a wrong type on the command line is usage);
  // actual: exit 0.
  it('an invalid --azure-timeout is a usage error even when the preflight does not run', async () => {
    const result = await plan(['--offline', '--azure-timeout', 'abc']);
    expect(result.code).toBe(2);
  });
});

// Issue 9, point 1: an answers file with `azureAuth: cli` and `armEndpoint: https://elsewhere` once
// made the README's CI dry run send the real management token there (8 requests, no warning).
describe('a data file never chooses where the Azure token goes (DESIGN.md rule 6)', () => {
  const USAGE_HEADER = 'cmg-setup: the command line or answers file cannot be used as given:';
  const REFUSED = [
    USAGE_HEADER,
    '  ANSWERS_COMMAND_LINE_ONLY armEndpoint (--arm-endpoint / CMG_ARM_ENDPOINT): the answers file hostile.yaml may not set "armEndpoint": a data file must not decide where an Azure token is sent. Pass --arm-endpoint or set CMG_ARM_ENDPOINT instead.',
    '',
  ];

  it.each<[string, (url: string) => string[]]>([
    ['the README’s CI dry run (CI=true plan --answers --json)', () => ['plan', '--answers', 'hostile.yaml', '--json']],
    ['plan --answers --azure-auth cli', () => ['plan', '--answers', 'hostile.yaml', '--azure-auth', 'cli']],
    ['run --answers --yes', () => ['--answers', 'hostile.yaml', '--yes', '--out', 'never-written']],
    ['azure check --answers', () => ['azure', 'check', '--answers', 'hostile.yaml', '--json']],
    ['azure check --answers, with --arm-endpoint given too', (url) => ['azure', 'check', '--answers', 'hostile.yaml', '--arm-endpoint', url]],
  ])('%s: exit 2 naming armEndpoint, saying why and what to pass instead; neither az nor Resource Manager is asked', async (_name, args) => {
    writeAnswers(cwd, { ...VALID_ANSWERS, azureAuth: 'cli', armEndpoint: arm.url }, 'hostile.yaml');
    const before = az.calls().length;
    const result = await run(args(arm.url));
    expect(result.code).toBe(2);
    // With --json, the refusal is the one document on stdout; without, stdout stays empty.
    if (args(arm.url).includes('--json')) expect(JSON.parse(result.stdout).error).toMatchObject({ kind: 'usage', code: 'ANSWERS_COMMAND_LINE_ONLY', problems: [{ code: 'ANSWERS_COMMAND_LINE_ONLY', input: 'armEndpoint' }] });
    else expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual(REFUSED);
    expect(arm.requests).toEqual([]);
    expect(az.calls().length).toBe(before);
    expect(existsSync(join(cwd, 'never-written'))).toBe(false);
  });

  it('refused even when the value is empty (the key itself is the problem)', async () => {
    writeFileSync(join(cwd, 'hostile.yaml'), `${readFileSync(join(cwd, answers), 'utf8')}armEndpoint:\n`);
    const result = await run(['azure', 'check', '--answers', 'hostile.yaml', '--azure-auth', 'cli', '--arm-endpoint', arm.url]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toEqual(REFUSED);
    expect(arm.requests).toEqual([]);
  });

  it.each<[string, (url: string) => { args: string[]; env?: Record<string, string> }, boolean]>([
    ['azure check --arm-endpoint --json', (url) => ({ args: ['azure', 'check', '--answers', answers, '--azure-auth', 'cli', '--arm-endpoint', url, '--json'] }), true],
    ['azure check with CMG_ARM_ENDPOINT', (url) => ({ args: ['azure', 'check', '--answers', answers, '--azure-auth', 'cli'], env: { CMG_ARM_ENDPOINT: url } }), false],
    ['plan --azure-auth cli --arm-endpoint --json', (url) => ({ args: ['plan', '--answers', answers, '--azure-auth', 'cli', '--arm-endpoint', url, '--json'] }), true],
    ['plan --azure-auth cli with CMG_ARM_ENDPOINT', (url) => ({ args: ['plan', '--answers', answers, '--azure-auth', 'cli'], env: { CMG_ARM_ENDPOINT: url } }), false],
  ])('%s: the requests go to the fake, after a warning on stderr naming its host:port', async (_name, given, json) => {
    const { args, env } = given(arm.url);
    const result = await run(args, env ? { env } : {});
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')[0]).toBe(endpointWarning());
    expect(result.stderr.match(/AZURE_ENDPOINT_NOT_MICROSOFT/g)).toHaveLength(1);
    expect(result.stdout).not.toContain('AZURE_ENDPOINT_NOT_MICROSOFT');
    // With --json, stdout is still exactly one JSON document.
    if (json) expect(parseJson<{ schemaVersion: number }>(result).schemaVersion).toBe(1);
    expect(arm.requests.length).toBeGreaterThanOrEqual(9);
  });

  it('--offline: no preflight, so no warning', async () => {
    const result = await run(['plan', '--answers', answers, '--azure-auth', 'cli', '--arm-endpoint', arm.url, '--offline', '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(arm.requests).toEqual([]);
  });
});

describe('the Azure SDK stays out of --help and steps', () => {
  /** Every file the run's requires resolved to (test/support/trace-loads.ts), from any chunk, however it was reached. */
  async function resolvedBy(args: readonly string[]): Promise<{ result: CliResult; urls: string[] }> {
    const tracer = loadTracer(cwd, args.join('_').replace(/[^a-z0-9_-]/gi, ''));
    const result = await run(args, { env: tracer.env });
    return { result, urls: tracer.loads().map((load) => load.file) };
  }
  const azureModules = (urls: string[]) => urls.filter((url) => url.includes('/node_modules/@azure/'));

  it('the tracer sees the SDK load when a command needs it (azure check)', async () => {
    const { result, urls } = await resolvedBy(['azure', 'check', '--answers', answers, '--azure-auth', 'device-code', '--arm-endpoint', arm.url]);
    expect(result.code).toBe(4);
    expect(urls.some((url) => url.endsWith('/dist/cmg-setup.cjs'))).toBe(true);
    expect(azureModules(urls).some((url) => url.includes('/node_modules/@azure/identity/'))).toBe(true);
  });

  // A help, `steps` or `schema` alone never loads the program (src/cli/instant.ts, test/cli/instant-help.test.ts): through the program here.
  it.each([[['--lang', 'en', '--help']], [['--lang', 'en', 'azure', 'check', '--help']], [['steps', '--lang', 'en']], [['steps', '--json', '--lang', 'en']]])('%j resolves no @azure module', async (args) => {
    const { result, urls } = await resolvedBy(args);
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
    expect(urls.some((url) => url.endsWith('/dist/cmg-setup.cjs'))).toBe(true);
    expect(azureModules(urls)).toEqual([]);
  });

  it('the entry chunk imports no @azure package statically', () => {
    expect(existsSync(MAIN)).toBe(true);
    expect(readFileSync(MAIN, 'utf8')).not.toMatch(/(?:from|import|require\()\s*["']@azure\//);
  });
});

describe('Ctrl+C during the preflight', () => {
  it('SIGINT while Resource Manager hangs: exit 130 with the cancellation document, the hung request let go (the 120 s deadline never reached)', async () => {
    arm.state.faults = [{ path: SUBSCRIPTION_PATH, kind: 'hang' }];
    const child = spawn(process.execPath, [BIN, 'azure', 'check', '--answers', answers, '--azure-auth', 'cli', '--arm-endpoint', arm.url, '--azure-deadline', '120', '--json'], {
      cwd,
      env: cliEnv({ env: { PATH: az.path, NODE_EXTRA_CA_CERTS: arm.caFile } }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // 'close', not 'exit': stdout and stderr are read to their end before they are checked.
    let ended = false;
    const closed = new Promise<number | null>((resolve) =>
      child.on('close', (code) => {
        ended = true;
        resolve(code);
      }),
    );
    // The hang detector: a child still running is killed, and then exits with null, not 130.
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    try {
      // Wait until the request is in flight at the fake (it never answers), then interrupt.
      while (matching(SUBSCRIPTION_PATH).length === 0 && !ended) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(matching(SUBSCRIPTION_PATH)).toHaveLength(1);
      child.kill('SIGINT');
      // 130: SIGINT ended the run, neither the kill above (null) nor the deadline (exit 5 AZURE_DEADLINE).
      expect(await closed).toBe(130);
      expect(JSON.parse(stdout)).toEqual({ schemaVersion: 1, command: 'azure check', ok: false, exitCode: 130, error: { kind: 'cancelled', code: 'CANCELLED', message: 'Cancelled: nothing was written, and temporary files were removed.', problems: [] } });
      expect(stderr).toContain('Cancelled');
      expectNoLeak({ stdout, stderr });
      // The fake saw the hung request's connection close (here the exit alone would close it: that the
      // abort does is proven in test/azure/preflight.test.ts), and no other request came.
      await arm.settled();
      expect(arm.timeline()).toEqual(['arrived 0', 'closed 0']);
    } finally {
      clearTimeout(killer);
      child.kill('SIGKILL');
    }
  });
});
