import { describe, it, expect } from 'vitest';
import { checkFqdn, checkFqdnList, firstLabel } from '../../src/domain/fqdn.ts';

const label63 = 'a'.repeat(63);
const label64 = 'a'.repeat(64);
// 63 + 1 + 63 + 1 + 63 + 1 + 61 = 253 characters, every label legal.
const name253 = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;
const name254 = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}`;

describe('checkFqdn', () => {
  it('builds names of the intended lengths', () => {
    expect([name253.length, name254.length]).toEqual([253, 254]);
  });

  it.each([
    ['cm01.contoso.com'],
    ['CM01.CONTOSO.COM'],
    ['Cm01.Contoso.Com'],
    ['a.b'],
    ['cm-01.contoso.com'],
    ['1cm.contoso.com'],
    ['cm01.contoso.com1'],
    ['xn--bcher-kva.example'],
    [`${label63}.com`],
    [name253],
  ])('accepts %s', (value) => {
    expect(checkFqdn(value)).toEqual([]);
  });

  it.each([
    ['', { value: '', reason: 'whitespace' }],
    [' cm01.contoso.com', { value: ' cm01.contoso.com', reason: 'whitespace' }],
    ['cm01.contoso.com ', { value: 'cm01.contoso.com ', reason: 'whitespace' }],
    ['cm01.contoso.com\n', { value: 'cm01.contoso.com\n', reason: 'whitespace' }],
    ['cm 01.contoso.com', { value: 'cm 01.contoso.com', reason: 'space', position: 3 }],
    ['cm01.contoso.com.', { value: 'cm01.contoso.com.', reason: 'trailing-dot' }],
    ['cm01', { value: 'cm01', reason: 'not-qualified' }],
    [`${label64}.com`, { value: `${label64}.com`, reason: 'label', label: label64 }],
    [name254, { value: name254, reason: 'too-long' }],
    ['-cm01.contoso.com', { value: '-cm01.contoso.com', reason: 'label', label: '-cm01' }],
    ['cm01-.contoso.com', { value: 'cm01-.contoso.com', reason: 'label', label: 'cm01-' }],
    ['cm01.contoso-.com', { value: 'cm01.contoso-.com', reason: 'label', label: 'contoso-' }],
    ['cm_01.contoso.com', { value: 'cm_01.contoso.com', reason: 'label', label: 'cm_01' }],
    ['cm01..contoso.com', { value: 'cm01..contoso.com', reason: 'label', label: '' }],
    ['*.contoso.com', { value: '*.contoso.com', reason: 'label', label: '*' }],
    ['bücher.example', { value: 'bücher.example', reason: 'idn', ascii: 'xn--bcher-kva.example' }],
    ['\uFFFD.example', { value: '\uFFFD.example', reason: 'characters', ascii: '' }],
    ['192.168.1.10', { value: '192.168.1.10', reason: 'ip-address' }],
    ['10.0.0.1', { value: '10.0.0.1', reason: 'ip-address' }],
  ])('refuses %j', (value, params) => {
    expect(checkFqdn(value)).toEqual([{ severity: 'error', code: 'FQDN_INVALID', params }]);
  });

  it('reports under the code it is given', () => {
    expect(checkFqdn('cmg', 'SERVICE_NAME_INVALID')).toEqual([{ severity: 'error', code: 'SERVICE_NAME_INVALID', params: { value: 'cmg', reason: 'not-qualified' } }]);
  });
});

describe('checkFqdnList', () => {
  it.each<[string, string[], unknown[]]>([
    ['empty list', [], []],
    ['distinct names', ['mp01.contoso.com', 'mp02.contoso.com'], []],
    ['same name, other case', ['mp01.contoso.com', 'MP01.Contoso.COM'], [{ severity: 'error', code: 'FQDN_DUPLICATE', params: { value: 'MP01.Contoso.COM' } }]],
    [
      'three times the same name',
      ['mp01.contoso.com', 'mp01.contoso.com', 'Mp01.contoso.com'],
      [
        { severity: 'error', code: 'FQDN_DUPLICATE', params: { value: 'mp01.contoso.com' } },
        { severity: 'error', code: 'FQDN_DUPLICATE', params: { value: 'Mp01.contoso.com' } },
      ],
    ],
    ['one invalid entry', ['mp01', 'mp02.contoso.com'], [{ severity: 'error', code: 'FQDN_INVALID', params: { value: 'mp01', reason: 'not-qualified' } }]],
    [
      'invalid entries first, then duplicates',
      ['mp01.contoso.com', 'mp_02.contoso.com', 'MP01.contoso.com'],
      [
        { severity: 'error', code: 'FQDN_INVALID', params: { value: 'mp_02.contoso.com', reason: 'label', label: 'mp_02' } },
        { severity: 'error', code: 'FQDN_DUPLICATE', params: { value: 'MP01.contoso.com' } },
      ],
    ],
  ])('%s', (_name, values, expected) => {
    expect(checkFqdnList(values)).toEqual(expected);
  });
});

describe('firstLabel', () => {
  it.each([
    ['contosocmg.contoso.com', 'contosocmg'],
    ['ContosoCMG.westeurope.cloudapp.azure.com', 'ContosoCMG'],
    ['single', 'single'],
    ['', ''],
    ['.contoso.com', ''],
  ])('%j → %j', (value, expected) => {
    expect(firstLabel(value)).toBe(expected);
  });
});
