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
    };
    const runs: StandInRun[] = [
      { ...base, id: 'what-if', whatIf: true, seed: siteSeed(vmssPublic) },
      { ...base, id: 'first', seed: siteSeed(vmssPublic) },
      { ...base, id: 'second', seedFrom: 'first' },
      // The admin copies the certificates next to where they run the script and passes them by
      // relative path (the runbook's "or pass the path as a parameter").
      { ...base, id: 'relative', cwd: space.dir, parameters: { ServiceCertPath: 'certs/server.pfx', ClientRootCertPaths: ['certs/root.cer', 'certs/issuing.cer'] }, seed: siteSeed(vmssPublic) },
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

  // FAULT (reported, not fixed here: src/ belongs to the lead): the script checks its certificate
  // paths with Test-Path after Push-Location into the site drive, where a relative path no longer
  // resolves against the folder the admin ran it from. It throws "Server certificate not found:
  // certs/server.pfx" though the file is there. `it.fails` until the generator resolves the paths
  // before Push-Location; then this test fails and should become a plain `it`.
  it.fails('relative certificate paths, given from the folder that holds them, still create the CMG', () => {
    const result = run('relative');
    expect(result.error).toBeNull();
    expect(calls('relative', 'New-CMCloudManagementGateway').map((call) => call.performed)).toEqual([true]);
  });

  it('(the fault above, as it shows today: the relative path is looked up inside the site drive)', () => {
    expect(run('relative').error).toMatchObject({ message: 'Server certificate not found: certs/server.pfx. Copy it to this machine (see RUNBOOK.md) or pass the path as a parameter.', category: 'OperationStopped' });
    expect(calls('relative', 'New-CMCloudManagementGateway')).toEqual([]);
  });
});
