<#
.SYNOPSIS
Étape 8 : dirige ce client Configuration Manager vers la passerelle de gestion cloud.
.DESCRIPTION
Idempotent : définit ClientAlwaysOnInternet = 1 (DWORD) et crée CMGFQDNs (REG_SZ) avec l'URL de la CMG sur un client qui ne connaît aucun point de gestion Internet et n'a pas de CMGFQDNs (l'amorçage hors site ; une valeur déjà présente n'est jamais réécrite : le client la tient à jour), en ne touchant qu'à ce qui diffère ; redémarre l'hôte de l'agent SMS (CcmExec) uniquement s'il a modifié quelque chose, puis vérifie que le client répertorie un point de gestion Internet qui porte le nom de la CMG. Exécutez-le en tant qu'administrateur, dans PowerShell 64 bits, sur un client.
Généré par cmg-setup. Chaque valeur ci-dessous est la valeur par défaut d'un paramètre : vérifiez-la,
et exécutez d'abord le script avec -WhatIf pour voir ce qui changerait.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # Nom du service CMG : le point de gestion Internet que le client doit trouver, et l'hôte que désigne CMGFQDNs.
    [string] $ServiceName = 'contosocmg.contoso.com',

    # Durée d'attente, après un redémarrage, pour que le client répertorie la CMG comme point de gestion Internet.
    [int] $WaitSeconds = 120
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
    Write-Host 'Déjà configuré : ClientAlwaysOnInternet vaut 1.'
}
else {
    $changed = $true
    if ($PSCmdlet.ShouldProcess($securityKey, 'Définir ClientAlwaysOnInternet = 1 (DWORD)')) {
        New-ItemProperty -LiteralPath $securityKey -Name 'ClientAlwaysOnInternet' -PropertyType DWord -Value 1 -Force | Out-Null
        Write-Host 'ClientAlwaysOnInternet défini à 1.'
    }
}
$current = Get-ItemProperty -LiteralPath $ccmKey -Name 'CMGFQDNs' -ErrorAction SilentlyContinue
$internetMps = @(Get-CimInstance -Namespace 'root\ccm\LocationServices' -ClassName 'SMS_ActiveMPCandidate' -ErrorAction SilentlyContinue | Where-Object { $_.Type -eq 'Internet' })
if ($internetMps.Count -gt 0 -or ($null -ne $current -and $current.CMGFQDNs -is [string] -and $current.CMGFQDNs.Trim().Length -gt 0)) {
    Write-Host $(if ($internetMps.Count -gt 0) { 'Le client connaît un point de gestion Internet : CMGFQDNs n''est pas nécessaire, laissé tel quel.' } else { ('CMGFQDNs est défini ({0}) : laissé tel quel, le client le tient à jour dès qu''il connaît une CMG.' -f $current.CMGFQDNs) })
}
else {
    $changed = $true
    if ($PSCmdlet.ShouldProcess($ccmKey, ('Créer CMGFQDNs = {0} (REG_SZ)' -f $cmgUrl))) {
        New-ItemProperty -LiteralPath $ccmKey -Name 'CMGFQDNs' -PropertyType String -Value $cmgUrl -Force | Out-Null
        Write-Host ('CMGFQDNs défini à {0}.' -f $cmgUrl)
    }
}
$restarted = $false
if (-not $changed) {
    Write-Host 'Rien à modifier : l''hôte de l''agent SMS (CcmExec) n''est pas redémarré.'
}
elseif ($PSCmdlet.ShouldProcess('CcmExec', 'Redémarrer l''hôte de l''agent SMS pour que le client lise ses paramètres et recherche ses points de gestion')) {
    Restart-Service -Name 'CcmExec'
    $restarted = $true
}
$deadline = (Get-Date).AddSeconds($WaitSeconds)
do {
    if ($restarted) {
        Start-Sleep -Seconds 10
    }
    $internet = @(Get-CimInstance -Namespace 'root\ccm\LocationServices' -ClassName 'SMS_ActiveMPCandidate' -ErrorAction SilentlyContinue | Where-Object { $_.Type -eq 'Internet' })
    $cmg = @($internet | Where-Object { $null -ne $_.MP -and $_.MP.StartsWith($ServiceName + '/', [System.StringComparison]::OrdinalIgnoreCase) })
} while ($restarted -and $cmg.Count -eq 0 -and (Get-Date) -lt $deadline)
foreach ($candidate in $internet) {
    Write-Host ('Point de gestion Internet : {0}' -f $candidate.MP)
}
if ($cmg.Count -gt 0) {
    Write-Host ('Le client connaît la CMG : {0}' -f $cmg[0].MP)
}
else {
    Write-Warning ('Aucun point de gestion Internet ne porte encore le nom de {0}. Consultez LocationServices.log et ClientLocation.log, et vérifiez que les paramètres client autorisent la CMG.' -f $ServiceName)
}
