/**
 * The bash completer: a function bound with `complete -F`, which bash calls with the words of
 * the line in COMP_WORDS and the index of the one under the cursor in COMP_CWORD, and whose
 * COMPREPLY array it offers (the bash manual, "Programmable Completion" and the `complete`
 * builtin: https://www.gnu.org/software/bash/manual/html_node/Programmable-Completion-Builtins.html).
 * `-o default`: when it offers nothing, bash completes file names (`--answers <file>`).
 *
 * What the program is goes in as data, one line per fact, read by one function: plain POSIX
 * shell besides the arrays, so that zsh's bashcompinit runs it too (zsh.ts). bash splits
 * `--model=vmss` into `--model`, `=` and `vmss` (`=` is in COMP_WORDBREAKS). No local variable
 * may be named as one of zsh's special ones: a local `path` would empty zsh's PATH, `commands`
 * is its table of commands.
 */
import { everyCommand, type CompletionCommand } from './tree.ts';

export const BASH_FIRST_LINE = '# cmg-setup tab completion for bash';

/** Names, values and command words are plain words (no `|`, blank or quote); anything else would break the data lines. */
function word(text: string): string {
  if (!/^[A-Za-z0-9._:@%+,\/=-]+$/.test(text)) throw new Error(`not a plain word for the bash completion data: ${JSON.stringify(text)}`);
  return text;
}

/**
 * `c|path|name`: a subcommand; `f|path|names|1 or 0 (takes a value)|names it rules out`: an
 * option; `v|path|name|value`: a value of an option; `n|path|count`: how many operands;
 * `o|path|index|value`: a value of an operand. The program's path is empty.
 */
function dataLines(tree: CompletionCommand): string[] {
  return everyCommand(tree).flatMap((command) => {
    const path = command.path.map(word).join(' ');
    return [
      ...command.commands.map((sub) => `c|${path}|${word(sub.name)}`),
      ...command.flags.flatMap((flag) => [
        `f|${path}|${flag.names.map(word).join(' ')}|${flag.takesValue ? 1 : 0}|${flag.excludes.map(word).join(' ')}`,
        ...flag.values.flatMap((value) => flag.names.map((name) => `v|${path}|${name}|${word(value.value)}`)),
      ]),
      `n|${path}|${command.operands.length}`,
      ...command.operands.flatMap((values, index) => values.map((value) => `o|${path}|${index}|${word(value.value)}`)),
    ];
  });
}

/** The completion function's name, `_cmg_setup`: what `complete -F` binds, in bash and zsh alike. */
export const completionFunction = (tree: CompletionCommand): string => `_${tree.name.replace(/[^A-Za-z0-9]/g, '_')}`;

/** The function and its data, without the `complete` line (zsh.ts adds its own). */
export function bashFunction(tree: CompletionCommand): string[] {
  const fn = completionFunction(tree);
  return [
    `${fn}_data() {`,
    "  cat <<'CMG_SETUP_COMPLETION_DATA'",
    ...dataLines(tree),
    'CMG_SETUP_COMPLETION_DATA',
    '}',
    '',
    `${fn}() {`,
    '  local data cur word name kind p a b c i found place="" expect="" operand=0 given=" " operands=0',
    `  data="$(${fn}_data)"`,
    '  cur="${COMP_WORDS[COMP_CWORD]}"',
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    '    word="${COMP_WORDS[i]}"',
    // `--model=vmss`: the `=` between an option and its value.
    '    if [ "$word" = "=" ] && [ -n "$expect" ]; then continue; fi',
    '    if [ -n "$expect" ]; then expect=""; continue; fi',
    '    case "$word" in',
    '      -?*)',
    '        name="${word%%=*}"',
    '        while IFS="|" read -r kind p a b c; do',
    '          [ "$kind" = f ] && [ "$p" = "$place" ] || continue',
    '          case " $a " in',
    '            *" $name "*) given="$given$c "; if [ "$b" = 1 ]; then expect="$name"; fi; break ;;',
    '          esac',
    '        done <<< "$data"',
    '        ;;',
    '      *)',
    '        found=""',
    '        if [ "$operand" = 0 ]; then',
    '          while IFS="|" read -r kind p a b c; do',
    '            if [ "$kind" = c ] && [ "$p" = "$place" ] && [ "$a" = "$word" ]; then found=1; break; fi',
    '          done <<< "$data"',
    '        fi',
    '        if [ -n "$found" ]; then place="${place:+$place }$word"; given=" "; else operand=$((operand + 1)); fi',
    '        ;;',
    '    esac',
    '  done',
    '  if [ "$cur" = "=" ]; then cur=""; fi',
    // zsh (and a bash without `=` in COMP_WORDBREAKS) leaves `--model=c` one word: its values after the `=`.
    '  local before=""',
    '  case "$cur" in',
    '    -*=*) if [ -z "$expect" ]; then expect="${cur%%=*}"; before="$expect="; cur="${cur#*=}"; fi ;;',
    '  esac',
    '  local subs=() flags=() values=() operandValues=()',
    '  while IFS="|" read -r kind p a b c; do',
    '    [ "$p" = "$place" ] || continue',
    '    case "$kind" in',
    '      c) subs+=("$a") ;;',
    '      f) for name in $a; do case "$given" in *" $name "*) ;; *) flags+=("$name") ;; esac; done ;;',
    '      v) if [ "$a" = "$expect" ]; then values+=("$b"); fi ;;',
    '      n) operands="$a" ;;',
    '      o) if [ "$a" = "$operand" ]; then operandValues+=("$b"); fi ;;',
    '    esac',
    '  done <<< "$data"',
    '  local candidates=()',
    '  if [ -n "$expect" ]; then candidates=("${values[@]}")',
    '  elif [ "${cur#-}" != "$cur" ]; then candidates=("${flags[@]}")',
    '  elif [ "$operand" = 0 ] && [ "${#subs[@]}" -gt 0 ]; then candidates=("${subs[@]}")',
    '  elif [ "$operand" -lt "$operands" ]; then candidates=("${operandValues[@]}")',
    '  else candidates=("${flags[@]}")',
    '  fi',
    '  COMPREPLY=()',
    '  for word in "${candidates[@]}"; do',
    '    case "$word" in "$cur"*) COMPREPLY+=("$before$word") ;; esac',
    '  done',
    '}',
  ];
}

export function bashScript(tree: CompletionCommand): string {
  return [BASH_FIRST_LINE, `# Add it to ~/.bashrc: source <(${tree.name} completion bash)`, ...bashFunction(tree), `complete -o default -F ${completionFunction(tree)} ${tree.name}`, ''].join('\n');
}
