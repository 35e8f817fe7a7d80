import { describe, it, expect } from 'vitest';
import { checkGuid, withoutBraces } from '../../src/domain/guid.ts';

const GUID = '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6';

describe('checkGuid', () => {
  it.each([[GUID], [GUID.toUpperCase()], ['6D2e5F1a-3B4c-4D5e-8F90-a1B2c3D4e5F6'], ['00000000-0000-0000-0000-000000000000']])('accepts %s', (value) => {
    expect(checkGuid(value)).toEqual([]);
  });

  it.each([
    [`{${GUID}}`, 'braces'],
    [`{${GUID.toUpperCase()}}`, 'braces'],
    [` {${GUID}} `, 'braces'],
    [` ${GUID}`, 'whitespace'],
    [`${GUID} `, 'whitespace'],
    [`${GUID}\n`, 'whitespace'],
    [`\t${GUID}`, 'whitespace'],
    ['6d2e5f1-3b4c-4d5e-8f90-a1b2c3d4e5f6', 'format'],
    ['6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f', 'format'],
    ['6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6a', 'format'],
    ['6d2e5f1a3b4c4d5e8f90a1b2c3d4e5f6', 'format'],
    ['6d2e5f1g-3b4c-4d5e-8f90-a1b2c3d4e5f6', 'format'],
    [`(${GUID})`, 'format'],
    ['{6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f}', 'format'],
    ['6d2e5f1a 3b4c 4d5e 8f90 a1b2c3d4e5f6', 'format'],
    ['', 'format'],
  ])('refuses %j (%s)', (value, reason) => {
    expect(checkGuid(value)).toEqual([{ severity: 'error', code: 'GUID_INVALID', params: { value, reason } }]);
  });
});

// Issue 17: a GUID as Windows often writes it, in braces, is the same GUID (every GUID input
// normalizes with it, test/wizard/typed-inputs.test.ts); anything else stays for checkGuid to refuse.
describe('withoutBraces', () => {
  it.each([
    [`{${GUID}}`, GUID],
    [`{${GUID.toUpperCase()}}`, GUID.toUpperCase()],
    [GUID, GUID],
    [`{${GUID}`, `{${GUID}`],
    [`${GUID}}`, `${GUID}}`],
    [`{{${GUID}}}`, `{{${GUID}}}`],
    [` {${GUID}} `, ` {${GUID}} `],
    ['{6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f}', '{6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f}'],
    ['{}', '{}'],
    [`(${GUID})`, `(${GUID})`],
  ])('%j → %j', (value, expected) => {
    expect(withoutBraces(value)).toBe(expected);
  });
});
