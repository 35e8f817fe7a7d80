/** What the read-only Azure preflight checks, collected from the steps (Step.azureChecks) in the registry's order. */
import { STEPS } from '../steps/index.ts';
import type { Answers } from '../model/answers.ts';
import type { AzureCheckRequest } from '../model/azure-checks.ts';
import type { Step } from '../model/step.ts';

export function azureChecks(answers: Answers, steps: readonly Step[] = STEPS): AzureCheckRequest[] {
  return steps.flatMap((step) => step.azureChecks?.(answers) ?? []);
}
