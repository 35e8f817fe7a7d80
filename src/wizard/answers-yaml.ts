import { Document } from 'yaml';
import path, { type PlatformPath } from 'node:path';
import { isForeignAbsolute, locate } from '../domain/script-paths.ts';
import { ALL_INPUTS } from '../steps/declarations.ts';
import { isRelevant, type AnyInputSpec } from '../model/inputs.ts';
import { describeInputs } from './plan-document.ts';
import type { PlanResult, Resolution } from '../model/plan.ts';
import type { PartialAnswers } from '../model/answers.ts';

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
  /** Tests of Windows behaviour on Linux: path.win32. */
  platform?: PlatformPath;
}

/**
 * A path as the run read it (from `cwd`), written so that the file reads it back from its own
 * folder: relative to that folder when the file is inside it (the --example lab PKI travels with
 * the output folder, and the output stays the same wherever it was written), absolute otherwise
 * (a certificate elsewhere on the machine stays where it is when the folder is copied). A Windows
 * absolute path stays as written where the platform cannot resolve it. A path inside the folder is
 * written with `/`, which Windows reads too: the same answers file on Windows and Linux (issue 16).
 */
function fromFile(given: string, { cwd, folder, platform = path }: AnswersPlace): string {
  if (given === '' || isForeignAbsolute(given, platform)) return given;
  const { absolute, inside } = locate(given, cwd, folder, platform);
  return inside === undefined ? absolute : inside.split(platform.sep).join('/');
}

function pathFromFile(spec: AnyInputSpec, value: unknown, place: AnswersPlace): unknown {
  if (!spec.path) return value;
  const one = (path: unknown) => (typeof path === 'string' ? fromFile(path, place) : path);
  return Array.isArray(value) ? value.map(one) : one(value);
}

/** The answers of a run, whole or still under way: the values and where each came from. */
export interface AnswersSoFar {
  answers: PartialAnswers;
  sources: Resolution['sources'];
}

/**
 * The answers file's keys and values, in declaration order: a secret as where it comes from
 * (env:NAME, file:PATH, stdin, prompt), never as its value. An input only the command line or the
 * environment may set (armEndpoint) is left out: the file would be refused. A path (and a
 * secret's file:PATH) is written so the file reads it back from its own folder (fromFile:
 * relative inside that folder, absolute outside it). An input that applies but has no value (an
 * optional question skipped) is `null`, which the reader takes as answered "none": a re-run at a
 * terminal does not ask it again. `only` keeps the inputs of some steps (the resume state of an
 * interview under way holds the steps answered so far); `secretSource` may change how a secret's
 * source is written (the resume state asks again one that cannot be read twice).
 */
export function answersValues(
  resolution: AnswersSoFar,
  place: AnswersPlace,
  options: { only?: (spec: AnyInputSpec) => boolean; secretSource?: (source: string) => string } = {},
): Record<string, unknown> {
  const described = describeInputs(resolution);
  const { answers } = resolution;
  const values: Record<string, unknown> = {};
  for (const spec of ALL_INPUTS) {
    if (spec.commandLineOnly || (options.only && !options.only(spec))) continue;
    const input = described[spec.key];
    if (input === undefined) {
      // Relevant and without a value: skipped (or never given). An input never asked (an older form, a list of records) is left out.
      if (isRelevant(spec, answers) && !spec.notAsked && spec.kind !== 'records') values[spec.key] = null;
      continue;
    }
    if (input.value !== undefined) values[spec.key] = pathFromFile(spec, input.value, place);
    else {
      const source = options.secretSource ? options.secretSource(input.source) : input.source;
      if (source.startsWith('file:')) values[spec.key] = `file:${fromFile(source.slice(5), place)}`;
      else values[spec.key] = source === 'generated' ? 'prompt' : source;
    }
  }
  return values;
}

/** Answers as YAML, under a comment when one is given (each of its lines a `#` line). */
export function answersDocument(values: Record<string, unknown>, comment?: string): string {
  const document = new Document(values);
  if (comment !== undefined) document.commentBefore = comment;
  return document.toString({ lineWidth: 0 });
}

/** answers.yaml: re-runnable with `cmg-setup --answers answers.yaml` (answersValues says what it holds). */
export function renderAnswersYaml(result: PlanResult, place: AnswersPlace): string {
  return answersDocument(answersValues(result.resolution, place), ANSWERS_YAML_HINT);
}
