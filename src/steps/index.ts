import { serverCertificate } from './server-certificate/index.ts';
import { clientRoot } from './client-root/index.ts';
import { azure } from './azure/index.ts';
import { gateway } from './gateway/index.ts';
import { site } from './site/index.ts';
import { connectionPoint } from './connection-point/index.ts';
import { roles } from './roles/index.ts';
import { clients } from './clients/index.ts';
import { generalInputs } from './general/index.ts';
import type { Step } from '../model/step.ts';
import type { AnyInputSpec } from '../model/inputs.ts';

/** The wizard's order. A ninth step is one file and one line here. */
export const STEPS: readonly Step[] = [serverCertificate, clientRoot, azure, gateway, site, connectionPoint, roles, clients];

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
