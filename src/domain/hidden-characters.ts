/**
 * Characters that act on a terminal, or change how a text reads, without being seen.
 *
 * - Controls (general category Cc): C0 (ESC starts the sequences that clear the screen or, with
 *   OSC 52, write the clipboard), DEL, and C1 (U+009B is CSI on its own in terminals that take
 *   8-bit controls).
 * - Format characters that reorder or hide text: the bidirectional controls of Unicode TR9
 *   (LRE/RLE/PDF/LRO/RLO U+202A-202E, the isolates U+2066-2069, the marks LRM/RLM U+200E/200F and
 *   ALM U+061C), the zero-width characters U+200B-200D and U+2060-2064, and the BOM U+FEFF. This is
 *   the "Trojan Source" set (CVE-2021-42574) plus the invisible characters TR39 section 3.1 lists
 *   as not allowed in identifiers.
 * - Line and paragraph separators U+2028/2029: line breaks that do not look like one.
 */

/** A control character (Cc): C0, DEL, C1. */
export const CONTROL = /\p{Cc}/u;

/** A bidirectional control or an invisible format character. */
export const HIDDEN_FORMAT = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** The line and paragraph separators. */
export const LINE_SEPARATOR = /[\u2028\u2029]/u;

/** The first hidden character of a text: its 1-based position in code points, and its code point as U+XXXX. */
export function firstMatch(value: string, pattern: RegExp): { position: number; codePoint: string } | undefined {
  let position = 0;
  for (const character of value) {
    position += 1;
    if (pattern.test(character)) return { position, codePoint: `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` };
  }
  return undefined;
}
