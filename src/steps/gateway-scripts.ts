import { CLOUDS } from '../domain/clouds.ts';
import { connectionPointPorts, formatPortRange } from '../domain/ports.ts';
import { code } from '../emit/runbook/markdown.ts';
import { cmgIsPreRelease } from '../emit/runbook/versions.ts';
import { indent, psMessage, psValue, renderScript, scriptTexts, type PsParameter } from '../emit/powershell.ts';
import { catalogue, type Lang } from '../ui/i18n.ts';
import type { ScriptTexts } from '../ui/messages/types.ts';
import type { Answers } from '../wizard/answers.ts';
import { siteParameters } from './site-parameters.ts';

const CERTIFICATE_STORE = '[Microsoft.ConfigurationManagement.AdminConsole.AzureServices.CertificateStore]';

type Text = ScriptTexts['gateway'];

const alreadyConfigured = (text: Text) => [
  '$existing = Get-CMCloudManagementGateway -Name $ServiceName',
  'if ($existing) {',
  `    Write-Host ${psMessage(text.alreadyConfigured, '$ServiceName')}`,
  '    return',
  '}',
];

/** `notFound`: the catalogue's "… not found: {0}" text for this file. */
function requireFile(variable: string, notFound: string): string[] {
  return [`if (-not (Test-Path -LiteralPath ${variable} -PathType Leaf)) {`, `    throw ${psMessage(notFound, variable)}`, '}'];
}

function trafficParameters(answers: Answers, text: Text): PsParameter[] {
  return [
    { name: 'TrafficOutGB', type: 'int', default: answers.trafficThresholdGb ?? 0, help: text.trafficOutGbHelp },
    { name: 'TrafficWarningPct', type: 'int', default: answers.trafficWarningPct, help: text.trafficWarningPctHelp },
    { name: 'TrafficCriticalPct', type: 'int', default: answers.trafficCriticalPct, help: text.trafficCriticalPctHelp },
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
export function vmssGatewayScript(answers: Answers, azureRegion: string, lang: Lang = 'en'): string {
  const text = scriptTexts(lang).gateway;
  const pki = answers.clientAuth === 'pki';
  const parameters: PsParameter[] = [
    ...siteParameters(answers, lang),
    { name: 'ServiceName', type: 'string', default: answers.serviceName, help: text.serviceNameHelp },
    { name: 'ServiceCertPath', type: 'string', ...(answers.serverCertPath ? { default: answers.serverCertPath } : {}), help: text.serviceCertPathHelp },
    ...(pki ? [{ name: 'ClientRootCertPaths', type: 'string[]', default: answers.clientRootCerts, help: text.clientRootCertPathsHelp } satisfies PsParameter] : []),
    { name: 'SubscriptionId', type: 'string', default: answers.subscriptionId, help: text.subscriptionIdHelp },
    { name: 'ResourceGroup', type: 'string', default: answers.resourceGroup ?? '', help: text.resourceGroupHelp },
    { name: 'ServerAppClientId', type: 'string', default: answers.serverAppClientId ?? '', help: text.serverAppClientIdHelp },
    { name: 'Region', type: 'string', default: azureRegion, help: text.regionHelp },
    { name: 'VMInstanceCount', type: 'int', default: answers.vmCount, help: text.vmInstanceCountHelp },
    { name: 'CheckClientCertRevocation', type: 'bool', default: answers.verifyClientCrl, help: text.checkClientCertRevocationHelp },
    { name: 'EnforceTls12', type: 'bool', default: answers.enforceTls12, help: text.enforceTls12Help },
    { name: 'ContentEnabled', type: 'bool', default: answers.contentEnabled, help: text.contentEnabledHelp },
    ...trafficParameters(answers, text),
    { name: 'TrafficOutStopService', type: 'bool', default: answers.trafficStopService, help: text.trafficOutStopServiceHelp },
    { name: 'Description', type: 'string', default: answers.description ?? '', help: text.descriptionHelp },
  ];
  const body = [
    ...alreadyConfigured(text),
    ...requireFile('$ServiceCertPath', text.serverCertNotFound),
    '$caRootCert = @{}',
    ...(pki
      ? [
          'foreach ($path in $ClientRootCertPaths) {',
          ...indent(requireFile('$path', text.clientRootNotFound)),
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
    `if ($PSCmdlet.ShouldProcess($ServiceName, ${psMessage(text.createVmssAction)})) {`,
    `    $serviceCertPassword = Read-Host -Prompt ${psMessage(text.serverCertPasswordPrompt)} -AsSecureString`,
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
    `    Write-Host ${psMessage(text.startedVmss, '$ServiceName')}`,
    '}',
  ];
  const pathParameters = [{ name: 'ServiceCertPath' }, ...(pki ? [{ name: 'ClientRootCertPaths', list: true }] : [])];
  return renderScript({ synopsis: text.vmssSynopsis, description: text.vmssDescription, parameters, siteDrive: true, pathParameters, body, lang });
}

/** ConfigMgr 1702-2006 syntax: management certificate, ServiceCName, one root certificate. */
export function classicGatewayScript(answers: Answers, azureRegion: string, lang: Lang = 'en'): string {
  const text = scriptTexts(lang).gateway;
  const parameters: PsParameter[] = [
    ...siteParameters(answers, lang),
    { name: 'ServiceName', type: 'string', default: answers.serviceName, help: text.classicServiceNameHelp },
    { name: 'ServiceCertPath', type: 'string', ...(answers.serverCertPath ? { default: answers.serverCertPath } : {}), help: text.serviceCertPathHelp },
    { name: 'ManagementCertPath', type: 'string', ...(answers.managementCertPath ? { default: answers.managementCertPath } : {}), help: text.managementCertPathHelp },
    { name: 'RootCertPath', type: 'string', ...(answers.clientRootCerts[0] ? { default: answers.clientRootCerts[0] } : {}), help: text.rootCertPathHelp },
    { name: 'SubscriptionId', type: 'string', default: answers.subscriptionId, help: text.subscriptionIdHelp },
    { name: 'Region', type: 'string', default: azureRegion, help: text.regionHelp },
    { name: 'VMInstanceCount', type: 'int', default: answers.vmCount, help: text.vmInstanceCountHelp },
    { name: 'CheckClientCertRevocation', type: 'bool', default: answers.verifyClientCrl, help: text.checkClientCertRevocationHelp },
    ...trafficParameters(answers, text),
    { name: 'Description', type: 'string', default: answers.description ?? '', help: text.descriptionHelp },
  ];
  const body = [
    ...alreadyConfigured(text),
    ...requireFile('$ServiceCertPath', text.serverCertNotFound),
    ...requireFile('$ManagementCertPath', text.managementCertNotFound),
    ...requireFile('$RootCertPath', text.clientRootNotFound),
    `if ($PSCmdlet.ShouldProcess($ServiceName, ${psMessage(text.createClassicAction)})) {`,
    `    $managementCertPassword = Read-Host -Prompt ${psMessage(text.managementCertPasswordPrompt)} -AsSecureString`,
    `    $serviceCertPassword = Read-Host -Prompt ${psMessage(text.serverCertPasswordPrompt)} -AsSecureString`,
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
    `    Write-Host ${psMessage(text.startedClassic, '$ServiceName')}`,
    '}',
  ];
  const pathParameters = [{ name: 'ServiceCertPath' }, { name: 'ManagementCertPath' }, { name: 'RootCertPath' }];
  return renderScript({ synopsis: text.classicSynopsis, description: text.classicDescription, parameters, siteDrive: true, pathParameters, body, lang });
}

/**
 * Polls until the CMG reports Ready. SMS_AzureService.State is not documented value by value;
 * 0 is what a Ready CMG reports in community scripts (UNCONFIRMED), so every poll also prints
 * the raw state and StatusDetails for the admin to judge.
 */
export function waitForReadyScript(answers: Answers, lang: Lang = 'en'): string {
  const text = scriptTexts(lang).gateway;
  const parameters: PsParameter[] = [
    ...siteParameters(answers, lang),
    { name: 'ServiceName', type: 'string', default: answers.serviceName, help: text.waitServiceNameHelp },
    { name: 'TimeoutMinutes', type: 'int', default: 60, help: text.timeoutMinutesHelp },
    { name: 'PollSeconds', type: 'int', default: 60, help: text.pollSecondsHelp },
  ];
  const body = [
    '$deadline = (Get-Date).AddMinutes($TimeoutMinutes)',
    'while ($true) {',
    '    $gateway = Get-CMCloudManagementGateway -Name $ServiceName',
    '    if (-not $gateway) {',
    `        throw ${psMessage(text.noGateway, '$ServiceName')}`,
    '    }',
    `    Write-Host ${psMessage(text.state, "(Get-Date -Format 'HH:mm:ss')", '$gateway.State', '$gateway.StatusDetails')}`,
    '    if ($gateway.State -eq 0) {',
    `        Write-Host ${psMessage(text.ready, '$ServiceName')}`,
    '        break',
    '    }',
    '    if ((Get-Date) -ge $deadline) {',
    `        throw ${psMessage(text.notReady, '$ServiceName', '$TimeoutMinutes')}`,
    '    }',
    '    Start-Sleep -Seconds $PollSeconds',
    '}',
  ];
  return renderScript({ synopsis: text.waitSynopsis, description: text.waitDescription, parameters, siteDrive: true, body, lang });
}

/**
 * The 1610 article's console procedure: no CMG cmdlet existed before 1702 (steps 4, 6 and 7). In the language of --lang.
 * Before 1802 the CMG is pre-release: consent in Hierarchy Settings, then the Features node, which
 * sat under Cloud Services before 1702 (2017 "Pre-release features" page; documented-facts F-RB-8, F-RB-11).
 * Through a proxy with one VM the 1610 article (10124) and today's data-flow page (443) disagree,
 * so both are given, the newer first (F-RB-9).
 */
export function classicConsoleWalkthrough(answers: Answers, lang: Lang = 'en'): string {
  const text = catalogue(lang).documents.consoleWalkthrough;
  const ranges = connectionPointPorts(answers.model, answers.vmCount);
  const ports = ranges.map(formatPortRange).join(', ');
  const https = ranges.filter((range) => range.protocol === 'HTTPS').map(formatPortRange).join(', ');
  const featureSteps = cmgIsPreRelease(answers.siteVersion) ? [text.consent, text.turnOn] : [text.generallyAvailable];
  const roles = [...answers.managementPoints, ...answers.softwareUpdatePoints, ...answers.distributionPoints];
  const clientRoot = answers.clientRootCerts[0];
  const lines = [
    `# ${text.title}`,
    '',
    `> ${text.retired}`,
    '',
    `## ${text.createTitle}`,
    '',
    ...[
      ...featureSteps,
      text.createPath,
      text.generalPage({ subscriptionId: code(answers.subscriptionId), managementCert: answers.managementCertPath ? code(answers.managementCertPath) : '' }),
      text.settingsPage({
        region: code(answers.region),
        vmCount: code(answers.vmCount),
        serverCert: answers.serverCertPath ? code(answers.serverCertPath) : '',
        clientRoot: clientRoot ? code(clientRoot) : '',
        serviceName: code(answers.serviceName),
      }),
      answers.verifyClientCrl ? text.revocationKept : text.revocationCleared,
      answers.trafficThresholdGb === undefined ? text.alertsNone : text.alerts({ thresholdGb: answers.trafficThresholdGb, warningPct: answers.trafficWarningPct, criticalPct: answers.trafficCriticalPct }),
      text.finish,
    ].map((line, index) => `${index + 1}. ${line}`),
    '',
    text.ports({ ports }),
    '',
    answers.vmCount === 1 ? text.proxyOneVm : text.proxyVms({ range: https }),
    '',
    `## ${text.connectionPointTitle}`,
    '',
    `1. ${text.connectionPointServer({ server: code(answers.connectionPointServer) })}`,
    `2. ${text.connectionPointRole({ serviceName: code(answers.serviceName) })}`,
    `3. ${text.connectionPointCertificate}`,
    '',
    `## ${text.rolesTitle}`,
    '',
    text.rolesIntro,
    '',
    ...roles.map((server) => `- ${code(server)}`),
    '',
  ];
  return lines.join('\r\n');
}
