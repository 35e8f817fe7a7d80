<#
.SYNOPSIS
Prints the stand-in cmdlets as they are built for a site version: the generated functions whose
param() blocks mirror the docs (cmdlet-facts.json). For reading and debugging; the harness builds
the same source for every run.
.EXAMPLE
pwsh test/powershell/standin/show-cmdlets.ps1 -SiteVersion 1706 -Name New-CMCloudManagementGateway
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [ValidatePattern('^\d{4}$')] [string] $SiteVersion,
    # Only this cmdlet.
    [string] $Name
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$facts = ConvertFrom-Json -InputObject ([System.IO.File]::ReadAllText((Join-Path -Path $PSScriptRoot -ChildPath 'cmdlet-facts.json'))) -AsHashtable -DateKind String -Depth 64
. (Join-Path -Path $PSScriptRoot -ChildPath 'types.ps1')
. (Join-Path -Path $PSScriptRoot -ChildPath 'cmdlet-source.ps1')
$enums = [string[]]@((Get-CMStandInEnum -Facts $facts).Keys)
if ($Name) {
    $epoch = Select-CMStandInEpoch -Cmdlet $facts.cmdlets[$Name] -SiteVersion $SiteVersion
    if ($null -eq $epoch) { "# $Name does not exist at site version $SiteVersion." } else { New-CMStandInFunctionSource -Name $Name -Epoch $epoch -Enums $enums }
}
else { (Get-CMStandInCmdletSource -Facts $facts -SiteVersion $SiteVersion -Enums $enums).Source }
