/**
 * How a Resource Manager request is named in messages, and what identifies its answer for
 * support. Never a token or a full URL: the method, the path and the api-version only
 * (reliability.md R-5.4); the other query parameters (a $filter, a DNS label) stay out.
 */

/** RestError codes the SDK's retry policy and translate.ts understand (transport names, not findings). */
export const TRANSPORT = { timedOut: 'ETIMEDOUT', unreadable: 'PARSE_ERROR' } as const;

export function requestIds(headers: { get(name: string): string | undefined } | undefined): { requestId: string; correlationId: string } {
  return { requestId: headers?.get('x-ms-request-id') ?? '-', correlationId: headers?.get('x-ms-correlation-request-id') ?? '-' };
}

/** `GET /subscriptions/…/providers/Microsoft.Compute?api-version=2025-04-01`. */
export function requestName(request: { method: string; url: string } | undefined): string {
  if (!request) return '-';
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return request.method;
  }
  const version = url.searchParams.get('api-version');
  return `${request.method} ${url.pathname}${version ? `?api-version=${encodeURIComponent(version)}` : ''}`;
}
