import { domainToASCII } from 'node:url';
import type { Code } from '../model/codes.ts';
import { error, type Problem } from '../model/findings.ts';

// RFC 1123 host label: letters, digits, hyphen; no leading or trailing hyphen; 1-63 characters.
const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/** Where a space is, 1-based (a no-break space counts: it reads as one), or 0 for none. */
export function spaceAt(value: string): number {
  return value.search(/\s/u) + 1;
}

/**
 * `https://host/path`, `host:8080`: an address typed where only the host name goes (a copied URL,
 * a proxy written as the browser's setting). Split, so the message gives the host name back and
 * says where the port goes.
 */
function addressParts(value: string): { scheme?: string; host: string; port?: string } | undefined {
  const url = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#:]*)(?::(\d*))?/.exec(value);
  if (url) return { scheme: `${url[1]}://`, host: url[2] ?? '', ...(url[3] ? { port: url[3] } : {}) };
  const port = /^([^:/\s]+):(\d+)\/?$/.exec(value);
  if (port) return { host: port[1] ?? '', port: port[2] ?? '' };
  return undefined;
}

/**
 * A fully qualified host name as ConfigMgr and Azure expect it: at least two LDH labels, 253
 * characters at most, no trailing dot. Internationalised names must be given as A-labels
 * (xn--...), since that is what certificates and DNS carry; the message shows the A-label form.
 * An address (`https://`, `:port`) and a space are named as such (issue 17: "the label
 * "https://cmg" is not 1-63 letters" hid the real problem); `portFlag` is the input the port
 * goes in, where the tool has one (the proxy's --proxy-port).
 */
export function checkFqdn(value: string, code: Code = 'FQDN_INVALID', portFlag?: string): Problem[] {
  if (value.trim() !== value || value.length === 0) return [error(code, { value, reason: 'whitespace' })];
  const address = addressParts(value);
  if (address) {
    const params: Record<string, string> = { value, reason: address.scheme ? 'url' : 'port', host: address.host, scheme: address.scheme ?? '', port: address.port ?? '' };
    if (address.port !== undefined && portFlag) params.portFlag = portFlag;
    return [error(code, params)];
  }
  const space = spaceAt(value);
  if (space > 0) return [error(code, { value, reason: 'space', position: space })];
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
