import { UsageError } from '../model/errors.ts';
import { DEFAULT_LIMITS, type AzureLimits } from '../azure/limits.ts';

function seconds(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || number > 3600) throw new UsageError([{ code: 'AZURE_LIMIT_INVALID', params: { flag, value } }]);
  return number * 1000;
}

/** --azure-timeout and --azure-deadline, in seconds; the rest stays at its default. */
export function azureLimits(options: { azureTimeout?: string; azureDeadline?: string }): AzureLimits {
  const requestTimeoutMs = seconds(options.azureTimeout, '--azure-timeout') ?? DEFAULT_LIMITS.requestTimeoutMs;
  const deadlineMs = seconds(options.azureDeadline, '--azure-deadline') ?? DEFAULT_LIMITS.deadlineMs;
  return { ...DEFAULT_LIMITS, requestTimeoutMs, deadlineMs };
}
