/**
 * A permanent answer of Resource Manager: 400, 404 or 409, which no retry changes (the SDK's
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

/** The statuses that are permanent for a read: the request as sent will never succeed. */
export const PERMANENT_STATUSES: ReadonlySet<number> = new Set([400, 404, 409]);
