import { describe, expect, it } from 'vitest';
import { ALL_INPUTS, inputSpec } from '../../src/steps/declarations.ts';
import type { PartialAnswers } from '../../src/model/answers.ts';

// Issue 9: no name input takes a look-alike. Host names are ASCII only (certificates and DNS
// carry A-labels), so a Cyrillic letter in any of them, lists included, is refused; the one
// Unicode name (the resource group) has its own rules (test/domain/azure-names.test.ts).

const validate = (key: string, value: unknown, answers: PartialAnswers = {}) => inputSpec(key).validate?.(value as never, answers) ?? [];

/** contoso with a Cyrillic о (U+043E). */
const LOOKALIKE_DOMAIN = 'c\u043entoso.com';

describe('every host-name input refuses a look-alike letter', () => {
  const single = ['serviceName', 'smsProvider', 'connectionPointServer', 'proxyServer'];
  const lists = ['managementPoints', 'softwareUpdatePoints', 'distributionPoints'];

  it('covers every FQDN input there is', () => {
    const fqdnInputs = ALL_INPUTS.filter((spec) => /\.contoso\.com/.test(spec.example)).map((spec) => spec.key);
    expect(fqdnInputs.sort()).toEqual([...single, ...lists, 'primarySites'].sort());
  });

  it('primarySites, in every host-name field of a primary site (issue 11)', () => {
    const primary = { siteCode: 'P01', smsProvider: `cm01.${LOOKALIKE_DOMAIN}`, connectionPointServer: 'cmgcp01.contoso.com', managementPoints: ['mp01.contoso.com', `mp02.${LOOKALIKE_DOMAIN}`] };
    expect(validate('primarySites', [primary], { siteVersion: '2403', siteCode: 'CAS', smsProvider: 'cas.contoso.com' })).toEqual([
      { severity: 'error', code: 'PRIMARY_SITE_INVALID', params: { value: `cm01.${LOOKALIKE_DOMAIN}`, reason: 'idn', ascii: 'cm01.xn--cntoso-wqf.com', index: 1, site: 'P01', field: 'smsProvider', problem: 'FQDN_INVALID' } },
      { severity: 'error', code: 'PRIMARY_SITE_INVALID', params: { value: `mp02.${LOOKALIKE_DOMAIN}`, reason: 'idn', ascii: 'mp02.xn--cntoso-wqf.com', index: 1, site: 'P01', field: 'managementPoints', problem: 'FQDN_INVALID' } },
    ]);
  });

  it.each(single)('%s', (key) => {
    const [problem] = validate(key, `cmg.${LOOKALIKE_DOMAIN}`, { model: 'vmss', cloud: 'public' });
    expect(problem).toMatchObject({ severity: 'error', params: { value: `cmg.${LOOKALIKE_DOMAIN}`, reason: 'idn', ascii: 'cmg.xn--cntoso-wqf.com' } });
  });

  it.each(lists)('%s, in any entry of the list', (key) => {
    const problems = validate(key, ['mp01.contoso.com', `mp02.${LOOKALIKE_DOMAIN}`]);
    expect(problems).toEqual([{ severity: 'error', code: 'FQDN_INVALID', params: { value: `mp02.${LOOKALIKE_DOMAIN}`, reason: 'idn', ascii: 'mp02.xn--cntoso-wqf.com' } }]);
  });
});

describe('the other names', () => {
  it('the Resource Manager address must be ASCII: a look-alike host would receive the Azure token', () => {
    const value = 'https://management.azur\u0435.com';
    expect(validate('armEndpoint', value)).toEqual([{ severity: 'error', code: 'ARM_ENDPOINT_INVALID', params: { value, reason: 'ascii' } }]);
  });

  it.each([
    ['deploymentPrefix', 'c\u043entosocmg', 'DEPLOYMENT_PREFIX_CHARACTERS'],
    ['siteCode', 'P\u041e1', 'SITE_CODE_INVALID'],
    ['region', 'w\u0435steurope', 'REGION_UNKNOWN'],
    ['subscriptionId', '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f\u0430', 'GUID_INVALID'],
    ['siteVersion', '\u0662\u0664\u0660\u0663', 'SITE_VERSION_INVALID'],
  ])('%s refuses %j', (key, value, code) => {
    expect(validate(key, value, { model: 'vmss', cloud: 'public' }).map((problem) => problem.code)).toEqual([code]);
  });
});
