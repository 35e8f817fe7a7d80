# The caller's preferences, for the stand-in's advanced functions. A compiled cmdlet reads
# $ErrorActionPreference and $WhatIfPreference in the scope it runs in, the script's: a script run
# with -WhatIf passes it on to every cmdlet it calls, and $ErrorActionPreference = 'Stop' turns a
# cmdlet's non-terminating error into a terminating one. A function of a script module reads its
# module's scope, then the global one, instead (PowerShell/PowerShell#4568, "A script module's
# functions do not see the preference-variable values set in the caller's context"), so without
# these a stand-in would change things under the script's -WhatIf, print no "What if:" line, and
# let an error pass that the real cmdlet stops on (Restart-Service of a service that is not there,
# New-ItemProperty under a key that is not there).
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
    # -WhatIf:$false: setting a preference is not a change the caller's -WhatIf is about.
    if ($null -ne $callers) { Set-Variable -Name 'ErrorActionPreference' -Value $callers -Scope 1 -WhatIf:$false -Confirm:$false }
}

<#
.SYNOPSIS
Gives the calling function the caller's $WhatIfPreference, unless -WhatIf was passed to it. Call it first in process {}.
#>
function Sync-CMStandInCallerPreference($Cmdlet, [System.Collections.IDictionary] $Bound) {
    # Scope 1: the stand-in function that called this one.
    if (-not $Bound.ContainsKey('WhatIf')) { Set-Variable -Name WhatIfPreference -Scope 1 -Value $Cmdlet.GetVariableValue('WhatIfPreference') -WhatIf:$false -Confirm:$false }
}

<#
.SYNOPSIS
A non-terminating error as a compiled cmdlet writes it: under the caller's $ErrorActionPreference (Stop: terminating).
#>
function Write-CMStandInCallerError($Cmdlet, [System.Management.Automation.ErrorRecord] $Record, [System.Collections.IDictionary] $Bound) {
    if (-not $Bound.ContainsKey('ErrorAction') -and [string]$Cmdlet.GetVariableValue('ErrorActionPreference') -eq 'Stop') { $Cmdlet.ThrowTerminatingError($Record) }
    $Cmdlet.WriteError($Record)
}
