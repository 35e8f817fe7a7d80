/**
 * What tab completion knows, read from the commander program itself (program.ts buildProgram,
 * every option made: makeEveryOption), so that it can never say something --help does not: the
 * commands and options --help shows (Help.visibleCommands / visibleOptions: hidden ones stay
 * hidden), and the values of an option whose values are a fixed list.
 *
 * The rules every shell's script follows with it (powershell.ts, bash.ts; zsh.ts runs bash's):
 * - the words before the cursor are read left to right: a subcommand of the command reached so
 *   far (before any operand) moves down to it; an option is noted as given, and the word after
 *   an option that takes a value (`--model vmss`, not `--model=vmss`) is its value, never a command;
 *   anything else is an operand;
 * - right after an option that takes a value: that option's values (none: the shell's own file
 *   completion, for `--answers <file>`; a secret's `--…-file <path>` and `--…-env <VAR>` get no
 *   values either);
 * - a word that starts with `-`: the command's options not given yet (an option and its negation
 *   rule each other out; a list input may be given again);
 * - otherwise the subcommands, if any and no operand came yet; else the values of the next operand
 *   (none: files, `cert inspect <file>`); else the options.
 */
import type { Command, Option } from 'commander';
import type { CompletionCommand, CompletionFlag, CompletionValue } from './tree.ts';
import { ALL_INPUTS } from '../../steps/declarations.ts';
import { flagName, type AnyInputSpec } from '../../model/inputs.ts';
import { LANGS, type Lang } from '../../model/lang.ts';

const firstLine = (text: string): string => text.split('\n')[0] ?? '';

const same = (value: string): CompletionValue => ({ value, description: value });

/** The declared inputs by flag (`--model`), but the secrets (whose flags are `--x-stdin`, `--x-file`, `--x-env`). */
type InputsByFlag = ReadonlyMap<string, AnyInputSpec>;

/**
 * The values of an option: commander's choices (`cert request --key-size`), else its input's
 * declared choices with their descriptions (`--model`, `--cloud`: addInputOptions does not give
 * them to commander, whose own error would bypass the catalogue's), else the languages for
 * --lang (checked by parseLang, for the same reason).
 */
function valuesOf(option: Option, inputs: InputsByFlag, lang: Lang): CompletionValue[] {
  if (option.argChoices) return option.argChoices.map(same);
  const spec = option.long === undefined ? undefined : inputs.get(option.long);
  if (spec?.choices) {
    const described: Readonly<Record<string, string>> = spec.texts[lang].choices ?? {};
    return spec.choices.map((value) => ({ value, description: described[value] ?? value }));
  }
  if (option.long === '--lang') return LANGS.map(same);
  return [];
}

const namesOf = (option: Option): string[] => [option.short, option.long].filter((name): name is string => name !== undefined);

function flagsOf(command: Command, inputs: InputsByFlag, lang: Lang): CompletionFlag[] {
  const options = command.createHelp().visibleOptions(command);
  // Every option of the command by what it sets, hidden ones included: a hidden `--no-x` still rules out `--x`.
  const bySetting = new Map<string, string[]>();
  for (const option of [...command.options, ...options.filter((option) => !command.options.includes(option))]) bySetting.set(option.attributeName(), [...(bySetting.get(option.attributeName()) ?? []), ...namesOf(option)]);
  return options.map((option) => {
    // A list input (`--management-points a --management-points b`) adds up; every other option is given once.
    const repeatable = option.long !== undefined && inputs.get(option.long)?.kind === 'list';
    return {
      names: namesOf(option),
      takesValue: option.required || option.optional,
      values: valuesOf(option, inputs, lang),
      description: firstLine(option.description),
      excludes: repeatable ? [] : (bySetting.get(option.attributeName()) ?? []),
    };
  });
}

function walk(command: Command, path: string[], inputs: InputsByFlag, lang: Lang): CompletionCommand {
  // Without commander's implicit `help [command]`: `--help` says the same, and `cert <Tab>` lists the certificate tools only.
  const subcommands = command.createHelp().visibleCommands(command).filter((sub) => command.commands.includes(sub));
  return {
    name: command.name(),
    path,
    description: firstLine(command.description()),
    commands: subcommands.map((sub) => walk(sub, [...path, sub.name()], inputs, lang)),
    flags: flagsOf(command, inputs, lang),
    operands: command.registeredArguments.map((argument) => (argument.argChoices ?? []).map(same)),
  };
}

/** The program as completion sees it; its options must all be made (program.ts makeEveryOption). */
export function completionTree(program: Command, lang: Lang): CompletionCommand {
  const inputs = new Map(ALL_INPUTS.filter((spec) => spec.kind !== 'secret').map((spec) => [flagName(spec.key), spec]));
  return walk(program, [], inputs, lang);
}
