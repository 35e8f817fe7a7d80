<#
.SYNOPSIS
Étape 7 : autorise les points de gestion et les points de mise à jour logicielle à accepter le trafic de la passerelle de gestion cloud.
.DESCRIPTION
Vérifie que chaque serveur héberge son rôle, puis définit -EnableCloudGateway sur chaque point de gestion et chaque point de mise à jour logicielle qui n'accepte pas encore le trafic de la CMG. Les points de gestion restent en HTTP : l'option HTTP amélioré du site (Set-CmgSiteSettings.ps1, étape 5) sécurise leur trafic CMG, et le script ne passe jamais -EnableSsl.
Généré par cmg-setup. Chaque valeur ci-dessous est la valeur par défaut d'un paramètre : vérifiez-la,
et exécutez d'abord le script avec -WhatIf pour voir ce qui changerait.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # Code du site principal (ou du site de niveau supérieur).
    [string] $SiteCode = 'P02',

    # FQDN du fournisseur SMS.
    [string] $SmsProvider = 'cm02.contoso.com',

    # Points de gestion qui acceptent le trafic de la CMG.
    [string[]] $ManagementPoints = @('mp03.contoso.com'),

    # Points de mise à jour logicielle qui acceptent le trafic de la CMG.
    [string[]] $SoftwareUpdatePoints = @()
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
    foreach ($server in $managementPointRoles.Keys) {
        $role = $managementPointRoles[$server]
        if ((Test-CmgSiteControlProperty $role 'AllowProxyTraffic' 'Value' 1)) {
            Write-Host ('Déjà configuré : le point de gestion {0} accepte le trafic de la CMG.' -f $server)
        }
        elseif ($PSCmdlet.ShouldProcess($server, 'Autoriser le trafic de la passerelle de gestion cloud sur le point de gestion')) {
            try {
                Set-CMManagementPoint -SiteSystemServerName $server -SiteCode $SiteCode -EnableCloudGateway $true
            }
            catch {
                throw ('Set-CMManagementPoint a refusé le trafic de la CMG sur le point de gestion HTTP {0} : {1} Depuis la 1902, l''applet de commande bloque -EnableCloudGateway sans SSL, et la documentation ne dit pas si elle l''accepte avec HTTP amélioré. Vérifiez que Set-CmgSiteSettings.ps1 (étape 5) a activé HTTP amélioré, puis cochez Autoriser le trafic de la passerelle de gestion cloud Configuration Manager dans les propriétés du point de gestion (Administration > Configuration du site > Serveurs et rôles de système de site), ou générez de nouveau le script avec --management-point-security https.' -f $server, $_.Exception.Message)
            }
            $role = Get-CMManagementPoint -SiteSystemServerName $server -SiteCode $SiteCode
            if (@($role.Props | Where-Object { $_.PropertyName -ceq 'AllowProxyTraffic' }).Count -eq 0) {
                Write-Warning ('Set-CMManagementPoint s''est terminé sans erreur pour {0}, mais le point de gestion n''a pas de propriété AllowProxyTraffic à relire : vérifiez dans ses propriétés (Administration > Configuration du site > Serveurs et rôles de système de site) que Autoriser le trafic de la passerelle de gestion cloud Configuration Manager est coché.' -f $server)
            }
            elseif (-not (Test-CmgSiteControlProperty $role 'AllowProxyTraffic' 'Value' 1)) {
                throw ('Set-CMManagementPoint a refusé le trafic de la CMG sur le point de gestion HTTP {0} : {1} Depuis la 1902, l''applet de commande bloque -EnableCloudGateway sans SSL, et la documentation ne dit pas si elle l''accepte avec HTTP amélioré. Vérifiez que Set-CmgSiteSettings.ps1 (étape 5) a activé HTTP amélioré, puis cochez Autoriser le trafic de la passerelle de gestion cloud Configuration Manager dans les propriétés du point de gestion (Administration > Configuration du site > Serveurs et rôles de système de site), ou générez de nouveau le script avec --management-point-security https.' -f $server, 'L''appel s''est terminé sans erreur, mais relu, le point de gestion n''autorise toujours pas le trafic de la CMG (sa propriété AllowProxyTraffic ne vaut pas 1).')
            }
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
}
finally {
    Pop-Location
}
