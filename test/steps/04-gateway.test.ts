import { describe, it, expect } from 'vitest';
import { gateway, VM_SKUS } from '../../src/steps/04-gateway.ts';
import type { StepFinding } from '../../src/steps/step.ts';
import type { PartialAnswers } from '../../src/wizard/answers.ts';
import { parsePowerShell } from '../support/powershell-grammar.ts';
import { classicAnswers, codesOf, planStep, validateInput, vmssAnswers } from '../support/answers.ts';
import { artifactText, expectPowerShellScript, expectSiteDrive, scriptLines } from './script-checks.ts';

const CREATE = '04-gateway/New-CmgGateway.ps1';
const WAIT = '04-gateway/Wait-CmgReady.ps1';
const WALKTHROUGH = '04-gateway/console-walkthrough-1610.md';
const ports = (value: string, vmCount: number): StepFinding => ({ severity: 'info', code: 'CONNECTION_POINT_PORTS', params: { ports: value, vmCount } });

describe('gateway plan: findings', () => {
  it('vmss, 2 standard VMs: only the ports', () => {
    expect(planStep(gateway, vmssAnswers()).findings).toStrictEqual([ports('HTTPS 10124-10125', 2)]);
  });

  it('vmss, 1 VM: port 443 and the single-VM note', () => {
    expect(planStep(gateway, vmssAnswers({ vmCount: 1 })).findings).toStrictEqual([ports('HTTPS 443', 1), { severity: 'info', code: 'SINGLE_VM', input: 'vmCount' }]);
  });

  it('vmss, 16 VMs', () => {
    expect(planStep(gateway, vmssAnswers({ vmCount: 16 })).findings).toStrictEqual([ports('HTTPS 10124-10139', 16)]);
  });

  it('warns when client CRL verification is on', () => {
    expect(planStep(gateway, vmssAnswers({ verifyClientCrl: true })).findings).toStrictEqual([
      ports('HTTPS 10124-10125', 2),
      { severity: 'warning', code: 'VERIFY_CRL_ON', input: 'verifyClientCrl' },
    ]);
  });

  it('vmss lab size: lab warning, and the size cannot be scripted', () => {
    expect(planStep(gateway, vmssAnswers({ vmSize: 'lab' })).findings).toStrictEqual([
      ports('HTTPS 10124-10125', 2),
      { severity: 'warning', code: 'VM_SIZE_LAB', input: 'vmSize' },
      { severity: 'warning', code: 'VM_SIZE_NOT_SCRIPTABLE', params: { vmSize: 'lab', sku: 'Standard_B2s' }, input: 'vmSize' },
    ]);
  });

  it('vmss large size cannot be scripted', () => {
    expect(planStep(gateway, vmssAnswers({ vmSize: 'large' })).findings).toStrictEqual([
      ports('HTTPS 10124-10125', 2),
      { severity: 'warning', code: 'VM_SIZE_NOT_SCRIPTABLE', params: { vmSize: 'large', sku: 'Standard_A4_v2' }, input: 'vmSize' },
    ]);
  });

  it('stop-on-threshold without a threshold', () => {
    expect(planStep(gateway, vmssAnswers({ trafficStopService: true, trafficThresholdGb: undefined })).findings).toStrictEqual([
      ports('HTTPS 10124-10125', 2),
      { severity: 'warning', code: 'TRAFFIC_STOP_WITHOUT_THRESHOLD', input: 'trafficStopService' },
    ]);
    expect(codesOf(planStep(gateway, vmssAnswers({ trafficStopService: true })))).toEqual([['info', 'CONNECTION_POINT_PORTS']]);
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
      "    [string] $Description = 'Contoso CMG (cmg-setup example, lab PKI)'",
    ]) {
      expect(lines).toContain(line);
    }
  });

  it('splats the Non-Interactive parameter set', () => {
    const start = lines.indexOf('        $parameters = @{');
    expect(lines.slice(start, start + 14)).toEqual([
      '        $parameters = @{',
      '            ServiceCertPath = $ServiceCertPath',
      '            ServiceCertPassword = $serviceCertPassword',
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
    expect(lines).toContain('        New-CMCloudManagementGateway @parameters | Out-Null');
  });

  it('asks for the certificate password at run time and checks before it creates', () => {
    expect(lines).toContain("        $serviceCertPassword = Read-Host -Prompt 'Password of the CMG server certificate (.pfx)' -AsSecureString");
    expect(lines).toContain('    $existing = Get-CMCloudManagementGateway -Name $ServiceName');
    expect(lines.indexOf('    $existing = Get-CMCloudManagementGateway -Name $ServiceName')).toBeLessThan(lines.indexOf('        New-CMCloudManagementGateway @parameters | Out-Null'));
    expect(lines).toContain("    if ($PSCmdlet.ShouldProcess($ServiceName, 'Create the cloud management gateway in Azure')) {");
  });

  it('classifies client certificates as root or intermediate', () => {
    expect(lines).toContain('    foreach ($path in $ClientRootCertPaths) {');
    expect(lines).toContain('            $caRootCert[$path] = [Microsoft.ConfigurationManagement.AdminConsole.AzureServices.CertificateStore]::RootCA');
    expect(lines).toContain('            $caRootCert[$path] = [Microsoft.ConfigurationManagement.AdminConsole.AzureServices.CertificateStore]::IntermediateCA');
  });

  it('uses none of the classic parameters', () => {
    expect(script).not.toMatch(/ServiceCName|ManagementCertificate|GovernmentSubscription|RootCertificatePath/);
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
    expect(text).toContain("    [string] $Description = ''");
    expect(text).toContain('        if ($TrafficOutGB -gt 0) {');
  });

  it('quotes a description with every kind of single quote, and it stays one string', async () => {
    const description = "O'Brien’s ‘CMG’'; Remove-Item C:\\ -Recurse; '";
    const text = artifactText(planStep(gateway, vmssAnswers({ description })), CREATE);
    expect(scriptLines(text)).toContain("    [string] $Description = 'O''Brien’’s ‘‘CMG’’''; Remove-Item C:\\ -Recurse; '''");
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
    expect(lines).toContain('        $gateway = Get-CMCloudManagementGateway -Name $ServiceName');
    const parsed = await parsePowerShell(script);
    expect(parsed.commands.filter((command) => /^(New|Set|Remove|Add)-CM/.test(command))).toEqual([]);
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
    const french = artifactText(gateway.plan({ answers, now: new Date('2026-03-01T00:00:00Z'), lang: 'fr' }), WALKTHROUGH);
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
