# The Cert: drive, for the scripts that look for a certificate in LocalMachine\My. pwsh on Linux
# has no certificate provider, so Get-ChildItem on a Cert:\ path is the stand-in's: it lists the
# certificates the seed puts in that store (loaded from their files, with the private key for a
# .pfx). The seed's LocalMachine\Root and LocalMachine\CA certificates are put by the harness in
# .NET's CurrentUser Root and CA stores of the batch's private HOME, the stores X509Chain reads on
# Linux, so that a script's own chain building finds them (LocalMachine stores are read-only there).
# LocalMachine\REQUEST holds certreq's pending requests (certreq.ps1); an entry may be a pkcs12
# (base64) that a run put there. Export-PfxCertificate is pki.ps1.
# Left for later: Cert:\ with Test-Path, Get-Item and Remove-Item (no generated script uses them).
Set-StrictMode -Version Latest

function ConvertTo-CMStandInCertPath([AllowNull()] [string] $Path) {
    if ($null -eq $Path) { return $null }
    $match = [regex]::Match($Path, '^(?:Cert:|(?:Microsoft\.PowerShell\.Security\\)?Certificate::)\\*(?<rest>.*)$', 'IgnoreCase')
    if (-not $match.Success) { return $null }
    return ($match.Groups['rest'].Value -replace '[\\/]+', '\').TrimEnd('\')
}

function Test-CMStandInCertCall([System.Collections.IDictionary] $Bound) {
    $paths = @(if ($Bound.ContainsKey('LiteralPath')) { $Bound.LiteralPath } elseif ($Bound.ContainsKey('Path')) { $Bound.Path })
    return $paths.Count -gt 0 -and $null -ne (ConvertTo-CMStandInCertPath $paths[0])
}

<#
.SYNOPSIS
The certificates of a store ('LocalMachine\My'), loaded once per run from the files the seed names.
#>
function Get-CMStandInStoreCertificates([string] $Store) {
    $session = Get-CMStandInSession
    if (-not $session.Contains('CertificateCache')) { $session.CertificateCache = @{} }
    $state = Get-CMStandInState
    $key = @($state.certificates.Keys | Where-Object { [string]::Equals($_, $Store, 'OrdinalIgnoreCase') }) | Select-Object -First 1
    if ($null -eq $key) { return @() }
    if (-not $session.CertificateCache.ContainsKey($key)) {
        $session.CertificateCache[$key] = @(foreach ($entry in $state.certificates[$key]) { ConvertTo-CMStandInCertificate $entry })
    }
    return $session.CertificateCache[$key]
}

<#
.SYNOPSIS
Forgets the certificates loaded this run: a store changed (certreq -new, -accept).
#>
function Reset-CMStandInStoreCache {
    $session = Get-CMStandInSession
    if ($session.Contains('CertificateCache')) { $session.CertificateCache.Clear() }
}

<#
.SYNOPSIS
The store entry a loaded certificate came from (by thumbprint), or $null: what the stand-in knows of its key (exportable).
#>
function Find-CMStandInStoreEntry([string] $Store, [string] $Thumbprint) {
    $state = Get-CMStandInState
    foreach ($key in $state.certificates.Keys) {
        if (-not [string]::Equals($key, $Store, 'OrdinalIgnoreCase')) { continue }
        foreach ($entry in $state.certificates[$key]) {
            if ((ConvertTo-CMStandInCertificate $entry).Thumbprint -eq $Thumbprint) { return $entry }
        }
    }
    return $null
}

function ConvertTo-CMStandInCertificate($Entry) {
    # EphemeralKeySet: the key stays in memory, nothing is written to the batch's HOME.
    $flags = [System.Security.Cryptography.X509Certificates.X509KeyStorageFlags]'EphemeralKeySet, Exportable'
    if ($Entry.Contains('pfx')) {
        return [System.Security.Cryptography.X509Certificates.X509CertificateLoader]::LoadPkcs12FromFile([string]$Entry.pfx, [string]$Entry.password, $flags)
    }
    if ($Entry.Contains('pkcs12')) {
        return [System.Security.Cryptography.X509Certificates.X509CertificateLoader]::LoadPkcs12([System.Convert]::FromBase64String([string]$Entry.pkcs12), [string]$Entry.password, $flags)
    }
    return [System.Security.Cryptography.X509Certificates.X509CertificateLoader]::LoadCertificateFromFile([string]$Entry.cer)
}

function Invoke-CMStandInCertChildItem {
    param([System.Collections.IDictionary] $Bound, [System.Management.Automation.PSCmdlet] $Cmdlet)
    [void](Add-CMStandInCall -Command 'Get-ChildItem' -Kind environment -ParameterSet $Cmdlet.ParameterSetName -Bound $Bound)
    $paths = @(if ($Bound.ContainsKey('LiteralPath')) { $Bound.LiteralPath } else { $Bound.Path })
    foreach ($path in $paths) {
        $parts = @((ConvertTo-CMStandInCertPath $path).Split('\', [System.StringSplitOptions]::RemoveEmptyEntries))
        if ($parts.Count -ne 2 -and $parts.Count -ne 3) {
            $Cmdlet.WriteError((New-CMStandInError -Message "The stand-in's Cert: drive lists a store (Cert:\LocalMachine\My) or one certificate in it, not '$path'." -Category NotImplemented -ErrorId 'StandInCertPath' -Target $path))
            continue
        }
        $certificates = Get-CMStandInStoreCertificates ($parts[0] + '\' + $parts[1])
        if ($parts.Count -eq 3) { $certificates = @($certificates | Where-Object { $_.Thumbprint -eq $parts[2] }) }
        foreach ($certificate in $certificates) { $certificate }
    }
}
