import { indent, psMessage, psValue, renderScript, type PsParameter } from '../../emit/powershell.ts';
import type { Lang } from '../../model/lang.ts';
import type { Answers } from '../../model/answers.ts';
import type { StepPosition } from '../../model/step.ts';
import { entraAppsTexts, type EntraAppsTexts } from './script-texts.ts';

type Text = EntraAppsTexts;

/**
 * Microsoft Graph PowerShell rather than `az` (documented-facts F-APP-21): the output is
 * PowerShell with -WhatIf and ShouldProcess like every other script, the Entra consent page gives
 * its recipe in Graph PowerShell (grant-admin-consent.md, F-APP-18), and `az ad app credential
 * reset` overwrites an app's credentials unless told --append (F-APP-19).
 */
const GRAPH_MODULES = ['Microsoft.Graph.Authentication', 'Microsoft.Graph.Applications', 'Microsoft.Graph.Identity.SignIns'];

/** Connect-MgGraph -Environment takes these names (its page, "Connecting to an environment or cloud"); China hosts no ConfigMgr cloud. */
const GRAPH_ENVIRONMENTS = ['Global', 'USGov', 'USGovDoD'];

/**
 * Delegated scopes to sign in with (grant-admin-consent.md, F-APP-18): apps and their service
 * principals, the client app's delegated grant, and the app-role assignment of Entra user
 * discovery's Directory.Read.All.
 */
const SCOPES = ['Application.ReadWrite.All', 'DelegatedPermissionGrant.ReadWrite.All'];
const DISCOVERY_SCOPE = 'AppRoleAssignment.ReadWrite.All';

/** The credential the script adds and later recognises (passwordCredential.displayName). */
const SECRET_NAME = 'cmg-setup';

const prelude = (text: Text) => [
  'if ($SecretMonths -ne 12 -and $SecretMonths -ne 24) {',
  `    throw ${psMessage(text.badSecretMonths, '$SecretMonths')}`,
  '}',
  `if (${psValue(GRAPH_ENVIRONMENTS)} -notcontains $GraphEnvironment) {`,
  `    throw ${psMessage(text.badEnvironment, '$GraphEnvironment', `'${GRAPH_ENVIRONMENTS.join(', ')}'`)}`,
  '}',
  `foreach ($module in ${psValue(GRAPH_MODULES)}) {`,
  '    if (-not (Get-Module -ListAvailable -Name $module)) {',
  `        throw ${psMessage(text.moduleMissing, '$module')}`,
  '    }',
  '}',
  `Import-Module -Name ${psValue(GRAPH_MODULES)}`,
  '',
  // A property the object lacks (an app registered elsewhere, an older SDK) reads as nothing
  // instead of stopping the script under Set-StrictMode.
  'function Get-CmgProperty($Object, [string[]] $Path) {',
  '    foreach ($name in $Path) {',
  '        if ($null -eq $Object) {',
  '            return',
  '        }',
  '        $property = $Object.PSObject.Properties[$name]',
  '        if ($null -eq $property) {',
  '            return',
  '        }',
  '        $Object = $property.Value',
  '    }',
  '    if ($null -eq $Object) {',
  '        return',
  '    }',
  '    return $Object',
  '}',
  // Whether Update-MgApplication -Web keeps the parts of the web object it does not name, its page
  // does not say: what the app has is sent back with the change, so nothing can be lost.
  'function New-CmgWebSettings($App, [string[]] $RedirectUris) {',
  '    return @{',
  "        HomePageUrl = Get-CmgProperty $App 'Web', 'HomePageUrl'",
  "        LogoutUrl = Get-CmgProperty $App 'Web', 'LogoutUrl'",
  '        RedirectUris = @($RedirectUris)',
  "        ImplicitGrantSettings = @{ EnableIdTokenIssuance = $true; EnableAccessTokenIssuance = [bool](Get-CmgProperty $App 'Web', 'ImplicitGrantSettings', 'EnableAccessTokenIssuance') }",
  '    }',
  '}',
  '',
  `$scopes = ${psValue(SCOPES)}`,
  'if ($EnableUserDiscovery) {',
  `    $scopes += ${psValue(DISCOVERY_SCOPE)}`,
  '}',
  // Reads need the sign-in even under -WhatIf; Connect-MgGraph changes nothing in the tenant.
  'Connect-MgGraph -TenantId $TenantId -Scopes $scopes -Environment $GraphEnvironment -NoWelcome',
  '$context = Get-MgContext',
  'if ($null -eq $context -or $context.TenantId -ne $TenantId) {',
  `    throw ${psMessage(text.wrongTenant, '$TenantId', "(Get-CmgProperty $context 'TenantId')")}`,
  '}',
  `Write-Host ${psMessage(text.connected, '$context.Account', '$context.TenantId')}`,
  '$now = (Get-Date).ToUniversalTime()',
];

/**
 * Entra user discovery only: Microsoft Graph's Directory.Read.All application permission
 * (manually-register-azure-ad-apps.md L79-L91, F-APP-8). Its id is read from the Microsoft Graph
 * service principal's appRoles, found as the consent page finds it (F-APP-18), never hard-coded.
 */
const discoveryRole = (text: Text) => [
  '$graphSp = $null',
  '$directoryRole = $null',
  'if ($EnableUserDiscovery) {',
  ...indent([
    `$graphSps = @(Get-MgServicePrincipal -Filter "displayName eq 'Microsoft Graph'" -Property 'Id', 'AppId', 'AppRoles')`,
    'if ($graphSps.Count -ne 1) {',
    `    throw ${psMessage(text.noGraphServicePrincipal, '$graphSps.Count')}`,
    '}',
    '$graphSp = $graphSps[0]',
    "$directoryRole = @(Get-CmgProperty $graphSp 'AppRoles' | Where-Object { $_.Value -eq 'Directory.Read.All' -and @($_.AllowedMemberTypes) -contains 'Application' }) | Select-Object -First 1",
    'if (-not $directoryRole) {',
    `    throw ${psMessage(text.noDirectoryRole)}`,
    '}',
  ]),
  '}',
];

/**
 * The apps are found by display name (the names the import gives ConfigMgr), in one listing,
 * filtered in PowerShell: no admin value goes into an OData filter. Both are checked before
 * anything changes; an app with the name but another client ID than the answers, or another
 * audience than this tenant only (F-APP-2), stops the script.
 */
const findApps = (text: Text) => [
  'function Find-CmgEntraApp($Applications, [string] $DisplayName, [string] $ExpectedAppId) {',
  '    $found = @($Applications | Where-Object { $_.DisplayName -eq $DisplayName })',
  '    if ($found.Count -gt 1) {',
  `        throw ${psMessage(text.severalApps, '$DisplayName', '$found.Count')}`,
  '    }',
  '    if ($found.Count -eq 0) {',
  '        return',
  '    }',
  '    $app = $found[0]',
  '    if ($ExpectedAppId -and $app.AppId -ne $ExpectedAppId) {',
  `        throw ${psMessage(text.otherAppId, '$DisplayName', '$app.AppId', '$ExpectedAppId')}`,
  '    }',
  "    if ((Get-CmgProperty $app 'SignInAudience') -ne 'AzureADMyOrg') {",
  `        throw ${psMessage(text.otherAudience, '$DisplayName', "(Get-CmgProperty $app 'SignInAudience')")}`,
  '    }',
  '    return $app',
  '}',
  '$applications = @(Get-MgApplication -All)',
  '$server = Find-CmgEntraApp $applications $ServerAppName $ServerAppClientId',
  '$client = Find-CmgEntraApp $applications $ClientAppName $ClientAppClientId',
];

/**
 * The server (web) app of manually-register-azure-ad-apps.md: single tenant (L62), Web redirect
 * http://localhost (L63, which 2309+ requires: F-GW-5), Application ID URI (L95-L98), the scope
 * user_impersonation that admins and users may consent to (L102-L109; permissionScope type User,
 * New-MgApplication NOTES, F-APP-22), ID tokens by the implicit flow (L111-L114; the manifest's
 * oauth2AllowIdTokenImplicitFlow is web.implicitGrantSettings.enableIdTokenIssuance in Graph,
 * F-APP-12/13), and with Entra user discovery Directory.Read.All (L79-L91).
 * An app found by name gets what it lacks, added to what it has: nothing is removed or replaced.
 */
const serverApp = (text: Text) => [
  "$serverRedirect = 'http://localhost'",
  '$scopeId = $null',
  'if ($server) {',
  ...indent([
    `Write-Host ${psMessage(text.serverFound, '$ServerAppName', '$server.AppId')}`,
    '$update = @{}',
    '$labels = @()',
    "$redirects = @(Get-CmgProperty $server 'Web', 'RedirectUris')",
    'if ($redirects -notcontains $serverRedirect) {',
    '    $redirects += $serverRedirect',
    `    $labels += ${psMessage(text.labelRedirect, '$serverRedirect')}`,
    '}',
    "if (-not (Get-CmgProperty $server 'Web', 'ImplicitGrantSettings', 'EnableIdTokenIssuance')) {",
    `    $labels += ${psMessage(text.labelIdToken)}`,
    '}',
    'if ($labels.Count -gt 0) {',
    '    $update.Web = New-CmgWebSettings $server $redirects',
    '}',
    "$uris = @(Get-CmgProperty $server 'IdentifierUris')",
    'if ($uris -notcontains $ServerAppIdUri) {',
    '    if ($uris.Count -gt 0) {',
    `        throw ${psMessage(text.otherAppIdUri, '$ServerAppName', "($uris -join ', ')", '$ServerAppIdUri')}`,
    '    }',
    '    $update.IdentifierUris = @($ServerAppIdUri)',
    `    $labels += ${psMessage(text.labelAppIdUri, '$ServerAppIdUri')}`,
    '}',
    "$existingScopes = @(Get-CmgProperty $server 'Api', 'Oauth2PermissionScopes')",
    "$scope = @($existingScopes | Where-Object { $_.Value -eq 'user_impersonation' }) | Select-Object -First 1",
    'if ($scope) {',
    '    if (-not $scope.IsEnabled) {',
    `        throw ${psMessage(text.scopeDisabled, '$ServerAppName')}`,
    '    }',
    '    $scopeId = $scope.Id',
    '}',
    'else {',
    '    $scopeId = [guid]::NewGuid().ToString()',
    "    $update.Api = @{ Oauth2PermissionScopes = $existingScopes + @(@{ Id = $scopeId; Value = 'user_impersonation'; Type = 'User'; IsEnabled = $true; AdminConsentDisplayName = $consentName; AdminConsentDescription = $consentDescription }) }",
    `    $labels += ${psMessage(text.labelScope)}`,
    '}',
    'if ($EnableUserDiscovery) {',
    "    $required = @(Get-CmgProperty $server 'RequiredResourceAccess')",
    "    $granted = @($required | Where-Object { $_.ResourceAppId -eq $graphSp.AppId } | ForEach-Object { @($_.ResourceAccess) } | Where-Object { $_.Id -eq $directoryRole.Id -and $_.Type -eq 'Role' })",
    '    if ($granted.Count -eq 0) {',
    '        $others = @($required | Where-Object { $_.ResourceAppId -ne $graphSp.AppId })',
    "        $graphAccess = @($required | Where-Object { $_.ResourceAppId -eq $graphSp.AppId } | ForEach-Object { @($_.ResourceAccess) }) + @(@{ Id = $directoryRole.Id; Type = 'Role' })",
    '        $update.RequiredResourceAccess = $others + @(@{ ResourceAppId = $graphSp.AppId; ResourceAccess = $graphAccess })',
    `        $labels += ${psMessage(text.labelDirectoryPermission)}`,
    '    }',
    '}',
    'if ($update.Count -gt 0) {',
    `    if ($PSCmdlet.ShouldProcess($ServerAppName, ${psMessage(text.updateAction, "($labels -join ', ')")})) {`,
    '        Update-MgApplication -ApplicationId $server.Id @update',
    `        Write-Host ${psMessage(text.updated, '$ServerAppName', "($labels -join ', ')")}`,
    '    }',
    '}',
  ]),
  '}',
  `elseif ($PSCmdlet.ShouldProcess($ServerAppName, ${psMessage(text.createServerAction)})) {`,
  ...indent([
    '$scopeId = [guid]::NewGuid().ToString()',
    '$parameters = @{',
    '    DisplayName = $ServerAppName',
    "    SignInAudience = 'AzureADMyOrg'",
    '    Web = @{ RedirectUris = @($serverRedirect); ImplicitGrantSettings = @{ EnableIdTokenIssuance = $true } }',
    '    IdentifierUris = @($ServerAppIdUri)',
    "    Api = @{ Oauth2PermissionScopes = @(@{ Id = $scopeId; Value = 'user_impersonation'; Type = 'User'; IsEnabled = $true; AdminConsentDisplayName = $consentName; AdminConsentDescription = $consentDescription }) }",
    '}',
    'if ($EnableUserDiscovery) {',
    "    $parameters.RequiredResourceAccess = @(@{ ResourceAppId = $graphSp.AppId; ResourceAccess = @(@{ Id = $directoryRole.Id; Type = 'Role' }) })",
    '}',
    '$server = New-MgApplication @parameters',
    `Write-Host ${psMessage(text.serverCreated, '$ServerAppName', '$server.AppId')}`,
  ]),
  '}',
];

/** An app created through Microsoft Graph has no service principal until one is made (F-APP-15). */
const servicePrincipal = (text: Text, app: string, name: string, variable: string) => [
  `${variable} = $null`,
  `if (${app}) {`,
  `    ${variable} = @(Get-MgServicePrincipal -Filter ("appId eq '{0}'" -f ${app}.AppId)) | Select-Object -First 1`,
  '}',
  `if (${variable}) {`,
  `    Write-Host ${psMessage(text.servicePrincipalFound, name)}`,
  '}',
  `elseif ($PSCmdlet.ShouldProcess(${name}, ${psMessage(text.createServicePrincipalAction)})) {`,
  `    ${variable} = New-MgServicePrincipal -AppId ${app}.AppId`,
  `    Write-Host ${psMessage(text.servicePrincipalCreated, name)}`,
  '}',
];

/**
 * The secret the import needs (manually-register-azure-ad-apps.md L75-L77: 12 or 24 months, its
 * value shown once). Entra returns the value only in the answer to addPassword
 * (Add-MgApplicationPassword NOTES, F-APP-17): the script shows it once on the screen, writes it
 * nowhere, and on a later run only says that its secret exists and when it expires.
 */
const secret = (text: Text) => [
  '$secrets = @()',
  'if ($server) {',
  `    $secrets = @(Get-CmgProperty $server 'PasswordCredentials' | Where-Object { $_.DisplayName -eq ${psValue(SECRET_NAME)} -and $_.EndDateTime -and ([datetime]$_.EndDateTime).ToUniversalTime() -gt $now } | Sort-Object -Property EndDateTime -Descending)`,
  '}',
  'if ($secrets.Count -gt 0) {',
  `    Write-Host ${psMessage(text.secretExists, '$ServerAppName', "([datetime]$secrets[0].EndDateTime).ToString('yyyy-MM-dd')")}`,
  '}',
  `elseif ($PSCmdlet.ShouldProcess($ServerAppName, ${psMessage(text.addSecretAction, '$SecretMonths')})) {`,
  `    $password = Add-MgApplicationPassword -ApplicationId $server.Id -PasswordCredential @{ DisplayName = ${psValue(SECRET_NAME)}; EndDateTime = $now.AddMonths($SecretMonths) }`,
  `    Write-Warning ${psMessage(text.secretOnce)}`,
  `    Write-Host ${psMessage(text.secretValue, '$password.SecretText')}`,
  `    Write-Host ${psMessage(text.secretExpires, "([datetime]$password.EndDateTime).ToString('yyyy-MM-dd')")}`,
  '}',
];

/**
 * The client (native) app: single tenant (L130), public client flows allowed (L150:
 * isFallbackPublicClient, F-APP-12), the server app's user_impersonation (L152-L158), ID tokens
 * (L160-L163; what the manifest entry means on an app with no web platform is undocumented,
 * F-APP-14: the same Graph property is set as on the server app). Its redirect URI
 * ms-appx-web://Microsoft.AAD.BrokerPlugin/<ClientID> holds its own client ID (L146), known only
 * once the app exists: the second half is the same update an app found by name gets.
 */
const clientApp = (text: Text) => [
  'if (-not $client -and $server -and $PSCmdlet.ShouldProcess($ClientAppName, ' + psMessage(text.createClientAction) + ')) {',
  ...indent([
    "$client = New-MgApplication -DisplayName $ClientAppName -SignInAudience 'AzureADMyOrg' -IsFallbackPublicClient -Web @{ ImplicitGrantSettings = @{ EnableIdTokenIssuance = $true } } -RequiredResourceAccess @(@{ ResourceAppId = $server.AppId; ResourceAccess = @(@{ Id = $scopeId; Type = 'Scope' }) })",
    `Write-Host ${psMessage(text.clientCreated, '$ClientAppName', '$client.AppId')}`,
  ]),
  '}',
  'elseif ($client) {',
  `    Write-Host ${psMessage(text.clientFound, '$ClientAppName', '$client.AppId')}`,
  '}',
  'elseif (-not $server) {',
  // -WhatIf before the server app exists: what would be made, without the client ID it would get.
  `    [void]$PSCmdlet.ShouldProcess($ClientAppName, ${psMessage(text.createClientAction)})`,
  '}',
  'if ($client) {',
  ...indent([
    '$update = @{}',
    '$labels = @()',
    "$brokerRedirect = 'ms-appx-web://Microsoft.AAD.BrokerPlugin/' + $client.AppId",
    "$publicRedirects = @(Get-CmgProperty $client 'PublicClient', 'RedirectUris')",
    'if ($publicRedirects -notcontains $brokerRedirect) {',
    '    $update.PublicClient = @{ RedirectUris = $publicRedirects + @($brokerRedirect) }',
    `    $labels += ${psMessage(text.labelRedirect, '$brokerRedirect')}`,
    '}',
    "if (-not (Get-CmgProperty $client 'IsFallbackPublicClient')) {",
    '    $update.IsFallbackPublicClient = $true',
    `    $labels += ${psMessage(text.labelPublicClient)}`,
    '}',
    "if (-not (Get-CmgProperty $client 'Web', 'ImplicitGrantSettings', 'EnableIdTokenIssuance')) {",
    "    $update.Web = New-CmgWebSettings $client @(Get-CmgProperty $client 'Web', 'RedirectUris')",
    `    $labels += ${psMessage(text.labelIdToken)}`,
    '}',
    'if ($server) {',
    "    $required = @(Get-CmgProperty $client 'RequiredResourceAccess')",
    "    $granted = @($required | Where-Object { $_.ResourceAppId -eq $server.AppId } | ForEach-Object { @($_.ResourceAccess) } | Where-Object { $_.Id -eq $scopeId -and $_.Type -eq 'Scope' })",
    '    if ($granted.Count -eq 0) {',
    '        $others = @($required | Where-Object { $_.ResourceAppId -ne $server.AppId })',
    "        $serverAccess = @($required | Where-Object { $_.ResourceAppId -eq $server.AppId } | ForEach-Object { @($_.ResourceAccess) }) + @(@{ Id = $scopeId; Type = 'Scope' })",
    '        $update.RequiredResourceAccess = $others + @(@{ ResourceAppId = $server.AppId; ResourceAccess = $serverAccess })',
    `        $labels += ${psMessage(text.labelServerPermission, '$ServerAppName')}`,
    '    }',
    '}',
    'if ($update.Count -gt 0) {',
    `    if ($PSCmdlet.ShouldProcess($ClientAppName, ${psMessage(text.updateAction, "($labels -join ', ')")})) {`,
    '        Update-MgApplication -ApplicationId $client.Id @update',
    `        Write-Host ${psMessage(text.updated, '$ClientAppName', "($labels -join ', ')")}`,
    '    }',
    '}',
  ]),
  '}',
];

/**
 * Admin consent, as grant-admin-consent.md does it in Graph PowerShell (F-APP-18): the client's
 * delegated user_impersonation on the server app for all users (AllPrincipals), and with Entra
 * user discovery the app-role assignment of Directory.Read.All to the server app. An Application
 * Administrator may grant the first but not the second ("except Microsoft Graph app roles",
 * L41; F-ROLE-2): the refusal is reported with who may grant it.
 */
const consent = (text: Text) => [
  '$grant = $null',
  'if ($clientSp -and $serverSp) {',
  `    $grant = @(Get-MgOauth2PermissionGrant -Filter ("clientId eq '{0}' and consentType eq 'AllPrincipals'" -f $clientSp.Id) | Where-Object { $_.ResourceId -eq $serverSp.Id }) | Select-Object -First 1`,
  '}',
  "if ($grant -and @(\"$($grant.Scope)\" -split ' ') -contains 'user_impersonation') {",
  `    Write-Host ${psMessage(text.grantExists, '$ClientAppName', '$ServerAppName')}`,
  '}',
  `elseif ($PSCmdlet.ShouldProcess($ClientAppName, ${psMessage(text.grantAction, '$ServerAppName')})) {`,
  '    if ($grant) {',
  // Update-MgOauth2PermissionGrant -OAuth2PermissionGrantId -Scope (its page, set UpdateExpanded; F-APP-23). Splatted:
  // the project's PowerShell grammar (test/support) reads no digit in a parameter name, and OAuth2PermissionGrantId has one.
  '        $grantUpdate = @{ OAuth2PermissionGrantId = $grant.Id; Scope = ("$($grant.Scope) user_impersonation").Trim() }',
  '        Update-MgOauth2PermissionGrant @grantUpdate',
  '    }',
  '    else {',
  "        New-MgOauth2PermissionGrant -BodyParameter @{ ClientId = $clientSp.Id; ConsentType = 'AllPrincipals'; ResourceId = $serverSp.Id; Scope = 'user_impersonation' } | Out-Null",
  '    }',
  `    Write-Host ${psMessage(text.granted, '$ClientAppName', '$ServerAppName')}`,
  '}',
  'if ($EnableUserDiscovery) {',
  ...indent([
    '$assignment = $null',
    'if ($serverSp) {',
    '    $assignment = @(Get-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $serverSp.Id | Where-Object { $_.AppRoleId -eq $directoryRole.Id -and $_.ResourceId -eq $graphSp.Id }) | Select-Object -First 1',
    '}',
    'if ($assignment) {',
    `    Write-Host ${psMessage(text.directoryExists, '$ServerAppName')}`,
    '}',
    `elseif ($PSCmdlet.ShouldProcess($ServerAppName, ${psMessage(text.directoryAction)})) {`,
    '    try {',
    '        New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $serverSp.Id -BodyParameter @{ PrincipalId = $serverSp.Id; ResourceId = $graphSp.Id; AppRoleId = $directoryRole.Id } | Out-Null',
    '    }',
    '    catch {',
    `        throw ${psMessage(text.directoryDenied, '$ServerAppName', '$_.Exception.Message')}`,
    '    }',
    `    Write-Host ${psMessage(text.directoryGranted, '$ServerAppName')}`,
    '}',
  ]),
  '}',
];

/** What the import (03-azure/Register-CmgAzureService.ps1) and cmg-setup need next. */
const summary = (text: Text) => [
  `Write-Host ${psMessage(text.summaryTenant, '$TenantId')}`,
  'if ($server) {',
  `    Write-Host ${psMessage(text.summaryServer, '$ServerAppName', '$server.AppId', '$ServerAppIdUri')}`,
  '}',
  'if ($client) {',
  `    Write-Host ${psMessage(text.summaryClient, '$ClientAppName', '$client.AppId')}`,
  '}',
  'if ($server -and $client) {',
  `    Write-Host ${psMessage(text.nextStep, '$server.AppId', '$client.AppId')}`,
  '}',
];

/**
 * 03-azure/New-CmgEntraApps.ps1, for an admin with no apps yet: creates (or completes) the two app
 * registrations of "Manually register Microsoft Entra apps for the CMG" with Microsoft Graph
 * PowerShell, run by the Entra administrator on any workstation (no ConfigMgr module).
 */
export function entraAppsScript(answers: Answers, step: StepPosition, lang: Lang = 'en'): string {
  const text = entraAppsTexts[lang];
  const parameters: PsParameter[] = [
    { name: 'TenantId', type: 'string', ...(answers.tenantId ? { default: answers.tenantId } : {}), help: text.tenantIdHelp },
    { name: 'ServerAppName', type: 'string', default: answers.serverAppName, help: text.serverAppNameHelp },
    { name: 'ServerAppIdUri', type: 'string', ...(answers.serverAppIdUri ? { default: answers.serverAppIdUri } : {}), help: text.serverAppIdUriHelp },
    { name: 'ClientAppName', type: 'string', default: answers.clientAppName, help: text.clientAppNameHelp },
    { name: 'ServerAppClientId', type: 'string', default: answers.serverAppClientId ?? '', help: text.serverAppClientIdHelp },
    { name: 'ClientAppClientId', type: 'string', default: answers.clientAppClientId ?? '', help: text.clientAppClientIdHelp },
    { name: 'EnableUserDiscovery', type: 'bool', default: answers.entraUserDiscovery, help: text.enableUserDiscoveryHelp },
    { name: 'SecretMonths', type: 'int', default: 12, help: text.secretMonthsHelp },
    { name: 'GraphEnvironment', type: 'string', default: answers.cloud === 'usgov' ? 'USGov' : 'Global', help: text.graphEnvironmentHelp },
  ];
  const body = [
    ...prelude(text),
    `$consentName = ${psMessage(text.consentName, '$ServerAppName')}`,
    `$consentDescription = ${psMessage(text.consentDescription, '$ServerAppName')}`,
    ...discoveryRole(text),
    ...findApps(text),
    ...serverApp(text),
    ...servicePrincipal(text, '$server', '$ServerAppName', '$serverSp'),
    ...secret(text),
    ...clientApp(text),
    ...servicePrincipal(text, '$client', '$ClientAppName', '$clientSp'),
    ...consent(text),
    ...summary(text),
  ];
  return renderScript({ step, synopsis: text.synopsis, description: text.description, parameters, siteDrive: false, body, lang });
}
