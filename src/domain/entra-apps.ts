import { error, warning, type Problem } from '../model/findings.ts';

/**
 * The two App ID URI forms the CMG docs recommend for the server app
 * (manually-register-azure-ad-apps.md L95-L98, configure-azure-ad.md L84; documented-facts F-APP-5):
 * `api://{tenantId}/{string}` and `https://{verifiedCustomerDomain}/{string}`.
 */
export function defaultAppIdUri(tenantId: string): string {
  return `api://${tenantId}/ConfigMgrService`;
}

/**
 * The App ID URI reaches the Graph script (IdentifierUris) and Import-CMAADServerApplication
 * (-AppIdUri, type Uri). Printable ASCII without spaces or quotes, an absolute URI; a form the
 * docs do not recommend is a warning (an app made by the console wizard may carry its old
 * default https://ConfigMgrService, which the import must repeat as it is).
 */
export function checkAppIdUri(value: string, tenantId: string | undefined): Problem[] {
  if (!/^[\x21-\x7e]+$/.test(value) || /["'`<>\\]/.test(value)) return [error('APP_ID_URI_INVALID', { value, reason: 'characters' })];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [error('APP_ID_URI_INVALID', { value, reason: 'url' })];
  }
  const path = url.pathname.replace(/^\/+/, '');
  const api = url.protocol === 'api:' && tenantId !== undefined && url.host.toLowerCase() === tenantId.toLowerCase() && path !== '';
  const https = url.protocol === 'https:' && url.hostname.includes('.') && path !== '';
  if (api || https) return [];
  return [warning('APP_ID_URI_NOT_RECOMMENDED', { value, example: defaultAppIdUri(tenantId ?? '<tenant ID>') })];
}

/** The client secret's expiry as the Entra portal shows it, written YYYY-MM-DD (a real calendar date). */
export function parseExpiryDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

export function checkExpiryDate(value: string): Problem[] {
  return parseExpiryDate(value) ? [] : [error('SECRET_EXPIRY_INVALID', { value })];
}
