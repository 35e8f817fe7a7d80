import { describe, it, expect } from 'vitest';
import { checkDeploymentPrefix, checkResourceGroup } from '../../src/domain/azure-names.ts';
import type { Problem } from '../../src/wizard/findings.ts';

describe('checkDeploymentPrefix', () => {
  it.each<['vmss' | 'classic', string]>([
    ['vmss', 'abc'],
    ['vmss', 'contosocmg'],
    ['vmss', 'cmg2'],
    ['vmss', 'a'.repeat(24)],
    ['classic', 'contosocmg'],
    ['classic', 'a'.repeat(24)],
  ])('%s accepts %s', (model, value) => {
    expect(checkDeploymentPrefix(value, model)).toEqual([]);
  });

  it.each<[string, 'vmss' | 'classic', string, Problem]>([
    ['2 characters', 'vmss', 'ab', { severity: 'error', code: 'DEPLOYMENT_PREFIX_LENGTH', params: { value: 'ab', length: 2 } }],
    ['25 characters', 'vmss', 'a'.repeat(25), { severity: 'error', code: 'DEPLOYMENT_PREFIX_LENGTH', params: { value: 'a'.repeat(25), length: 25 } }],
    ['empty', 'classic', '', { severity: 'error', code: 'DEPLOYMENT_PREFIX_LENGTH', params: { value: '', length: 0 } }],
    ['uppercase', 'vmss', 'ContosoCMG', { severity: 'error', code: 'DEPLOYMENT_PREFIX_UPPERCASE', params: { value: 'ContosoCMG', lower: 'contosocmg' } }],
    ['uppercase and a dash', 'vmss', 'Contoso-CMG', { severity: 'error', code: 'DEPLOYMENT_PREFIX_UPPERCASE', params: { value: 'Contoso-CMG', lower: 'contoso-cmg' } }],
    ['a dash', 'vmss', 'contoso-cmg', { severity: 'error', code: 'DEPLOYMENT_PREFIX_CHARACTERS', params: { value: 'contoso-cmg' } }],
    ['a dash (classic)', 'classic', 'contoso-cmg', { severity: 'error', code: 'DEPLOYMENT_PREFIX_CHARACTERS', params: { value: 'contoso-cmg' } }],
    ['an underscore', 'vmss', 'contoso_cmg', { severity: 'error', code: 'DEPLOYMENT_PREFIX_CHARACTERS', params: { value: 'contoso_cmg' } }],
    ['an accented letter', 'vmss', 'contosocmé', { severity: 'error', code: 'DEPLOYMENT_PREFIX_CHARACTERS', params: { value: 'contosocmé' } }],
    ['a leading digit (vmss: Key Vault)', 'vmss', '1contoso', { severity: 'error', code: 'DEPLOYMENT_PREFIX_START', params: { value: '1contoso' } }],
    ['a leading digit (classic: no Key Vault)', 'classic', '1contoso', { severity: 'warning', code: 'DEPLOYMENT_PREFIX_START', params: { value: '1contoso' } }],
  ])('%s', (_name, model, value, expected) => {
    expect(checkDeploymentPrefix(value, model)).toEqual([expected]);
  });
});

describe('checkResourceGroup', () => {
  it.each([
    ['rg-contoso-cmg', '2403'],
    ['RG_Contoso.CMG(prod)', '2403'],
    ['rg-café', '2403'],
    ['ресурсы-cmg', '2403'],
    ['a', '2403'],
    ['a'.repeat(90), '2403'],
    ['RG-Contoso', '2107'],
    ['rg-contoso-01', '2103'],
    ['rg-contoso-01', '2010'],
  ])('accepts %s on %s', (value, siteVersion) => {
    expect(checkResourceGroup(value, siteVersion)).toEqual([]);
  });

  it.each([
    ['a'.repeat(91), 'length'],
    ['', 'length'],
    ['rg-contoso.', 'period'],
    ['(rg).', 'period'],
    ['rg contoso', 'characters'],
    ['rg/contoso', 'characters'],
    ['rg#1', 'characters'],
    ['rg[1]', 'characters'],
    ["rg'1", 'characters'],
  ])('refuses %j (%s)', (value, reason) => {
    expect(checkResourceGroup(value, '2403')).toEqual([{ severity: 'error', code: 'RESOURCE_GROUP_INVALID', params: { value, reason } }]);
  });

  it.each([
    ['RG-Contoso', '2103'],
    ['rg_contoso', '2103'],
    ['rg.contoso', '2010'],
    ['rg(contoso)', '2010'],
  ])('refuses %s on the old site %s (lowercase letters, digits and hyphens only)', (value, siteVersion) => {
    expect(checkResourceGroup(value, siteVersion)).toEqual([{ severity: 'error', code: 'RESOURCE_GROUP_OLD_SITE', params: { value, siteVersion } }]);
  });
});
