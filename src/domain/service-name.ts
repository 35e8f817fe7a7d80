import { error, type Problem } from '../model/findings.ts';
import type { PartialAnswers } from '../model/answers.ts';
import { CLOUDS, isUnder } from './clouds.ts';
import { checkFqdn } from './fqdn.ts';

/**
 * The service name as a name: an FQDN, and never the wildcard itself (a wildcard certificate's
 * service name is the name chosen under it). Model and cloud rules come on top, in step 1.
 */
export function checkServiceNameSyntax(value: string): Problem[] {
  if (value.startsWith('*.')) return [error('SERVICE_NAME_WILDCARD', { value, example: value.replace('*', 'contosocmg') })];
  return checkFqdn(value, 'SERVICE_NAME_INVALID');
}

/** The service name against the model and cloud: classic needs the cloud's own classic domain; VMSS refuses the classic and the other cloud's domains. */
export function checkServiceName(value: string, answers: Pick<PartialAnswers, 'model' | 'cloud'>): Problem[] {
  const invalid = checkServiceNameSyntax(value);
  if (invalid.length > 0) return invalid;
  const cloud = answers.cloud ?? 'public';
  const classicSuffixes = Object.values(CLOUDS).map((facts) => facts.classicSuffix);
  if (answers.model === 'classic') {
    const suffix = CLOUDS[cloud].classicSuffix;
    // The 1610 wizard builds the cloud service name from the CN, so it must be in the cloud's own domain.
    if (!isUnder(value, suffix) || value.split('.').length !== suffix.split('.').length + 1) {
      return [error('SERVICE_NAME_CLASSIC_DOMAIN', { value, suffix, cloud })];
    }
    return [];
  }
  if (classicSuffixes.some((suffix) => isUnder(value, suffix))) return [error('SERVICE_NAME_CLASSIC_ON_VMSS', { value })];
  // A name in the other cloud's Azure domain can be neither this CMG's deployment name nor a CNAME source.
  const other = Object.entries(CLOUDS).find(([name, facts]) => name !== cloud && isUnder(value, facts.vmssSuffix));
  if (other) return [error('SERVICE_NAME_WRONG_CLOUD', { value, cloud, suffix: other[1].vmssSuffix })];
  return [];
}
