/**
 * The Resource Manager calls the preflight makes, behind one small interface so the checks can be
 * tested without HTTP and the HTTP side against a local fake of ARM. Read-only, except
 * registerProvider (`--register-providers`, never from `plan`).
 *
 * @azure/arm-resources serves the provider and resource group reads; the rest are plain requests
 * through the same client pipeline (bearer token, retries, the limits below), because a whole
 * @azure/arm-* package per single read would cost more start-up than it saves code.
 */
import { ResourceManagementClient } from '@azure/arm-resources';
import type { TokenCredential } from '@azure/core-auth';
import { createPipelineRequest, RestError, type PipelinePolicy, type PipelineResponse } from '@azure/core-rest-pipeline';
import { AzureUnavailableError } from '../errors.ts';
import type { AzureLimits } from './limits.ts';
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

export interface Arm {
  subscription(): Promise<SubscriptionInfo | undefined>;
  permissions(): Promise<Array<{ actions: string[]; notActions: string[] }>>;
  provider(namespace: string): Promise<ProviderInfo | undefined>;
  registerProvider(namespace: string): Promise<string>;
  vmSkus(location: string): Promise<VmSku[]>;
  resourceGroup(name: string): Promise<{ location: string } | undefined>;
  dnsNameAvailable(location: string, label: string): Promise<boolean>;
  keyVaultName(name: string): Promise<NameCheck>;
  deletedKeyVault(location: string, name: string): Promise<boolean>;
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

/** RestError codes the SDK's retry policy and translate.ts understand (transport names, not findings). */
export const TRANSPORT = { timedOut: 'ETIMEDOUT', unreadable: 'PARSE_ERROR' } as const;

const API = {
  subscriptions: '2022-12-01',
  authorization: '2022-04-01',
  compute: '2021-07-01',
  network: '2023-09-01',
  keyVault: '2023-07-01',
  storage: '2023-05-01',
} as const;

function headerSeconds(response: PipelineResponse): number | undefined {
  const ms = response.headers.get('retry-after-ms') ?? response.headers.get('x-ms-retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Number(ms) / 1000;
  const value = response.headers.get('retry-after');
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

export function requestIds(headers: { get(name: string): string | undefined } | undefined): { requestId: string; correlationId: string } {
  return { requestId: headers?.get('x-ms-request-id') ?? '-', correlationId: headers?.get('x-ms-correlation-request-id') ?? '-' };
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

function failure(response: PipelineResponse): RestError {
  let code: string | undefined;
  try {
    code = (JSON.parse(response.bodyAsText ?? '{}') as { error?: { code?: string } }).error?.code;
  } catch {
    code = undefined;
  }
  return new RestError(`Resource Manager answered ${response.status}`, { statusCode: response.status, ...(code ? { code } : {}), request: response.request, response });
}

export function createArm(options: ArmOptions): Arm {
  const { endpoint, subscriptionId, limits, signal } = options;
  const client = new ResourceManagementClient(options.credential, subscriptionId, {
    endpoint,
    credentialScopes: [`${options.audience}/.default`],
    retryOptions: { maxRetries: limits.maxRetries, retryDelayInMs: limits.retryDelayMs, maxRetryDelayInMs: limits.retryAfterCapMs },
    ...(options.tlsCa ? { tlsOptions: { ca: options.tlsCa } } : {}),
  });
  client.pipeline.addPolicy(limitsPolicy(limits, signal, Date.now() + limits.deadlineMs), { afterPhase: 'Retry' });
  const base = `${endpoint}/subscriptions/${encodeURIComponent(subscriptionId)}`;

  /** @param absentIf404 only reads of something that may not exist: elsewhere a 404 is a failure, never "not available". */
  async function call(method: 'GET' | 'POST', path: string, apiVersion: string, body?: unknown, absentIf404 = false): Promise<unknown> {
    const request = createPipelineRequest({ url: `${base}${path}${path.includes('?') ? '&' : '?'}api-version=${apiVersion}`, method, abortSignal: signal });
    if (body !== undefined) {
      request.body = JSON.stringify(body);
      request.headers.set('Content-Type', 'application/json');
    }
    const response = await client.sendRequest(request);
    if (response.status === 404 && absentIf404) return undefined;
    if (response.status < 200 || response.status > 299) throw failure(response);
    try {
      return JSON.parse(response.bodyAsText ?? 'null') as unknown;
    } catch {
      throw new RestError('unreadable answer', { code: TRANSPORT.unreadable, statusCode: response.status, request, response });
    }
  }
  const notFound = (error: unknown) => error instanceof RestError && error.statusCode === 404;

  return {
    async subscription() {
      const body = (await call('GET', '', API.subscriptions, undefined, true)) as { state?: string; tenantId?: string } | undefined;
      return body ? { state: body.state ?? 'Unknown', tenantId: body.tenantId ?? '' } : undefined;
    },
    async permissions() {
      const body = (await call('GET', '/providers/Microsoft.Authorization/permissions', API.authorization)) as { value?: Array<{ actions?: string[]; notActions?: string[] }> } | undefined;
      return (body?.value ?? []).map((entry) => ({ actions: entry.actions ?? [], notActions: entry.notActions ?? [] }));
    },
    async provider(namespace) {
      try {
        const provider = await client.providers.get(namespace, { abortSignal: signal });
        return {
          registrationState: provider.registrationState ?? 'Unknown',
          resourceTypes: (provider.resourceTypes ?? []).map((type) => ({ resourceType: type.resourceType ?? '', locations: type.locations ?? [] })),
        };
      } catch (error) {
        if (notFound(error)) return undefined;
        throw error;
      }
    },
    async registerProvider(namespace) {
      const provider = await client.providers.register(namespace, { abortSignal: signal });
      return provider.registrationState ?? 'Unknown';
    },
    async vmSkus(location) {
      const filter = encodeURIComponent(`location eq '${location}'`);
      const body = (await call('GET', `/providers/Microsoft.Compute/skus?$filter=${filter}`, API.compute)) as
        | { value?: Array<{ name?: string; resourceType?: string; restrictions?: Array<{ type?: string }> }> }
        | undefined;
      return (body?.value ?? [])
        .filter((sku) => sku.resourceType === 'virtualMachines' && sku.name)
        .map((sku) => ({ name: sku.name as string, restricted: (sku.restrictions ?? []).some((restriction) => restriction.type === 'Location') }));
    },
    async resourceGroup(name) {
      try {
        const group = await client.resourceGroups.get(name, { abortSignal: signal });
        return { location: group.location };
      } catch (error) {
        if (notFound(error)) return undefined;
        throw error;
      }
    },
    async dnsNameAvailable(location, label) {
      const body = (await call('GET', `/providers/Microsoft.Network/locations/${encodeURIComponent(location)}/CheckDnsNameAvailability?domainNameLabel=${encodeURIComponent(label)}`, API.network)) as { available?: boolean } | undefined;
      return body?.available === true;
    },
    async keyVaultName(name) {
      const body = (await call('POST', '/providers/Microsoft.KeyVault/checkNameAvailability', API.keyVault, { name, type: 'Microsoft.KeyVault/vaults' })) as { nameAvailable?: boolean; reason?: string } | undefined;
      return { available: body?.nameAvailable === true, ...(body?.reason ? { reason: body.reason } : {}) };
    },
    async deletedKeyVault(location, name) {
      return (await call('GET', `/providers/Microsoft.KeyVault/locations/${encodeURIComponent(location)}/deletedVaults/${encodeURIComponent(name)}`, API.keyVault, undefined, true)) !== undefined;
    },
    async storageName(name) {
      const body = (await call('POST', '/providers/Microsoft.Storage/checkNameAvailability', API.storage, { name, type: 'Microsoft.Storage/storageAccounts' })) as { nameAvailable?: boolean; reason?: string } | undefined;
      return { available: body?.nameAvailable === true, ...(body?.reason ? { reason: body.reason } : {}) };
    },
  };
}
