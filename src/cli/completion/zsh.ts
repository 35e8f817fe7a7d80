/**
 * The zsh completer: bash's function (bash.ts) through zsh's bashcompinit, which gives a bash
 * completion function COMP_WORDS, COMP_CWORD and a `complete` builtin of its own (zshcompsys(1),
 * "bashcompinit"): one set of rules for both shells, tested in bash, rather than a second
 * implementation in _arguments. Sourced after compinit (`source <(cmg-setup completion zsh)` in
 * ~/.zshrc); the #compdef line names the command for anyone who keeps it in $fpath instead.
 */
import { bashFunction, completionFunction } from './bash.ts';
import type { CompletionCommand } from './tree.ts';

export const ZSH_FIRST_LINE = '#compdef cmg-setup';

export function zshScript(tree: CompletionCommand): string {
  return [
    `#compdef ${tree.name}`,
    `# cmg-setup tab completion for zsh. Add it to ~/.zshrc, after compinit: source <(${tree.name} completion zsh)`,
    'autoload -U +X bashcompinit && bashcompinit',
    ...bashFunction(tree),
    `complete -o default -F ${completionFunction(tree)} ${tree.name}`,
    '',
  ].join('\n');
}
