# The stand-in ConfigurationManager module: one function per ConfigMgr cmdlet that exists at the
# run's site version, generated from cmdlet-facts.json (cmdlet-source.ps1), with the behaviours of
# behaviours.ps1 over the run's state. Importing it also gives the CMSite provider its drives:
# the docs' overview says the console creates the site's drive, and a first import may need
# New-PSDrive; which drives exist on import is the run's console.drivesOnImport.
Set-StrictMode -Version Latest

$standInRoot = Split-Path -Path $PSScriptRoot -Parent
. (Join-Path -Path $standInRoot -ChildPath 'common.ps1')
. (Join-Path -Path $standInRoot -ChildPath 'environment/preferences.ps1')
. (Join-Path -Path $PSScriptRoot -ChildPath 'objects.ps1')
. (Join-Path -Path $PSScriptRoot -ChildPath 'embedded-properties.ps1')
. (Join-Path -Path $PSScriptRoot -ChildPath 'gateway-progress.ps1')
. (Join-Path -Path $PSScriptRoot -ChildPath 'behaviours.ps1')
. (Join-Path -Path $PSScriptRoot -ChildPath 'onboarding.ps1')

$session = Get-CMStandInSession
. ([scriptblock]::Create($session.CmdletSource))
$session.ModuleImported = $true
foreach ($siteCode in $session.Console.drivesOnImport) {
    New-CMStandInSiteDrive -Name $siteCode -Root (Get-CMStandInSite -SiteCode $siteCode).smsProvider
}

Export-ModuleMember -Function $session.CmdletNames
