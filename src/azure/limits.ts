/** How long the preflight may take (--azure-timeout, --azure-deadline) and how much it may read. */
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
  /**
   * The most one answer may hold, counted after decompression (response-cap.ts). The largest
   * answer the checks read is the Resource SKU list of one region (`$filter=location eq`): the
   * list of every region together is reported at 13 to 20 MB (azure-rest-api-specs#15672,
   * MicrosoftDocs/azure-docs#31813), with one entry per SKU and region, so one region's is a small
   * share of it. Far more is not Resource Manager speaking, and reading it whole once ended Node
   * itself (a 2 GB body, issue 9).
   */
  maxResponseBytes: number;
}

export const DEFAULT_LIMITS: AzureLimits = {
  requestTimeoutMs: 30_000,
  deadlineMs: 180_000,
  retryAfterCapMs: 60_000,
  maxRetries: 3,
  retryDelayMs: 1_000,
  maxResponseBytes: 4 * 1024 * 1024,
};
