import { describe, it, expect } from 'vitest';
import { generalInputs, LAST_CLASSIC_SITE_VERSION, planGeneral } from '../../../src/steps/general/index.ts';
import type { StepFinding } from '../../../src/model/findings.ts';
import { defaultOf } from '../../../src/model/inputs.ts';
import { classicAnswers, validateInput, vmssAnswers } from '../../support/answers.ts';

const RETIRED: StepFinding = { severity: 'warning', code: 'CLASSIC_RETIRED' };
const onSiteVersion = (finding: StepFinding): StepFinding => ({ ...finding, input: 'siteVersion' });

describe('planGeneral', () => {
  it.each<[string, 'public' | 'usgov', StepFinding[]]>([
    ['2509', 'public', []],
    ['2403', 'public', []],
    ['2107', 'public', []],
    ['2103', 'public', [onSiteVersion({ severity: 'warning', code: 'VMSS_PRERELEASE', params: { siteVersion: '2103' } })]],
    ['2010', 'public', [onSiteVersion({ severity: 'warning', code: 'VMSS_PRERELEASE', params: { siteVersion: '2010' } })]],
    ['2006', 'public', [onSiteVersion({ severity: 'error', code: 'VMSS_SITE_VERSION', params: { siteVersion: '2006' } })]],
    ['1610', 'public', [onSiteVersion({ severity: 'error', code: 'VMSS_SITE_VERSION', params: { siteVersion: '1610' } })]],
    ['2403', 'usgov', []],
    ['2111', 'usgov', []],
    ['2107', 'usgov', [onSiteVersion({ severity: 'error', code: 'USGOV_VMSS_SITE_VERSION', params: { siteVersion: '2107' } })]],
    [
      '2103',
      'usgov',
      [
        onSiteVersion({ severity: 'warning', code: 'VMSS_PRERELEASE', params: { siteVersion: '2103' } }),
        onSiteVersion({ severity: 'error', code: 'USGOV_VMSS_SITE_VERSION', params: { siteVersion: '2103' } }),
      ],
    ],
    [
      '2006',
      'usgov',
      [
        onSiteVersion({ severity: 'error', code: 'VMSS_SITE_VERSION', params: { siteVersion: '2006' } }),
        onSiteVersion({ severity: 'error', code: 'USGOV_VMSS_SITE_VERSION', params: { siteVersion: '2006' } }),
      ],
    ],
  ])('vmss on %s (%s)', (siteVersion, cloud, expected) => {
    expect(planGeneral({ answers: vmssAnswers({ siteVersion, cloud }) })).toStrictEqual(expected);
  });

  it.each<[string, 'public' | 'usgov', StepFinding[]]>([
    ['1610', 'public', [RETIRED]],
    ['1702', 'usgov', [RETIRED]],
    ['1810', 'public', [RETIRED]],
    ['1902', 'public', [RETIRED, onSiteVersion({ severity: 'error', code: 'CLASSIC_SITE_VERSION', params: { siteVersion: '1902' } })]],
    ['2403', 'usgov', [RETIRED, onSiteVersion({ severity: 'error', code: 'CLASSIC_SITE_VERSION', params: { siteVersion: '2403' } })]],
  ])('classic on %s (%s) always opens with its retirement', (siteVersion, cloud, expected) => {
    expect(planGeneral({ answers: classicAnswers({ siteVersion, cloud }) })).toStrictEqual(expected);
  });
});

describe('generalInputs', () => {
  const spec = (key: string) => generalInputs.find((input) => input.key === key);

  it('declares model, cloud and siteVersion, in that order', () => {
    expect(generalInputs.map((input) => [input.key, input.step, input.kind])).toEqual([
      ['model', 'general', 'choice'],
      ['cloud', 'general', 'choice'],
      ['siteVersion', 'general', 'string'],
    ]);
    expect(spec('model')?.choices).toEqual(['vmss', 'classic']);
    expect(spec('cloud')?.choices).toEqual(['public', 'usgov']);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ model: 'classic' }, '1810'],
    [{ model: 'vmss' }, '2603'],
    [{}, '2603'],
  ])('defaults siteVersion for %j to %s', (answers, expected) => {
    const siteVersion = spec('siteVersion');
    expect(siteVersion && defaultOf(siteVersion, answers)).toBe(expected);
  });

  it('defaults the model to vmss and the cloud to public', () => {
    const model = spec('model');
    const cloud = spec('cloud');
    expect([model && defaultOf(model, {}), cloud && defaultOf(cloud, {})]).toEqual(['vmss', 'public']);
    expect(LAST_CLASSIC_SITE_VERSION).toBe('1810');
  });

  it.each([
    ['2403', []],
    ['2604', [{ severity: 'warning', code: 'SITE_VERSION_NEWER', params: { value: '2604', latest: '2603' } }]],
    ['24.03', [{ severity: 'error', code: 'SITE_VERSION_INVALID', params: { value: '24.03', latest: '2603' } }]],
  ])('validates siteVersion %s', (value, expected) => {
    expect(validateInput('siteVersion', value)).toEqual(expected);
  });
});
