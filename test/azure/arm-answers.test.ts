/**
 * Issue 12: the preflight against Resource Manager as it really answers. First the fake itself
 * (raw HTTPS, no SDK): it refuses what the published specs would refuse, with ARM's status and
 * error body, pages its lists and answers registration states. Then runPreflight (the real SDK
 * over real HTTPS): permanent answers (400, 404, 409) become findings naming ARM's code, message,
 * request and IDs, sent once; an unregistered namespace's checks are skipped and named; every page
 * of a list is read, within MAX_PAGES and only at the endpoint's own origin; the permissions are
 * read at the resource-group scope; soft-deleted vaults are found in any region.
 */
import { request as httpsRequest } from 'node:https';
import { afterEach, describe, expect, it } from 'vitest';
import { ResourceManagementClient } from '@azure/arm-resources';
import { AzureAuthorityHosts } from '@azure/identity';
import { API_VERSIONS, MAX_PAGES, SPEC_COMMITS, SPEC_FILES } from '../../src/azure/api-versions.ts';
import type { PreflightFinding } from '../../src/azure/checks.ts';
import type { AzureLimits } from '../../src/azure/limits.ts';
import { runPreflight, type PreflightRequest } from '../../src/azure/preflight.ts';
import { CLOUDS } from '../../src/domain/clouds.ts';
import { AzureUnavailableError } from '../../src/model/errors.ts';
import { codeText } from '../../src/messages/i18n.ts';
import type { Answers } from '../../src/model/answers.ts';
import { vmssAnswers } from '../support/answers.ts';
import { fakeCredential, MiB, startFakeArm, type FakeArm, type FakeArmState } from '../support/fake-arm.ts';
import { azureChecks } from '../../src/wizard/azure-checks.ts';
import { LANGS } from '../../src/model/lang.ts';

const LIMITS: AzureLimits = { requestTimeoutMs: 1500, deadlineMs: 4000, retryDelayMs: 50, maxRetries: 2, retryAfterCapMs: 2000, maxResponseBytes: 4 * MiB };
const SUBSCRIPTION = '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6';
const SUB = `/subscriptions/${SUBSCRIPTION}`;
const GROUP = { 'rg-contoso-cmg': { location: 'westeurope' } };
const IDS = { 'x-ms-request-id': '11111111-2222-4333-8444-555555555555', 'x-ms-correlation-request-id': '66666666-7777-4888-9999-000000000000' };
const ID_PARAMS = { requestId: IDS['x-ms-request-id'], correlationId: IDS['x-ms-correlation-request-id'] };

const fakes: FakeArm[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

async function fakeArm(overrides: Partial<FakeArmState> = {}): Promise<FakeArm> {
  const fake = await startFakeArm({ resourceGroups: { ...GROUP }, ...overrides });
  fakes.push(fake);
  return fake;
}

/** One request to the fake without the SDK: its status and parsed body. */
function raw(fake: FakeArm, method: string, pathAndQuery: string, body?: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const url = new URL(pathAndQuery, fake.url);
    const request = httpsRequest(url, { method, ca: fake.caPem, headers: body === undefined ? {} : { 'content-type': 'application/json' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function run(fake: FakeArm, answers: Partial<Answers> = {}, extra: Partial<PreflightRequest> = {}): Promise<{ findings?: PreflightFinding[]; error?: unknown }> {
  try {
    const all = { ...vmssAnswers({ useExistingResourceGroup: true, ...answers }), armEndpoint: fake.url };
    const findings = await runPreflight({
      answers: all,
      checks: azureChecks(all),
      auth: 'cli',
      limits: LIMITS,
      canPrompt: false,
      registerProviders: false,
      notify: () => undefined,
      warn: () => undefined,
      tlsCa: fake.caPem,
      credential: fakeCredential(),
      ...extra,
    });
    return { findings };
  } catch (error) {
    return { error };
  }
}

const seen = (fake: FakeArm) => fake.requests.map((request) => `${request.method} ${request.path}`);
const byCode = (findings: PreflightFinding[] | undefined, code: string) => (findings ?? []).filter((finding) => finding.code === code);
const errorBody = (code: string, message: string) => ({ error: { code, message } });

describe('the fake answers as Resource Manager does', () => {
  it('an api-version its route’s spec does not publish: 400 InvalidApiVersionParameter naming it and the published ones', async () => {
    const fake = await fakeArm();
    const answer = await raw(fake, 'GET', `${SUB}/providers/Microsoft.Compute/skus?api-version=2025-04-01`);
    expect(answer).toEqual({ status: 400, body: errorBody('InvalidApiVersionParameter', "The api-version '2025-04-01' is invalid. The supported versions are '2019-04-01,2021-07-01'.") });
    // Each route's table is its own: the subscription read does not take the Compute SKUs' version.
    expect((await raw(fake, 'GET', `${SUB}?api-version=2021-07-01`)).status).toBe(400);
    expect((await raw(fake, 'GET', `${SUB}?api-version=${API_VERSIONS.subscriptions}`)).status).toBe(200);
  });

  it('a cloud that has not rolled a published version out (refusedApiVersions) refuses it the same way', async () => {
    const fake = await fakeArm({ refusedApiVersions: ['2025-04-01'] });
    const answer = await raw(fake, 'GET', `${SUB}/providers/Microsoft.Compute?api-version=2025-04-01`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('InvalidApiVersionParameter');
    expect((await raw(fake, 'GET', `${SUB}/providers/Microsoft.Compute?api-version=2024-07-01`)).status).toBe(200);
  });

  it('the subscription-scope permissions read is in no published spec: 400 InvalidResourceType, and listed as unmatched', async () => {
    const fake = await fakeArm();
    const answer = await raw(fake, 'GET', `${SUB}/providers/Microsoft.Authorization/permissions?api-version=2022-04-01`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('InvalidResourceType');
    expect(fake.unmatched).toEqual([`GET ${SUB}/providers/Microsoft.Authorization/permissions`]);
    // The resource-group scope is published; on a group that is not there it is a 404.
    expect((await raw(fake, 'GET', `${SUB}/resourcegroups/rg-contoso-cmg/providers/Microsoft.Authorization/permissions?api-version=2022-04-01`)).status).toBe(200);
    expect((await raw(fake, 'GET', `${SUB}/resourcegroups/other/providers/Microsoft.Authorization/permissions?api-version=2022-04-01`)).body.error.code).toBe('ResourceGroupNotFound');
  });

  it('a name check body without the spec’s required type: 400 InvalidRequestContent', async () => {
    const fake = await fakeArm();
    const path = `${SUB}/providers/Microsoft.KeyVault/checkNameAvailability?api-version=2023-07-01`;
    expect((await raw(fake, 'POST', path, JSON.stringify({ name: 'contosocmg' }))).body.error.code).toBe('InvalidRequestContent');
    expect((await raw(fake, 'POST', path, JSON.stringify({ name: 'contosocmg', type: 'Microsoft.Storage/storageAccounts' }))).status).toBe(400);
    expect((await raw(fake, 'POST', path, '{not json')).status).toBe(400);
    expect(await raw(fake, 'POST', path, JSON.stringify({ name: 'contosocmg', type: 'Microsoft.KeyVault/vaults' }))).toEqual({ status: 200, body: { nameAvailable: true } });
  });

  it('a call into a namespace that is not Registered: 409 MissingSubscriptionRegistration with details[].target; register answers Registering', async () => {
    const fake = await fakeArm();
    fake.state.providers['Microsoft.KeyVault'] = 'NotRegistered';
    const answer = await raw(fake, 'GET', `${SUB}/providers/Microsoft.KeyVault/deletedVaults?api-version=2023-07-01`);
    expect(answer.status).toBe(409);
    expect(answer.body.error.code).toBe('MissingSubscriptionRegistration');
    expect(answer.body.error.details).toEqual([expect.objectContaining({ code: 'MissingSubscriptionRegistration', target: 'Microsoft.KeyVault' })]);
    const registered = await raw(fake, 'POST', `${SUB}/providers/Microsoft.KeyVault/register?api-version=2025-04-01`);
    expect(registered.body.registrationState).toBe('Registering');
    // Still refused while Registering.
    expect((await raw(fake, 'GET', `${SUB}/providers/Microsoft.KeyVault/deletedVaults?api-version=2023-07-01`)).status).toBe(409);
  });

  it('lists page by pageSize with a nextLink that keeps the api-version and the filter', async () => {
    const fake = await fakeArm({ pageSize: 2 });
    const first = await raw(fake, 'GET', `${SUB}/providers/Microsoft.Compute/skus?api-version=2021-07-01&$filter=${encodeURIComponent("location eq 'westeurope'")}`);
    expect(first.body.value).toHaveLength(2);
    const next = new URL(first.body.nextLink);
    expect(next.origin).toBe(fake.url);
    expect([next.searchParams.get('api-version'), next.searchParams.get('$filter'), next.searchParams.get('$skiptoken')]).toEqual(['2021-07-01', "location eq 'westeurope'", '2']);
    const second = await raw(fake, 'GET', `${next.pathname}${next.search}`);
    expect(second.body.value).toHaveLength(2);
    expect(second.body.nextLink).toBeUndefined();
  });
});

describe('the api-version table', () => {
  it('names a spec file per request, under the version it chose', () => {
    for (const [key, version] of Object.entries(API_VERSIONS)) expect(SPEC_FILES[key as keyof typeof API_VERSIONS], key).toContain(`/${version}/`);
    // Each spec file with the commit it was read at: a full 40-digit commit, one per request kind.
    expect(Object.keys(SPEC_COMMITS).sort()).toEqual(Object.keys(API_VERSIONS).sort());
    for (const commit of Object.values(SPEC_COMMITS)) expect(commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('2025-04-01 is what @azure/arm-resources pins for its operations (the SDK is not told another: it would rewrite every request)', () => {
    expect(new ResourceManagementClient(fakeCredential(), SUBSCRIPTION).apiVersion).toBe(API_VERSIONS.resources);
  });
});

describe('permanent answers are findings, sent once, never "retry later"', () => {
  it('a cloud that refuses the SDK’s 2025-04-01: each check it ends says so, naming the version and the request; exit 3', async () => {
    const fake = await fakeArm({ refusedApiVersions: ['2025-04-01'], faults: [{ path: /\/providers\/Microsoft\.KeyVault$/, kind: 'status', status: 400, headers: IDS, body: errorBody('InvalidApiVersionParameter', "The api-version '2025-04-01' is invalid.") }] });
    const result = await run(fake);
    expect(result.error).toBeUndefined();
    const refused = byCode(result.findings, 'AZURE_API_VERSION_REFUSED');
    expect(refused[0]).toEqual({
      severity: 'error',
      code: 'AZURE_API_VERSION_REFUSED',
      params: { request: `GET ${SUB}/resourcegroups/rg-contoso-cmg?api-version=2025-04-01`, apiVersion: '2025-04-01', message: expect.stringContaining("'2025-04-01' is invalid"), requestId: expect.any(String), correlationId: expect.any(String) },
      input: 'subscriptionId',
    });
    expect(refused.map((finding) => finding.params?.request)).toContain(`GET ${SUB}/providers/Microsoft.KeyVault?api-version=2025-04-01`);
    expect(refused.find((finding) => String(finding.params?.request).includes('KeyVault'))?.params).toMatchObject(ID_PARAMS);
    // Not retried: every refused request was sent once.
    const sent = seen(fake);
    expect(sent.filter((request) => request.endsWith('/providers/Microsoft.KeyVault'))).toHaveLength(1);
    expect(new Set(sent).size).toBe(sent.length);
    expect(codeText('en', 'AZURE_API_VERSION_REFUSED', refused[0]?.params ?? {})).toContain('refuses api-version 2025-04-01 for GET');
    // Every request refused is said once, though two checks read it (the group, Microsoft.Compute).
    const requests = refused.map((finding) => finding.params?.request);
    expect(new Set(requests).size).toBe(requests.length);
    expect(requests).toEqual([
      `GET ${SUB}/resourcegroups/rg-contoso-cmg?api-version=2025-04-01`,
      `GET ${SUB}/providers/Microsoft.KeyVault?api-version=2025-04-01`,
      `GET ${SUB}/providers/Microsoft.Storage?api-version=2025-04-01`,
      `GET ${SUB}/providers/Microsoft.Network?api-version=2025-04-01`,
      `GET ${SUB}/providers/Microsoft.Compute?api-version=2025-04-01`,
    ]);
    expect(byCode(result.findings, 'AZURE_PROVIDERS_OK')).toEqual([]);
  });

  it('a 400 of another code on the SKU list: AZURE_REQUEST_REFUSED with status, code, message and IDs, one request', async () => {
    const fake = await fakeArm({ faults: [{ path: /\/Microsoft\.Compute\/skus$/, kind: 'status', status: 400, headers: IDS, body: errorBody('InvalidFilterInQueryString', 'The $filter is invalid.') }] });
    const result = await run(fake);
    expect(byCode(result.findings, 'AZURE_REQUEST_REFUSED')).toEqual([
      {
        severity: 'error',
        code: 'AZURE_REQUEST_REFUSED',
        params: { request: `GET ${SUB}/providers/Microsoft.Compute/skus?api-version=2021-07-01`, status: 400, code: 'InvalidFilterInQueryString', message: 'The $filter is invalid.', ...ID_PARAMS },
        input: 'region',
      },
    ]);
    expect(seen(fake).filter((request) => request.endsWith('/skus'))).toHaveLength(1);
    // The checks after it still ran.
    expect(byCode(result.findings, 'AZURE_NAMES_FREE')).toHaveLength(1);
  });

  it('a 400 on one provider read: said, and the other providers are still read (no "providers OK")', async () => {
    const fake = await fakeArm({ faults: [{ path: /\/providers\/Microsoft\.Storage$/, kind: 'status', status: 400, headers: IDS, body: errorBody('BadRequest', 'no') }] });
    const result = await run(fake);
    expect(byCode(result.findings, 'AZURE_REQUEST_REFUSED').map((finding) => finding.params)).toEqual([
      { request: `GET ${SUB}/providers/Microsoft.Storage?api-version=2025-04-01`, status: 400, code: 'BadRequest', message: 'no', ...ID_PARAMS },
    ]);
    expect(seen(fake)).toContain(`GET ${SUB}/providers/Microsoft.Network`);
    expect(seen(fake)).toContain(`GET ${SUB}/providers/Microsoft.Compute`);
    expect(byCode(result.findings, 'AZURE_PROVIDERS_OK')).toEqual([]);
    expect(byCode(result.findings, 'AZURE_NAMES_FREE')).toHaveLength(1);
  });

  it('ARM’s message is data from the network: a control character in it is shown escaped, never sent to the terminal as is', async () => {
    const fake = await fakeArm({ faults: [{ path: /\/CheckDnsNameAvailability$/, kind: 'status', status: 400, headers: IDS, body: errorBody('BadRequest', 'bad \u001b[31mred\u001b[0m label') }] });
    const result = await run(fake);
    const finding = byCode(result.findings, 'AZURE_REQUEST_REFUSED')[0];
    expect(finding?.params?.message).toBe('bad \u001b[31mred\u001b[0m label');
    for (const lang of LANGS) expect(codeText(lang, 'AZURE_REQUEST_REFUSED', finding?.params ?? {})).not.toContain('\u001b');
  });

  it('a 409 Conflict on a name check: AZURE_REQUEST_REFUSED, not retried', async () => {
    const fake = await fakeArm({ faults: [{ path: /\/Microsoft\.Storage\/checkNameAvailability$/, kind: 'status', status: 409, headers: IDS, body: errorBody('Conflict', 'Another operation is in progress.') }] });
    const result = await run(fake);
    expect(byCode(result.findings, 'AZURE_REQUEST_REFUSED').map((finding) => finding.params)).toEqual([
      { request: `POST ${SUB}/providers/Microsoft.Storage/checkNameAvailability?api-version=2023-05-01`, status: 409, code: 'Conflict', message: 'Another operation is in progress.', ...ID_PARAMS },
    ]);
    expect(seen(fake).filter((request) => request.endsWith('/Microsoft.Storage/checkNameAvailability'))).toHaveLength(1);
  });

  it('a 409 MissingSubscriptionRegistration although the provider read said Registered: the provider finding, its checks skipped and named', async () => {
    const message = "The subscription is not registered to use namespace 'Microsoft.Network'.";
    const body = { error: { code: 'MissingSubscriptionRegistration', message, details: [{ code: 'MissingSubscriptionRegistration', target: 'Microsoft.Network', message }] } };
    const fake = await fakeArm({ faults: [{ path: /\/CheckDnsNameAvailability$/, kind: 'status', status: 409, headers: IDS, body }] });
    const result = await run(fake);
    expect(byCode(result.findings, 'AZURE_PROVIDER_NOT_REGISTERED')).toEqual([{ severity: 'error', code: 'AZURE_PROVIDER_NOT_REGISTERED', params: { namespace: 'Microsoft.Network', state: 'NotRegistered' }, input: 'subscriptionId' }]);
    expect(byCode(result.findings, 'AZURE_CHECKS_SKIPPED_UNREGISTERED').map((finding) => finding.params)).toEqual([{ namespace: 'Microsoft.Network', checks: 'dns-name' }]);
    expect(seen(fake).filter((request) => request.endsWith('/CheckDnsNameAvailability'))).toHaveLength(1);
    // The other names are still checked; "names free" is not claimed, one of them was not checked.
    expect(seen(fake)).toContain(`POST ${SUB}/providers/Microsoft.KeyVault/checkNameAvailability`);
    expect(seen(fake)).toContain(`POST ${SUB}/providers/Microsoft.Storage/checkNameAvailability`);
    expect(byCode(result.findings, 'AZURE_NAMES_FREE')).toEqual([]);
  });

  it('a 404 SubscriptionNotFound after the subscription read: AZURE_SUBSCRIPTION_NOT_FOUND, not "retry later" and not "provider not registered"', async () => {
    const fake = await fakeArm({ faults: [{ path: /\/providers\/Microsoft\.KeyVault$/, kind: 'status', status: 404, headers: IDS, body: errorBody('SubscriptionNotFound', `The subscription '${SUBSCRIPTION}' could not be found.`) }] });
    const result = await run(fake);
    expect(byCode(result.findings, 'AZURE_SUBSCRIPTION_NOT_FOUND')).toEqual([{ severity: 'error', code: 'AZURE_SUBSCRIPTION_NOT_FOUND', params: { subscriptionId: SUBSCRIPTION }, input: 'subscriptionId' }]);
    expect(byCode(result.findings, 'AZURE_PROVIDER_NOT_REGISTERED')).toEqual([]);
  });

  it('another 4xx (422) is permanent too: AZURE_REQUEST_REFUSED, sent once', async () => {
    const fake = await fakeArm({ faults: [{ path: /\/CheckDnsNameAvailability$/, kind: 'status', status: 422, headers: IDS, body: errorBody('UnprocessableEntity', 'no') }] });
    const result = await run(fake);
    expect(byCode(result.findings, 'AZURE_REQUEST_REFUSED').map((finding) => [finding.params?.status, finding.params?.code])).toEqual([[422, 'UnprocessableEntity']]);
    expect(seen(fake).filter((request) => request.endsWith('/CheckDnsNameAvailability'))).toHaveLength(1);
  });

  it('a 429 and a 500 are still "retry later" (exit 5): only those, 5xx, time-outs and the network are', async () => {
    const fake = await fakeArm({ faults: [{ path: /\/CheckDnsNameAvailability$/, kind: 'status', status: 500, headers: IDS }] });
    const result = await run(fake);
    expect(result.error).toBeInstanceOf(AzureUnavailableError);
    expect((result.error as AzureUnavailableError).code).toBe('AZURE_UNAVAILABLE');
    expect(seen(fake).filter((request) => request.endsWith('/CheckDnsNameAvailability'))).toHaveLength(LIMITS.maxRetries + 1);
  });
});

describe('an unregistered provider', () => {
  it('"not registered", the checks needing it skipped and named, exit 3 (no 409 sent); then --register-providers says Registering and to re-run', async () => {
    const fake = await fakeArm();
    fake.state.providers['Microsoft.Compute'] = 'NotRegistered';
    const result = await run(fake);
    expect(byCode(result.findings, 'AZURE_PROVIDER_NOT_REGISTERED').map((finding) => finding.params)).toEqual([{ namespace: 'Microsoft.Compute', state: 'NotRegistered' }]);
    expect(byCode(result.findings, 'AZURE_CHECKS_SKIPPED_UNREGISTERED').map((finding) => finding.params)).toEqual([{ namespace: 'Microsoft.Compute', checks: 'vm-size' }]);
    expect(seen(fake)).not.toContain(`GET ${SUB}/providers/Microsoft.Compute/skus`);
    expect(codeText('en', 'AZURE_CHECKS_SKIPPED_UNREGISTERED', { namespace: 'Microsoft.Compute', checks: 'vm-size' })).toContain('the VM size in the region');
    expect(codeText('fr', 'AZURE_CHECKS_SKIPPED_UNREGISTERED', { namespace: 'Microsoft.Compute', checks: 'vm-size' })).toContain('la taille de VM dans la région');

    fake.requests.length = 0;
    const registering = await run(fake, {}, { registerProviders: true });
    expect(byCode(registering.findings, 'AZURE_PROVIDER_REGISTERING')).toEqual([{ severity: 'warning', code: 'AZURE_PROVIDER_REGISTERING', params: { namespace: 'Microsoft.Compute', state: 'Registering' }, input: 'subscriptionId' }]);
    expect(byCode(registering.findings, 'AZURE_CHECKS_SKIPPED_UNREGISTERED')).toHaveLength(1);
    expect(fake.state.providers['Microsoft.Compute']).toBe('Registering');
    expect(codeText('en', 'AZURE_PROVIDER_REGISTERING', { namespace: 'Microsoft.Compute', state: 'Registering' })).toContain('again once it reads Registered');
  });
});

describe('paged lists', () => {
  it('the VM size on page 2 of the SKU list is found; every page carries the api-version', async () => {
    const skus = ['Standard_B2s', 'Standard_D2s_v3', 'Standard_A4_v2', 'Standard_A2_v2'].map((name) => ({ name, location: 'westeurope' }));
    const fake = await fakeArm({ skus, pageSize: 2 });
    const result = await run(fake);
    expect(byCode(result.findings, 'AZURE_REGION_OK')).toHaveLength(1);
    const pages = fake.requests.filter((request) => request.path.endsWith('/skus'));
    expect(pages.map((request) => [request.query['api-version'], request.query.$skiptoken])).toEqual([
      ['2021-07-01', undefined],
      ['2021-07-01', '2'],
      ['2021-07-01', '4'],
    ]);
  });

  it('the same list on one page without the size: unavailable (the paging test can fail)', async () => {
    const fake = await fakeArm({ skus: [{ name: 'Standard_B2s', location: 'westeurope' }], pageSize: 2 });
    expect(byCode((await run(fake)).findings, 'AZURE_VM_SIZE_UNAVAILABLE')).toHaveLength(1);
  });

  it('the role granting roleAssignments/write on page 2 of the permissions: Owner level (Contributor + User Access Administrator)', async () => {
    const contributor = { actions: ['*'], notActions: ['Microsoft.Authorization/*/Delete', 'Microsoft.Authorization/*/Write', 'Microsoft.Authorization/elevateAccess/Action'] };
    const userAccessAdministrator = { actions: ['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*'], notActions: [] };
    const both = await fakeArm({ permissions: [contributor, userAccessAdministrator], pageSize: 1 });
    expect((await run(both)).findings?.[1]).toEqual({ severity: 'info', code: 'AZURE_PERMISSIONS_OK', params: { resourceGroup: 'rg-contoso-cmg' }, input: 'subscriptionId' });
    expect(both.requests.filter((request) => request.path.endsWith('/permissions')).map((request) => request.query.$skiptoken)).toEqual([undefined, '1']);

    const alone = await fakeArm({ permissions: [contributor], pageSize: 1 });
    expect((await run(alone)).findings?.[1]).toEqual({
      severity: 'error',
      code: 'AZURE_PERMISSIONS_MISSING',
      params: { actions: 'Microsoft.Authorization/roleAssignments/write', role: 'Owner', resourceGroup: 'rg-contoso-cmg' },
      input: 'subscriptionId',
    });
  });

  it('a nextLink to another host is not followed (the token would go with it): AZURE_BAD_RESPONSE', async () => {
    const owner = { actions: ['*'], notActions: [] };
    const fake = await fakeArm({ permissions: [owner, owner], pageSize: 1, nextLinkOrigin: 'https://127.0.0.2:1' });
    const result = await run(fake);
    expect(result.error).toBeInstanceOf(AzureUnavailableError);
    expect((result.error as AzureUnavailableError).code).toBe('AZURE_BAD_RESPONSE');
    expect((result.error as AzureUnavailableError).params.request).toBe(`GET ${SUB}/resourcegroups/rg-contoso-cmg/providers/Microsoft.Authorization/permissions?api-version=2022-04-01`);
    // The page before was read from the fake; nothing else was asked after it.
    expect(fake.requests.filter((request) => request.path.endsWith('/permissions'))).toHaveLength(1);
  });

  it(`a list whose nextLink never ends: AZURE_TOO_MANY_PAGES after ${MAX_PAGES} pages`, async () => {
    const fake = await fakeArm();
    fake.state.faults = [{ path: /\/skus$/, kind: 'status', status: 200, headers: IDS, body: { value: [], nextLink: `${fake.url}${SUB}/providers/Microsoft.Compute/skus?api-version=2021-07-01&$skiptoken=again` } }];
    const result = await run(fake);
    expect((result.error as AzureUnavailableError).code).toBe('AZURE_TOO_MANY_PAGES');
    expect((result.error as AzureUnavailableError).params).toEqual({ request: `GET ${SUB}/providers/Microsoft.Compute/skus?api-version=2021-07-01`, pages: MAX_PAGES, ...ID_PARAMS });
    expect(fake.requests.filter((request) => request.path.endsWith('/skus'))).toHaveLength(MAX_PAGES);
  });
});

describe('permissions at the resource-group scope', () => {
  it.each([
    [400, 'InvalidResourceType'],
    [404, 'ResourceGroupNotFound'],
  ])('a %i %s on the read: a warning saying what to verify by hand, and the run goes on', async (status, code) => {
    const fake = await fakeArm({ faults: [{ path: /\/permissions$/, kind: 'status', status, headers: IDS, body: errorBody(code, 'no') }] });
    const result = await run(fake);
    expect(result.findings?.[1]).toEqual({
      severity: 'warning',
      code: 'AZURE_PERMISSIONS_READ_REFUSED',
      params: { resourceGroup: 'rg-contoso-cmg', subscriptionId: SUBSCRIPTION, status, code, request: `GET ${SUB}/resourcegroups/rg-contoso-cmg/providers/Microsoft.Authorization/permissions?api-version=2022-04-01`, ...ID_PARAMS },
      input: 'subscriptionId',
    });
    expect(byCode(result.findings, 'AZURE_NAMES_FREE')).toHaveLength(1);
    expect(codeText('en', 'AZURE_PERMISSIONS_READ_REFUSED', result.findings?.[1]?.params ?? {})).toContain('View my access');
  });

  it('a group not there yet: no permissions read at all (the subscription scope is not published), a warning to check by hand', async () => {
    const fake = await fakeArm({ resourceGroups: {} });
    const result = await run(fake, { useExistingResourceGroup: false });
    expect(result.findings?.[1]).toEqual({ severity: 'warning', code: 'AZURE_PERMISSIONS_UNVERIFIED', params: { subscriptionId: SUBSCRIPTION }, input: 'subscriptionId' });
    expect(seen(fake).some((request) => request.endsWith('/permissions'))).toBe(false);
    expect(fake.unmatched).toEqual([]);
  });
});

describe('US Government', () => {
  it('the authority is the SDK’s AzureAuthorityHosts; the audience is the ARM endpoint; the scale-set suffix is an assumption said in the plan', () => {
    expect(CLOUDS.usgov.authorityHost).toBe(AzureAuthorityHosts.AzureGovernment);
    expect(CLOUDS.public.authorityHost).toBe(AzureAuthorityHosts.AzurePublicCloud);
    expect(CLOUDS.usgov.armEndpoint).toBe('https://management.usgovcloudapi.net');
  });
});
