import { describe, expect, it } from 'vitest';
import { coerce } from '../../src/wizard/coerce.ts';
import { defineInput, type AnyInputSpec } from '../../src/model/inputs.ts';
import { codeText } from '../../src/messages/i18n.ts';
import { inputTexts } from '../../src/steps/roles/input-texts.ts';

// A `records` input: a list of mappings with declared fields (the primary sites of a hierarchy).
const SITES: AnyInputSpec = defineInput({ key: 'managementPoints', step: 'roles', texts: inputTexts.managementPoints, kind: 'records', fields: { siteCode: 'string', managementPoints: 'list' }, example: '[]' });

describe('coercing a list of records', () => {
  it('from the answers file: a list of mappings; lists as lists or comma-separated text, text trimmed', () => {
    expect(coerce(SITES, [{ siteCode: ' P01 ', managementPoints: ['mp01.contoso.com'] }, { siteCode: 'P02', managementPoints: 'mp02.contoso.com, mp03.contoso.com' }], false)).toEqual({
      ok: true,
      value: [
        { siteCode: 'P01', managementPoints: ['mp01.contoso.com'] },
        { siteCode: 'P02', managementPoints: ['mp02.contoso.com', 'mp03.contoso.com'] },
      ],
    });
  });

  it('from a flag or the environment: the same as JSON text', () => {
    expect(coerce(SITES, '[{"siteCode":"P01","managementPoints":["mp01.contoso.com"]}]', true)).toEqual({ ok: true, value: [{ siteCode: 'P01', managementPoints: ['mp01.contoso.com'] }] });
  });

  it.each<[string, unknown, boolean, Record<string, string | number>]>([
    ['text that is not JSON', '[{siteCode: P01}]', true, { reason: 'json', index: 1, field: '' }],
    ['a mapping instead of a list', { siteCode: 'P01' }, false, { reason: 'list', index: 1, field: '' }],
    ['a list item that is not a mapping', ['P01'], false, { reason: 'mapping', index: 1, field: '' }],
    ['an unknown field (a typo)', [{ siteCode: 'P01' }, { sitecode: 'P02' }], false, { reason: 'field', index: 2, field: 'sitecode' }],
    ['__proto__ is a field like any other, and unknown', JSON.parse('[{"__proto__": {"x": 1}}]'), false, { reason: 'field', index: 1, field: '__proto__' }],
    ['a number where text belongs', [{ siteCode: 101 }], false, { reason: 'text', index: 1, field: 'siteCode' }],
    ['a list with a number in it', [{ managementPoints: ['mp01', 2] }], false, { reason: 'items', index: 1, field: 'managementPoints' }],
  ])('%s: INPUT_NOT_RECORDS with the reason and the declared fields', (_label, raw, fromText, params) => {
    expect(coerce(SITES, raw, fromText)).toEqual({ ok: false, problem: { code: 'INPUT_NOT_RECORDS', input: 'managementPoints', params: { ...params, fields: 'siteCode, managementPoints' } } });
  });

  it('the message names the fields and what is wrong, in both languages', () => {
    const params = { reason: 'field', index: 2, field: 'sitecode', fields: 'siteCode, managementPoints' };
    expect(codeText('en', 'INPUT_NOT_RECORDS', params)).toBe(
      'expected a list of records with the fields siteCode, managementPoints (a YAML list of mappings in the answers file, or JSON in the flag or environment variable): item 2 has an unknown field "sitecode".',
    );
    expect(codeText('fr', 'INPUT_NOT_RECORDS', params)).toBe(
      'liste d\'enregistrements attendue, avec les champs siteCode, managementPoints (une liste YAML de dictionnaires dans le fichier de réponses, ou du JSON dans l\'option ou la variable d\'environnement) : l\'élément 2 a un champ inconnu "sitecode".',
    );
  });
});
