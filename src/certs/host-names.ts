/**
 * Host-name matching for the CMG server certificate, by RFC 6125 section 6.4 as the C2SP
 * x509-limbo suite encodes it: a wildcard is only ever the whole left-most label, matches exactly
 * one label, and never sits directly on a public suffix. Node's checkHost allows partial
 * wildcards by default, and the CN (which is what ConfigMgr reads) needs the same rules.
 */

export type WildcardForm = 'none' | 'full' | 'invalid';

export function wildcardForm(pattern: string): WildcardForm {
  if (!pattern.includes('*')) return 'none';
  const [first, ...rest] = pattern.split('.');
  // '*.com' would cover a whole top-level domain: no CA may issue it, no client accepts it.
  if (first !== '*' || rest.some((label) => label.includes('*') || label === '') || rest.length < 2) return 'invalid';
  return 'full';
}

/** Case-insensitive, as DNS is; `host` is a concrete name (no wildcard). */
export function matchesName(pattern: string, host: string): boolean {
  const wanted = pattern.toLowerCase();
  const name = host.toLowerCase();
  const form = wildcardForm(wanted);
  if (form === 'none') return wanted === name;
  if (form === 'invalid' || name.includes('*')) return false;
  const labels = name.split('.');
  return labels.length === wanted.split('.').length && labels[0] !== '' && labels.slice(1).join('.') === wanted.slice(2);
}
