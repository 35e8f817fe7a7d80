import { CONTROL, firstMatch, HIDDEN_FORMAT, LINE_SEPARATOR } from '../../domain/hidden-characters.ts';
import type { Code } from '../../model/codes.ts';
import { error, type Problem } from '../../model/findings.ts';

/**
 * Every control character (tab and C1 included), the line and paragraph separators (PowerShell
 * ends a line at them too) and lone surrogates (with the u flag a surrogate class matches only
 * unpaired ones: a broken paste, which psQuote refuses).
 */
const CONTROL_OR_LINE_BREAK = new RegExp(`${CONTROL.source}|${LINE_SEPARATOR.source}|[\\ud800-\\udfff]`, 'u');

/**
 * Free text (descriptions, group names) may hold any printable character, quotes included: it
 * reaches scripts only through psQuote. Line breaks and control characters cannot be quoted; the
 * bidirectional controls and invisible characters (Unicode TR9; TR39 section 3.1; Trojan Source,
 * CVE-2021-42574) make the text read differently from what it holds. Both are named by code point
 * and 1-based character position, so the admin can find a character that does not show.
 */
export function checkFreeText(value: string, code: Code, maxLength: number): Problem[] {
  if (value.trim().length === 0) return [error(code, { reason: 'empty', maxLength })];
  const control = firstMatch(value, CONTROL_OR_LINE_BREAK);
  if (control) return [error(code, { reason: 'control', maxLength, ...control })];
  const hidden = firstMatch(value, HIDDEN_FORMAT);
  if (hidden) return [error(code, { reason: 'invisible', maxLength, ...hidden })];
  if (value.length > maxLength) return [error(code, { reason: 'length', maxLength })];
  return [];
}
