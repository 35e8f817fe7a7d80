import { error, warning, type Problem } from '../model/findings.ts';
import { spaceAt } from './fqdn.ts';
import { latinLookalike } from './confusables.ts';
import { isHighlyRestrictive, scriptsOf } from './scripts.ts';

/**
 * The deployment prefix names the cloud service / scale set DNS label, the storage account and
 * (VMSS) the Key Vault, so it must satisfy all three: 3-24 lowercase letters and digits
 * (storage accounts), starting with a letter (Key Vault, VaultNameNotValid).
 */
export function checkDeploymentPrefix(value: string, model: 'vmss' | 'classic'): Problem[] {
  // A space first: "contoso cmg" is refused for it, not for its capitals or its length.
  const space = spaceAt(value);
  if (space > 0) return [error('DEPLOYMENT_PREFIX_CHARACTERS', { value, reason: 'space', position: space })];
  if (value.length < 3 || value.length > 24) return [error('DEPLOYMENT_PREFIX_LENGTH', { value, length: value.length })];
  if (/[A-Z]/.test(value)) return [error('DEPLOYMENT_PREFIX_UPPERCASE', { value, lower: value.toLowerCase() })];
  if (!/^[a-z0-9]+$/.test(value)) return [error('DEPLOYMENT_PREFIX_CHARACTERS', { value })];
  if (!/^[a-z]/.test(value)) {
    // Key Vault names must start with a letter; classic deployments create no Key Vault, and
    // the CMG docs never state the rule, so there it is only a warning.
    return [model === 'vmss' ? error('DEPLOYMENT_PREFIX_START', { value }) : warning('DEPLOYMENT_PREFIX_START', { value })];
  }
  return [];
}

/**
 * Azure resource group names: 1-90 characters, letters (Unicode), digits, underscore, hyphen,
 * period and parentheses, not ending in a period. ConfigMgr 2010 and 2103 accepted only
 * lowercase letters, digits and hyphens.
 *
 * Letters of any script are allowed, as Azure allows them, but not a name that passes for another
 * (Unicode TR39, Unicode Security Mechanisms): one whose NFKC form differs (fullwidth `ｒｇ`, the
 * `ﬁ` ligature), one that mixes scripts beyond TR39's "highly restrictive" level (section 5.2:
 * `rg-cоntoso` with a Cyrillic о), and one written wholly in Cyrillic or Greek letters that all
 * look Latin (a whole-script confusable, section 4).
 */
export function checkResourceGroup(value: string, siteVersion: string): Problem[] {
  if (value.length < 1 || value.length > 90) return [error('RESOURCE_GROUP_INVALID', { value, reason: 'length' })];
  const space = spaceAt(value);
  if (space > 0) return [error('RESOURCE_GROUP_INVALID', { value, reason: 'space', position: space })];
  if (!/^[\p{L}\p{N}_\-.()]+$/u.test(value)) return [error('RESOURCE_GROUP_INVALID', { value, reason: 'characters' })];
  if (value.endsWith('.')) return [error('RESOURCE_GROUP_INVALID', { value, reason: 'period' })];
  const normalized = value.normalize('NFKC');
  if (normalized !== value) return [error('RESOURCE_GROUP_NOT_NFKC', { value, normalized })];
  const scripts = scriptsOf(value);
  if (!isHighlyRestrictive(scripts)) return [error('RESOURCE_GROUP_MIXED_SCRIPTS', { value, scripts: scripts.join(', ') })];
  const script = scripts[0];
  const latin = script === undefined ? undefined : latinLookalike(value, script);
  if (script !== undefined && latin !== undefined) return [error('RESOURCE_GROUP_LOOKALIKE', { value, script, latin })];
  if (siteVersion < '2107' && !/^[a-z0-9-]+$/.test(value)) return [error('RESOURCE_GROUP_OLD_SITE', { value, siteVersion })];
  return [];
}
