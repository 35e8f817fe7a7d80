/**
 * A command's help as commander's Help gives it, before any layout (layout.ts): the same calls, in
 * the same order, as commander 14's formatHelp (lib/help.js), with program.ts's translations and
 * facts applied by the helper. Each command's document is also what the build keeps for its help
 * printed without the program (instant.ts).
 */
import type { Command, Help, Option } from 'commander';
import type { HelpDocument, HelpSection } from './layout.ts';

/** Commander's groups, in its order: a heading for each group of items, first seen first. */
function sections<T extends Command | Option>(helper: Help, all: T[], visible: T[], heading: (item: T) => string, item: (item: T) => [string, string]): HelpSection[] {
  return [...helper.groupItems(all, visible, heading)].map(([title, items]) => ({ title: helper.styleTitle(title), items: items.map(item) }));
}

export function helpDocument(cmd: Command, helper: Help): HelpDocument {
  const usage = `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`;
  const description = helper.commandDescription(cmd);
  const optionItem = (option: Option): [string, string] => [helper.styleOptionTerm(helper.optionTerm(option)), helper.styleOptionDescription(helper.optionDescription(option))];
  const all: HelpSection[] = [
    {
      title: helper.styleTitle('Arguments:'),
      items: helper.visibleArguments(cmd).map((argument) => [helper.styleArgumentTerm(helper.argumentTerm(argument)), helper.styleArgumentDescription(helper.argumentDescription(argument))]),
    },
    ...sections(helper, [...cmd.options], helper.visibleOptions(cmd), (option) => option.helpGroupHeading ?? 'Options:', optionItem),
    { title: helper.styleTitle('Global Options:'), items: helper.showGlobalOptions ? helper.visibleGlobalOptions(cmd).map(optionItem) : [] },
    ...sections(helper, [...cmd.commands], helper.visibleCommands(cmd), (sub) => sub.helpGroup() || 'Commands:', (sub) => [helper.styleSubcommandTerm(helper.subcommandTerm(sub)), helper.styleSubcommandDescription(helper.subcommandDescription(sub))]),
  ];
  return { usage, description: description.length > 0 ? helper.styleCommandDescription(description) : '', sections: all.filter((section) => section.items.length > 0) };
}

/** The help document of a command and of every command below it, each with its words after the program's name (`[]` for the program itself). */
export function everyHelpDocument(command: Command, words: readonly string[] = []): Array<{ words: readonly string[]; document: HelpDocument }> {
  return [{ words, document: helpDocument(command, command.createHelp()) }, ...command.commands.flatMap((sub) => everyHelpDocument(sub, [...words, sub.name()]))];
}
