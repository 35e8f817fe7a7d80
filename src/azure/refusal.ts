/**
 * A permanent answer of Resource Manager: 400, 404, 409 (any 4xx but 401, 403, 408, 429), which no retry changes (the SDK's
 * retry policy does not retry them either). It carries ARM's error body (`code`, `message`, and
 * `details[].target`, the namespace of a MissingSubscriptionRegistration) with the request and
 * correlation IDs, and the request as requests.ts names it. The checks turn it into a finding
 * (checks.ts `refused`); it never becomes "retry later". Free of the SDK.
 */
export class ArmRefusal extends Error {
  constructor(
    readonly status: number,
    /** ARM's error code, or '-' when the body had none. */
    readonly armCode: string,
    readonly armMessage: string,
    /** `METHOD /path?api-version=…` (requests.ts requestName). */
    readonly request: string,
    readonly apiVersion: string,
    readonly ids: { requestId: string; correlationId: string },
    /** details[].target of the error body: for MissingSubscriptionRegistration, the namespace. */
    readonly targets: string[] = [],
  ) {
    super(`Resource Manager answered ${status} ${armCode}`);
    this.name = 'ArmRefusal';
  }
}

/**
 * Permanent for the request as sent: 400, 404, 409 and every other 4xx but 401 and 403 (exit 4,
 * translate.ts), 408 and 429 (time-out and throttling: the SDK retries them, then exit 5). Only
 * throttling, 5xx, time-outs and the network are "retry later".
 */
export function isPermanent(status: number): boolean {
  return status >= 400 && status < 500 && ![401, 403, 408, 429].includes(status);
}
