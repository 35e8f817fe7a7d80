/** The script of each shell `cmg-setup completion <shell>` knows (program.ts offers the same shells as the command's choices). */
import { bashScript } from './bash.ts';
import { powershellScript } from './powershell.ts';
import type { CompletionCommand } from './tree.ts';
import { zshScript } from './zsh.ts';

export type CompletionShell = 'powershell' | 'bash' | 'zsh';

export const COMPLETION_SCRIPTS: Readonly<Record<CompletionShell, (tree: CompletionCommand) => string>> = {
  powershell: powershellScript,
  bash: bashScript,
  zsh: zshScript,
};
