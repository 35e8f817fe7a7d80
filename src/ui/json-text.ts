import { HIDDEN_FORMAT, LINE_SEPARATOR } from '../domain/hidden-characters.ts';

/**
 * A JSON document as cmg-setup prints or saves it: two-space indented, one final line feed, and
 * every character that could act on a terminal or hide in a value written as a \u escape.
 * JSON.stringify escapes C0 controls and lone surrogates itself, but leaves DEL, the C1 controls
 * (U+009B is CSI in terminals that take 8-bit controls), the bidirectional and invisible
 * characters and U+2028/2029 raw; `cat plan.json` or a CI log would then show what visible.ts
 * keeps out of messages. Such characters only occur inside JSON strings, where \uXXXX is the
 * same character to any parser (RFC 8259 section 7), so the document means exactly the same.
 */
const RAW = new RegExp(`[\\u007f-\\u009f]|${HIDDEN_FORMAT.source}|${LINE_SEPARATOR.source}`, 'gu');

export function jsonText(value: unknown): string {
  const text = JSON.stringify(value, null, 2).replace(RAW, (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
  return `${text}\n`;
}
