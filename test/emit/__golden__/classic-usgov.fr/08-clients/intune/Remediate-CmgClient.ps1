<#
.SYNOPSIS
Étape 8 : script de correction Intune pour les paramètres CMG du client.
.DESCRIPTION
Définit les paramètres CMG du client que le script de détection a trouvés différents, puis redémarre l'hôte de l'agent SMS (CcmExec) pour que le client les applique. Paramètres du package : Exécuter ce script avec les informations d'identification de l'utilisateur connecté Non ; Appliquer la vérification de la signature du script Non ; Exécuter le script dans PowerShell 64 bits Oui.
Généré par cmg-setup. Chaque valeur ci-dessous est la valeur par défaut d'un paramètre : vérifiez-la,
et exécutez d'abord le script avec -WhatIf pour voir ce qui changerait.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # Nom du service CMG : le point de gestion Internet que le client doit trouver.
    [string] $ServiceName = 'fabrikamcmg.usgovcloudapp.net'
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
if ($null -eq $current) {
    Write-Output 'Déjà configuré : ClientAlwaysOnInternet est absent.'
}
else {
    $changed = $true
    if ($PSCmdlet.ShouldProcess($securityKey, 'Supprimer ClientAlwaysOnInternet')) {
        Remove-ItemProperty -LiteralPath $securityKey -Name 'ClientAlwaysOnInternet'
        Write-Output 'ClientAlwaysOnInternet supprimé.'
    }
}
if ($changed -and $PSCmdlet.ShouldProcess('CcmExec', 'Redémarrer l''hôte de l''agent SMS pour que le client applique ses nouveaux paramètres')) {
    Restart-Service -Name 'CcmExec'
    Write-Output 'Hôte de l''agent SMS (CcmExec) redémarré.'
}
