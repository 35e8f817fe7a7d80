# Export-PfxCertificate (PKI module), which pwsh on Linux does not have. Its syntax and behaviour
# from the cmdlet's page (MicrosoftDocs/windows-powershell-docs,
# docset/winserver2025-ps/pki/Export-PfxCertificate.md; the 2016, 2019 and 2022 pages have the same
# syntax):
#   Export-PfxCertificate [-NoProperties] [-NoClobber] [-Force] [-CryptoAlgorithmOption <CryptoAlgorithmOptions>]
#    [-ChainOption <ExportChainOption>] [-ProtectTo <String[]>] [-Password <SecureString>] [-FilePath] <String>
#    [-Cert] <Certificate> [-WhatIf] [-Confirm]                      (NormalCert; PfxCert takes -PFXData)
# - "By default, extended properties and the entire chain are exported."; -ChainOption BuildChain,
#   EndEntityCertOnly, PfxDataOnly (PfxDataOnly with -PFXData only);
# - -CryptoAlgorithmOption TripleDES_SHA1 or AES256_SHA256, "If this parameter is not specified, the
#   default is TripleDES_SHA1";
# - "Either the ProtectTo or this parameter [-Password] must be specified, or an error will be displayed.";
# - "By default, this cmdlet overwrites existing PFX files without warning, unless the Read-only or
#   hidden attribute is set or the NoClobber parameter is used"; -Force overwrites a read-only file;
#   NoClobber "takes precedence over the Force parameter";
# - -Cert: position 0, alias PsPath, a certificate or its Cert:\ path; -FilePath: position 1;
#   output: System.IO.FileInfo.
# Stand-in decisions: -ProtectTo and -PFXData are refused (they need a domain controller or
# Get-PfxData); the messages are the stand-in's; a key the store entry marks not exportable (the
# INF's Exportable = FALSE) cannot be exported; a relative -FilePath is taken from the PowerShell
# location, as for any cmdlet. The PFX written is a real PKCS #12 file (the key encrypted as asked,
# the certificate and, for BuildChain, its CA certificates) a test can open.
Set-StrictMode -Version Latest

function Stop-CMStandInPki($Cmdlet, [string] $Message, [string] $ErrorId, $Target, [System.Management.Automation.ErrorCategory] $Category = 'InvalidOperation') {
    $Cmdlet.ThrowTerminatingError((New-CMStandInError -Message $Message -Category $Category -ErrorId $ErrorId -Target $Target))
}

<#
.SYNOPSIS
The certificate -Cert names: a certificate object, or a Cert:\ path to one in the stand-in's stores.
#>
function Resolve-CMStandInPkiCertificate($Cmdlet, $Cert) {
    $value = if ($Cert -is [psobject]) { $Cert.psobject.BaseObject } else { $Cert }
    if ($value -is [System.Security.Cryptography.X509Certificates.X509Certificate2]) { return $value }
    $path = ConvertTo-CMStandInCertPath ([string]$value)
    $parts = if ($null -ne $path) { @($path.Split('\', [System.StringSplitOptions]::RemoveEmptyEntries)) } else { @() }
    if ($parts.Count -eq 3) {
        $found = @(Get-CMStandInStoreCertificates ($parts[0] + '\' + $parts[1]) | Where-Object { $_.Thumbprint -eq $parts[2] })
        if ($found.Count -gt 0) { return $found[0] }
    }
    Stop-CMStandInPki $Cmdlet "Cannot find the certificate '$value'." 'CertificateNotFound' $value 'ObjectNotFound'
}

function Export-PfxCertificate {
    [CmdletBinding(DefaultParameterSetName = 'NormalCert', SupportsShouldProcess = $true)]
    param(
        [Parameter(ParameterSetName = 'NormalCert', Mandatory = $true, Position = 0, ValueFromPipelineByPropertyName = $true)]
        [Alias('PsPath')]
        [object] $Cert,

        [Parameter(ParameterSetName = 'PfxCert', Mandatory = $true, Position = 0, ValueFromPipeline = $true)]
        [object] $PFXData,

        [Parameter(Mandatory = $true, Position = 1)]
        [string] $FilePath,

        [securestring] $Password,
        [string[]] $ProtectTo,

        [ValidateSet('BuildChain', 'EndEntityCertOnly', 'PfxDataOnly')]
        [string] $ChainOption,

        [ValidateSet('TripleDES_SHA1', 'AES256_SHA256')]
        [string] $CryptoAlgorithmOption,

        [switch] $NoProperties,
        [switch] $NoClobber,
        [switch] $Force
    )
    process {
        Sync-CMStandInCallerPreference $PSCmdlet $PSBoundParameters
        $call = Add-CMStandInCall -Command 'Export-PfxCertificate' -Kind environment -ParameterSet $PSCmdlet.ParameterSetName -Bound $PSBoundParameters
        $call.performed = $false
        if ($PSCmdlet.ParameterSetName -eq 'PfxCert') { Stop-CMStandInPki $PSCmdlet 'The stand-in exports certificates (-Cert), not PfxData.' 'StandInNoPfxData' $null 'NotImplemented' }
        if ($ProtectTo) { Stop-CMStandInPki $PSCmdlet 'The stand-in cannot protect a PFX to accounts (-ProtectTo needs a domain controller).' 'StandInNoProtectTo' $null 'NotImplemented' }
        if (-not $Password) { Stop-CMStandInPki $PSCmdlet 'Either -Password or -ProtectTo must be specified.' 'PasswordOrProtectToRequired' $null 'InvalidArgument' }
        if ($ChainOption -eq 'PfxDataOnly') { Stop-CMStandInPki $PSCmdlet 'PfxDataOnly is valid with -PFXData only.' 'InvalidChainOption' $ChainOption 'InvalidArgument' }
        $certificate = Resolve-CMStandInPkiCertificate $PSCmdlet $Cert
        if (-not $certificate.HasPrivateKey) { Stop-CMStandInPki $PSCmdlet "The certificate $($certificate.Thumbprint) has no private key to export." 'NoPrivateKey' $certificate }
        $entry = Find-CMStandInStoreEntry 'LocalMachine\My' $certificate.Thumbprint
        if ($null -ne $entry -and $entry.Contains('exportable') -and -not [bool]$entry.exportable) { Stop-CMStandInPki $PSCmdlet 'Cannot export non-exportable private key.' 'NonExportableKey' $certificate }

        $path = $PSCmdlet.GetUnresolvedProviderPathFromPSPath($FilePath)
        if ([System.IO.File]::Exists($path)) {
            if ($NoClobber) { Stop-CMStandInPki $PSCmdlet "The file '$path' already exists (-NoClobber)." 'FileExists' $path 'ResourceExists' }
            $attributes = [System.IO.File]::GetAttributes($path)
            if (($attributes -band [System.IO.FileAttributes]::ReadOnly) -and -not $Force) { Stop-CMStandInPki $PSCmdlet "The file '$path' is read-only: -Force overwrites it." 'FileReadOnly' $path 'PermissionDenied' }
        }
        if (-not $PSCmdlet.ShouldProcess($path, 'Export-PfxCertificate')) { return }

        $collection = [System.Security.Cryptography.X509Certificates.X509Certificate2Collection]::new()
        [void]$collection.Add($certificate)
        if ($ChainOption -ne 'EndEntityCertOnly') {
            # BuildChain, the default: the CA certificates X509Chain finds (the seed's Root and CA stores).
            $chain = [System.Security.Cryptography.X509Certificates.X509Chain]::new()
            $chain.ChainPolicy.RevocationMode = [System.Security.Cryptography.X509Certificates.X509RevocationMode]::NoCheck
            [void]$chain.Build($certificate)
            foreach ($element in @($chain.ChainElements | Select-Object -Skip 1)) { [void]$collection.Add($element.Certificate) }
        }
        $pbe = if ($CryptoAlgorithmOption -eq 'AES256_SHA256') { [System.Security.Cryptography.X509Certificates.Pkcs12ExportPbeParameters]::Pbes2Aes256Sha256 } else { [System.Security.Cryptography.X509Certificates.Pkcs12ExportPbeParameters]::Pkcs12TripleDesSha1 }
        $bytes = $collection.ExportPkcs12($pbe, [System.Net.NetworkCredential]::new('', $Password).Password)
        if ([System.IO.File]::Exists($path)) { [System.IO.File]::SetAttributes($path, [System.IO.FileAttributes]::Normal) }
        [System.IO.File]::WriteAllBytes($path, $bytes)
        $call.performed = $true
        [System.IO.FileInfo]::new($path)
    }
}
