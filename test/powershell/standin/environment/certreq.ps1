# certreq.exe, as a function of that name: PowerShell's command lookup puts functions before
# external commands (about_Command_Precedence), so `certreq.exe -new ...` in a script runs this.
# Like a native command it binds no parameters: every word arrives as a string in $args, its
# output lines go to the pipeline, and it sets $LASTEXITCODE.
#
# Switches, options and file roles from Microsoft's certreq reference ("certreq", Windows
# Commands; MicrosoftDocs/windowsserverdocs, WindowsServerDocs/administration/windows-commands/
# certreq_1.md):
#   certreq [-submit] [options] [requestfilein [certfileout [certchainfileout [fullresponsefileOut]]]]
#   certreq -retrieve [options] requestid [certfileout ...]
#   certreq -new [options] [policyfilein [requestfileout]]
#   certreq -accept [options] [certchainfilein | fullresponsefilein | certfilein]
# - -submit is the default verb; without a request file a File Open window appears;
# - -config "CAHostName\CAName" picks the CA ("-" the local machine store CA);
# - -machine: "For new requests it must be consistent with the MachineKeyset INF key"; -accept
#   "links the previously generated private key with the issued certificate and removes the
#   pending certificate request"; without an outstanding request -user or -machine must be given;
# - requestfileout, certfileout: Base64-encoded; requestfilein Base64 or binary;
# - [NewRequest] "must include at least one parameter with a value"; the keys and values of its
#   table (Exportable, KeyLength, MachineKeySet, HashAlgorithm, KeyUsage, RequestType...); the
#   defaults the page states (key length 2048, SHA1, user context, not exportable);
# - [Extensions] 2.5.29.17 = "{text}" with _continue_ = "DNS=...&" lines; [RequestAttributes]
#   CertificateTemplate = <name> (also the "PKCS #10 Request" page of the Certificate Enrollment API,
#   learn.microsoft.com/windows/win32/seccertenroll/pkcs--10-request);
# - [EnhancedKeyUsageExtension] OID = <oid>: "Appendix 3: Certreq.exe Syntax" (Windows Server 2003,
#   learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2003/cc736326(v=ws.10)).
# The INF is read by inf.ps1 (the INF syntax rules), the CA is certification-authority.ps1.
#
# Stand-in decisions (the page is silent): an option the page does not list, a key of [NewRequest]
# its table does not list, a request type other than PKCS10 and the user context are refused;
# a missing file argument or a CA choice (no -config and not exactly one CA) is a dialog the
# stand-in cannot show, so certreq fails as if it were cancelled (ERROR_CANCELLED); the exit code of
# a failure is its HRESULT (e.g. -2146875391 for 0x80094801); an existing output file without -f
# is refused (certreq would ask); -accept without an outstanding request succeeds only when
# LocalMachine\My already holds the certificate with its key (CRYPT_E_NOT_FOUND otherwise).
Set-StrictMode -Version Latest

$script:CertreqOptionsWithValue = @('-config', '-attrib', '-policyserver', '-clientcertificate', '-username', '-p', '-cert')
$script:CertreqSwitches = @('-machine', '-user', '-q', '-f', '-binary', '-crl', '-rpc', '-any', '-anonymous', '-kerberos', '-adminforcemachine', '-renewonbehalfof', '-unicode', '-unicodetext')
$script:CertreqVerbs = @('-new', '-submit', '-accept', '-retrieve', '-policy', '-sign', '-enroll')
# The [NewRequest] keys of the page's table.
$script:NewRequestKeys = @('Subject', 'Exportable', 'ExportableEncrypted', 'HashAlgorithm', 'KeyAlgorithm', 'KeyContainer', 'KeyLength', 'KeySpec', 'KeyUsage', 'KeyUsageProperty', 'MachineKeySet', 'NotBefore', 'NotAfter', 'PrivateKeyArchive', 'EncryptionAlgorithm', 'EncryptionLength', 'ProviderName', 'ProviderType', 'RenewalCert', 'RequesterName', 'RequestType', 'SecurityDescriptor', 'AlternateSignatureAlgorithm', 'Silent', 'SMIME', 'UseExistingKeySet', 'KeyProtection', 'SuppressDefaults', 'FriendlyName', 'ValidityPeriodUnits', 'ValidityPeriod')
# KeyUsage names and bits, from the page's table.
$script:KeyUsageBits = @{
    CERT_DIGITAL_SIGNATURE_KEY_USAGE = 0x80; CERT_NON_REPUDIATION_KEY_USAGE = 0x40; CERT_KEY_ENCIPHERMENT_KEY_USAGE = 0x20
    CERT_DATA_ENCIPHERMENT_KEY_USAGE = 0x10; CERT_KEY_AGREEMENT_KEY_USAGE = 0x8; CERT_KEY_CERT_SIGN_KEY_USAGE = 0x4
    CERT_OFFLINE_CRL_SIGN_KEY_USAGE = 0x2; CERT_CRL_SIGN_KEY_USAGE = 0x2; CERT_ENCIPHER_ONLY_KEY_USAGE = 0x1; CERT_DECIPHER_ONLY_KEY_USAGE = 0x8000
}

# HRESULTs (winerror.h) as certreq reports them.
$script:Certreq = @{
    InvalidArgument = @{ HResult = 0x80070057; Text = 'The parameter is incorrect. 0x80070057 (WIN32: 87 ERROR_INVALID_PARAMETER)' }
    InvalidData     = @{ HResult = 0x8007000d; Text = 'The data is invalid. 0x8007000d (WIN32: 13 ERROR_INVALID_DATA)' }
    FileNotFound    = @{ HResult = 0x80070002; Text = 'The system cannot find the file specified. 0x80070002 (WIN32: 2 ERROR_FILE_NOT_FOUND)' }
    PathNotFound    = @{ HResult = 0x80070003; Text = 'The system cannot find the path specified. 0x80070003 (WIN32: 3 ERROR_PATH_NOT_FOUND)' }
    FileExists      = @{ HResult = 0x80070050; Text = 'The file exists. 0x80070050 (WIN32: 80 ERROR_FILE_EXISTS)' }
    Cancelled       = @{ HResult = 0x800704c7; Text = 'The operation was canceled by the user. 0x800704c7 (WIN32: 1223 ERROR_CANCELLED)' }
    RpcUnavailable  = @{ HResult = 0x800706ba; Text = 'The RPC server is unavailable. 0x800706ba (WIN32: 1722 RPC_S_SERVER_UNAVAILABLE)' }
    NotFound        = @{ HResult = 0x80092004; Text = 'Cannot find object or property. 0x80092004 (-2146885628 CRYPT_E_NOT_FOUND)' }
}

<#
.SYNOPSIS
Ends the certreq run with a failure: its message line and its HRESULT, the exit code.
#>
function Stop-CMStandInCertreq([string] $Kind, [string] $Detail) {
    $failure = $script:Certreq[$Kind]
    $text = if ($Detail) { "Certificate Request Processor: $Detail $($failure.Text)" } else { "Certificate Request Processor: $($failure.Text)" }
    $exception = [System.InvalidOperationException]::new($text)
    $exception.Data['CertreqHResult'] = [int]$failure.HResult
    throw $exception
}

function Resolve-CMStandInNativePath([string] $Path) {
    # A native command resolves a relative path against the process's working directory, which
    # Set-Location does not move.
    if ([System.IO.Path]::IsPathRooted($Path)) { return $Path }
    return [System.IO.Path]::GetFullPath((Join-Path -Path ([Environment]::CurrentDirectory) -ChildPath $Path))
}

<#
.SYNOPSIS
certreq's command line as data: the verb, the switches, the options with their values and the positional file arguments.
#>
function ConvertFrom-CMStandInCertreqArguments([string[]] $Arguments) {
    $parsed = @{ Verb = '-submit'; Switches = [System.Collections.Generic.List[string]]::new(); Options = @{}; Positional = [System.Collections.Generic.List[string]]::new() }
    $verbSeen = $false
    for ($index = 0; $index -lt $Arguments.Count; $index++) {
        $word = $Arguments[$index]
        # PowerShell splits -config:value into "-config:" and "value" for a function; certreq sees one word.
        $name = $word.TrimEnd(':').ToLowerInvariant()
        if ($word.StartsWith('-') -and $word.Length -gt 1) {
            if ($script:CertreqVerbs -contains $name) {
                if ($verbSeen) { Stop-CMStandInCertreq InvalidArgument "two verbs ($($parsed.Verb) and $name)." }
                $parsed.Verb = $name
                $verbSeen = $true
                continue
            }
            if ($script:CertreqSwitches -contains $name) { $parsed.Switches.Add($name); continue }
            if ($script:CertreqOptionsWithValue -contains $name) {
                if ($index + 1 -ge $Arguments.Count) { Stop-CMStandInCertreq InvalidArgument "$name needs a value." }
                $parsed.Options[$name] = $Arguments[++$index]
                continue
            }
            Stop-CMStandInCertreq InvalidArgument "Unknown option: $word."
        }
        $parsed.Positional.Add($word)
    }
    return $parsed
}

function Test-CMStandInInfTrue([string] $Value) {
    switch -Regex ($Value.Trim()) {
        '^(?i:true|1)$' { return $true }
        '^(?i:false|0)$' { return $false }
        default { Stop-CMStandInCertreq InvalidData "Not a Boolean: '$Value'." }
    }
}

function ConvertFrom-CMStandInKeyUsage([string] $Value) {
    $bits = 0
    foreach ($part in ($Value -split '\|')) {
        $token = $part.Trim()
        if ($token -match '^0x[0-9a-fA-F]+$') { $bits = $bits -bor [Convert]::ToInt32($token.Substring(2), 16); continue }
        if ($token -match '^\d+$') { $bits = $bits -bor [int]$token; continue }
        if ($script:KeyUsageBits.ContainsKey($token)) { $bits = $bits -bor $script:KeyUsageBits[$token]; continue }
        Stop-CMStandInCertreq InvalidData "Unknown KeyUsage value: '$token'."
    }
    return [System.Security.Cryptography.X509Certificates.X509KeyUsageFlags]$bits
}

<#
.SYNOPSIS
The {text} form of a SAN ("dns=a.example&upn=x@y&"), as a SubjectAlternativeName extension.
#>
function ConvertFrom-CMStandInSanText([string] $Text) {
    $builder = [System.Security.Cryptography.X509Certificates.SubjectAlternativeNameBuilder]::new()
    $names = [System.Collections.Generic.List[string]]::new()
    foreach ($item in ($Text -split '&')) {
        if ($item -eq '') { continue }
        $equals = $item.IndexOf('=')
        if ($equals -lt 1) { Stop-CMStandInCertreq InvalidData "Not a name=value SAN entry: '$item'." }
        $kind = $item.Substring(0, $equals).Trim()
        $value = $item.Substring($equals + 1)
        switch ($kind) {
            'dns' { $builder.AddDnsName($value) }
            'email' { $builder.AddEmailAddress($value) }
            'upn' { $builder.AddUserPrincipalName($value) }
            'url' { $builder.AddUri([uri]$value) }
            { $_ -in 'ipaddress', 'ip address' } { $builder.AddIpAddress([System.Net.IPAddress]::Parse($value)) }
            default { Stop-CMStandInCertreq InvalidData "SAN entry type the stand-in does not build: '$kind'." }
        }
        $names.Add("$($kind.ToLowerInvariant())=$value")
    }
    return @{ Extension = $builder.Build($false); Names = $names }
}

<#
.SYNOPSIS
What an INF asks for, checked: subject, key, context, extensions and request attributes.
#>
function ConvertFrom-CMStandInCertreqInf([System.Collections.IDictionary] $Inf) {
    $newRequest = Get-CMStandInInfSection $Inf 'NewRequest'
    $values = @{}
    foreach ($entry in $newRequest) {
        if ($null -eq $entry.Key) { continue }
        $known = @($script:NewRequestKeys | Where-Object { [string]::Equals($_, $entry.Key, 'OrdinalIgnoreCase') })
        if ($known.Count -eq 0) { Stop-CMStandInCertreq InvalidData "Unknown [NewRequest] key: '$($entry.Key)'." }
        $values[$known[0]] = $entry.Value
    }
    if ($values.Count -eq 0) { Stop-CMStandInCertreq InvalidData '[NewRequest] needs at least one key with a value.' }
    $requestType = if ($values.ContainsKey('RequestType')) { $values.RequestType } else { 'PKCS10' }
    if ($requestType -notmatch '^(?i:pkcs10|1)$') { Stop-CMStandInCertreq InvalidData "The stand-in makes PKCS10 requests only, not '$requestType'." }
    $keyAlgorithm = if ($values.ContainsKey('KeyAlgorithm')) { $values.KeyAlgorithm } else { 'RSA' }
    if ($keyAlgorithm -ne 'RSA') { Stop-CMStandInCertreq InvalidData "The stand-in makes RSA keys only, not '$keyAlgorithm'." }
    $hash = if ($values.ContainsKey('HashAlgorithm')) { $values.HashAlgorithm.ToUpperInvariant() } else { 'SHA1' }
    if ($hash -notin 'SHA1', 'SHA256', 'SHA384', 'SHA512') { Stop-CMStandInCertreq InvalidData "HashAlgorithm the stand-in does not sign with: '$hash'." }
    $result = [ordered]@{
        Subject       = if ($values.ContainsKey('Subject')) { $values.Subject } else { '' }
        KeyLength     = if ($values.ContainsKey('KeyLength')) { [int]$values.KeyLength } else { 2048 }
        Exportable    = $values.ContainsKey('Exportable') -and (Test-CMStandInInfTrue $values.Exportable)
        MachineKeySet = if ($values.ContainsKey('MachineKeySet')) { Test-CMStandInInfTrue $values.MachineKeySet } else { $null }
        HashAlgorithm = $hash
        KeyUsage      = if ($values.ContainsKey('KeyUsage')) { ConvertFrom-CMStandInKeyUsage $values.KeyUsage } else { $null }
        ProviderName  = if ($values.ContainsKey('ProviderName')) { $values.ProviderName } else { $null }
        ProviderType  = if ($values.ContainsKey('ProviderType')) { [int]$values.ProviderType } else { $null }
        KeySpec       = if ($values.ContainsKey('KeySpec')) { $values.KeySpec } else { $null }
        Ekus          = [System.Collections.Generic.List[string]]::new()
        San           = $null
        Attributes    = [ordered]@{}
    }
    foreach ($entry in (Get-CMStandInInfSection $Inf 'EnhancedKeyUsageExtension')) {
        if ([string]::Equals($entry.Key, 'OID', 'OrdinalIgnoreCase')) { $result.Ekus.Add($entry.Value) }
        else { Stop-CMStandInCertreq InvalidData "[EnhancedKeyUsageExtension] takes OID = lines, not '$($entry.Raw)'." }
    }
    # [Extensions]: an OID = "{text}..." followed by its _continue_ lines, concatenated.
    $extensions = [ordered]@{}
    $last = $null
    foreach ($entry in (Get-CMStandInInfSection $Inf 'Extensions')) {
        if ([string]::Equals($entry.Key, '_continue_', 'OrdinalIgnoreCase')) {
            if ($null -eq $last) { Stop-CMStandInCertreq InvalidData '_continue_ with no extension before it.' }
            $extensions[$last] += $entry.Value
            continue
        }
        $last = $entry.Key
        $extensions[$last] = $entry.Value
    }
    foreach ($oid in $extensions.Keys) {
        $text = $extensions[$oid]
        if (-not $text.StartsWith('{text}')) { Stop-CMStandInCertreq InvalidData "The stand-in reads {text} extensions only: $oid = $text" }
        $text = $text.Substring(6)
        switch ($oid) {
            '2.5.29.17' { $result.San = ConvertFrom-CMStandInSanText $text }
            '2.5.29.37' { foreach ($item in ($text -split ',')) { if ($item.Trim()) { $result.Ekus.Add($item.Trim()) } } }
            default { Stop-CMStandInCertreq InvalidData "Extension the stand-in does not build: $oid" }
        }
    }
    foreach ($entry in (Get-CMStandInInfSection $Inf 'RequestAttributes')) { $result.Attributes[$entry.Key] = $entry.Value }
    return $result
}

function ConvertTo-CMStandInPem([string] $Label, [byte[]] $Der) {
    $base64 = [System.Convert]::ToBase64String($Der)
    $lines = for ($offset = 0; $offset -lt $base64.Length; $offset += 64) { $base64.Substring($offset, [Math]::Min(64, $base64.Length - $offset)) }
    "-----BEGIN $Label-----`r`n$($lines -join "`r`n")`r`n-----END $Label-----`r`n"
}

<#
.SYNOPSIS
The DER bytes of a Base64 (any -----BEGIN ...----- label) or binary file.
#>
function Read-CMStandInDerFile([string] $Path) {
    if (-not [System.IO.File]::Exists($Path)) { Stop-CMStandInCertreq FileNotFound $Path }
    $bytes = [System.IO.File]::ReadAllBytes($Path)
    $text = [System.Text.Encoding]::ASCII.GetString($bytes)
    $match = [regex]::Match($text, '-----BEGIN [A-Z0-9 ]+-----(?<body>[\s\S]*?)-----END [A-Z0-9 ]+-----')
    if ($match.Success) { return [System.Convert]::FromBase64String(($match.Groups['body'].Value -replace '\s', '')) }
    return $bytes
}

function Write-CMStandInOutputFile([string] $Path, [string] $Content, [bool] $Force) {
    if ([System.IO.File]::Exists($Path) -and -not $Force) { Stop-CMStandInCertreq FileExists $Path }
    if (-not [System.IO.Directory]::Exists([System.IO.Path]::GetDirectoryName($Path))) { Stop-CMStandInCertreq PathNotFound $Path }
    [System.IO.File]::WriteAllText($Path, $Content, [System.Text.Encoding]::ASCII)
}

function Add-CMStandInStoreEntry([string] $Store, [System.Collections.IDictionary] $Entry) {
    $state = Get-CMStandInState
    $key = @($state.certificates.Keys | Where-Object { [string]::Equals($_, $Store, 'OrdinalIgnoreCase') }) | Select-Object -First 1
    if ($null -eq $key) { $key = $Store; $state.certificates[$key] = [System.Collections.Generic.List[object]]::new() }
    $state.certificates[$key].Add($Entry)
    Reset-CMStandInStoreCache
}

<#
.SYNOPSIS
The key certreq -new makes: the seed's next requestKeys entry of that size (a test's fixed key), else a new one.
#>
function New-CMStandInRequestKey([int] $Length) {
    $keys = (Get-CMStandInState).requestKeys
    for ($index = 0; $index -lt $keys.Count; $index++) {
        $key = [System.Security.Cryptography.RSA]::Create()
        $key.ImportPkcs8PrivateKey([System.Convert]::FromBase64String([string]$keys[$index]), [ref] 0)
        if ($key.KeySize -eq $Length) { $keys.RemoveAt($index); return $key }
    }
    return [System.Security.Cryptography.RSA]::Create($Length)
}

function Invoke-CMStandInCertreqNew($Parsed) {
    if ($Parsed.Positional.Count -lt 2) { Stop-CMStandInCertreq Cancelled 'The stand-in shows no File Open window: give the INF and the request file.' }
    $infPath = Resolve-CMStandInNativePath $Parsed.Positional[0]
    $requestPath = Resolve-CMStandInNativePath $Parsed.Positional[1]
    if (-not [System.IO.File]::Exists($infPath)) { Stop-CMStandInCertreq FileNotFound $infPath }
    $bytes = [System.IO.File]::ReadAllBytes($infPath)
    # An INF is UTF-16 LE with its byte-order mark, or ANSI (Latin-1 stands in for the code page).
    $text = if ($bytes.Length -ge 2 -and $bytes[0] -eq 0xFF -and $bytes[1] -eq 0xFE) { [System.Text.Encoding]::Unicode.GetString($bytes, 2, $bytes.Length - 2) } else { [System.Text.Encoding]::Latin1.GetString($bytes) }
    try { $inf = Read-CMStandInInf -Text $text } catch { Stop-CMStandInCertreq InvalidData "$infPath`: $($_.Exception.Message)." }
    $wanted = ConvertFrom-CMStandInCertreqInf $inf
    $machine = $Parsed.Switches -contains '-machine'
    if ($machine -and $wanted.MachineKeySet -eq $false) { Stop-CMStandInCertreq InvalidArgument '-machine with MachineKeySet = FALSE.' }
    if ($Parsed.Switches -contains '-user' -and $wanted.MachineKeySet -eq $true) { Stop-CMStandInCertreq InvalidArgument '-user with MachineKeySet = TRUE.' }
    if (-not ($machine -or $wanted.MachineKeySet -eq $true)) { Stop-CMStandInCertreq InvalidArgument 'The stand-in models the machine context only (-machine or MachineKeySet = TRUE).' }

    $key = New-CMStandInRequestKey $wanted.KeyLength
    $subject = [System.Security.Cryptography.X509Certificates.X500DistinguishedName]::new($wanted.Subject)
    $request = [System.Security.Cryptography.X509Certificates.CertificateRequest]::new($subject, $key, [System.Security.Cryptography.HashAlgorithmName]::new($wanted.HashAlgorithm), [System.Security.Cryptography.RSASignaturePadding]::Pkcs1)
    if ($null -ne $wanted.KeyUsage) { $request.CertificateExtensions.Add([System.Security.Cryptography.X509Certificates.X509KeyUsageExtension]::new($wanted.KeyUsage, $false)) }
    if ($wanted.Ekus.Count -gt 0) {
        $oids = [System.Security.Cryptography.OidCollection]::new()
        foreach ($oid in $wanted.Ekus) { [void]$oids.Add([System.Security.Cryptography.Oid]::new($oid)) }
        $request.CertificateExtensions.Add([System.Security.Cryptography.X509Certificates.X509EnhancedKeyUsageExtension]::new($oids, $false))
    }
    if ($null -ne $wanted.San) { $request.CertificateExtensions.Add($wanted.San.Extension) }
    foreach ($name in $wanted.Attributes.Keys) { $request.OtherRequestAttributes.Add((New-CMStandInNameValuePair -Name $name -Value $wanted.Attributes[$name])) }
    $csr = $request.CreateSigningRequest()
    Write-CMStandInOutputFile -Path $requestPath -Content (ConvertTo-CMStandInPem 'NEW CERTIFICATE REQUEST' $csr) -Force ($Parsed.Switches -contains '-f')

    # Not `$x = if (...) { @(...) }`: a statement's output is enumerated, and a one-item list would become its item.
    $san = @()
    if ($null -ne $wanted.San) { $san = @($wanted.San.Names) }
    # The pending request: in Windows a placeholder certificate with the new key in the REQUEST store.
    $placeholder = $request.CreateSelfSigned([System.DateTimeOffset]::new((Get-CMStandInState).clock), [System.DateTimeOffset]::new((Get-CMStandInState).clock).AddDays(365))
    Add-CMStandInStoreEntry -Store 'LocalMachine\REQUEST' -Entry ([ordered]@{
            pkcs12     = [System.Convert]::ToBase64String($placeholder.Export([System.Security.Cryptography.X509Certificates.X509ContentType]::Pkcs12, ''))
            password   = ''
            exportable = $wanted.Exportable
            request    = [ordered]@{
                subject       = $wanted.Subject
                keyLength     = $wanted.KeyLength
                exportable    = $wanted.Exportable
                hashAlgorithm = $wanted.HashAlgorithm
                keyUsage      = if ($null -ne $wanted.KeyUsage) { [int]$wanted.KeyUsage } else { $null }
                ekus          = @($wanted.Ekus)
                san           = $san
                providerName  = $wanted.ProviderName
                providerType  = $wanted.ProviderType
                keySpec       = $wanted.KeySpec
                attributes    = $wanted.Attributes
                file          = $requestPath
            }
        })
    return @{ ExitCode = 0; Lines = @('CertReq: Request Created'); Performed = $true }
}

function Invoke-CMStandInCertreqSubmit($Parsed) {
    if ($Parsed.Positional.Count -lt 1) { Stop-CMStandInCertreq Cancelled 'The stand-in shows no File Open window: give the request file.' }
    if ($Parsed.Positional.Count -lt 2) { Stop-CMStandInCertreq Cancelled 'The stand-in shows no Save As window: give the certificate file.' }
    $config = if ($Parsed.Options.ContainsKey('-config')) { $Parsed.Options['-config'] } else { $null }
    if ($config -eq '-') { Stop-CMStandInCertreq InvalidArgument 'The stand-in has no local machine store CA (-config -).' }
    $authority = Find-CMStandInCertificationAuthority $config
    if ($null -eq $authority) {
        if ($null -eq $config) { Stop-CMStandInCertreq Cancelled 'Without -config certreq asks which CA to use: the stand-in has not exactly one.' }
        Stop-CMStandInCertreq RpcUnavailable "No CA answers at '$config'."
    }
    $der = Read-CMStandInDerFile (Resolve-CMStandInNativePath $Parsed.Positional[0])
    try {
        $request = [System.Security.Cryptography.X509Certificates.CertificateRequest]::LoadSigningRequest($der, [System.Security.Cryptography.HashAlgorithmName]::SHA256, [System.Security.Cryptography.X509Certificates.CertificateRequestLoadOptions]::UnsafeLoadCertificateExtensions, [System.Security.Cryptography.RSASignaturePadding]::Pkcs1)
    }
    catch { Stop-CMStandInCertreq InvalidData "Not a PKCS #10 request: $($_.Exception.Message)" }
    $attributes = Get-CMStandInRequestAttributes -Request $request -Attrib $(if ($Parsed.Options.ContainsKey('-attrib')) { $Parsed.Options['-attrib'] } else { $null })
    $outcome = Invoke-CMStandInCertificationAuthority -Authority $authority -Request $request -Der $der -Attributes $attributes
    $lines = [System.Collections.Generic.List[string]]::new()
    $lines.Add("RequestId: $($outcome.RequestId)")
    $lines.Add("RequestId: `"$($outcome.RequestId)`"")
    switch ($outcome.Status) {
        'Issued' {
            Write-CMStandInOutputFile -Path (Resolve-CMStandInNativePath $Parsed.Positional[1]) -Content (ConvertTo-CMStandInPem 'CERTIFICATE' $outcome.Certificate.RawData) -Force ($Parsed.Switches -contains '-f')
            $lines.Add('Certificate retrieved(Issued) Issued')
        }
        'Pending' { $lines.Add('Certificate request is pending: Taken Under Submission (0)') }
        'Denied' { $lines.Add(('Certificate not issued (Denied) Denied by Policy Module 0x{0:x8}, {1}' -f $outcome.HResult, $outcome.Reason)) }
    }
    return @{ ExitCode = $outcome.HResult; Lines = $lines.ToArray(); Performed = $true }
}

function Invoke-CMStandInCertreqRetrieve($Parsed) {
    if ($Parsed.Positional.Count -lt 2) { Stop-CMStandInCertreq Cancelled 'The stand-in shows no Save As window: give the request ID and the certificate file.' }
    $config = if ($Parsed.Options.ContainsKey('-config')) { $Parsed.Options['-config'] } else { $null }
    $authority = Find-CMStandInCertificationAuthority $config
    if ($null -eq $authority) { Stop-CMStandInCertreq RpcUnavailable "No CA answers at '$config'." }
    $outcome = Get-CMStandInRetrievedCertificate -Authority $authority -RequestId ([int]$Parsed.Positional[0])
    if ($outcome.Status -ne 'Issued') { return @{ ExitCode = $outcome.HResult; Lines = @("Certificate not retrieved ($($outcome.Status)) $($outcome.Reason)"); Performed = $false } }
    Write-CMStandInOutputFile -Path (Resolve-CMStandInNativePath $Parsed.Positional[1]) -Content (ConvertTo-CMStandInPem 'CERTIFICATE' $outcome.Certificate.RawData) -Force ($Parsed.Switches -contains '-f')
    return @{ ExitCode = 0; Lines = @('Certificate retrieved(Issued) Issued'); Performed = $true }
}

function Invoke-CMStandInCertreqAccept($Parsed) {
    if ($Parsed.Positional.Count -lt 1) { Stop-CMStandInCertreq Cancelled 'The stand-in shows no File Open window: give the certificate file.' }
    $certificate = [System.Security.Cryptography.X509Certificates.X509CertificateLoader]::LoadCertificate((Read-CMStandInDerFile (Resolve-CMStandInNativePath $Parsed.Positional[0])))
    $state = Get-CMStandInState
    $publicKey = [System.Convert]::ToBase64String($certificate.PublicKey.ExportSubjectPublicKeyInfo())
    $requests = @(foreach ($store in $state.certificates.Keys) { if ([string]::Equals($store, 'LocalMachine\REQUEST', 'OrdinalIgnoreCase')) { $state.certificates[$store] } })
    $match = $null
    foreach ($entry in $requests) {
        $placeholder = ConvertTo-CMStandInCertificate $entry
        if ([System.Convert]::ToBase64String($placeholder.PublicKey.ExportSubjectPublicKeyInfo()) -eq $publicKey) { $match = @{ Entry = $entry; Key = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($placeholder) }; break }
    }
    $lines = @('Installed Certificate:', "  Serial Number: $($certificate.SerialNumber)", "  Subject: $($certificate.Subject)", "  NotBefore: $($certificate.NotBefore.ToUniversalTime().ToString('o'))", "  NotAfter: $($certificate.NotAfter.ToUniversalTime().ToString('o'))", "  Thumbprint: $($certificate.Thumbprint.ToLowerInvariant())")
    if ($null -eq $match) {
        $machine = $Parsed.Switches -contains '-machine'
        if (-not ($machine -or $Parsed.Switches -contains '-user')) { Stop-CMStandInCertreq NotFound 'No outstanding request matches this certificate: give -machine or -user.' }
        $installed = @(Get-CMStandInStoreCertificates 'LocalMachine\My' | Where-Object { $_.Thumbprint -eq $certificate.Thumbprint -and $_.HasPrivateKey })
        if ($machine -and $installed.Count -gt 0) { return @{ ExitCode = 0; Lines = $lines; Performed = $false } }
        Stop-CMStandInCertreq NotFound 'Cannot find the certificate request associated with this certificate file. A certificate request must be completed on the computer where it was created.'
    }
    $withKey = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::CopyWithPrivateKey($certificate, $match.Key)
    $state.certificates['LocalMachine\REQUEST'].Remove($match.Entry) | Out-Null
    Add-CMStandInStoreEntry -Store 'LocalMachine\My' -Entry ([ordered]@{
            pkcs12     = [System.Convert]::ToBase64String($withKey.Export([System.Security.Cryptography.X509Certificates.X509ContentType]::Pkcs12, ''))
            password   = ''
            exportable = [bool]$match.Entry.exportable
            thumbprint = $certificate.Thumbprint
            subject    = $certificate.Subject
            # What the INF asked for, kept from the request: a test reads it here.
            request    = $match.Entry.request
        })
    return @{ ExitCode = 0; Lines = $lines; Performed = $true }
}

function certreq.exe {
    $arguments = [string[]]@(foreach ($argument in $args) { [string]$argument })
    $call = Add-CMStandInCall -Command 'certreq.exe' -Kind environment -ParameterSet 'native' -Bound ([ordered]@{ Arguments = $arguments })
    $call.performed = $false
    try {
        $parsed = ConvertFrom-CMStandInCertreqArguments $arguments
        $outcome = switch ($parsed.Verb) {
            '-new' { Invoke-CMStandInCertreqNew $parsed }
            '-submit' { Invoke-CMStandInCertreqSubmit $parsed }
            '-accept' { Invoke-CMStandInCertreqAccept $parsed }
            '-retrieve' { Invoke-CMStandInCertreqRetrieve $parsed }
            default { Stop-CMStandInCertreq InvalidArgument "The stand-in does not do certreq $($parsed.Verb)." }
        }
    }
    catch {
        if (-not $_.Exception.Data.Contains('CertreqHResult')) { throw }
        $outcome = @{ ExitCode = $_.Exception.Data['CertreqHResult']; Lines = @($_.Exception.Message); Performed = $false }
    }
    $call.performed = [bool]$outcome.Performed
    $call.exitCode = [int]$outcome.ExitCode
    foreach ($line in $outcome.Lines) { $line }
    $global:LASTEXITCODE = [int]$outcome.ExitCode
}
