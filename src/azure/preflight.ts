/**
 * The Azure preflight as one call: sign in, run the checks, translate failures. The entry the
 * CLI imports lazily, so `--help` never loads the Azure SDK.
 */
import type { TokenCredential } from '@azure/core-auth';
import { CLOUDS } from '../domain/clouds.ts';
import { AzureUnavailableError, CancelledError } from '../model/errors.ts';
import type { Answers, AzureAuth } from '../model/answers.ts';
import type { Secret } from '../model/secret.ts';
import type { AzureCheckRequest } from '../model/azure-checks.ts';
import { createArm } from './arm.ts';
import { runChecks, type PreflightFinding } from './checks.ts';
import { createCredential } from './credential.ts';
import { armEndpointFor, foreignArmHost, microsoftArmHost } from './endpoints.ts';
import type { AzureLimits } from './limits.ts';
import { timeoutSignal } from './timeout.ts';
import { translateAzureError } from './translate.ts';

export interface PreflightRequest {
  answers: Answers;
  /** What to check, in order: what the steps ask (wizard/azure-checks.ts). */
  checks: readonly AzureCheckRequest[];
  auth: AzureAuth;
  limits: AzureLimits;
  canPrompt: boolean;
  registerProviders: boolean;
  servicePrincipal?: { clientId: string | undefined; secret: Secret | undefined };
  /** Ctrl+C. */
  signal?: AbortSignal;
  notify: (message: string) => void;
  /** A notice for stderr (a code of the Azure catalogue): the CLI renders it in the run's language. */
  warn: (code: 'AZURE_ENDPOINT_NOT_MICROSOFT', params: Record<string, string>) => void;
  /** Tests: trust for a local fake of Resource Manager (the CLI uses NODE_EXTRA_CA_CERTS). */
  tlsCa?: string;
  /** Tests: a credential instead of a real sign-in. */
  credential?: TokenCredential;
}

export async function runPreflight(request: PreflightRequest): Promise<PreflightFinding[]> {
  const { answers, limits } = request;
  const endpoint = armEndpointFor(answers.cloud, answers.armEndpoint);
  // Said before the sign-in and before the first request: the bearer token goes wherever the
  // endpoint points (the SDK's bearer policy only insists on https), and a token in other hands
  // acts as the admin until it expires.
  const foreign = foreignArmHost(endpoint);
  if (foreign !== undefined) request.warn('AZURE_ENDPOINT_NOT_MICROSOFT', { host: foreign, microsoft: microsoftArmHost(answers.cloud) });
  const deadlineTimer = timeoutSignal(limits.deadlineMs);
  const deadline = AbortSignal.any([deadlineTimer.signal, ...(request.signal ? [request.signal] : [])]);
  const context = { auth: request.auth, deadlineSeconds: limits.deadlineMs / 1000, timeoutSeconds: limits.requestTimeoutMs / 1000, deadline, ...(request.signal ? { cancel: request.signal } : {}) };
  try {
    const credential =
      request.credential ??
      createCredential({ auth: request.auth, tenantId: answers.tenantId, authorityHost: CLOUDS[answers.cloud].authorityHost, canPrompt: request.canPrompt, notify: request.notify, ...(request.servicePrincipal ? { servicePrincipal: request.servicePrincipal } : {}) });
    const arm = createArm({ endpoint, audience: CLOUDS[answers.cloud].armEndpoint, subscriptionId: answers.subscriptionId, credential, limits, signal: deadline, ...(request.tlsCa ? { tlsCa: request.tlsCa } : {}) });
    // The deadline also bounds what the SDK does not: a sign-in that waits, a retry that sleeps.
    return await Promise.race([
      runChecks(arm, request.checks, { registerProviders: request.registerProviders, subscriptionId: answers.subscriptionId }),
      new Promise<never>((_, reject) => {
        const stop = () => reject(request.signal?.aborted ? new CancelledError('signal') : new AzureUnavailableError('AZURE_DEADLINE', { seconds: context.deadlineSeconds }));
        if (deadline.aborted) stop();
        else deadline.addEventListener('abort', stop, { once: true });
      }),
    ]);
  } catch (error) {
    throw translateAzureError(error, context);
  } finally {
    deadlineTimer.clear();
  }
}
