import { error, type Problem } from '../wizard/findings.ts';
import { checkFqdn } from './fqdn.ts';

/**
 * The service name as a name: an FQDN, and never the wildcard itself (a wildcard certificate's
 * service name is the name chosen under it). Model and cloud rules come on top, in step 1.
 */
export function checkServiceNameSyntax(value: string): Problem[] {
  if (value.startsWith('*.')) return [error('SERVICE_NAME_WILDCARD', { value, example: value.replace('*', 'contosocmg') })];
  return checkFqdn(value, 'SERVICE_NAME_INVALID');
}
