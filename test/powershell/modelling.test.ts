/**
 * A run's `modelling` (standin/modelling.ps1): the parameters the docs name outside every SYNTAX
 * block (-TenantId 2309, -Version and -VMSSVMSize 2207: docs/reference/documented-facts.md F-GW-1,
 * F-GW-2) exist only when a run says how this site's cmdlet has them, exactly as it says; a run can
 * never give a cmdlet a parameter the docs do not name, and a typo in the modelling is refused
 * rather than run as the default.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describePowerShell, runBatch, type StandInModelling, type StandInResult, type StandInRun } from '../support/powershell.ts';
import { workspace, type Workspace } from './fixtures.ts';

const SEED = { sites: [{ SiteCode: 'P01', SiteName: 'Contoso', smsProvider: 'cm01.contoso.com' }] };

/** What Get-Command shows of one parameter: its type, its enum members or ValidateSet, its sets and whether each makes it mandatory. */
const DESCRIBE = (name: string) =>
  [
    '& {',
    `$p = (Get-Command New-CMCloudManagementGateway).Parameters['${name}']`,
    `if (-not $p) { Write-Host '${name}: absent'; return }`,
    '$values = if ($p.ParameterType.IsEnum) { [enum]::GetNames($p.ParameterType) } else { @($p.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] } | ForEach-Object { $_.ValidValues }) }',
    "$sets = @($p.ParameterSets.Keys | Sort-Object | ForEach-Object { $_ + '=' + $p.ParameterSets[$_].IsMandatory })",
    `Write-Host ('${name}: ' + $(if ($p.ParameterType.IsEnum) { 'enum' } else { $p.ParameterType.FullName }) + ' [' + ($values -join ',') + '] ' + ($sets -join ' '))`,
    '}',
  ].join('\n');

describePowerShell('the stand-in models what the docs leave open only as a run says', () => {
  let space: Workspace;
  const results = new Map<string, StandInResult>();
  const script = (code: string) => space.write(`case-${results.size}-${Math.abs(code.length)}.ps1`, `Set-StrictMode -Version Latest\n$ErrorActionPreference = 'Stop'\nSet-Location -Path 'P01:\\'\n${code}\n`);
  const run = (id: string, siteVersion: string, code: string, modelling?: StandInModelling): StandInRun => ({
    id,
    siteVersion,
    script: script(code),
    seed: SEED,
    moduleLoaded: true,
    console: { drivesOnImport: ['P01'] },
    ...(modelling ? { modelling } : {}),
  });

  beforeAll(async () => {
    space = workspace();
    const describeAll = ['TenantId', 'Version', 'VMSSVMSize'].map(DESCRIBE).join('\n');
    const runs = [
      run('none@2403', '2403', describeAll),
      run(
        'modelled@2403',
        '2403',
        describeAll,
        {
          parameters: {
            'New-CMCloudManagementGateway': {
              TenantId: { type: 'String', sets: ['Non-Interactive'], mandatory: true },
              Version: { enum: ['CloudService', 'VirtualMachineScaleSet'] },
              VMSSVMSize: { validateSet: ['Lab', 'Standard', 'Large'], sets: ['Interactive', 'Non-Interactive'] },
            },
          },
        },
      ),
      run('tenant-unmodelled@2403', '2403', "New-CMCloudManagementGateway -ServiceCertPath 'C:\\cmg.pfx' -ServiceCertPassword (ConvertTo-SecureString -String 'p' -AsPlainText -Force) -SubscriptionId 's' -GroupName 'rg' -ServerAppClientId 'app' -TenantId 'x' -WhatIf"),
      run('update-unmodelled@2403', '2403', "Set-UpdateServerApplication -TenantId 'x'"),
    ];
    for (const result of (await runBatch(runs)).results) results.set(result.id as string, result);
  }, 120_000);

  afterAll(() => space?.remove());

  const result = (id: string) => results.get(id) as StandInResult;

  it('without modelling, -TenantId, -Version and -VMSSVMSize do not exist, and the binder refuses them', () => {
    expect(result('none@2403').output).toEqual(['TenantId: absent', 'Version: absent', 'VMSSVMSize: absent']);
    expect(result('tenant-unmodelled@2403').error?.errorId).toBe('NamedParameterNotFound,New-CMCloudManagementGateway');
    expect(result('update-unmodelled@2403').error?.errorId).toBe('NamedParameterNotFound,Set-UpdateServerApplication');
  });

  it('modelled: the type, values, sets and Mandatory flag the run gives, and nothing else (no sets = every set)', () => {
    expect(result('modelled@2403').output).toEqual([
      'TenantId: System.String [] Non-Interactive=True',
      'Version: enum [CloudService,VirtualMachineScaleSet] __AllParameterSets=False',
      'VMSSVMSize: System.String [Lab,Standard,Large] Interactive=False Non-Interactive=False',
    ]);
  });

  it('refuses a parameter the docs do not name for that cmdlet and version, a set it does not have, and an unknown key', async () => {
    const refusal = async (modelling: StandInModelling, siteVersion = '2403') => {
      const attempt = runBatch([run('refused', siteVersion, "Write-Host 'ran'", modelling)]);
      await expect(attempt).rejects.toThrow();
      // pwsh colours the error and wraps it at the console width: plain, one line again.
      return attempt.catch((error: Error) => error.message.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\s*\n\s*\|\s*/g, ' '));
    };
    expect(await refusal({ parameters: { 'New-CMCloudManagementGateway': { VMSize: { type: 'String' } } } })).toContain(
      'modelling.parameters.New-CMCloudManagementGateway.VMSize: the facts of New-CMCloudManagementGateway at this site version name no such parameter outside its SYNTAX blocks',
    );
    // -TenantId arrives in 2309 (F-GW-1): at 2207 the facts do not name it.
    expect(await refusal({ parameters: { 'New-CMCloudManagementGateway': { TenantId: { type: 'String' } } } }, '2207')).toContain('modelling.parameters.New-CMCloudManagementGateway.TenantId');
    expect(await refusal({ parameters: { 'New-CMCloudManagementGateway': { TenantId: { type: 'String', sets: ['Silent'] } } } })).toContain("has no parameter set 'Silent'");
    expect(await refusal({ gatewayName: 'Description' } as unknown as StandInModelling)).toContain("run.modelling.gatewayName: both, ServiceCName, Name or Fqdn, not 'Description'.");
    expect(await refusal({ parameter: {} } as unknown as StandInModelling)).toContain("run.modelling: unknown key 'parameter'");
    expect(await refusal({ roleProps: 'none' } as unknown as StandInModelling)).toContain("run.modelling.roleProps: community or other, not 'none'.");
  }, 120_000);
});
