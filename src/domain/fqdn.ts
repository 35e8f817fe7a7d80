import { domainToASCII } from 'node:url';
import type { Code } from '../model/codes.ts';
import { error, type Problem } from '../model/findings.ts';

// RFC 1123 host label: letters, digits, hyphen; no leading or trailing hyphen; 1-63 characters.
const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/**
 * A fully qualified host name as ConfigMgr and Azure expect it: at least two LDH labels, 253
 * characters at most, no trailing dot. Internationalised names must be given as A-labels
 * (xn--...), since that is what certificates and DNS carry; the message shows the A-label form.
 */
export function checkFqdn(value: string, code: Code = 'FQDN_INVALID'): Problem[] {
  if (value.trim() !== value || value.length === 0) return [error(code, { value, reason: 'whitespace' })];
  if (/[^\x00-\x7F]/.test(value)) {
    const ascii = domainToASCII(value);
    return [error(code, { value, reason: ascii ? 'idn' : 'characters', ascii: ascii || '' })];
  }
  if (value.endsWith('.')) return [error(code, { value, reason: 'trailing-dot' })];
  if (value.length > 253) return [error(code, { value, reason: 'too-long' })];
  const labels = value.split('.');
  if (labels.length < 2) return [error(code, { value, reason: 'not-qualified' })];
  const bad = labels.find((label) => !LABEL.test(label));
  if (bad !== undefined) return [error(code, { value, reason: 'label', label: bad })];
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) return [error(code, { value, reason: 'ip-address' })];
  return [];
}

/** Each entry a valid FQDN, no entry twice (host names compare case-insensitively). */
export function checkFqdnList(values: readonly string[]): Problem[] {
  const problems = values.flatMap((value) => checkFqdn(value));
  const seen = new Set<string>();
  for (const value of values) {
    const folded = value.toLowerCase();
    if (seen.has(folded)) problems.push(error('FQDN_DUPLICATE', { value }));
    seen.add(folded);
  }
  return problems;
}

export function firstLabel(fqdn: string): string {
  return fqdn.split('.')[0] ?? '';
}
