import { CONTROL, HIDDEN_FORMAT, LINE_SEPARATOR } from '../domain/hidden-characters.ts';

/**
 * What is shown of a value the tool did not write itself (an answer, a flag, a file name, an
 * answers-file key, a certificate's subject): every control, bidirectional control, invisible
 * character, line separator and lone surrogate (which a terminal would print as U+FFFD, hiding
 * that it is there) becomes a visible JavaScript-style escape, so nothing in a value can move the
 * cursor, clear the screen, write the clipboard (OSC 52), start a line of its own or read
 * differently from what it is. Tab, line feed and carriage return are named (`\t`, `\n`, `\r`);
 * other characters below U+0100 are `\xHH`, the rest `\uHHHH`.
 *
 * A backslash is not escaped: Windows paths stay readable, at the price of `\x1b` typed as four
 * characters looking like an escaped ESC. This is display only; values themselves never change.
 */
const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

// With the u flag a surrogate pair is one code point, so a surrogate class matches lone ones only.
const SHOWN_ESCAPED = new RegExp(`${CONTROL.source}|${HIDDEN_FORMAT.source}|${LINE_SEPARATOR.source}|[\\ud800-\\udfff]`, 'gu');

function escape(character: string): string {
  const named = NAMED[character];
  if (named) return named;
  const code = character.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

export function visible(text: string): string {
  return text.replace(SHOWN_ESCAPED, escape);
}

/** The string parameters of a catalogue text, shown; numbers stay numbers. */
export function visibleParams<P extends Record<string, string | number>>(params: P): P {
  const shown: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) shown[name] = typeof value === 'string' ? visible(value) : value;
  return shown as P;
}
