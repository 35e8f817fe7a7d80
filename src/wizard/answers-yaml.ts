import { Document } from 'yaml';
import { findInput } from '../steps/index.ts';
import { describeInputs } from './plan-document.ts';
import type { PlanResult } from '../model/plan.ts';

/**
 * answers.yaml: re-runnable with `cmg-setup --answers answers.yaml`. A secret is written as
 * where it comes from (env:NAME, file:PATH, stdin, prompt), never as its value. An input only the
 * command line or the environment may set (armEndpoint) is left out: the file would be refused.
 */
export function renderAnswersYaml(result: PlanResult): string {
  const values: Record<string, unknown> = {};
  for (const [key, input] of Object.entries(describeInputs(result))) {
    if (findInput(key)?.commandLineOnly) continue;
    if (input.value !== undefined) values[key] = input.value;
    else values[key] = input.source === 'generated' ? 'prompt' : input.source;
  }
  const document = new Document(values);
  document.commentBefore = ' cmg-setup answers: re-run with `cmg-setup --answers answers.yaml`. No secrets here, only where each comes from.';
  return document.toString({ lineWidth: 0 });
}
