<#
.SYNOPSIS
Does nothing: run on a seed, its stateAfter is that seed's state as the harness builds it, what a
run that "changes nothing" must leave.
#>
[CmdletBinding()]
param()
