import { CLOUDS } from '../domain/clouds.ts';
import { connectionPointPorts, formatPortRange } from '../domain/ports.ts';
import { indent, psValue, renderScript, type PsParameter } from '../emit/powershell.ts';
import type { Answers } from '../wizard/answers.ts';
import { siteParameters } from './site-parameters.ts';

const CERTIFICATE_STORE = '[Microsoft.ConfigurationManagement.AdminConsole.AzureServices.CertificateStore]';

const alreadyConfigured = [
  '$existing = Get-CMCloudManagementGateway -Name $ServiceName',
  'if ($existing) {',
  "    Write-Host ('Already configured: the cloud management gateway {0} exists. Nothing to do.' -f $ServiceName)",
  '    return',
  '}',
];

function requireFile(variable: string, what: string): string[] {
  return [
    `if (-not (Test-Path -LiteralPath ${variable} -PathType Leaf)) {`,
    `    throw ('${what} not found: {0}. Copy it to this machine (see RUNBOOK.md) or pass the path as a parameter.' -f ${variable})`,
    '}',
  ];
}

function trafficParameters(answers: Answers): PsParameter[] {
  return [
    { name: 'TrafficOutGB', type: 'int', default: answers.trafficThresholdGb ?? 0, help: '14-day outbound traffic alert threshold in GB; 0 turns the alert off.' },
    { name: 'TrafficWarningPct', type: 'int', default: answers.trafficWarningPct, help: 'Percentage of the threshold that raises a warning alert.' },
    { name: 'TrafficCriticalPct', type: 'int', default: answers.trafficCriticalPct, help: 'Percentage of the threshold that raises a critical alert.' },
  ];
}

/**
 * The description and the traffic alert go in only when set. The current-branch syntax adds
 * -EnableTrafficOut and the stop-at-critical option (1902+); the classic syntax has neither.
 */
function optionalSettings(model: 'vmss' | 'classic'): string[] {
  const vmss = model === 'vmss';
  return [
    '    if ($Description) {',
    '        $parameters.Description = $Description',
    '    }',
    '    if ($TrafficOutGB -gt 0) {',
    ...(vmss ? ['        $parameters.EnableTrafficOut = $true'] : []),
    '        $parameters.TrafficOutGB = $TrafficOutGB',
    '        $parameters.TrafficWarningPct = $TrafficWarningPct',
    '        $parameters.TrafficCriticalPct = $TrafficCriticalPct',
    ...(vmss ? ['        $parameters.TrafficOutStopService = $TrafficOutStopService'] : []),
    '    }',
  ];
}

/**
 * Current branch (2010+) Non-Interactive parameter set: the service certificate password is
 * read at run time, never stored; -CARootCert classifies each .cer as root or intermediate
 * from the certificate itself (self-issued = root).
 */
export function vmssGatewayScript(answers: Answers, azureRegion: string): string {
  const pki = answers.clientAuth === 'pki';
  const parameters: PsParameter[] = [
    ...siteParameters(answers),
    { name: 'ServiceName', type: 'string', default: answers.serviceName, help: 'CMG service name: the CN of the server certificate.' },
    { name: 'ServiceCertPath', type: 'string', ...(answers.serverCertPath ? { default: answers.serverCertPath } : {}), help: 'Path of the CMG server authentication certificate (.pfx) on this machine.' },
    ...(pki ? [{ name: 'ClientRootCertPaths', type: 'string[]', default: answers.clientRootCerts, help: 'Trusted root and intermediate certificates (.cer) of the client certificates.' } satisfies PsParameter] : []),
    { name: 'SubscriptionId', type: 'string', default: answers.subscriptionId, help: 'Azure subscription ID.' },
    { name: 'ResourceGroup', type: 'string', default: answers.resourceGroup ?? '', help: 'Azure resource group of the CMG.' },
    { name: 'ServerAppClientId', type: 'string', default: answers.serverAppClientId ?? '', help: 'Client ID of the Entra server (web) app.' },
    { name: 'Region', type: 'string', default: azureRegion, help: 'Azure region, as the AzureRegion name the cmdlet takes.' },
    { name: 'VMInstanceCount', type: 'int', default: answers.vmCount, help: 'Number of VM instances (1-16).' },
    { name: 'CheckClientCertRevocation', type: 'bool', default: answers.verifyClientCrl, help: 'Verify client certificate revocation (needs a CRL published on the internet).' },
    { name: 'EnforceTls12', type: 'bool', default: answers.enforceTls12, help: 'Enforce TLS 1.2.' },
    { name: 'ContentEnabled', type: 'bool', default: answers.contentEnabled, help: 'Let the CMG serve content from Azure storage.' },
    ...trafficParameters(answers),
    { name: 'TrafficOutStopService', type: 'bool', default: answers.trafficStopService, help: 'Stop the CMG when the critical threshold is exceeded.' },
    { name: 'Description', type: 'string', default: answers.description ?? '', help: 'Description shown in the console.' },
  ];
  const body = [
    ...alreadyConfigured,
    ...requireFile('$ServiceCertPath', 'Server certificate'),
    '$caRootCert = @{}',
    ...(pki
      ? [
          'foreach ($path in $ClientRootCertPaths) {',
          ...indent(requireFile('$path', 'Client root certificate')),
          '    $certificate = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new($path)',
          '    if ($certificate.Subject -eq $certificate.Issuer) {',
          `        $caRootCert[$path] = ${CERTIFICATE_STORE}::RootCA`,
          '    }',
          '    else {',
          `        $caRootCert[$path] = ${CERTIFICATE_STORE}::IntermediateCA`,
          '    }',
          '}',
        ]
      : []),
    "if ($PSCmdlet.ShouldProcess($ServiceName, 'Create the cloud management gateway in Azure')) {",
    "    $serviceCertPassword = Read-Host -Prompt 'Password of the CMG server certificate (.pfx)' -AsSecureString",
    '    $parameters = @{',
    '        ServiceCertPath = $ServiceCertPath',
    '        ServiceCertPassword = $serviceCertPassword',
    `        EnvironmentSetting = ${psValue(CLOUDS[answers.cloud].azureEnvironment)}`,
    '        SubscriptionId = $SubscriptionId',
    '        GroupName = $ResourceGroup',
    '        ServerAppClientId = $ServerAppClientId',
    '        ServiceName = $ServiceName',
    '        Region = $Region',
    '        VMInstanceCount = $VMInstanceCount',
    '        CheckClientCertRevocation = $CheckClientCertRevocation',
    '        EnforceProtocol = $EnforceTls12',
    '        EnableCloudDPFunction = $ContentEnabled',
    '    }',
    '    if ($caRootCert.Count -gt 0) {',
    '        $parameters.CARootCert = $caRootCert',
    '    }',
    ...optionalSettings('vmss'),
    '    New-CMCloudManagementGateway @parameters | Out-Null',
    "    Write-Host ('Creation of {0} started. Run Wait-CmgReady.ps1 to follow it until it is Ready.' -f $ServiceName)",
    '}',
  ];
  return renderScript({
    synopsis: 'Step 4 of 8: creates the cloud management gateway (virtual machine scale set).',
    description: 'Runs New-CMCloudManagementGateway with its Non-Interactive parameter set (ConfigMgr 2010 and later), unless a CMG with this service name already exists.',
    parameters,
    siteDrive: true,
    body,
  });
}

/** ConfigMgr 1702-2006 syntax: management certificate, ServiceCName, one root certificate. */
export function classicGatewayScript(answers: Answers, azureRegion: string): string {
  const parameters: PsParameter[] = [
    ...siteParameters(answers),
    { name: 'ServiceName', type: 'string', default: answers.serviceName, help: 'CMG service name (<prefix>.cloudapp.net): the CN of the server certificate.' },
    { name: 'ServiceCertPath', type: 'string', ...(answers.serverCertPath ? { default: answers.serverCertPath } : {}), help: 'Path of the CMG server authentication certificate (.pfx) on this machine.' },
    { name: 'ManagementCertPath', type: 'string', ...(answers.managementCertPath ? { default: answers.managementCertPath } : {}), help: 'Path of the Azure management certificate (.pfx) on this machine.' },
    { name: 'RootCertPath', type: 'string', ...(answers.clientRootCerts[0] ? { default: answers.clientRootCerts[0] } : {}), help: 'Trusted root certificate (.cer) of the client certificates.' },
    { name: 'SubscriptionId', type: 'string', default: answers.subscriptionId, help: 'Azure subscription ID.' },
    { name: 'Region', type: 'string', default: azureRegion, help: 'Azure region, as the AzureRegion name the cmdlet takes.' },
    { name: 'VMInstanceCount', type: 'int', default: answers.vmCount, help: 'Number of VM instances (1-16).' },
    { name: 'CheckClientCertRevocation', type: 'bool', default: answers.verifyClientCrl, help: 'Verify client certificate revocation (needs a CRL published on the internet).' },
    ...trafficParameters(answers),
    { name: 'Description', type: 'string', default: answers.description ?? '', help: 'Description shown in the console.' },
  ];
  const body = [
    ...alreadyConfigured,
    ...requireFile('$ServiceCertPath', 'Server certificate'),
    ...requireFile('$ManagementCertPath', 'Management certificate'),
    ...requireFile('$RootCertPath', 'Client root certificate'),
    "if ($PSCmdlet.ShouldProcess($ServiceName, 'Create the cloud management gateway (classic cloud service)')) {",
    "    $managementCertPassword = Read-Host -Prompt 'Password of the Azure management certificate (.pfx)' -AsSecureString",
    "    $serviceCertPassword = Read-Host -Prompt 'Password of the CMG server certificate (.pfx)' -AsSecureString",
    '    $parameters = @{',
    '        SubscriptionId = $SubscriptionId',
    '        ManagementCertificatePath = $ManagementCertPath',
    '        ManagementCertificatePassword = $managementCertPassword',
    '        ServiceCName = $ServiceName',
    '        ServiceCertificatePath = $ServiceCertPath',
    '        ServiceCertificatePassword = $serviceCertPassword',
    '        RootCertificatePath = $RootCertPath',
    '        Region = $Region',
    '        VMInstanceCount = $VMInstanceCount',
    '        CheckClientCertRevocation = $CheckClientCertRevocation',
    ...(answers.cloud === 'usgov' ? ['        GovernmentSubscription = $true'] : []),
    '    }',
    ...optionalSettings('classic'),
    '    New-CMCloudManagementGateway @parameters | Out-Null',
    "    Write-Host ('Creation of {0} started: provisioning takes 5 to 15 minutes. Run Wait-CmgReady.ps1 to follow it.' -f $ServiceName)",
    '}',
  ];
  return renderScript({
    synopsis: 'Step 4 of 8: creates the cloud management gateway (classic cloud service, ConfigMgr 1702-1810).',
    description: 'Runs New-CMCloudManagementGateway with the syntax of ConfigMgr 1702 to 2006 (management certificate), unless a CMG with this service name already exists. Azure retired Cloud Services (classic) on 31 August 2024.',
    parameters,
    siteDrive: true,
    body,
  });
}

/**
 * Polls until the CMG reports Ready. SMS_AzureService.State is not documented value by value;
 * 0 is what a Ready CMG reports in community scripts (UNCONFIRMED), so every poll also prints
 * the raw state and StatusDetails for the admin to judge.
 */
export function waitForReadyScript(answers: Answers): string {
  const parameters: PsParameter[] = [
    ...siteParameters(answers),
    { name: 'ServiceName', type: 'string', default: answers.serviceName, help: 'CMG service name.' },
    { name: 'TimeoutMinutes', type: 'int', default: 60, help: 'Give up after this many minutes.' },
    { name: 'PollSeconds', type: 'int', default: 60, help: 'Seconds between two checks.' },
  ];
  const body = [
    '$deadline = (Get-Date).AddMinutes($TimeoutMinutes)',
    'while ($true) {',
    '    $gateway = Get-CMCloudManagementGateway -Name $ServiceName',
    '    if (-not $gateway) {',
    "        throw ('No cloud management gateway named {0}. Run New-CmgGateway.ps1 first.' -f $ServiceName)",
    '    }',
    "    Write-Host ('{0}: state {1} {2}' -f (Get-Date -Format 'HH:mm:ss'), $gateway.State, $gateway.StatusDetails)",
    '    if ($gateway.State -eq 0) {',
    "        Write-Host ('{0} is Ready.' -f $ServiceName)",
    '        break',
    '    }',
    '    if ((Get-Date) -ge $deadline) {',
    "        throw ('{0} is not Ready after {1} minutes. Check CloudMgr.log and CMGSetup.log on the site server.' -f $ServiceName, $TimeoutMinutes)",
    '    }',
    '    Start-Sleep -Seconds $PollSeconds',
    '}',
  ];
  return renderScript({
    synopsis: 'Step 4 of 8: waits until the cloud management gateway reports Ready.',
    description: 'Reads the CMG with Get-CMCloudManagementGateway every PollSeconds and prints its state; changes nothing.',
    parameters,
    siteDrive: true,
    body,
  });
}

/** The 1610 article's console procedure: no CMG cmdlet existed before 1702 (steps 4, 6 and 7). */
export function classicConsoleWalkthrough(answers: Answers): string {
  const ports = connectionPointPorts(answers.model, answers.vmCount).map(formatPortRange).join(', ');
  const roles = [...answers.managementPoints, ...answers.softwareUpdatePoints, ...answers.distributionPoints];
  const lines = [
    '# The cloud management gateway in the console (ConfigMgr 1610)',
    '',
    '> Azure retired Cloud Services (classic) on 31 August 2024, and ConfigMgr 2203 and later cannot deploy a classic CMG. This walkthrough documents the 1610 procedure as the article wrote it.',
    '',
    '## Step 4: create the cloud management gateway',
    '',
    '1. In 1610 the CMG is a pre-release feature: enable it first (Administration > Updates and Servicing > Features).',
    '2. Administration > Cloud Services > Cloud Management Gateway > Create Cloud Management Gateway.',
    `3. General page: subscription ID \`${answers.subscriptionId}\`, and the Azure management certificate${answers.managementCertPath ? ` \`${answers.managementCertPath}\`` : ''}. The console connects to Azure.`,
    `4. Settings page: region \`${answers.region}\`; VM instances \`${answers.vmCount}\`; server certificate${answers.serverCertPath ? ` \`${answers.serverCertPath}\`` : ' (.pfx)'}; client root certificate${answers.clientRootCerts[0] ? ` \`${answers.clientRootCerts[0]}\`` : ' (.cer)'}; service FQDN \`${answers.serviceName}\`.`,
    `5. ${answers.verifyClientCrl ? 'Leave' : 'Clear'} **Verify Client Certificate Revocation**${answers.verifyClientCrl ? ': the CRL must be published on the internet.' : ' unless the CRL is published on the internet.'}`,
    `6. Alerts page: ${answers.trafficThresholdGb === undefined ? 'no 14-day outbound traffic alert' : `14-day outbound traffic threshold ${answers.trafficThresholdGb} GB, warning at ${answers.trafficWarningPct}%, critical at ${answers.trafficCriticalPct}%`}.`,
    '7. Finish the wizard. Provisioning takes 5 to 15 minutes: watch the Status column until it shows Ready.',
    '',
    `Ports from the connection point to the CMG: ${ports}. If the connection point goes through a proxy, open one port per VM starting at 10124.`,
    '',
    '## Step 6: add the cloud management gateway connector point',
    '',
    `1. Administration > Site Configuration > Servers and Site System Roles: select \`${answers.connectionPointServer}\`, then Add Site System Roles.`,
    `2. Choose **Cloud management gateway connector point** and the CMG \`${answers.serviceName}\`.`,
    '3. The server needs a client authentication certificate, like every client of the CMG.',
    '',
    '## Step 7: let the roles accept CMG traffic',
    '',
    'For each of these site systems, open the role\'s properties, set Client Connections to **HTTPS** and tick **Allow Configuration Manager cloud management gateway traffic**:',
    '',
    ...roles.map((server) => `- \`${server}\``),
    '',
  ];
  return lines.join('\r\n');
}
