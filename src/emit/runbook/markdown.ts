/**
 * Markdown helpers for RUNBOOK.md and the documents beside the scripts. Values the admin typed
 * (or a file, or a certificate, held) go into a document only through `code()`, or through
 * `markdownValue()` which keeps plain words plain: a code span is inert (CommonMark 0.31 section
 * 6.1: its content is literal text; no HTML, link, autolink or emphasis is read inside it).
 */
import type { Params } from '../../messages/types.ts';
import { visible } from '../../messages/visible.ts';

/**
 * An inline code span that holds any text: controls, line breaks and bidi characters shown as
 * escapes (a line break would end the paragraph, and the line after it could start a heading or a
 * fence); a fence longer than any backtick run inside, so none can close it (CommonMark 6.1). A
 * span cannot be empty (a lone pair of backticks is literal text that could pair with a later
 * one), so an empty value is ''.
 */
export function code(value: string | number): string {
  const text = visible(String(value));
  if (text === '') return '';
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space at each end when both ends have one, unless the span is only
  // spaces; a span that starts or ends with a backtick needs the space to keep it off the fence.
  const spacesOnly = /^ +$/.test(text);
  const pad = text.startsWith('`') || text.endsWith('`') || (!spacesOnly && text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Several values as code spans, comma-separated; '' for none. */
export function codeList(values: readonly string[]): string {
  return values.map(code).join(', ');
}

/**
 * Letters, digits and hyphens start nothing in CommonMark or GFM in the middle of a line:
 * emphasis needs `*` or `_` (6.2), links and raw HTML `[` or `<` (6.3-6.6), entities `&` (2.5),
 * GFM autolinks a scheme's `:` or `www.`. Such a value stays as it is, so the selectors the texts
 * compare (`reason`, `kind`, `model`, an absent request ID `-`) keep working; '' stays ''.
 */
const PLAIN = /^[A-Za-z0-9-]*$/;

/** A value for a catalogue text placed mid-line in Markdown: a plain word or number as is, anything else a code span. */
export function markdownValue(value: string | number): string | number {
  return typeof value === 'number' || PLAIN.test(value) ? value : code(value);
}

/** The parameters of a finding or guidance text, for Markdown: every value inert before the text is formed. */
export function markdownParams(params: Params): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(params)) out[name] = markdownValue(value);
  return out;
}

/**
 * A fenced code block, as lines: each line shown (no control or line break of a value's own), the
 * fence longer than any backtick run inside so no line can close it early (CommonMark 4.5).
 */
export function codeBlock(lines: readonly string[], info = ''): string[] {
  const shown = lines.map((line) => visible(line));
  const longest = Math.max(0, ...shown.flatMap((line) => [...line.matchAll(/`+/g)].map((run) => run[0].length)));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${info}`, ...shown, fence];
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
