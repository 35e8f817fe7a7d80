import type { Cloud } from '../model/answers.ts';
import { error, warning, type Problem } from '../model/findings.ts';
import { similar } from './similar.ts';

export interface Region {
  /** Azure location name, as ARM and `az` spell it. */
  location: string;
  cloud: Cloud;
  /** The name New-CMCloudManagementGateway's -Region (type AzureRegion) takes. */
  azureRegion: string;
  /**
   * Whether that AzureRegion name is in the enum list the cmdlet reference documented
   * (cmg-reference.md step 4). Newer locations follow the same naming, but that is inferred.
   */
  documented: boolean;
}

const documented = (location: string, azureRegion: string, cloud: Cloud = 'public'): Region => ({ location, azureRegion, cloud, documented: true });
const inferred = (location: string, azureRegion: string): Region => ({ location, azureRegion, cloud: 'public', documented: false });

/**
 * Azure locations a CMG can be placed in. China (21Vianet) and the retired Germany
 * sovereign regions are absent on purpose: the AzureEnvironment setting accepts only
 * AzurePublicCloud and AzureUSGovernmentCloud.
 */
export const REGIONS: readonly Region[] = [
  documented('eastasia', 'EastAsia'),
  documented('southeastasia', 'SoutheastAsia'),
  documented('eastus', 'EastUS'),
  documented('eastus2', 'EastUS2'),
  documented('centralus', 'CentralUS'),
  documented('northcentralus', 'NorthCentralUS'),
  documented('southcentralus', 'SouthCentralUS'),
  documented('westcentralus', 'WestCentralUS'),
  documented('westus', 'WestUS'),
  documented('westus2', 'WestUS2'),
  inferred('westus3', 'WestUS3'),
  documented('northeurope', 'NorthEurope'),
  documented('westeurope', 'WestEurope'),
  documented('uksouth', 'UKSouth'),
  documented('ukwest', 'UKWest'),
  documented('francecentral', 'FranceCentral'),
  documented('francesouth', 'FranceSouth'),
  inferred('germanywestcentral', 'GermanyWestCentral'),
  inferred('germanynorth', 'GermanyNorth'),
  inferred('switzerlandnorth', 'SwitzerlandNorth'),
  inferred('switzerlandwest', 'SwitzerlandWest'),
  inferred('norwayeast', 'NorwayEast'),
  inferred('norwaywest', 'NorwayWest'),
  inferred('swedencentral', 'SwedenCentral'),
  inferred('polandcentral', 'PolandCentral'),
  inferred('italynorth', 'ItalyNorth'),
  inferred('spaincentral', 'SpainCentral'),
  documented('japaneast', 'JapanEast'),
  documented('japanwest', 'JapanWest'),
  documented('koreacentral', 'KoreaCentral'),
  documented('koreasouth', 'KoreaSouth'),
  documented('australiaeast', 'AustraliaEast'),
  documented('australiasoutheast', 'AustraliaSoutheast'),
  documented('australiacentral', 'AustraliaCentral'),
  documented('australiacentral2', 'AustraliaCentral2'),
  documented('centralindia', 'CentralIndia'),
  documented('southindia', 'SouthIndia'),
  documented('westindia', 'WestIndia'),
  documented('canadacentral', 'CanadaCentral'),
  documented('canadaeast', 'CanadaEast'),
  documented('brazilsouth', 'BrazilSouth'),
  documented('southafricanorth', 'SouthAfricaNorth'),
  documented('southafricawest', 'SouthAfricaWest'),
  inferred('uaenorth', 'UAENorth'),
  inferred('uaecentral', 'UAECentral'),
  inferred('qatarcentral', 'QatarCentral'),
  inferred('israelcentral', 'IsraelCentral'),
  inferred('mexicocentral', 'MexicoCentral'),
  documented('usgovvirginia', 'USGovernmentVirginia', 'usgov'),
  documented('usgovtexas', 'USGovernmentTexas', 'usgov'),
  documented('usgovarizona', 'USGovernmentArizona', 'usgov'),
  documented('usgoviowa', 'USGovernmentIowa', 'usgov'),
  documented('usdodeast', 'USDoDEast', 'usgov'),
  documented('usdodcentral', 'USDoDCentral', 'usgov'),
];

/**
 * Accepts the location name (`westeurope`), the AzureRegion name (`WestEurope`) and the display
 * name the portal and `az account list-locations` show (`West Europe`), in any case of ASCII
 * letters and with any ASCII spaces. Azure's display name is the location name in words: ARM's
 * Locations - List example gives `"name": "eastus2"` with `"displayName": "East US 2"`
 * (Azure/azure-rest-api-specs specification/resources/resource-manager/Microsoft.Resources/stable/
 * 2022-12-01/examples/GetLocations.json at ae2efabeba178b66dda948ac37eab65b8be91434), so spaces
 * dropped and case folded, it is the location. Only ASCII is folded: Unicode lower-casing would
 * make `U\u212aSouth` (KELVIN SIGN) uksouth, a value that would then pass every rule while not
 * being what ARM spells.
 */
export function findRegion(value: string): Region | undefined {
  if (!/^[A-Za-z0-9 ]+$/.test(value)) return undefined;
  const folded = value.replace(/ /g, '').toLowerCase();
  return REGIONS.find((region) => region.location === folded || region.azureRegion.toLowerCase() === folded);
}

export function checkRegion(value: string, cloud: Cloud): Problem[] {
  const region = findRegion(value);
  if (!region) {
    const known = REGIONS.filter((candidate) => candidate.cloud === cloud).map((candidate) => candidate.location);
    return [error('REGION_UNKNOWN', { value, cloud, suggestion: similar(value, known)[0] ?? '', examples: known.slice(0, 4).join(', ') })];
  }
  if (region.cloud !== cloud) return [error('REGION_WRONG_CLOUD', { value: region.location, cloud, regionCloud: region.cloud })];
  if (!region.documented) return [warning('REGION_NAME_INFERRED', { value: region.location, azureRegion: region.azureRegion })];
  return [];
}
