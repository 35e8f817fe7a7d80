# The CMSite provider. pwsh has no such provider, so a site drive is a FileSystem drive of the
# same name rooted in an empty folder of the run: after `Push-Location 'P01:\'` a relative path
# resolves inside the site drive, not in the script's folder, as on a site. Get-PSDrive and
# New-PSDrive with -PSProvider CMSite are the stand-in's; any other call is the real cmdlet's.
Set-StrictMode -Version Latest

function Test-CMStandInProviderCall([System.Collections.IDictionary] $Bound) {
    $Bound.ContainsKey('PSProvider') -and @($Bound.PSProvider) -contains 'CMSite'
}

function Stop-CMStandInNoProvider($Cmdlet) {
    # The message PowerShell gives for a provider that is not loaded: before Import-Module
    # ConfigurationManager there is no CMSite provider.
    $Cmdlet.ThrowTerminatingError((New-CMStandInError -Message "Cannot find a provider with the name 'CMSite'." -Category ObjectNotFound -ErrorId 'ProviderNotFound' -Target 'CMSite' -ExceptionType ([System.Management.Automation.ProviderNotFoundException])))
}

<#
.SYNOPSIS
Creates the drive of a site: what New-PSDrive -PSProvider CMSite does, and what the module's import does for the drives the console knows.
.DESCRIPTION
The root is an SMS Provider the seed knows (stand-in decision: any other cannot be reached); the drive's site is the site of that provider.
#>
function New-CMStandInSiteDrive {
    param([Parameter(Mandatory)] [string] $Name, [Parameter(Mandatory)] [string] $Root, [string] $Description = '')
    $session = Get-CMStandInSession
    $sites = @((Get-CMStandInState).sites | Where-Object { [string]::Equals($_.smsProvider, $Root, 'OrdinalIgnoreCase') })
    if ($sites.Count -eq 0) {
        throw (New-CMStandInError -Message "Cannot connect to the SMS Provider on '$Root': the stand-in's seed has no site with this provider." -Category ConnectionError -ErrorId 'SmsProviderUnreachable' -Target $Root)
    }
    $site = @($sites | Where-Object { $_.SiteCode -eq $Name }) + $sites | Select-Object -First 1
    $folder = Join-Path -Path $session.RunRoot -ChildPath "site-drives/$Name"
    [void][System.IO.Directory]::CreateDirectory($folder)
    $drive = Microsoft.PowerShell.Management\New-PSDrive -Name $Name -PSProvider FileSystem -Root $folder -Description $Description -Scope Global -WhatIf:$false
    $session.Drives[$Name] = [ordered]@{ root = $Root; siteCode = $site.SiteCode; folder = $folder }
    return $drive
}

function Invoke-CMStandInNewPSDrive {
    param([System.Collections.IDictionary] $Bound, [System.Management.Automation.PSCmdlet] $Cmdlet)
    $call = Add-CMStandInCall -Command 'New-PSDrive' -Kind environment -ParameterSet $Cmdlet.ParameterSetName -Bound $Bound
    if (-not (Get-CMStandInSession).ModuleImported) { Stop-CMStandInNoProvider $Cmdlet }
    if (-not $Cmdlet.ShouldProcess("Name: $($Bound.Name) Provider: CMSite Root: $($Bound.Root)", 'New drive')) { $call.performed = $false; return }
    # A drive that could not be made changed nothing (README: performed is false after an error).
    $call.performed = $false
    try { $drive = New-CMStandInSiteDrive -Name $Bound.Name -Root $Bound.Root -Description $(if ($Bound.ContainsKey('Description')) { $Bound.Description } else { '' }) }
    catch { $Cmdlet.ThrowTerminatingError($_) }
    $call.performed = $true
    $drive
}

function Invoke-CMStandInGetPSDrive {
    param([System.Collections.IDictionary] $Bound, [System.Management.Automation.PSCmdlet] $Cmdlet)
    $session = Get-CMStandInSession
    if (-not $session.ModuleImported) { Stop-CMStandInNoProvider $Cmdlet }
    $names = if ($Bound.ContainsKey('Name')) { @($Bound.Name) } else { @($session.Drives.Keys) }
    foreach ($name in $names) {
        if ($session.Drives.Contains($name)) { Microsoft.PowerShell.Management\Get-PSDrive -Name $name -PSProvider FileSystem }
        else {
            $Cmdlet.WriteError((New-CMStandInError -Message "Cannot find drive. A drive with the name '$name' does not exist." -Category ObjectNotFound -ErrorId 'GetDriveNoMatchingDrive' -Target $name -ExceptionType ([System.Management.Automation.DriveNotFoundException])))
        }
    }
}
