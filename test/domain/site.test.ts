import { describe, it, expect } from 'vitest';
import { atLeast, checkSiteCode, checkSiteVersion, KNOWN_SITE_VERSIONS, LATEST_SITE_VERSION } from '../../src/domain/site.ts';

describe('checkSiteCode', () => {
  // Lowercase letters pass: the code checks [A-Za-z0-9]{3} and folds case only for the reserved list.
  it.each([['P01'], ['p01'], ['ABC'], ['001'], ['xyz'], ['SM1'], ['CO1']])('accepts %s', (value) => {
    expect(checkSiteCode(value)).toEqual([]);
  });

  it.each([
    ['AUX', 'AUX'],
    ['aux', 'AUX'],
    ['CON', 'CON'],
    ['con', 'CON'],
    ['Nul', 'NUL'],
    ['PRN', 'PRN'],
    ['SMS', 'SMS'],
    ['sms', 'SMS'],
  ])('refuses the reserved name %s', (value, shown) => {
    expect(checkSiteCode(value)).toEqual([{ severity: 'error', code: 'SITE_CODE_RESERVED', params: { value: shown } }]);
  });

  it.each([['P0'], ['P001'], ['P-1'], ['P_1'], [''], [' P01'], ['P01 '], ['P0é'], ['P 1'], ['PS\u0131'], ['PS\u017f'], ['\uff30\uff33\uff11'], ['P\ufb00']])('refuses %j', (value) => {
    expect(checkSiteCode(value)).toEqual([{ severity: 'error', code: 'SITE_CODE_INVALID', params: { value } }]);
  });
});

describe('checkSiteVersion', () => {
  const known =
    '1610, 1702, 1706, 1710, 1802, 1806, 1810, 1902, 1906, 1910, 2002, 2006, 2010, 2103, 2107, 2111, 2203, 2207, 2211, 2303, 2309, 2403, 2409, 2503, 2509, 2603';

  it('knows the versions up to 2603, in release order (2603: F-GW-4, review S6)', () => {
    expect(KNOWN_SITE_VERSIONS.join(', ')).toBe(known);
    expect(LATEST_SITE_VERSION).toBe('2603');
  });

  it.each([['1610'], ['1810'], ['2107'], ['2403'], ['2509'], ['2603']])('accepts %s', (value) => {
    expect(checkSiteVersion(value)).toEqual([]);
  });

  it.each([['2604'], ['2609'], ['9999']])('warns that %s is newer than the versions it knows', (value) => {
    expect(checkSiteVersion(value)).toEqual([{ severity: 'warning', code: 'SITE_VERSION_NEWER', params: { value, latest: '2603' } }]);
  });

  it.each([['2404'], ['2401'], ['1511'], ['0000'], ['2502']])('refuses the unknown version %s', (value) => {
    expect(checkSiteVersion(value)).toEqual([{ severity: 'error', code: 'SITE_VERSION_UNKNOWN', params: { value, known } }]);
  });

  it.each([['24.03'], ['240'], ['24030'], [''], [' 2403'], ['2403 '], ['v2403'], ['\uFF12\uFF14\uFF10\uFF13']])('refuses the malformed %j', (value) => {
    expect(checkSiteVersion(value)).toEqual([{ severity: 'error', code: 'SITE_VERSION_INVALID', params: { value, latest: '2603' } }]);
  });
});

describe('atLeast', () => {
  it.each<[string, string, boolean]>([
    ['2403', '2107', true],
    ['2107', '2107', true],
    ['2103', '2107', false],
    ['1810', '1902', false],
  ])('atLeast(%s, %s) is %s', (version, minimum, expected) => {
    expect(atLeast(version, minimum)).toBe(expected);
  });
});
