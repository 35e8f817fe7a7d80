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
$cmgUrl = 'https://' + $ServiceName
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
$current = Get-ItemProperty -LiteralPath $ccmKey -Name 'CMGFQDNs' -ErrorAction SilentlyContinue
$internetMps = @(Get-CimInstance -Namespace 'root\ccm\LocationServices' -ClassName 'SMS_ActiveMPCandidate' -ErrorAction SilentlyContinue | Where-Object { $_.Type -eq 'Internet' })
if ($internetMps.Count -gt 0 -or ($null -ne $current -and $current.CMGFQDNs -is [string] -and $current.CMGFQDNs.Trim().Length -gt 0)) {
    Write-Output $(if ($internetMps.Count -gt 0) { 'Le client connaît un point de gestion Internet : CMGFQDNs n''est pas nécessaire, laissé tel quel.' } else { ('CMGFQDNs est défini ({0}) : laissé tel quel, le client le tient à jour dès qu''il connaît une CMG.' -f $current.CMGFQDNs) })
}
else {
    $changed = $true
    if ($PSCmdlet.ShouldProcess($ccmKey, ('Créer CMGFQDNs = {0} (REG_SZ)' -f $cmgUrl))) {
        New-ItemProperty -LiteralPath $ccmKey -Name 'CMGFQDNs' -PropertyType String -Value $cmgUrl -Force | Out-Null
        Write-Output ('CMGFQDNs défini à {0}.' -f $cmgUrl)
    }
}
if ($changed -and $PSCmdlet.ShouldProcess('CcmExec', 'Redémarrer l''hôte de l''agent SMS pour que le client applique ses nouveaux paramètres')) {
    Restart-Service -Name 'CcmExec'
    Write-Output 'Hôte de l''agent SMS (CcmExec) redémarré.'
}
