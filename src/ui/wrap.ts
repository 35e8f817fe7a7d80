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

/**
 * The width to wrap a stream's text at: the terminal's, when the stream is one; none for a pipe
 * or a file, whose lines stay whole for the tools that read them (issue 17). The one rule:
 * src/cli/process-io.ts reads the process's streams with it, outcome.ts the failure's.
 */
export function terminalColumns(stream: unknown): number | undefined {
  const tty = stream as { isTTY?: boolean; columns?: number } | undefined;
  return tty?.isTTY === true && typeof tty.columns === 'number' && tty.columns > 0 ? tty.columns : undefined;
}

/**
 * Human text and its line end on one of a terminal's streams, wrapped at that stream's width when
 * it is a terminal (Terminal.columns), whole otherwise: findings, notices and failures read at a
 * terminal do not break mid-word at its edge, and a pipe keeps one line per finding (issue 17).
 */
export function writeWrapped<S extends 'stdout' | 'stderr'>(terminal: Record<S, NodeJS.WritableStream> & { columns: { stdout?: number; stderr?: number } }, stream: S, text: string): void {
  terminal[stream].write(`${wrapForTerminal(text, terminal.columns[stream])}\n`);
}

/** The same on a stream known only as the object it is (the wizard's `human`: stdout, or stderr with --json). */
export function writeWrappedOn(terminal: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; columns: { stdout?: number; stderr?: number } }, stream: NodeJS.WritableStream, text: string): void {
  const columns = stream === terminal.stdout ? terminal.columns.stdout : stream === terminal.stderr ? terminal.columns.stderr : undefined;
  stream.write(`${wrapForTerminal(text, columns)}\n`);
}

/** Text for a terminal `columns` wide, line by line (undefined columns: not a terminal, left as is). */
export function wrapForTerminal(text: string, columns: number | undefined): string {
  return columns === undefined ? text : text.split('\n').map((line) => hangingWrap(line, columns)).join('\n');
}
