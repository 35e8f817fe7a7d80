import { Document } from 'yaml';
import { isWindowsAbsolute, locate } from '../domain/script-paths.ts';
import { ALL_INPUTS } from '../steps/index.ts';
import { isRelevant, type AnyInputSpec } from '../model/inputs.ts';
import { describeInputs } from './plan-document.ts';
import type { PlanResult } from '../model/plan.ts';

/**
 * The comment answers.yaml opens with: true wherever the file is and wherever it is run from (the
 * output folder's copy, a --save-answers file, either moved).
 */
export const ANSWERS_YAML_HINT =
  ' cmg-setup answers: re-run with `cmg-setup --answers <this file>`. No secrets here, only where each comes from.\n' +
  ' A relative path here is read from this file\'s folder, not the current one; `key: null` is a question answered "none" (not asked again).';

/** Where the file is written from and to: the run's current folder, and the folder the answers file goes into. */
export interface AnswersPlace {
  cwd: string;
  folder: string;
}

/**
 * A path as the run read it (from `cwd`), written so that the file reads it back from its own
 * folder: relative to that folder when the file is inside it (the --example lab PKI travels with
 * the output folder, and the output stays the same wherever it was written), absolute otherwise
 * (a certificate elsewhere on the machine stays where it is when the folder is copied). A Windows
 * absolute path stays as written.
 */
function fromFile(path: string, { cwd, folder }: AnswersPlace): string {
  if (path === '' || isWindowsAbsolute(path)) return path;
  const { absolute, inside } = locate(path, cwd, folder);
  return inside ?? absolute;
}

function pathFromFile(spec: AnyInputSpec, value: unknown, place: AnswersPlace): unknown {
  if (!spec.path) return value;
  const one = (path: unknown) => (typeof path === 'string' ? fromFile(path, place) : path);
  return Array.isArray(value) ? value.map(one) : one(value);
}

/**
 * answers.yaml: re-runnable with `cmg-setup --answers answers.yaml`. A secret is written as
 * where it comes from (env:NAME, file:PATH, stdin, prompt), never as its value. An input only the
 * command line or the environment may set (armEndpoint) is left out: the file would be refused.
 * A path (and a secret's file:PATH) is written so the file reads it back from its own folder
 * (fromFile: relative inside that folder, absolute outside it). An input that applies but has no value (an optional
 * question skipped) is written `null`, which the reader takes as answered "none": a re-run at a
 * terminal does not ask it again.
 */
export function renderAnswersYaml(result: PlanResult, place: AnswersPlace): string {
  const described = describeInputs(result);
  const answers = result.resolution.answers;
  const values: Record<string, unknown> = {};
  for (const spec of ALL_INPUTS) {
    if (spec.commandLineOnly) continue;
    const input = described[spec.key];
    if (input === undefined) {
      // Relevant and without a value: skipped (or never given). An input never asked (an older form, a list of records) is left out.
      if (isRelevant(spec, answers) && !spec.notAsked && spec.kind !== 'records') values[spec.key] = null;
      continue;
    }
    if (input.value !== undefined) values[spec.key] = pathFromFile(spec, input.value, place);
    else if (input.source.startsWith('file:')) values[spec.key] = `file:${fromFile(input.source.slice(5), place)}`;
    else values[spec.key] = input.source === 'generated' ? 'prompt' : input.source;
  }
  const document = new Document(values);
  document.commentBefore = ANSWERS_YAML_HINT;
  return document.toString({ lineWidth: 0 });
}
