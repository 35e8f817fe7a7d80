import { DOCS } from '../../emit/runbook/sources.ts';
import type { Answers } from '../../model/answers.ts';
import type { DiagramPart } from '../../model/diagram.ts';
import type { ManualAction } from '../../model/runbook.ts';
import type { Params } from '../../model/text.ts';

/** Step 8's values for the runbook's texts (Step.runbookParams): the runbook adds them to the shared ones (emit/runbook/context.ts). */
export function runbookParams(answers: Answers): Params {
  return {
    alwaysOnInternet: answers.clientAlwaysOnInternetAction === 'set' ? 'yes' : '',
    // What the step does with ClientAlwaysOnInternet: set, remove or leave (F-CLI-1, F-CLI-2).
    alwaysOnInternetAction: answers.clientAlwaysOnInternetAction,
  };
}

/** Step 8 in the diagram: the internet clients, which reach the CMG on HTTPS 443. */
export function runbookDiagram(): DiagramPart {
  return { nodes: [{ id: 'clients', kind: 'clients', lines: [{ label: 'internetClients' }] }], edges: [{ kind: 'clients', from: 'clients', to: 'cmg', label: { label: 'https443' } }] };
}

/** Step 8's actions by hand: F-RB-4, both client settings, for the devices that use the CMG. */
export function runbookActions(): ManualAction[] {
  return [{ id: 'client-settings', at: 'before', who: 'configmgr-admin', sources: [DOCS.planRequirements, DOCS.clientSettings, DOCS.setClientSettingCloudService] }];
}
