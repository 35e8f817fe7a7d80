/**
 * One line read from the keyboard with node:readline, for the plain prompter (a terminal that
 * moves no cursor, TERM=dumb). Nothing is written here: the question is written by the caller (a
 * password's through `ask`, once echo is off), and the kernel's line discipline echoes and edits
 * what is typed (readline with `terminal: false` leaves the terminal in its own cooked mode and
 * writes nothing; Node docs, readline createInterface `terminal`). End of input (Ctrl+D on an
 * empty line, a closed stdin) and Ctrl+C (SIGINT, through line-interrupt.ts) reject with
 * CancelledError('signal'), as the rich prompter's `cancellable` does, after ending the
 * question's line so the cancelled line starts on its own.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { CancelledError } from '../model/errors.ts';
import { holdInterrupt } from './line-interrupt.ts';

type Input = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };

/** The next line typed, without its line ending. */
export function readLine(input: Input, output: NodeJS.WritableStream): Promise<string> {
  return read(createInterface({ input, terminal: false }), output);
}

/**
 * A line typed without echo (a password). At a terminal, readline in terminal mode (raw: Ctrl+C
 * and Ctrl+D arrive as keys, readline's 'SIGINT' and 'close') writes its echo and redraws only to
 * a muted stream, so nothing reaches the screen, escape sequences included (Node docs, readline:
 * "output" may be any Writable). Enter was not echoed either: the line is ended here.
 *
 * The question is written by `ask` only once readline has the terminal in raw mode: in the
 * terminal's own cooked mode the kernel echoes whatever arrives, so a password typed as soon as
 * its question shows, before raw mode, would be on the screen.
 */
export async function readHidden(input: Input, output: NodeJS.WritableStream, ask: () => void): Promise<string> {
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const lines = createInterface({ input, output: muted, terminal: input.isTTY === true });
  ask();
  const line = await read(lines, output);
  output.write('\n');
  return line;
}

function read(lines: ReturnType<typeof createInterface>, output: NodeJS.WritableStream): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      release();
      lines.close();
      outcome();
    };
    const cancel = () =>
      finish(() => {
        output.write('\n');
        reject(new CancelledError('signal'));
      });
    const release = holdInterrupt(cancel);
    lines.once('line', (line) => finish(() => resolve(line)));
    // Ctrl+C as a key (terminal mode: the password) and end of input.
    lines.once('SIGINT', cancel);
    lines.once('close', cancel);
  });
}
