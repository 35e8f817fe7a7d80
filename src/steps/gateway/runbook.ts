import { deploymentName } from '../../domain/clouds.ts';
import type { Answers } from '../../model/answers.ts';
import type { DiagramPart } from '../../model/diagram.ts';
import type { Params } from '../../model/text.ts';

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
