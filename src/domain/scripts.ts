/**
 * The Unicode scripts of a name, for the mixed-script rule of Unicode TR39 (Unicode Security
 * Mechanisms), section 5.1 (mixed-script detection) and 5.2 (restriction levels).
 *
 * A character's script is its Script property (JavaScript's \p{Script=...}); Common (digits,
 * punctuation such as - _ . ( )) and Inherited (combining marks) belong to every script, as the
 * augmented script sets of TR39 5.1 treat them, so they never make a name mixed.
 */

/**
 * Every Script value but Common, Inherited and Unknown, up to Unicode 17. An engine whose Unicode
 * is older rejects a newer name as a SyntaxError, so only the names it knows are used (it has
 * no character of the others either).
 */
const SCRIPT_NAMES = [
  'Adlam', 'Ahom', 'Anatolian_Hieroglyphs', 'Arabic', 'Armenian', 'Avestan', 'Balinese', 'Bamum',
  'Bassa_Vah', 'Batak', 'Bengali', 'Bhaiksuki', 'Bopomofo', 'Brahmi', 'Braille', 'Buginese', 'Buhid',
  'Canadian_Aboriginal', 'Carian', 'Caucasian_Albanian', 'Chakma', 'Cham', 'Cherokee', 'Chorasmian', 'Coptic',
  'Cuneiform', 'Cypriot', 'Cypro_Minoan', 'Cyrillic', 'Deseret', 'Devanagari', 'Dives_Akuru', 'Dogra',
  'Duployan', 'Egyptian_Hieroglyphs', 'Elbasan', 'Elymaic', 'Ethiopic', 'Georgian', 'Glagolitic', 'Gothic',
  'Grantha', 'Greek', 'Gujarati', 'Gunjala_Gondi', 'Gurmukhi', 'Han', 'Hangul', 'Hanifi_Rohingya', 'Hanunoo',
  'Hatran', 'Hebrew', 'Hiragana', 'Imperial_Aramaic', 'Inscriptional_Pahlavi', 'Inscriptional_Parthian',
  'Javanese', 'Kaithi', 'Kannada', 'Katakana', 'Kawi', 'Kayah_Li', 'Kharoshthi', 'Khitan_Small_Script',
  'Khmer', 'Khojki', 'Khudawadi', 'Lao', 'Latin', 'Lepcha', 'Limbu', 'Linear_A', 'Linear_B', 'Lisu',
  'Lycian', 'Lydian', 'Mahajani', 'Makasar', 'Malayalam', 'Mandaic', 'Manichaean', 'Marchen',
  'Masaram_Gondi', 'Medefaidrin', 'Meetei_Mayek', 'Mende_Kikakui', 'Meroitic_Cursive',
  'Meroitic_Hieroglyphs', 'Miao', 'Modi', 'Mongolian', 'Mro', 'Multani', 'Myanmar', 'Nabataean',
  'Nag_Mundari', 'Nandinagari', 'New_Tai_Lue', 'Newa', 'Nko', 'Nushu', 'Nyiakeng_Puachue_Hmong', 'Ogham',
  'Ol_Chiki', 'Old_Hungarian', 'Old_Italic', 'Old_North_Arabian', 'Old_Permic', 'Old_Persian', 'Old_Sogdian',
  'Old_South_Arabian', 'Old_Turkic', 'Old_Uyghur', 'Oriya', 'Osage', 'Osmanya', 'Pahawh_Hmong', 'Palmyrene',
  'Pau_Cin_Hau', 'Phags_Pa', 'Phoenician', 'Psalter_Pahlavi', 'Rejang', 'Runic', 'Samaritan',
  'Saurashtra', 'Sharada', 'Shavian', 'Siddham', 'SignWriting', 'Sinhala', 'Sogdian', 'Sora_Sompeng',
  'Soyombo', 'Sundanese', 'Syloti_Nagri', 'Syriac', 'Tagalog', 'Tagbanwa', 'Tai_Le', 'Tai_Tham', 'Tai_Viet',
  'Takri', 'Tamil', 'Tangsa', 'Tangut', 'Telugu', 'Thaana', 'Thai', 'Tibetan', 'Tifinagh', 'Tirhuta', 'Toto',
  'Ugaritic', 'Vai', 'Vithkuqi', 'Wancho', 'Warang_Citi', 'Yezidi', 'Yi', 'Zanabazar_Square',
  'Beria_Erfe', 'Garay', 'Gurung_Khema', 'Kirat_Rai', 'Ol_Onal', 'Sidetic', 'Sunuwar', 'Tai_Yo', 'Todhri', 'Tolong_Siki', 'Tulu_Tigalari',
];

function knownToEngine(name: string): boolean {
  try {
    new RegExp(`\\p{Script=${name}}`, 'u');
    return true;
  } catch {
    return false;
  }
}

interface ScriptPattern {
  names: string[];
  pattern: RegExp;
}

let compiled: ScriptPattern | undefined;

/** One alternation, one capture group per script, built on first use (not at start-up): the group that matched names the script. */
function scriptPattern(): ScriptPattern {
  if (!compiled) {
    const names = SCRIPT_NAMES.filter(knownToEngine);
    compiled = { names, pattern: new RegExp(names.map((name) => `(\\p{Script=${name}})`).join('|'), 'u') };
  }
  return compiled;
}

const COMMON_OR_INHERITED = /[\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * In ASCII the letters are Latin and everything else (digits, punctuation, controls) is Common
 * (Unicode's Scripts.txt: 0041..005A and 0061..007A Latin, the rest of 0000..007F Common). Names
 * are ASCII nearly always, and answering those here spares compiling the pattern above, which
 * took 14 ms of a 200 ms plan (issue 15, a CPU profile of `plan --answers`).
 */
function asciiScript(character: string): string | undefined | null {
  if (character.length !== 1 || character.charCodeAt(0) > 0x7f) return null;
  return /[A-Za-z]/.test(character) ? 'Latin' : undefined;
}

/** The script of one character; undefined for Common and Inherited ones, 'Unknown' for one of no script listed here. */
export function scriptOf(character: string): string | undefined {
  const ascii = asciiScript(character);
  if (ascii !== null) return ascii;
  const { names, pattern } = scriptPattern();
  const match = pattern.exec(character);
  if (!match) return COMMON_OR_INHERITED.test(character) ? undefined : 'Unknown';
  return names[match.findIndex((group, position) => position > 0 && group !== undefined) - 1];
}

/** The distinct scripts of a text, in order of first appearance. */
export function scriptsOf(text: string): string[] {
  const scripts: string[] = [];
  for (const character of text) {
    const script = scriptOf(character);
    if (script && !scripts.includes(script)) scripts.push(script);
  }
  return scripts;
}

/**
 * TR39 5.2, "Highly Restrictive": a single script, or one of the combinations a language writes
 * together with Latin: Japanese (Han, Hiragana, Katakana), Chinese with Bopomofo, Korean (Han,
 * Hangul). Names in Japan often mix Latin and Han (rg_東京); Latin with Cyrillic or Greek is the
 * look-alike pattern (rg-cоntoso with a Cyrillic о).
 */
const HIGHLY_RESTRICTIVE_SETS: readonly (readonly string[])[] = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];

export function isHighlyRestrictive(scripts: readonly string[]): boolean {
  return scripts.length <= 1 || HIGHLY_RESTRICTIVE_SETS.some((allowed) => scripts.every((script) => allowed.includes(script)));
}
