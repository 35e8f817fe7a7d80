# A clock that only moves when the script sleeps: Get-Date without -Date reads it, Start-Sleep
# advances it (and returns at once). A script that polls (Wait-CmgReady.ps1, Set-CmgClient.ps1)
# runs in no time and gives the same output every run; its deadline is reached by sleeping.
Set-StrictMode -Version Latest

function Test-CMStandInAlways([System.Collections.IDictionary] $Bound) { $true }

function Invoke-CMStandInGetDate {
    param([System.Collections.IDictionary] $Bound, [System.Management.Automation.PSCmdlet] $Cmdlet)
    $arguments = @{}
    foreach ($key in $Bound.Keys) { $arguments[$key] = $Bound[$key] }
    if (-not $arguments.ContainsKey('Date') -and -not $arguments.ContainsKey('UnixTimeSeconds')) { $arguments['Date'] = (Get-CMStandInState).clock }
    Microsoft.PowerShell.Utility\Get-Date @arguments
}

function Invoke-CMStandInStartSleep {
    param([System.Collections.IDictionary] $Bound, [System.Management.Automation.PSCmdlet] $Cmdlet)
    $call = Add-CMStandInCall -Command 'Start-Sleep' -Kind environment -ParameterSet $Cmdlet.ParameterSetName -Bound $Bound
    $state = Get-CMStandInState
    $span = if ($Bound.ContainsKey('Milliseconds')) { [timespan]::FromMilliseconds($Bound.Milliseconds) }
    elseif ($Bound.ContainsKey('Duration')) { $Bound.Duration }
    else { [timespan]::FromSeconds($Bound.Seconds) }
    $state.clock = $state.clock.Add($span)
    $call.performed = $true
}
