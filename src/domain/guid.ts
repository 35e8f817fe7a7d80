import { error, type Problem } from '../model/findings.ts';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A GUID as Windows often writes it, in braces (`{6d2e5f1a-…}`: the registry, PowerShell's
 * `[guid]` formats "B", many consoles), without them: the braces are only a frame, the ID is the
 * same. Anything else, a lone brace included, is kept as given for checkGuid to refuse.
 */
export function withoutBraces(value: string): string {
  const inner = /^\{(.*)\}$/.exec(value)?.[1];
  return inner !== undefined && GUID.test(inner) ? inner : value;
}

/** Azure subscription, tenant and application IDs: the canonical 8-4-4-4-12 form, no braces. */
export function checkGuid(value: string): Problem[] {
  if (GUID.test(value)) return [];
  if (/^\{.*\}$/.test(value.trim()) && GUID.test(value.trim().slice(1, -1))) return [error('GUID_INVALID', { value, reason: 'braces' })];
  if (value.trim() !== value && GUID.test(value.trim())) return [error('GUID_INVALID', { value, reason: 'whitespace' })];
  return [error('GUID_INVALID', { value, reason: 'format' })];
}
