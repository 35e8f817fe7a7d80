import { ALL_INPUTS, STEP_DECLARATIONS, stepNumber } from '../../steps/declarations.ts';
import { catalogue } from '../../messages/i18n.ts';
import type { Lang } from '../../model/lang.ts';
import { envName, flagName, type AnyInputSpec } from '../../model/inputs.ts';
import type { CommandIO } from '../io.ts';
import { jsonText } from '../../ui/json-text.ts';

function describeInput(spec: AnyInputSpec, lang: Lang) {
  const fallback = typeof spec.default === 'function' ? undefined : spec.default;
  return {
    key: spec.key,
    flag: spec.kind === 'secret' ? `${flagName(spec.key)}-stdin|-file|-env` : flagName(spec.key),
    env: envName(spec.key),
    kind: spec.kind,
    ...(spec.choices ? { choices: spec.choices } : {}),
    ...(fallback !== undefined ? { default: fallback } : {}),
    conditional: spec.required !== undefined || spec.relevant !== undefined,
    // Not an answers-file key: `--answers` refuses it (DESIGN.md rule 6).
    ...(spec.commandLineOnly ? { commandLineOnly: true } : {}),
    help: spec.texts[lang].help,
  };
}

export interface StepsOptions {
  lang: Lang;
  json: boolean;
}

/** `cmg-setup steps`: the steps in order, their stable ids, and every input with its flag and env. */
export async function stepsCommand({ lang, json }: StepsOptions, io: Pick<CommandIO, 'stdout'>): Promise<void> {
  const text = catalogue(lang);
  const groups = [
    { number: 0, id: 'general', title: text.generalTitle, inputs: ALL_INPUTS.filter((spec) => spec.step === 'general') },
    ...STEP_DECLARATIONS.map((step) => ({ number: stepNumber(step.id), id: step.id, title: step.title[lang], inputs: step.inputs })),
  ];
  if (json) {
    io.stdout.write(jsonText(groups.map((group) => ({ ...group, inputs: group.inputs.map((spec) => describeInput(spec, lang)) }))));
    return;
  }
  const lines = [text.ui.stepsHeader, ''];
  for (const group of groups) {
    lines.push(group.number === 0 ? `   ${group.id}  ${group.title}` : `${group.number}. ${group.id}  ${group.title}`);
    for (const spec of group.inputs) {
      const input = describeInput(spec, lang);
      const marker = input.conditional || spec.required ? text.ui.requiredMarker : ' ';
      const where = spec.commandLineOnly ? ` ${text.ui.stepsCommandLineOnly}` : '';
      lines.push(`     ${marker} ${input.key.padEnd(26)} ${input.flag.padEnd(34)} ${input.env}${where}`);
    }
    lines.push('');
  }
  io.stdout.write(lines.join('\n'));
}
