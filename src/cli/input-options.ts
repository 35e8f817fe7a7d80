/**
 * The options of every input, from the declarations (src/steps/declarations.ts). A module of its
 * own so that the commands that take no input (`cert ...`) never load the declarations (issue 15):
 * src/cli/main.ts loads it for every other command.
 */
import { Option, type Command } from 'commander';
import { ALL_INPUTS, STEP_IDS, stepNumber, stepTitle } from '../steps/declarations.ts';
import { catalogue } from '../messages/i18n.ts';
import type { Lang } from '../model/lang.ts';
import { splitList } from '../wizard/coerce.ts';
import { envName, flagName, kebabCase, secretFlags, type AnyInputSpec } from '../model/inputs.ts';

/** Repeatable and separated as the input's items are (splitList): `--management-points "a, b;c" --management-points d`. */
function collectList(spec: AnyInputSpec) {
  return (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), ...splitList(value, spec)];
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
        command.addOption(new Option(`${flag} <items>`, describe(spec, lang)).argParser(collectList(spec)).helpGroup(group));
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

/**
 * The declared inputs, for main.ts's check of secrets given as flag values: through this module,
 * which main.ts loads anyway, so that the start reads one file fewer (issue 15).
 */
export { ALL_INPUTS } from '../steps/declarations.ts';

/** What program.ts is given to add them: absent for the commands that take no input. */
export type InputOptions = typeof addInputOptions;
