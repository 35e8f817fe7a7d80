/**
 * Markdown helpers for RUNBOOK.md. Values the admin typed go into the document only through
 * `code()`, so a backtick, an asterisk or an HTML-looking string in them stays literal text.
 */

/** An inline code span that holds any single-line text (CommonMark: a fence longer than any backtick run inside). */
export function code(value: string): string {
  const text = value.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  // A span that starts or ends with a backtick (or a space at both ends) needs one padding space.
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Several values as code spans, comma-separated; '' for none. */
export function codeList(values: readonly string[]): string {
  return values.map(code).join(', ');
}

const CODE_SPAN = /(`+)[\s\S]*?\1/g;

/** A placeholder with what is glued to it: `root-<thumbprint>.cer`, `https://<service name>/CCM_Proxy_MutualAuth/<id>`. */
const PLACEHOLDER_RUN = /(?:[\w.:/\\-]*<[^<>`\r\n]{1,40}>)+[\w.:/\\-]*/g;

/**
 * Catalogue texts name placeholders such as <service name>, which a Markdown viewer would take
 * for an HTML tag and hide: outside code spans they become code spans themselves, and any other
 * `<` is written as an entity.
 */
export function protectAngles(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(CODE_SPAN)) {
    out += plain(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + plain(text.slice(last));
}

function plain(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_RUN)) {
    // The full stop or colon that ends a sentence stays outside the span.
    const token = match[0].replace(/[.:]+$/, '');
    out += text.slice(last, match.index).replace(/</g, '&lt;') + code(token);
    last = match.index + token.length;
  }
  return out + text.slice(last).replace(/</g, '&lt;');
}
