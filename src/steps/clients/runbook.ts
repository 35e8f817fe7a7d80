import { DOCS } from '../../emit/runbook/sources.ts';
import type { Answers } from '../../model/answers.ts';
import type { DiagramPart } from '../../model/diagram.ts';
import type { ManualAction, RunbookFile } from '../../model/runbook.ts';
import type { Params } from '../../model/text.ts';
import type { ClientsPurpose, ClientsAction } from './texts.ts';

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
export function runbookActions(): ManualAction<ClientsAction>[] {
  return [{ id: 'client-settings', at: 'before', who: 'configmgr-admin', sources: [DOCS.planRequirements, DOCS.clientSettings, DOCS.setClientSettingCloudService] }];
}

/** Who runs or uses each kind of file of this step, and the pages it rests on (the runbook's **Who:** and **Source:**; docs/reference/documented-facts.md, section 3). */
export const runbookFiles: Record<ClientsPurpose, RunbookFile> = {
  'clients.script': { who: 'client-admin', sources: [DOCS.configureClients] },
  'clients.baseline.discovery': { who: 'configmgr-admin', sources: [DOCS.configureClients] },
  'clients.baseline.remediation': { who: 'configmgr-admin', sources: [DOCS.configureClients] },
  'clients.gpo': { who: 'gpo-admin', sources: [DOCS.configureClients] },
  'clients.intune.detection': { who: 'intune-admin', sources: [DOCS.configureClients] },
  'clients.intune.remediation': { who: 'intune-admin', sources: [DOCS.configureClients] },
  'clients.ccmsetup': { who: 'client-admin', sources: [DOCS.clientInstallProperties, DOCS.clientsWithToken, DOCS.clientsWithEntra] },
};
