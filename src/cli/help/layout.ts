/**
 * How a command's help is laid out for a width: the one layout of every help text, commander's
 * (program.ts's formatHelp) and the helps printed without the program (instant.ts, issue 15).
 * It imports nothing: the bin loads it before, and instead of, commander.
 *
 * An option's term column is at most 45% of the width, a longer term gets its description on the
 * lines below, and descriptions wrap between words (never inside one). The rest is commander's
 * own layout (commander 14, lib/help.js: formatHelp, formatItemList, boxWrap, displayWidth; MIT),
 * so that in English the text is commander's, byte for byte.
 */

/** A help text before its layout: what commander's Help gives for a command (document.ts). */
export interface HelpDocument {
  /** `Usage: cmg-setup [options] [command]`, title included. */
  usage: string;
  /** The command's description, '' when it has none. */
  description: string;
  /** Arguments, option groups and command groups, in commander's order; none empty. */
  sections: HelpSection[];
}

export interface HelpSection {
  title: string;
  /** Each item's term and description (commander's "(default: …)" facts included). */
  items: Array<[term: string, description: string]>;
}

const ITEM_INDENT = 2;
const SPACER = 2;
/** Commander's minWidthToWrap, as this program has always set it: narrower than this, text is not wrapped. */
const MIN_WIDTH_TO_WRAP = 20;

/** Commander's displayWidth: the length without the SGR colour sequences. */
function displayWidth(text: string): number {
  return text.replace(/\x1b\[\d*(;\d*)*m/g, '').length;
}

/** Commander's boxWrap: wraps at whitespace, keeps the line breaks there are, nothing under MIN_WIDTH_TO_WRAP. */
export function boxWrap(text: string, width: number): string {
  if (width < MIN_WIDTH_TO_WRAP) return text;
  const wrapped: string[] = [];
  for (const line of text.split(/\r\n|\n/)) {
    const chunks = line.match(/[\s]*[^\s]+/g);
    if (chunks === null) {
      wrapped.push('');
      continue;
    }
    let current = [chunks[0]];
    let currentWidth = displayWidth(chunks[0]);
    for (const chunk of chunks.slice(1)) {
      const chunkWidth = displayWidth(chunk);
      if (currentWidth + chunkWidth <= width) {
        current.push(chunk);
        currentWidth += chunkWidth;
        continue;
      }
      wrapped.push(current.join(''));
      const next = chunk.trimStart(); // the space at the break goes
      current = [next];
      currentWidth = displayWidth(next);
    }
    wrapped.push(current.join(''));
  }
  return wrapped.join('\n');
}

/** Commander's test for a description wrapped by hand (a line break followed by indentation): left as it is. */
const preformatted = (text: string): boolean => /\n[^\S\r\n]/.test(text);

/** The term column: the longest term, capped at 45% of the width, at least 8. */
function termColumnWidth(document: HelpDocument, width: number): number {
  const longest = Math.max(0, ...document.sections.flatMap((section) => section.items.map(([term]) => displayWidth(term))));
  const cap = Math.floor(width * 0.45) - ITEM_INDENT - SPACER;
  return Math.max(8, Math.min(longest, cap));
}

function formatItem(term: string, termWidth: number, description: string, width: number): string {
  const indent = ' '.repeat(ITEM_INDENT);
  if (!description) return indent + term;
  const column = ITEM_INDENT + termWidth + SPACER;
  const wrapped = preformatted(description) ? description : boxWrap(description, Math.max(width - column, MIN_WIDTH_TO_WRAP));
  const body = wrapped.replace(/\n/g, `\n${' '.repeat(column)}`);
  const termLength = displayWidth(term);
  if (termLength > termWidth) return `${indent}${term}\n${' '.repeat(column)}${body}`;
  return `${indent}${term}${' '.repeat(termWidth - termLength + SPACER)}${body}`;
}

/** The help text for a width, as commander's formatHelp lays it out (without the text added after it). */
export function renderHelp(document: HelpDocument, width: number): string {
  const termWidth = termColumnWidth(document, width);
  const lines = [document.usage, ''];
  if (document.description.length > 0) lines.push(boxWrap(document.description, width), '');
  for (const { title, items } of document.sections) lines.push(title, ...items.map(([term, description]) => formatItem(term, termWidth, description, width)), '');
  return lines.join('\n');
}

/** What a stream's width reads from: commander's own two properties, and the environment's COLUMNS. */
export interface HelpStream {
  isTTY?: boolean;
  columns?: number;
}

/** The width help wraps to: the terminal's, else COLUMNS (a pipe, a test), else commander's 80. */
export function helpWidth(stream: HelpStream, env: Readonly<Record<string, string | undefined>>): number {
  if (stream.isTTY && stream.columns !== undefined && stream.columns > 0) return stream.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : 80;
}
