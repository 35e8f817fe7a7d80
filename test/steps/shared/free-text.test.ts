import { describe, expect, it } from 'vitest';
import { inputSpec } from '../../../src/steps/declarations.ts';
import { codeText } from '../../../src/messages/i18n.ts';

// Issue 9: free text (the CMG description, the certificate template group) may hold any printable
// character, but not one that hides or reorders text (Trojan Source, CVE-2021-42574; Unicode TR9
// explicit directional formatting characters, TR39 section 3.1) nor a control character: the
// finding names the character's position (1-based, in characters) and its code point.

const validate = (key: 'description' | 'certTemplateGroup', value: string) => inputSpec(key).validate?.(value as never, {}) ?? [];

describe('free text', () => {
  it('refuses a right-to-left override at position 5 of the description', () => {
    expect(validate('description', 'Cont\u202eoso CMG')).toEqual([{ severity: 'error', code: 'DESCRIPTION_INVALID', params: { reason: 'invisible', maxLength: 512, position: 5, codePoint: 'U+202E' } }]);
  });

  it.each([
    ['\u202a', 'U+202A'],
    ['\u2066', 'U+2066'],
    ['\u2069', 'U+2069'],
    ['\u200b', 'U+200B'],
    ['\u200f', 'U+200F'],
    ['\ufeff', 'U+FEFF'],
    ['\u061c', 'U+061C'],
    ['\u2060', 'U+2060'],
  ])('refuses %j in the certificate template group, counting characters, not UTF-16 units', (character, codePoint) => {
    // The emoji before it is one character (two UTF-16 units).
    expect(validate('certTemplateGroup', `CM \u{1F600}${character}x`)).toEqual([{ severity: 'error', code: 'CERT_TEMPLATE_GROUP_INVALID', params: { reason: 'invisible', maxLength: 256, position: 5, codePoint } }]);
  });

  it.each([
    ['\t', 'U+0009'],
    ['\n', 'U+000A'],
    ['\x1b', 'U+001B'],
    ['\u0085', 'U+0085'],
    ['\u009b', 'U+009B'],
    ['\u2028', 'U+2028'],
  ])('refuses the control character or line separator %j, naming it', (character, codePoint) => {
    expect(validate('description', `ab${character}`)).toEqual([{ severity: 'error', code: 'DESCRIPTION_INVALID', params: { reason: 'control', maxLength: 512, position: 3, codePoint } }]);
  });

  it('accepts quotes, accents, other scripts and emoji', () => {
    for (const value of ['Contoso’s CMG “prod” $(x) `y`', 'Passerelle de gestion cloud — Montréal', '東京 CMG', 'CMG \u{1F680}']) {
      expect(validate('description', value)).toEqual([]);
      expect(validate('certTemplateGroup', value)).toEqual([]);
    }
  });

  it('says which character, where, and what to do, in both languages', () => {
    const params = { reason: 'invisible', maxLength: 512, position: 5, codePoint: 'U+202E' };
    expect(codeText('en', 'DESCRIPTION_INVALID', params)).toBe(
      'The description contains an invisible or text-direction character (U+202E, character 5), which makes it read differently from what it holds: remove it.',
    );
    expect(codeText('fr', 'CERT_TEMPLATE_GROUP_INVALID', params)).toBe(
      "Le groupe du modèle de certificat contient un caractère invisible ou de direction du texte (U+202E, caractère 5), qui le fait lire autrement qu'il n'est : supprimez-le.",
    );
    expect(codeText('en', 'DESCRIPTION_INVALID', { ...params, reason: 'control', codePoint: 'U+000A' })).toBe(
      'The description contains a line break or control character (U+000A, character 5): write it on one line, without control characters.',
    );
  });
});
