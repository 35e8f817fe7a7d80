import { describe, it, expect } from 'vitest';
import { AZURE_OWNED_SUFFIXES, CLOUDS, deploymentName, isUnder } from '../../src/domain/clouds.ts';
import type { Cloud } from '../../src/model/answers.ts';

describe('CLOUDS', () => {
  it('holds the public cloud endpoints', () => {
    expect(CLOUDS.public).toEqual({
      azureEnvironment: 'AzurePublicCloud',
      armEndpoint: 'https://management.azure.com',
      authorityHost: 'https://login.microsoftonline.com',
      classicSuffix: 'cloudapp.net',
      vmssSuffix: 'cloudapp.azure.com',
    });
  });

  it('holds the US Government endpoints', () => {
    expect(CLOUDS.usgov).toEqual({
      azureEnvironment: 'AzureUSGovernmentCloud',
      armEndpoint: 'https://management.usgovcloudapi.net',
      authorityHost: 'https://login.microsoftonline.us',
      classicSuffix: 'usgovcloudapp.net',
      vmssSuffix: 'cloudapp.usgovcloudapi.net',
    });
  });

  it('counts every deployment suffix as Microsoft-owned', () => {
    const suffixes = Object.values(CLOUDS).flatMap((facts) => [facts.classicSuffix, facts.vmssSuffix]);
    expect(suffixes.filter((suffix) => !AZURE_OWNED_SUFFIXES.some((owned) => suffix === owned || isUnder(suffix, owned)))).toEqual([]);
  });
});

describe('deploymentName', () => {
  it.each<['vmss' | 'classic', Cloud, string, string, string]>([
    ['vmss', 'public', 'contosocmg', 'westeurope', 'contosocmg.westeurope.cloudapp.azure.com'],
    ['vmss', 'usgov', 'contosocmg', 'usgovvirginia', 'contosocmg.usgovvirginia.cloudapp.usgovcloudapi.net'],
    ['classic', 'public', 'contosocmg', 'westeurope', 'contosocmg.cloudapp.net'],
    ['classic', 'usgov', 'contosocmg', 'usgovvirginia', 'contosocmg.usgovcloudapp.net'],
  ])('%s in %s', (model, cloud, prefix, region, expected) => {
    expect(deploymentName(model, cloud, prefix, region)).toBe(expected);
  });
});

describe('isUnder', () => {
  it.each<[string, string, boolean]>([
    ['contosocmg.cloudapp.net', 'cloudapp.net', true],
    ['ContosoCMG.CloudApp.Net', 'cloudapp.net', true],
    ['contosocmg.usgovcloudapp.net', 'cloudapp.net', false],
    ['contosocmg.usgovcloudapp.net', 'usgovcloudapp.net', true],
    ['cloudapp.net', 'cloudapp.net', false],
    ['contosocmg.westeurope.cloudapp.azure.com', 'cloudapp.azure.com', true],
    ['contosocmg.contoso.com', 'cloudapp.azure.com', false],
  ])('isUnder(%s, %s) is %s', (name, suffix, expected) => {
    expect(isUnder(name, suffix)).toBe(expected);
  });
});
