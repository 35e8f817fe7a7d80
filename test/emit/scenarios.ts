import type { Answers } from '../../src/model/answers.ts';
import { Secret } from '../../src/model/secret.ts';
import { classicAnswers, vmssAnswers } from '../support/answers.ts';

/** The two golden scenarios: current branch in Azure public, and the 1610 article in Azure US Government. */
export const vmssPublic: Answers = vmssAnswers({
  serverCertPassword: new Secret('never-in-output', 'env:CMG_SERVER_CERT_PASSWORD'),
  clientRootCerts: ['C:\\certs\\contoso-root.cer', 'C:\\certs\\contoso-issuing.cer'],
  azureAuth: undefined,
  trafficThresholdGb: 10000,
  trafficStopService: true,
  description: 'Contoso production CMG',
  proxyServer: 'proxy.contoso.com',
  proxyPort: 8080,
  managementPoints: ['mp01.contoso.com', 'mp02.contoso.com'],
  clientAlwaysOnInternetAction: 'set',
  clientRollout: ['script', 'configmgr-baseline', 'gpo', 'intune'],
  // The apps are made by step 3's Graph script (the IDs are those it printed): both step 3 scripts have golden files.
  createEntraApps: true,
});

export const classicUsGov: Answers = classicAnswers({
  cloud: 'usgov',
  siteVersion: '1706',
  serviceName: 'fabrikamcmg.usgovcloudapp.net',
  deploymentPrefix: 'fabrikamcmg',
  serverCertPath: 'D:\\pki\\fabrikamcmg.pfx',
  serverCertPassword: new Secret('never-in-output', 'prompt'),
  clientRootCerts: ['D:\\pki\\fabrikam-root.cer'],
  subscriptionId: '11111111-2222-4333-8444-555555555555',
  managementCertPath: 'D:\\pki\\azure-management.pfx',
  managementCertPassword: new Secret('never-in-output', 'prompt'),
  azureAuth: undefined,
  region: 'usgovvirginia',
  vmCount: 1,
  trafficThresholdGb: undefined,
  description: undefined,
  siteCode: 'FAB',
  smsProvider: 'cm.fabrikam.gov',
  connectionPointServer: 'cmgcp.fabrikam.gov',
  managementPoints: ['mp.fabrikam.gov'],
  softwareUpdatePoints: ['sup.fabrikam.gov'],
  distributionPoints: ['dp.fabrikam.gov'],
  // Removed (vmssPublic sets it): this scenario's golden client files are the ones that remove the value.
  clientAlwaysOnInternetAction: 'remove',
  clientRollout: ['script', 'configmgr-baseline', 'gpo', 'intune'],
});

/**
 * A hierarchy (issue 11): vmssPublic's CMG created at the central administration site CAS, with
 * two primary sites below it, each with its SMS Provider, connection point and roles; P02 has no
 * software update point. The flat step-6/7 inputs are as the resolution leaves them when they do
 * not apply (softwareUpdatePoints keeps its default).
 */
export const vmssHierarchy: Answers = {
  ...vmssPublic,
  siteCode: 'CAS',
  smsProvider: 'cas.contoso.com',
  primarySites: [
    { siteCode: 'P01', smsProvider: 'cm01.contoso.com', connectionPointServer: 'cmgcp01.contoso.com', managementPoints: ['mp01.contoso.com', 'mp02.contoso.com'], softwareUpdatePoints: ['sup01.contoso.com'] },
    { siteCode: 'P02', smsProvider: 'cm02.contoso.com', connectionPointServer: 'cmgcp02.contoso.com', managementPoints: ['mp03.contoso.com'] },
  ],
  connectionPointServer: undefined as unknown as string,
  managementPoints: undefined as unknown as string[],
  softwareUpdatePoints: [],
};

/** Every free-text and path input holding what breaks naive quoting (validation would stop some of it). */
export const HOSTILE = 'it’s ‘x’ ‚y‛ "z" “q” $(Remove-Item C:\\) `n ; #> <# \'@ @\' ${env:PATH} | & Write-Output INJECTED';

export function hostile(base: Answers): Answers {
  return {
    ...base,
    description: `${HOSTILE} description`,
    certTemplateGroup: `${HOSTILE} group`,
    resourceGroup: `${HOSTILE} rg`,
    serverCertPath: `C:\\certs\\${HOSTILE}\\server.pfx`,
    managementCertPath: `C:\\certs\\${HOSTILE}\\management.pfx`,
    clientRootCerts: [`C:\\certs\\${HOSTILE}\\root.cer`, 'C:\\certs\\it’s\\issuing.cer'],
    // Step 3 (current branch): names that reach ConfigMgr and Entra ID.
    tenantName: `${HOSTILE} tenant`,
    serverAppName: `${HOSTILE} server`,
    clientAppName: `${HOSTILE} client`,
    azureServiceName: `${HOSTILE} service`,
  };
}
