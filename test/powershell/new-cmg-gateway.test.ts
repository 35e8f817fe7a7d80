/**
 * One generated script end to end, against the stand-in: vmss-public's
 * 04-gateway/New-CmgGateway.ps1, as the CLI writes it (BOM, CRLF), run the way an admin runs it:
 * with -WhatIf (nothing changes, a "What if" line), for real (the exact New-CMCloudManagementGateway
 * call), and a second time (already configured: no New- call).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describePowerShell, runBatch, type StandInResult, type StandInRun } from '../support/powershell.ts';
import { vmssPublic } from '../emit/scenarios.ts';
import { certificateFiles, siteSeed, workspace, writeScenarioScript, type CertificateFiles, type Workspace } from './fixtures.ts';
import { gatewayModelling } from './site-server/gateway-world.ts';

const SCRIPT = '04-gateway/New-CmgGateway.ps1';
const PASSWORD_PROMPT = 'Password of the CMG server certificate (.pfx)';

describePowerShell(`vmss-public ${SCRIPT} against the stand-in`, () => {
  let space: Workspace;
  let files: CertificateFiles;
  const results = new Map<string, StandInResult>();

  beforeAll(async () => {
    space = workspace();
    files = certificateFiles(space, vmssPublic.serviceName);
    const script = writeScenarioScript(space, vmssPublic, SCRIPT);
    const base: Omit<StandInRun, 'id'> = {
      script,
      siteVersion: vmssPublic.siteVersion,
      parameters: { ServiceCertPath: files.serverPfx, ClientRootCertPaths: [files.rootCer, files.issuingCer] },
      readHost: [files.password],
      // 2403: the site's cmdlet has -Version, -VMSSVMSize and -TenantId as gateway-world.ts models them.
      modelling: gatewayModelling(vmssPublic),
    };
    const runs: StandInRun[] = [
      { ...base, id: 'what-if', whatIf: true, seed: siteSeed(vmssPublic) },
      { ...base, id: 'first', seed: siteSeed(vmssPublic) },
      { ...base, id: 'second', seedFrom: 'first' },
      // The admin passes the certificates by relative path, from a folder that is not the script's
      // (the runbook: "a relative path you pass is taken from the script's folder"): the script is
      // in <space>/scripts/04-gateway, the files in <space>/certs.
      { ...base, id: 'relative', cwd: space.dir, parameters: { ServiceCertPath: '../../certs/server.pfx', ClientRootCertPaths: ['../../certs/root.cer', '../../certs/issuing.cer'] }, seed: siteSeed(vmssPublic) },
      // Relative to the working folder instead: not found, and the message names the path it looked for.
      { ...base, id: 'relative-to-cwd', cwd: space.dir, parameters: { ServiceCertPath: 'certs/server.pfx', ClientRootCertPaths: ['certs/root.cer'] }, seed: siteSeed(vmssPublic) },
    ];
    for (const result of (await runBatch(runs)).results) results.set(result.id as string, result);
  }, 120_000);

  afterAll(() => space?.remove());

  const run = (id: string): StandInResult => results.get(id) as StandInResult;
  const calls = (id: string, command: string) => run(id).calls.filter((call) => call.command === command);

  it('-WhatIf: says what it would do, asks for no password, changes nothing', () => {
    const result = run('what-if');
    expect(result.error).toBeNull();
    expect(result.exitCode).toBe(0);
    expect(result.output).toEqual(['What if: Performing the operation "Create the cloud management gateway in Azure" on target "contosocmg.contoso.com".']);
    expect(result.readHostPrompts).toEqual([]);
    expect(calls('what-if', 'New-CMCloudManagementGateway')).toEqual([]);
    expect(result.stateAfter.gateways).toEqual([]);
  });

  it('first run: connects to the site drive, checks for an existing CMG, asks for the password, creates the CMG with the Non-Interactive set', () => {
    const result = run('first');
    expect(result.error).toBeNull();
    expect(result.exitCode).toBe(0);
    expect(result.readHostPrompts).toEqual([PASSWORD_PROMPT]);
    // Find-CmgGateway lists every CMG once and keeps it by ServiceCName (F-GW-9).
    expect(result.calls.map((call) => call.command)).toEqual(['New-PSDrive', 'Get-CMCloudManagementGateway', 'New-CMCloudManagementGateway']);
    expect(calls('first', 'New-PSDrive')[0]?.parameters).toEqual({ Name: 'P01', PSProvider: 'CMSite', Root: 'cm01.contoso.com', WhatIf: false });
    expect(calls('first', 'New-CMCloudManagementGateway')).toEqual([
      {
        command: 'New-CMCloudManagementGateway',
        kind: 'ConfigMgr',
        parameterSet: 'Non-Interactive',
        parameters: {
          CARootCert: { [files.issuingCer]: 'IntermediateCA', [files.rootCer]: 'RootCA' },
          CheckClientCertRevocation: false,
          Description: 'Contoso production CMG',
          EnableCloudDPFunction: true,
          EnableTrafficOut: true,
          EnforceProtocol: true,
          EnvironmentSetting: 'AzurePublicCloud',
          GroupName: 'rg-contoso-cmg',
          Region: 'WestEurope',
          ServerAppClientId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
          ServiceCertPassword: { secureString: true, plainText: files.password },
          ServiceCertPath: files.serverPfx,
          ServiceName: 'contosocmg.contoso.com',
          SubscriptionId: '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6',
          TrafficCriticalPct: 90,
          TrafficOutGB: 10000,
          TrafficOutStopService: true,
          TrafficWarningPct: 50,
          VMInstanceCount: 2,
          TenantId: 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d',
          Version: 'VirtualMachineScaleSet',
          VMSSVMSize: 'Standard',
        },
        performed: true,
      },
    ]);
    expect(result.output).toEqual(['Creation of contosocmg.contoso.com started. Run Wait-CmgReady.ps1 to follow it until it is Ready.']);
    expect(result.stateAfter.gateways).toEqual([
      expect.objectContaining({ Name: 'contosocmg', ServiceCName: 'contosocmg.contoso.com', SiteCode: 'P01', Region: 'WestEurope', NumberOfInstances: 2, TrafficOutInGB: 10000, ServiceType: 'CloudProxyService' }),
    ]);
  });

  it('second run: the CMG exists, so it says "Already configured" and creates nothing', () => {
    const result = run('second');
    expect(result.error).toBeNull();
    expect(result.exitCode).toBe(0);
    expect(result.output).toEqual(['Already configured: the cloud management gateway contosocmg.contoso.com exists. Nothing to do.']);
    expect(calls('second', 'New-CMCloudManagementGateway')).toEqual([]);
    expect(result.readHostPrompts).toEqual([]);
    expect(result.stateAfter.gateways).toEqual(run('first').stateAfter.gateways);
  });

  // Issue 10's fault, fixed: the script checked its certificate paths with Test-Path after
  // Push-Location into the site drive, where a relative path no longer resolved. It now takes a
  // relative path from its own folder ($PSScriptRoot), before the site drive is entered, and
  // passes the cmdlet the full path.
  it('relative certificate paths are taken from the script\'s folder, resolved before the site drive: the CMG is created with full paths', () => {
    const result = run('relative');
    expect(result.error).toBeNull();
    const [call] = calls('relative', 'New-CMCloudManagementGateway');
    expect(call?.performed).toBe(true);
    expect(call?.parameters.ServiceCertPath).toBe(space.path('scripts', '04-gateway', '../../certs/server.pfx'));
    expect(Object.keys(call?.parameters.CARootCert as object).sort()).toEqual([space.path('scripts', '04-gateway', '../../certs/issuing.cer'), space.path('scripts', '04-gateway', '../../certs/root.cer')].sort());
  });

  it('a path relative to the working folder rather than the script is not found: the message names the full path it looked for', () => {
    expect(run('relative-to-cwd').error).toMatchObject({ message: `Server certificate not found: ${space.path('scripts', '04-gateway', 'certs/server.pfx')}. Copy it to this machine (see RUNBOOK.md) or pass the path as a parameter.`, category: 'OperationStopped' });
    expect(calls('relative-to-cwd', 'New-CMCloudManagementGateway')).toEqual([]);
  });
});
