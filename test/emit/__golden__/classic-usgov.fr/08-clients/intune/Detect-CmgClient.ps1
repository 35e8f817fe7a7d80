<#
.SYNOPSIS
Étape 8 : script de détection de la correction Intune pour les paramètres CMG du client.
.DESCRIPTION
Se termine avec le code 1, en listant ce qui diffère, lorsque le client Configuration Manager a besoin des paramètres CMG ; se termine avec le code 0 lorsqu'il les a ou que l'appareil n'a pas de client Configuration Manager. Paramètres du package : Exécuter ce script avec les informations d'identification de l'utilisateur connecté Non ; Appliquer la vérification de la signature du script Non ; Exécuter le script dans PowerShell 64 bits Oui.
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
    Write-Output 'Aucun client Configuration Manager sur cet appareil : rien à faire.'
    exit 0
}
$needed = @()
$current = Get-ItemProperty -LiteralPath $securityKey -Name 'ClientAlwaysOnInternet' -ErrorAction SilentlyContinue
if (-not ($null -eq $current)) {
    $needed += 'ClientAlwaysOnInternet'
}
if ($needed.Count -eq 0) {
    Write-Output 'Compliant'
    exit 0
}
Write-Output ('NonCompliant: {0}' -f ($needed -join ', '))
exit 1
