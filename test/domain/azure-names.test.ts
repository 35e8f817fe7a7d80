import { describe, it, expect } from 'vitest';
import { checkDeploymentPrefix, checkResourceGroup } from '../../src/domain/azure-names.ts';
import type { Problem } from '../../src/model/findings.ts';

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
    ['a space, named before the capitals (issue 17)', 'vmss', 'Contoso CMG', { severity: 'error', code: 'DEPLOYMENT_PREFIX_CHARACTERS', params: { value: 'Contoso CMG', reason: 'space', position: 8 } }],
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
    ['ресурсы-шлюза', '2403'],
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
    ['rg/contoso', 'characters'],
    ['rg#1', 'characters'],
    ['rg[1]', 'characters'],
    ["rg'1", 'characters'],
  ])('refuses %j (%s)', (value, reason) => {
    expect(checkResourceGroup(value, '2403')).toEqual([{ severity: 'error', code: 'RESOURCE_GROUP_INVALID', params: { value, reason } }]);
  });

  it('refuses "rg contoso" for its space, and says where (issue 17)', () => {
    expect(checkResourceGroup('rg contoso', '2403')).toEqual([{ severity: 'error', code: 'RESOURCE_GROUP_INVALID', params: { value: 'rg contoso', reason: 'space', position: 3 } }]);
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

// Issue 9: look-alike names (Unicode TR39). A resource group may hold letters of any script, as
// Azure allows, but not a mix that impersonates another name.
describe('checkResourceGroup: look-alike names', () => {
  it.each([
    ['rg-münchen', 'Latin with an accent'],
    ['rg_東京', 'Latin and Han (TR39 highly restrictive: Latin + Han + Hiragana + Katakana)'],
    ['rg-東京-ひらがな-カタカナ', 'Latin, Han, Hiragana and Katakana'],
    ['rg-서울-漢字', 'Latin, Hangul and Han'],
    ['ресурсы-шлюза', 'Cyrillic alone, not all look-alikes'],
    ['ομάδα-πόρων', 'Greek alone'],
    ['rg-2024_(prod).v1', 'digits and punctuation are common to every script'],
  ])('accepts %s (%s)', (value) => {
    expect(checkResourceGroup(value, '2403')).toEqual([]);
  });

  it('refuses Latin mixed with a Cyrillic letter (rg-cоntoso, Cyrillic о U+043E)', () => {
    const value = 'rg-c\u043entoso';
    expect(checkResourceGroup(value, '2403')).toEqual([{ severity: 'error', code: 'RESOURCE_GROUP_MIXED_SCRIPTS', params: { value, scripts: 'Latin, Cyrillic' } }]);
  });

  it('refuses Latin mixed with Greek, and Hiragana mixed with Hangul', () => {
    expect(checkResourceGroup('rg-\u03b1lpha', '2403')).toEqual([{ severity: 'error', code: 'RESOURCE_GROUP_MIXED_SCRIPTS', params: { value: 'rg-\u03b1lpha', scripts: 'Latin, Greek' } }]);
    expect(checkResourceGroup('ひらがな-서울', '2403')).toEqual([{ severity: 'error', code: 'RESOURCE_GROUP_MIXED_SCRIPTS', params: { value: 'ひらがな-서울', scripts: 'Hiragana, Hangul' } }]);
  });

  it('refuses a name wholly in Cyrillic or Greek letters that look Latin', () => {
    // е х р о - а р р (Cyrillic) reads "expo-app"; Τ Α Χ Ι (Greek) reads "TAXI".
    const cyrillic = '\u0435\u0445\u0440\u043e-\u0430\u0440\u0440';
    expect(checkResourceGroup(cyrillic, '2403')).toEqual([{ severity: 'error', code: 'RESOURCE_GROUP_LOOKALIKE', params: { value: cyrillic, script: 'Cyrillic', latin: 'expo-app' } }]);
    expect(checkResourceGroup('\u03a4\u0391\u03a7\u0399-01', '2403')).toEqual([{ severity: 'error', code: 'RESOURCE_GROUP_LOOKALIKE', params: { value: '\u03a4\u0391\u03a7\u0399-01', script: 'Greek', latin: 'TAXI-01' } }]);
  });

  it('refuses a name NFKC would change: fullwidth letters, compatibility forms', () => {
    expect(checkResourceGroup('\uff52\uff47-contoso', '2403')).toEqual([{ severity: 'error', code: 'RESOURCE_GROUP_NOT_NFKC', params: { value: '\uff52\uff47-contoso', normalized: 'rg-contoso' } }]);
    expect(checkResourceGroup('rg-\ufb01le', '2403')).toEqual([{ severity: 'error', code: 'RESOURCE_GROUP_NOT_NFKC', params: { value: 'rg-\ufb01le', normalized: 'rg-file' } }]);
  });
});
