/**
 * A local HTTPS fake of Azure Resource Manager, for driving the real Azure SDK (src/azure/arm.ts)
 * over real sockets without the network (dependencies.md section 4, reliability.md T-5.3).
 *
 * - Listens on 127.0.0.1:0. A throwaway CA and a server certificate (SAN IP:127.0.0.1 and
 *   DNS:localhost) are made with node-forge at the first start (then reused in the process); `caPem` goes to `tlsOptions.ca`, `caFile`
 *   (a temp file, removed by close()) to NODE_EXTRA_CA_CERTS of a child process.
 * - `state` is live: a test may change it between calls. Lookups of names, namespaces, resource
 *   groups and locations are case-insensitive, as in ARM.
 * - `faults` are checked first, in order, against the request's decoded path (no query string)
 *   and, when given, the method. `times` counts down; without it a fault applies to every match.
 *   - status: answers `status` with `headers` and `body` (a string is sent as is, anything else as
 *     JSON; default an ARM error body). A 200 with a broken string body makes a clean "bad JSON".
 *   - reset: destroys the socket before any answer.
 *   - hang: never answers (close() still ends: it destroys every open socket).
 *   - slow: answers what the route would, `delayMs` late.
 *   - truncated: announces the whole body's Content-Length (of `body`, or of what the route would
 *     have answered), sends half of it, then destroys the socket.
 *   - stream: a body of `bytes` spaces (default 64 MiB) sent in chunks of one pre-made buffer, as
 *     fast as the client reads (never held in memory whole), without Content-Length unless
 *     `contentLength` announces one (a lie when larger: the socket is destroyed after `bytes`);
 *     `gzip` compresses it on the way (Content-Encoding: gzip, a few KiB on the wire); `stall`
 *     sends the `bytes` and then nothing more, never ending. What each such answer really sent is
 *     in `streamed` (final once the client has closed the socket).
 * - Every answer carries fresh x-ms-request-id and x-ms-correlation-request-id GUIDs (a fault's
 *   `headers` may override them).
 * - Every request is recorded in `requests` (after its body was read, before any fault); the ones
 *   no route knows are answered 404 and also listed in `unmatched` ("METHOD /path").
 * - How each exchange ended is recorded too, in order and without a clock: `timeline()` lists
 *   "arrived N", "answered N" (the whole answer was handed to the socket) and "closed N" (the
 *   connection closed before that: the client gave up, or a reset/truncated fault cut it), N being
 *   the request's index in `requests`. So a test can prove that attempt N+1 came after attempt N
 *   was answered, or that the client abandoned a request, by order rather than by time.
 *   `settled()` waits until every recorded request has ended.
 * - Routes answer as ARM does (see ROUTES): a request without api-version gets 400
 *   MissingApiVersionParameter, one with a version the route's spec does not publish 400
 *   InvalidApiVersionParameter, an unknown path 400 InvalidResourceType (and `unmatched`), a body
 *   the spec refuses 400 InvalidRequestContent, a call into an unregistered namespace 409
 *   MissingSubscriptionRegistration; lists page by `pageSize` with a nextLink.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { join } from 'node:path';
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth';
import forge from 'node-forge';

export interface Fault {
  path: RegExp;
  method?: string;
  kind: 'status' | 'reset' | 'hang' | 'truncated' | 'slow' | 'stream';
  status?: number;
  /** 'slow' only: answer as the route would, this many ms late (default 1000). */
  delayMs?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** 'stream' only: body bytes to send (before compression); default 64 MiB. */
  bytes?: number;
  /** 'stream' only: the Content-Length to announce; default none (chunked). */
  contentLength?: number;
  /** 'stream' only: gzip the body (Content-Encoding: gzip). */
  gzip?: boolean;
  /** 'stream' only: after `bytes`, stay silent with the answer unfinished (a body that hangs). */
  stall?: boolean;
  /** How many matching requests this fault takes; default: all of them. */
  times?: number;
}

export interface FakeArmState {
  subscriptionId: string;
  /** null: GET /subscriptions/{id} (and everything under it) answers 404 SubscriptionNotFound. */
  subscription: { state: string; tenantId: string } | null;
  /** Every role's permissions on a resource group (Permissions - List For Resource Group), one entry per role. */
  permissions: Array<{ actions: string[]; notActions: string[] }>;
  /**
   * Namespace -> registrationState (Registered, NotRegistered, Registering, Unregistered). A
   * namespace not listed answers 404 InvalidResourceNamespace; a call into a namespace that is not
   * Registered answers 409 MissingSubscriptionRegistration (details[].target: the namespace).
   */
  providers: Record<string, string>;
  /** Display names ('West Europe'), listed for Microsoft.Compute/virtualMachineScaleSets. */
  scaleSetLocations: string[];
  /** `location` is the ARM name (westeurope). restricted: a Location restriction NotAvailableForSubscription. */
  skus: Array<{ name: string; location: string; restricted?: boolean }>;
  resourceGroups: Record<string, { location: string }>;
  takenDnsLabels: string[];
  takenKeyVaultNames: string[];
  /** Soft-deleted vaults, listed by GET …/providers/Microsoft.KeyVault/deletedVaults (every location). */
  softDeletedVaults: Array<{ name: string; location: string }>;
  takenStorageNames: string[];
  /** Items per page of every pageable list (skus, permissions, deletedVaults); the rest behind nextLink. */
  pageSize: number;
  /** nextLink's scheme, host and port (default: this fake's own), to prove the client does not follow one elsewhere. */
  nextLinkOrigin?: string;
  /** Published api-versions this cloud does not serve (answered 400 InvalidApiVersionParameter). */
  refusedApiVersions: string[];
  faults: Fault[];
}

export interface FakeArmRequest {
  method: string;
  /** Decoded path, without the query string. */
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  body: string;
  /** How the exchange ended: unset while it is open (see timeline()). */
  end?: 'answered' | 'closed';
}

export interface FakeArm {
  /** https://127.0.0.1:PORT (no trailing slash): pass as armEndpoint / endpoint. */
  url: string;
  caPem: string;
  caFile: string;
  state: FakeArmState;
  requests: FakeArmRequest[];
  /** "METHOD /path" of every request no route knew (each also answered 404). */
  unmatched: string[];
  /** Every 'stream' answer: its path and the body bytes written so far (before compression). */
  streamed: Array<{ path: string; bytes: number }>;
  /**
   * What happened to the requests now in `requests`, in the order the fake saw it: "arrived N",
   * then "answered N" or "closed N" (N: the index in `requests`). Emptying `requests` empties it.
   */
  timeline(): string[];
  /**
   * Resolves once every request in `requests` has ended (answered or closed). A request the
   * client never lets go keeps it waiting: the test's own timeout is the hang detector.
   */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export const MiB = 1024 * 1024;
/** One 64 KiB chunk of JSON whitespace, sent again and again by 'stream' faults. */
const STREAM_CHUNK = Buffer.alloc(64 * 1024, 0x20);

/** A recognisable fake bearer token: it must never appear in an error, a log or an output. */
export const SENTINEL_TOKEN = 'SENTINEL-fake-arm-token-3f9c1d7e-do-not-print';

export const DEFAULT_SUBSCRIPTION_ID = '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6';
export const DEFAULT_TENANT_ID = 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d';

export function defaultFakeArmState(): FakeArmState {
  const locations = ['westeurope', 'northeurope', 'eastus'];
  return {
    subscriptionId: DEFAULT_SUBSCRIPTION_ID,
    subscription: { state: 'Enabled', tenantId: DEFAULT_TENANT_ID },
    permissions: [{ actions: ['*'], notActions: [] }],
    providers: {
      'Microsoft.KeyVault': 'Registered',
      'Microsoft.Storage': 'Registered',
      'Microsoft.Network': 'Registered',
      'Microsoft.Compute': 'Registered',
      'Microsoft.ClassicCompute': 'Registered',
    },
    scaleSetLocations: ['West Europe', 'North Europe', 'East US'],
    skus: locations.flatMap((location) => ['Standard_B2s', 'Standard_A2_v2', 'Standard_A4_v2'].map((name) => ({ name, location }))),
    resourceGroups: {},
    takenDnsLabels: [],
    takenKeyVaultNames: [],
    softDeletedVaults: [],
    takenStorageNames: [],
    pageSize: 100,
    refusedApiVersions: [],
    faults: [],
  };
}

/** A TokenCredential that returns `token` and records the scopes of every getToken call. */
export function fakeCredential(token: string = SENTINEL_TOKEN): TokenCredential & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    async getToken(scopes: string | string[], _options?: GetTokenOptions): Promise<AccessToken> {
      calls.push(Array.isArray(scopes) ? [...scopes] : [scopes]);
      return { token, expiresOnTimestamp: Date.now() + 3_600_000, tokenType: 'Bearer' };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Certificates

/** Made once per process (RSA key generation and forge signing cost ~0.4 s); every fake serves the same pair. */
let certificates: { caPem: string; certPem: string; keyPem: string } | undefined;

function makeCertificates(): { caPem: string; certPem: string; keyPem: string } {
  const { pki } = forge;
  // node:crypto makes the keys (fast); forge builds and signs the certificates.
  const rsa = () => pki.privateKeyFromPem(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }) as string) as forge.pki.rsa.PrivateKey;
  const caKey = rsa();
  const serverKey = rsa();
  const publicOf = (key: forge.pki.rsa.PrivateKey) => pki.setRsaPublicKey(key.n, key.e);
  const notBefore = new Date(Date.now() - 3_600_000);
  const notAfter = new Date(Date.now() + 7 * 86_400_000);

  const ca = pki.createCertificate();
  ca.publicKey = publicOf(caKey);
  ca.serialNumber = '01' + randomUUID().replace(/-/g, '').slice(0, 16);
  ca.validity.notBefore = notBefore;
  ca.validity.notAfter = notAfter;
  const caName = [{ name: 'commonName', value: 'cmg-setup fake ARM test CA' }];
  ca.setSubject(caName);
  ca.setIssuer(caName);
  ca.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  ca.sign(caKey, forge.md.sha256.create());

  const server = pki.createCertificate();
  server.publicKey = publicOf(serverKey);
  server.serialNumber = '02' + randomUUID().replace(/-/g, '').slice(0, 16);
  server.validity.notBefore = notBefore;
  server.validity.notAfter = notAfter;
  server.setSubject([{ name: 'commonName', value: 'localhost' }]);
  server.setIssuer(caName);
  server.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 7, ip: '127.0.0.1' },
        { type: 2, value: 'localhost' },
      ],
    },
  ]);
  server.sign(caKey, forge.md.sha256.create());

  return { caPem: pki.certificateToPem(ca), certPem: pki.certificateToPem(server), keyPem: pki.privateKeyToPem(serverKey) };
}

// ---------------------------------------------------------------------------------------------
// Routes

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const armError = (status: number, code: string, message: string): Reply => ({ status, body: { error: { code, message } } });
const lower = (text: string) => text.toLowerCase();
const has = (list: string[], name: string) => list.some((entry) => lower(entry) === lower(name));
const comparable = (location: string) => lower(location).replace(/\s+/g, '');

const PROVIDER_TYPES: Record<string, string[]> = {
  'microsoft.compute': ['virtualMachineScaleSets', 'virtualMachines'],
  'microsoft.keyvault': ['vaults', 'deletedVaults'],
  'microsoft.storage': ['storageAccounts'],
  'microsoft.network': ['publicIPAddresses', 'virtualNetworks'],
  'microsoft.classiccompute': ['domainNames'],
};

/**
 * Every route the fake knows, with the api-versions its published spec lists (the folders of
 * azure-rest-api-specs that hold the file, as read there) and the namespace it belongs to: a
 * request with another api-version is answered 400 InvalidApiVersionParameter, one into a
 * namespace that is not Registered 409 MissingSubscriptionRegistration, one no route knows 400
 * InvalidResourceType, a body the spec would refuse 400 InvalidRequestContent, as ARM does.
 *
 * | route                     | api-versions (stable folders holding the file)                 | spec file (specification/...)                                                                 |
 * | ------------------------- | --------------------------------------------------------------- | --------------------------------------------------------------------------------------------- |
 * | subscription              | 2022-12-01                                                      | resources/resource-manager/Microsoft.Resources/subscriptions/stable/2022-12-01/subscriptions.json |
 * | providers, resourcegroups | 2016-02-01 … 2025-04-01 (RESOURCES_VERSIONS)                     | resources/resource-manager/Microsoft.Resources/resources/stable/<v>/resources.json              |
 * | permissions (RG scope)    | 2022-04-01                                                      | authorization/resource-manager/Microsoft.Authorization/stable/2022-04-01/authorization-RoleDefinitionsCalls.json |
 * | Compute skus              | 2019-04-01, 2021-07-01                                          | compute/resource-manager/Microsoft.Compute/Skus/stable/<v>/skus.json                            |
 * | CheckDnsNameAvailability  | 2023-09-01                                                      | network/resource-manager/Microsoft.Network/stable/2023-09-01/checkDnsAvailability.json          |
 * | KeyVault checkName, deletedVaults | 2023-07-01                                              | keyvault/resource-manager/Microsoft.KeyVault/KeyVault/stable/2023-07-01/keyvault.json                    |
 * | Storage checkName         | 2023-05-01                                                      | storage/resource-manager/Microsoft.Storage/stable/2023-05-01/storage.json                       |
 *
 * Only the versions this project read in the spec repository are listed: a real cloud may serve
 * more, never fewer of the published ones unless `refusedApiVersions` says so (a cloud, such as
 * Azure Government, that has not rolled a version out).
 */
const RESOURCES_VERSIONS = ['2016-02-01', '2017-05-10', '2018-02-01', '2019-05-01', '2019-07-01', '2019-08-01', '2019-10-01', '2020-06-01', '2020-08-01', '2020-10-01', '2021-01-01', '2021-04-01', '2022-09-01', '2023-07-01', '2024-03-01', '2024-07-01', '2025-04-01'];

interface Route {
  name: string;
  method: 'GET' | 'POST';
  /** Matched against the path after /subscriptions/{id}. */
  pattern: RegExp;
  apiVersions: string[];
  /** A resource provider's namespace: calls into it need it Registered. Unset: Microsoft.Resources (always there). */
  namespace?: string;
  answer: (context: RouteContext, match: RegExpExecArray) => Reply;
}

interface RouteContext {
  state: FakeArmState;
  sub: string;
  query: URLSearchParams;
  body: string;
  /** The path and query of the request as received, to build a nextLink from. */
  base: string;
  origin: string;
}

/** A pageable list's answer: `pageSize` items from $skiptoken on, with a nextLink to the rest (ARM keeps the api-version in it). */
function page<T>(context: RouteContext, items: T[], path: string): Reply {
  const start = Number(context.query.get('$skiptoken') ?? '0') || 0;
  const size = Math.max(1, context.state.pageSize);
  const value = items.slice(start, start + size);
  if (start + size >= items.length) return { status: 200, body: { value } };
  const next = new URLSearchParams(context.query);
  next.set('$skiptoken', String(start + size));
  return { status: 200, body: { value, nextLink: `${context.state.nextLinkOrigin ?? context.origin}${path}?${next.toString()}` } };
}

const nameBody = (body: string, type: string): { name: string } | undefined => {
  try {
    const parsed = JSON.parse(body) as { name?: unknown; type?: unknown };
    // Both are required by the spec (VaultCheckNameAvailabilityParameters, StorageAccountCheckNameAvailabilityParameters); type is an enum of one.
    return typeof parsed.name === 'string' && parsed.type === type ? { name: parsed.name } : undefined;
  } catch {
    return undefined;
  }
};

const ROUTES: Route[] = [
  {
    name: 'subscription',
    method: 'GET',
    pattern: /^$/,
    apiVersions: ['2022-12-01'],
    answer: ({ state, sub }) => ({ status: 200, body: { id: sub, subscriptionId: state.subscriptionId, displayName: 'Fake subscription', state: state.subscription?.state, tenantId: state.subscription?.tenantId } }),
  },
  {
    name: 'permissions',
    method: 'GET',
    pattern: /^\/resourcegroups\/([^/]+)\/providers\/Microsoft\.Authorization\/permissions$/i,
    apiVersions: ['2022-04-01'],
    answer: (context, m) => {
      const requested = m[1] ?? '';
      if (!Object.keys(context.state.resourceGroups).some((key) => lower(key) === lower(requested))) return armError(404, 'ResourceGroupNotFound', `Resource group '${requested}' could not be found.`);
      const items = context.state.permissions.map((entry) => ({ actions: entry.actions, notActions: entry.notActions, dataActions: [], notDataActions: [] }));
      return page(context, items, `${context.sub}/resourcegroups/${requested}/providers/Microsoft.Authorization/permissions`);
    },
  },
  {
    name: 'skus',
    method: 'GET',
    pattern: /^\/providers\/Microsoft\.Compute\/skus$/i,
    apiVersions: ['2019-04-01', '2021-07-01'],
    namespace: 'Microsoft.Compute',
    answer: (context) => {
      const filter = /^location eq '([^']*)'$/i.exec(context.query.get('$filter') ?? '');
      const skus = filter ? context.state.skus.filter((sku) => comparable(sku.location) === comparable(filter[1] ?? '')) : context.state.skus;
      const value = skus.map((sku) => ({
        resourceType: 'virtualMachines',
        name: sku.name,
        tier: 'Standard',
        size: sku.name.replace(/^Standard_/, ''),
        locations: [sku.location],
        restrictions: sku.restricted ? [{ type: 'Location', values: [sku.location], reasonCode: 'NotAvailableForSubscription' }] : [],
      }));
      // A non-VM SKU in every answer, first, so that callers must filter on resourceType.
      if (filter) value.unshift({ resourceType: 'disks', name: 'Standard_LRS', tier: 'Standard', size: 'Standard_LRS', locations: [filter[1] ?? ''], restrictions: [] });
      return page(context, value, `${context.sub}/providers/Microsoft.Compute/skus`);
    },
  },
  {
    name: 'dns',
    method: 'GET',
    pattern: /^\/providers\/Microsoft\.Network\/locations\/([^/]+)\/CheckDnsNameAvailability$/i,
    apiVersions: ['2023-09-01'],
    namespace: 'Microsoft.Network',
    answer: ({ state, query }) => {
      // domainNameLabel is required (checkDnsAvailability.json).
      const label = query.get('domainNameLabel');
      if (!label) return armError(400, 'InvalidRequestContent', 'The domainNameLabel query parameter is required.');
      return { status: 200, body: { available: !has(state.takenDnsLabels, label) } };
    },
  },
  {
    name: 'keyVaultName',
    method: 'POST',
    pattern: /^\/providers\/Microsoft\.KeyVault\/checkNameAvailability$/i,
    apiVersions: ['2023-07-01'],
    namespace: 'Microsoft.KeyVault',
    answer: ({ state, body }) => {
      const parsed = nameBody(body, 'Microsoft.KeyVault/vaults');
      if (!parsed) return armError(400, 'InvalidRequestContent', 'The request content was invalid: name and type Microsoft.KeyVault/vaults are required.');
      const { name } = parsed;
      return { status: 200, body: has(state.takenKeyVaultNames, name) ? { nameAvailable: false, reason: 'AlreadyExists', message: `The vault name '${name}' is already in use.` } : { nameAvailable: true } };
    },
  },
  {
    name: 'deletedVaults',
    method: 'GET',
    pattern: /^\/providers\/Microsoft\.KeyVault\/deletedVaults$/i,
    apiVersions: ['2023-07-01'],
    namespace: 'Microsoft.KeyVault',
    answer: (context) => {
      const items = context.state.softDeletedVaults.map(({ name, location }) => ({
        id: `${context.sub}/providers/Microsoft.KeyVault/locations/${location}/deletedVaults/${name}`,
        name,
        type: 'Microsoft.KeyVault/deletedVaults',
        properties: { vaultId: `${context.sub}/resourceGroups/old/providers/Microsoft.KeyVault/vaults/${name}`, location, deletionDate: '2026-02-01T00:00:00Z', scheduledPurgeDate: '2026-05-02T00:00:00Z', purgeProtectionEnabled: false },
      }));
      return page(context, items, `${context.sub}/providers/Microsoft.KeyVault/deletedVaults`);
    },
  },
  {
    name: 'storageName',
    method: 'POST',
    pattern: /^\/providers\/Microsoft\.Storage\/checkNameAvailability$/i,
    apiVersions: ['2023-05-01'],
    namespace: 'Microsoft.Storage',
    answer: ({ state, body }) => {
      const parsed = nameBody(body, 'Microsoft.Storage/storageAccounts');
      if (!parsed) return armError(400, 'InvalidRequestContent', 'The request content was invalid: name and type Microsoft.Storage/storageAccounts are required.');
      const { name } = parsed;
      return { status: 200, body: has(state.takenStorageNames, name) ? { nameAvailable: false, reason: 'AlreadyExists', message: `The storage account named ${name} is already taken.` } : { nameAvailable: true } };
    },
  },
  { name: 'provider', method: 'GET', pattern: /^\/providers\/([^/]+)$/i, apiVersions: RESOURCES_VERSIONS, answer: (context, m) => provider(context, m[1] ?? '', false) },
  { name: 'register', method: 'POST', pattern: /^\/providers\/([^/]+)\/register$/i, apiVersions: RESOURCES_VERSIONS, answer: (context, m) => provider(context, m[1] ?? '', true) },
  {
    name: 'resourceGroup',
    method: 'GET',
    pattern: /^\/resourcegroups\/([^/]+)$/i,
    apiVersions: RESOURCES_VERSIONS,
    answer: ({ state, sub }, m) => {
      const requested = m[1] ?? '';
      const name = Object.keys(state.resourceGroups).find((key) => lower(key) === lower(requested));
      const group = name === undefined ? undefined : state.resourceGroups[name];
      if (name === undefined || !group) return armError(404, 'ResourceGroupNotFound', `Resource group '${requested}' could not be found.`);
      return { status: 200, body: { id: `${sub}/resourceGroups/${name}`, name, type: 'Microsoft.Resources/resourceGroups', location: group.location, properties: { provisioningState: 'Succeeded' } } };
    },
  },
];

/** Providers - Get and Register: Register moves NotRegistered (or Unregistered) to Registering, as ARM answers it; a test moves it on to Registered. */
function provider({ state, sub }: RouteContext, requested: string, register: boolean): Reply {
  const namespace = Object.keys(state.providers).find((key) => lower(key) === lower(requested));
  if (!namespace) return armError(404, 'InvalidResourceNamespace', `The resource namespace '${requested}' is invalid.`);
  if (register && state.providers[namespace] !== 'Registered') state.providers[namespace] = 'Registering';
  return {
    status: 200,
    body: {
      id: `${sub}/providers/${namespace}`,
      namespace,
      registrationState: state.providers[namespace],
      registrationPolicy: 'RegistrationRequired',
      resourceTypes: (PROVIDER_TYPES[lower(namespace)] ?? []).map((resourceType) => ({ resourceType, locations: [...state.scaleSetLocations], apiVersions: ['2024-01-01'] })),
    },
  };
}

function route(state: FakeArmState, method: string, path: string, query: URLSearchParams, body: string, origin: string): Reply | undefined {
  const match = /^\/subscriptions\/([^/]+)(\/.*)?$/i.exec(path);
  if (!match) return undefined;
  const [, subscriptionId = '', rest = ''] = match;
  const apiVersion = query.get('api-version');
  if (!apiVersion) return armError(400, 'MissingApiVersionParameter', "The api-version query parameter (?api-version=) is required for all requests.");
  if (!state.subscription || lower(subscriptionId) !== lower(state.subscriptionId)) {
    return armError(404, 'SubscriptionNotFound', `The subscription '${subscriptionId}' could not be found.`);
  }
  const sub = `/subscriptions/${state.subscriptionId}`;
  for (const candidate of ROUTES) {
    const m = candidate.pattern.exec(rest);
    if (!m || candidate.method !== method) continue;
    const served = candidate.apiVersions.filter((version) => !state.refusedApiVersions.includes(version));
    if (!served.includes(apiVersion)) {
      return armError(400, 'InvalidApiVersionParameter', `The api-version '${apiVersion}' is invalid. The supported versions are '${served.join(',')}'.`);
    }
    if (candidate.namespace) {
      const registered = Object.entries(state.providers).find(([key]) => lower(key) === lower(candidate.namespace ?? ''))?.[1];
      if (registered !== 'Registered') {
        const message = `The subscription is not registered to use namespace '${candidate.namespace}'. See https://aka.ms/rps-not-found for how to register subscriptions.`;
        return { status: 409, body: { error: { code: 'MissingSubscriptionRegistration', message, details: [{ code: 'MissingSubscriptionRegistration', target: candidate.namespace, message }] } } };
      }
    }
    return candidate.answer({ state, sub, query, body, base: path, origin }, m);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Server

function ids(): Record<string, string> {
  return { 'x-ms-request-id': randomUUID(), 'x-ms-correlation-request-id': randomUUID() };
}

function encode(body: unknown): string {
  if (body === undefined) return '';
  return typeof body === 'string' ? body : JSON.stringify(body);
}

function send(response: ServerResponse, reply: Reply): void {
  const text = encode(reply.body);
  response.writeHead(reply.status, {
    ...ids(),
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...reply.headers,
  });
  response.end(text);
}

export async function startFakeArm(overrides: Partial<FakeArmState> = {}): Promise<FakeArm> {
  certificates ??= makeCertificates();
  const { caPem, certPem, keyPem } = certificates;
  const dir = mkdtempSync(join(tmpdir(), 'cmg-fake-arm-'));
  const caFile = join(dir, 'fake-arm-ca.pem');
  writeFileSync(caFile, caPem);

  const state: FakeArmState = { ...defaultFakeArmState(), ...overrides };
  const requests: FakeArmRequest[] = [];
  const unmatched: string[] = [];
  const streamed: Array<{ path: string; bytes: number }> = [];
  const events: Array<{ kind: 'arrived' | 'answered' | 'closed'; request: FakeArmRequest }> = [];
  const ends = new EventEmitter();
  const sockets = new Set<Socket>();

  const handle = (request: IncomingMessage, response: ServerResponse, body: string) => {
    const url = new URL(request.url ?? '/', 'https://127.0.0.1');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = url.pathname;
    }
    const method = (request.method ?? 'GET').toUpperCase();
    const authorization = request.headers.authorization;
    const record: FakeArmRequest = { method, path, query: Object.fromEntries(url.searchParams), authorization: typeof authorization === 'string' ? authorization : undefined, body };
    requests.push(record);
    events.push({ kind: 'arrived', request: record });
    const ended = (end: 'answered' | 'closed') => {
      if (record.end) return;
      record.end = end;
      events.push({ kind: end, request: record });
      ends.emit('end');
    };
    // 'finish': the whole answer went to the socket; a 'close' without it: the connection went first.
    response.once('finish', () => ended('answered'));
    response.once('close', () => ended(response.writableFinished ? 'answered' : 'closed'));
    if (request.socket.destroyed) ended('closed');

    const fault = state.faults.find((candidate) => candidate.path.test(path) && (!candidate.method || candidate.method.toUpperCase() === method) && (candidate.times === undefined || candidate.times > 0));
    if (fault && fault.times !== undefined) fault.times -= 1;

    const routed = () => {
      const reply = route(state, method, path, url.searchParams, body, `https://${request.headers.host ?? '127.0.0.1'}`);
      if (reply) return reply;
      unmatched.push(`${method} ${path}`);
      // ARM's answer to a path no provider publishes (a type unknown to its namespace).
      return armError(400, 'InvalidResourceType', `The resource type could not be found for ${method} ${path} and api version '${url.searchParams.get('api-version') ?? ''}'.`);
    };

    if (!fault) return send(response, routed());
    switch (fault.kind) {
      case 'status': {
        const status = fault.status ?? 500;
        return send(response, { status, body: fault.body ?? { error: { code: `FakeFault${status}`, message: `A fault the test asked for (${status}).` } }, ...(fault.headers ? { headers: fault.headers } : {}) });
      }
      case 'reset':
        request.socket.destroy();
        return;
      case 'hang':
        return;
      case 'slow': {
        const timer = setTimeout(() => {
          if (!response.destroyed && !request.socket.destroyed) send(response, routed());
        }, fault.delayMs ?? 1000);
        request.socket.once('close', () => clearTimeout(timer));
        return;
      }
      case 'truncated': {
        const text = encode(fault.body ?? routed().body);
        response.writeHead(fault.status ?? 200, { ...ids(), 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...fault.headers });
        response.write(text.slice(0, Math.floor(text.length / 2)), () => setTimeout(() => request.socket.destroy(), 20));
        return;
      }
      case 'stream': {
        const total = fault.bytes ?? 64 * MiB;
        const record = { path, bytes: 0 };
        streamed.push(record);
        response.writeHead(fault.status ?? 200, {
          ...ids(),
          'content-type': 'application/json; charset=utf-8',
          ...(fault.contentLength !== undefined ? { 'content-length': String(fault.contentLength) } : {}),
          ...(fault.gzip ? { 'content-encoding': 'gzip' } : {}),
          ...fault.headers,
        });
        let sink: Writable = response;
        if (fault.gzip) {
          const gzip = createGzip();
          gzip.pipe(response);
          sink = gzip;
        }
        const stopped = () => response.destroyed || request.socket.destroyed;
        // Only as fast as the client reads ('drain'): a client that stops reading stops the stream.
        const pump = (): void => {
          while (record.bytes < total && !stopped()) {
            const chunk = STREAM_CHUNK.subarray(0, Math.min(STREAM_CHUNK.length, total - record.bytes));
            record.bytes += chunk.length;
            if (!sink.write(chunk)) {
              sink.once('drain', pump);
              return;
            }
          }
          if (stopped() || fault.stall) return;
          // A lying Content-Length cannot be honoured: end the way a broken server would.
          if (fault.contentLength !== undefined && fault.contentLength !== total) sink.end(() => request.socket.destroy());
          else sink.end();
        };
        pump();
        return;
      }
    }
  };

  const server: Server = createServer({ key: keyPem, cert: `${certPem}${caPem}` }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handle(request, response, Buffer.concat(chunks).toString('utf8')));
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fake ARM: no port');

  let closed: Promise<void> | undefined;
  return {
    url: `https://127.0.0.1:${address.port}`,
    caPem,
    caFile,
    state,
    requests,
    unmatched,
    streamed,
    timeline: () => events.filter((event) => requests.includes(event.request)).map((event) => `${event.kind} ${requests.indexOf(event.request)}`),
    async settled() {
      while (requests.some((request) => request.end === undefined)) await once(ends, 'end');
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      }).finally(() => rmSync(dir, { recursive: true, force: true }));
      return closed;
    },
  };
}
