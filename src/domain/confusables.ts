/**
 * Whole-script confusables (Unicode TR39, section 4): a name written entirely in Cyrillic or
 * Greek letters that each look like a Latin letter (`ехро-арр` in Cyrillic reads "expo-app")
 * passes the mixed-script rule and still impersonates a Latin name. The letters below are the
 * Cyrillic and Greek entries of TR39's confusables.txt whose prototype is a basic Latin letter;
 * a small table, not the whole file: enough to recognise a name made only of them.
 */
const LATIN_LOOKALIKES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Cyrillic: {
    а: 'a', с: 'c', ԁ: 'd', е: 'e', һ: 'h', і: 'i', ј: 'j', ӏ: 'l', о: 'o', р: 'p', ԛ: 'q', ѕ: 's', ԝ: 'w', х: 'x', у: 'y', ү: 'y',
    А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', І: 'I', Ӏ: 'I', Ј: 'J', К: 'K', М: 'M', О: 'O', Р: 'P', Ԛ: 'Q', Ѕ: 'S', Т: 'T', Ԝ: 'W', Х: 'X', Ү: 'Y',
  },
  Greek: {
    α: 'a', γ: 'y', ι: 'i', ν: 'v', ο: 'o', ρ: 'p', υ: 'u', ϳ: 'j',
    Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  },
};

/**
 * The Latin name `text` passes for, when all its letters are of `script` (Cyrillic or Greek) and
 * every one of them looks Latin; undefined otherwise. Digits and punctuation are kept as they are.
 */
export function latinLookalike(text: string, script: string): string | undefined {
  const table = LATIN_LOOKALIKES[script];
  if (!table) return undefined;
  let latin = '';
  let letters = 0;
  for (const character of text) {
    const mapped = table[character];
    if (mapped !== undefined) {
      latin += mapped;
      letters += 1;
    } else if (/\p{L}/u.test(character)) {
      return undefined;
    } else {
      latin += character;
    }
  }
  return letters > 0 ? latin : undefined;
}
