import { isQuotable } from '../emit/powershell-quote.ts';
import { error, type Problem } from '../wizard/findings.ts';

/**
 * Free text (descriptions, group names) may hold any printable character, quotes included: it
 * reaches scripts only through psQuote. Line breaks and control characters cannot be quoted.
 */
export function checkFreeText(value: string, code: string, maxLength: number): Problem[] {
  if (value.trim().length === 0) return [error(code, { reason: 'empty', maxLength })];
  if (!isQuotable(value)) return [error(code, { reason: 'control', maxLength })];
  if (value.length > maxLength) return [error(code, { reason: 'length', maxLength })];
  return [];
}
