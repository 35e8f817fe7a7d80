<#
.SYNOPSIS
Lists what a script uses that Windows PowerShell 5.1 does not have.
.DESCRIPTION
The generated scripts target Windows PowerShell 5.1 (what a site server has); the tests run them
in PowerShell 7, which accepts more. This walks each script's syntax tree, as parsed by
PowerShell's own parser, and reports every construct or command that 5.1 lacks:
- syntax added in 7.0: the ternary operator, ?? and ??=, the pipeline chain operators && and ||,
  null-conditional member access (?. and ?[]); in 7.3 the clean block;
- ForEach-Object -Parallel (7.0), and other parameters that the 5.1 version of a cmdlet does not
  have (the cmdlet reference pages for 5.1 and 7.x, e.g. Join-Path -AdditionalChildPath,
  Get-Content -AsByteStream, ConvertFrom-Json -AsHashtable);
- the encodings 5.1 does not know (utf8NoBOM, utf8BOM: 5.1's UTF8 already writes a BOM);
- cmdlets that exist only in PowerShell 6 and later (about_PowerShell_Editions and the
  "What's New in PowerShell" pages list them).
Input: the script paths, one per line on standard input (pwsh -File cannot take an array).
Output: one JSON document, a list of { path, line, what }.
#>
param()

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# Cmdlets that Windows PowerShell 5.1 does not ship (added in PowerShell 6 or 7).
$sevenOnly = @(
    'ConvertFrom-Markdown', 'Get-Error', 'Get-MarkdownOption', 'Get-Uptime',
    'Join-String', 'Remove-Alias', 'Remove-Service', 'Set-MarkdownOption', 'Show-Markdown',
    'Test-Json', 'Get-PSSubsystem', 'Enable-ExperimentalFeature', 'Disable-ExperimentalFeature',
    'Get-ExperimentalFeature', 'Out-ConsoleGridView', 'ConvertTo-CliXml', 'ConvertFrom-CliXml'
)

$Path = @([Console]::In.ReadToEnd() -split "`r?`n" | Where-Object { $_ -ne '' })
# Parameters added after 5.1, by cmdlet (the cmdlet reference, 5.1 against 7.x).
$newerParameters = @{
    'Join-Path' = @('AdditionalChildPath')
    'Get-Content' = @('AsByteStream')
    'Set-Content' = @('AsByteStream')
    'Add-Content' = @('AsByteStream')
    'ConvertFrom-Json' = @('AsHashtable', 'Depth', 'NoEnumerate', 'DateKind')
    'ConvertTo-Json' = @('AsArray', 'EscapeHandling')
    'Split-Path' = @('LeafBase', 'Extension')
    'Select-String' = @('Raw', 'NoEmphasis')
    'Get-ChildItem' = @('FollowSymlink')
    'Invoke-WebRequest' = @('SkipCertificateCheck', 'Authentication', 'Token', 'SslProtocol', 'StatusCodeVariable', 'SkipHttpErrorCheck')
    'Invoke-RestMethod' = @('SkipCertificateCheck', 'Authentication', 'Token', 'SslProtocol', 'StatusCodeVariable', 'SkipHttpErrorCheck')
    'Import-Module' = @('UseWindowsPowerShell')
    'Test-Connection' = @('TargetName')
}
$newerEncodings = @('utf8NoBOM', 'utf8BOM')

$findings = [System.Collections.Generic.List[object]]::new()
foreach ($file in $Path) {
    $tokens = $null
    $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseFile($file, [ref] $tokens, [ref] $errors)
    foreach ($parseError in $errors) {
        $findings.Add([ordered]@{ path = $file; line = $parseError.Extent.StartLineNumber; what = "parse error: $($parseError.Message)" })
    }
    $nodes = $ast.FindAll({ param($node) $true }, $true)
    foreach ($node in $nodes) {
        $what = $null
        switch ($node.GetType().Name) {
            'TernaryExpressionAst' { $what = 'the ternary operator ?: (PowerShell 7.0)' }
            'PipelineChainAst' { $what = 'a pipeline chain && or || (PowerShell 7.0)' }
            'BinaryExpressionAst' {
                if ($node.Operator -eq 'QuestionQuestion') { $what = 'the null-coalescing operator ?? (PowerShell 7.0)' }
            }
            'AssignmentStatementAst' {
                if ($node.Operator -eq 'QuestionQuestionEquals') { $what = 'the null-coalescing assignment ??= (PowerShell 7.0)' }
            }
            'MemberExpressionAst' {
                if ($node.NullConditional) { $what = 'null-conditional member access ?. (PowerShell 7.1)' }
            }
            'InvokeMemberExpressionAst' {
                if ($node.NullConditional) { $what = 'null-conditional method call ?. (PowerShell 7.1)' }
            }
            'IndexExpressionAst' {
                if ($node.NullConditional) { $what = 'null-conditional index ?[] (PowerShell 7.1)' }
            }
            'ScriptBlockAst' {
                if ($node.PSObject.Properties['CleanBlock'] -and $node.CleanBlock) { $what = 'a clean block (PowerShell 7.3)' }
            }
            'CommandAst' {
                $name = $node.GetCommandName()
                if ($name -and $sevenOnly -contains $name) { $what = "the cmdlet $name (PowerShell 6 or later)" }
                if ($name -and $newerParameters.ContainsKey($name)) {
                    foreach ($element in $node.CommandElements) {
                        if ($element -is [System.Management.Automation.Language.CommandParameterAst]) {
                            $used = $element.ParameterName
                            $newer = @($newerParameters[$name] | Where-Object { $_.StartsWith($used, [System.StringComparison]::OrdinalIgnoreCase) })
                            if ($used.Length -ge 2 -and $newer.Count -eq 1) { $what = "$name -$($newer[0]) (not in Windows PowerShell 5.1)" }
                        }
                    }
                }
                $elements = @($node.CommandElements)
                for ($index = 0; $index -lt $elements.Count - 1; $index += 1) {
                    $element = $elements[$index]
                    if ($element -is [System.Management.Automation.Language.CommandParameterAst] -and $element.ParameterName -eq 'Encoding') {
                        $value = $elements[$index + 1]
                        if ($value -is [System.Management.Automation.Language.StringConstantExpressionAst] -and $newerEncodings -contains $value.Value) { $what = "-Encoding $($value.Value) (not in Windows PowerShell 5.1)" }
                    }
                }
                if ($name -and @('ForEach-Object', 'foreach', '%') -contains $name) {
                    foreach ($element in $node.CommandElements) {
                        if ($element -is [System.Management.Automation.Language.CommandParameterAst] -and 'Parallel'.StartsWith($element.ParameterName, 'OrdinalIgnoreCase') -and $element.ParameterName.Length -ge 2) {
                            $what = 'ForEach-Object -Parallel (PowerShell 7.0)'
                        }
                    }
                }
            }
        }
        if ($what) {
            $findings.Add([ordered]@{ path = $file; line = $node.Extent.StartLineNumber; what = $what })
        }
    }
}
ConvertTo-Json -InputObject @($findings) -Depth 3
