/**
 * The stand-in's cmdlets bind as the docs say the real ones do: PowerShell's own binder, given
 * the parameter sets, names, types, Mandatory flags and aliases of cmdlet-facts.json, refuses
 * what a site would refuse and accepts each documented set, for the site version asked.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describePowerShell, runBatch, type StandInResult, type StandInRun } from '../support/powershell.ts';
import { certificateFiles, workspace, type CertificateFiles, type Workspace } from './fixtures.ts';

const SEED = {
  sites: [{ SiteCode: 'P01', SiteName: 'Contoso', smsProvider: 'cm01.contoso.com' }],
  siteSystems: [{ server: 'mp01.contoso.com', siteCode: 'P01', roles: { ManagementPoint: { EnableSsl: false, EnableCloudGateway: false } } }],
};

/** Builds the calls once the certificate files exist: a name, the site version, the PowerShell that runs from the site drive. */
function cases(files: CertificateFiles): Array<[id: string, siteVersion: string, code: string]> {
  const password = `(ConvertTo-SecureString -String '${files.password}' -AsPlainText -Force)`;
  const nonInteractive = `-ServiceCertPath '${files.serverPfx}' -ServiceCertPassword ${password} -SubscriptionId '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6' -GroupName 'rg-cmg' -ServerAppClientId '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' -ServiceName 'contosocmg.contoso.com'`;
  const classic = `-SubscriptionId '11111111-2222-4333-8444-555555555555' -ManagementCertificatePath '${files.serverPfx}' -ManagementCertificatePassword ${password} -ServiceCName 'fabrikamcmg.usgovcloudapp.net' -ServiceCertificatePath '${files.serverPfx}' -ServiceCertificatePassword ${password} -RootCertificatePath '${files.rootCer}' -Region USGovernmentVirginia -GovernmentSubscription $true`;
  return [
    // New-CMCloudManagementGateway, ConfigMgr 2403
    ['new/non-interactive', '2403', `New-CMCloudManagementGateway ${nonInteractive} -Region WestEurope -VMInstanceCount 2`],
    ['new/interactive', '2403', `New-CMCloudManagementGateway -ServiceCertPath '${files.serverPfx}' -ServiceCertPassword ${password} -IsUsingExistingGroup $true`],
    ['new/alias', '2403', `New-CMCloudManagementGateway ${nonInteractive.replace('-ServiceCertPath ', '-ServiceCertificatePath ').replace('-ServerAppClientId ', '-ServerApplicationClientId ')} -VerifyClientCertificateRevocation $false`],
    ['new/two-sets', '2403', `New-CMCloudManagementGateway ${nonInteractive} -IsUsingExistingGroup $true`],
    ['new/misspelt', '2403', `New-CMCloudManagementGateway ${nonInteractive} -VMInstanceCont 2`],
    ['new/wrong-type', '2403', `New-CMCloudManagementGateway ${nonInteractive} -VMInstanceCount 'two'`],
    ['new/unknown-region', '2403', `New-CMCloudManagementGateway ${nonInteractive} -Region 'Mars'`],
    ['new/missing-mandatory', '2403', `New-CMCloudManagementGateway ${nonInteractive.replace(/-ServiceCertPassword \(.*?\) /, '')}`],
    // Versions: the 1702-2006 syntax, and -ServiceCertPassword before it became required in 2107.
    ['new/classic@1706', '1706', `New-CMCloudManagementGateway ${classic}`],
    ['new/classic@2403', '2403', `New-CMCloudManagementGateway ${classic}`],
    ['new/no-password@2103', '2103', `New-CMCloudManagementGateway ${nonInteractive.replace(/-ServiceCertPassword \(.*?\) /, '')}`],
    ['new/absent@1610', '1610', `New-CMCloudManagementGateway ${classic}`],
    // Set-CMManagementPoint, ConfigMgr 2403
    ['mp/by-name', '2403', `Set-CMManagementPoint -SiteSystemServerName 'mp01.contoso.com' -SiteCode 'P01' -EnableSsl $true -EnableCloudGateway $true`],
    ['mp/positional', '2403', `Set-CMManagementPoint 'mp01.contoso.com' -EnableSsl $true`],
    ['mp/by-value', '2403', `Get-CMManagementPoint -SiteSystemServerName 'mp01.contoso.com' | Set-CMManagementPoint -EnableSsl $true`],
    ['mp/two-sets', '2403', `Set-CMManagementPoint -InputObject (Get-CMManagementPoint -SiteSystemServerName 'mp01.contoso.com') -SiteSystemServerName 'mp01.contoso.com' -EnableSsl $true`],
    ['mp/misspelt', '2403', `Set-CMManagementPoint -SiteSystemServerName 'mp01.contoso.com' -EnableCloudGateways $true`],
    ['mp/wrong-type', '2403', `Set-CMManagementPoint -SiteSystemServerName 'mp01.contoso.com' -EnableSsl 'yes'`],
    ['mp/missing-mandatory', '2403', `Set-CMManagementPoint -EnableSsl $true`],
    ['mp/gateway-without-ssl', '2403', `Set-CMManagementPoint -SiteSystemServerName 'mp01.contoso.com' -EnableCloudGateway $true`],
    ['mp/gateway-without-ssl@1810', '1810', `Set-CMManagementPoint -SiteSystemServerName 'mp01.contoso.com' -EnableCloudGateway $true`],
    ['mp/gateway@1610', '1610', `Set-CMManagementPoint -SiteSystemServerName 'mp01.contoso.com' -EnableSsl $true -EnableCloudGateway $true`],
    // -WhatIf: a cmdlet with SupportsShouldProcess (its page shows [-WhatIf] [-Confirm]) changes nothing; a Get- has no -WhatIf.
    ['new/what-if', '2403', `New-CMCloudManagementGateway ${nonInteractive} -WhatIf; Get-CMCloudManagementGateway`],
    ['get/what-if', '2403', `Get-CMSite -SiteCode 'P01' -WhatIf`],
    // Every ConfigMgr cmdlet must run from the site drive (each page's NOTE).
    ['off-site-drive', '2403', `Set-Location -LiteralPath $PSScriptRoot; Get-CMManagementPoint -SiteSystemServerName 'mp01.contoso.com'`],
  ];
}

describePowerShell('the stand-in binds ConfigMgr cmdlets as the docs say', () => {
  let space: Workspace;
  const results = new Map<string, StandInResult>();

  beforeAll(async () => {
    space = workspace();
    const files = certificateFiles(space, 'contosocmg.contoso.com');
    const runs: StandInRun[] = cases(files).map(([id, siteVersion, code], index) => ({
      id,
      siteVersion,
      script: space.write(`case-${index}.ps1`, `Set-StrictMode -Version Latest\n$ErrorActionPreference = 'Stop'\nSet-Location -Path 'P01:\\'\n${code}\n`),
      seed: SEED,
      moduleLoaded: true,
      console: { drivesOnImport: ['P01'] },
    }));
    // A script run with -WhatIf that calls a Set- cmdlet without its own ShouldProcess gate: the
    // compiled cmdlet runs under the script's $WhatIfPreference, so it changes nothing and says so.
    runs.push({
      id: 'mp/caller-what-if',
      siteVersion: '2403',
      script: space.write('caller-what-if.ps1', `[CmdletBinding(SupportsShouldProcess)]\nparam()\nSet-StrictMode -Version Latest\n$ErrorActionPreference = 'Stop'\nSet-Location -Path 'P01:\\'\nSet-CMManagementPoint -SiteSystemServerName 'mp01.contoso.com' -EnableSsl $true\n`),
      whatIf: true,
      seed: SEED,
      moduleLoaded: true,
      console: { drivesOnImport: ['P01'] },
    });
    for (const result of (await runBatch(runs)).results) results.set(result.id as string, result);
  }, 120_000);

  afterAll(() => space?.remove());

  const run = (id: string): StandInResult => results.get(id) as StandInResult;
  const configMgrCalls = (id: string) => run(id).calls.filter((call) => call.kind === 'ConfigMgr');
  const refused = (id: string, errorId: string, message: RegExp) => {
    expect(run(id).exitCode, id).toBe(1);
    expect(run(id).error?.errorId, id).toBe(errorId);
    expect(run(id).error?.message, id).toMatch(message);
    // Refused by the binder: the cmdlet never ran, so the stand-in recorded nothing.
    expect(configMgrCalls(id).filter((call) => call.command === run(id).error?.command)).toEqual([]);
  };

  it('New-CMCloudManagementGateway: accepts the Non-Interactive set and creates the CMG', () => {
    expect(run('new/non-interactive').error).toBeNull();
    expect(configMgrCalls('new/non-interactive').map((call) => [call.command, call.parameterSet, call.performed])).toEqual([['New-CMCloudManagementGateway', 'Non-Interactive', true]]);
  });

  it('New-CMCloudManagementGateway: binds the Interactive set (which the stand-in does not carry out: it signs in to Azure in a window)', () => {
    expect(configMgrCalls('new/interactive').map((call) => [call.command, call.parameterSet])).toEqual([['New-CMCloudManagementGateway', 'Interactive']]);
    expect(run('new/interactive').error?.errorId).toBe('StandInNotModelled,New-CMCloudManagementGateway');
  });

  it('New-CMCloudManagementGateway: the documented aliases bind to their parameters', () => {
    expect(run('new/alias').error).toBeNull();
    const [call] = configMgrCalls('new/alias');
    expect(call?.parameters).toMatchObject({ ServiceCertPath: expect.stringMatching(/server\.pfx$/), ServerAppClientId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', CheckClientCertRevocation: false });
  });

  it('New-CMCloudManagementGateway: refuses parameters of two sets, a misspelt parameter, a wrong type, an undocumented region and a missing mandatory parameter', () => {
    refused('new/two-sets', 'AmbiguousParameterSet,New-CMCloudManagementGateway', /Parameter set cannot be resolved/);
    refused('new/misspelt', 'NamedParameterNotFound,New-CMCloudManagementGateway', /parameter name 'VMInstanceCont'/);
    refused('new/wrong-type', 'ParameterArgumentTransformationError,New-CMCloudManagementGateway', /parameter 'VMInstanceCount'.*"two".*System\.Int32/s);
    refused('new/unknown-region', 'ParameterArgumentTransformationError,New-CMCloudManagementGateway', /parameter 'Region'.*"Mars"/s);
    refused('new/missing-mandatory', 'MissingMandatoryParameter,New-CMCloudManagementGateway', /missing mandatory parameters: ServiceCertPassword/);
  });

  it('New-CMCloudManagementGateway: the 1702-2006 syntax binds at 1706 and is refused from 2010 (parameters removed in 2010)', () => {
    expect(run('new/classic@1706').error).toBeNull();
    expect(configMgrCalls('new/classic@1706').map((call) => [call.command, call.parameterSet, call.performed])).toEqual([['New-CMCloudManagementGateway', '__AllParameterSets', true]]);
    refused('new/classic@2403', 'NamedParameterNotFound,New-CMCloudManagementGateway', /parameter name '(SubscriptionId|ManagementCertificatePath|ManagementCertificatePassword|ServiceCName|RootCertificatePath|GovernmentSubscription)'/);
  });

  it('New-CMCloudManagementGateway: -ServiceCertPassword binds as optional before 2107, and the cmdlet does not exist before 1702', () => {
    expect(configMgrCalls('new/no-password@2103').map((call) => [call.command, call.parameterSet])).toEqual([['New-CMCloudManagementGateway', 'Non-Interactive']]);
    // Bound, then the stand-in cannot open the .pfx without its password.
    expect(run('new/no-password@2103').error?.errorId).toBe('CertificateUnreadable,New-CMCloudManagementGateway');
    expect(run('new/absent@1610').error?.errorId).toBe('CommandNotFoundException');
    expect(run('new/absent@1610').error?.message).toMatch(/'New-CMCloudManagementGateway' is not recognized/);
  });

  it('Set-CMManagementPoint: accepts SetByName (named and positional) and SetByValue (from the pipeline)', () => {
    expect(configMgrCalls('mp/by-name').map((call) => [call.command, call.parameterSet, call.performed])).toEqual([['Set-CMManagementPoint', 'SetByName', true]]);
    expect(configMgrCalls('mp/positional').map((call) => [call.command, call.parameterSet, call.parameters.SiteSystemServerName])).toEqual([['Set-CMManagementPoint', 'SetByName', 'mp01.contoso.com']]);
    expect(configMgrCalls('mp/by-value').map((call) => [call.command, call.parameterSet])).toEqual([
      ['Get-CMManagementPoint', 'SearchByName'],
      ['Set-CMManagementPoint', 'SetByValue'],
    ]);
    expect(configMgrCalls('mp/by-value')[1]?.parameters.InputObject).toEqual({ resultObject: 'SMS_SCI_SysResUse', key: 'P01|mp01.contoso.com|ManagementPoint' });
    for (const id of ['mp/by-name', 'mp/positional', 'mp/by-value']) expect(run(id).error, id).toBeNull();
  });

  it('Set-CMManagementPoint: refuses parameters of two sets, a misspelt parameter, a wrong type and a missing mandatory parameter', () => {
    refused('mp/two-sets', 'AmbiguousParameterSet,Set-CMManagementPoint', /Parameter set cannot be resolved/);
    refused('mp/misspelt', 'NamedParameterNotFound,Set-CMManagementPoint', /parameter name 'EnableCloudGateways'/);
    refused('mp/wrong-type', 'ParameterArgumentTransformationError,Set-CMManagementPoint', /parameter 'EnableSsl'.*Boolean parameters accept only Boolean values and numbers/s);
    refused('mp/missing-mandatory', 'MissingMandatoryParameter,Set-CMManagementPoint', /missing mandatory parameters: InputObject/);
  });

  it('Set-CMManagementPoint: -EnableCloudGateway without SSL is refused from 1902 (release notes), and the parameter does not exist before 1702', () => {
    expect(run('mp/gateway-without-ssl').error?.errorId).toBe('CloudGatewayRequiresSsl,Set-CMManagementPoint');
    expect(run('mp/gateway-without-ssl').stateAfter).toMatchObject({ siteSystems: [{ roles: { ManagementPoint: { EnableSsl: false, EnableCloudGateway: false } } }] });
    expect(run('mp/gateway-without-ssl@1810').error).toBeNull();
    refused('mp/gateway@1610', 'NamedParameterNotFound,Set-CMManagementPoint', /parameter name 'EnableCloudGateway'/);
  });

  it('-WhatIf: New-CMCloudManagementGateway says what it would do and creates nothing; Get-CMSite has no -WhatIf', () => {
    expect(run('new/what-if').error).toBeNull();
    expect(run('new/what-if').output).toEqual(['What if: Performing the operation "New-CMCloudManagementGateway" on target "contosocmg.contoso.com".']);
    expect(configMgrCalls('new/what-if').map((call) => [call.command, call.performed])).toEqual([
      ['New-CMCloudManagementGateway', false],
      ['Get-CMCloudManagementGateway', null],
    ]);
    expect(run('new/what-if').pipeline).toEqual([]);
    expect(run('new/what-if').stateAfter.gateways).toEqual([]);
    refused('get/what-if', 'NamedParameterNotFound,Get-CMSite', /parameter name 'WhatIf'/);
  });

  it("a Set- cmdlet the script calls ungated, under the script's -WhatIf: changes nothing and prints its What if line, as the compiled cmdlet would", () => {
    expect(run('mp/caller-what-if').error).toBeNull();
    expect(run('mp/caller-what-if').output).toEqual(['What if: Performing the operation "Set-CMManagementPoint" on target "mp01.contoso.com".']);
    expect(configMgrCalls('mp/caller-what-if').map((call) => [call.command, call.performed])).toEqual([['Set-CMManagementPoint', false]]);
  });

  it('a ConfigMgr cmdlet run outside the site drive fails as on a site', () => {
    expect(run('off-site-drive').error?.errorId).toBe('NotOnSiteDrive,Get-CMManagementPoint');
    expect(run('off-site-drive').error?.message).toMatch(/connect to a Configuration Manager drive/);
  });
});
