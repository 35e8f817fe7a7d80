import type { Catalogue } from '../../messages/types.ts';
import type { Source } from '../../model/runbook.ts';

/**
 * Where an item of the runbook comes from (model/runbook.ts): a live Microsoft Learn page (the
 * memdocs and sccm-docs-powershell-ref files that docs/reference/documented-facts.md quotes, at
 * their published address), or, for a retired page with no live address, its name from the catalogue.
 */
export type { Source };

const CONFIGMGR = 'https://learn.microsoft.com/intune/configmgr';
const CMG = `${CONFIGMGR}/core/clients/manage/cmg`;

const page = (url: string): Source => ({ url });
/** A cmdlet page of the ConfigurationManager module (sccm-docs-powershell-ref). */
const cmdlet = (name: string): Source => page(`https://learn.microsoft.com/powershell/module/configurationmanager/${name.toLowerCase()}`);

export const DOCS = {
  planComponents: page(`${CMG}/plan-cloud-management-gateway#cmg-components`),
  planRequirements: page(`${CMG}/plan-cloud-management-gateway#requirements`),
  setupCmg: page(`${CMG}/setup-cloud-management-gateway#set-up-a-cmg`),
  setupSite: page(`${CMG}/setup-cloud-management-gateway#configure-primary-site-for-client-certificate-authentication`),
  setupConnectionPoint: page(`${CMG}/setup-cloud-management-gateway#add-the-cmg-connection-point`),
  setupRoles: page(`${CMG}/setup-cloud-management-gateway#bkmk_role`),
  setupBoundaryGroups: page(`${CMG}/setup-cloud-management-gateway#configure-boundary-groups`),
  dataFlow: page(`${CMG}/data-flow`),
  configureAzureAd: page(`${CMG}/configure-azure-ad`),
  resourceProviders: page(`${CMG}/configure-azure-ad#configure-azure-resource-providers`),
  manualApps: page(`${CMG}/manually-register-azure-ad-apps`),
  configureAuthentication: page(`${CMG}/configure-authentication`),
  configureClients: page(`${CMG}/configure-clients`),
  serviceConnectionPoint: page(`${CONFIGMGR}/core/servers/deploy/configure/about-the-service-connection-point#bkmk_modes`),
  optionalFeatures: page(`${CONFIGMGR}/core/servers/manage/optional-features`),
  preReleaseFeatures: page(`${CONFIGMGR}/core/servers/manage/pre-release-features`),
  discoveryMethods: page(`${CONFIGMGR}/core/servers/deploy/configure/configure-discovery-methods#azureaadisc`),
  clientsWithEntra: page(`${CONFIGMGR}/core/clients/deploy/deploy-clients-cmg-azure`),
  clientsWithToken: page(`${CONFIGMGR}/core/clients/deploy/deploy-clients-cmg-token`),
  clientInstallProperties: page(`${CONFIGMGR}/core/clients/deploy/about-client-installation-properties`),
  clientSettings: page(`${CONFIGMGR}/core/clients/deploy/about-client-settings#cloud-services`),
  pkiRequirements: page(`${CONFIGMGR}/core/plan-design/network/pki-certificate-requirements`),
  certreq: page('https://learn.microsoft.com/windows-server/administration/windows-commands/certreq_1'),
  adminConsent: page('https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent'),
  setServiceConnectionPoint: cmdlet('Set-CMServiceConnectionPoint'),
  newGateway: cmdlet('New-CMCloudManagementGateway'),
  getGateway: cmdlet('Get-CMCloudManagementGateway'),
  setSite: cmdlet('Set-CMSite'),
  addConnectionPoint: cmdlet('Add-CMCloudManagementGatewayConnectionPoint'),
  setManagementPoint: cmdlet('Set-CMManagementPoint'),
  setAzureService: cmdlet('Set-CMCloudManagementAzureService'),
  importServerApp: cmdlet('Import-CMAADServerApplication'),
  newAzureService: cmdlet('New-CMCloudManagementAzureService'),
  setBoundaryGroup: cmdlet('Set-CMBoundaryGroup'),
  setClientSettingCloudService: cmdlet('Set-CMClientSettingCloudService'),
  article1610: { cite: 'article1610' },
  preRelease2017: { cite: 'preRelease2017' },
} satisfies Record<string, Source>;

/** The sources as one Markdown line: bare addresses (GFM autolinks them, and they print) and cited names, which hold commas. */
export function formatSources(sources: readonly Source[], text: Catalogue['runbook']): string {
  return sources.map((source) => ('url' in source ? source.url : text.citations[source.cite])).join(text.sourcesJoin);
}
