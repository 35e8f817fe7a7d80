import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visible } from '../../src/messages/visible.ts';

/** Every code point visible() must never let through: C0, DEL, C1, and the bidi and invisible format characters. */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('visible(): a value as it may be shown on a terminal or in a document', () => {
  it('writes C0 controls, DEL and C1 controls as \\x escapes, and tab, line feed, carriage return by name', () => {
    expect(visible('a\x1b[2Jb')).toBe('a\\x1b[2Jb');
    expect(visible('\x1b]52;c;aGk=\x07')).toBe('\\x1b]52;c;aGk=\\x07');
    expect(visible('\x00\x08\x7f\u0080\u009b\u009f')).toBe('\\x00\\x08\\x7f\\x80\\x9b\\x9f');
    expect(visible('one\ttwo\nthree\r')).toBe('one\\ttwo\\nthree\\r');
  });

  it('writes the bidi controls, zero-width characters, line and paragraph separators and the BOM as \\u escapes', () => {
    expect(visible('\u202a\u202b\u202c\u202d\u202e')).toBe('\\u202a\\u202b\\u202c\\u202d\\u202e');
    expect(visible('\u2066\u2067\u2068\u2069')).toBe('\\u2066\\u2067\\u2068\\u2069');
    expect(visible('\u200b\u200c\u200d\u200e\u200f')).toBe('\\u200b\\u200c\\u200d\\u200e\\u200f');
    expect(visible('\u2028\u2029\ufeff\u061c\u2060\u2064')).toBe('\\u2028\\u2029\\ufeff\\u061c\\u2060\\u2064');
    expect(visible('invoice\u202egpj.exe')).toBe('invoice\\u202egpj.exe');
  });

  it('writes a lone surrogate as its \\u escape (a terminal would show U+FFFD, hiding that it is there)', () => {
    expect(visible('a\ud800b\udc00')).toBe('a\\ud800b\\udc00');
    expect(visible('\ud83d\ude00')).toBe('\ud83d\ude00');
  });

  it('leaves everything else as it is: Windows paths, quotes, accents, other scripts', () => {
    for (const text of ['C:\\certs\\contoso.pfx', 'it’s “x” $(y) `z`', 'rg-münchen', 'rg_東京', 'Modèle — serveur', '']) expect(visible(text)).toBe(text);
  });

  it('lets no hidden character through, for any string, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const shown = visible(text);
        expect(shown).not.toMatch(HIDDEN);
        expect(visible(shown)).toBe(shown);
      }),
      { numRuns: 500 },
    );
  });
});
