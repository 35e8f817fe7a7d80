import { CLOUDS } from '../../domain/clouds.ts';
import { connectionPointPorts, formatPortRange } from '../../domain/ports.ts';
import { cmgIsPreRelease } from '../../domain/site.ts';
import { code } from '../../emit/runbook/markdown.ts';
import { indent, psMessage, psValue, renderScript, scriptTexts, type PsParameter } from '../../emit/powershell.ts';
import { catalogue } from '../../messages/i18n.ts';
import type { Lang } from '../../model/lang.ts';
import type { ScriptTexts } from '../../messages/types.ts';
import type { Answers } from '../../model/answers.ts';
import { findGatewayFunction } from '../shared/gateway-lookup.ts';
import { runTimeParameterFunctions, runTimeParameters } from './parameters.ts';
import { gatewayStateTable } from './states.ts';
import { mayNeedServerAppUpdate, passesTenantId } from './versions.ts';
import { siteParameters } from '../shared/site-parameters.ts';
import type { StepPosition } from '../../model/step.ts';

const CERTIFICATE_STORE = '[Microsoft.ConfigurationManagement.AdminConsole.AzureServices.CertificateStore]';

type Text = ScriptTexts['gateway'];

/** Find-CmgGateway (steps/shared/gateway-lookup.ts: every CMG, kept by ServiceCName) and the early return when the CMG exists. */
const alreadyConfigured = (text: Text, lang: Lang) => [
  ...findGatewayFunction(lang),
  'if (Find-CmgGateway -ServiceName $ServiceName) {',
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
 * Current branch, Non-Interactive parameter set (selected by -ServerAppClientId, F-GW-12), from 2207
 * only: step 4 writes this script only where the cmdlet can be asked for a scale set (-Version,
 * -VMSSVMSize; steps/gateway/versions.ts). The parameters no SYNTAX block shows are read from the installed
 * cmdlet first (steps/gateway/parameters.ts), before any password or change; the service certificate
 * password is read at run time, never stored; -CARootCert classifies each .cer as root or
 * intermediate from the certificate itself (self-issued = root).
 */
export function vmssGatewayScript(answers: Answers, azureRegion: string, step: StepPosition, lang: Lang = 'en'): string {
  const text = scriptTexts(lang).gateway;
  const pki = answers.clientAuth === 'pki';
  const tenant = passesTenantId(answers.siteVersion);
  const update = mayNeedServerAppUpdate(answers.siteVersion);
  const parameters: PsParameter[] = [
    ...siteParameters(answers, lang),
    { name: 'ServiceName', type: 'string', default: answers.serviceName, help: text.serviceNameHelp },
    { name: 'ServiceCertPath', type: 'string', ...(answers.serverCertPath ? { default: answers.serverCertPath } : {}), help: text.serviceCertPathHelp },
    ...(pki ? [{ name: 'ClientRootCertPaths', type: 'string[]', default: answers.clientRootCerts, help: text.clientRootCertPathsHelp } satisfies PsParameter] : []),
    { name: 'SubscriptionId', type: 'string', default: answers.subscriptionId, help: text.subscriptionIdHelp },
    ...(tenant || update ? [{ name: 'TenantId', type: 'string', default: answers.tenantId ?? '', help: text.tenantIdHelp } satisfies PsParameter] : []),
    { name: 'ResourceGroup', type: 'string', default: answers.resourceGroup ?? '', help: answers.useExistingResourceGroup ? text.existingResourceGroupHelp : text.resourceGroupHelp },
    { name: 'ServerAppClientId', type: 'string', default: answers.serverAppClientId ?? '', help: text.serverAppClientIdHelp },
    { name: 'Region', type: 'string', default: azureRegion, help: text.regionHelp },
    { name: 'VMInstanceCount', type: 'int', default: answers.vmCount, help: text.vmInstanceCountHelp },
    { name: 'CheckClientCertRevocation', type: 'bool', default: answers.verifyClientCrl, help: text.checkClientCertRevocationHelp },
    { name: 'EnforceTls12', type: 'bool', default: answers.enforceTls12, help: text.enforceTls12Help },
    { name: 'ContentEnabled', type: 'bool', default: answers.contentEnabled, help: text.contentEnabledHelp },
    ...trafficParameters(answers, text),
    { name: 'TrafficOutStopService', type: 'bool', default: answers.trafficStopService, help: text.trafficOutStopServiceHelp },
    { name: 'Description', type: 'string', default: answers.description ?? '', help: text.descriptionHelp },
    { name: 'VersionValue', type: 'string', default: '', help: text.versionValueHelp },
    { name: 'VMSSVMSizeValue', type: 'string', default: '', help: text.vmssVmSizeValueHelp },
    ...(update ? [{ name: 'UpdateServerApp', type: 'switch', optional: true, help: text.updateServerAppHelp } satisfies PsParameter] : []),
    { name: 'Unattended', type: 'switch', optional: true, help: text.unattendedHelp },
    { name: 'ServiceCertPassword', type: 'securestring', optional: true, help: text.serviceCertPasswordHelp },
  ];
  const body = [
    ...alreadyConfigured(text, lang),
    'if ($Unattended -and -not $ServiceCertPassword) {',
    `    throw ${psMessage(text.unattendedNoPassword)}`,
    '}',
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
    ...runTimeParameterFunctions(lang),
    ...runTimeParameters(answers, lang),
    ...(update ? serverAppUpdate(text) : []),
    `if ($PSCmdlet.ShouldProcess($ServiceName, ${psMessage(text.createVmssAction)})) {`,
    '    if (-not $ServiceCertPassword) {',
    `        $ServiceCertPassword = Read-Host -Prompt ${psMessage(text.serverCertPasswordPrompt)} -AsSecureString`,
    '    }',
    '    $parameters = @{',
    '        ServiceCertPath = $ServiceCertPath',
    '        ServiceCertPassword = $ServiceCertPassword',
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
    '    foreach ($name in $runTime.Keys) {',
    '        $parameters[$name] = $runTime[$name]',
    '    }',
    '    if ($caRootCert.Count -gt 0) {',
    '        $parameters.CARootCert = $caRootCert',
    '    }',
    ...optionalSettings('vmss'),
    // F-GW-7: -Force "Run the command without asking for confirmation. If the service certificate
    // contains multiple DNS names, use this parameter to avoid warnings from the cmdlet." (page L234).
    // An unattended run cannot answer; an admin at the console keeps the cmdlet's question.
    '    if ($Unattended) {',
    '        $parameters.Force = $true',
    '    }',
    ...(update ? creationWithServerAppCheck(text) : ['    New-CMCloudManagementGateway @parameters | Out-Null']),
    `    Write-Host ${psMessage(text.startedVmss, '$ServiceName')}`,
    '}',
  ];
  const pathParameters = [{ name: 'ServiceCertPath' }, ...(pki ? [{ name: 'ClientRootCertPaths', list: true }] : [])];
  return renderScript({ step, synopsis: text.vmssSynopsis, description: text.vmssDescription, parameters, siteDrive: true, pathParameters, body, lang });
}

/**
 * 2309+, -UpdateServerApp (F-GW-5, F-GW-6): Set-UpdateServerApplication adds http://localhost to a
 * server app made before 2309, in the site database and in Entra ID. Nothing documented tells the
 * script whether the app needs it: the cmdlet reads nothing back, the page names the database table
 * (AAD_Application_Ex) and no cmdlet or class property shows it, and Entra ID shows only the other
 * half. So it is the admin's explicit choice, never a default. Its page has an empty SYNTAX and
 * describes -TenantId outside every set: the script calls it only when the installed cmdlet has
 * -TenantId, and otherwise stops, naming the console path (What's new in 2309, L123).
 */
function serverAppUpdate(text: Text): string[] {
  return [
    'if ($UpdateServerApp) {',
    '    $updateCmdlet = Get-Command -Name Set-UpdateServerApplication -ErrorAction SilentlyContinue',
    "    if (-not $updateCmdlet -or -not $updateCmdlet.Parameters.ContainsKey('TenantId')) {",
    `        throw ${psMessage(text.updateServerAppMissing, '$TenantId')}`,
    '    }',
    `    if ($PSCmdlet.ShouldProcess($TenantId, ${psMessage(text.updateServerAppAction)})) {`,
    '        Set-UpdateServerApplication -TenantId $TenantId',
    `        Write-Host ${psMessage(text.serverAppUpdated, '$TenantId')}`,
    '    }',
    '}',
  ];
}

/**
 * What's new in 2309, L133: "If you try to create the CMG before updating RedirectUrl, you get an error
 * "Your server Application needs to be updated"." That error, and only it, becomes the script's own
 * message with the two ways out; every other error stays the cmdlet's.
 */
function creationWithServerAppCheck(text: Text): string[] {
  return [
    '    try {',
    '        New-CMCloudManagementGateway @parameters | Out-Null',
    '    }',
    '    catch {',
    "        if ($_.Exception.Message -like '*Your server Application needs to be updated*') {",
    `            throw ${psMessage(text.serverAppNeedsUpdate, '$ServiceName', '$TenantId')}`,
    '        }',
    '        throw',
    '    }',
  ];
}

/** ConfigMgr 1702-2006 syntax: management certificate, ServiceCName, one root certificate. */
export function classicGatewayScript(answers: Answers, azureRegion: string, step: StepPosition, lang: Lang = 'en'): string {
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
    ...alreadyConfigured(text, lang),
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
  return renderScript({ step, synopsis: text.classicSynopsis, description: text.classicDescription, parameters, siteDrive: true, pathParameters, body, lang });
}

/**
 * Polls until the CMG reports Ready, and stops at once on a State that will not get there: the
 * State table is steps/gateway/states.ts (a community table, F-GW-10: Microsoft documents no value), and
 * every poll prints the raw State and StatusDetails beside the table's name for the admin to judge.
 * The CMG is found by FQDN or short name (steps/shared/gateway-lookup.ts).
 */
export function waitForReadyScript(answers: Answers, step: StepPosition, lang: Lang = 'en'): string {
  const text = scriptTexts(lang).gateway;
  const parameters: PsParameter[] = [
    ...siteParameters(answers, lang),
    { name: 'ServiceName', type: 'string', default: answers.serviceName, help: text.waitServiceNameHelp },
    { name: 'TimeoutMinutes', type: 'int', default: 60, help: text.timeoutMinutesHelp },
    { name: 'PollSeconds', type: 'int', default: 60, help: text.pollSecondsHelp },
  ];
  const body = [
    ...findGatewayFunction(lang),
    ...gatewayStateTable(lang),
    '$deadline = (Get-Date).AddMinutes($TimeoutMinutes)',
    'while ($true) {',
    '    $gateway = Find-CmgGateway -ServiceName $ServiceName',
    '    if (-not $gateway) {',
    `        throw ${psMessage(text.noGateway, '$ServiceName')}`,
    '    }',
    // A hashtable key is typed: SMS_AzureService.State is a UInt32, the table's keys are Int32.
    '    $state = [int]$gateway.State',
    '    $known = $gatewayStates.ContainsKey($state)',
    '    if ($known) {',
    '        $label = $gatewayStates[$state].Label',
    '    }',
    '    else {',
    `        $label = ${psMessage(text.stateUnknownLabel)}`,
    '    }',
    `    Write-Host ${psMessage(text.state, "(Get-Date -Format 'HH:mm:ss')", '$state', '$label', '$gateway.StatusDetails')}`,
    '    if (-not $known) {',
    `        throw ${psMessage(text.stateUnknown, '$ServiceName', '$state', '$gateway.StatusDetails')}`,
    '    }',
    "    if ($gatewayStates[$state].Outcome -eq 'ready') {",
    `        Write-Host ${psMessage(text.ready, '$ServiceName')}`,
    '        break',
    '    }',
    "    if ($gatewayStates[$state].Outcome -eq 'stop') {",
    `        throw ${psMessage(text.stateStop, '$ServiceName', '$label', '$state', '$gateway.StatusDetails')}`,
    '    }',
    '    if ((Get-Date) -ge $deadline) {',
    `        throw ${psMessage(text.notReady, '$ServiceName', '$TimeoutMinutes', '$state', '$label', '$gateway.StatusDetails')}`,
    '    }',
    '    Start-Sleep -Seconds $PollSeconds',
    '}',
  ];
  return renderScript({ step, synopsis: text.waitSynopsis, description: text.waitDescription, parameters, siteDrive: true, body, lang });
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
