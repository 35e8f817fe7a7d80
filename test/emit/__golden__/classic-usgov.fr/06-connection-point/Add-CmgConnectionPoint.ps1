<#
.SYNOPSIS
Étape 6 sur 8 : ajoute le rôle de point de connexion de la passerelle de gestion cloud.
.DESCRIPTION
Exécute Add-CMCloudManagementGatewayConnectionPoint sur un système de site existant, et Set-CMSiteSystemServer pour son proxy Internet s'il y en a un.
Généré par cmg-setup. Chaque valeur ci-dessous est la valeur par défaut d'un paramètre : vérifiez-la,
et exécutez d'abord le script avec -WhatIf pour voir ce qui changerait.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # Code du site principal (ou du site de niveau supérieur).
    [string] $SiteCode = 'FAB',

    # FQDN du fournisseur SMS.
    [string] $SmsProvider = 'cm.fabrikam.gov',

    # Nom du service de la CMG que dessert le point de connexion.
    [string] $ServiceName = 'fabrikamcmg.usgovcloudapp.net',

    # FQDN du système de site qui reçoit le rôle.
    [string] $ConnectionPointServer = 'cmgcp.fabrikam.gov'
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
    $server = Get-CMSiteSystemServer -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode
    if (-not $server) {
        throw ('{0} n''est pas un système de site du site {1}. Ajoutez-le d''abord comme serveur de système de site.' -f $ConnectionPointServer, $SiteCode)
    }
    $gateway = Get-CMCloudManagementGateway -Name $ServiceName
    if (-not $gateway) {
        throw ('Aucune passerelle de gestion cloud nommée {0}. Exécutez d''abord New-CmgGateway.ps1 (étape 4).' -f $ServiceName)
    }
    $existing = Get-CMCloudManagementGatewayConnectionPoint -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode
    if ($existing) {
        Write-Host ('Déjà configuré : {0} héberge le rôle de point de connexion de la passerelle de gestion cloud.' -f $ConnectionPointServer)
        return
    }
    if ($PSCmdlet.ShouldProcess($ConnectionPointServer, 'Ajouter le rôle de point de connexion de la passerelle de gestion cloud')) {
        Add-CMCloudManagementGatewayConnectionPoint -CloudManagementGatewayName $ServiceName -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode | Out-Null
        Write-Host ('{0} héberge désormais le rôle de point de connexion de la passerelle de gestion cloud pour {1}. Surveillez SMS_Cloud_ProxyConnector.log sur ce serveur.' -f $ConnectionPointServer, $ServiceName)
    }
}
finally {
    Pop-Location
}
