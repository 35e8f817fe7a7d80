import type { Cloud } from '../model/answers.ts';
import { findRegion } from './regions.ts';

export interface CloudFacts {
  /** The AzureEnvironment value ConfigMgr cmdlets take (-EnvironmentSetting). */
  azureEnvironment: 'AzurePublicCloud' | 'AzureUSGovernmentCloud';
  armEndpoint: string;
  authorityHost: string;
  /** Classic cloud services: `<prefix>.<suffix>`. */
  classicSuffix: string;
  /** Scale sets: `<prefix>.<region>.<suffix>` (US Government: UNCONFIRMED, see deploymentName). */
  vmssSuffix: string;
}

export const CLOUDS: Record<Cloud, CloudFacts> = {
  public: {
    azureEnvironment: 'AzurePublicCloud',
    armEndpoint: 'https://management.azure.com',
    authorityHost: 'https://login.microsoftonline.com',
    classicSuffix: 'cloudapp.net',
    vmssSuffix: 'cloudapp.azure.com',
  },
  usgov: {
    azureEnvironment: 'AzureUSGovernmentCloud',
    armEndpoint: 'https://management.usgovcloudapi.net',
    authorityHost: 'https://login.microsoftonline.us',
    classicSuffix: 'usgovcloudapp.net',
    // The CMG docs disagree (usgovcloudapp.net vs <region>.usgovcloudapi.net); public IP DNS
    // labels in Azure Government end in cloudapp.usgovcloudapi.net. The plan warns about it.
    vmssSuffix: 'cloudapp.usgovcloudapi.net',
  },
};

/** The Azure name the CMG gets; clients reach it through the service name (a CNAME when they differ). */
export function deploymentName(model: 'vmss' | 'classic', cloud: Cloud, prefix: string, region: string): string {
  const facts = CLOUDS[cloud];
  // DNS labels use the location name (westeurope), whichever spelling the region was given in.
  const location = findRegion(region)?.location ?? region.toLowerCase();
  return model === 'classic' ? `${prefix}.${facts.classicSuffix}` : `${prefix}.${location}.${facts.vmssSuffix}`;
}

/** Every DNS suffix Microsoft owns for CMG deployments: a public CA cannot issue names under them. */
export const AZURE_OWNED_SUFFIXES = ['cloudapp.net', 'usgovcloudapp.net', 'cloudapp.azure.com', 'usgovcloudapi.net'];

export function isUnder(name: string, suffix: string): boolean {
  return name.toLowerCase().endsWith(`.${suffix}`);
}
