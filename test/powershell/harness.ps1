<#
.SYNOPSIS
Runs generated scripts against the ConfigMgr stand-in, many per process: a JSON batch in, a JSON result out.
.DESCRIPTION
Reads {"runs": [...]} from -BatchFile, or from standard input when it is absent, and writes
{"pwsh": "<version>", "results": [...]} (one result per run, in order) to standard output. Each
run gets a fresh state (from its seed) and a fresh runspace whose host answers Read-Host from the
run's readHost list, and runs the script the way an admin does: & <script> @parameters.
The run and result shapes are documented in test/powershell/README.md.
#>
[CmdletBinding()]
param([string] $BatchFile)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$standInRoot = Join-Path -Path $PSScriptRoot -ChildPath 'standin'
$moduleRoot = Join-Path -Path $standInRoot -ChildPath 'ConfigurationManager'
$json = if ($BatchFile) { [System.IO.File]::ReadAllText($BatchFile) } else { [Console]::In.ReadToEnd() }
# -DateKind String: a value that looks like a date stays the string the test wrote.
$batch = ConvertFrom-Json -InputObject $json -AsHashtable -DateKind String -Depth 64
$facts = ConvertFrom-Json -InputObject ([System.IO.File]::ReadAllText((Join-Path -Path $standInRoot -ChildPath 'cmdlet-facts.json'))) -AsHashtable -DateKind String -Depth 64
$wmiClasses = (ConvertFrom-Json -InputObject ([System.IO.File]::ReadAllText((Join-Path -Path $standInRoot -ChildPath 'wmi-classes.json'))) -AsHashtable -DateKind String).classes

. (Join-Path -Path $standInRoot -ChildPath 'types.ps1')
Initialize-CMStandInTypes -Facts $facts -StandInRoot $standInRoot
. (Join-Path -Path $standInRoot -ChildPath 'common.ps1')
. (Join-Path -Path $standInRoot -ChildPath 'cmdlet-source.ps1')
. (Join-Path -Path $standInRoot -ChildPath 'environment/registry.ps1')
. (Join-Path -Path $standInRoot -ChildPath 'environment/proxy.ps1')
. (Join-Path -Path $standInRoot -ChildPath 'state.ps1')
. (Join-Path -Path $standInRoot -ChildPath 'modelling.ps1')

$enums = [string[]]@((Get-CMStandInEnum -Facts $facts).Keys)
$cmdletCache = @{}
$proxySource = Get-CMStandInProxySource

<#
.SYNOPSIS
Empties .NET's CurrentUser Root and CA stores, then adds the run's LocalMachine\Root and
LocalMachine\CA certificates to them: on Linux those are the stores X509Chain reads. Only in the
private HOME test/support/powershell.ts gives each batch, never in a developer's own.
#>
function Reset-CMStandInChainStores($State) {
    $wanted = @{ Root = @(); CA = @() }
    foreach ($store in 'Root', 'CA') {
        $key = "LocalMachine\$store"
        if ($State -and $State.certificates.Contains($key)) { $wanted[$store] = @($State.certificates[$key]) }
    }
    $any = $wanted.Root.Count + $wanted.CA.Count -gt 0
    if ($env:CMG_STANDIN_PRIVATE_HOME -ne '1') {
        if ($any) { throw 'seed.certificates with LocalMachine\Root or LocalMachine\CA needs the private HOME runBatch() gives the harness (CMG_STANDIN_PRIVATE_HOME=1).' }
        return
    }
    foreach ($store in 'Root', 'CA') {
        $x509 = [System.Security.Cryptography.X509Certificates.X509Store]::new($store, [System.Security.Cryptography.X509Certificates.StoreLocation]::CurrentUser)
        $x509.Open([System.Security.Cryptography.X509Certificates.OpenFlags]::ReadWrite)
        try {
            foreach ($certificate in @($x509.Certificates)) { $x509.Remove($certificate) }
            foreach ($entry in $wanted[$store]) { $x509.Add([System.Security.Cryptography.X509Certificates.X509CertificateLoader]::LoadCertificateFromFile([string]$entry.cer)) }
        }
        finally { $x509.Close() }
    }
}

function Get-CMStandInRunValue($Run, [string] $Name, $Default) {
    if ($Run.Contains($Name) -and $null -ne $Run[$Name]) { return $Run[$Name] }
    return $Default
}

<#
.SYNOPSIS
The facts with some documented parameters taken out of their cmdlets: a run's withoutParameters
({ "Set-CMSite": ["UseSmsGeneratedCert"] }). Stand-in decision, for parameters whose first site
version no document gives (documented-facts.md F-MP-2): a test runs a script against a console
whose cmdlet has the parameter (the facts as extracted) and against one whose cmdlet has not.
#>
function Get-CMStandInFactsWithout($Without) {
    if ($null -eq $Without -or $Without.Count -eq 0) { return $facts }
    $copy = ConvertFrom-Json -InputObject (ConvertTo-Json -InputObject $facts -Depth 64) -AsHashtable -DateKind String -Depth 64
    foreach ($name in $Without.Keys) {
        if (-not $copy.cmdlets.Contains($name)) { throw "withoutParameters: no cmdlet $name in cmdlet-facts.json." }
        foreach ($epoch in $copy.cmdlets[$name].epochs) {
            foreach ($parameter in @($Without[$name])) {
                if ($epoch.Contains('parameters')) { $epoch.parameters.Remove([string]$parameter) }
                if ($epoch.Contains('parameterSets')) { foreach ($set in $epoch.parameterSets.Values) { $set.parameters.Remove([string]$parameter) } }
            }
        }
    }
    return $copy
}

function Get-CMStandInCmdlets([string] $SiteVersion, $Modelled, $Without) {
    # withoutParameters (documented parameters taken out) first, then the modelled ones added.
    # The run's modelled parameters (modelling.ps1) change the cmdlets: they are part of the key.
    $key = $SiteVersion + '|' + (ConvertTo-Json -InputObject $Modelled -Depth 16 -Compress) + '|' + $(if ($null -eq $Without) { '' } else { ConvertTo-Json -InputObject $Without -Depth 4 -Compress })
    if (-not $cmdletCache.ContainsKey($key)) {
        $base = Get-CMStandInFactsWithout $Without
        $runFacts = @{ cmdlets = [ordered]@{} }
        foreach ($name in $base.cmdlets.Keys) {
            $cmdlet = $base.cmdlets[$name]
            if ($Modelled.Contains($name)) {
                $epoch = Select-CMStandInEpoch -Cmdlet $cmdlet -SiteVersion $SiteVersion
                if ($null -eq $epoch) { throw "run.modelling.parameters: $name does not exist at site version $SiteVersion." }
                $cmdlet = @{ epochs = @(Add-CMStandInModelledParameter -Cmdlet $name -Epoch $epoch -Modelled $Modelled[$name]) }
            }
            $runFacts.cmdlets[$name] = $cmdlet
        }
        foreach ($name in $Modelled.Keys) { if (-not $base.cmdlets.Contains($name)) { throw "run.modelling.parameters: cmdlet-facts.json has no $name." } }
        $built = Get-CMStandInCmdletSource -Facts $runFacts -SiteVersion $SiteVersion -Enums $enums
        $epochs = @{}
        foreach ($name in $built.Names) { $epochs[$name] = Select-CMStandInEpoch -Cmdlet $runFacts.cmdlets[$name] -SiteVersion $SiteVersion }
        $cmdletCache[$key] = @{ Source = $built.Source; Names = $built.Names; Epochs = $epochs }
    }
    return $cmdletCache[$key]
}

<#
.SYNOPSIS
The error record of a terminating error as data: message, category, error ID, exception type, and where in the script.
#>
function ConvertFrom-CMStandInErrorRecord($Record) {
    if ($null -eq $Record) { return $null }
    # Under $ErrorActionPreference = 'Stop' an error that leaves the script is re-attributed to the
    # script itself; the exception keeps the original record (the failing command, its line).
    $origin = $Record
    # A `throw` has no such command: its own record is the one to keep.
    if ($Record.Exception -is [System.Management.Automation.IContainsErrorRecord]) {
        $inner = $Record.Exception.ErrorRecord
        if ($null -ne $inner -and $null -ne $inner.InvocationInfo -and $null -ne $inner.InvocationInfo.MyCommand) { $origin = $inner }
    }
    [ordered]@{
        message       = $Record.Exception.Message
        category      = $origin.CategoryInfo.Category.ToString()
        errorId       = $origin.FullyQualifiedErrorId
        exceptionType = $Record.Exception.GetType().FullName
        command       = if ($origin.InvocationInfo -and $origin.InvocationInfo.MyCommand) { $origin.InvocationInfo.MyCommand.Name } else { $null }
        line          = if ($origin.InvocationInfo) { $origin.InvocationInfo.ScriptLineNumber } else { $null }
    }
}

# Runs inside the run's runspace: the script as an admin runs it, its output kept apart.
$runScript = @'
param($__path, $__parameters, $__whatIf)
$global:LASTEXITCODE = 0
$__error = $null
$__output = $null
try {
    if ($__whatIf) { $__output = @(& $__path @__parameters -WhatIf) }
    else { $__output = @(& $__path @__parameters) }
}
catch { $__error = $_ }
[pscustomobject]@{ Output = $__output; Error = $__error; LastExitCode = $global:LASTEXITCODE }
'@

function Invoke-CMStandInRun {
    param([Parameter(Mandatory)] [System.Collections.IDictionary] $Run, [Parameter(Mandatory)] [System.Collections.IDictionary] $Earlier)
    $script = [string]$Run.script
    if (-not [System.IO.Path]::IsPathRooted($script) -or -not [System.IO.File]::Exists($script)) { throw "run.script must be the absolute path of an existing script: $script" }
    $siteVersion = [string](Get-CMStandInRunValue $Run 'siteVersion' '')
    if ($siteVersion -notmatch '^\d{4}$') { throw "run.siteVersion must be a four-digit ConfigMgr version such as 2403: '$siteVersion'" }
    $console = Get-CMStandInRunValue $Run 'console' @{}
    # seedFrom: the state an earlier run of the batch left (a second run of a script, or the next script).
    $seed = Get-CMStandInRunValue $Run 'seed' $null
    $from = Get-CMStandInRunValue $Run 'seedFrom' $null
    if ($null -ne $from) {
        if ($null -ne $seed) { throw "run $(Get-CMStandInRunValue $Run 'id' '?'): give seed or seedFrom, not both." }
        if (-not $Earlier.Contains([string]$from)) { throw "run $(Get-CMStandInRunValue $Run 'id' '?'): seedFrom '$from' names no earlier run of the batch." }
        $seed = $Earlier[[string]$from].stateAfter
    }
    $modelling = Get-CMStandInModelling $Run
    $cmdlets = Get-CMStandInCmdlets $siteVersion $modelling.parameters (Get-CMStandInRunValue $Run 'withoutParameters' $null)
    $state = New-CMStandInState -Seed $seed
    $runRoot = Join-Path -Path ([System.IO.Path]::GetTempPath()) -ChildPath ('cmg-standin-' + [guid]::NewGuid().ToString('N'))
    [void][System.IO.Directory]::CreateDirectory($runRoot)
    $session = [ordered]@{
        SiteVersion      = $siteVersion
        State            = $state
        Calls            = [System.Collections.Generic.List[object]]::new()
        CmdletSource     = $cmdlets.Source
        CmdletNames      = $cmdlets.Names
        CmdletEpochs     = $cmdlets.Epochs
        ProxySource      = $proxySource
        WmiClasses       = $wmiClasses
        RunRoot          = $runRoot
        Drives           = [ordered]@{}
        ModuleImported   = $false
        CimSessionCount  = 0
        Console          = @{ drivesOnImport = @(Get-CMStandInRunValue $console 'drivesOnImport' @()) }
        Modelling        = $modelling
    }
    [CMStandIn.Session]::Current = $session

    # The process-wide pieces a run changes, put back after it.
    $savedEnvironment = @{}
    foreach ($name in 'PSModulePath', 'SMS_ADMIN_UI_PATH') { $savedEnvironment[$name] = [Environment]::GetEnvironmentVariable($name) }
    $runEnvironment = Get-CMStandInRunValue $Run 'env' @{}
    foreach ($name in $runEnvironment.Keys) { $savedEnvironment[$name] = [Environment]::GetEnvironmentVariable($name) }
    $savedDirectory = [Environment]::CurrentDirectory

    $hostUi = [CMStandIn.Host]::new()
    foreach ($answer in @(Get-CMStandInRunValue $Run 'readHost' @())) { $hostUi.Recorder.Answers.Enqueue([string]$answer) }
    $runspace = $null
    $shell = $null
    try {
        Reset-CMStandInChainStores -State $session.State
        # Overview page of the cmdlet reference: the console sets SMS_ADMIN_UI_PATH (its bin\i386
        # folder) and, starting in 2111, adds the module to PSModulePath, so that
        # `Import-Module ConfigurationManager` works by name.
        $onModulePath = [bool](Get-CMStandInRunValue $console 'onPSModulePath' ([string]::CompareOrdinal($siteVersion, '2111') -ge 0))
        $adminUiPath = [bool](Get-CMStandInRunValue $console 'adminUiPath' $true)
        # Not under standin/: Get-Module -ListAvailable searches a module folder's subfolders, so the
        # ConfigurationManager path would list the Graph modules even when a run has none.
        $graphRoot = Join-Path -Path (Split-Path -Path $standInRoot -Parent) -ChildPath 'graph-standin'
        $modulePaths = @([Environment]::GetEnvironmentVariable('PSModulePath') -split [System.IO.Path]::PathSeparator | Where-Object { $_ -and $_ -ne $standInRoot -and $_ -ne $graphRoot })
        if ($onModulePath) { $modulePaths = @($standInRoot) + $modulePaths }
        # The Microsoft Graph PowerShell stand-in (graph-standin/): installed when the run's seed has a tenant, unless graphModules is false.
        if ($null -ne $session.State.graph -and [bool](Get-CMStandInRunValue $Run 'graphModules' $true)) { $modulePaths = @($graphRoot) + $modulePaths }
        [Environment]::SetEnvironmentVariable('PSModulePath', ($modulePaths -join [System.IO.Path]::PathSeparator))
        [Environment]::SetEnvironmentVariable('SMS_ADMIN_UI_PATH', $(if ($adminUiPath) { Join-Path -Path $moduleRoot -ChildPath 'i386' } else { $null }))
        foreach ($name in $runEnvironment.Keys) { [Environment]::SetEnvironmentVariable($name, $(if ($null -eq $runEnvironment[$name]) { $null } else { [string]$runEnvironment[$name] })) }

        $directory = [string](Get-CMStandInRunValue $Run 'cwd' ([System.IO.Path]::GetDirectoryName($script)))
        [Environment]::CurrentDirectory = $directory

        $initial = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault2()
        $runspace = [System.Management.Automation.Runspaces.RunspaceFactory]::CreateRunspace($hostUi, $initial)
        $runspace.Open()
        $shell = [System.Management.Automation.PowerShell]::Create()
        $shell.Runspace = $runspace
        $setup = 'param($directory, $environment, $module, $loaded) Set-Location -LiteralPath $directory; Import-Module -Name $environment -Global; if ($loaded) { Import-Module -Name $module -Global }'
        [void]$shell.AddScript($setup).AddArgument($directory).AddArgument((Join-Path -Path $standInRoot -ChildPath 'environment/StandInEnvironment.psm1')).AddArgument((Join-Path -Path $moduleRoot -ChildPath 'ConfigurationManager.psd1')).AddArgument([bool](Get-CMStandInRunValue $Run 'moduleLoaded' $false))
        [void]$shell.Invoke()
        if ($shell.HadErrors) { throw "stand-in setup failed: $($shell.Streams.Error | Out-String)" }
        $session.Calls.Clear()
        $shell.Commands.Clear()
        $shell.Streams.ClearStreams()

        $parameters = @{}
        $given = Get-CMStandInRunValue $Run 'parameters' @{}
        foreach ($name in $given.Keys) {
            $value = $given[$name]
            # JSON has no SecureString: { "secureString": "text" } is one (a script's SecureString parameter).
            if ($value -is [System.Collections.IDictionary] -and $value.Count -eq 1 -and $value.Contains('secureString')) { $value = ConvertTo-SecureString -String ([string]$value.secureString) -AsPlainText -Force }
            $parameters[[string]$name] = $value
        }
        [void]$shell.AddScript($runScript).AddArgument($script).AddArgument($parameters).AddArgument([bool](Get-CMStandInRunValue $Run 'whatIf' $false))
        $outcome = @($shell.Invoke())[0]
        $hostUi.Recorder.Flush()

        $record = $outcome.Error
        $exitCode = if ($null -ne $record) { 1 } elseif ($null -ne $outcome.LastExitCode) { [int]$outcome.LastExitCode } else { 0 }
        $lines = @($hostUi.Recorder.Lines)
        return [ordered]@{
            id              = Get-CMStandInRunValue $Run 'id' $null
            exitCode        = $exitCode
            error           = ConvertFrom-CMStandInErrorRecord $record
            output          = @($lines | Where-Object { $_.Stream -eq 'host' } | ForEach-Object { $_.Text })
            warnings        = @($shell.Streams.Warning | ForEach-Object { $_.Message })
            errors          = @($shell.Streams.Error | ForEach-Object { ConvertFrom-CMStandInErrorRecord $_ })
            information     = @($shell.Streams.Information | ForEach-Object { [string]$_.MessageData })
            transcript      = @($lines | ForEach-Object { [ordered]@{ stream = $_.Stream; text = $_.Text } })
            pipeline        = @($outcome.Output | ForEach-Object { ConvertTo-CMStandInValue -Value $_ })
            calls           = @($session.Calls)
            readHostPrompts = @($hostUi.Recorder.Prompts)
            stateAfter      = ConvertFrom-CMStandInState -State $session.State
        }
    }
    finally {
        if ($shell) { $shell.Dispose() }
        if ($runspace) { $runspace.Dispose() }
        [CMStandIn.Session]::Current = $null
        Reset-CMStandInChainStores -State $null
        foreach ($name in $savedEnvironment.Keys) { [Environment]::SetEnvironmentVariable($name, $savedEnvironment[$name]) }
        [Environment]::CurrentDirectory = $savedDirectory
        Remove-Item -LiteralPath $runRoot -Recurse -Force -ErrorAction SilentlyContinue
    }
}

$results = [System.Collections.Generic.List[object]]::new()
$byId = @{}
foreach ($run in $batch.runs) {
    $result = Invoke-CMStandInRun -Run $run -Earlier $byId
    if ($null -ne $result.id) { $byId[[string]$result.id] = $result }
    $results.Add($result)
}
$document = [ordered]@{ pwsh = $PSVersionTable.PSVersion.ToString(); results = $results.ToArray() }
[Console]::Out.Write((ConvertTo-Json -InputObject $document -Depth 64 -Compress))
