/**
 * What a step asks the read-only Azure preflight to check (Step.azureChecks), as plain data:
 * azure/checks.ts runs the requests collected from the steps in their order and knows no step.
 */
export type AzureCheckRequest =
  /** The subscription exists and is enabled; with tenantId, that it is in that tenant. */
  | { check: 'subscription'; subscriptionId: string; tenantId?: string }
  /** The signed-in identity may deploy and assign roles (Owner) on the resource group; unverified without one. */
  | { check: 'permissions'; subscriptionId: string; resourceGroup?: string }
  /** These resource provider namespaces are Registered; the checks that need one that is not are skipped. */
  | { check: 'providers'; namespaces: readonly string[] }
  /** The region has scale sets and offers this VM SKU unrestricted. */
  | { check: 'region-and-size'; location: string; size: string }
  /** The resource group is new, or exists in the region when useExisting. */
  | { check: 'resource-group'; resourceGroup: string; location: string; useExisting: boolean }
  /**
   * The name is free where asked: the public IP's DNS label in a region (assumedDeployment: the US
   * Government name said to be assumed), the Key Vault name and the soft-deleted vaults, the storage
   * account name; confirmFree says so when all are.
   */
  | { check: 'names'; name: string; dns?: { location: string; assumedDeployment?: string }; keyVault: boolean; storage: boolean; confirmFree: boolean };

export type AzureCheckKind = AzureCheckRequest['check'];
