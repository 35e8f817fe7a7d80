import { declaration as serverCertificate } from './server-certificate/declaration.ts';
import { declaration as clientRoot } from './client-root/declaration.ts';
import { declaration as azure } from './azure/declaration.ts';
import { declaration as gateway } from './gateway/declaration.ts';
import { declaration as site } from './site/declaration.ts';
import { declaration as connectionPoint } from './connection-point/declaration.ts';
import { declaration as roles } from './roles/declaration.ts';
import { declaration as clients } from './clients/declaration.ts';
import { generalInputs } from './general/index.ts';
import type { AnyInputSpec } from '../model/inputs.ts';
import type { Lang } from '../model/lang.ts';
import type { StepDeclaration, StepPosition } from '../model/step.ts';
import type { StepId } from '../model/step-id.ts';

/**
 * The steps, in the wizard's order: the one list. A ninth step is its folder and one line here
 * (and its plan in index.ts, which the compiler asks for); its number ("Step 4: " in its scripts),
 * the count and its output folder (`04-gateway`) follow from this order.
 *
 * Only declarations: --help, `steps`, `schema` and the checks of the command line load this and
 * not the generators and runbook texts of index.ts (issue 15: every byte loaded is compiled).
 */
export const STEP_DECLARATIONS: readonly StepDeclaration[] = [serverCertificate, clientRoot, azure, gateway, site, connectionPoint, roles, clients];

export const STEP_IDS: readonly StepId[] = STEP_DECLARATIONS.map((step) => step.id);

/** Every input in resolution order: a default or rule may read only inputs declared before it. */
export const ALL_INPUTS = [...generalInputs, ...STEP_DECLARATIONS.flatMap((step) => step.inputs)];

export function findInput(key: string): AnyInputSpec | undefined {
  return ALL_INPUTS.find((candidate) => candidate.key === key);
}

/** A declared input by key; asking for an undeclared one is a programming error. */
export function inputSpec(key: string): AnyInputSpec {
  const spec = findInput(key);
  if (!spec) throw new Error(`no input declared as ${key}`);
  return spec;
}

function declarationOf(id: StepId): StepDeclaration {
  const step = STEP_DECLARATIONS.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
}

/** A step's heading in a language: its help group, its interview heading, its review row. */
export function stepTitle(id: StepId, lang: Lang): string {
  return declarationOf(id).title[lang];
}

export function stepNumber(id: StepId): number {
  return STEP_DECLARATIONS.indexOf(declarationOf(id)) + 1;
}

/** The step's place among all of them, as a script's synopsis opens ("Step 4: "). */
export function stepPosition(id: StepId): StepPosition {
  return { number: stepNumber(id) };
}

/** `04-gateway`: the step's folder in the output. */
export function stepFolder(id: StepId): string {
  return `${String(stepNumber(id)).padStart(2, '0')}-${id}`;
}
