# The certification authorities certreq -submit and -retrieve reach: the seed's
# certificationAuthorities, each { config: "CAHostName\CAName", certificate: { pfx, password } (the
# CA certificate with its key), enterprise, templates, disposition, approvePending, validityDays,
# issuedSubject }, and the requests
# each received (requests[], in the state, so a test sees what arrived).
#
# What a CA decides, from Microsoft's documentation:
# - MS-WCCE 3.1.2.4.2.3 ("Encoding Certificate Template Identifier in the Request"): a client names
#   the template by an Enrollment-Name-Value pair (szOID_ENROLLMENT_NAME_VALUE_PAIR,
#   1.3.6.1.4.1.311.13.2.1, name "CertificateTemplate") or in the request attributes (certreq's
#   -attrib "CertificateTemplate:<name>").
# - An enterprise CA denies a request that names no template, CERTSRV_E_NO_CERT_TYPE 0x80094801
#   "The request contains no certificate template information.", and one for a template it does
#   not publish, CERTSRV_E_UNSUPPORTED_CERT_TYPE 0x80094800 "The requested certificate template is
#   not supported by this CA." (winerror.h; the AD CS policy module sample checks the first); a
#   standalone CA takes no template. CERTSRV_E_ADMIN_DENIED_REQUEST 0x80094014 "The request was
#   denied by a certificate manager or CA administrator."
# - MS-CSRA 3.2.4.1.3: dispositions issued (3), denied (2), under submission (5, pending).
# Stand-in decisions (undocumented): certreq's exit code is the HRESULT of a denial and 0 for an
# issued or pending request; an issued certificate takes the request's subject and extensions,
# plus key identifiers, valid from the stand-in's clock for validityDays (default 730); issuedSubject
# stands for a template whose subject is built from Active Directory ("Build from this Active
# Directory information" on the template's Subject Name tab) rather than supplied in the request.
Set-StrictMode -Version Latest

$script:X509 = 'System.Security.Cryptography.X509Certificates'
$script:NameValuePairOid = '1.3.6.1.4.1.311.13.2.1'

<#
.SYNOPSIS
The seeded CA certreq reaches with -config (or the only one, without): the state entry, or $null.
#>
function Find-CMStandInCertificationAuthority([AllowNull()] [string] $Config) {
    $authorities = @((Get-CMStandInState).certificationAuthorities)
    if ([string]::IsNullOrEmpty($Config)) { if ($authorities.Count -eq 1) { return $authorities[0] } else { return $null } }
    foreach ($authority in $authorities) { if ([string]::Equals([string]$authority.config, $Config, 'OrdinalIgnoreCase')) { return $authority } }
    return $null
}

<#
.SYNOPSIS
An Enrollment-Name-Value pair attribute value (MS-WCCE 2.2.2.7.10: SEQUENCE { name BMPString, value BMPString }).
#>
function New-CMStandInNameValuePair([string] $Name, [string] $Value) {
    $writer = [System.Formats.Asn1.AsnWriter]::new([System.Formats.Asn1.AsnEncodingRules]::DER)
    [void]$writer.PushSequence()
    $writer.WriteCharacterString([System.Formats.Asn1.UniversalTagNumber]::BMPString, $Name)
    $writer.WriteCharacterString([System.Formats.Asn1.UniversalTagNumber]::BMPString, $Value)
    $writer.PopSequence()
    [System.Security.Cryptography.AsnEncodedData]::new($script:NameValuePairOid, $writer.Encode())
}

function ConvertFrom-CMStandInNameValuePair([byte[]] $Data) {
    $reader = [System.Formats.Asn1.AsnReader]::new($Data, [System.Formats.Asn1.AsnEncodingRules]::DER)
    $sequence = $reader.ReadSequence()
    $name = $sequence.ReadCharacterString([System.Formats.Asn1.UniversalTagNumber]::BMPString)
    $value = $sequence.ReadCharacterString([System.Formats.Asn1.UniversalTagNumber]::BMPString)
    return @{ Name = $name; Value = $value }
}

<#
.SYNOPSIS
The name-value pairs a PKCS #10 request carries, and those of certreq -attrib ("Name:Value", several separated by \n).
#>
function Get-CMStandInRequestAttributes($Request, [AllowNull()] [string] $Attrib) {
    $pairs = [ordered]@{}
    foreach ($attribute in $Request.OtherRequestAttributes) {
        if ($attribute.Oid.Value -ne $script:NameValuePairOid) { continue }
        $pair = ConvertFrom-CMStandInNameValuePair $attribute.RawData
        $pairs[$pair.Name] = $pair.Value
    }
    if ($Attrib) {
        foreach ($item in ($Attrib -split '\\n')) {
            $colon = $item.IndexOf(':')
            if ($colon -gt 0) { $pairs[$item.Substring(0, $colon)] = $item.Substring($colon + 1) }
        }
    }
    return $pairs
}

<#
.SYNOPSIS
Decides a request and records it at the CA: @{ Status = Issued|Pending|Denied; RequestId; HResult; Reason; Certificate }.
#>
function Invoke-CMStandInCertificationAuthority {
    param([Parameter(Mandatory)] [System.Collections.IDictionary] $Authority, [Parameter(Mandatory)] $Request, [Parameter(Mandatory)] [byte[]] $Der, [System.Collections.IDictionary] $Attributes)
    $template = $null
    foreach ($name in $Attributes.Keys) { if ([string]::Equals($name, 'CertificateTemplate', 'OrdinalIgnoreCase')) { $template = $Attributes[$name] } }
    $requestId = $Authority.requests.Count + 1
    $record = [ordered]@{ requestId = $requestId; status = $null; subject = $Request.SubjectName.Name; template = $template; attributes = $Attributes; serialNumber = $null; thumbprint = $null; hresult = 0 }
    $Authority.requests.Add($record)
    $enterprise = $Authority.Contains('enterprise') -and [bool]$Authority.enterprise
    $published = @(if ($Authority.Contains('templates')) { $Authority.templates })
    $deny = {
        param([int] $HResult, [string] $Reason)
        $record.status = 'Denied'
        $record.hresult = $HResult
        return @{ Status = 'Denied'; RequestId = $requestId; HResult = $HResult; Reason = $Reason; Certificate = $null }
    }
    if ($enterprise -and $null -eq $template) { return & $deny 0x80094801 'The request contains no certificate template information.' }
    if ($enterprise -and -not @($published | Where-Object { [string]::Equals($_, $template, 'OrdinalIgnoreCase') })) { return & $deny 0x80094800 'The requested certificate template is not supported by this CA.' }
    $disposition = if ($Authority.Contains('disposition')) { [string]$Authority.disposition } else { 'issue' }
    if ($disposition -eq 'deny') { return & $deny 0x80094014 'The request was denied by a certificate manager or CA administrator.' }
    if ($disposition -eq 'pending') {
        $record.status = 'Pending'
        # Kept so -retrieve can issue it once "approved" (the seed's approvePending).
        $record.request = [System.Convert]::ToBase64String($Der)
        return @{ Status = 'Pending'; RequestId = $requestId; HResult = 0; Reason = 'Taken Under Submission'; Certificate = $null }
    }
    $certificate = New-CMStandInIssuedCertificate -Authority $Authority -Request $Request -RequestId $requestId
    $record.status = 'Issued'
    $record.serialNumber = $certificate.SerialNumber
    $record.thumbprint = $certificate.Thumbprint
    $record.certificate = [System.Convert]::ToBase64String($certificate.RawData)
    return @{ Status = 'Issued'; RequestId = $requestId; HResult = 0; Reason = 'Issued'; Certificate = $certificate }
}

function New-CMStandInIssuedCertificate($Authority, $Request, [int] $RequestId) {
    $entry = $Authority.certificate
    $issuer = [System.Security.Cryptography.X509Certificates.X509CertificateLoader]::LoadPkcs12FromFile([string]$entry.pfx, [string]$entry.password, [System.Security.Cryptography.X509Certificates.X509KeyStorageFlags]::EphemeralKeySet)
    $clock = (Get-CMStandInState).clock
    $days = if ($Authority.Contains('validityDays')) { [int]$Authority.validityDays } else { 730 }
    if ($Authority.Contains('issuedSubject')) {
        # A template that builds the subject from Active Directory ignores the one requested.
        $rebuilt = [System.Security.Cryptography.X509Certificates.CertificateRequest]::new([System.Security.Cryptography.X509Certificates.X500DistinguishedName]::new([string]$Authority.issuedSubject), $Request.PublicKey, [System.Security.Cryptography.HashAlgorithmName]::SHA256, [System.Security.Cryptography.RSASignaturePadding]::Pkcs1)
        foreach ($extension in $Request.CertificateExtensions) { $rebuilt.CertificateExtensions.Add($extension) }
        $Request = $rebuilt
    }
    $Request.CertificateExtensions.Add([System.Security.Cryptography.X509Certificates.X509SubjectKeyIdentifierExtension]::new($Request.PublicKey, $false))
    $Request.CertificateExtensions.Add([System.Security.Cryptography.X509Certificates.X509AuthorityKeyIdentifierExtension]::CreateFromCertificate($issuer, $true, $false))
    # A serial number from the request ID: the same run gives the same certificate fields.
    $serial = [byte[]](@(0x61, 0, 0, 0, 0, 0, 0, 0) + [System.BitConverter]::GetBytes([int]$RequestId)[3..0])
    $notBefore = [System.DateTimeOffset]::new($clock)
    return $Request.Create($issuer, $notBefore, $notBefore.AddDays($days), $serial)
}

<#
.SYNOPSIS
certreq -retrieve at the CA: the issued certificate of a request, issuing a pending one when the seed says the CA manager approved it (approvePending).
#>
function Get-CMStandInRetrievedCertificate([System.Collections.IDictionary] $Authority, [int] $RequestId) {
    $record = @($Authority.requests | Where-Object { [int]$_.requestId -eq $RequestId }) | Select-Object -First 1
    if (-not $record) { return @{ Status = 'Unknown'; HResult = 0x80094002; Reason = 'The specified request ID was not found.' } }
    if ($record.status -eq 'Pending' -and $Authority.Contains('approvePending') -and [bool]$Authority.approvePending) {
        $request = [System.Security.Cryptography.X509Certificates.CertificateRequest]::LoadSigningRequest([System.Convert]::FromBase64String([string]$record.request), [System.Security.Cryptography.HashAlgorithmName]::SHA256, [System.Security.Cryptography.X509Certificates.CertificateRequestLoadOptions]::UnsafeLoadCertificateExtensions, [System.Security.Cryptography.RSASignaturePadding]::Pkcs1)
        $certificate = New-CMStandInIssuedCertificate -Authority $Authority -Request $request -RequestId $RequestId
        $record.status = 'Issued'
        $record.serialNumber = $certificate.SerialNumber
        $record.thumbprint = $certificate.Thumbprint
        $record.certificate = [System.Convert]::ToBase64String($certificate.RawData)
    }
    switch ($record.status) {
        'Issued' { return @{ Status = 'Issued'; HResult = 0; Certificate = [System.Security.Cryptography.X509Certificates.X509CertificateLoader]::LoadCertificate([System.Convert]::FromBase64String([string]$record.certificate)) } }
        'Pending' { return @{ Status = 'Pending'; HResult = 0; Reason = 'Taken Under Submission' } }
        default { return @{ Status = 'Denied'; HResult = [int]$record.hresult; Reason = 'Denied' } }
    }
}
