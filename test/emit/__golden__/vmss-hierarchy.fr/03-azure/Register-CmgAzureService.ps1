<#
.SYNOPSIS
Étape 3 : importe les applications Entra serveur et cliente dans ConfigMgr et crée le service Azure de gestion cloud.
.DESCRIPTION
L'intégration par script des notes de version 2010 : Import-CMAADServerApplication, Import-CMAADClientApplication, Get-CMAADApplication, New-CMCloudManagementAzureService. Il recherche d'abord les applications et le service et ne change que ce qui manque ; il ne demande le secret client de l'application serveur que lorsqu'il importe celle-ci. Exécutez-le en administrateur complet de ConfigMgr une fois les deux applications créées dans Entra ID ; l'importation ne demande aucune autorisation Entra.
Généré par cmg-setup. Chaque valeur ci-dessous est la valeur par défaut d'un paramètre : vérifiez-la,
et exécutez d'abord le script avec -WhatIf pour voir ce qui changerait.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # Code du site principal (ou du site de niveau supérieur).
    [string] $SiteCode = 'CAS',

    # FQDN du fournisseur SMS.
    [string] $SmsProvider = 'cas.contoso.com',

    # Nom du locataire Entra tel que ConfigMgr l'enregistre, par exemple contoso.onmicrosoft.com.
    [string] $TenantName = 'contoso.onmicrosoft.com',

    # ID du locataire Entra.
    [string] $TenantId = 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d',

    # Nom d'affichage de l'inscription de l'application serveur (web).
    [string] $ServerAppName = 'CMG-ServerApp',

    # ID d'application (client) de l'application serveur.
    [string] $ServerAppClientId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',

    # URI d'ID d'application de l'application serveur (Exposer une API).
    [string] $ServerAppIdUri = 'api://b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d/ConfigMgrService',

    # Nom d'affichage de l'inscription de l'application cliente (native).
    [string] $ClientAppName = 'CMG-ClientApp',

    # ID d'application (client) de l'application cliente.
    [string] $ClientAppClientId = '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',

    # Date d'expiration du secret client de l'application serveur, yyyy-MM-dd ; vide : demandée à l'importation de l'application.
    [string] $SecretKeyExpiry = '',

    # Nom du service Azure de gestion cloud dans ConfigMgr.
    [string] $AzureServiceName = 'Cloud Management',

    # Active la découverte des utilisateurs Entra dans le nouveau service.
    [bool] $EnableUserDiscovery = $false
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if (-not (Get-Module -Name ConfigurationManager)) {
    if ($env:SMS_ADMIN_UI_PATH) {
        Import-Module -Name (Join-Path -Path (Split-Path -Path $env:SMS_ADMIN_UI_PATH -Parent) -ChildPath 'ConfigurationManager.psd1')
    }
    else {
        Import-Module -Name ConfigurationManager
    }
}
if (-not (Get-PSDrive -Name $SiteCode -PSProvider CMSite -ErrorAction SilentlyContinue)) {
    try {
        New-PSDrive -Name $SiteCode -PSProvider CMSite -Root $SmsProvider -WhatIf:$false | Out-Null
    }
    catch {
        throw ('Impossible de se connecter au site {0} via le fournisseur SMS {1} : {2} Vérifiez -SiteCode et -SmsProvider, et que votre compte a un rôle dans Configuration Manager.' -f $SiteCode, $SmsProvider, $_.Exception.Message)
    }
}
Push-Location -Path ($SiteCode + ':\')
try {
    foreach ($command in @('Import-CMAADServerApplication', 'Import-CMAADClientApplication', 'Get-CMAADApplication', 'New-CMCloudManagementAzureService', 'Get-CMAzureService')) {
        if (-not (Get-Command -Name $command -ErrorAction SilentlyContinue)) {
            throw ('Le module ConfigurationManager n''a pas {0} : l''intégration par script demande la console de ConfigMgr 2010 ou ultérieure. Mettez la console à jour, ou faites l''intégration dans la console (Administration > Services cloud > Services Azure).' -f $command)
        }
    }
    function ConvertTo-CmgSecretExpiry([string] $Text) {
        $date = [datetime]::MinValue
        if (-not [datetime]::TryParseExact($Text, 'yyyy-MM-dd', [cultureinfo]::InvariantCulture, [System.Globalization.DateTimeStyles]::None, [ref] $date)) {
            throw ('{0} n''est pas une date écrite yyyy-MM-dd (par exemple 2027-03-01).' -f $Text)
        }
        if ($date -le (Get-Date).Date) {
            throw ('La date d''expiration du secret {0} n''est pas dans le futur : ajoutez un nouveau secret client à l''application serveur dans Entra ID et donnez sa date d''expiration.' -f $Text)
        }
        return $date
    }
    function Find-CmgSiteApp([string] $AppType, [string] $ClientId) {
        $found = @(Get-CMAADApplication -TenantId $TenantId -AppType $AppType -ClientId $ClientId)
        if ($found.Count -gt 1) {
            throw ('Le site a {1} définitions de l''application {0} : supprimez celles en trop sous Administration > Services cloud > Locataires Azure Active Directory, puis exécutez de nouveau ce script.' -f $ClientId, $found.Count)
        }
        if ($found.Count -eq 1) {
            return $found[0]
        }
        if (@(Get-CMAADApplication -ClientId $ClientId).Count -gt 0) {
            throw ('Le site a déjà l''ID client {0}, mais pas comme {1} du locataire {2} : vérifiez -TenantId et les deux ID clients (applications serveur et cliente inversées ?), ainsi que les applications sous Locataires Azure Active Directory. Rien n''a été changé.' -f $ClientId, $AppType, $TenantId)
        }
        return $null
    }
    $expiry = $null
    if ($SecretKeyExpiry) {
        $expiry = ConvertTo-CmgSecretExpiry $SecretKeyExpiry
    }
    $serverApp = Find-CmgSiteApp 'ServerApplication' $ServerAppClientId
    $clientApp = Find-CmgSiteApp 'ClientApplication' $ClientAppClientId
    if (-not $serverApp -and -not $TenantName) {
        throw ('L''application serveur {0} ({1}) n''est pas encore importée, et son importation demande le nom du locataire (Import-CMAADServerApplication -TenantName) : exécutez de nouveau le script avec -TenantName, par exemple contoso.onmicrosoft.com. Rien n''a été changé.' -f $ServerAppName, $ServerAppClientId)
    }
    $services = @(Get-CMAzureService -Name $AzureServiceName -DisableWildcardHandling)
    if ($services.Count -gt 1) {
        throw ('Le site a {1} services Azure nommés {0} : donnez à -AzureServiceName un nom qu''aucun autre service ne porte.' -f $AzureServiceName, $services.Count)
    }
    $service = $null
    if ($services.Count -eq 1) {
        $service = $services[0]
        $linked = $service.PSObject.Properties['AssociatedAadWebApplications']
        if ($null -eq $linked -or $null -eq $serverApp -or $null -eq $serverApp.PSObject.Properties['Id']) {
            if ($null -eq $serverApp) {
                throw ('Le site a déjà un service Azure nommé {0}, qui n''utilise pas l''application serveur {1} : donnez un autre nom à -AzureServiceName, ou vérifiez le service sous Administration > Services cloud > Services Azure. Rien n''a été changé.' -f $AzureServiceName, $ServerAppClientId)
            }
            throw ('Le site a déjà un service Azure nommé {0}, mais les applications qu''il utilise ne peuvent pas être lues (pas de propriété AssociatedAadWebApplications) : vérifiez-le sous Administration > Services cloud > Services Azure, onglet Applications. Rien n''a été changé.' -f $AzureServiceName)
        }
        if (@($linked.Value) -notcontains $serverApp.Id) {
            throw ('Le site a déjà un service Azure nommé {0}, qui n''utilise pas l''application serveur {1} : donnez un autre nom à -AzureServiceName, ou vérifiez le service sous Administration > Services cloud > Services Azure. Rien n''a été changé.' -f $AzureServiceName, $ServerAppClientId)
        }
    }
    $servicesElsewhere = @()
    if (-not $service -and $serverApp) {
        foreach ($candidate in @(Get-CMAzureService)) {
            $linked = $candidate.PSObject.Properties['AssociatedAadWebApplications']
            if ($null -eq $linked -or $null -eq $serverApp.PSObject.Properties['Id']) {
                throw ('Le site a déjà un service Azure nommé {0}, mais les applications qu''il utilise ne peuvent pas être lues (pas de propriété AssociatedAadWebApplications) : vérifiez-le sous Administration > Services cloud > Services Azure, onglet Applications. Rien n''a été changé.' -f $candidate.Name)
            }
            if (@($linked.Value) -contains $serverApp.Id) {
                $servicesElsewhere += [string]$candidate.Name
            }
        }
    }
    if ($serverApp) {
        Write-Host ('Déjà configuré : l''application serveur {0} ({1}) est importée.' -f $ServerAppName, $ServerAppClientId)
    }
    elseif ($PSCmdlet.ShouldProcess($ServerAppName, 'Importer l''application serveur Entra (Import-CMAADServerApplication)')) {
        if (-not $expiry) {
            $expiry = ConvertTo-CmgSecretExpiry (Read-Host -Prompt ('Date d''expiration du secret client de {0} (yyyy-MM-dd)' -f $ServerAppName))
        }
        $secret = Read-Host -Prompt ('Secret client (Valeur) de {0}' -f $ServerAppName) -AsSecureString
        if ($secret.Length -eq 0) {
            throw 'Le secret client est vide : copiez sa Valeur depuis le centre d''administration Entra (Certificats et secrets), ou depuis ce qu''a affiché New-CmgEntraApps.ps1.'
        }
        $parameters = @{
            TenantName = $TenantName
            TenantId = $TenantId
            AppName = $ServerAppName
            ClientId = $ServerAppClientId
            SecretKey = $secret
            SecretKeyExpiry = $expiry
            AppIdUri = $ServerAppIdUri
            AzureEnvironmentOption = 'AzurePublicCloud'
        }
        Import-CMAADServerApplication @parameters | Out-Null
        $serverApp = Find-CmgSiteApp 'ServerApplication' $ServerAppClientId
        if (-not $serverApp) {
            throw ('L''importation de {0} ({1}) s''est terminée, mais Get-CMAADApplication ne trouve pas l''application : vérifiez Administration > Services cloud > Locataires Azure Active Directory, puis exécutez de nouveau ce script.' -f $ServerAppName, $ServerAppClientId)
        }
        Write-Host ('Application serveur {0} ({1}) importée ; son secret expire le {2} : renouvelez-le avant, ConfigMgr n''avertit pas pour une application importée.' -f $ServerAppName, $ServerAppClientId, $expiry.ToString('yyyy-MM-dd'))
    }
    if ($clientApp) {
        Write-Host ('Déjà configuré : l''application cliente {0} ({1}) est importée.' -f $ClientAppName, $ClientAppClientId)
    }
    elseif ($PSCmdlet.ShouldProcess($ClientAppName, 'Importer l''application cliente Entra (Import-CMAADClientApplication)')) {
        Import-CMAADClientApplication -ServerApp $serverApp -AppName $ClientAppName -ClientId $ClientAppClientId | Out-Null
        $clientApp = Find-CmgSiteApp 'ClientApplication' $ClientAppClientId
        if (-not $clientApp) {
            throw ('L''importation de {0} ({1}) s''est terminée, mais Get-CMAADApplication ne trouve pas l''application : vérifiez Administration > Services cloud > Locataires Azure Active Directory, puis exécutez de nouveau ce script.' -f $ClientAppName, $ClientAppClientId)
        }
        Write-Host ('Application cliente {0} ({1}) importée.' -f $ClientAppName, $ClientAppClientId)
    }
    if ($service) {
        Write-Host ('Déjà configuré : le service Azure {0} utilise l''application serveur {1}.' -f $AzureServiceName, $ServerAppName)
    }
    elseif ($servicesElsewhere.Count -gt 0) {
        Write-Host ('Déjà configuré sous le nom {0} : ce service Azure utilise l''application serveur {1} (l''assistant de la console l''a peut-être créé). Aucun service nommé {2} n''a été créé.' -f ($servicesElsewhere -join ', '), $ServerAppName, $AzureServiceName)
    }
    elseif ($PSCmdlet.ShouldProcess($AzureServiceName, 'Créer le service Azure de gestion cloud (New-CMCloudManagementAzureService)')) {
        New-CMCloudManagementAzureService -Name $AzureServiceName -ServerApp $serverApp -ClientApp $clientApp -AzureEnvironmentOption 'AzurePublicCloud' -EnableUserDiscovery $EnableUserDiscovery | Out-Null
        Write-Host ('Service Azure de gestion cloud {0} créé. Ensuite : l''étape 4 crée la passerelle de gestion cloud.' -f $AzureServiceName)
    }
}
finally {
    Pop-Location
}
