import { RESOURCE_PROVIDERS } from '../../domain/azure-resources.ts';
import { code } from '../../emit/runbook/markdown.ts';
import { DOCS } from '../../emit/runbook/sources.ts';
import type { Answers } from '../../model/answers.ts';
import type { ManualAction } from '../../model/runbook.ts';
import type { Params } from '../../model/text.ts';

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
export function runbookActions(answers: Answers): ManualAction[] {
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
