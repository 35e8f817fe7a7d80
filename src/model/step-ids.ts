import type { StepPosition } from './step.ts';

/** Step ids are stable: they appear in file names, plan.json and the answers file. */
export const STEP_IDS = [
  'server-certificate',
  'client-root',
  'azure',
  'gateway',
  'site',
  'connection-point',
  'roles',
  'clients',
] as const;

export type StepId = (typeof STEP_IDS)[number];

export function stepNumber(id: StepId): number {
  return STEP_IDS.indexOf(id) + 1;
}

/** The step's place among all of them, as a script's synopsis opens ("Step 4 of 8: "). */
export function stepPosition(id: StepId): StepPosition {
  return { number: stepNumber(id), total: STEP_IDS.length };
}

/** `04-gateway`: the step's folder in the output. */
export function stepFolder(id: StepId): string {
  return `${String(stepNumber(id)).padStart(2, '0')}-${id}`;
}
