import { describe, it, expect } from 'vitest';
import { checkRegion, findRegion, REGIONS } from '../../src/domain/regions.ts';
import type { Cloud } from '../../src/model/answers.ts';

/** The AzureRegion enum of New-CMCloudManagementGateway as documented (cmg-reference.md, step 4). */
const DOCUMENTED_AZURE_REGIONS = [
  'AnywhereAsia', 'AnywhereEurope', 'AnywhereUS', 'EastAsia', 'EastUS', 'NorthCentralUS', 'NorthEurope', 'SouthCentralUS',
  'SoutheastAsia', 'WestEurope', 'WestUS', 'WestUS2', 'WestCentralUS', 'USGovernmentIowa', 'USGovernmentVirginia',
  'USGovernmentArizona', 'USGovernmentTexas', 'USDoDCentral', 'USDoDEast', 'AustraliaEast', 'AustraliaSoutheast',
  'BrazilSouth', 'CanadaCentral', 'CanadaEast', 'CentralIndia', 'CentralUS', 'EastUS2', 'JapanEast', 'JapanWest',
  'SouthIndia', 'UKSouth', 'UKWest', 'WestIndia', 'FranceSouth', 'FranceCentral', 'KoreaSouth', 'KoreaCentral',
  'AustraliaCentral', 'AustraliaCentral2', 'ChinaEast', 'ChinaNorth', 'GermanyCentral', 'GermanyNortheast',
  'SouthAfricaNorth', 'SouthAfricaWest',
];

const USGOV_LOCATIONS = 'usgovvirginia, usgovtexas, usgovarizona, usgoviowa, usdodeast, usdodcentral';

describe('REGIONS', () => {
  it('has each location and each AzureRegion name once', () => {
    const locations = REGIONS.map((region) => region.location);
    const names = REGIONS.map((region) => region.azureRegion.toLowerCase());
    expect(new Set(locations).size).toBe(REGIONS.length);
    expect(new Set(names).size).toBe(REGIONS.length);
  });

  it('spells locations as ARM does: lowercase letters and digits', () => {
    expect(REGIONS.filter((region) => !/^[a-z][a-z0-9]*$/.test(region.location))).toEqual([]);
  });

  it('names public regions as the location in PascalCase', () => {
    expect(REGIONS.filter((region) => region.cloud === 'public' && region.azureRegion.toLowerCase() !== region.location)).toEqual([]);
  });

  it('marks as documented exactly the names the cmdlet reference lists', () => {
    expect(REGIONS.filter((region) => region.documented !== DOCUMENTED_AZURE_REGIONS.includes(region.azureRegion)).map((region) => region.location)).toEqual([]);
  });

  it('lists the six US Government regions under usgov, in this order', () => {
    expect(REGIONS.filter((region) => region.cloud === 'usgov').map((region) => region.location).join(', ')).toBe(USGOV_LOCATIONS);
  });

  it.each([['chinaeast'], ['ChinaNorth'], ['germanycentral'], ['GermanyNortheast'], ['AnywhereEurope']])('leaves out %s (no CMG there)', (value) => {
    expect(findRegion(value)).toBeUndefined();
  });
});

describe('findRegion', () => {
  it.each([
    ['westeurope', 'westeurope'],
    ['WestEurope', 'westeurope'],
    ['WESTEUROPE', 'westeurope'],
    ['usgovvirginia', 'usgovvirginia'],
    ['USGovernmentVirginia', 'usgovvirginia'],
    ['usgovernmentvirginia', 'usgovvirginia'],
    ['USDoDEast', 'usdodeast'],
    ['UAENorth', 'uaenorth'],
    // Issue 17: the display name the portal and `az account list-locations` show, any case, any ASCII spaces.
    ['West Europe', 'westeurope'],
    ['west europe', 'westeurope'],
    ['WEST EUROPE', 'westeurope'],
    ['West  Europe', 'westeurope'],
    [' westeurope', 'westeurope'],
    ['West Europe ', 'westeurope'],
    ['East US 2', 'eastus2'],
    ['Australia Central 2', 'australiacentral2'],
    ['Germany West Central', 'germanywestcentral'],
    ['UAE North', 'uaenorth'],
    ['US Gov Virginia', 'usgovvirginia'],
    ['US DoD East', 'usdodeast'],
  ])('finds %j as %s', (value, location) => {
    expect(findRegion(value)?.location).toBe(location);
  });

  // U+212A KELVIN SIGN lower-cases to k: Unicode case folding must not make "U\u212aSouth" uksouth.
  it.each([['West\tEurope'], ['West\u00a0Europe'], ['West-Europe'], [' '], [''], ['europe'], ['U\u212aSouth'], ['\uff57esteurope'], ['westeurope\u200b']])('does not find %j', (value) => {
    expect(findRegion(value)).toBeUndefined();
  });
});

describe('checkRegion', () => {
  it.each<[string, Cloud]>([
    ['westeurope', 'public'],
    ['WestEurope', 'public'],
    ['WESTEUROPE', 'public'],
    ['eastus2', 'public'],
    ['usgovvirginia', 'usgov'],
    ['USGovernmentVirginia', 'usgov'],
    ['usdodcentral', 'usgov'],
    ['West Europe', 'public'],
    ['US Gov Virginia', 'usgov'],
  ])('accepts %j in %s', (value, cloud) => {
    expect(checkRegion(value, cloud)).toEqual([]);
  });

  it.each<[string, Cloud, string, Cloud]>([
    ['usgovvirginia', 'public', 'usgovvirginia', 'usgov'],
    ['USGovernmentTexas', 'public', 'usgovtexas', 'usgov'],
    ['westeurope', 'usgov', 'westeurope', 'public'],
    ['SwedenCentral', 'usgov', 'swedencentral', 'public'],
  ])('refuses %s in the %s cloud', (value, cloud, location, regionCloud) => {
    expect(checkRegion(value, cloud)).toEqual([{ severity: 'error', code: 'REGION_WRONG_CLOUD', params: { value: location, cloud, regionCloud } }]);
  });

  it.each([
    ['swedencentral', 'SwedenCentral'],
    ['SwedenCentral', 'SwedenCentral'],
    ['westus3', 'WestUS3'],
    ['GERMANYWESTCENTRAL', 'GermanyWestCentral'],
  ])('warns that %s has an inferred AzureRegion name', (value, azureRegion) => {
    expect(checkRegion(value, 'public')).toEqual([{ severity: 'warning', code: 'REGION_NAME_INFERRED', params: { value: value.toLowerCase(), azureRegion } }]);
  });

  it('names four US Government locations as examples when a usgov region is unknown', () => {
    expect(checkRegion('usgovnowhere', 'usgov')).toEqual([
      { severity: 'error', code: 'REGION_UNKNOWN', params: { value: 'usgovnowhere', cloud: 'usgov', suggestion: '', examples: USGOV_LOCATIONS.split(', ').slice(0, 4).join(', ') } },
    ]);
  });

  it.each([
    ['westeurope2', 'westeurope'],
    ['west-europe', 'westeurope'],
    ['West Europa', 'westeurope'],
    ['eastsu', 'eastus'],
    ['chinaeast', ''],
    ['', ''],
  ])('refuses the unknown public region %j, suggesting %j', (value, suggestion) => {
    const problems = checkRegion(value, 'public');
    expect(problems).toEqual([{ severity: 'error', code: 'REGION_UNKNOWN', params: { value, cloud: 'public', suggestion, examples: 'eastasia, southeastasia, eastus, eastus2' } }]);
  });
});
