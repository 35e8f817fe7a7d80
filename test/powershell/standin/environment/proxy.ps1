# Proxy functions over real cmdlets: the same [CmdletBinding()] and param() block as the cmdlet
# (read from its metadata, so a call binds exactly as it would), handled by the stand-in when
# -Test says the call is its business (a registry path, the CMSite provider), otherwise passed to
# the real cmdlet through a steppable pipeline, as ProxyCommand.Create does.
Set-StrictMode -Version Latest

function New-CMStandInProxySource {
    param(
        [Parameter(Mandatory)] [string] $Module,
        [Parameter(Mandatory)] [string] $Name,
        # A function of this module: (bound parameters) -> $true when the stand-in handles the call.
        [Parameter(Mandatory)] [string] $Test,
        # A function of this module: (-Bound, -Cmdlet) -> does the call.
        [Parameter(Mandatory)] [string] $Handler
    )
    $metadata = [System.Management.Automation.CommandMetadata]::new((Get-Command -Name "$Module\$Name" -CommandType Cmdlet))
    $binding = [System.Management.Automation.ProxyCommand]::GetCmdletBindingAttribute($metadata)
    $parameters = [System.Management.Automation.ProxyCommand]::GetParamBlock($metadata)
    @"
function $Name {
$binding
param($parameters)
begin {
    Use-CMStandInCallerErrorAction -Cmdlet `$PSCmdlet -Bound `$PSBoundParameters
    `$standIn = $Test `$PSBoundParameters
    if (-not `$standIn) {
        `$wrapped = `$ExecutionContext.InvokeCommand.GetCommand('$Module\$Name', [System.Management.Automation.CommandTypes]::Cmdlet)
        `$pipeline = { & `$wrapped @PSBoundParameters }.GetSteppablePipeline(`$MyInvocation.CommandOrigin)
        `$pipeline.Begin(`$PSCmdlet)
    }
}
process {
    if (`$standIn) { $Handler -Bound `$PSBoundParameters -Cmdlet `$PSCmdlet }
    else { `$pipeline.Process(`$_) }
}
end {
    if (-not `$standIn) { `$pipeline.End() }
}
}
"@
}

# The cmdlets the stand-in proxies, and the functions (environment/*.ps1) that decide and handle.
$script:CMStandInProxies = @(
    @{ Module = 'Microsoft.PowerShell.Management'; Name = 'New-PSDrive'; Test = 'Test-CMStandInProviderCall'; Handler = 'Invoke-CMStandInNewPSDrive' }
    @{ Module = 'Microsoft.PowerShell.Management'; Name = 'Get-PSDrive'; Test = 'Test-CMStandInProviderCall'; Handler = 'Invoke-CMStandInGetPSDrive' }
    @{ Module = 'Microsoft.PowerShell.Management'; Name = 'Test-Path'; Test = 'Test-CMStandInRegistryCall'; Handler = 'Invoke-CMStandInTestPath' }
    @{ Module = 'Microsoft.PowerShell.Management'; Name = 'Get-ItemProperty'; Test = 'Test-CMStandInRegistryCall'; Handler = 'Invoke-CMStandInGetItemProperty' }
    @{ Module = 'Microsoft.PowerShell.Management'; Name = 'New-ItemProperty'; Test = 'Test-CMStandInRegistryCall'; Handler = 'Invoke-CMStandInNewItemProperty' }
    @{ Module = 'Microsoft.PowerShell.Management'; Name = 'Set-ItemProperty'; Test = 'Test-CMStandInRegistryCall'; Handler = 'Invoke-CMStandInSetItemProperty' }
    @{ Module = 'Microsoft.PowerShell.Management'; Name = 'Remove-ItemProperty'; Test = 'Test-CMStandInRegistryCall'; Handler = 'Invoke-CMStandInRemoveItemProperty' }
    @{ Module = 'Microsoft.PowerShell.Management'; Name = 'Get-ChildItem'; Test = 'Test-CMStandInCertCall'; Handler = 'Invoke-CMStandInCertChildItem' }
    @{ Module = 'Microsoft.PowerShell.Utility'; Name = 'Get-Date'; Test = 'Test-CMStandInAlways'; Handler = 'Invoke-CMStandInGetDate' }
    @{ Module = 'Microsoft.PowerShell.Utility'; Name = 'Start-Sleep'; Test = 'Test-CMStandInAlways'; Handler = 'Invoke-CMStandInStartSleep' }
)

function Get-CMStandInProxyNames { $script:CMStandInProxies | ForEach-Object { $_.Name } }

<#
.SYNOPSIS
The source of every proxy. Built once per harness process (the real cmdlets' metadata does not change between runs).
#>
function Get-CMStandInProxySource {
    ($script:CMStandInProxies | ForEach-Object { New-CMStandInProxySource @_ }) -join "`n`n"
}
