# Compiles the stand-in's .NET types once per process: StandIn.cs, and one enum per type the
# cmdlet pages list accepted values for. Types persist for the life of the process (.NET cannot
# unload them), so they hold nothing of a run.
Set-StrictMode -Version Latest

<#
.SYNOPSIS
The enums the cmdlet pages document, name -> values.
.DESCRIPTION
Stand-in decision: one enum per type name with the union of the values every page and every
site-version range lists, in the order first listed. The pages list AzureRegion differently by
range (45 names until 2010, six since, all six among the 45, under "for example: WestUS2"): a
strict per-range enum would refuse NorthEurope on a 2010+ site, which the docs do not say.
#>
function Get-CMStandInEnum {
    param([Parameter(Mandatory)] $Facts)
    $enums = [ordered]@{}
    foreach ($cmdlet in $Facts.cmdlets.Values) {
        foreach ($epoch in $cmdlet.epochs) {
            if (-not $epoch.Contains('parameters')) { continue }
            foreach ($parameter in $epoch.parameters.Values) {
                if ($null -eq $parameter.acceptedValues -or $parameter.type -like 'String*') { continue }
                $name = $parameter.type -replace '\[\]$', ''
                if (-not $enums.Contains($name)) { $enums[$name] = [System.Collections.Generic.List[string]]::new() }
                foreach ($value in $parameter.acceptedValues) {
                    if (-not $enums[$name].Contains($value)) { $enums[$name].Add($value) }
                }
            }
        }
    }
    return $enums
}

function Get-CMStandInEnumSource {
    param([Parameter(Mandatory)] $Facts)
    $enums = Get-CMStandInEnum -Facts $Facts
    $lines = [System.Collections.Generic.List[string]]::new()
    $lines.Add('namespace CMStandIn.Types {')
    foreach ($name in $enums.Keys) {
        # Numeric values are not documented: declaration order (a stand-in decision).
        $lines.Add("    public enum $name { $($enums[$name] -join ', ') }")
    }
    $lines.Add('}')
    # Documented only through the examples of New-/Set-CMCloudManagementGateway, with its full name.
    foreach ($type in $Facts.exampleTypes.Values) {
        $namespace = $type.fullName.Substring(0, $type.fullName.LastIndexOf('.'))
        $short = $type.fullName.Substring($type.fullName.LastIndexOf('.') + 1)
        $lines.Add("namespace $namespace { public enum $short { $($type.values -join ', ') } }")
    }
    return ($lines -join "`n")
}

<#
.SYNOPSIS
Loads the types, compiling them only when no earlier process did: compiling takes about a second
of every batch, loading the compiled assembly a few milliseconds. The assembly is kept in the
temporary folder under the hash of its source and of the PowerShell version, written under
another name and renamed into place, so that two batches at once never read half a file.
#>
function Initialize-CMStandInTypes {
    param([Parameter(Mandatory)] $Facts, [Parameter(Mandatory)] [string] $StandInRoot)
    if ('CMStandIn.Session' -as [type]) { return }
    $source = [System.IO.File]::ReadAllText((Join-Path -Path $StandInRoot -ChildPath 'StandIn.cs')) + "`n" + (Get-CMStandInEnumSource -Facts $Facts)
    $hash = [System.Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData([System.Text.Encoding]::UTF8.GetBytes($source + $PSVersionTable.PSVersion.ToString()))).Substring(0, 16)
    $assembly = Join-Path -Path ([System.IO.Path]::GetTempPath()) -ChildPath "cmg-standin-types-$hash.dll"
    if (-not [System.IO.File]::Exists($assembly)) {
        $partial = "$assembly.$([guid]::NewGuid().ToString('N')).partial"
        Add-Type -TypeDefinition $source -Language CSharp -OutputAssembly $partial -OutputType Library
        try { [System.IO.File]::Move($partial, $assembly) }
        catch [System.IO.IOException] { [System.IO.File]::Delete($partial) }
    }
    Add-Type -Path $assembly
}
