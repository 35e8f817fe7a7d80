import { Option, type Command } from 'commander';
import { ALL_INPUTS, STEP_IDS, stepNumber, stepTitle } from '../steps/declarations.ts';
import { catalogue } from '../messages/i18n.ts';
import type { Lang } from '../model/lang.ts';
import { splitList } from '../wizard/coerce.ts';
import { envName, flagName, kebabCase, secretFlags, type AnyInputSpec } from '../model/inputs.ts';

/** Repeatable and comma-separated: `--management-points a,b --management-points c`. */
function collectList(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...splitList(value)];
}

function describe(spec: AnyInputSpec, lang: Lang): string {
  const text = catalogue(lang);
  const parts = [spec.texts[lang].help];
  // `a | b`, not `a|b`: a long list must wrap between choices at the help's width.
  if (spec.choices) parts.push(text.ui.helpChoicesSuffix({ choices: spec.choices.join(' | ') }));
  const fallback = typeof spec.default === 'function' ? undefined : spec.default;
  if (fallback !== undefined && !(Array.isArray(fallback) && fallback.length === 0)) parts.push(text.ui.helpDefaultSuffix({ value: Array.isArray(fallback) ? fallback.join(',') : String(fallback) }));
  parts.push(text.ui.helpEnvSuffix({ env: envName(spec.key) }));
  return parts.join(' ');
}

function groupOf(spec: AnyInputSpec, lang: Lang): string {
  const text = catalogue(lang);
  if (spec.step === 'general') return text.ui.helpGroupGeneral;
  return text.ui.helpGroupStep({ number: stepNumber(spec.step), title: stepTitle(spec.step, lang) });
}

/** The options of every input, derived from the declarations, grouped by step in --help. */
export function addInputOptions(command: Command, lang: Lang): Command {
  const ordered = [...ALL_INPUTS].sort((a, b) => (a.step === 'general' ? 0 : STEP_IDS.indexOf(a.step) + 1) - (b.step === 'general' ? 0 : STEP_IDS.indexOf(b.step) + 1));
  for (const spec of ordered) {
    const group = groupOf(spec, lang);
    const flag = flagName(spec.key);
    switch (spec.kind) {
      case 'boolean':
        command.addOption(new Option(flag, describe(spec, lang)).helpGroup(group));
        {
          // Shown where it changes something: an input on by default is turned off with it.
          const negation = new Option(`--no-${kebabCase(spec.key)}`, catalogue(lang).ui.helpNegation({ flag })).helpGroup(group);
          command.addOption(spec.default === true ? negation : negation.hideHelp());
        }
        break;
      case 'list':
        command.addOption(new Option(`${flag} <items>`, describe(spec, lang)).argParser(collectList).helpGroup(group));
        break;
      case 'records':
        command.addOption(new Option(`${flag} <json>`, describe(spec, lang)).helpGroup(group));
        break;
      case 'secret': {
        const flags = secretFlags(spec.key);
        const what = spec.texts[lang].prompt;
        command.addOption(new Option(flags.stdin, catalogue(lang).ui.helpSecretStdin({ what })).helpGroup(group));
        command.addOption(new Option(`${flags.file} <path>`, catalogue(lang).ui.helpSecretFile({ what })).helpGroup(group));
        command.addOption(new Option(`${flags.env} <VAR>`, catalogue(lang).ui.helpSecretEnv({ what, env: envName(spec.key) })).helpGroup(group));
        break;
      }
      default:
        command.addOption(new Option(`${flag} <value>`, describe(spec, lang)).helpGroup(group));
    }
  }
  return command;
}

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
