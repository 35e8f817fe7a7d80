<#
.SYNOPSIS
Parses each script with PowerShell's own parser and writes, for each, its path and its parse errors.
.DESCRIPTION
Run by the harness like a generated script (one run of the batch), so a test file checks that its
scripts parse in the same pwsh process that then runs them. ParseFile reads the file as pwsh does
(the BOM decides the encoding).
#>
param([Parameter(Mandatory)] [string[]] $Path)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

foreach ($file in $Path) {
    $tokens = $null
    $errors = $null
    [void][System.Management.Automation.Language.Parser]::ParseFile($file, [ref] $tokens, [ref] $errors)
    [pscustomobject]@{ path = $file; errors = @($errors | ForEach-Object { '{0}: {1}' -f $_.Extent.StartLineNumber, $_.Message }) }
}
