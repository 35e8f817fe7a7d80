import { CLOUDS } from '../domain/clouds.ts';
import type { Cloud } from '../model/answers.ts';

/** The Resource Manager to talk to: the override when given (a proxy, a test double), else the cloud's. */
export function armEndpointFor(cloud: Cloud, override: string | undefined): string {
  return (override ?? CLOUDS[cloud].armEndpoint).replace(/\/+$/, '');
}

const hostOf = (url: string) => new URL(url).host;

/** Microsoft's own Resource Managers, every cloud's: switching clouds only moves between these. */
const MICROSOFT_ARM_HOSTS: ReadonlySet<string> = new Set(Object.values(CLOUDS).map((facts) => hostOf(facts.armEndpoint)));

/**
 * The host (and port, when not 443) the token goes to, when that is not one of Microsoft's
 * Resource Managers: what the warning before the first request names. URL parsing lowercases
 * the host and drops the default port, so `https://MANAGEMENT.azure.com:443/` is Microsoft's.
 */
export function foreignArmHost(endpoint: string): string | undefined {
  let host: string;
  try {
    host = hostOf(endpoint);
  } catch {
    // Not a URL (armEndpoint is validated before any check runs): name it as given.
    return endpoint;
  }
  return MICROSOFT_ARM_HOSTS.has(host) ? undefined : host;
}

/** The cloud's own Resource Manager host, for the warning to name beside the foreign one. */
export function microsoftArmHost(cloud: Cloud): string {
  return hostOf(CLOUDS[cloud].armEndpoint);
}
