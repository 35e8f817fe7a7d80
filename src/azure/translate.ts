/**
 * What failed in Azure, as the exit-code contract needs it: 401/403 and sign-in failures are
 * exit 4 (naming the role), throttling, 5xx, timeouts and network errors exit 5 (safe to retry).
 * 400, 404 and 409 never come here: arm.ts makes them an ArmRefusal (refusal.ts), which the
 * checks turn into findings (exit 3), because no retry changes them.
 * Messages carry the request and correlation IDs for support, and name a request by its method,
 * path and api-version (requests.ts), never a token, a secret or a whole URL.
 */
import { isRestError } from '@azure/core-rest-pipeline';
import { AzureAuthError, AzureUnavailableError, CancelledError } from '../model/errors.ts';
import type { AzureAuth } from '../model/answers.ts';
import { requestIds, requestName, TRANSPORT } from './requests.ts';

const SIGN_IN_ERRORS = new Set(['CredentialUnavailableError', 'AuthenticationError', 'AggregateAuthenticationError', 'AuthenticationRequiredError']);

export function translateAzureError(error: unknown, context: { auth: AzureAuth; deadlineSeconds: number; timeoutSeconds: number; deadline: AbortSignal; cancel?: AbortSignal }): unknown {
  if (error instanceof AzureAuthError || error instanceof AzureUnavailableError || error instanceof CancelledError) return error;
  if (isRestError(error)) {
    const ids = requestIds(error.response?.headers);
    if (error.statusCode === 401) return new AzureAuthError('AZURE_UNAUTHORIZED', { auth: context.auth, ...ids });
    if (error.statusCode === 403) return new AzureAuthError('AZURE_FORBIDDEN', { role: 'Owner', ...ids });
    // Not JSON, or cut off mid-way (PARSE_ERROR, the SDK's and response-cap.ts's); or a success the
    // SDK's deserializer could not turn into its model (core-client deserializationPolicy.js).
    const status = error.statusCode;
    if (error.code === TRANSPORT.unreadable || (status !== undefined && status >= 200 && status < 300)) {
      return new AzureUnavailableError('AZURE_BAD_RESPONSE', { request: requestName(error.request ?? error.response?.request), ...ids });
    }
    if (error.statusCode === undefined) {
      if (context.cancel?.aborted) return new CancelledError('signal');
      if (context.deadline.aborted) return new AzureUnavailableError('AZURE_DEADLINE', { seconds: context.deadlineSeconds });
      if (error.code === TRANSPORT.timedOut) return new AzureUnavailableError('AZURE_TIMEOUT', { seconds: context.timeoutSeconds });
      return new AzureUnavailableError('AZURE_NETWORK', { reason: error.code ?? 'network' });
    }
    return new AzureUnavailableError('AZURE_UNAVAILABLE', { status: error.statusCode, ...ids });
  }
  if (error instanceof Error && SIGN_IN_ERRORS.has(error.name)) return new AzureAuthError('AZURE_SIGN_IN_FAILED', { auth: context.auth });
  if (error instanceof Error && error.name === 'AbortError') {
    if (context.cancel?.aborted) return new CancelledError('signal');
    if (context.deadline.aborted) return new AzureUnavailableError('AZURE_DEADLINE', { seconds: context.deadlineSeconds });
    return new AzureUnavailableError('AZURE_TIMEOUT', { seconds: context.timeoutSeconds });
  }
  return error;
}
