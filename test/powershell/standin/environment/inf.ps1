# The INF reader of the certreq.exe stand-in: a certreq policy file as sections of entries, read by
# the rules Microsoft documents for INF files, which certreq's own page relies on (its examples use
# [Version] Signature="$Windows NT$", a [Strings] section and %strkey% tokens):
# - "General Syntax Rules for INF Files" (Windows driver docs, MicrosoftDocs/windows-driver-docs,
#   windows-driver-docs-pr/install/general-syntax-rules-for-inf-files.md): section names and
#   entries are case-insensitive; a semicolon starts a comment "unless the semicolon appears within
#   a quoted string or %strkey% token"; a backslash is a line continuator; "to include a percent
#   (%) character in values ... escape the percent character with another percent character"
#   ("%%SystemRoot%%" gives %SystemRoot%); "to include a double quote (") character ... escape the
#   double quote character with another double quote character ... within a quoted string".
# - "INF Strings Section" (same repository, inf-strings-section.md): every %strkey% token is
#   defined in [Strings]; the parser discards the outermost pair of double quotes of a quoted string.
# Stand-in decisions, where the pages are silent: a %strkey% that [Strings] does not define, or a
# lone %, makes the file unreadable (certreq -new fails) rather than guessing what SetupAPI does.
Set-StrictMode -Version Latest

<#
.SYNOPSIS
One INF value as the parser reads it: quotes removed (a doubled quote inside them is one quote), %% as %, %strkey% from [Strings].
#>
function ConvertFrom-CMStandInInfValue {
    param([Parameter(Mandatory)] [AllowEmptyString()] [string] $Text, [System.Collections.IDictionary] $Strings = @{})
    $value = [System.Text.StringBuilder]::new()
    $index = 0
    $quoted = $false
    while ($index -lt $Text.Length) {
        $character = $Text[$index]
        if ($character -eq '"') {
            if ($quoted -and $index + 1 -lt $Text.Length -and $Text[$index + 1] -eq '"') { [void]$value.Append('"'); $index += 2; continue }
            $quoted = -not $quoted
            $index++
            continue
        }
        if ($character -eq '%') {
            if ($index + 1 -lt $Text.Length -and $Text[$index + 1] -eq '%') { [void]$value.Append('%'); $index += 2; continue }
            $end = $Text.IndexOf('%', $index + 1)
            if ($end -lt 0) { throw "a lone % in '$Text': write %% for a percent sign" }
            $key = $Text.Substring($index + 1, $end - $index - 1)
            $found = @($Strings.Keys | Where-Object { [string]::Equals($_, $key, 'OrdinalIgnoreCase') })
            if ($found.Count -eq 0) { throw "%$key% is not defined in [Strings]" }
            [void]$value.Append($Strings[$found[0]])
            $index = $end + 1
            continue
        }
        [void]$value.Append($character)
        $index++
    }
    if ($quoted) { throw "an unclosed double quote in '$Text'" }
    return $value.ToString()
}

<#
.SYNOPSIS
Splits a line at its first comment semicolon (one outside quotes and %strkey% tokens).
#>
function Remove-CMStandInInfComment([string] $Line) {
    $quoted = $false
    for ($index = 0; $index -lt $Line.Length; $index++) {
        $character = $Line[$index]
        if ($character -eq '"') { $quoted = -not $quoted; continue }
        if ($quoted) { continue }
        if ($character -eq '%') {
            # %% is one percent sign; %strkey% is a token that may hold a semicolon.
            $end = $Line.IndexOf('%', $index + 1)
            if ($end -gt $index) { $index = $end }
            continue
        }
        if ($character -eq ';') { return $Line.Substring(0, $index) }
    }
    return $Line
}

<#
.SYNOPSIS
Reads an INF text: an ordered dictionary of sections (names as written), each a list of @{ Key; Raw; Value } entries in file order.
.DESCRIPTION
Raw is the value as written (after the =, trimmed); Value is what the parser makes of it. An
entry repeated (OID= lines, _continue_) stays repeated.
#>
function Read-CMStandInInf {
    param([Parameter(Mandatory)] [AllowEmptyString()] [string] $Text)
    $physical = $Text -split "`r`n|`n|`r"
    # Continuation: a backslash that ends a line outside quotes joins it to the next one.
    $lines = [System.Collections.Generic.List[string]]::new()
    $pending = ''
    foreach ($line in $physical) {
        $content = (Remove-CMStandInInfComment $line).TrimEnd()
        if ($content.EndsWith('\') -and ([regex]::Matches($content, '"').Count % 2) -eq 0) {
            $pending += $content.Substring(0, $content.Length - 1)
            continue
        }
        $lines.Add($pending + $content)
        $pending = ''
    }
    if ($pending) { $lines.Add($pending) }

    $sections = [ordered]@{}
    $current = $null
    foreach ($line in $lines) {
        $trimmed = $line.Trim()
        if ($trimmed -eq '') { continue }
        $header = [regex]::Match($trimmed, '^\[(?<name>[^\]]+)\]$')
        if ($header.Success) {
            $name = $header.Groups['name'].Value.Trim()
            $existing = @($sections.Keys | Where-Object { [string]::Equals($_, $name, 'OrdinalIgnoreCase') })
            # "If more than one section in an INF file has the same name, the system merges" them.
            if ($existing.Count -gt 0) { $current = $sections[$existing[0]] }
            else { $current = [System.Collections.Generic.List[object]]::new(); $sections[$name] = $current }
            continue
        }
        if ($null -eq $current) { throw "an entry outside any section: '$trimmed'" }
        $equals = $trimmed.IndexOf('=')
        if ($equals -lt 0) { $current.Add([ordered]@{ Key = $null; Raw = $trimmed; Value = $null }); continue }
        $current.Add([ordered]@{ Key = $trimmed.Substring(0, $equals).Trim(); Raw = $trimmed.Substring($equals + 1).Trim(); Value = $null })
    }

    # [Strings] first: the other sections' %strkey% tokens are its keys.
    $strings = @{}
    foreach ($name in @($sections.Keys)) {
        if (-not [string]::Equals($name, 'Strings', 'OrdinalIgnoreCase')) { continue }
        foreach ($entry in $sections[$name]) {
            if ($null -ne $entry.Key) { $entry.Value = ConvertFrom-CMStandInInfValue -Text $entry.Raw; $strings[$entry.Key] = $entry.Value }
        }
    }
    foreach ($name in @($sections.Keys)) {
        if ([string]::Equals($name, 'Strings', 'OrdinalIgnoreCase')) { continue }
        foreach ($entry in $sections[$name]) {
            if ($null -ne $entry.Key) {
                $entry.Key = ConvertFrom-CMStandInInfValue -Text $entry.Key -Strings $strings
                $entry.Value = ConvertFrom-CMStandInInfValue -Text $entry.Raw -Strings $strings
            }
        }
    }
    return $sections
}

<#
.SYNOPSIS
The entries of one section (case-insensitive name); empty when the file has no such section.
#>
function Get-CMStandInInfSection([System.Collections.IDictionary] $Inf, [string] $Name) {
    foreach ($key in $Inf.Keys) { if ([string]::Equals($key, $Name, 'OrdinalIgnoreCase')) { return , @($Inf[$key]) } }
    return , @()
}
