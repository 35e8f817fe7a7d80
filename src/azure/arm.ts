/**
 * The Resource Manager calls the preflight makes, behind one small interface so the checks can be
 * tested without HTTP and the HTTP side against a local fake of ARM. Read-only, except
 * registerProvider (`--register-providers`, never from `plan`).
 *
 * @azure/arm-resources serves the provider and resource group reads; the rest are plain requests
 * through the same client pipeline (bearer token, retries, the limits below), because a whole
 * @azure/arm-* package per single read would cost more start-up than it saves code.
 *
 * Every answer is read with a cap (response-cap.ts) and checked against the shape its check reads
 * (shapes.ts) before anything uses it: what Resource Manager, or whatever answers in its place,
 * sends is data from the network, not a promise.
 */
import { ResourceManagementClient, type ProvidersGetOptionalParams } from '@azure/arm-resources';
import type { TokenCredential } from '@azure/core-auth';
import { createPipelineRequest, RestError, type PipelinePolicy, type PipelineResponse } from '@azure/core-rest-pipeline';
import { AzureUnavailableError } from '../model/errors.ts';
import { API_VERSIONS, MAX_PAGES } from './api-versions.ts';
import type { AzureLimits } from './limits.ts';
import { ArmRefusal, isPermanent } from './refusal.ts';
import { requestIds, requestName, TRANSPORT } from './requests.ts';
import { responseCapPolicy } from './response-cap.ts';
import { SHAPES, type Shape } from './shapes.ts';
import { timeoutSignal } from './timeout.ts';

export interface SubscriptionInfo {
  state: string;
  tenantId: string;
}

export interface ProviderInfo {
  registrationState: string;
  resourceTypes: Array<{ resourceType: string; locations: string[] }>;
}

export interface VmSku {
  name: string;
  /** Restricted for this subscription in this location (NotAvailableForSubscription, ...). */
  restricted: boolean;
}

export interface NameCheck {
  available: boolean;
  reason?: string;
}

export interface DeletedVault {
  name: string;
  /** The ARM location name it was deleted in (westeurope). */
  location: string;
}

export interface Arm {
  subscription(): Promise<SubscriptionInfo | undefined>;
  /** Every role's permissions of the caller on the resource group, one entry per role (every page). */
  permissions(resourceGroup: string): Promise<Array<{ actions: string[]; notActions: string[] }>>;
  provider(namespace: string): Promise<ProviderInfo | undefined>;
  registerProvider(namespace: string): Promise<string>;
  vmSkus(location: string): Promise<VmSku[]>;
  resourceGroup(name: string): Promise<{ location: string } | undefined>;
  dnsNameAvailable(location: string, label: string): Promise<boolean>;
  keyVaultName(name: string): Promise<NameCheck>;
  /** The subscription's soft-deleted vaults in every region (every page). */
  deletedKeyVaults(): Promise<DeletedVault[]>;
  storageName(name: string): Promise<NameCheck>;
}

export interface ArmOptions {
  endpoint: string;
  /** The token audience: the cloud's Resource Manager, also when `endpoint` is a proxy in front of it. */
  audience: string;
  subscriptionId: string;
  credential: TokenCredential;
  limits: AzureLimits;
  /** Aborted at the deadline or on Ctrl+C. */
  signal: AbortSignal;
  /** Tests trust their fake's certificate here; the CLI relies on NODE_EXTRA_CA_CERTS. */
  tlsCa?: string;
}

const API = API_VERSIONS;

function headerSeconds(response: PipelineResponse): number | undefined {
  const ms = response.headers.get('retry-after-ms') ?? response.headers.get('x-ms-retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Number(ms) / 1000;
  const value = response.headers.get('retry-after');
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

/**
 * Inside the SDK's retry loop, per attempt: a request timeout joined to the deadline, and a
 * Retry-After too long to sleep through (the SDK's throttling strategy has no upper bound,
 * reliability.md 5.1), or past the deadline, ends the run with "retry after" instead.
 * The request's own signal is put back afterwards: the retry policy sleeps on it between attempts,
 * and each attempt gets a fresh timeout.
 */
function limitsPolicy(limits: AzureLimits, deadline: AbortSignal, deadlineAt: number): PipelinePolicy {
  return {
    name: 'cmgSetupLimits',
    async sendRequest(request, next) {
      const own = request.abortSignal;
      const timeout = timeoutSignal(limits.requestTimeoutMs);
      request.abortSignal = AbortSignal.any([timeout.signal, deadline, ...(own ? [own as AbortSignal] : [])]);
      let response: PipelineResponse;
      try {
        response = await next(request);
      } catch (error) {
        // A transport-level code, so the SDK's retry policy treats it like any other time-out.
        if (timeout.signal.aborted && !deadline.aborted) throw new RestError('no answer in time', { code: TRANSPORT.timedOut, request });
        throw error;
      } finally {
        timeout.clear();
        request.abortSignal = own;
      }
      if (response.status === 429 || response.status === 503) {
        const seconds = headerSeconds(response);
        const allowedMs = Math.min(limits.retryAfterCapMs, deadlineAt - Date.now());
        if (seconds !== undefined && seconds * 1000 > allowedMs) {
          throw new AzureUnavailableError('AZURE_THROTTLED', { seconds: Math.ceil(seconds), ...requestIds(response.headers) });
        }
      }
      return response;
    },
  };
}

/** ARM's error body, {"error": {"code", "message", "details": [{"target"}]}}, as far as it is one. */
function armErrorBody(text: string | undefined): { code?: string; message?: string; targets: string[] } {
  let error: unknown;
  try {
    error = (JSON.parse(text ?? '{}') as { error?: unknown }).error;
  } catch {
    return { targets: [] };
  }
  if (typeof error !== 'object' || error === null) return { targets: [] };
  const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
  const targets = Array.isArray(details) ? details.map((detail: unknown) => (detail as { target?: unknown } | null)?.target).filter((target): target is string => typeof target === 'string') : [];
  // A message is shown to the admin: one line, and not a novel.
  const oneLine = typeof message === 'string' ? message.replace(/\s+/g, ' ').slice(0, 500) : undefined;
  return { ...(typeof code === 'string' ? { code } : {}), ...(oneLine ? { message: oneLine } : {}), targets };
}

/** 400, 404, 409 (any permanent 4xx, refusal.ts): an ArmRefusal with ARM's code and message; any other failure a RestError for translate.ts. */
function failure(response: PipelineResponse): Error {
  const body = armErrorBody(response.bodyAsText ?? undefined);
  if (isPermanent(response.status)) {
    const version = new URL(response.request.url).searchParams.get('api-version') ?? '-';
    return new ArmRefusal(response.status, body.code ?? '-', body.message ?? '-', requestName(response.request), version, requestIds(response.headers), body.targets);
  }
  return new RestError(`Resource Manager answered ${response.status}`, { statusCode: response.status, ...(body.code ? { code: body.code } : {}), request: response.request, response });
}

/** An SDK operation's RestError of a permanent status, as the same ArmRefusal. */
function refusalOf(error: unknown): unknown {
  if (error instanceof RestError && error.statusCode !== undefined && isPermanent(error.statusCode) && error.response) return failure(error.response as PipelineResponse);
  return error;
}

/** What the SDK hands an operation's `onResponse`: the raw response, body text included. */
type RawResponse = Parameters<NonNullable<ProvidersGetOptionalParams['onResponse']>>[0];
type OperationOptions = { abortSignal: AbortSignal; onResponse: NonNullable<ProvidersGetOptionalParams['onResponse']> };

const unreadable = (response: PipelineResponse) => new AzureUnavailableError('AZURE_BAD_RESPONSE', { request: requestName(response.request), ...requestIds(response.headers) });

/** The answer's JSON as it was sent, if it has the shape its check reads; else an unreadable answer naming the request. */
function read<T>(response: PipelineResponse, shape: Shape<T>): T {
  let body: unknown;
  try {
    body = JSON.parse(response.bodyAsText ?? '');
  } catch {
    throw unreadable(response);
  }
  if (!shape(body)) throw unreadable(response);
  return body;
}

export function createArm(options: ArmOptions): Arm {
  const { endpoint, subscriptionId, limits, signal } = options;
  const client = new ResourceManagementClient(options.credential, subscriptionId, {
    endpoint,
    credentialScopes: [`${options.audience}/.default`],
    retryOptions: { maxRetries: limits.maxRetries, retryDelayInMs: limits.retryDelayMs, maxRetryDelayInMs: limits.retryAfterCapMs },
    ...(options.tlsCa ? { tlsOptions: { ca: options.tlsCa } } : {}),
  });
  // In this order after the Retry phase: the limits around each attempt, then the cap inside them
  // (pipeline.js orders policies of one phase as added), then the log policy and the HTTP client.
  client.pipeline.addPolicy(limitsPolicy(limits, signal, Date.now() + limits.deadlineMs), { afterPhase: 'Retry' });
  client.pipeline.addPolicy(responseCapPolicy(limits.maxResponseBytes), { afterPhase: 'Retry' });
  // Its operations use the version it pins. Passing `apiVersion` instead would not do: the client
  // then rewrites the api-version of every request of its pipeline (customApiVersionPolicy),
  // the plain reads below included, which the fake refuses. api-versions.ts names that pin, and
  // a test holds the two together.
  const base = `${endpoint}/subscriptions/${encodeURIComponent(subscriptionId)}`;

  async function call(method: 'GET' | 'POST', path: string, apiVersion: string, body?: unknown): Promise<PipelineResponse> {
    return send(method, `${base}${path}${path.includes('?') ? '&' : '?'}api-version=${apiVersion}`, body);
  }

  async function send(method: 'GET' | 'POST', url: string, body?: unknown): Promise<PipelineResponse> {
    const request = createPipelineRequest({ url, method, abortSignal: signal });
    if (body !== undefined) {
      request.body = JSON.stringify(body);
      request.headers.set('Content-Type', 'application/json');
    }
    const response = await client.sendRequest(request);
    if (response.status < 200 || response.status > 299) throw failure(response);
    return response;
  }

  /**
   * Only reads of something that may not exist, and only for the error codes that say so: a 404
   * of another kind (SubscriptionNotFound under a group read, a missing route) stays a refusal.
   */
  async function orAbsent<T>(codes: string[], work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ArmRefusal && error.status === 404 && codes.includes(error.armCode)) return undefined;
      throw error;
    }
  }

  /**
   * Every page of a pageable list (x-ms-pageable, nextLink), up to MAX_PAGES. A nextLink is
   * followed only to this endpoint's own scheme, host and port: the bearer token goes with it.
   */
  async function pages<T>(first: PipelineResponse, shape: Shape<{ value: T[]; nextLink?: string | null | undefined }>): Promise<T[]> {
    const items: T[] = [];
    let response = first;
    for (let count = 1; ; count += 1) {
      const { value, nextLink } = read(response, shape);
      items.push(...value);
      if (!nextLink) return items;
      let next: URL;
      try {
        next = new URL(nextLink);
      } catch {
        throw unreadable(response);
      }
      if (next.origin !== new URL(endpoint).origin) throw unreadable(response);
      if (count >= MAX_PAGES) throw new AzureUnavailableError('AZURE_TOO_MANY_PAGES', { request: requestName(response.request), pages: MAX_PAGES, ...requestIds(response.headers) });
      response = await send('GET', next.href);
    }
  }

  /**
   * An SDK operation, its answer read as it was sent. The SDK's deserializer checks no type and
   * bends some: a lone value where its model has a list becomes a one-item list (core-client
   * serializer.js, deserializeSequenceType), so `locations: "West Europe"` would pass for a list,
   * and `null` or `5` for a provider with nothing in it. Its result is dropped; the request, the
   * api-version and the errors (404, 403...) stay the SDK's.
   */
  async function operation<T>(run: (options: OperationOptions) => Promise<unknown>, shape: Shape<T>): Promise<T> {
    const seen: { response?: RawResponse } = {};
    try {
      await run({
        abortSignal: signal,
        onResponse: (response) => {
          seen.response = response;
        },
      });
    } catch (error) {
      throw refusalOf(error);
    }
    // core-client calls onResponse before it returns (serviceClient.js, sendOperationRequest).
    if (!seen.response) throw new RestError('no answer to read', { code: TRANSPORT.unreadable });
    return read(seen.response, shape);
  }

  return {
    async subscription() {
      const subscription = await orAbsent(['SubscriptionNotFound'], async () => read(await call('GET', '', API.subscriptions), SHAPES.subscription));
      return subscription ? { state: subscription.state, tenantId: subscription.tenantId } : undefined;
    },
    async permissions(resourceGroup) {
      const value = await pages(await call('GET', `/resourcegroups/${encodeURIComponent(resourceGroup)}/providers/Microsoft.Authorization/permissions`, API.authorization), SHAPES.permissions);
      return value.map((entry) => ({ actions: entry.actions, notActions: entry.notActions }));
    },
    async provider(namespace) {
      const provider = await orAbsent(['InvalidResourceNamespace'], () => operation((options) => client.providers.get(namespace, options), SHAPES.provider));
      if (!provider) return undefined;
      return {
        registrationState: provider.registrationState,
        resourceTypes: provider.resourceTypes.map((type) => ({ resourceType: type.resourceType, locations: type.locations })),
      };
    },
    async registerProvider(namespace) {
      return (await operation((options) => client.providers.register(namespace, options), SHAPES.registration)).registrationState;
    },
    async vmSkus(location) {
      const filter = encodeURIComponent(`location eq '${location}'`);
      const value = await pages(await call('GET', `/providers/Microsoft.Compute/skus?$filter=${filter}`, API.computeSkus), SHAPES.skus);
      return value
        .filter((sku) => sku.resourceType === 'virtualMachines' && sku.name !== '')
        .map((sku) => ({ name: sku.name, restricted: sku.restrictions.some((restriction) => restriction.type === 'Location') }));
    },
    async resourceGroup(name) {
      const group = await orAbsent(['ResourceGroupNotFound'], () => operation((options) => client.resourceGroups.get(name, options), SHAPES.resourceGroup));
      return group ? { location: group.location } : undefined;
    },
    async dnsNameAvailable(location, label) {
      const path = `/providers/Microsoft.Network/locations/${encodeURIComponent(location)}/CheckDnsNameAvailability?domainNameLabel=${encodeURIComponent(label)}`;
      return read(await call('GET', path, API.network), SHAPES.dnsName).available;
    },
    async keyVaultName(name) {
      const { nameAvailable, reason } = read(await call('POST', '/providers/Microsoft.KeyVault/checkNameAvailability', API.keyVault, { name, type: 'Microsoft.KeyVault/vaults' }), SHAPES.keyVaultName);
      return { available: nameAvailable, ...(reason ? { reason } : {}) };
    },
    async deletedKeyVaults() {
      const value = await pages(await call('GET', '/providers/Microsoft.KeyVault/deletedVaults', API.keyVault), SHAPES.deletedVaults);
      return value.map((vault) => ({ name: vault.name, location: vault.properties.location }));
    },
    async storageName(name) {
      const { nameAvailable, reason } = read(await call('POST', '/providers/Microsoft.Storage/checkNameAvailability', API.storage, { name, type: 'Microsoft.Storage/storageAccounts' }), SHAPES.storageName);
      return { available: nameAvailable, ...(reason ? { reason } : {}) };
    },
  };
}
