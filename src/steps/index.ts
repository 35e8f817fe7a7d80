import { serverCertificate } from './server-certificate/index.ts';
import { clientRoot } from './client-root/index.ts';
import { azure } from './azure/index.ts';
import { gateway } from './gateway/index.ts';
import { site } from './site/index.ts';
import { connectionPoint } from './connection-point/index.ts';
import { roles } from './roles/index.ts';
import { clients } from './clients/index.ts';
import { stepFolder, stepPosition } from './declarations.ts';
import type { Step, StepContext, StepPlan } from '../model/step.ts';
import type { StepId } from '../model/step-id.ts';

/**
 * The steps with their plans, in the order of their declarations (declarations.ts, the one list of
 * ids and order; a test keeps the two in step).
 */
export const STEPS: readonly Step[] = [serverCertificate, clientRoot, azure, gateway, site, connectionPoint, roles, clients];

/** A step by id; asking for one that is not in the list is a programming error. */
export function stepById(id: StepId): Step {
  const step = STEPS.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
}

/** What a step plans from, but its place, which comes from this list. */
export type PlanInput = Omit<StepContext, 'position' | 'folder'>;

/** Plans a step at its place in the list: the only way a step learns its number and folder. */
export function planAtPlace(step: Step, input: PlanInput): StepPlan {
  return step.plan({ ...input, position: stepPosition(step.id), folder: stepFolder(step.id) });
}
