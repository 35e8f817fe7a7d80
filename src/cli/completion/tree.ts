/**
 * What tab completion knows of the program, as plain data: walk.ts reads it from commander's
 * program, and each shell's script (powershell.ts, bash.ts, zsh.ts) is written from it.
 */

/** A value an option or operand completes to, with what it means (the value itself when nothing says more). */
export interface CompletionValue {
  value: string;
  description: string;
}

export interface CompletionFlag {
  /** Its names as typed, the short one first: `-y`, `--yes`. */
  names: string[];
  /** Whether the next word is its value (`--out <dir>`; `--x [value]` never occurs in this program). */
  takesValue: boolean;
  values: CompletionValue[];
  /** The first line of its description (PowerShell's tooltip). */
  description: string;
  /** The names it rules out once given: its own and its negation's (`--interactive`, `--no-interactive`); none for a list given again. */
  excludes: string[];
}

export interface CompletionCommand {
  name: string;
  /** The words from the program to it: [] for the program, ['cert', 'inspect']. */
  path: string[];
  description: string;
  commands: CompletionCommand[];
  flags: CompletionFlag[];
  /** Its operands in order, each with its values ([] when it takes any word, such as a file). */
  operands: CompletionValue[][];
}

/** Every command of the tree, the program first, each before its subcommands. */
export function everyCommand(tree: CompletionCommand): CompletionCommand[] {
  return [tree, ...tree.commands.flatMap(everyCommand)];
}
