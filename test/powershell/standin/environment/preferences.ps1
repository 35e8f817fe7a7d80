# The caller's preferences, for the stand-in's advanced functions. A compiled cmdlet reads
# $ErrorActionPreference and $WhatIfPreference in the scope it runs in, the script's: a script run
# with -WhatIf passes it on to every cmdlet it calls, and $ErrorActionPreference = 'Stop' turns a
# cmdlet's non-terminating error into a terminating one. A function of a script module reads its
# module's scope instead, so without these a stand-in would change things under the script's
# -WhatIf, print no "What if:" line, and let an error pass that the real cmdlet stops on.
Set-StrictMode -Version Latest

<#
.SYNOPSIS
Gives the calling function the caller's $WhatIfPreference, unless -WhatIf was passed to it. Call it first in process {}.
#>
function Sync-CMStandInCallerPreference($Cmdlet, [System.Collections.IDictionary] $Bound) {
    # Scope 1: the stand-in function that called this one.
    if (-not $Bound.ContainsKey('WhatIf')) { Set-Variable -Name WhatIfPreference -Scope 1 -Value $Cmdlet.GetVariableValue('WhatIfPreference') }
}

<#
.SYNOPSIS
A non-terminating error as a compiled cmdlet writes it: under the caller's $ErrorActionPreference (Stop: terminating).
#>
function Write-CMStandInCallerError($Cmdlet, [System.Management.Automation.ErrorRecord] $Record, [System.Collections.IDictionary] $Bound) {
    if (-not $Bound.ContainsKey('ErrorAction') -and [string]$Cmdlet.GetVariableValue('ErrorActionPreference') -eq 'Stop') { $Cmdlet.ThrowTerminatingError($Record) }
    $Cmdlet.WriteError($Record)
}
