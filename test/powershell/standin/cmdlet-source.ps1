# Turns cmdlet-facts.json into PowerShell source: one advanced function per ConfigMgr cmdlet that
# exists at a given site version, whose [CmdletBinding()] and param() block carry exactly the
# parameter sets, names, types, Mandatory flags, positions, aliases and pipeline flags of the docs
# page that holds for that version. PowerShell's own binder then refuses what a site would refuse:
# an unknown parameter, parameters of two sets, a value of the wrong type, a missing mandatory one.
# The body hands every call that binds to Invoke-CMStandIn (ConfigurationManager.psm1).
Set-StrictMode -Version Latest

# Types the pages name, as the stand-in declares them. Enums the pages list values for are
# compiled from the facts by types.ps1 (namespace CMStandIn.Types: the real namespaces are not
# documented); IResultObject is declared in StandIn.cs.
$script:TypeMap = @{
    'String'          = 'string'
    'String[]'        = 'string[]'
    'Int32'           = 'int'
    'Int32[]'         = 'int[]'
    'UInt32'          = 'uint32'
    'Int64'           = 'long'
    'Boolean'         = 'bool'
    'SwitchParameter' = 'switch'
    'SecureString'    = 'securestring'
    'Hashtable'       = 'hashtable'
    'DateTime'        = 'datetime'
    'PSCredential'    = 'pscredential'
    'IResultObject'   = 'Microsoft.ConfigurationManagement.ManagementProvider.IResultObject'
    'IResultObject[]' = 'Microsoft.ConfigurationManagement.ManagementProvider.IResultObject[]'
}

function ConvertTo-CMStandInQuoted([string] $Text) {
    "'" + $Text.Replace("'", "''") + "'"
}

<#
.SYNOPSIS
The facts of one cmdlet for one site version: its range entry, or $null when the cmdlet does not exist at that version.
#>
function Select-CMStandInEpoch {
    param([Parameter(Mandatory)] $Cmdlet, [Parameter(Mandatory)] [string] $SiteVersion)
    foreach ($epoch in $Cmdlet.epochs) {
        $from = $epoch.siteVersions.from
        $until = $epoch.siteVersions.until
        # Site versions are four-digit YYMM strings: ordinal comparison is numeric comparison.
        if (($null -eq $from -or [string]::CompareOrdinal($SiteVersion, $from) -ge 0) -and ($null -eq $until -or [string]::CompareOrdinal($SiteVersion, $until) -lt 0)) {
            if ($epoch.Contains('absent') -and $epoch.absent) { return $null }
            return $epoch
        }
    }
    return $null
}

function Get-CMStandInTypeName {
    param([Parameter(Mandatory)] [string] $DocType, [Parameter(Mandatory)] [string[]] $Enums)
    if ($script:TypeMap.ContainsKey($DocType)) { return $script:TypeMap[$DocType] }
    $element = $DocType -replace '\[\]$', ''
    if ($Enums -contains $element) { return "CMStandIn.Types.$DocType" }
    return $null
}

function New-CMStandInFunctionSource {
    param([Parameter(Mandatory)] [string] $Name, [Parameter(Mandatory)] $Epoch, [Parameter(Mandatory)] [string[]] $Enums)
    $lines = [System.Collections.Generic.List[string]]::new()
    $binding = @()
    if ($Epoch.supportsShouldProcess) { $binding += 'SupportsShouldProcess = $true' }
    if ($Epoch.defaultParameterSet) { $binding += 'DefaultParameterSetName = ' + (ConvertTo-CMStandInQuoted $Epoch.defaultParameterSet) }
    $lines.Add("# $Name, from $($Epoch.page) at $($Epoch.commit) (site versions $(if ($Epoch.siteVersions.from) { $Epoch.siteVersions.from } else { 'any' }) to $(if ($Epoch.siteVersions.until) { 'before ' + $Epoch.siteVersions.until } else { 'now' })).")
    $lines.Add("function $Name {")
    $lines.Add("    [CmdletBinding($($binding -join ', '))]")
    $lines.Add('    param(')
    $parameterBlocks = [System.Collections.Generic.List[string]]::new()
    foreach ($parameterName in $Epoch.parameters.Keys) {
        $parameter = $Epoch.parameters[$parameterName]
        $block = [System.Collections.Generic.List[string]]::new()
        foreach ($setName in $Epoch.parameterSets.Keys) {
            $entry = $Epoch.parameterSets[$setName].parameters
            if (-not $entry.Contains($parameterName)) { continue }
            $member = $entry[$parameterName]
            $arguments = @()
            if ($member.mandatory) { $arguments += 'Mandatory = $true' }
            if ($setName -ne '__AllParameterSets') { $arguments += 'ParameterSetName = ' + (ConvertTo-CMStandInQuoted $setName) }
            if ($null -ne $member.position) { $arguments += "Position = $($member.position)" }
            if ($parameter.pipeline.byValue) { $arguments += 'ValueFromPipeline = $true' }
            if ($parameter.pipeline.byPropertyName) { $arguments += 'ValueFromPipelineByPropertyName = $true' }
            $block.Add("        [Parameter($($arguments -join ', '))]")
        }
        if ($parameter.Contains('modelledAllSets')) {
            # A run's modelling (modelling.ps1): in every set, as a [Parameter()] without a set name is.
            $block.Add("        [Parameter($(if ($parameter.modelledAllSets.mandatory) { 'Mandatory = $true' }))]")
        }
        if ($parameter.aliases.Count -gt 0) {
            $block.Add('        [Alias(' + (($parameter.aliases | ForEach-Object { ConvertTo-CMStandInQuoted $_ }) -join ', ') + ')]')
        }
        # A modelled enum (modelling.ps1) names its own type; every other type comes from the docs.
        $type = if ($parameter.Contains('standInType')) { $parameter.standInType } else { Get-CMStandInTypeName -DocType $parameter.type -Enums $Enums }
        if ($parameter.type -eq 'String' -and $null -ne $parameter.acceptedValues) {
            # A String parameter with accepted values is a ValidateSet on the real cmdlet.
            $block.Add('        [ValidateSet(' + (($parameter.acceptedValues | ForEach-Object { ConvertTo-CMStandInQuoted $_ }) -join ', ') + ')]')
        }
        if ($null -eq $type) {
            # A type the docs name but the stand-in cannot declare: take anything, say so.
            $block.Add("        # Documented type $($parameter.type) is not modelled by the stand-in: any value binds.")
            $type = 'object'
        }
        $block.Add("        [$type] `$$parameterName")
        $parameterBlocks.Add($block -join "`n")
    }
    $lines.Add(($parameterBlocks -join ",`n`n"))
    $lines.Add('    )')
    $lines.Add('    process {')
    # A compiled cmdlet runs under the calling script's -WhatIf and $ErrorActionPreference; a
    # module function would read its module's (environment/preferences.ps1).
    $lines.Add('        Use-CMStandInCallerErrorAction -Cmdlet $PSCmdlet -Bound $PSBoundParameters')
    $lines.Add('        Sync-CMStandInCallerPreference $PSCmdlet $PSBoundParameters')
    $lines.Add("        Invoke-CMStandIn -Command '$Name' -Cmdlet `$PSCmdlet -Bound `$PSBoundParameters")
    $lines.Add('    }')
    $lines.Add('}')
    return ($lines -join "`n")
}

<#
.SYNOPSIS
The source of every stand-in cmdlet at a site version, and their names.
#>
function Get-CMStandInCmdletSource {
    param([Parameter(Mandatory)] $Facts, [Parameter(Mandatory)] [ValidatePattern('^\d{4}$')] [string] $SiteVersion, [Parameter(Mandatory)] [string[]] $Enums)
    $sources = [System.Collections.Generic.List[string]]::new()
    $names = [System.Collections.Generic.List[string]]::new()
    foreach ($name in $Facts.cmdlets.Keys) {
        $epoch = Select-CMStandInEpoch -Cmdlet $Facts.cmdlets[$name] -SiteVersion $SiteVersion
        if ($null -eq $epoch) { continue }
        $sources.Add((New-CMStandInFunctionSource -Name $name -Epoch $epoch -Enums $Enums))
        $names.Add($name)
    }
    [pscustomobject]@{ Source = ($sources -join "`n`n"); Names = $names.ToArray() }
}
