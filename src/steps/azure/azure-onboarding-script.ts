import { CLOUDS } from '../../domain/clouds.ts';
import { psMessage, psValue, renderScript, type PsParameter } from '../../emit/powershell.ts';
import type { Lang } from '../../model/lang.ts';
import type { Answers } from '../../model/answers.ts';
import { siteParameters } from '../shared/site-parameters.ts';
import type { StepPosition } from '../../model/step.ts';
import { azureServiceTexts, type AzureServiceTexts } from './script-texts.ts';

type Text = AzureServiceTexts;

/**
 * The scripted onboarding of the 2010 release notes (docs-conceptual/2010-release-notes.md L34-L40,
 * documented-facts F-ONB-1): Import-CMAADServerApplication, Import-CMAADClientApplication,
 * Get-CMAADApplication, New-CMCloudManagementAzureService. All five cmdlets are new in 2010
 * (F-ONB-2): the module of an older console has none of them.
 */
const ONBOARDING_CMDLETS = ['Import-CMAADServerApplication', 'Import-CMAADClientApplication', 'Get-CMAADApplication', 'New-CMCloudManagementAzureService', 'Get-CMAzureService'];

const requireCmdlets = (text: Text) => [
  `foreach ($command in ${psValue(ONBOARDING_CMDLETS)}) {`,
  '    if (-not (Get-Command -Name $command -ErrorAction SilentlyContinue)) {',
  `        throw ${psMessage(text.noCmdlet, '$command')}`,
  '    }',
  '}',
];

/**
 * Import-CMAADServerApplication -SecretKeyExpiry is a DateTime (its page L162-L176); the date is
 * written as the portal shows it, YYYY-MM-DD, and read with the invariant culture (a culture's
 * own order would read 03/04 either way). Checked before anything changes.
 */
const expiryFunction = (text: Text) => [
  'function ConvertTo-CmgSecretExpiry([string] $Text) {',
  '    $date = [datetime]::MinValue',
  "    if (-not [datetime]::TryParseExact($Text, 'yyyy-MM-dd', [cultureinfo]::InvariantCulture, [System.Globalization.DateTimeStyles]::None, [ref] $date)) {",
  `        throw ${psMessage(text.expiryInvalid, '$Text')}`,
  '    }',
  '    if ($date -le (Get-Date).Date) {',
  `        throw ${psMessage(text.expiryPast, '$Text')}`,
  '    }',
  '    return $date',
  '}',
];

/**
 * An app is found by its documented filters only (Get-CMAADApplication -TenantId -AppType
 * -ClientId, its page L18-L20): the properties of SMS_AAD_Application_Ex have no SDK page
 * (documented-facts F-ONB-10). A client ID the site holds, but not as this kind of app of this
 * tenant, stops the script: importing it again would give the site two definitions of one app.
 */
const findAppFunction = (text: Text) => [
  'function Find-CmgSiteApp([string] $AppType, [string] $ClientId) {',
  '    $found = @(Get-CMAADApplication -TenantId $TenantId -AppType $AppType -ClientId $ClientId)',
  '    if ($found.Count -gt 1) {',
  `        throw ${psMessage(text.appAmbiguous, '$ClientId', '$found.Count')}`,
  '    }',
  '    if ($found.Count -eq 1) {',
  '        return $found[0]',
  '    }',
  '    if (@(Get-CMAADApplication -ClientId $ClientId).Count -gt 0) {',
  `        throw ${psMessage(text.appElsewhere, '$ClientId', '$AppType', '$TenantId')}`,
  '    }',
  '    return $null',
  '}',
];

/**
 * Which apps a Cloud Management service uses is on no documented property: SMS_Azure_CloudService
 * has no SDK page either. The property read here, AssociatedAadWebApplications (the server apps'
 * Id), is community knowledge (F-ONB-10): where it is missing the script stops, it never reports
 * "already configured" for a service it cannot tie to this server app.
 */
const checkService = (text: Text) => [
  '$services = @(Get-CMAzureService -Name $AzureServiceName -DisableWildcardHandling)',
  'if ($services.Count -gt 1) {',
  `    throw ${psMessage(text.serviceAmbiguous, '$AzureServiceName', '$services.Count')}`,
  '}',
  '$service = $null',
  'if ($services.Count -eq 1) {',
  '    $service = $services[0]',
  "    $linked = $service.PSObject.Properties['AssociatedAadWebApplications']",
  "    if ($null -eq $linked -or $null -eq $serverApp -or $null -eq $serverApp.PSObject.Properties['Id']) {",
  '        if ($null -eq $serverApp) {',
  `            throw ${psMessage(text.serviceOtherApps, '$AzureServiceName', '$ServerAppClientId')}`,
  '        }',
  `        throw ${psMessage(text.serviceUnverifiable, '$AzureServiceName')}`,
  '    }',
  '    if (@($linked.Value) -notcontains $serverApp.Id) {',
  `        throw ${psMessage(text.serviceOtherApps, '$AzureServiceName', '$ServerAppClientId')}`,
  '    }',
  '}',  // Review S3: the console wizard names its service as the admin typed it, so a site onboarded there
  // has this server app (already imported) in a service of another name. Every service is listed
  // (Get-CMAzureService, set SearchByName with -Name optional, page L16-L19) and one that uses the
  // server app counts as this one: no second service is created. AssociatedAadWebApplications is
  // community knowledge (F-ONB-10): a service without it stops the script, as above.
  '$servicesElsewhere = @()',
  'if (-not $service -and $serverApp) {',
  '    foreach ($candidate in @(Get-CMAzureService)) {',
  "        $linked = $candidate.PSObject.Properties['AssociatedAadWebApplications']",
  "        if ($null -eq $linked -or $null -eq $serverApp.PSObject.Properties['Id']) {",
  `            throw ${psMessage(text.serviceUnverifiable, '$candidate.Name')}`,
  '        }',
  '        if (@($linked.Value) -contains $serverApp.Id) {',
  '            $servicesElsewhere += [string]$candidate.Name',
  '        }',
  '    }',
  '}',
];

/**
 * The secret is read at run time, never stored (DESIGN.md, Secrets), and passed as a SecureString:
 * the cmdlet's own example passes a plain string although -SecretKey is a SecureString (F-ONB-6).
 * It is asked only when the server app is imported, so a second run asks nothing.
 */
const importServer = (text: Text, environment: string) => [
  'if ($serverApp) {',
  `    Write-Host ${psMessage(text.serverAlready, '$ServerAppName', '$ServerAppClientId')}`,
  '}',
  `elseif ($PSCmdlet.ShouldProcess($ServerAppName, ${psMessage(text.importServerAction)})) {`,
  '    if (-not $expiry) {',
  `        $expiry = ConvertTo-CmgSecretExpiry (Read-Host -Prompt ${psMessage(text.expiryPrompt, '$ServerAppName')})`,
  '    }',
  `    $secret = Read-Host -Prompt ${psMessage(text.secretPrompt, '$ServerAppName')} -AsSecureString`,
  '    if ($secret.Length -eq 0) {',
  `        throw ${psMessage(text.secretEmpty)}`,
  '    }',
  '    $parameters = @{',
  '        TenantName = $TenantName',
  '        TenantId = $TenantId',
  '        AppName = $ServerAppName',
  '        ClientId = $ServerAppClientId',
  '        SecretKey = $secret',
  '        SecretKeyExpiry = $expiry',
  '        AppIdUri = $ServerAppIdUri',
  `        AzureEnvironmentOption = ${psValue(environment)}`,
  '    }',
  '    Import-CMAADServerApplication @parameters | Out-Null',
  // The release notes' sequence: the app objects come from Get-CMAADApplication.
  "    $serverApp = Find-CmgSiteApp 'ServerApplication' $ServerAppClientId",
  '    if (-not $serverApp) {',
  `        throw ${psMessage(text.appNotFound, '$ServerAppName', '$ServerAppClientId')}`,
  '    }',
  `    Write-Host ${psMessage(text.serverImported, '$ServerAppName', '$ServerAppClientId', "$expiry.ToString('yyyy-MM-dd')")}`,
  '}',
];

/** Set ByServerApp (page L17-L21, Example 2), as the console's import takes the tenant from the server app. */
const importClient = (text: Text) => [
  'if ($clientApp) {',
  `    Write-Host ${psMessage(text.clientAlready, '$ClientAppName', '$ClientAppClientId')}`,
  '}',
  `elseif ($PSCmdlet.ShouldProcess($ClientAppName, ${psMessage(text.importClientAction)})) {`,
  '    Import-CMAADClientApplication -ServerApp $serverApp -AppName $ClientAppName -ClientId $ClientAppClientId | Out-Null',
  "    $clientApp = Find-CmgSiteApp 'ClientApplication' $ClientAppClientId",
  '    if (-not $clientApp) {',
  `        throw ${psMessage(text.appNotFound, '$ClientAppName', '$ClientAppClientId')}`,
  '    }',
  `    Write-Host ${psMessage(text.clientImported, '$ClientAppName', '$ClientAppClientId')}`,
  '}',
];

/** New-CMCloudManagementAzureService, its one parameter set (page L17-L24); Entra user discovery is its option (F-ONB-7). */
const createService = (text: Text, environment: string) => [
  'if ($service) {',
  `    Write-Host ${psMessage(text.serviceAlready, '$AzureServiceName', '$ServerAppName')}`,
  '}',
  'elseif ($servicesElsewhere.Count -gt 0) {',
  `    Write-Host ${psMessage(text.serviceUnderOtherName, "($servicesElsewhere -join ', ')", '$ServerAppName', '$AzureServiceName')}`,
  '}',
  `elseif ($PSCmdlet.ShouldProcess($AzureServiceName, ${psMessage(text.createServiceAction)})) {`,
  `    New-CMCloudManagementAzureService -Name $AzureServiceName -ServerApp $serverApp -ClientApp $clientApp -AzureEnvironmentOption ${psValue(environment)} -EnableUserDiscovery $EnableUserDiscovery | Out-Null`,
  `    Write-Host ${psMessage(text.serviceCreated, '$AzureServiceName')}`,
  '}',
];

/**
 * 03-azure/Register-CmgAzureService.ps1: run on a machine with the console as a ConfigMgr admin;
 * importing the apps needs no Entra permission (manually-register-azure-ad-apps.md L174, F-ONB-4).
 * Everything is looked up before anything changes.
 */
export function azureServiceScript(answers: Answers, step: StepPosition, lang: Lang = 'en'): string {
  const text = azureServiceTexts[lang];
  const environment = CLOUDS[answers.cloud].azureEnvironment;
  const optional = (value: string | undefined) => (value === undefined ? {} : { default: value });
  const parameters: PsParameter[] = [
    ...siteParameters(answers, lang),
    // Review N8: -TenantName only serves the server app's import (Import-CMAADServerApplication,
    // Required there, page L194-L208, F-ONB-11), so without an answer it is optional and checked in
    // that branch only: a re-run where everything exists asks nothing.
    { name: 'TenantName', type: 'string', ...(answers.tenantName === undefined ? { optional: true as const } : { default: answers.tenantName }), help: text.tenantNameHelp },
    { name: 'TenantId', type: 'string', ...optional(answers.tenantId), help: text.tenantIdHelp },
    { name: 'ServerAppName', type: 'string', default: answers.serverAppName, help: text.serverAppNameHelp },
    { name: 'ServerAppClientId', type: 'string', ...optional(answers.serverAppClientId), help: text.serverAppClientIdHelp },
    { name: 'ServerAppIdUri', type: 'string', ...optional(answers.serverAppIdUri), help: text.serverAppIdUriHelp },
    { name: 'ClientAppName', type: 'string', default: answers.clientAppName, help: text.clientAppNameHelp },
    { name: 'ClientAppClientId', type: 'string', ...optional(answers.clientAppClientId), help: text.clientAppClientIdHelp },
    { name: 'SecretKeyExpiry', type: 'string', default: answers.serverAppSecretExpiry ?? '', help: text.secretKeyExpiryHelp },
    { name: 'AzureServiceName', type: 'string', default: answers.azureServiceName, help: text.azureServiceNameHelp },
    { name: 'EnableUserDiscovery', type: 'bool', default: answers.entraUserDiscovery, help: text.enableUserDiscoveryHelp },
  ];
  const body = [
    ...requireCmdlets(text),
    ...expiryFunction(text),
    ...findAppFunction(text),
    '$expiry = $null',
    'if ($SecretKeyExpiry) {',
    '    $expiry = ConvertTo-CmgSecretExpiry $SecretKeyExpiry',
    '}',
    "$serverApp = Find-CmgSiteApp 'ServerApplication' $ServerAppClientId",
    "$clientApp = Find-CmgSiteApp 'ClientApplication' $ClientAppClientId",
    'if (-not $serverApp -and -not $TenantName) {',
    `    throw ${psMessage(text.tenantNameMissing, '$ServerAppName', '$ServerAppClientId')}`,
    '}',
    ...checkService(text),
    ...importServer(text, environment),
    ...importClient(text),
    ...createService(text, environment),
  ];
  return renderScript({ step, synopsis: text.synopsis, description: text.description, parameters, siteDrive: true, body, lang });
}
