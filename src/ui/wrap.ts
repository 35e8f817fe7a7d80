import { stripVTControlCharacters } from 'node:util';
import { wrapAnsi } from 'fast-wrap-ansi';

/** A line wrapped at the terminal's width on words, its continuation under its text (after an indent or a bullet). */
export function hangingWrap(line: string, columns: number): string {
  const indent = /^\s*(?:[•✓✖▲ℹ→] )?/.exec(stripVTControlCharacters(line))?.[0].length ?? 0;
  if (stripVTControlCharacters(line).length <= columns || columns - indent < 20) return line;
  // The indent's characters in the raw line, colour codes included.
  let end = 0;
  for (let seen = 0; end < line.length && seen < indent; ) {
    const code = /^\u001b\[[0-9;]*m/.exec(line.slice(end));
    if (code) end += code[0].length;
    else (end += 1), (seen += 1);
  }
  const body = wrapAnsi(line.slice(end), columns - indent, { hard: true }).split('\n');
  return body.map((part, index) => (index === 0 ? line.slice(0, end) : ' '.repeat(indent)) + part).join('\n');
}

/** Text for a terminal `columns` wide, line by line (undefined columns: not a terminal, left as is). */
export function wrapForTerminal(text: string, columns: number | undefined): string {
  return columns === undefined ? text : text.split('\n').map((line) => hangingWrap(line, columns)).join('\n');
}
