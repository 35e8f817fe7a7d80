/**
 * The one way a value enters generated PowerShell: a single-quoted literal.
 *
 * PowerShell's tokenizer (CharTraits.IsSingleQuote) treats U+0027 and U+2018..U+201B all as
 * single quotes, and an opening quote may be closed by any of them, so every one of the five
 * is doubled (as CodeGeneration.EscapeSingleQuotedStringContent does). Inside single quotes
 * `$`, backticks and double quotes are ordinary characters.
 */
const SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g;

// C0 controls other than tab, DEL, and lone surrogates have no business in a value an admin
// typed; a line break inside a literal would also defeat "one statement per line".
const FORBIDDEN = /[\u0000-\u0008\u000A-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export class UnquotableValueError extends Error {
  constructor(readonly value: string) {
    super('value contains a control character or a lone surrogate');
    this.name = 'UnquotableValueError';
  }
}

export function isQuotable(value: string): boolean {
  return !FORBIDDEN.test(value);
}

export function psQuote(value: string): string {
  if (!isQuotable(value)) throw new UnquotableValueError(value);
  return `'${value.replace(SINGLE_QUOTES, (quote) => quote + quote)}'`;
}
