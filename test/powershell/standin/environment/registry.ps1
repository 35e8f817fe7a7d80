# HKLM for the client scripts. pwsh on Linux has no registry provider, and a FileSystem-backed
# drive cannot hold typed values, so the item cmdlets the scripts call (Test-Path,
# Get-ItemProperty, New-ItemProperty, Set-ItemProperty, Remove-ItemProperty) are proxies: a path
# under HKLM:\ or Registry::HKEY_LOCAL_MACHINE\ goes to the state's registry, any other path to
# the real cmdlet. Values keep their registry type (DWord reads back as Int32, as on Windows).
Set-StrictMode -Version Latest

<#
.SYNOPSIS
The key a path names, as 'HKLM:\SOFTWARE\...', or $null when the path is not in HKLM.
#>
function ConvertTo-CMStandInRegistryKey([AllowNull()] [string] $Path) {
    if ($null -eq $Path) { return $null }
    $match = [regex]::Match($Path, '^(?:HKLM:|(?:Microsoft\.PowerShell\.Core\\)?Registry::(?:HKEY_LOCAL_MACHINE|HKLM))(?:\\+(?<rest>.*))?$', 'IgnoreCase')
    if (-not $match.Success) { return $null }
    $rest = ($match.Groups['rest'].Value -replace '\\+', '\').TrimEnd('\')
    if ($rest -eq '') { return 'HKLM:\' }
    return "HKLM:\$rest"
}

function Get-CMStandInRegistryPaths([System.Collections.IDictionary] $Bound) {
    if ($Bound.ContainsKey('LiteralPath')) { return @($Bound.LiteralPath) }
    if ($Bound.ContainsKey('Path')) { return @($Bound.Path) }
    return @()
}

function Test-CMStandInRegistryCall([System.Collections.IDictionary] $Bound) {
    $paths = @(Get-CMStandInRegistryPaths $Bound)
    return $paths.Count -gt 0 -and $null -ne (ConvertTo-CMStandInRegistryKey $paths[0])
}

# The native form of a key, as the registry provider prints it in its messages.
function Get-CMStandInNativeKey([string] $Key) { 'HKEY_LOCAL_MACHINE\' + $Key.Substring('HKLM:\'.Length) }

<#
.SYNOPSIS
The stored key (its exact spelling in the state) for a key, or $null. A key exists when it is stored, or when a stored key lies under it.
#>
function Find-CMStandInRegistryKey([string] $Key) {
    $registry = (Get-CMStandInState).registry
    foreach ($stored in $registry.Keys) { if ([string]::Equals($stored, $Key, 'OrdinalIgnoreCase')) { return $stored } }
    if ($Key -eq 'HKLM:\') { return $Key }
    foreach ($stored in $registry.Keys) { if ($stored.StartsWith($Key + '\', [System.StringComparison]::OrdinalIgnoreCase)) { return $Key } }
    return $null
}

function Get-CMStandInRegistryValues([string] $Key) {
    $registry = (Get-CMStandInState).registry
    if (-not $registry.Contains($Key)) { $registry[$Key] = [ordered]@{} }
    return $registry[$Key]
}

<#
.SYNOPSIS
A value as the registry stores it for a -PropertyType (New-ItemProperty's names), with the .NET type the registry provider reads it back as.
.DESCRIPTION
REG_MULTI_SZ reads back as String[] and REG_BINARY as Byte[] whatever their length (.NET
RegistryValueKind: MultiString "An array of null-terminated strings", Binary "Binary data in any
form"; RegistryKey.GetValue returns them as arrays): the leading comma keeps `return` from
unrolling a one-element array into its element.
#>
function ConvertTo-CMStandInRegistryValue([string] $Type, $Value) {
    switch ($Type) {
        'String' { return [string]$Value }
        'ExpandString' { return [string]$Value }
        'DWord' { return [int]$Value }
        'QWord' { return [long]$Value }
        'MultiString' { return , [string[]]@($Value) }
        'Binary' { return , [byte[]]@($Value) }
        default { throw "The stand-in registry does not model the value type '$Type'." }
    }
}

function New-CMStandInItemPropertyObject([string] $Key, [System.Collections.IDictionary] $Values, [string[]] $Names) {
    $native = Get-CMStandInNativeKey $Key
    $properties = [ordered]@{}
    foreach ($name in $Names) { $properties[$name] = $Values[$name].value }
    $properties['PSPath'] = "Microsoft.PowerShell.Core\Registry::$native"
    $properties['PSParentPath'] = 'Microsoft.PowerShell.Core\Registry::' + $native.Substring(0, $native.LastIndexOf('\'))
    $properties['PSChildName'] = $native.Substring($native.LastIndexOf('\') + 1)
    # Stand-in decision: names, where the registry provider gives PSDriveInfo and ProviderInfo objects.
    $properties['PSDrive'] = 'HKLM'
    $properties['PSProvider'] = 'Microsoft.PowerShell.Core\Registry'
    return [pscustomobject]$properties
}

function Write-CMStandInPathNotFound($Cmdlet, [string] $Path) {
    $Cmdlet.WriteError((New-CMStandInError -Message "Cannot find path '$Path' because it does not exist." -Category ObjectNotFound -ErrorId 'PathNotFound' -Target $Path -ExceptionType ([System.Management.Automation.ItemNotFoundException])))
}

function Write-CMStandInPropertyNotFound($Cmdlet, [string] $Key, [string] $Name) {
    $Cmdlet.WriteError((New-CMStandInError -Message "Property $Name does not exist at path $(Get-CMStandInNativeKey $Key)." -Category InvalidArgument -ErrorId 'System.Management.Automation.PSArgumentException' -Target $Name -ExceptionType ([System.Management.Automation.PSArgumentException])))
}

function Invoke-CMStandInTestPath {
    param([System.Collections.IDictionary] $Bound, [System.Management.Automation.PSCmdlet] $Cmdlet)
    foreach ($path in Get-CMStandInRegistryPaths $Bound) {
        $key = ConvertTo-CMStandInRegistryKey $path
        if ($Bound.ContainsKey('IsValid') -and $Bound.IsValid) { $true; continue }
        $exists = $null -ne $key -and $null -ne (Find-CMStandInRegistryKey $key)
        # Keys are containers; the registry provider has no leaves.
        $type = if ($Bound.ContainsKey('PathType')) { [string]$Bound.PathType } else { 'Any' }
        if ($type -eq 'Leaf') { $false } else { $exists }
    }
}

function Invoke-CMStandInGetItemProperty {
    param([System.Collections.IDictionary] $Bound, [System.Management.Automation.PSCmdlet] $Cmdlet)
    foreach ($path in Get-CMStandInRegistryPaths $Bound) {
        $key = Find-CMStandInRegistryKey (ConvertTo-CMStandInRegistryKey $path)
        if ($null -eq $key) { Write-CMStandInPathNotFound $Cmdlet $path; continue }
        $registry = (Get-CMStandInState).registry
        $values = if ($registry.Contains($key)) { $registry[$key] } else { [ordered]@{} }
        $names = if ($Bound.ContainsKey('Name') -and $Bound.Name) { @($Bound.Name) } else { @($values.Keys) }
        $found = [System.Collections.Generic.List[string]]::new()
        foreach ($name in $names) {
            $stored = @($values.Keys | Where-Object { [string]::Equals($_, $name, 'OrdinalIgnoreCase') }) | Select-Object -First 1
            if ($null -eq $stored) { Write-CMStandInPropertyNotFound $Cmdlet $key $name }
            else { $found.Add($stored) }
        }
        if ($found.Count -gt 0) { New-CMStandInItemPropertyObject -Key $key -Values $values -Names $found.ToArray() }
    }
}

function Invoke-CMStandInSetValue {
    param([System.Collections.IDictionary] $Bound, [System.Management.Automation.PSCmdlet] $Cmdlet, [string] $Command, [string] $Action)
    $call = Add-CMStandInCall -Command $Command -Kind environment -ParameterSet $Cmdlet.ParameterSetName -Bound $Bound
    $call.performed = $false
    foreach ($path in Get-CMStandInRegistryPaths $Bound) {
        $key = Find-CMStandInRegistryKey (ConvertTo-CMStandInRegistryKey $path)
        if ($null -eq $key) { Write-CMStandInPathNotFound $Cmdlet $path; continue }
        $values = Get-CMStandInRegistryValues $key
        $name = $Bound.Name
        $stored = @($values.Keys | Where-Object { [string]::Equals($_, $name, 'OrdinalIgnoreCase') }) | Select-Object -First 1
        if ($Command -eq 'New-ItemProperty' -and $null -ne $stored -and -not ($Bound.ContainsKey('Force') -and $Bound.Force)) {
            $Cmdlet.WriteError((New-CMStandInError -Message 'The property already exists.' -Category ResourceExists -ErrorId 'System.IO.IOException' -Target $name -ExceptionType ([System.IO.IOException])))
            continue
        }
        # Set-ItemProperty keeps the value's type unless told; a new value without -PropertyType is a String, as the provider does.
        $type = if ($Bound.ContainsKey('PropertyType') -and $Bound.PropertyType) { [string]$Bound.PropertyType } elseif ($null -ne $stored) { $values[$stored].type } else { 'String' }
        if ($Bound.ContainsKey('Type') -and $Bound.Type) { $type = [string]$Bound.Type }
        try { $value = ConvertTo-CMStandInRegistryValue -Type $type -Value $Bound.Value }
        catch { $Cmdlet.WriteError((New-CMStandInError -Message $_.Exception.Message -Category InvalidArgument -ErrorId 'RegistryValueType' -Target $name -ExceptionType ([System.ArgumentException]))); continue }
        if (-not $Cmdlet.ShouldProcess("Item: $(Get-CMStandInNativeKey $key) Property: $name", $Action)) { continue }
        if ($null -ne $stored) { $values.Remove($stored) }
        $values[$name] = [ordered]@{ type = $type; value = $value }
        $call.performed = $true
        if ($Command -eq 'New-ItemProperty' -or ($Bound.ContainsKey('PassThru') -and $Bound.PassThru)) { New-CMStandInItemPropertyObject -Key $key -Values $values -Names @($name) }
    }
}

function Invoke-CMStandInNewItemProperty {
    param([System.Collections.IDictionary] $Bound, [System.Management.Automation.PSCmdlet] $Cmdlet)
    Invoke-CMStandInSetValue -Bound $Bound -Cmdlet $Cmdlet -Command 'New-ItemProperty' -Action 'New Property'
}

function Invoke-CMStandInSetItemProperty {
    param([System.Collections.IDictionary] $Bound, [System.Management.Automation.PSCmdlet] $Cmdlet)
    Invoke-CMStandInSetValue -Bound $Bound -Cmdlet $Cmdlet -Command 'Set-ItemProperty' -Action 'Set Property'
}

function Invoke-CMStandInRemoveItemProperty {
    param([System.Collections.IDictionary] $Bound, [System.Management.Automation.PSCmdlet] $Cmdlet)
    $call = Add-CMStandInCall -Command 'Remove-ItemProperty' -Kind environment -ParameterSet $Cmdlet.ParameterSetName -Bound $Bound
    $call.performed = $false
    foreach ($path in Get-CMStandInRegistryPaths $Bound) {
        $key = Find-CMStandInRegistryKey (ConvertTo-CMStandInRegistryKey $path)
        if ($null -eq $key) { Write-CMStandInPathNotFound $Cmdlet $path; continue }
        $registry = (Get-CMStandInState).registry
        $values = if ($registry.Contains($key)) { $registry[$key] } else { [ordered]@{} }
        foreach ($name in @($Bound.Name)) {
            $stored = @($values.Keys | Where-Object { [string]::Equals($_, $name, 'OrdinalIgnoreCase') }) | Select-Object -First 1
            if ($null -eq $stored) { Write-CMStandInPropertyNotFound $Cmdlet $key $name; continue }
            if (-not $Cmdlet.ShouldProcess("Item: $(Get-CMStandInNativeKey $key) Property: $name", 'Remove Property')) { continue }
            $values.Remove($stored)
            $call.performed = $true
        }
    }
}
