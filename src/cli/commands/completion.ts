import { COMPLETION_SCRIPTS, type CompletionShell } from '../completion/scripts.ts';
import type { CompletionCommand } from '../completion/tree.ts';
import type { CommandIO } from '../io.ts';

export interface CompletionOptions {
  shell: CompletionShell;
  /** The program as completion sees it, read from commander's program (src/cli/completion/walk.ts), tooltips in the run's language. */
  tree: CompletionCommand;
}

/**
 * `cmg-setup completion <shell>`: the shell's tab-completion script, on stdout only, for a
 * profile to load (README, "Tab completion"). A shell it does not know is commander's usage
 * error, from the argument's choices (exit 2).
 */
export async function completionCommand({ shell, tree }: CompletionOptions, io: Pick<CommandIO, 'stdout'>): Promise<void> {
  io.stdout.write(COMPLETION_SCRIPTS[shell](tree));
}
