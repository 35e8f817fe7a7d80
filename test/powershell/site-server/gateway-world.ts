/**
 * What the step 4 tests share: the site's New-CMCloudManagementGateway as each test models it
 * (test/powershell/standin/modelling.ps1), and the lookups Find-CmgGateway makes.
 *
 * The docs name -Version, -VMSSVMSize (2207) and -TenantId (2309) but put them in no SYNTAX block,
 * and give neither types nor values (docs/reference/documented-facts.md F-GW-1, F-GW-2). The member
 * names below are therefore test data, not facts: the scripts must find the scale-set and size values
 * by the names cmg-setup knows (the console's labels), whatever else a site's enum holds, and stop
 * when they cannot. Each test says which modelling it runs under.
 */
import type { Answers } from '../../../src/model/answers.ts';
import type { StandInCall, StandInModelledParameter, StandInModelling } from '../../support/powershell.ts';
import { read } from './matrix.ts';

/** A Version enum with the console's two deployment methods, a size enum with the console's three words. */
export const VERSION_ENUM: StandInModelledParameter = { enum: ['CloudService', 'VirtualMachineScaleSet'], sets: ['Non-Interactive', 'Interactive'] };
export const SIZE_ENUM: StandInModelledParameter = { enum: ['Lab', 'Standard', 'Large'], sets: ['Non-Interactive', 'Interactive'] };
export const TENANT_ID: StandInModelledParameter = { type: 'String', sets: ['Non-Interactive', 'Interactive'], mandatory: true };

/** The parameters of New-CMCloudManagementGateway a site at `siteVersion` has, as these tests model it by default. */
export function gatewayParameters(siteVersion: string, overrides: Record<string, StandInModelledParameter | undefined> = {}): Record<string, StandInModelledParameter> {
  const base: Record<string, StandInModelledParameter | undefined> = {
    ...(siteVersion >= '2207' ? { Version: VERSION_ENUM, VMSSVMSize: SIZE_ENUM } : {}),
    ...(siteVersion >= '2309' ? { TenantId: TENANT_ID } : {}),
    ...overrides,
  };
  return Object.fromEntries(Object.entries(base).filter((entry): entry is [string, StandInModelledParameter] => entry[1] !== undefined));
}

/** The run's modelling for a scenario: the gateway's parameters (none before 2207), and nothing else. */
export function gatewayModelling(answers: Pick<Answers, 'model' | 'siteVersion'>, overrides: Record<string, StandInModelledParameter | undefined> = {}): StandInModelling {
  if (answers.model !== 'vmss') return {};
  const parameters = gatewayParameters(answers.siteVersion, overrides);
  return Object.keys(parameters).length === 0 ? {} : { parameters: { 'New-CMCloudManagementGateway': parameters } };
}

/** Find-CmgGateway's one read: every CMG (set SearchByName, -Name optional), kept by ServiceCName in the script. */
export const listGateways: StandInCall = read('Get-CMCloudManagementGateway', 'SearchByName', {});

/** One probe of Get-CmgGatewayName: Get-CMCloudManagementGateway -Name <form> -DisableWildcardHandling. */
export const lookup = (name: string): StandInCall => read('Get-CMCloudManagementGateway', 'SearchByName', { DisableWildcardHandling: true, Name: name });

/** What -Name matches on a site (modelling.gatewayName, F-GW-9): the default, and each single property. */
export const GATEWAY_NAME_MODES = ['both', 'ServiceCName', 'Name', 'Fqdn'] as const;
export type GatewayNameMode = (typeof GATEWAY_NAME_MODES)[number];
