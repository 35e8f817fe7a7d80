import { serverCertificate } from './server-certificate/index.ts';
import { clientRoot } from './client-root/index.ts';
import { azure } from './azure/index.ts';
import { gateway } from './gateway/index.ts';
import { site } from './site/index.ts';
import { connectionPoint } from './connection-point/index.ts';
import { roles } from './roles/index.ts';
import { clients } from './clients/index.ts';
import { generalInputs } from './general/index.ts';
import type { AnyInputSpec } from '../model/inputs.ts';
import type { Step, StepContext, StepPlan, StepPosition } from '../model/step.ts';
import type { StepId } from '../model/step-id.ts';

/**
 * The steps, in the wizard's order: the one list. A ninth step is its folder and one line here;
 * its number ("Step 4: " in its scripts), the count and its output folder (`04-gateway`) follow from this order.
 */
export const STEPS: readonly Step[] = [serverCertificate, clientRoot, azure, gateway, site, connectionPoint, roles, clients];

export const STEP_IDS: readonly StepId[] = STEPS.map((step) => step.id);

/** Every input in resolution order: a default or rule may read only inputs declared before it. */
export const ALL_INPUTS = [...generalInputs, ...STEPS.flatMap((step) => step.inputs)];

export function findInput(key: string): AnyInputSpec | undefined {
  return ALL_INPUTS.find((candidate) => candidate.key === key);
}

/** A declared input by key; asking for an undeclared one is a programming error. */
export function inputSpec(key: string): AnyInputSpec {
  const spec = findInput(key);
  if (!spec) throw new Error(`no input declared as ${key}`);
  return spec;
}

/** A step by id; asking for one that is not in the list is a programming error. */
export function stepById(id: StepId): Step {
  const step = STEPS.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
}

export function stepNumber(id: StepId): number {
  return STEPS.indexOf(stepById(id)) + 1;
}

/** The step's place among all of them, as a script's synopsis opens ("Step 4: "). */
export function stepPosition(id: StepId): StepPosition {
  return { number: stepNumber(id) };
}

/** `04-gateway`: the step's folder in the output. */
export function stepFolder(id: StepId): string {
  return `${String(stepNumber(id)).padStart(2, '0')}-${id}`;
}

/** What a step plans from, but its place, which comes from this list. */
export type PlanInput = Omit<StepContext, 'position' | 'folder'>;

/** Plans a step at its place in the list: the only way a step learns its number and folder. */
export function planAtPlace(step: Step, input: PlanInput): StepPlan {
  return step.plan({ ...input, position: stepPosition(step.id), folder: stepFolder(step.id) });
}
