/** Runs a program as src/cli/main.ts built it, in process, with commander's output captured instead of written. */
import { CommanderError, type Command } from 'commander';

export interface Parsed {
  out: string;
  err: string;
  /** Commander's code when it stopped the parse (help shown, an unknown option), else undefined. */
  code: string | undefined;
}

export async function parseCaptured(program: Command, args: readonly string[]): Promise<Parsed> {
  let out = '';
  let err = '';
  const capture = (command: Command): void => {
    command.configureOutput({ writeOut: (text) => (out += text), writeErr: (text) => (err += text) });
    command.commands.forEach(capture);
  };
  capture(program);
  try {
    await program.parseAsync(['node', 'cmg-setup', ...args]);
    return { out, err, code: undefined };
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    return { out, err, code: error.code };
  }
}
