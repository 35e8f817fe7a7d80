<#
.SYNOPSIS
Étape 2 : exporte les certificats des autorités de certification racine et intermédiaires du certificat client de cette machine.
.DESCRIPTION
Trouve le certificat d'authentification client dans LocalMachine\My, construit sa chaîne et écrit chaque certificat d'autorité de certification au-dessus de lui dans un fichier .cer DER nommé root-<empreinte>.cer ou intermediate-<empreinte>.cer. Exécutez-le sur un client joint au domaine ou sur le serveur du point de connexion.
Généré par cmg-setup. Chaque valeur ci-dessous est la valeur par défaut d'un paramètre : vérifiez-la,
et exécutez d'abord le script avec -WhatIf pour voir ce qui changerait.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # Dossier qui reçoit les fichiers .cer ; créé s'il n'existe pas.
    [string] $OutputFolder = '.\cmg-client-chain'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$clientAuthOid = '1.3.6.1.5.5.7.3.2'
$now = Get-Date
$candidates = @(Get-ChildItem -LiteralPath 'Cert:\LocalMachine\My' | Where-Object {
    $certificate = $_
    $usages = @($certificate.Extensions | Where-Object { $_ -is [System.Security.Cryptography.X509Certificates.X509EnhancedKeyUsageExtension] } | ForEach-Object { $_.EnhancedKeyUsages } | ForEach-Object { $_.Value })
    $certificate.HasPrivateKey -and $certificate.NotBefore -le $now -and $certificate.NotAfter -gt $now -and $usages -contains $clientAuthOid
})
if ($candidates.Count -eq 0) {
    throw 'Aucun certificat avec Authentification du client dans LocalMachine\My : inscrivez d''abord le certificat client.'
}
$clientCertificate = $candidates | Sort-Object -Property NotAfter -Descending | Select-Object -First 1
if ($candidates.Count -gt 1) {
    Write-Host ('{0} certificats d''authentification client trouvés ; utilisation de celui qui expire le plus tard.' -f $candidates.Count)
}
Write-Host ('Certificat client : {0}, empreinte {1}, expire le {2:yyyy-MM-dd}' -f $clientCertificate.Subject, $clientCertificate.Thumbprint, $clientCertificate.NotAfter)

$revocationOffline = @('RevocationStatusUnknown', 'OfflineRevocation')
$chain = [System.Security.Cryptography.X509Certificates.X509Chain]::new()
if (-not $chain.Build($clientCertificate)) {
    $problems = @($chain.ChainStatus | Where-Object { $revocationOffline -notcontains $_.Status.ToString() })
    if ($problems.Count -gt 0) {
        $statuses = ($problems | ForEach-Object { '{0} ({1})' -f $_.Status, $_.StatusInformation.Trim() }) -join '; '
        Write-Warning ('La chaîne ne s''est pas construite correctement : {0}. Exportation des certificats qu''elle contient.' -f $statuses)
    }
}
$elements = @($chain.ChainElements)
if ($elements.Count -lt 2) {
    Write-Warning 'La chaîne ne contient que le certificat client : installez sur cette machine les certificats des autorités de certification émettrices, puis relancez le script.'
}

$folder = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutputFolder)
if (-not (Test-Path -LiteralPath $folder -PathType Container)) {
    if ($PSCmdlet.ShouldProcess($folder, 'Créer le dossier de sortie')) {
        New-Item -ItemType Directory -Path $folder | Out-Null
    }
}
for ($index = 1; $index -lt $elements.Count; $index++) {
    $certificate = $elements[$index].Certificate
    if ($index -eq $elements.Count - 1 -and $certificate.Subject -eq $certificate.Issuer) {
        $kind = 'root'
    }
    else {
        $kind = 'intermediate'
    }
    $path = Join-Path -Path $folder -ChildPath ('{0}-{1}.cer' -f $kind, $certificate.Thumbprint)
    $bytes = $certificate.Export([System.Security.Cryptography.X509Certificates.X509ContentType]::Cert)
    Write-Host ('{0} : {1}, empreinte {2}, expire le {3:yyyy-MM-dd}, fichier {4}' -f $kind, $certificate.Subject, $certificate.Thumbprint, $certificate.NotAfter, $path)
    if ((Test-Path -LiteralPath $path -PathType Leaf) -and [System.Convert]::ToBase64String([System.IO.File]::ReadAllBytes($path)) -eq [System.Convert]::ToBase64String($bytes)) {
        Write-Host '    déjà exporté'
    }
    elseif ($PSCmdlet.ShouldProcess($path, ('Exporter le certificat {1} ({0})' -f $kind, $certificate.Subject))) {
        [System.IO.File]::WriteAllBytes($path, $bytes)
        Write-Host '    exporté'
    }
}
