import { serverCertificate } from './01-server-certificate.ts';
import { clientRoot } from './02-client-root.ts';
import { azure } from './03-azure.ts';
import { gateway } from './04-gateway.ts';
import { site } from './05-site.ts';
import { connectionPoint } from './06-connection-point.ts';
import { roles } from './07-roles.ts';
import { clients } from './08-clients.ts';
import { generalInputs } from './general.ts';
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
