import { deploymentName } from '../../domain/clouds.ts';
import { cmgIsPreRelease } from '../../domain/site.ts';
import { DOCS } from '../../emit/runbook/sources.ts';
import type { Answers } from '../../model/answers.ts';
import type { DiagramPart } from '../../model/diagram.ts';
import type { ManualAction, RunbookFile } from '../../model/runbook.ts';
import type { Params } from '../../model/text.ts';
import type { GatewayPurpose, GatewayAction } from './texts.ts';

/** Step 4's values for the runbook's texts (Step.runbookParams): the runbook adds them to the shared ones (emit/runbook/context.ts). */
export function runbookParams(answers: Answers): Params {
  return {
    verifyCrl: answers.verifyClientCrl ? 'yes' : '',
    threshold: answers.trafficThresholdGb ?? '',
    warningPct: answers.trafficWarningPct,
    criticalPct: answers.trafficCriticalPct,
  };
}

/** Step 4 in the diagram: the CMG in Azure, and the site that creates and watches it. */
export function runbookDiagram(answers: Answers): DiagramPart {
  const deployment = deploymentName(answers.model, answers.cloud, answers.deploymentPrefix, answers.region);
  return {
    nodes: [
      {
        id: 'cmg',
        kind: 'cmg',
        lines: [
          { label: 'cmg' },
          answers.serviceName,
          { label: 'deployment', params: { name: deployment } },
          { label: 'region', params: { region: answers.region } },
          { label: 'vmInstances', params: { count: answers.vmCount } },
        ],
      },
    ],
    edges: [{ kind: 'deploys', from: 'site', to: 'cmg', label: { label: 'deploys', params: { model: answers.model } }, dotted: true }],
  };
}

/** Step 4's actions by hand that apply to these answers, in the runbook's order. */
export function runbookActions(answers: Answers): ManualAction<GatewayAction>[] {
  const vmss = answers.model === 'vmss';
  // Clients reach the service name; a name outside Azure's domains needs a CNAME to the deployment.
  const cname = vmss && answers.serviceName.toLowerCase() !== deploymentName(answers.model, answers.cloud, answers.deploymentPrefix, answers.region).toLowerCase();
  return [
    // F-RB-1, F-RB-10: the service connection point deploys the CMG, so it must be online.
    ...(vmss ? [{ id: 'service-connection-point', at: 'before', who: 'top-level-admin', sources: [DOCS.planComponents, DOCS.serviceConnectionPoint, DOCS.setServiceConnectionPoint] } as const] : []),
    // F-RB-2 (CONTRADICTED): said as "if the console lists it"; F-RB-3: the feature's Name is undocumented, so no cmdlet.
    ...(vmss ? [{ id: 'optional-feature', at: 'before', who: 'features-admin', sources: [DOCS.setupCmg, DOCS.optionalFeatures, DOCS.preReleaseFeatures] } as const] : []),
    // F-RB-8, F-RB-11: the 1610 CMG is pre-release until 1802; consent, then Features (under Cloud Services before 1702).
    ...(answers.model === 'classic' && cmgIsPreRelease(answers.siteVersion) ? [{ id: 'pre-release-feature', at: 'before', who: 'features-admin', sources: [DOCS.preRelease2017, DOCS.article1610] } as const] : []),
    // F-ROLE-3 (CONTRADICTED), F-GW-12, F-RB-14: who the console signs in as; the Non-Interactive set's identity (the server app from 2309).
    ...(vmss ? [{ id: 'azure-rights', at: 'before', who: 'azure-owner', sources: [DOCS.setupCmg, DOCS.planRequirements, DOCS.newGateway] } as const] : []),
    ...(cname ? [{ id: 'dns-cname', at: 'after', who: 'dns-admin', sources: [DOCS.dataFlow] } as const] : []),
  ];
}

/** Who runs or uses each kind of file of this step, and the pages it rests on (the runbook's **Who:** and **Source:**; docs/reference/documented-facts.md, section 3). */
export const runbookFiles: Record<GatewayPurpose, RunbookFile> = {
  'gateway.create': { who: 'configmgr-admin', sources: [DOCS.setupCmg, DOCS.newGateway] },
  'gateway.console': { who: 'configmgr-admin', sources: [DOCS.article1610] },
  // F-GW-3, F-GW-14: the console procedure of the set-up page, written out where no script is sure.
  'gateway.console-scale-set': { who: 'configmgr-admin', sources: [DOCS.setupCmg] },
  'gateway.wait': { who: 'configmgr-admin', sources: [DOCS.setupCmg, DOCS.getGateway] },
};
