/**
 * The text of a file an admin saved by hand: UTF-8, with or without a byte order mark, or UTF-16
 * with one, which is what Windows PowerShell 5.1 writes with `>` and Out-File (UTF-16LE, its
 * "Unicode" default; about_Character_Encoding). Anything else is refused rather than guessed:
 * TextDecoder with `fatal: true` throws on bytes that are not valid, where Buffer#toString would
 * put U+FFFD in their place and change a value without a word.
 *
 * @returns the text without its byte order mark, or undefined when the bytes are none of these.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      // UTF-16BE: swapped into UTF-16LE, which Node decodes without ICU (utf-16be needs full ICU).
      if (bytes.length % 2 !== 0) return undefined;
      text = new TextDecoder('utf-16le', { fatal: true }).decode(Buffer.from(bytes.subarray(2)).swap16());
    } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    } else {
      // A leading UTF-8 byte order mark is dropped by the decoder (ignoreBOM defaults to false).
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
  } catch {
    return undefined;
  }
  // NUL is no character of a text file: UTF-16 without a byte order mark, UTF-32, or binary.
  return text.includes('\u0000') ? undefined : text;
}
