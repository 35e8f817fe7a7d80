import { Option, type Command } from 'commander';
import { catalogue } from '../messages/i18n.ts';
import type { Lang } from '../model/lang.ts';

/** --yes, --json, --out and the rest: how the wizard runs rather than what it sets up. */
export function addRunOptions(command: Command, lang: Lang, options: { dryRunFlag: boolean }): Command {
  const text = catalogue(lang);
  const add = (option: Option, group: string) => command.addOption(option.helpGroup(group));
  const automation = text.ui.helpGroupAutomation;
  const output = text.ui.helpGroupOutput;
  add(new Option('--answers <file>', text.help.answers), automation);
  add(new Option('--resume', text.help.resume), automation);
  add(new Option('--fresh', text.help.fresh), automation);
  add(new Option('-y, --yes', text.help.yes), automation);
  add(new Option('--interactive', text.help.interactive), automation);
  add(new Option('--no-interactive', text.help.noInteractive), automation);
  add(new Option('--example', text.help.example), automation);
  add(new Option('--lab-password-stdin', text.help.labPasswordStdin), automation);
  add(new Option('--lab-password-file <path>', text.help.labPasswordFile), automation);
  add(new Option('--lab-password-env <VAR>', text.help.labPasswordEnv), automation);
  add(new Option('--now <iso-date>', text.help.now), automation);
  if (options.dryRunFlag) add(new Option('--dry-run', text.help.dryRun), automation);
  add(new Option('--offline', text.help.offline), automation);
  add(new Option('--azure-timeout <seconds>', text.help.azureTimeout), automation);
  add(new Option('--azure-deadline <seconds>', text.help.azureDeadline), automation);
  add(new Option('--json', text.help.json), output);
  add(new Option('--out <dir>', text.help.out).default('./cmg-setup-output'), output);
  add(new Option('--force', text.help.force), output);
  add(new Option('--save-answers <file>', text.help.saveAnswers), output);
  add(new Option('--lang <lang>', text.help.lang), output);
  add(new Option('--no-color', text.help.noColor), output);
  return command;
}
