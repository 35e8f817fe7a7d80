/** The script of each shell `cmg-setup completion <shell>` knows (program.ts COMPLETION_SHELLS). */
import type { CompletionShell } from '../program.ts';
import { bashScript } from './bash.ts';
import { powershellScript } from './powershell.ts';
import type { CompletionCommand } from './tree.ts';
import { zshScript } from './zsh.ts';

export const COMPLETION_SCRIPTS: Readonly<Record<CompletionShell, (tree: CompletionCommand) => string>> = {
  powershell: powershellScript,
  bash: bashScript,
  zsh: zshScript,
};
