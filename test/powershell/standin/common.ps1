# Helpers shared by the harness and the stand-in modules: the current run's session, the call
# record, and the conversion of any value a script passes into something JSON can carry.
Set-StrictMode -Version Latest

function Get-CMStandInSession {
    $session = [CMStandIn.Session]::Current
    if ($null -eq $session) { throw 'The ConfigMgr stand-in has no current run: it is loaded by test/powershell/harness.ps1, not on its own.' }
    return $session
}

function Get-CMStandInState { (Get-CMStandInSession).State }

<#
.SYNOPSIS
A value as JSON can carry it, deterministic whatever the input.
.DESCRIPTION
SecureString: a marker and its plain text (the harness checks what the script passed; it never
leaves the test). Dictionaries: string keys in ordinal order (a Hashtable's own order depends on
.NET's per-process string hashing). Enums: their name. IResultObject: the class and key it stands
for. Switches: booleans. Dates: ISO 8601.
#>
function ConvertTo-CMStandInValue {
    param([AllowNull()] $Value, [int] $Depth = 0)
    if ($Depth -gt 12) { return '<too deep>' }
    if ($null -eq $Value) { return $null }
    # Not `$base = if (...) {...}`: a statement's output is enumerated, and a list would lose its shape.
    $base = $Value
    if ($Value -is [psobject]) { $base = $Value.psobject.BaseObject }
    switch ($true) {
        ($base -is [System.Security.SecureString]) {
            return [ordered]@{ secureString = $true; plainText = [System.Net.NetworkCredential]::new('', $base).Password }
        }
        ($base -is [System.Management.Automation.SwitchParameter]) { return $base.IsPresent }
        ($base -is [string] -or $base -is [bool] -or $base -is [char]) { return $base }
        ($base -is [enum]) { return $base.ToString() }
        ($base -is [int] -or $base -is [long] -or $base -is [uint32] -or $base -is [uint64] -or $base -is [int16] -or $base -is [byte] -or $base -is [double] -or $base -is [decimal] -or $base -is [single]) { return $base }
        ($base -is [datetime]) { return $base.ToUniversalTime().ToString('o', [cultureinfo]::InvariantCulture) }
        ($base -is [CMStandIn.ResultObject]) { return [ordered]@{ resultObject = $base.ObjectClass; key = $base.Key } }
        ($base -is [CMStandIn.CimInstance]) { return [ordered]@{ cimInstance = $base.CimClassName; key = $base.Key } }
        ($base -is [CMStandIn.CimSession]) { return [ordered]@{ cimSession = $base.ComputerName; protocol = $base.Protocol } }
        ($base -is [CMStandIn.CimSessionOption]) { return [ordered]@{ cimSessionOption = $base.Protocol } }
        ($base -is [System.Security.Cryptography.X509Certificates.X509Certificate2]) { return [ordered]@{ certificate = $base.Subject; thumbprint = $base.Thumbprint } }
        ($base -is [System.Collections.IDictionary]) {
            $result = [ordered]@{}
            [string[]] $keys = @($base.Keys | ForEach-Object { [string]$_ })
            # An ordered dictionary keeps its order; any other is sorted, ordinally.
            if ($base -isnot [System.Collections.Specialized.IOrderedDictionary]) { [System.Array]::Sort($keys, [System.StringComparer]::Ordinal) }
            foreach ($key in $keys) { $result[$key] = ConvertTo-CMStandInValue -Value $base[$key] -Depth ($Depth + 1) }
            return $result
        }
        ($base -is [System.Collections.IEnumerable]) {
            return , @($base | ForEach-Object { ConvertTo-CMStandInValue -Value $_ -Depth ($Depth + 1) })
        }
        ($base -is [System.Management.Automation.PSCustomObject]) {
            $result = [ordered]@{}
            foreach ($property in $Value.psobject.Properties) { $result[$property.Name] = ConvertTo-CMStandInValue -Value $property.Value -Depth ($Depth + 1) }
            return $result
        }
        default { return $base.ToString() }
    }
}

<#
.SYNOPSIS
Records a call the stand-in handled: command, parameter set, bound parameters. Returns the record, so the caller can say whether it changed anything.
#>
function Add-CMStandInCall {
    param(
        [Parameter(Mandatory)] [string] $Command,
        [Parameter(Mandatory)] [ValidateSet('ConfigMgr', 'environment', 'Graph')] [string] $Kind,
        [AllowNull()] [string] $ParameterSet,
        [Parameter(Mandatory)] [System.Collections.IDictionary] $Bound
    )
    # Ordinal order: a splatted hashtable binds in .NET's per-process hash order.
    [string[]] $names = @($Bound.Keys)
    [System.Array]::Sort($names, [System.StringComparer]::Ordinal)
    $parameters = [ordered]@{}
    foreach ($key in $names) { $parameters[$key] = ConvertTo-CMStandInValue -Value $Bound[$key] }
    $record = [ordered]@{ command = $Command; kind = $Kind; parameterSet = $ParameterSet; parameters = $parameters; performed = $null }
    (Get-CMStandInSession).Calls.Add($record)
    return $record
}

<#
.SYNOPSIS
An ErrorRecord as a cmdlet would raise it: the message, the category and an error ID.
#>
function New-CMStandInError {
    param(
        [Parameter(Mandatory)] [string] $Message,
        [Parameter(Mandatory)] [System.Management.Automation.ErrorCategory] $Category,
        [Parameter(Mandatory)] [string] $ErrorId,
        [AllowNull()] $Target,
        [type] $ExceptionType = [System.InvalidOperationException]
    )
    $exception = $ExceptionType::new($Message)
    return [System.Management.Automation.ErrorRecord]::new($exception, $ErrorId, $Category, $Target)
}

<#
.SYNOPSIS
Matches a name the way the cmdlet does: case-insensitive; with wildcards where the docs say the parameter accepts them, unless -DisableWildcardHandling.
#>
function Test-CMStandInName {
    param([AllowNull()] [string] $Value, [AllowNull()] [string] $Pattern, [bool] $Wildcards)
    # A [string] parameter turns $null into '': no name given (Get-CMManagementPoint -SiteCode X
    # alone, issue 11's Internet-only guard) arrives here as '' and matches every name.
    if ([string]::IsNullOrEmpty($Pattern)) { return $true }
    if ($null -eq $Value) { return $false }
    if ($Wildcards -and [System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters($Pattern)) {
        return [System.Management.Automation.WildcardPattern]::new($Pattern, [System.Management.Automation.WildcardOptions]::IgnoreCase).IsMatch($Value)
    }
    return [string]::Equals($Value, $Pattern, [System.StringComparison]::OrdinalIgnoreCase)
}

<#
.SYNOPSIS
Wraps a stand-in .NET object in a PSObject carrying the given properties as note properties, the way the provider's adapter shows an object's properties.
#>
function New-CMStandInObject {
    param([Parameter(Mandatory)] $BaseObject, [Parameter(Mandatory)] [System.Collections.IDictionary] $Properties, [string] $TypeName)
    $object = [psobject]::new($BaseObject)
    foreach ($key in $Properties.Keys) { $object.psobject.Properties.Add([psnoteproperty]::new([string]$key, $Properties[$key])) }
    if ($TypeName) { $object.psobject.TypeNames.Insert(0, $TypeName) }
    return $object
}
