/**
 * The api-version of every request the preflight sends, chosen here and nowhere else, each with
 * the published REST specification it comes from (github.com/Azure/azure-rest-api-specs; paths
 * under specification/). A request, its path and its body are the ones that file describes.
 *
 * | request                                   | api-version | spec file (specification/...)                                                              | operation                         |
 * | ----------------------------------------- | ----------- | ------------------------------------------------------------------------------------------ | --------------------------------- |
 * | GET  /subscriptions/{id}                  | 2022-12-01  | resources/resource-manager/Microsoft.Resources/subscriptions/stable/2022-12-01/subscriptions.json | Subscriptions_Get            |
 * | GET  …/providers/{namespace}              | 2025-04-01  | resources/resource-manager/Microsoft.Resources/resources/stable/2025-04-01/resources.json   | Providers_Get (the SDK's pin)     |
 * | POST …/providers/{namespace}/register     | 2025-04-01  | same                                                                                       | Providers_Register (the SDK's pin)|
 * | GET  …/resourcegroups/{name}              | 2025-04-01  | same                                                                                       | ResourceGroups_Get (the SDK's pin)|
 * | GET  …/resourcegroups/{name}/providers/Microsoft.Authorization/permissions | 2022-04-01 | authorization/resource-manager/Microsoft.Authorization/stable/2022-04-01/authorization-RoleDefinitionsCalls.json | Permissions_ListForResourceGroup (pageable) |
 * | GET  …/providers/Microsoft.Compute/skus   | 2021-07-01  | compute/resource-manager/Microsoft.Compute/Skus/stable/2021-07-01/skus.json                 | ResourceSkus_List (pageable)      |
 * | GET  …/providers/Microsoft.Network/locations/{l}/CheckDnsNameAvailability | 2023-09-01 | network/resource-manager/Microsoft.Network/stable/2023-09-01/checkDnsAvailability.json | CheckDnsNameAvailability |
 * | POST …/providers/Microsoft.KeyVault/checkNameAvailability | 2023-07-01 | keyvault/resource-manager/Microsoft.KeyVault/KeyVault/stable/2023-07-01/keyvault.json  | Vaults_CheckNameAvailability      |
 * | GET  …/providers/Microsoft.KeyVault/deletedVaults | 2023-07-01 | same                                                                                   | Vaults_ListDeleted (pageable)     |
 * | POST …/providers/Microsoft.Storage/checkNameAvailability | 2023-05-01 | storage/resource-manager/Microsoft.Storage/stable/2023-05-01/storage.json     | StorageAccounts_CheckNameAvailability |
 *
 * The permissions list at the subscription scope (…/subscriptions/{id}/providers/
 * Microsoft.Authorization/permissions) is in no published spec: only the resource-group and
 * resource scopes are. It is not sent.
 *
 * 2025-04-01 is what @azure/arm-resources 7 pins (resourceManagementClient.js); whether Azure
 * Government's Resource Manager serves it is not confirmed. The SDK is given the version from
 * this pin: its `apiVersion` option would rewrite the version of every request of its pipeline
 * (arm.ts), so a test proves that the SDK's pin is the one written here. A cloud that refuses it
 * answers 400 InvalidApiVersionParameter, which the run reports naming the version.
 */
export const API_VERSIONS = {
  subscriptions: '2022-12-01',
  resources: '2025-04-01',
  authorization: '2022-04-01',
  computeSkus: '2021-07-01',
  network: '2023-09-01',
  keyVault: '2023-07-01',
  storage: '2023-05-01',
} as const;

export const SPEC_FILES: Record<keyof typeof API_VERSIONS, string> = {
  subscriptions: 'specification/resources/resource-manager/Microsoft.Resources/subscriptions/stable/2022-12-01/subscriptions.json',
  resources: 'specification/resources/resource-manager/Microsoft.Resources/resources/stable/2025-04-01/resources.json',
  authorization: 'specification/authorization/resource-manager/Microsoft.Authorization/stable/2022-04-01/authorization-RoleDefinitionsCalls.json',
  computeSkus: 'specification/compute/resource-manager/Microsoft.Compute/Skus/stable/2021-07-01/skus.json',
  network: 'specification/network/resource-manager/Microsoft.Network/stable/2023-09-01/checkDnsAvailability.json',
  keyVault: 'specification/keyvault/resource-manager/Microsoft.KeyVault/KeyVault/stable/2023-07-01/keyvault.json',
  storage: 'specification/storage/resource-manager/Microsoft.Storage/stable/2023-05-01/storage.json',
};

/**
 * The commit of Azure/azure-rest-api-specs at which each file above was read (the stored version
 * the facts were taken from; a later commit may only add versions, never change a stable one).
 */
export const SPEC_COMMITS: Record<keyof typeof API_VERSIONS, string> = {
  subscriptions: 'ca5da371dbb5b27d32111578f11ced80756c4fcf',
  resources: 'cc8565c7ac0ed5ae4a6937d69f621bc6fec61a95',
  authorization: '598efa66665d99777a23d4ce5b81fc54a29aaaf5',
  computeSkus: 'e86d0248ef1fd989c04747f59004c2ccbe191609',
  network: 'e282d2fe9e6dd8f4fae51c1908ca1c71a4276f9f',
  keyVault: '2e81ca268ff282953b5322cb93179d8f7f55f58b',
  storage: 'da749a02518561fb89327340873498626e7bc399',
};

/**
 * The most pages one list is read to. A region's VM SKU list, a caller's permissions on a group
 * and a subscription's deleted vaults fit in one or a few pages; a server that keeps answering a
 * nextLink (a loop, a proxy replaying a page) must not keep the run going until the deadline, and
 * 20 pages under the 4 MiB cap of each answer bound what is read to 80 MiB.
 */
export const MAX_PAGES = 20;
