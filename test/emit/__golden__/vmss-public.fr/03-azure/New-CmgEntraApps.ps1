<#
.SYNOPSIS
Étape 3 : crée les applications Entra serveur (web) et cliente (native) de la passerelle de gestion cloud avec Microsoft Graph PowerShell.
.DESCRIPTION
Les inscriptions d'applications de la page Inscrire manuellement des applications Microsoft Entra pour la CMG, faites avec Microsoft Graph PowerShell : il recherche d'abord chaque application par son nom d'affichage et n'ajoute que ce qui lui manque, puis crée les principaux de service, un secret client sur l'application serveur (affiché une fois, écrit nulle part) et le consentement administrateur de l'application cliente. Exécutez-le en administrateur général Entra, le rôle que nomme la documentation de la CMG ; un administrateur d'application ne peut pas accorder l'autorisation d'application Directory.Read.All de la découverte des utilisateurs Entra. Il affiche les ID dont Register-CmgAzureService.ps1 et cmg-setup ont besoin.
Généré par cmg-setup. Chaque valeur ci-dessous est la valeur par défaut d'un paramètre : vérifiez-la,
et exécutez d'abord le script avec -WhatIf pour voir ce qui changerait.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # ID du locataire Entra auquel se connecter.
    [string] $TenantId = 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d',

    # Nom d'affichage de l'application serveur (web).
    [string] $ServerAppName = 'CMG-ServerApp',

    # URI d'ID d'application de l'application serveur, unique dans le locataire.
    [string] $ServerAppIdUri = 'api://b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d/ConfigMgrService',

    # Nom d'affichage de l'application cliente (native).
    [string] $ClientAppName = 'CMG-ClientApp',

    # ID client que l'application serveur doit avoir si elle existe déjà ; vide : quelconque.
    [string] $ServerAppClientId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',

    # ID client que l'application cliente doit avoir si elle existe déjà ; vide : quelconque.
    [string] $ClientAppClientId = '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',

    # Découverte des utilisateurs Entra : donne à l'application serveur l'autorisation d'application Microsoft Graph Directory.Read.All, avec consentement administrateur.
    [bool] $EnableUserDiscovery = $false,

    # Durée de vie d'un nouveau secret client en mois : 12 ou 24.
    [int] $SecretMonths = 12,

    # Cloud Microsoft Graph : Global, USGov ou USGovDoD.
    [string] $GraphEnvironment = 'Global'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if ($SecretMonths -ne 12 -and $SecretMonths -ne 24) {
    throw ('-SecretMonths vaut {0} : donnez 12 ou 24.' -f $SecretMonths)
}
if (@('Global', 'USGov', 'USGovDoD') -notcontains $GraphEnvironment) {
    throw ('-GraphEnvironment vaut {0} : donnez l''une des valeurs {1}.' -f $GraphEnvironment, 'Global, USGov, USGovDoD')
}
foreach ($module in @('Microsoft.Graph.Authentication', 'Microsoft.Graph.Applications', 'Microsoft.Graph.Identity.SignIns')) {
    if (-not (Get-Module -ListAvailable -Name $module)) {
        throw ('Le module PowerShell {0} n''est pas installé : exécutez Install-Module Microsoft.Graph.Applications, Microsoft.Graph.Identity.SignIns -Scope CurrentUser, puis de nouveau ce script.' -f $module)
    }
}
Import-Module -Name @('Microsoft.Graph.Authentication', 'Microsoft.Graph.Applications', 'Microsoft.Graph.Identity.SignIns')

function Get-CmgProperty($Object, [string[]] $Path) {
    foreach ($name in $Path) {
        if ($null -eq $Object) {
            return
        }
        $property = $Object.PSObject.Properties[$name]
        if ($null -eq $property) {
            return
        }
        $Object = $property.Value
    }
    if ($null -eq $Object) {
        return
    }
    return $Object
}
function New-CmgWebSettings($App, [string[]] $RedirectUris) {
    return @{
        HomePageUrl = Get-CmgProperty $App 'Web', 'HomePageUrl'
        LogoutUrl = Get-CmgProperty $App 'Web', 'LogoutUrl'
        RedirectUris = @($RedirectUris)
        ImplicitGrantSettings = @{ EnableIdTokenIssuance = $true; EnableAccessTokenIssuance = [bool](Get-CmgProperty $App 'Web', 'ImplicitGrantSettings', 'EnableAccessTokenIssuance') }
    }
}

$scopes = @('Application.ReadWrite.All', 'DelegatedPermissionGrant.ReadWrite.All')
if ($EnableUserDiscovery) {
    $scopes += 'AppRoleAssignment.ReadWrite.All'
}
Connect-MgGraph -TenantId $TenantId -Scopes $scopes -Environment $GraphEnvironment -NoWelcome
$context = Get-MgContext
if ($null -eq $context -or $context.TenantId -ne $TenantId) {
    throw ('Connecté au locataire {1}, pas à {0} : exécutez Disconnect-MgGraph, puis de nouveau ce script avec un compte du locataire {0}.' -f $TenantId, (Get-CmgProperty $context 'TenantId'))
}
Write-Host ('Connecté en tant que {0} au locataire {1}.' -f $context.Account, $context.TenantId)
$now = (Get-Date).ToUniversalTime()
$consentName = ('Accéder à {0}' -f $ServerAppName)
$consentDescription = ('Permet à l''application d''accéder à {0} au nom de l''utilisateur connecté.' -f $ServerAppName)
$graphSp = $null
$directoryRole = $null
if ($EnableUserDiscovery) {
    $graphSps = @(Get-MgServicePrincipal -Filter "displayName eq 'Microsoft Graph'" -Property 'Id', 'AppId', 'AppRoles')
    if ($graphSps.Count -ne 1) {
        throw ('{0} principaux de service nommés Microsoft Graph trouvés au lieu d''un seul : l''autorisation Directory.Read.All ne peut pas être recherchée. Rien n''a été changé.' -f $graphSps.Count)
    }
    $graphSp = $graphSps[0]
    $directoryRole = @(Get-CmgProperty $graphSp 'AppRoles' | Where-Object { $_.Value -eq 'Directory.Read.All' -and @($_.AllowedMemberTypes) -contains 'Application' }) | Select-Object -First 1
    if (-not $directoryRole) {
        throw 'Le principal de service Microsoft Graph ne liste aucune autorisation d''application Directory.Read.All : ajoutez-la à l''application serveur dans le centre d''administration Entra (Autorisations d''API). Rien n''a été changé.'
    }
}
function Find-CmgEntraApp($Applications, [string] $DisplayName, [string] $ExpectedAppId) {
    $found = @($Applications | Where-Object { $_.DisplayName -eq $DisplayName })
    if ($found.Count -gt 1) {
        throw ('{1} inscriptions d''applications se nomment {0} : renommez ou supprimez celles en trop, ou donnez un autre nom à ce script. Rien n''a été changé.' -f $DisplayName, $found.Count)
    }
    if ($found.Count -eq 0) {
        return
    }
    $app = $found[0]
    if ($ExpectedAppId -and $app.AppId -ne $ExpectedAppId) {
        throw ('L''application {0} existe avec l''ID client {1}, pas {2} : vérifiez le nom et l''ID client donnés à cmg-setup. Rien n''a été changé.' -f $DisplayName, $app.AppId, $ExpectedAppId)
    }
    if ((Get-CmgProperty $app 'SignInAudience') -ne 'AzureADMyOrg') {
        throw ('L''application {0} accepte les comptes {1} ; la passerelle de gestion cloud demande les comptes de cet annuaire organisationnel uniquement (AzureADMyOrg) : donnez un autre nom pour une nouvelle application. Rien n''a été changé.' -f $DisplayName, (Get-CmgProperty $app 'SignInAudience'))
    }
    return $app
}
$applications = @(Get-MgApplication -All)
$server = Find-CmgEntraApp $applications $ServerAppName $ServerAppClientId
$client = Find-CmgEntraApp $applications $ClientAppName $ClientAppClientId
$serverRedirect = 'http://localhost'
$scopeId = $null
if ($server) {
    Write-Host ('Application serveur {0} ({1}) trouvée.' -f $ServerAppName, $server.AppId)
    $update = @{}
    $labels = @()
    $redirects = @(Get-CmgProperty $server 'Web', 'RedirectUris')
    if ($redirects -notcontains $serverRedirect) {
        $redirects += $serverRedirect
        $labels += ('URI de redirection {0}' -f $serverRedirect)
    }
    if (-not (Get-CmgProperty $server 'Web', 'ImplicitGrantSettings', 'EnableIdTokenIssuance')) {
        $labels += 'jetons d''ID (flux implicite)'
    }
    if ($labels.Count -gt 0) {
        $update.Web = New-CmgWebSettings $server $redirects
    }
    $uris = @(Get-CmgProperty $server 'IdentifierUris')
    if ($uris -notcontains $ServerAppIdUri) {
        if ($uris.Count -gt 0) {
            throw ('L''application {0} a l''URI d''ID d''application {1}, pas {2} : passez-le à -ServerAppIdUri (et à --server-app-id-uri de cmg-setup), ou changez-le dans le centre d''administration Entra.' -f $ServerAppName, ($uris -join ', '), $ServerAppIdUri)
        }
        $update.IdentifierUris = @($ServerAppIdUri)
        $labels += ('URI d''ID d''application {0}' -f $ServerAppIdUri)
    }
    $existingScopes = @(Get-CmgProperty $server 'Api', 'Oauth2PermissionScopes')
    $scope = @($existingScopes | Where-Object { $_.Value -eq 'user_impersonation' }) | Select-Object -First 1
    if ($scope) {
        if (-not $scope.IsEnabled) {
            throw ('L''étendue user_impersonation de {0} est désactivée : activez-la dans le centre d''administration Entra (Exposer une API), puis exécutez de nouveau ce script.' -f $ServerAppName)
        }
        $scopeId = $scope.Id
    }
    else {
        $scopeId = [guid]::NewGuid().ToString()
        $update.Api = @{ Oauth2PermissionScopes = $existingScopes + @(@{ Id = $scopeId; Value = 'user_impersonation'; Type = 'User'; IsEnabled = $true; AdminConsentDisplayName = $consentName; AdminConsentDescription = $consentDescription }) }
        $labels += 'étendue user_impersonation'
    }
    if ($EnableUserDiscovery) {
        $required = @(Get-CmgProperty $server 'RequiredResourceAccess')
        $granted = @($required | Where-Object { $_.ResourceAppId -eq $graphSp.AppId } | ForEach-Object { @($_.ResourceAccess) } | Where-Object { $_.Id -eq $directoryRole.Id -and $_.Type -eq 'Role' })
        if ($granted.Count -eq 0) {
            $others = @($required | Where-Object { $_.ResourceAppId -ne $graphSp.AppId })
            $graphAccess = @($required | Where-Object { $_.ResourceAppId -eq $graphSp.AppId } | ForEach-Object { @($_.ResourceAccess) }) + @(@{ Id = $directoryRole.Id; Type = 'Role' })
            $update.RequiredResourceAccess = $others + @(@{ ResourceAppId = $graphSp.AppId; ResourceAccess = $graphAccess })
            $labels += 'autorisation d''application Directory.Read.All de Microsoft Graph'
        }
    }
    if ($update.Count -gt 0) {
        if ($PSCmdlet.ShouldProcess($ServerAppName, ('Mettre à jour l''inscription d''application : {0}' -f ($labels -join ', ')))) {
            Update-MgApplication -ApplicationId $server.Id @update
            Write-Host ('{0} mise à jour : {1}.' -f $ServerAppName, ($labels -join ', '))
        }
    }
}
elseif ($PSCmdlet.ShouldProcess($ServerAppName, 'Créer l''inscription de l''application serveur (web) Entra')) {
    $scopeId = [guid]::NewGuid().ToString()
    $parameters = @{
        DisplayName = $ServerAppName
        SignInAudience = 'AzureADMyOrg'
        Web = @{ RedirectUris = @($serverRedirect); ImplicitGrantSettings = @{ EnableIdTokenIssuance = $true } }
        IdentifierUris = @($ServerAppIdUri)
        Api = @{ Oauth2PermissionScopes = @(@{ Id = $scopeId; Value = 'user_impersonation'; Type = 'User'; IsEnabled = $true; AdminConsentDisplayName = $consentName; AdminConsentDescription = $consentDescription }) }
    }
    if ($EnableUserDiscovery) {
        $parameters.RequiredResourceAccess = @(@{ ResourceAppId = $graphSp.AppId; ResourceAccess = @(@{ Id = $directoryRole.Id; Type = 'Role' }) })
    }
    $server = New-MgApplication @parameters
    Write-Host ('Application serveur {0} ({1}) créée.' -f $ServerAppName, $server.AppId)
}
$serverSp = $null
if ($server) {
    $serverSp = @(Get-MgServicePrincipal -Filter ("appId eq '{0}'" -f $server.AppId)) | Select-Object -First 1
}
if ($serverSp) {
    Write-Host ('Principal de service de {0} trouvé.' -f $ServerAppName)
}
elseif ($PSCmdlet.ShouldProcess($ServerAppName, 'Créer le principal de service (application d''entreprise)')) {
    $serverSp = New-MgServicePrincipal -AppId $server.AppId
    Write-Host ('Principal de service de {0} créé.' -f $ServerAppName)
}
$secrets = @()
if ($server) {
    $secrets = @(Get-CmgProperty $server 'PasswordCredentials' | Where-Object { $_.DisplayName -eq 'cmg-setup' -and $_.EndDateTime -and ([datetime]$_.EndDateTime).ToUniversalTime() -gt $now } | Sort-Object -Property EndDateTime -Descending)
}
if ($secrets.Count -gt 0) {
    Write-Host ('Secret client créé par ce script pour {0} trouvé, valide jusqu''au {1}. Sa valeur ne peut pas être affichée de nouveau : s''il est perdu, supprimez-le dans le centre d''administration Entra et exécutez de nouveau ce script.' -f $ServerAppName, ([datetime]$secrets[0].EndDateTime).ToString('yyyy-MM-dd'))
}
elseif ($PSCmdlet.ShouldProcess($ServerAppName, ('Ajouter un secret client valide {0} mois' -f $SecretMonths))) {
    $password = Add-MgApplicationPassword -ApplicationId $server.Id -PasswordCredential @{ DisplayName = 'cmg-setup'; EndDateTime = $now.AddMonths($SecretMonths) }
    Write-Warning 'Le secret client ci-dessous n''est affiché que cette fois et n''est écrit nulle part : copiez-le maintenant et transmettez-le à l''administrateur ConfigMgr par un canal sûr. Une transcription PowerShell, si elle est active, l''enregistre.'
    Write-Host ('Secret client (Valeur) : {0}' -f $password.SecretText)
    Write-Host ('Date d''expiration du secret : {0}' -f ([datetime]$password.EndDateTime).ToString('yyyy-MM-dd'))
}
if (-not $client -and $server -and $PSCmdlet.ShouldProcess($ClientAppName, 'Créer l''inscription de l''application cliente (native) Entra')) {
    $client = New-MgApplication -DisplayName $ClientAppName -SignInAudience 'AzureADMyOrg' -IsFallbackPublicClient -Web @{ ImplicitGrantSettings = @{ EnableIdTokenIssuance = $true } } -RequiredResourceAccess @(@{ ResourceAppId = $server.AppId; ResourceAccess = @(@{ Id = $scopeId; Type = 'Scope' }) })
    Write-Host ('Application cliente {0} ({1}) créée.' -f $ClientAppName, $client.AppId)
}
elseif ($client) {
    Write-Host ('Application cliente {0} ({1}) trouvée.' -f $ClientAppName, $client.AppId)
}
elseif (-not $server) {
    [void]$PSCmdlet.ShouldProcess($ClientAppName, 'Créer l''inscription de l''application cliente (native) Entra')
}
if ($client) {
    $update = @{}
    $labels = @()
    $brokerRedirect = 'ms-appx-web://Microsoft.AAD.BrokerPlugin/' + $client.AppId
    $publicRedirects = @(Get-CmgProperty $client 'PublicClient', 'RedirectUris')
    if ($publicRedirects -notcontains $brokerRedirect) {
        $update.PublicClient = @{ RedirectUris = $publicRedirects + @($brokerRedirect) }
        $labels += ('URI de redirection {0}' -f $brokerRedirect)
    }
    if (-not (Get-CmgProperty $client 'IsFallbackPublicClient')) {
        $update.IsFallbackPublicClient = $true
        $labels += 'flux de clients publics'
    }
    if (-not (Get-CmgProperty $client 'Web', 'ImplicitGrantSettings', 'EnableIdTokenIssuance')) {
        $update.Web = New-CmgWebSettings $client @(Get-CmgProperty $client 'Web', 'RedirectUris')
        $labels += 'jetons d''ID (flux implicite)'
    }
    if ($server) {
        $required = @(Get-CmgProperty $client 'RequiredResourceAccess')
        $granted = @($required | Where-Object { $_.ResourceAppId -eq $server.AppId } | ForEach-Object { @($_.ResourceAccess) } | Where-Object { $_.Id -eq $scopeId -and $_.Type -eq 'Scope' })
        if ($granted.Count -eq 0) {
            $others = @($required | Where-Object { $_.ResourceAppId -ne $server.AppId })
            $serverAccess = @($required | Where-Object { $_.ResourceAppId -eq $server.AppId } | ForEach-Object { @($_.ResourceAccess) }) + @(@{ Id = $scopeId; Type = 'Scope' })
            $update.RequiredResourceAccess = $others + @(@{ ResourceAppId = $server.AppId; ResourceAccess = $serverAccess })
            $labels += ('autorisation user_impersonation de {0}' -f $ServerAppName)
        }
    }
    if ($update.Count -gt 0) {
        if ($PSCmdlet.ShouldProcess($ClientAppName, ('Mettre à jour l''inscription d''application : {0}' -f ($labels -join ', ')))) {
            Update-MgApplication -ApplicationId $client.Id @update
            Write-Host ('{0} mise à jour : {1}.' -f $ClientAppName, ($labels -join ', '))
        }
    }
}
$clientSp = $null
if ($client) {
    $clientSp = @(Get-MgServicePrincipal -Filter ("appId eq '{0}'" -f $client.AppId)) | Select-Object -First 1
}
if ($clientSp) {
    Write-Host ('Principal de service de {0} trouvé.' -f $ClientAppName)
}
elseif ($PSCmdlet.ShouldProcess($ClientAppName, 'Créer le principal de service (application d''entreprise)')) {
    $clientSp = New-MgServicePrincipal -AppId $client.AppId
    Write-Host ('Principal de service de {0} créé.' -f $ClientAppName)
}
$grant = $null
if ($clientSp -and $serverSp) {
    $grant = @(Get-MgOauth2PermissionGrant -Filter ("clientId eq '{0}' and consentType eq 'AllPrincipals'" -f $clientSp.Id) | Where-Object { $_.ResourceId -eq $serverSp.Id }) | Select-Object -First 1
}
if ($grant -and @("$($grant.Scope)" -split ' ') -contains 'user_impersonation') {
    Write-Host ('Déjà accordé : consentement administrateur pour que {0} utilise {1}.' -f $ClientAppName, $ServerAppName)
}
elseif ($PSCmdlet.ShouldProcess($ClientAppName, ('Accorder le consentement administrateur pour l''autorisation user_impersonation de {0}' -f $ServerAppName))) {
    if ($grant) {
        $grantUpdate = @{ OAuth2PermissionGrantId = $grant.Id; Scope = ("$($grant.Scope) user_impersonation").Trim() }
        Update-MgOauth2PermissionGrant @grantUpdate
    }
    else {
        New-MgOauth2PermissionGrant -BodyParameter @{ ClientId = $clientSp.Id; ConsentType = 'AllPrincipals'; ResourceId = $serverSp.Id; Scope = 'user_impersonation' } | Out-Null
    }
    Write-Host ('Consentement administrateur accordé : {0} peut utiliser {1} au nom de chaque utilisateur.' -f $ClientAppName, $ServerAppName)
}
if ($EnableUserDiscovery) {
    $assignment = $null
    if ($serverSp) {
        $assignment = @(Get-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $serverSp.Id | Where-Object { $_.AppRoleId -eq $directoryRole.Id -and $_.ResourceId -eq $graphSp.Id }) | Select-Object -First 1
    }
    if ($assignment) {
        Write-Host ('Déjà accordé : Directory.Read.All à {0}.' -f $ServerAppName)
    }
    elseif ($PSCmdlet.ShouldProcess($ServerAppName, 'Accorder l''autorisation d''application Microsoft Graph Directory.Read.All (consentement administrateur)')) {
        try {
            New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $serverSp.Id -BodyParameter @{ PrincipalId = $serverSp.Id; ResourceId = $graphSp.Id; AppRoleId = $directoryRole.Id } | Out-Null
        }
        catch {
            throw ('Microsoft Graph a refusé d''accorder Directory.Read.All à {0} : {1} Un administrateur d''application ou administrateur d''application cloud ne peut pas accorder d''autorisations d''application Microsoft Graph ; un administrateur de rôle privilégié ou administrateur général doit exécuter de nouveau ce script, ou accorder le consentement administrateur dans les autorisations d''API de l''application serveur.' -f $ServerAppName, $_.Exception.Message)
        }
        Write-Host ('Directory.Read.All accordé à {0}.' -f $ServerAppName)
    }
}
Write-Host ('ID du locataire : {0}' -f $TenantId)
if ($server) {
    Write-Host ('Application serveur {0} : ID d''application (client) {1}, URI d''ID d''application {2}' -f $ServerAppName, $server.AppId, $ServerAppIdUri)
}
if ($client) {
    Write-Host ('Application cliente {0} : ID d''application (client) {1}' -f $ClientAppName, $client.AppId)
}
if ($server -and $client) {
    Write-Host ('Ensuite : sur le serveur de site, Register-CmgAzureService.ps1 -ServerAppClientId {0} -ClientAppClientId {1} ; et donnez à cmg-setup --server-app-client-id {0} --client-app-client-id {1}.' -f $server.AppId, $client.AppId)
}
