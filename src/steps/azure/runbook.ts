import { RESOURCE_PROVIDERS } from '../../domain/azure-resources.ts';
import { code } from '../../emit/runbook/markdown.ts';
import type { Answers } from '../../model/answers.ts';
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
