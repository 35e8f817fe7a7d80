/** What the read-only Azure preflight checks for this step (Step.azureChecks), in the order it is checked. */
import { deploymentName } from '../../domain/clouds.ts';
import { findRegion } from '../../domain/regions.ts';
import { RESOURCE_PROVIDERS, VM_SKUS } from '../../domain/azure-resources.ts';
import type { Answers } from '../../model/answers.ts';
import type { AzureCheckRequest } from '../../model/azure-checks.ts';

export function azureChecks(answers: Answers): AzureCheckRequest[] {
  const { subscriptionId } = answers;
  const vmss = answers.model === 'vmss';
  const checks: AzureCheckRequest[] = [
    { check: 'subscription', subscriptionId, ...(vmss && answers.tenantId ? { tenantId: answers.tenantId } : {}) },
    // Permissions - List is published for a resource group only: one that is not given cannot be asked.
    { check: 'permissions', subscriptionId, ...(vmss && answers.resourceGroup ? { resourceGroup: answers.resourceGroup } : {}) },
    { check: 'providers', namespaces: RESOURCE_PROVIDERS[answers.model] },
  ];
  if (!vmss) {
    // Classic cloud services have no scale sets, Key Vault or resource group of their own to check here.
    if (answers.contentEnabled) checks.push({ check: 'names', name: answers.deploymentPrefix, keyVault: false, storage: true, confirmFree: false });
    return checks;
  }
  const location = findRegion(answers.region)?.location ?? answers.region.toLowerCase().replace(/\s+/g, '');
  checks.push({ check: 'region-and-size', location, size: VM_SKUS[answers.vmSize] });
  if (answers.resourceGroup) checks.push({ check: 'resource-group', resourceGroup: answers.resourceGroup, location, useExisting: answers.useExistingResourceGroup });
  // The prefix names the public IP's DNS label, the Key Vault and the storage account (cmg-reference.md step 1 CB).
  const name = answers.deploymentPrefix;
  const dns = { location, ...(answers.cloud === 'usgov' ? { assumedDeployment: deploymentName('vmss', 'usgov', name, location) } : {}) };
  checks.push({ check: 'names', name, dns, keyVault: true, storage: answers.contentEnabled, confirmFree: true });
  return checks;
}
