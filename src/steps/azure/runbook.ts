import { RESOURCE_PROVIDERS } from '../../domain/azure-resources.ts';
import { code } from '../../emit/runbook/markdown.ts';
import { DOCS } from '../../emit/runbook/sources.ts';
import type { Answers } from '../../model/answers.ts';
import type { ManualAction, RunbookFile } from '../../model/runbook.ts';
import type { Params } from '../../model/text.ts';
import type { AzurePurpose, AzureAction } from './texts.ts';

/** Step 3's values for the runbook's texts (Step.runbookParams): the runbook adds them to the shared ones (emit/runbook/context.ts). */
export function runbookParams(answers: Answers): Params {
  const optional = (value: string | undefined) => (value === undefined || value === '' ? '' : code(value));
  return {
    subscriptionId: code(answers.subscriptionId),
    subCaCount: (answers.subCaCerts ?? []).length,
    tenantId: optional(answers.tenantId),
    serverAppClientId: optional(answers.serverAppClientId),
    clientAppClientId: optional(answers.clientAppClientId),
    resourceGroup: optional(answers.resourceGroup),
    existingResourceGroup: answers.useExistingResourceGroup ? 'yes' : '',
    providers: RESOURCE_PROVIDERS[answers.model].join(', '),
  };
}

/** Step 3's actions by hand that apply to these answers, in the runbook's order. */
export function runbookActions(answers: Answers): ManualAction<AzureAction>[] {
  const vmss = answers.model === 'vmss';
  return [
    // F-ROLE-1, F-ROLE-2: Global Administrator per the CMG pages; Application Administrator
    // within what Entra's consent page allows (no Graph application permission).
    ...(vmss ? [{ id: 'entra-roles', at: 'before', who: 'entra-admin', sources: [DOCS.manualApps, DOCS.adminConsent] } as const] : []),
    // F-ROLE-5: registering needs /register/action (Contributor, Owner).
    ...(vmss ? [{ id: 'resource-providers', at: 'before', who: 'azure-contributor', sources: [DOCS.resourceProviders] } as const] : []),
    ...(vmss ? [{ id: 'azure-service', at: 'after', who: 'configmgr-admin', sources: [DOCS.configureAzureAd] } as const] : []),
    // F-RB-5: federated or synchronized identities need both discoveries; F-RB-13: where each is set.
    ...(vmss && answers.clientAuth === 'entra' ? [{ id: 'user-discovery', at: 'after', who: 'configmgr-admin', sources: [DOCS.clientsWithEntra, DOCS.discoveryMethods, DOCS.setAzureService] } as const] : []),
    ...(answers.model === 'classic' ? [{ id: 'management-certificate', at: 'before', who: 'azure-admin', sources: [DOCS.article1610] } as const] : []),
  ];
}

/** Who runs or uses each kind of file of this step, and the pages it rests on (the runbook's **Who:** and **Source:**; docs/reference/documented-facts.md, section 3). */
export const runbookFiles: Record<AzurePurpose, RunbookFile> = {
  // F-ROLE-6: the manual registration page names a Global Administrator for the apps and their consent.
  // F-APP-*: the settings of the manual registration page; F-ROLE-6: admin consent's limits.
  'entra.apps': { who: 'entra-admin', sources: [DOCS.manualApps, DOCS.adminConsent] },
  // F-ONB: importing the apps needs no Entra role (manual registration page L174), only ConfigMgr's.
  // F-ONB-1..11: the scripted onboarding of the 2010 release notes, through these cmdlets.
  'azure.service': { who: 'configmgr-admin', sources: [DOCS.configureAzureAd, DOCS.importServerApp, DOCS.newAzureService] },
  // F-ROLE-4: ConfigMgr's own rights for every CMG task in the site.
  'subca.update': { who: 'configmgr-admin', sources: [DOCS.article1610] },
};
