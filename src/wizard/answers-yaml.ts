import { isAbsolute, resolve, win32 } from 'node:path';
import { Document } from 'yaml';
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

/** A path as the current folder reads it, made absolute so the file works from its own folder (a Windows absolute path stays as written). */
function absolute(path: string, cwd: string): string {
  return path === '' || isAbsolute(path) || win32.isAbsolute(path) ? path : resolve(cwd, path);
}

function absolutePath(spec: AnyInputSpec, value: unknown, cwd: string): unknown {
  if (!spec.path) return value;
  const one = (path: unknown) => (typeof path === 'string' ? absolute(path, cwd) : path);
  return Array.isArray(value) ? value.map(one) : one(value);
}

/**
 * answers.yaml: re-runnable with `cmg-setup --answers answers.yaml`. A secret is written as
 * where it comes from (env:NAME, file:PATH, stdin, prompt), never as its value. An input only the
 * command line or the environment may set (armEndpoint) is left out: the file would be refused.
 * A path (and a secret's file:PATH) is written absolute (the file's reader reads a relative one from the file's folder, the
 * run that wrote it read it from `cwd`). An input that applies but has no value (an optional
 * question skipped) is written `null`, which the reader takes as answered "none": a re-run at a
 * terminal does not ask it again.
 */
export function renderAnswersYaml(result: PlanResult, options: { cwd?: string } = {}): string {
  const cwd = options.cwd ?? process.cwd();
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
    if (input.value !== undefined) values[spec.key] = absolutePath(spec, input.value, cwd);
    else if (input.source.startsWith('file:')) values[spec.key] = `file:${absolute(input.source.slice(5), cwd)}`;
    else values[spec.key] = input.source === 'generated' ? 'prompt' : input.source;
  }
  const document = new Document(values);
  document.commentBefore = ANSWERS_YAML_HINT;
  return document.toString({ lineWidth: 0 });
}
