/**
 * The program as `cmg-setup completion` walks it (every option made), and what a test reads of it
 * by itself, straight from commander: each command path's subcommands and visible option names.
 */
import type { Command } from 'commander';
import { addInputOptions } from '../../src/cli/input-options.ts';
import { buildProgram, makeEveryOption } from '../../src/cli/program.ts';
import type { Lang } from '../../src/model/lang.ts';

export function fullProgram(lang: Lang = 'en'): Command {
  const program = buildProgram(lang, addInputOptions);
  makeEveryOption(program);
  return program;
}

export interface CommandFacts {
  commands: string[];
  flags: string[];
}

/** By command path ('' for the program, 'cert inspect'): commander's own commands (not hidden, not the implicit help) and the options --help shows. */
export function commanderFacts(program: Command): Map<string, CommandFacts> {
  const facts = new Map<string, CommandFacts>();
  const visit = (command: Command, path: string[]): void => {
    const help = command.createHelp();
    const commands = command.commands.filter((sub) => help.visibleCommands(command).includes(sub));
    const flags = help.visibleOptions(command).flatMap((option) => [option.short, option.long].filter((name): name is string => name !== undefined));
    facts.set(path.join(' '), { commands: commands.map((sub) => sub.name()), flags });
    for (const sub of commands) visit(sub, [...path, sub.name()]);
  };
  visit(program, []);
  return facts;
}
