import { describe, it, expect } from 'vitest';
import { gateway } from '../../../src/steps/gateway/index.ts';
import { VM_SKUS } from '../../../src/domain/azure-resources.ts';
import type { StepFinding } from '../../../src/model/findings.ts';
import type { PartialAnswers } from '../../../src/model/answers.ts';
import { parsePowerShell } from '../../support/powershell-grammar.ts';
import { classicAnswers, codesOf, planStep, validateInput, vmssAnswers } from '../../support/answers.ts';
import { artifactText, expectPowerShellScript, expectSiteDrive, scriptLines } from '../script-checks.ts';
import { planAtPlace } from '../../../src/steps/index.ts';

const CREATE = '04-gateway/New-CmgGateway.ps1';
const WAIT = '04-gateway/Wait-CmgReady.ps1';
const WALKTHROUGH = '04-gateway/console-walkthrough-1610.md';
const ports = (value: string, vmCount: number): StepFinding => ({ severity: 'info', code: 'CONNECTION_POINT_PORTS', params: { ports: value, vmCount } });

/** What every 2403 scale-set plan says beside its own findings: the run-time parameters and the server app. */
const runTime = (vmSize = 'standard', sku = 'Standard_A2_v2', parameters = '-Version, -VMSSVMSize, -TenantId'): StepFinding => ({
  severity: 'info',
  code: 'GATEWAY_PARAMETERS_AT_RUN_TIME',
  params: { vmSize, sku, parameters },
  input: 'vmSize',
});
const serverApp = (siteVersion = '2403', script = 'yes'): StepFinding => ({ severity: 'info', code: 'SERVER_APP_UPDATE', params: { siteVersion, script } });
const SCALE_SET_WALKTHROUGH = '04-gateway/console-walkthrough-scale-set.md';

describe('gateway plan: findings', () => {
  it('vmss 2403, 2 standard VMs: the ports, the parameters read at run time, the server app', () => {
    expect(planStep(gateway, vmssAnswers()).findings).toStrictEqual([ports('HTTPS 10124-10125', 2), runTime(), serverApp()]);
  });

  it('vmss, 1 VM: port 443 and the single-VM note', () => {
    expect(planStep(gateway, vmssAnswers({ vmCount: 1 })).findings).toStrictEqual([ports('HTTPS 443', 1), { severity: 'info', code: 'SINGLE_VM', input: 'vmCount' }, runTime(), serverApp()]);
  });

  it('vmss, 16 VMs', () => {
    expect(planStep(gateway, vmssAnswers({ vmCount: 16 })).findings).toStrictEqual([ports('HTTPS 10124-10139', 16), runTime(), serverApp()]);
  });

  it('warns when client CRL verification is on', () => {
    expect(planStep(gateway, vmssAnswers({ verifyClientCrl: true })).findings).toStrictEqual([
      ports('HTTPS 10124-10125', 2),
      { severity: 'warning', code: 'VERIFY_CRL_ON', input: 'verifyClientCrl' },
      runTime(),
      serverApp(),
    ]);
  });

  it('vmss lab size from 2207: the lab warning; the script passes the size (no VM_SIZE_NOT_SCRIPTABLE)', () => {
    expect(planStep(gateway, vmssAnswers({ vmSize: 'lab' })).findings).toStrictEqual([
      ports('HTTPS 10124-10125', 2),
      { severity: 'warning', code: 'VM_SIZE_LAB', input: 'vmSize' },
      runTime('lab', 'Standard_B2s'),
      serverApp(),
    ]);
  });

  it('2207 and 2211: no -TenantId and no server app update before 2309', () => {
    for (const siteVersion of ['2207', '2211', '2303']) {
      expect(planStep(gateway, vmssAnswers({ siteVersion, vmSize: 'large' })).findings).toStrictEqual([ports('HTTPS 10124-10125', 2), runTime('large', 'Standard_A4_v2', '-Version, -VMSSVMSize')]);
    }
  });

  it('2010-2206: no script can ask for a scale set; the console procedure, and why', () => {
    for (const siteVersion of ['2010', '2103', '2107', '2203']) {
      const plan = planStep(gateway, vmssAnswers({ siteVersion }));
      expect(plan.findings).toStrictEqual([
        ports('HTTPS 10124-10125', 2),
        { severity: 'warning', code: 'GATEWAY_CONSOLE_ONLY', params: { siteVersion, file: SCALE_SET_WALKTHROUGH }, input: 'siteVersion' },
      ]);
      expect(plan.artifacts.map((artifact) => [artifact.path, artifact.purpose, artifact.runOn])).toEqual([
        [SCALE_SET_WALKTHROUGH, 'gateway.console-scale-set', 'site-server'],
        [WAIT, 'gateway.wait', 'site-server'],
      ]);
      expect(plan.facts).toMatchObject({ creation: 'console' });
    }
  });

  it('VM_SIZE_NOT_SCRIPTABLE: a lab or large size before 2207, chosen in the console', () => {
    expect(planStep(gateway, vmssAnswers({ siteVersion: '2203', vmSize: 'large' })).findings).toStrictEqual([
      ports('HTTPS 10124-10125', 2),
      { severity: 'warning', code: 'GATEWAY_CONSOLE_ONLY', params: { siteVersion: '2203', file: SCALE_SET_WALKTHROUGH }, input: 'siteVersion' },
      { severity: 'warning', code: 'VM_SIZE_NOT_SCRIPTABLE', params: { vmSize: 'large', sku: 'Standard_A4_v2', since: '2207', file: SCALE_SET_WALKTHROUGH }, input: 'vmSize' },
    ]);
  });

  it('before 2010 the general step refuses a scale set (VMSS_SITE_VERSION): step 4 adds no console finding', () => {
    expect(codesOf(planStep(gateway, vmssAnswers({ siteVersion: '2006' })))).toEqual([['info', 'CONNECTION_POINT_PORTS']]);
  });

  it('an existing resource group before 2603: the console procedure, and what to do', () => {
    for (const siteVersion of ['2207', '2403', '2509']) {
      const plan = planStep(gateway, vmssAnswers({ siteVersion, useExistingResourceGroup: true }));
      expect(plan.findings.filter((finding) => finding.code === 'EXISTING_GROUP_CONSOLE_ONLY')).toStrictEqual([
        { severity: 'warning', code: 'EXISTING_GROUP_CONSOLE_ONLY', params: { siteVersion, resourceGroup: 'rg-contoso-cmg', file: SCALE_SET_WALKTHROUGH }, input: 'useExistingResourceGroup' },
      ]);
      expect(plan.artifacts.map((artifact) => artifact.path)).toEqual([SCALE_SET_WALKTHROUGH, WAIT]);
    }
  });

  it('an existing resource group from 2603: the script, with -IsUsingExistingGroup read at run time', () => {
    const plan = planStep(gateway, vmssAnswers({ siteVersion: '2603', useExistingResourceGroup: true }));
    expect(plan.findings).toStrictEqual([ports('HTTPS 10124-10125', 2), runTime('standard', 'Standard_A2_v2', '-Version, -VMSSVMSize, -TenantId, -IsUsingExistingGroup'), serverApp('2603')]);
    expect(plan.artifacts.map((artifact) => artifact.path)).toEqual([CREATE, WAIT]);
    expect(plan.facts).toMatchObject({ creation: 'script' });
  });

  it('2309 and later: the server app guidance for the runbook, with the script switch only where there is a script', () => {
    expect(planStep(gateway, vmssAnswers()).guidance).toEqual([{ key: 'serverAppUpdate', params: { tenantId: 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d', script: 'yes' } }]);
    expect(planStep(gateway, vmssAnswers({ useExistingResourceGroup: true })).guidance).toEqual([{ key: 'serverAppUpdate', params: { tenantId: 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d', script: '' } }]);
    expect(planStep(gateway, vmssAnswers({ siteVersion: '2303' })).guidance).toBeUndefined();
  });

  it('stop-on-threshold without a threshold', () => {
    expect(planStep(gateway, vmssAnswers({ trafficStopService: true, trafficThresholdGb: undefined })).findings).toStrictEqual([
      ports('HTTPS 10124-10125', 2),
      runTime(),
      serverApp(),
      { severity: 'warning', code: 'TRAFFIC_STOP_WITHOUT_THRESHOLD', input: 'trafficStopService' },
    ]);
    expect(codesOf(planStep(gateway, vmssAnswers({ trafficStopService: true })))).toEqual([
      ['info', 'CONNECTION_POINT_PORTS'],
      ['info', 'GATEWAY_PARAMETERS_AT_RUN_TIME'],
      ['info', 'SERVER_APP_UPDATE'],
    ]);
  });

  it('classic 1810, 2 VMs: TCP-TLS and HTTPS ports; VM size is not a classic setting', () => {
    expect(planStep(gateway, classicAnswers({ vmSize: 'lab' })).findings).toStrictEqual([ports('TCP-TLS 10140-10141, HTTPS 10124-10125', 2)]);
  });

  it('classic cannot stop on a threshold', () => {
    expect(planStep(gateway, classicAnswers({ trafficStopService: true, trafficThresholdGb: undefined, vmCount: 1 })).findings).toStrictEqual([
      ports('TCP-TLS 10140, HTTPS 443', 1),
      { severity: 'info', code: 'SINGLE_VM', input: 'vmCount' },
      { severity: 'warning', code: 'TRAFFIC_STOP_CLASSIC', input: 'trafficStopService' },
      { severity: 'warning', code: 'TRAFFIC_STOP_WITHOUT_THRESHOLD', input: 'trafficStopService' },
    ]);
  });

  it('classic 1610: console only', () => {
    const plan = planStep(gateway, classicAnswers({ siteVersion: '1610' }));
    expect(plan.findings).toStrictEqual([ports('TCP-TLS 10140-10141, HTTPS 10124-10125', 2), { severity: 'info', code: 'CLASSIC_CONSOLE_ONLY', params: { siteVersion: '1610' }, input: 'siteVersion' }]);
    expect(plan.artifacts.map((artifact) => artifact.path)).toEqual([WALKTHROUGH]);
  });

  it('classic 1702: the first version with the cmdlet', () => {
    const plan = planStep(gateway, classicAnswers({ siteVersion: '1702' }));
    expect(codesOf(plan)).toEqual([['info', 'CONNECTION_POINT_PORTS']]);
    expect(plan.artifacts.map((artifact) => artifact.path)).toEqual([WALKTHROUGH, CREATE, WAIT]);
  });
});

describe('gateway plan: artifacts and facts', () => {
  it('vmss: create and wait scripts, run on the site server', () => {
    const plan = planStep(gateway, vmssAnswers());
    expect(plan.artifacts.map(({ path, purpose, runOn, privateKey }) => ({ path, purpose, runOn, privateKey }))).toEqual([
      { path: CREATE, purpose: 'gateway.create', runOn: 'site-server', privateKey: undefined },
      { path: WAIT, purpose: 'gateway.wait', runOn: 'site-server', privateKey: undefined },
    ]);
    expect(plan.facts).toEqual({
      deploymentName: 'contosocmg.westeurope.cloudapp.azure.com',
      azureRegion: 'WestEurope',
      azureEnvironment: 'AzurePublicCloud',
      vmSku: 'Standard_A2_v2',
      connectionPointPorts: [{ protocol: 'HTTPS', first: 10124, last: 10125 }],
      creation: 'script',
    });
  });

  it('vmss with the region given as its AzureRegion name, in any case', () => {
    const plan = planStep(gateway, vmssAnswers({ region: 'WESTEUROPE' }));
    expect(plan.facts).toMatchObject({ deploymentName: 'contosocmg.westeurope.cloudapp.azure.com', azureRegion: 'WestEurope' });
    expect(scriptLines(artifactText(plan, CREATE))).toContain("    [string] $Region = 'WestEurope',");
  });

  it('vmss in US Government', () => {
    const plan = planStep(gateway, vmssAnswers({ cloud: 'usgov', region: 'usgovvirginia', siteVersion: '2403' }));
    expect(plan.facts).toEqual({
      deploymentName: 'contosocmg.usgovvirginia.cloudapp.usgovcloudapi.net',
      azureRegion: 'USGovernmentVirginia',
      azureEnvironment: 'AzureUSGovernmentCloud',
      vmSku: 'Standard_A2_v2',
      connectionPointPorts: [{ protocol: 'HTTPS', first: 10124, last: 10125 }],
      creation: 'script',
    });
    const lines = scriptLines(artifactText(plan, CREATE));
    expect(lines).toContain("            EnvironmentSetting = 'AzureUSGovernmentCloud'");
    expect(lines).toContain("    [string] $Region = 'USGovernmentVirginia',");
  });

  it('maps the three VM sizes to their SKUs', () => {
    expect(VM_SKUS).toEqual({ lab: 'Standard_B2s', standard: 'Standard_A2_v2', large: 'Standard_A4_v2' });
    expect(planStep(gateway, vmssAnswers({ vmSize: 'large' })).facts.vmSku).toBe('Standard_A4_v2');
  });

  it('classic: walkthrough, create and wait; no VM SKU', () => {
    const plan = planStep(gateway, classicAnswers());
    expect(plan.artifacts.map(({ path, purpose, runOn }) => [path, purpose, runOn])).toEqual([
      [WALKTHROUGH, 'gateway.console', 'site-server'],
      [CREATE, 'gateway.create', 'site-server'],
      [WAIT, 'gateway.wait', 'site-server'],
    ]);
    expect(plan.facts).toEqual({
      deploymentName: 'contosocmg.cloudapp.net',
      azureRegion: 'WestEurope',
      azureEnvironment: 'AzurePublicCloud',
      vmSku: undefined,
      connectionPointPorts: [
        { protocol: 'TCP-TLS', first: 10140, last: 10141 },
        { protocol: 'HTTPS', first: 10124, last: 10125 },
      ],
    });
  });
});

describe('gateway: the vmss script', () => {
  const script = artifactText(planStep(gateway, vmssAnswers()), CREATE);
  const lines = scriptLines(script);

  it('follows the script conventions and opens the site drive', async () => {
    await expectPowerShellScript(script);
    expectSiteDrive(script);
  });

  it('has every answer as a parameter default', () => {
    for (const line of [
      "    [string] $SiteCode = 'P01',",
      "    [string] $SmsProvider = 'cm01.contoso.com',",
      "    [string] $ServiceName = 'contosocmg.contoso.com',",
      "    [string] $ServiceCertPath = 'C:\\certs\\contosocmg.pfx',",
      "    [string[]] $ClientRootCertPaths = @('C:\\certs\\contoso-root.cer'),",
      "    [string] $SubscriptionId = '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6',",
      "    [string] $ResourceGroup = 'rg-contoso-cmg',",
      "    [string] $ServerAppClientId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',",
      "    [string] $Region = 'WestEurope',",
      '    [int] $VMInstanceCount = 2,',
      '    [bool] $CheckClientCertRevocation = $false,',
      '    [bool] $EnforceTls12 = $true,',
      '    [bool] $ContentEnabled = $true,',
      '    [int] $TrafficOutGB = 200,',
      '    [int] $TrafficWarningPct = 50,',
      '    [int] $TrafficCriticalPct = 90,',
      '    [bool] $TrafficOutStopService = $false,',
      "    [string] $Description = 'Contoso CMG (cmg-setup example, lab PKI)',",
      "    [string] $TenantId = 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d',",
      "    [string] $VersionValue = '',",
      "    [string] $VMSSVMSizeValue = '',",
      '    [switch] $UpdateServerApp,',
      '    [switch] $Unattended,',
      '    [securestring] $ServiceCertPassword',
    ]) {
      expect(lines).toContain(line);
    }
  });

  it('splats the Non-Interactive parameter set', () => {
    const start = lines.indexOf('        $parameters = @{');
    expect(lines.slice(start, start + 14)).toEqual([
      '        $parameters = @{',
      '            ServiceCertPath = $ServiceCertPath',
      '            ServiceCertPassword = $ServiceCertPassword',
      "            EnvironmentSetting = 'AzurePublicCloud'",
      '            SubscriptionId = $SubscriptionId',
      '            GroupName = $ResourceGroup',
      '            ServerAppClientId = $ServerAppClientId',
      '            ServiceName = $ServiceName',
      '            Region = $Region',
      '            VMInstanceCount = $VMInstanceCount',
      '            CheckClientCertRevocation = $CheckClientCertRevocation',
      '            EnforceProtocol = $EnforceTls12',
      '            EnableCloudDPFunction = $ContentEnabled',
      '        }',
    ]);
    expect(lines).toContain('            New-CMCloudManagementGateway @parameters | Out-Null');
  });

  it('asks for the certificate password at run time (unless -ServiceCertPassword), and looks the CMG up and reads the cmdlet before it creates', () => {
    expect(lines).toContain("            $ServiceCertPassword = Read-Host -Prompt 'Password of the CMG server certificate (.pfx)' -AsSecureString");
    const lookup = lines.indexOf('    if (Find-CmgGateway -ServiceName $ServiceName) {');
    const command = lines.indexOf('    $cmdlet = Get-Command -Name New-CMCloudManagementGateway');
    const create = lines.indexOf('            New-CMCloudManagementGateway @parameters | Out-Null');
    expect(lookup).toBeGreaterThan(0);
    expect(lookup).toBeLessThan(command);
    expect(command).toBeLessThan(create);
    expect(lines).toContain("    if ($PSCmdlet.ShouldProcess($ServiceName, 'Create the cloud management gateway in Azure')) {");
  });

  it('the scale set, the size and the tenant: resolved from the installed cmdlet, by the names cmg-setup knows', () => {
    expect(lines).toContain(
      "    $runTime.Version = Resolve-CmgValue -Name 'Version' -Given $VersionValue -GivenParameter 'VersionValue' -Names @('virtualmachinescaleset', 'vmss') -Meaning 'a virtual machine scale set' -Since '2207'",
    );
    expect(lines).toContain(
      "    $runTime.VMSSVMSize = Resolve-CmgValue -Name 'VMSSVMSize' -Given $VMSSVMSizeValue -GivenParameter 'VMSSVMSizeValue' -Names @('standard', 'a2v2', 'standarda2v2') -Meaning 'the VM size Standard (A2_V2)' -Since '2207'",
    );
    expect(lines).toContain("    if (-not (Get-CmgParameter 'TenantId')) {");
    expect(lines).toContain('    $runTime.TenantId = $TenantId');
    expect(lines.filter((line) => line.includes('$runTime.IsUsingExistingGroup'))).toEqual([]);
  });

  it('-Unattended passes -Force; -UpdateServerApp runs Set-UpdateServerApplication -TenantId first', () => {
    expect(lines.slice(lines.indexOf('        if ($Unattended) {'), lines.indexOf('        if ($Unattended) {') + 3)).toEqual(['        if ($Unattended) {', '            $parameters.Force = $true', '        }']);
    expect(lines).toContain('            Set-UpdateServerApplication -TenantId $TenantId');
    expect(lines.indexOf('            Set-UpdateServerApplication -TenantId $TenantId')).toBeLessThan(lines.indexOf('            New-CMCloudManagementGateway @parameters | Out-Null'));
  });

  it('before 2309: no -TenantId, no -UpdateServerApp', () => {
    const early = artifactText(planStep(gateway, vmssAnswers({ siteVersion: '2207' })), CREATE);
    // The description names the later parameters; no line of code does.
    expect(scriptLines(early).filter((line) => /\$TenantId|\$UpdateServerApp|Set-UpdateServerApplication -|Your server Application/.test(line))).toEqual([]);
    expect(scriptLines(early)).toContain('        New-CMCloudManagementGateway @parameters | Out-Null');
  });

  it('from 2603 with an existing group: -IsUsingExistingGroup, only if the cmdlet takes it with -ServerAppClientId', () => {
    const lines2603 = scriptLines(artifactText(planStep(gateway, vmssAnswers({ siteVersion: '2603', useExistingResourceGroup: true })), CREATE));
    expect(lines2603).toContain("    if (-not (Get-CmgParameter 'IsUsingExistingGroup')) {");
    expect(lines2603).toContain('    $runTime.IsUsingExistingGroup = $true');
  });

  it('classifies client certificates as root or intermediate', () => {
    expect(lines).toContain('    foreach ($path in $ClientRootCertPaths) {');
    expect(lines).toContain('            $caRootCert[$path] = [Microsoft.ConfigurationManagement.AdminConsole.AzureServices.CertificateStore]::RootCA');
    expect(lines).toContain('            $caRootCert[$path] = [Microsoft.ConfigurationManagement.AdminConsole.AzureServices.CertificateStore]::IntermediateCA');
  });

  it('uses none of the classic parameters', () => {
    // ServiceCName appears only where Find-CmgGateway compares it (SMS_AzureService's property).
    expect(script).not.toMatch(/ServiceCName =|ManagementCertificate|GovernmentSubscription|RootCertificatePath/);
  });

  it('with Entra client authentication: no client root certificates', async () => {
    const entra = artifactText(planStep(gateway, vmssAnswers({ clientAuth: 'entra' })), CREATE);
    await expectPowerShellScript(entra);
    expect(entra).not.toContain('ClientRootCertPaths');
    expect(scriptLines(entra)).toContain('    $caRootCert = @{}');
  });

  it('without a server certificate path: the parameter is mandatory', () => {
    const text = scriptLines(artifactText(planStep(gateway, vmssAnswers({ serverCertPath: undefined })), CREATE));
    const at = text.indexOf('    [string] $ServiceCertPath,');
    expect(at).toBeGreaterThan(0);
    expect(text[at - 1]).toBe('    [Parameter(Mandatory)]');
  });

  it('without a traffic threshold: TrafficOutGB 0, the alert stays off', () => {
    const text = scriptLines(artifactText(planStep(gateway, vmssAnswers({ trafficThresholdGb: undefined, description: undefined })), CREATE));
    expect(text).toContain('    [int] $TrafficOutGB = 0,');
    expect(text).toContain("    [string] $Description = '',");
    expect(text).toContain('        if ($TrafficOutGB -gt 0) {');
  });

  it('quotes a description with every kind of single quote, and it stays one string', async () => {
    const description = "O'Brien’s ‘CMG’'; Remove-Item C:\\ -Recurse; '";
    const text = artifactText(planStep(gateway, vmssAnswers({ description })), CREATE);
    expect(scriptLines(text)).toContain("    [string] $Description = 'O''Brien’’s ‘‘CMG’’''; Remove-Item C:\\ -Recurse; ''',");
    const parsed = await parsePowerShell(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.commands).not.toContain('Remove-Item');
    expect(parsed.stringLiterals).toContain(description);
  });
});

describe('gateway: the classic script', () => {
  const script = artifactText(planStep(gateway, classicAnswers()), CREATE);
  const lines = scriptLines(script);

  it('follows the script conventions and opens the site drive', async () => {
    await expectPowerShellScript(script);
    expectSiteDrive(script);
  });

  it('uses the 1702-2006 syntax with ServiceCName and the management certificate', () => {
    const start = lines.indexOf('        $parameters = @{');
    expect(lines.slice(start, start + 12)).toEqual([
      '        $parameters = @{',
      '            SubscriptionId = $SubscriptionId',
      '            ManagementCertificatePath = $ManagementCertPath',
      '            ManagementCertificatePassword = $managementCertPassword',
      '            ServiceCName = $ServiceName',
      '            ServiceCertificatePath = $ServiceCertPath',
      '            ServiceCertificatePassword = $serviceCertPassword',
      '            RootCertificatePath = $RootCertPath',
      '            Region = $Region',
      '            VMInstanceCount = $VMInstanceCount',
      '            CheckClientCertRevocation = $CheckClientCertRevocation',
      '        }',
    ]);
    for (const line of [
      "    [string] $ServiceName = 'contosocmg.cloudapp.net',",
      "    [string] $ManagementCertPath = 'C:\\certs\\azure-management.pfx',",
      "    [string] $RootCertPath = 'C:\\certs\\contoso-root.cer',",
      "    [string] $Region = 'WestEurope',",
      "        $managementCertPassword = Read-Host -Prompt 'Password of the Azure management certificate (.pfx)' -AsSecureString",
    ]) {
      expect(lines).toContain(line);
    }
  });

  it('uses none of the 2010+ parameters, and no GovernmentSubscription in the public cloud', () => {
    expect(script).not.toMatch(/GroupName|ServerAppClientId|EnvironmentSetting|EnforceProtocol|EnableCloudDPFunction|TrafficOutStopService|GovernmentSubscription/);
  });

  it('sets GovernmentSubscription only for US Government', async () => {
    const usgov = artifactText(planStep(gateway, classicAnswers({ cloud: 'usgov', region: 'usgovvirginia', serviceName: 'contosocmg.usgovcloudapp.net' })), CREATE);
    await expectPowerShellScript(usgov);
    const usgovLines = scriptLines(usgov);
    expect(usgovLines).toContain('            GovernmentSubscription = $true');
    expect(usgovLines).toContain("    [string] $ServiceName = 'contosocmg.usgovcloudapp.net',");
    expect(usgovLines).toContain("    [string] $Region = 'USGovernmentVirginia',");
  });

  it('without a management certificate path: the parameter is mandatory', () => {
    const text = scriptLines(artifactText(planStep(gateway, classicAnswers({ managementCertPath: undefined })), CREATE));
    expect(text[text.indexOf('    [string] $ManagementCertPath,') - 1]).toBe('    [Parameter(Mandatory)]');
  });
});

describe('gateway: the wait script', () => {
  it('polls Get-CMCloudManagementGateway and changes nothing', async () => {
    const script = artifactText(planStep(gateway, vmssAnswers()), WAIT);
    await expectPowerShellScript(script);
    expectSiteDrive(script);
    const lines = scriptLines(script);
    expect(lines).toContain("    [string] $ServiceName = 'contosocmg.contoso.com',");
    expect(lines).toContain('    [int] $TimeoutMinutes = 60,');
    expect(lines).toContain('    [int] $PollSeconds = 60');
    expect(lines).toContain('        $gateway = Find-CmgGateway -ServiceName $ServiceName');
    // F-GW-9: every CMG listed (no -Name), kept by ServiceCName.
    expect(lines).toContain("        $found = @(Get-CMCloudManagementGateway | Where-Object { [string]::Equals([string]$_.ServiceCName, $ServiceName, [System.StringComparison]::OrdinalIgnoreCase) })");
    const parsed = await parsePowerShell(script);
    expect(parsed.commands.filter((command) => /^(New|Set|Remove|Add)-CM/.test(command))).toEqual([]);
  });
});

describe('gateway: the wait script\'s State table', () => {
  it('is the one table of steps/gateway/states.ts, emitted as is, with the labels of the script\'s language', () => {
    const lines = scriptLines(artifactText(planStep(gateway, vmssAnswers()), WAIT));
    const start = lines.indexOf('    $gatewayStates = @{');
    expect(lines.slice(start, start + 8)).toEqual([
      '    $gatewayStates = @{',
      "        0 = @{ Outcome = 'ready'; Label = 'Running' }",
      "        1 = @{ Outcome = 'wait'; Label = 'Provisioning' }",
      "        4 = @{ Outcome = 'wait'; Label = 'Deployment starting' }",
      "        5 = @{ Outcome = 'stop'; Label = 'Stopping' }",
      "        6 = @{ Outcome = 'stop'; Label = 'Stopped' }",
      "        99 = @{ Outcome = 'stop'; Label = 'Deleting' }",
      '    }',
    ]);
    expect(lines).toContain('        $state = [int]$gateway.State');
  });
});

describe('gateway: the scale-set console walkthrough (no script before 2207, or an existing group before 2603)', () => {
  it('follows the setup page with the answers: scale set, region, group, size, instances, certificates, options, alerts', () => {
    const text = artifactText(planStep(gateway, vmssAnswers({ siteVersion: '2103', vmSize: 'lab' })), SCALE_SET_WALKTHROUGH);
    expect(text).not.toMatch(/(?<!\r)\n/);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('# Creating the cloud management gateway in the console (virtual machine scale set)');
    expect(lines[2]).toMatch(/^> No script creates the CMG on ConfigMgr `2103`: New-CMCloudManagementGateway gets the parameters that ask for a virtual machine scale set \(-Version, -VMSSVMSize\) only in 2207/);
    expect(lines).toContain(
      '1. Versions 2010 and 2103: the scale set is a pre-release feature, only intended for Cloud Solution Provider (CSP) subscriptions. Administration > Site Configuration > Sites > Hierarchy Settings > General: tick **Consent to use pre-release features**; then Administration > Updates and Servicing > Features: turn on **Cloud management gateway with virtual machine scale set**.',
    );
    expect(lines).toContain(
      '3. General page: Azure environment `AzurePublicCloud`; choose **Virtual machine scale set** (not **Cloud service (classic)**); **Sign in** with an Owner of the subscription; **Subscription ID** `6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6`. Next: the site tests the connection to Azure.',
    );
    expect(lines).toContain('4. Settings page: **Certificate file** `C:\\certs\\contosocmg.pfx`; the **Service name** must be `contosocmg.contoso.com`.');
    for (const line of [
      '   - **Region**: `westeurope`.',
      '   - **Resource Group**: **Create new**, `rg-contoso-cmg`.',
      '   - **VM Size**: `Lab (B2s)`.',
      '   - **VM Instance**: `2`.',
      '   - **Certificates**: add the trusted root and intermediate certificates of the client certificates: `C:\\certs\\contoso-root.cer`.',
      '   - **Verify Client Certificate Revocation**: clear it, unless the CRL is published on the internet.',
      '   - **Enforce TLS 1.2**: leave it ticked.',
      '5. Alerts page: 14-day outbound traffic threshold 200 GB, warning at 50%, critical at 90%.',
      '6. Review the settings and finish the wizard. Then run `04-gateway/Wait-CmgReady.ps1`, or watch the Status column of the new CMG until it shows Ready.',
    ]) {
      expect(lines).toContain(line);
    }
  });

  it('2107-2206: the feature line says to turn it on if listed; an existing group at 2403: Use existing, and the 2309 General page', () => {
    expect(artifactText(planStep(gateway, vmssAnswers({ siteVersion: '2203' })), SCALE_SET_WALKTHROUGH)).toContain('1. Administration > Updates and Servicing > Features: if **Cloud management gateway with virtual machine scale set** is listed, turn it on');
    const lines = artifactText(planStep(gateway, vmssAnswers({ useExistingResourceGroup: true, clientAuth: 'entra' })), SCALE_SET_WALKTHROUGH).split('\r\n');
    expect(lines[2]).toBe('> No script creates the CMG on ConfigMgr `2403` into a resource group that exists: before 2603 the scripted parameter set cannot say that the group exists. The console can (**Use existing**).');
    expect(lines).toContain('   - **Resource Group**: **Use existing**, `rg-contoso-cmg`. It must already be in the region `westeurope`: in another region the CMG fails to deploy.');
    expect(lines).toContain('   - **Certificates**: none needed (Microsoft Entra ID or site token client authentication).');
    expect(lines.find((line) => line.startsWith('3. '))).toContain('**Microsoft Entra tenant name**: the tenant `b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d`');
  });

  it('follows --lang fr: French sentences, the console labels in English (said once), the same values', () => {
    const answers = vmssAnswers({ siteVersion: '2103' });
    const french = artifactText(planAtPlace(gateway, { answers, now: new Date('2026-03-01T00:00:00Z'), lang: 'fr' }), SCALE_SET_WALKTHROUGH);
    const english = artifactText(planStep(gateway, answers), SCALE_SET_WALKTHROUGH);
    const lines = french.split('\r\n');
    expect(lines[0]).toBe('Créer la passerelle de gestion cloud dans la console (groupe de machines virtuelles identiques)'.replace(/^/, '# '));
    expect(lines).toContain('Les libellés de la console sont cités en anglais, comme dans la documentation de Microsoft dont cette procédure est tirée.');
    const spans = (text: string) => text.match(/`[^`]*`/g);
    expect(spans(french)).toEqual(spans(english));
  });
});

describe('gateway: the 1610 console walkthrough', () => {
  it('is CRLF Markdown with the answers filled in', () => {
    const text = artifactText(planStep(gateway, classicAnswers({ siteVersion: '1610' })), WALKTHROUGH);
    expect(text).not.toMatch(/(?<!\r)\n/);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('# The cloud management gateway in the console (ConfigMgr 1610)');
    expect(lines).toContain('## Step 4: create the cloud management gateway');
    expect(lines).toContain('1. Administration > Site Configuration > Servers and Site System Roles: select `cmgcp01.contoso.com`, then Add Site System Roles.');
    expect(lines).toContain('- `mp01.contoso.com`');
    expect(lines).toContain('- `sup01.contoso.com`');
    expect(lines).toContain('4. General page: subscription ID `6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6`, and the Azure management certificate `C:\\certs\\azure-management.pfx`. The console connects to Azure.');
    expect(lines).toContain(
      '5. Settings page: region `westeurope`; VM instances `2`; server certificate `C:\\certs\\contosocmg.pfx`; client root certificate `C:\\certs\\contoso-root.cer`; service FQDN `contosocmg.cloudapp.net`.',
    );
    expect(lines).toContain('6. Clear **Verify Client Certificate Revocation** unless the CRL is published on the internet.');
    expect(lines).toContain('7. Alerts page: 14-day outbound traffic threshold 200 GB, warning at 50%, critical at 90%.');
    expect(lines).toContain("Ports from the connection point to the CMG: TCP-TLS 10140-10141, HTTPS 10124-10125 (today's data-flow page: TCP-TLS first, HTTPS if TCP-TLS fails).");
  });

  it('reflects CRL verification on and no traffic alert', () => {
    const lines = artifactText(planStep(gateway, classicAnswers({ siteVersion: '1610', verifyClientCrl: true, trafficThresholdGb: undefined })), WALKTHROUGH).split('\r\n');
    expect(lines).toContain('6. Leave **Verify Client Certificate Revocation**: the CRL must be published on the internet.');
    expect(lines).toContain('7. Alerts page: no 14-day outbound traffic alert.');
  });

  it('follows --lang fr: the French console labels, the same values', () => {
    const answers = classicAnswers({ siteVersion: '1610' });
    const french = artifactText(planAtPlace(gateway, { answers, now: new Date('2026-03-01T00:00:00Z'), lang: 'fr' }), WALKTHROUGH);
    const english = artifactText(planStep(gateway, answers), WALKTHROUGH);
    expect(french).not.toMatch(/(?<!\r)\n/);
    const lines = french.split('\r\n');
    expect(lines[0]).toBe('# La passerelle de gestion cloud dans la console (ConfigMgr 1610)');
    expect(lines).toContain('3. Administration > Services cloud > Passerelle de gestion cloud > Créer une passerelle de gestion cloud.');
    expect(lines).toContain('1. Administration > Configuration du site > Serveurs et rôles de système de site : sélectionnez `cmgcp01.contoso.com`, puis Ajouter des rôles de système de site.');
    expect(lines).toContain('6. Décochez **Vérifier la révocation des certificats clients**, sauf si la liste de révocation des certificats (CRL) est publiée sur Internet.');
    expect(lines).toContain('7. Page Alertes : seuil de trafic sortant sur 14 jours de 200 Go, avertissement à 50 %, critique à 90 %.');
    // Every value, in the same code spans and the same order.
    const spans = (text: string) => text.match(/`[^`]*`/g);
    expect(spans(french)).toEqual(spans(english));
    expect(lines.length).toBe(english.split('\r\n').length);
  });
});

describe('gateway inputs', () => {
  it.each<[string, PartialAnswers, unknown[]]>([
    ['westeurope', { cloud: 'public' }, []],
    ['WestEurope', {}, []],
    ['usgovvirginia', { cloud: 'public' }, [{ severity: 'error', code: 'REGION_WRONG_CLOUD', params: { value: 'usgovvirginia', cloud: 'public', regionCloud: 'usgov' } }]],
    ['swedencentral', { cloud: 'public' }, [{ severity: 'warning', code: 'REGION_NAME_INFERRED', params: { value: 'swedencentral', azureRegion: 'SwedenCentral' } }]],
  ])('region %s with %j', (value, answers, expected) => {
    expect(validateInput('region', value, answers)).toEqual(expected);
  });

  it.each<[number, unknown[]]>([
    [1, []],
    [16, []],
    [0, [{ severity: 'error', code: 'VM_COUNT_RANGE', params: { value: 0, min: 1, max: 16 } }]],
    [17, [{ severity: 'error', code: 'VM_COUNT_RANGE', params: { value: 17, min: 1, max: 16 } }]],
    [-1, [{ severity: 'error', code: 'VM_COUNT_RANGE', params: { value: -1, min: 1, max: 16 } }]],
  ])('vmCount %i', (value, expected) => {
    expect(validateInput('vmCount', value)).toEqual(expected);
  });

  it.each<[number, unknown[]]>([
    [1, []],
    [1_000_000, []],
    [0, [{ severity: 'error', code: 'TRAFFIC_THRESHOLD_RANGE', params: { value: 0, min: 1, max: 1_000_000 } }]],
    [1_000_001, [{ severity: 'error', code: 'TRAFFIC_THRESHOLD_RANGE', params: { value: 1_000_001, min: 1, max: 1_000_000 } }]],
  ])('trafficThresholdGb %i', (value, expected) => {
    expect(validateInput('trafficThresholdGb', value)).toEqual(expected);
  });

  it.each<[number, unknown[]]>([
    [1, []],
    [99, []],
    [0, [{ severity: 'error', code: 'TRAFFIC_PCT_RANGE', params: { value: 0, min: 1, max: 99 } }]],
    [100, [{ severity: 'error', code: 'TRAFFIC_PCT_RANGE', params: { value: 100, min: 1, max: 99 } }]],
  ])('trafficWarningPct %i', (value, expected) => {
    expect(validateInput('trafficWarningPct', value)).toEqual(expected);
  });

  it.each<[number, PartialAnswers, unknown[]]>([
    [90, { trafficWarningPct: 50 }, []],
    [100, { trafficWarningPct: 99 }, []],
    [51, {}, []],
    [90, { trafficWarningPct: 90 }, [{ severity: 'error', code: 'TRAFFIC_PCT_ORDER', params: { warning: 90, critical: 90 } }]],
    [80, { trafficWarningPct: 90 }, [{ severity: 'error', code: 'TRAFFIC_PCT_ORDER', params: { warning: 90, critical: 80 } }]],
    [50, {}, [{ severity: 'error', code: 'TRAFFIC_PCT_ORDER', params: { warning: 50, critical: 50 } }]],
    [101, { trafficWarningPct: 50 }, [{ severity: 'error', code: 'TRAFFIC_PCT_RANGE', params: { value: 101, min: 1, max: 100 } }]],
    [0, { trafficWarningPct: 50 }, [{ severity: 'error', code: 'TRAFFIC_PCT_RANGE', params: { value: 0, min: 1, max: 100 } }]],
  ])('trafficCriticalPct %i with %j', (value, answers, expected) => {
    expect(validateInput('trafficCriticalPct', value, answers)).toEqual(expected);
  });

  it.each<[string, unknown[]]>([
    ['Contoso CMG (production)', []],
    ["O'Brien’s CMG “prod”", []],
    ['x'.repeat(512), []],
    // Issue 9: a tab is a control character too, and every refusal names the character and where it is.
    ["O'Brien’s CMG\t“prod”", [{ severity: 'error', code: 'DESCRIPTION_INVALID', params: { reason: 'control', maxLength: 512, position: 14, codePoint: 'U+0009' } }]],
    ['line one\nline two', [{ severity: 'error', code: 'DESCRIPTION_INVALID', params: { reason: 'control', maxLength: 512, position: 9, codePoint: 'U+000A' } }]],
    ['line one\r\nline two', [{ severity: 'error', code: 'DESCRIPTION_INVALID', params: { reason: 'control', maxLength: 512, position: 9, codePoint: 'U+000D' } }]],
    ['bell\u0007', [{ severity: 'error', code: 'DESCRIPTION_INVALID', params: { reason: 'control', maxLength: 512, position: 5, codePoint: 'U+0007' } }]],
    ['lone \uD800 surrogate', [{ severity: 'error', code: 'DESCRIPTION_INVALID', params: { reason: 'control', maxLength: 512, position: 6, codePoint: 'U+D800' } }]],
    [' \t ', [{ severity: 'error', code: 'DESCRIPTION_INVALID', params: { reason: 'empty', maxLength: 512 } }]],
    ['x'.repeat(513), [{ severity: 'error', code: 'DESCRIPTION_INVALID', params: { reason: 'length', maxLength: 512 } }]],
  ])('description %j', (value, expected) => {
    expect(validateInput('description', value)).toEqual(expected);
  });
});
