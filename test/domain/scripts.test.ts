import { describe, expect, it } from 'vitest';
import { latinLookalike } from '../../src/domain/confusables.ts';
import { isHighlyRestrictive, scriptOf, scriptsOf } from '../../src/domain/scripts.ts';

describe('scripts of a name (Unicode TR39 5.1)', () => {
  it('names the Script property of letters; Common and Inherited characters have none', () => {
    expect(['a', 'ü', '東', 'ひ', 'カ', '서', 'ㄅ', 'о', 'α', 'א'].map(scriptOf)).toEqual(['Latin', 'Latin', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo', 'Cyrillic', 'Greek', 'Hebrew']);
    expect(['1', '-', '_', '.', '(', ' ', '\u0301', '\u30fc'].map(scriptOf)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('calls a character of no known script (private use) Unknown, so it cannot hide in a mix', () => {
    expect(scriptOf('\ue000')).toBe('Unknown');
    expect(isHighlyRestrictive(scriptsOf('rg-\ue000'))).toBe(false);
  });

  it('every ASCII character (answered without the Unicode pattern): its Script property, as \\p{Script=…} says', () => {
    const ascii = Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code));
    expect(ascii.map(scriptOf)).toEqual(ascii.map((character) => (/\p{Script=Latin}/u.test(character) ? 'Latin' : /\p{Script=Common}/u.test(character) ? undefined : 'not Common')));
    expect(ascii.filter((character) => scriptOf(character) === 'Latin').join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
  });

  it('lists each script once, in order of appearance', () => {
    expect(scriptsOf('rg-東京-ab-京')).toEqual(['Latin', 'Han']);
    expect(scriptsOf('2024-(1)')).toEqual([]);
  });

  it('allows one script, or Latin with the scripts Japanese, Chinese and Korean write together (TR39 5.2 highly restrictive)', () => {
    for (const allowed of [[], ['Cyrillic'], ['Latin', 'Han'], ['Han', 'Hiragana', 'Katakana', 'Latin'], ['Latin', 'Bopomofo', 'Han'], ['Hangul', 'Han']]) expect(isHighlyRestrictive(allowed), allowed.join()).toBe(true);
    for (const refused of [['Latin', 'Cyrillic'], ['Latin', 'Greek'], ['Hiragana', 'Hangul'], ['Bopomofo', 'Katakana'], ['Latin', 'Han', 'Arabic']]) expect(isHighlyRestrictive(refused), refused.join()).toBe(false);
  });
});

describe('whole-script Latin look-alikes (TR39 4)', () => {
  it('reads a name made only of look-alike letters as the Latin name it passes for', () => {
    expect(latinLookalike('\u0441\u043e\u0440\u0443-01', 'Cyrillic')).toBe('copy-01');
    expect(latinLookalike('\u039a\u039f\u0391', 'Greek')).toBe('KOA');
  });

  it('is undefined when one letter does not look Latin, or for a script without a table', () => {
    expect(latinLookalike('\u0441\u043e\u0440\u044b', 'Cyrillic')).toBeUndefined();
    expect(latinLookalike('copy', 'Latin')).toBeUndefined();
    expect(latinLookalike('2024', 'Cyrillic')).toBeUndefined();
  });
});
