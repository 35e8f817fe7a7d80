<#
.SYNOPSIS
Étape 8 : script de correction de l'élément de configuration pour les paramètres CMG du client.
.DESCRIPTION
Définit les paramètres CMG du client là où le script de découverte les a trouvés différents. Il laisse l'hôte de l'agent SMS en cours d'exécution : le client les applique à son prochain démarrage. Collez-le dans un élément de configuration (Ordinateurs de bureau et serveurs Windows (personnalisé), type de paramètre Script, type de données Chaîne) ; la règle de compatibilité est : valeur Égal à Compliant, corriger les règles non compatibles.
Généré par cmg-setup. Chaque valeur ci-dessous est la valeur par défaut d'un paramètre : vérifiez-la,
et exécutez d'abord le script avec -WhatIf pour voir ce qui changerait.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # Nom du service CMG : le point de gestion Internet que le client doit trouver.
    [string] $ServiceName = 'contosocmg.contoso.com'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if ([System.Environment]::Is64BitOperatingSystem -and -not [System.Environment]::Is64BitProcess) {
    throw 'Exécutez ce script dans PowerShell 64 bits : un PowerShell 32 bits voit la copie WOW6432Node de HKLM\SOFTWARE, pas les paramètres du client.'
}
$securityKey = 'HKLM:\SOFTWARE\Microsoft\CCM\Security'
if (-not ((Test-Path -LiteralPath $securityKey) -and $null -ne (Get-Service -Name 'CcmExec' -ErrorAction SilentlyContinue))) {
    throw 'Aucun client Configuration Manager sur cette machine : HKLM:\SOFTWARE\Microsoft\CCM\Security ou le service hôte de l''agent SMS (CcmExec) est absent. Rien n''a été modifié.'
}
$changed = $false
$current = Get-ItemProperty -LiteralPath $securityKey -Name 'ClientAlwaysOnInternet' -ErrorAction SilentlyContinue
if ($null -ne $current -and $current.ClientAlwaysOnInternet -is [int] -and $current.ClientAlwaysOnInternet -eq 1) {
    Write-Output 'Déjà configuré : ClientAlwaysOnInternet vaut 1.'
}
else {
    $changed = $true
    if ($PSCmdlet.ShouldProcess($securityKey, 'Définir ClientAlwaysOnInternet = 1 (DWORD)')) {
        New-ItemProperty -LiteralPath $securityKey -Name 'ClientAlwaysOnInternet' -PropertyType DWord -Value 1 -Force | Out-Null
        Write-Output 'ClientAlwaysOnInternet défini à 1.'
    }
}
if (-not $changed) {
    Write-Output 'Rien à modifier.'
}
