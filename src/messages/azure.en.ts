import type { AzureCode } from '../model/codes.ts';
import type { Text } from './types.ts';

const ids = (p: Record<string, string | number>) => (p.requestId && p.requestId !== '-' ? ` (request ID ${p.requestId}, correlation ID ${p.correlationId})` : '');

/** The checks AZURE_CHECKS_SKIPPED_UNREGISTERED names (checks.ts CHECKS_BY_NAMESPACE keys). */
const CHECK_NAMES: Record<string, string> = { 'vm-size': 'the VM size in the region', 'dns-name': 'the DNS name', 'key-vault-name': 'the Key Vault name', 'deleted-key-vaults': 'the deleted Key Vaults', 'storage-name': 'the storage account name' };
const checkNamesEn = (keys: string) => keys.split(', ').map((key) => CHECK_NAMES[key] ?? key).join(', ');

/** Findings and failures of the Azure preflight (step 3, `azure check`). */
export const azureCodesEn: Record<AzureCode, Text> = {
  AZURE_PREFLIGHT_SKIPPED: (p) => `The Azure checks did not run (${p.reason === 'offline' ? '--offline' : 'no sign-in configured: --azure-auth'}): check by hand that the subscription is enabled, you are Owner, and these providers are registered: ${p.providers}. Or run cmg-setup azure check.`,
  AZURE_SUBSCRIPTION_OK: (p) => `Subscription ${p.subscriptionId} exists and is enabled.`,
  AZURE_SUBSCRIPTION_NOT_FOUND: (p) => `Subscription ${p.subscriptionId} was not found for this sign-in: check the subscription ID, the tenant and the account.`,
  AZURE_SUBSCRIPTION_DISABLED: (p) => `Subscription ${p.subscriptionId} is ${p.state}, not Enabled: nothing can be deployed to it.`,
  AZURE_SUBSCRIPTION_OTHER_TENANT: (p) => `Subscription ${p.subscriptionId} belongs to tenant ${p.actual}, not ${p.tenantId}: the Entra apps and the subscription must be in the same tenant.`,
  AZURE_SUBSCRIPTION_WARNED: (p) => `Subscription ${p.subscriptionId} is ${p.state}: it still runs resources, but will be disabled if this is not resolved; check its billing first.`,
  AZURE_PERMISSIONS_OK: (p) => `The signed-in account may deploy resources and assign roles in resource group ${p.resourceGroup} (Owner level, across all its roles).`,
  AZURE_PERMISSIONS_MISSING: (p) => `The signed-in account lacks ${p.actions} on resource group ${p.resourceGroup}, across all its roles: creating the CMG needs Subscription ${p.role} (Contributor alone cannot assign roles; Contributor plus User Access Administrator can). Sign in as an Owner or ask for the role.`,
  AZURE_PROVIDERS_OK: (p) => `Resource providers registered: ${p.providers}.`,
  AZURE_PROVIDER_NOT_REGISTERED: (p) => `Resource provider ${p.namespace} is ${p.state} in the subscription; the CMG deployment fails without it. Register it (Subscriptions > Resource providers) or run cmg-setup azure check --register-providers.`,
  AZURE_PROVIDER_REGISTERING: (p) => `Registration of ${p.namespace} requested: Azure answers ${p.state}; it takes a few minutes. The checks that need ${p.namespace} did not run: run cmg-setup azure check again once it reads Registered (Subscriptions > Resource providers, or az provider show --namespace ${p.namespace}).`,
  AZURE_REGION_NO_SCALE_SETS: (p) => `Region ${p.region} offers no virtual machine scale sets to this subscription: choose another region.`,
  AZURE_VM_SIZE_UNAVAILABLE: (p) => `The VM size ${p.size} is not available to this subscription in ${p.region}: choose another VM size or region.`,
  AZURE_REGION_OK: (p) => `Region ${p.region} offers scale sets and ${p.size}.`,
  AZURE_RESOURCE_GROUP_NEW: (p) => `Resource group ${p.resourceGroup} does not exist yet: the CMG wizard creates it in ${p.region}.`,
  AZURE_RESOURCE_GROUP_MISSING: (p) => `Resource group ${p.resourceGroup} does not exist, but useExistingResourceGroup is set: create it in the CMG's region or let the wizard create it.`,
  AZURE_RESOURCE_GROUP_OTHER_REGION: (p) => `Resource group ${p.resourceGroup} is in ${p.location}, not in ${p.region}: provisioning fails. Use a group in ${p.region} or a new one.`,
  AZURE_RESOURCE_GROUP_EXISTS: (p) => `Resource group ${p.resourceGroup} already exists: set useExistingResourceGroup (--use-existing-resource-group) or choose a new name.`,
  AZURE_RESOURCE_GROUP_OK: (p) => `Resource group ${p.resourceGroup} exists in ${p.region}.`,
  AZURE_DNS_NAME_TAKEN: (p) => `The DNS name ${p.name} is already taken in ${p.region}: choose another deployment prefix (and a certificate for it).`,
  AZURE_KEY_VAULT_NAME_TAKEN: (p) => `The Key Vault name ${p.name} is not available (${p.reason}): Key Vault names are global; choose another deployment prefix.`,
  AZURE_KEY_VAULT_SOFT_DELETED: (p) => `A deleted Key Vault named ${p.name} is kept (soft delete) in ${p.region} and blocks the name in every region: purge it (az keyvault purge --name ${p.name} --location ${p.region}) or choose another prefix.`,
  AZURE_STORAGE_NAME_TAKEN: (p) => `The storage account name ${p.name} is not available (${p.reason}): storage names are global; choose another deployment prefix.`,
  AZURE_NAMES_FREE: (p) => `The name ${p.name} is free for the DNS label and the Key Vault${p.storage === 'yes' ? ' and the storage account' : ''}.`,
  // failures (exit 4 and 5)
  AZURE_INTERACTIVE_SIGN_IN: (p) => `--azure-auth ${p.auth} needs a person at a terminal. Here, use --azure-auth cli (after az login), service-principal, managed-identity or environment, or --offline.`,
  AZURE_SERVICE_PRINCIPAL_INCOMPLETE: (p) => `Service-principal sign-in needs ${p.missing}.`,
  AZURE_SIGN_IN_FAILED: (p) => `Sign-in with --azure-auth ${p.auth} failed${p.auth === 'cli' ? ': run az login (and az cloud set for US Government) first' : ''}.`,
  AZURE_UNAUTHORIZED: (p) => `Azure refused the sign-in (401)${ids(p)}: sign in again with --azure-auth ${p.auth}.`,
  AZURE_FORBIDDEN: (p) => `Azure refused access (403)${ids(p)}: the account needs Subscription ${p.role} (at least Reader for these checks).`,
  AZURE_THROTTLED: (p) => `Azure Resource Manager is throttling this account: retry after ${p.seconds} s${ids(p)}.`,
  AZURE_UNAVAILABLE: (p) => `Azure Resource Manager answered ${p.status} after retries${ids(p)}: retry later.`,
  AZURE_TIMEOUT: (p) => `Azure Resource Manager gave no answer within ${p.seconds} s: retry later, or raise --azure-timeout.`,
  AZURE_DEADLINE: (p) => `The Azure checks did not finish within ${p.seconds} s: retry later, or raise --azure-deadline.`,
  AZURE_PERMISSIONS_UNVERIFIED: (p) => `Your permissions were not read: Azure publishes that read for an existing resource group only, and the group does not exist yet. Check by hand that the signed-in account is Owner of subscription ${p.subscriptionId} (or Contributor plus User Access Administrator): Subscriptions > Access control (IAM) > View my access.`,
  AZURE_PERMISSIONS_READ_REFUSED: (p) => `Azure refused the read of your permissions on resource group ${p.resourceGroup} (${p.status} ${p.code}, ${p.request})${ids(p)}: check by hand that the signed-in account is Owner of subscription ${p.subscriptionId} (or Contributor plus User Access Administrator): Subscriptions > Access control (IAM) > View my access.`,
  AZURE_PROVIDER_REGISTERED_NOW: (p) => `Resource provider ${p.namespace} registered.`,
  AZURE_CHECKS_SKIPPED_UNREGISTERED: (p) => `Not checked, as ${p.namespace} is not registered (Azure refuses every call into it): ${checkNamesEn(String(p.checks))}. Run cmg-setup azure check again once it reads Registered.`,
  AZURE_API_VERSION_REFUSED: (p) => `Azure Resource Manager refuses api-version ${p.apiVersion} for ${p.request}: ${p.message}${ids(p)}. This cloud does not serve the version cmg-setup uses; report it with the request and correlation IDs.`,
  AZURE_REQUEST_REFUSED: (p) => `Azure Resource Manager refused ${p.request} with ${p.status} ${p.code}: ${p.message}${ids(p)}. Retrying does not change this answer.`,
  AZURE_TOO_MANY_PAGES: (p) => `Azure Resource Manager's list for ${p.request} goes on past ${p.pages} pages${ids(p)}: cmg-setup stopped following it. Retry later; if it persists, check --arm-endpoint or the proxy in between.`,
  AZURE_USGOV_DNS_SUFFIX_ASSUMED: (p) => `The DNS check asked Azure whether the label ${p.name} is free in ${p.region}; the CMG's name is assumed to be ${p.deployment} (the public IP DNS suffix of Azure US Government), which Microsoft's CMG pages do not confirm: check the name the console shows before creating the CNAME.`,
  AZURE_BAD_RESPONSE: (p) => `Azure Resource Manager sent an unreadable answer to ${p.request} (not JSON, or fields missing or of the wrong type)${ids(p)}: retry later; if it persists, check --arm-endpoint or the proxy in between.`,
  AZURE_RESPONSE_TOO_LARGE: (p) => `Azure Resource Manager's answer to ${p.request} is larger than ${p.maxMiB} MiB${ids(p)}: cmg-setup stopped reading it, as none of its checks reads anywhere near that much. Retry later; if it persists, check --arm-endpoint or the proxy in between.`,
  // a notice on stderr, before the first request
  AZURE_ENDPOINT_NOT_MICROSOFT: (p) => `Warning: the Azure token of this sign-in is sent to ${p.host} (--arm-endpoint or CMG_ARM_ENDPOINT), which is not Microsoft's Resource Manager (${p.microsoft}): whoever runs that address can act as you in Azure until the token expires (about an hour). Use it only for your own proxy or a test double.`,
  AZURE_NETWORK: (p) => `Azure Resource Manager could not be reached (${p.reason}): check the network, the proxy and --arm-endpoint.`,
};
