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
 * - A request without api-version gets 400 MissingApiVersionParameter, like ARM.
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
  permissions: Array<{ actions: string[]; notActions: string[] }>;
  /** Namespace -> registrationState. A namespace not listed answers 404 InvalidResourceNamespace. */
  providers: Record<string, string>;
  /** Display names ('West Europe'), listed for Microsoft.Compute/virtualMachineScaleSets. */
  scaleSetLocations: string[];
  /** `location` is the ARM name (westeurope). restricted: a Location restriction NotAvailableForSubscription. */
  skus: Array<{ name: string; location: string; restricted?: boolean }>;
  resourceGroups: Record<string, { location: string }>;
  takenDnsLabels: string[];
  takenKeyVaultNames: string[];
  /** Names of soft-deleted vaults, found in any location. */
  softDeletedVaults: string[];
  takenStorageNames: string[];
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

function route(state: FakeArmState, method: string, path: string, query: URLSearchParams, body: string): Reply | undefined {
  const match = /^\/subscriptions\/([^/]+)(\/.*)?$/i.exec(path);
  if (!match) return undefined;
  const [, subscriptionId = '', rest = ''] = match;
  if (!query.get('api-version')) return armError(400, 'MissingApiVersionParameter', "The api-version query parameter (?api-version=) is required for all requests.");
  if (!state.subscription || lower(subscriptionId) !== lower(state.subscriptionId)) {
    return armError(404, 'SubscriptionNotFound', `The subscription '${subscriptionId}' could not be found.`);
  }
  const sub = `/subscriptions/${state.subscriptionId}`;
  const get = method === 'GET';
  const post = method === 'POST';
  let m: RegExpExecArray | null;

  if (rest === '' && get) {
    return { status: 200, body: { id: sub, subscriptionId: state.subscriptionId, displayName: 'Fake subscription', state: state.subscription.state, tenantId: state.subscription.tenantId } };
  }
  if (/^\/providers\/Microsoft\.Authorization\/permissions$/i.test(rest) && get) {
    return { status: 200, body: { value: state.permissions.map((entry) => ({ actions: entry.actions, notActions: entry.notActions, dataActions: [], notDataActions: [] })) } };
  }
  if (/^\/providers\/Microsoft\.Compute\/skus$/i.test(rest) && get) {
    const filter = /^location eq '([^']*)'$/i.exec(query.get('$filter') ?? '');
    const skus = filter ? state.skus.filter((sku) => comparable(sku.location) === comparable(filter[1] ?? '')) : state.skus;
    const value = skus.map((sku) => ({
      resourceType: 'virtualMachines',
      name: sku.name,
      tier: 'Standard',
      size: sku.name.replace(/^Standard_/, ''),
      locations: [sku.location],
      restrictions: sku.restricted ? [{ type: 'Location', values: [sku.location], reasonCode: 'NotAvailableForSubscription' }] : [],
    }));
    // A non-VM SKU in every answer, so that callers must filter on resourceType.
    if (filter) value.push({ resourceType: 'disks', name: 'Standard_LRS', tier: 'Standard', size: 'Standard_LRS', locations: [filter[1] ?? ''], restrictions: [] });
    return { status: 200, body: { value } };
  }
  if ((m = /^\/providers\/Microsoft\.Network\/locations\/([^/]+)\/CheckDnsNameAvailability$/i.exec(rest)) && get) {
    const label = query.get('domainNameLabel') ?? '';
    return { status: 200, body: { available: !has(state.takenDnsLabels, label) } };
  }
  if (/^\/providers\/Microsoft\.KeyVault\/checkNameAvailability$/i.test(rest) && post) {
    const name = parseName(body);
    return {
      status: 200,
      body: has(state.takenKeyVaultNames, name) ? { nameAvailable: false, reason: 'AlreadyExists', message: `The vault name '${name}' is already in use.` } : { nameAvailable: true },
    };
  }
  if ((m = /^\/providers\/Microsoft\.KeyVault\/locations\/([^/]+)\/deletedVaults\/([^/]+)$/i.exec(rest)) && get) {
    const [, location = '', name = ''] = m;
    if (!has(state.softDeletedVaults, name)) return armError(404, 'ResourceNotFound', `The deleted vault '${name}' was not found in ${location}.`);
    return {
      status: 200,
      body: {
        id: `${sub}/providers/Microsoft.KeyVault/locations/${location}/deletedVaults/${name}`,
        name,
        type: 'Microsoft.KeyVault/deletedVaults',
        properties: { vaultId: `${sub}/resourceGroups/old/providers/Microsoft.KeyVault/vaults/${name}`, location, deletionDate: '2026-02-01T00:00:00Z', scheduledPurgeDate: '2026-05-02T00:00:00Z', purgeProtectionEnabled: false },
      },
    };
  }
  if (/^\/providers\/Microsoft\.Storage\/checkNameAvailability$/i.test(rest) && post) {
    const name = parseName(body);
    return {
      status: 200,
      body: has(state.takenStorageNames, name) ? { nameAvailable: false, reason: 'AlreadyExists', message: `The storage account named ${name} is already taken.` } : { nameAvailable: true },
    };
  }
  if ((m = /^\/providers\/([^/]+)(\/register)?$/i.exec(rest)) && ((get && !m[2]) || (post && m[2]))) {
    const requested = m[1] ?? '';
    const namespace = Object.keys(state.providers).find((key) => lower(key) === lower(requested));
    if (!namespace) return armError(404, 'InvalidResourceNamespace', `The resource namespace '${requested}' is invalid.`);
    if (m[2]) state.providers[namespace] = state.providers[namespace] === 'Registered' ? 'Registered' : 'Registering';
    const locations = state.scaleSetLocations;
    return {
      status: 200,
      body: {
        id: `${sub}/providers/${namespace}`,
        namespace,
        registrationState: state.providers[namespace],
        registrationPolicy: 'RegistrationRequired',
        resourceTypes: (PROVIDER_TYPES[lower(namespace)] ?? []).map((resourceType) => ({ resourceType, locations: [...locations], apiVersions: ['2024-01-01'] })),
      },
    };
  }
  if ((m = /^\/resourcegroups\/([^/]+)$/i.exec(rest)) && get) {
    const requested = m[1] ?? '';
    const name = Object.keys(state.resourceGroups).find((key) => lower(key) === lower(requested));
    const group = name === undefined ? undefined : state.resourceGroups[name];
    if (name === undefined || !group) return armError(404, 'ResourceGroupNotFound', `Resource group '${requested}' could not be found.`);
    return { status: 200, body: { id: `${sub}/resourceGroups/${name}`, name, type: 'Microsoft.Resources/resourceGroups', location: group.location, properties: { provisioningState: 'Succeeded' } } };
  }
  return undefined;
}

function parseName(body: string): string {
  try {
    const parsed = JSON.parse(body) as { name?: unknown };
    return typeof parsed.name === 'string' ? parsed.name : '';
  } catch {
    return '';
  }
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
      const reply = route(state, method, path, url.searchParams, body);
      if (reply) return reply;
      unmatched.push(`${method} ${path}`);
      return armError(404, 'NoRegisteredProviderFound', `The fake ARM has no route for ${method} ${path}.`);
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
