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
    # Nom du service CMG : le point de gestion Internet que le client doit trouver, et l'hôte que désigne CMGFQDNs.
    [string] $ServiceName = 'contosocmg.contoso.com'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if ([System.Environment]::Is64BitOperatingSystem -and -not [System.Environment]::Is64BitProcess) {
    throw 'Exécutez ce script dans PowerShell 64 bits : un PowerShell 32 bits voit la copie WOW6432Node de HKLM\SOFTWARE, pas les paramètres du client.'
}
$securityKey = 'HKLM:\SOFTWARE\Microsoft\CCM\Security'
$ccmKey = 'HKLM:\SOFTWARE\Microsoft\CCM'
if (-not ((Test-Path -LiteralPath $securityKey) -and $null -ne (Get-Service -Name 'CcmExec' -ErrorAction SilentlyContinue))) {
    Write-Output 'Aucun client Configuration Manager sur cet appareil : rien à faire.'
    exit 0
}
$needed = @()
$current = Get-ItemProperty -LiteralPath $securityKey -Name 'ClientAlwaysOnInternet' -ErrorAction SilentlyContinue
if (-not ($null -ne $current -and $current.ClientAlwaysOnInternet -is [int] -and $current.ClientAlwaysOnInternet -eq 1)) {
    $needed += 'ClientAlwaysOnInternet'
}
$current = Get-ItemProperty -LiteralPath $ccmKey -Name 'CMGFQDNs' -ErrorAction SilentlyContinue
$internetMps = @(Get-CimInstance -Namespace 'root\ccm\LocationServices' -ClassName 'SMS_ActiveMPCandidate' -ErrorAction SilentlyContinue | Where-Object { $_.Type -eq 'Internet' })
if (-not ($internetMps.Count -gt 0 -or ($null -ne $current -and $current.CMGFQDNs -is [string] -and $current.CMGFQDNs.Trim().Length -gt 0))) {
    $needed += 'CMGFQDNs'
}
if ($needed.Count -eq 0) {
    Write-Output 'Compliant'
    exit 0
}
Write-Output ('NonCompliant: {0}' -f ($needed -join ', '))
exit 1
