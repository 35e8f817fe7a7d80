<#
.SYNOPSIS
Étape 7 : autorise les points de gestion et les points de mise à jour logicielle à accepter le trafic de la passerelle de gestion cloud.
.DESCRIPTION
Vérifie que chaque serveur héberge son rôle, puis définit -EnableCloudGateway sur chaque point de gestion et chaque point de mise à jour logicielle, et -AllowProxyTraffic sur les points de distribution qu'énumère l'article 1610, là où le trafic de la CMG n'est pas encore autorisé. Un point de gestion qui n'est pas encore en HTTPS passe en connexions client HTTPS (-EnableSsl $true) : il lui faut d'abord un certificat de serveur web PKI lié dans IIS, et les clients sans certificat client PKI, sans jeton Entra ni jeton d'inscription cessent de l'utiliser.
Généré par cmg-setup. Chaque valeur ci-dessous est la valeur par défaut d'un paramètre : vérifiez-la,
et exécutez d'abord le script avec -WhatIf pour voir ce qui changerait.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # Code du site principal (ou du site de niveau supérieur).
    [string] $SiteCode = 'FAB',

    # FQDN du fournisseur SMS.
    [string] $SmsProvider = 'cm.fabrikam.gov',

    # Points de gestion qui acceptent le trafic de la CMG.
    [string[]] $ManagementPoints = @('mp.fabrikam.gov'),

    # Points de mise à jour logicielle qui acceptent le trafic de la CMG.
    [string[]] $SoftwareUpdatePoints = @('sup.fabrikam.gov'),

    # Points de distribution (article 1610 uniquement).
    [string[]] $DistributionPoints = @('dp.fabrikam.gov')
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
    function Test-CmgSiteControlProperty($Item, [string] $Name, [string] $Field, $Expected) {
        @($Item.Props | Where-Object { $_.PropertyName -ceq $Name -and $_.$Field -eq $Expected }).Count -gt 0
    }
    $managementPointRoles = [ordered]@{}
    foreach ($server in $ManagementPoints) {
        $role = Get-CMManagementPoint -SiteSystemServerName $server -SiteCode $SiteCode
        if (-not $role) {
            throw ('{0} n''est pas un point de gestion du site {1}.' -f $server, $SiteCode)
        }
        $managementPointRoles[$server] = $role
    }
    $softwareUpdatePointRoles = [ordered]@{}
    foreach ($server in $SoftwareUpdatePoints) {
        $role = Get-CMSoftwareUpdatePoint -SiteSystemServerName $server -SiteCode $SiteCode
        if (-not $role) {
            throw ('{0} n''est pas un point de mise à jour logicielle du site {1}.' -f $server, $SiteCode)
        }
        $softwareUpdatePointRoles[$server] = $role
    }
    $distributionPointRoles = [ordered]@{}
    foreach ($server in $DistributionPoints) {
        $role = Get-CMDistributionPoint -SiteSystemServerName $server -SiteCode $SiteCode
        if (-not $role) {
            throw ('{0} n''est pas un point de distribution du site {1}.' -f $server, $SiteCode)
        }
        $distributionPointRoles[$server] = $role
    }
    foreach ($server in $managementPointRoles.Keys) {
        $role = $managementPointRoles[$server]
        if (($role.SslState -in 1, 3) -and (Test-CmgSiteControlProperty $role 'AllowProxyTraffic' 'Value' 1)) {
            Write-Host ('Déjà configuré : le point de gestion {0} accepte le trafic de la CMG.' -f $server)
        }
        elseif ($PSCmdlet.ShouldProcess($server, $(if ($role.SslState -in 1, 3) { 'Autoriser le trafic de la passerelle de gestion cloud sur le point de gestion' } else { 'Passer le point de gestion en connexions client HTTPS et autoriser le trafic de la passerelle de gestion cloud (les clients sans certificat client PKI, sans jeton Entra ni jeton d''inscription cessent de l''utiliser)' }))) {
            Set-CMManagementPoint -SiteSystemServerName $server -SiteCode $SiteCode -EnableSsl $true -EnableCloudGateway $true
            Write-Host ('{0} : le point de gestion accepte le trafic de la CMG.' -f $server)
        }
    }
    foreach ($server in $softwareUpdatePointRoles.Keys) {
        $role = $softwareUpdatePointRoles[$server]
        if (Test-CmgSiteControlProperty $role 'AllowProxyTraffic' 'Value' 1) {
            Write-Host ('Déjà configuré : le point de mise à jour logicielle {0} accepte le trafic de la CMG.' -f $server)
        }
        elseif ($PSCmdlet.ShouldProcess($server, 'Autoriser le trafic de la passerelle de gestion cloud sur le point de mise à jour logicielle')) {
            Set-CMSoftwareUpdatePoint -SiteSystemServerName $server -SiteCode $SiteCode -EnableCloudGateway $true
            Write-Host ('{0} : le point de mise à jour logicielle accepte le trafic de la CMG.' -f $server)
        }
    }
    foreach ($server in $distributionPointRoles.Keys) {
        $role = $distributionPointRoles[$server]
        if (Test-CmgSiteControlProperty $role 'AllowProxyTraffic' 'Value' 1) {
            Write-Host ('Déjà configuré : le point de distribution {0} accepte le trafic de la CMG.' -f $server)
        }
        elseif ($PSCmdlet.ShouldProcess($server, 'Autoriser le trafic de la passerelle de gestion cloud sur le point de distribution')) {
            Set-CMDistributionPoint -SiteSystemServerName $server -SiteCode $SiteCode -AllowProxyTraffic $true
            Write-Host ('{0} : le point de distribution accepte le trafic de la CMG.' -f $server)
        }
    }
}
finally {
    Pop-Location
}
