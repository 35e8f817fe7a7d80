import { CLOUDS } from '../domain/clouds.ts';
import type { Cloud } from '../wizard/answers.ts';

/** The Resource Manager to talk to: the override when given (a proxy, a test double), else the cloud's. */
export function armEndpointFor(cloud: Cloud, override: string | undefined): string {
  return (override ?? CLOUDS[cloud].armEndpoint).replace(/\/+$/, '');
}
