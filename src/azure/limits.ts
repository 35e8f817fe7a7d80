/** How long the preflight may take: every number is settable (--azure-timeout, --azure-deadline). */
export interface AzureLimits {
  /** One HTTP request, each attempt. */
  requestTimeoutMs: number;
  /** The whole preflight, sign-in included. */
  deadlineMs: number;
  /** A Retry-After longer than this is not slept through: the run ends with "retry after". */
  retryAfterCapMs: number;
  /** Retries of a throttled, failed or reset request (the SDK's exponential back-off). */
  maxRetries: number;
  retryDelayMs: number;
}

export const DEFAULT_LIMITS: AzureLimits = {
  requestTimeoutMs: 30_000,
  deadlineMs: 180_000,
  retryAfterCapMs: 60_000,
  maxRetries: 3,
  retryDelayMs: 1_000,
};
