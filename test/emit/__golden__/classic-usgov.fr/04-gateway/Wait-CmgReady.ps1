<#
.SYNOPSIS
Étape 4 : attend que la passerelle de gestion cloud indique l'état Prêt (Ready).
.DESCRIPTION
Lit la CMG avec Get-CMCloudManagementGateway toutes les PollSeconds secondes et affiche son état ; ne modifie rien. S'arrête aussitôt sur un état qui ne deviendra pas Prêt (arrêt en cours, arrêtée, suppression en cours) ou que sa table ne connaît pas : les numéros d'état viennent d'une table communautaire, Microsoft n'en documente aucun.
Généré par cmg-setup. Chaque valeur ci-dessous est la valeur par défaut d'un paramètre : vérifiez-la,
et exécutez d'abord le script avec -WhatIf pour voir ce qui changerait.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # Code du site principal (ou du site de niveau supérieur).
    [string] $SiteCode = 'FAB',

    # FQDN du fournisseur SMS.
    [string] $SmsProvider = 'cm.fabrikam.gov',

    # Nom du service CMG.
    [string] $ServiceName = 'fabrikamcmg.usgovcloudapp.net',

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
    function Find-CmgGateway([string] $ServiceName) {
        $found = @(Get-CMCloudManagementGateway | Where-Object { [string]::Equals([string]$_.ServiceCName, $ServiceName, [System.StringComparison]::OrdinalIgnoreCase) })
        if ($found.Count -gt 1) {
            throw ('Plusieurs passerelles de gestion cloud portent le nom de service {0} ({1} trouvées) : le script ne choisit pas. Vérifiez Administration > Services cloud > Passerelle de gestion cloud.' -f $ServiceName, $found.Count)
        }
        if ($found.Count -eq 1) { return $found[0] }
        return $null
    }
    $gatewayStates = @{
        0 = @{ Outcome = 'ready'; Label = 'En cours d''exécution' }
        1 = @{ Outcome = 'wait'; Label = 'Approvisionnement' }
        4 = @{ Outcome = 'wait'; Label = 'Démarrage du déploiement' }
        5 = @{ Outcome = 'stop'; Label = 'Arrêt en cours' }
        6 = @{ Outcome = 'stop'; Label = 'Arrêtée' }
        99 = @{ Outcome = 'stop'; Label = 'Suppression en cours' }
    }
    $deadline = (Get-Date).AddMinutes($TimeoutMinutes)
    while ($true) {
        $gateway = Find-CmgGateway -ServiceName $ServiceName
        if (-not $gateway) {
            throw ('Aucune passerelle de gestion cloud nommée {0}. Exécutez d''abord New-CmgGateway.ps1.' -f $ServiceName)
        }
        $state = [int]$gateway.State
        $known = $gatewayStates.ContainsKey($state)
        if ($known) {
            $label = $gatewayStates[$state].Label
        }
        else {
            $label = 'absent de la table'
        }
        Write-Host ('{0} : état {1} ({2}), détails {3}' -f (Get-Date -Format 'HH:mm:ss'), $state, $label, $gateway.StatusDetails)
        if (-not $known) {
            throw ('La passerelle de gestion cloud {0} indique l''état {1} (détails {2}), que la table communautaire sur laquelle repose ce script ne contient pas (Microsoft ne documente aucune valeur d''état). Ce peut être une erreur ou un état intermédiaire : le script ne peut pas le dire, il s''arrête donc plutôt que de l''attendre. Consultez la colonne État dans Administration > Services cloud > Passerelle de gestion cloud, ainsi que CloudMgr.log et CMGSetup.log sur le serveur de site ; si le déploiement est toujours en cours, relancez ce script.' -f $ServiceName, $state, $gateway.StatusDetails)
        }
        if ($gatewayStates[$state].Outcome -eq 'ready') {
            Write-Host ('La passerelle de gestion cloud {0} est prête.' -f $ServiceName)
            break
        }
        if ($gatewayStates[$state].Outcome -eq 'stop') {
            throw ('La passerelle de gestion cloud {0} est dans l''état {1} (état {2}, détails {3}) : elle ne deviendra pas prête en attendant. Les numéros d''état viennent d''une table communautaire (Microsoft n''en documente aucun). Consultez la colonne État dans Administration > Services cloud > Passerelle de gestion cloud, ainsi que CloudMgr.log et CMGSetup.log sur le serveur de site.' -f $ServiceName, $label, $state, $gateway.StatusDetails)
        }
        if ((Get-Date) -ge $deadline) {
            throw ('La passerelle de gestion cloud {0} n''est toujours pas prête au bout de {1} minutes : son dernier état est {2} ({3}), détails {4}. Consultez CloudMgr.log et CMGSetup.log sur le serveur de site.' -f $ServiceName, $TimeoutMinutes, $state, $label, $gateway.StatusDetails)
        }
        Start-Sleep -Seconds $PollSeconds
    }
}
finally {
    Pop-Location
}
