import { describe, it, expect } from 'vitest';
import { atLeast, checkSiteCode, checkSiteVersion, KNOWN_SITE_VERSIONS, LATEST_SITE_VERSION, siteVersionOfBuild } from '../../src/domain/site.ts';
import { SITE_BUILDS } from '../../src/domain/site-builds.ts';

describe('checkSiteCode', () => {
  // Lowercase letters pass: the code checks [A-Za-z0-9]{3} and folds case only for the reserved list.
  it.each([['P01'], ['p01'], ['ABC'], ['001'], ['xyz'], ['SM1'], ['CO1']])('accepts %s', (value) => {
    expect(checkSiteCode(value)).toEqual([]);
  });

  it.each([
    ['AUX'],
    ['aux'],
    ['CON'],
    ['con'],
    ['Nul'],
    ['PRN'],
    ['SMS'],
    ['sms'],
  ])('refuses the reserved name %s, shown as given (issue 17)', (value) => {
    expect(checkSiteCode(value)).toEqual([{ severity: 'error', code: 'SITE_CODE_RESERVED', params: { value } }]);
  });

  it.each([
    [' P01', 1],
    ['P01 ', 4],
    ['P 1', 2],
    ['P\u00a01', 2],
  ])('refuses %j for its space, and says where (issue 17)', (value, position) => {
    expect(checkSiteCode(value)).toEqual([{ severity: 'error', code: 'SITE_CODE_INVALID', params: { value, reason: 'space', position } }]);
  });

  it.each([['P0'], ['P001'], ['P-1'], ['P_1'], [''], ['P0é'], ['PS\u0131'], ['PS\u017f'], ['\uff30\uff33\uff11'], ['P\ufb00']])('refuses %j', (value) => {
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

// Issue 17: the site version as the console shows it (its build number), from Microsoft's "Version
// details" table (src/domain/site-builds.ts names the page and commit).
describe('site build numbers', () => {
  const builds =
    '8458 = 1610, 8498 = 1702, 8540 = 1706, 8577 = 1710, 8634 = 1802, 8692 = 1806, 8740 = 1810, 8790 = 1902, 8853 = 1906, 8913 = 1910, 8968 = 2002, 9012 = 2006, 9040 = 2010, 9049 = 2103, 9058 = 2107, 9068 = 2111, 9078 = 2203, 9088 = 2207, 9096 = 2211, 9106 = 2303, 9122 = 2309, 9128 = 2403, 9132 = 2409, 9135 = 2503';

  it('maps each build of the table, in release order, to a version cmg-setup knows', () => {
    expect(SITE_BUILDS.map(([build, version]) => `${build} = ${version}`).join(', ')).toBe(builds);
    expect(SITE_BUILDS.filter(([, version]) => !(KNOWN_SITE_VERSIONS as readonly string[]).includes(version))).toEqual([]);
    expect(SITE_BUILDS.map(([build]) => build)).toEqual(SITE_BUILDS.map(([build]) => build).sort((a, b) => a - b));
  });

  it.each([
    ['5.00.9128.1000', '2403'],
    ['5.00.9128.1007', '2403'],
    ['5.00.9128', '2403'],
    ['5.0.8634.1000', '1802'],
    ['5.00.9088.1001', '2207'],
    ['5.00.8458.1000', '1610'],
    ['5.00.9135.1000', '2503'],
  ])('%s is %s', (value, version) => {
    expect(siteVersionOfBuild(value)).toBe(version);
    expect(checkSiteVersion(value)).toEqual([]);
  });

  it.each([['5.00.9140.1000', 9140], ['5.00.8412.1307', 8412], ['5.00.9130.1000', 9130], ['5.0.9999', 9999]])('refuses the build %s it cannot map, naming the builds it knows', (value, build) => {
    expect(siteVersionOfBuild(value)).toBeUndefined();
    expect(checkSiteVersion(value)).toEqual([{ severity: 'error', code: 'SITE_VERSION_BUILD_UNKNOWN', params: { value, build, known: builds } }]);
  });

  it.each([['2403'], ['5.2403.1082.1700'], ['5.00.912.1000'], ['5.00.9128.10000'], ['6.00.9128.1000'], [' 5.00.9128.1000'], ['5,00,9128,1000']])('%j is not a build number', (value) => {
    expect(siteVersionOfBuild(value)).toBeUndefined();
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
