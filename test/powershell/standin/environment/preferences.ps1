# The stand-in's functions live in a module, and a script module's functions do not see the
# preference variables of the script that calls them: they read the module's scope, then the
# global one (PowerShell/PowerShell#4568, "A script module's functions do not see the
# preference-variable values set in the caller's context"). The compiled cmdlets they stand in
# for do: under the generated scripts' $ErrorActionPreference = 'Stop', Restart-Service of a
# service that is not there, or New-ItemProperty under a key that is not there, stops the script.
# Without this the same error would pass as non-terminating and the script run on.
Set-StrictMode -Version Latest

<#
.SYNOPSIS
Gives the calling stand-in function the caller's $ErrorActionPreference, unless the call gave -ErrorAction itself.
.DESCRIPTION
$Cmdlet.SessionState is the session state of the code that called the function (the script), not
the module's; the value is set in the stand-in function's own scope (scope 1 from here), where
$PSCmdlet.WriteError and any cmdlet the function calls read it.
#>
function Use-CMStandInCallerErrorAction {
    param([Parameter(Mandatory)] [System.Management.Automation.PSCmdlet] $Cmdlet, [Parameter(Mandatory)] [System.Collections.IDictionary] $Bound)
    if ($Bound.ContainsKey('ErrorAction')) { return }
    $callers = $Cmdlet.SessionState.PSVariable.GetValue('ErrorActionPreference')
    if ($null -ne $callers) { Set-Variable -Name 'ErrorActionPreference' -Value $callers -Scope 1 }
}
