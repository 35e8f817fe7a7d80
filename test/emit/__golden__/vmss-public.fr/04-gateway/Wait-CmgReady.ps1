<#
.SYNOPSIS
Étape 4 sur 8 : attend que la passerelle de gestion cloud indique l'état Prêt (Ready).
.DESCRIPTION
Lit la CMG avec Get-CMCloudManagementGateway toutes les PollSeconds secondes et affiche son état ; ne modifie rien.
Généré par cmg-setup. Chaque valeur ci-dessous est la valeur par défaut d'un paramètre : vérifiez-la,
et exécutez d'abord le script avec -WhatIf pour voir ce qui changerait.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # Code du site principal (ou du site de niveau supérieur).
    [string] $SiteCode = 'P01',

    # FQDN du fournisseur SMS.
    [string] $SmsProvider = 'cm01.contoso.com',

    # Nom du service CMG.
    [string] $ServiceName = 'contosocmg.contoso.com',

    # Abandonner au bout de ce nombre de minutes.
    [int] $TimeoutMinutes = 60,

    # Secondes entre deux vérifications.
    [int] $PollSeconds = 60
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
    $deadline = (Get-Date).AddMinutes($TimeoutMinutes)
    while ($true) {
        $gateway = Get-CMCloudManagementGateway -Name $ServiceName
        if (-not $gateway) {
            throw ('Aucune passerelle de gestion cloud nommée {0}. Exécutez d''abord New-CmgGateway.ps1.' -f $ServiceName)
        }
        Write-Host ('{0} : état {1} {2}' -f (Get-Date -Format 'HH:mm:ss'), $gateway.State, $gateway.StatusDetails)
        if ($gateway.State -eq 0) {
            Write-Host ('La passerelle de gestion cloud {0} est prête.' -f $ServiceName)
            break
        }
        if ((Get-Date) -ge $deadline) {
            throw ('La passerelle de gestion cloud {0} n''est toujours pas prête au bout de {1} minutes. Consultez CloudMgr.log et CMGSetup.log sur le serveur de site.' -f $ServiceName, $TimeoutMinutes)
        }
        Start-Sleep -Seconds $PollSeconds
    }
}
finally {
    Pop-Location
}
