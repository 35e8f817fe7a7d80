# What a site server or a client has besides the ConfigurationManager module, as the scripts
# meet it: the CMSite provider's drives, the registry, the Cert: drive, CIM, services and the
# clock. Imported into every run's runspace before the script starts; its functions shadow the
# cmdlets of the same name (a function wins over a cmdlet), and those that are proxies pass every
# call that is not theirs to the real cmdlet.
Set-StrictMode -Version Latest

$standInRoot = Split-Path -Path $PSScriptRoot -Parent
. (Join-Path -Path $standInRoot -ChildPath 'common.ps1')
foreach ($part in 'preferences', 'proxy', 'drives', 'registry', 'certstore', 'cim', 'services', 'clock', 'inf', 'certification-authority', 'certreq', 'pki') {
    . (Join-Path -Path $PSScriptRoot -ChildPath "$part.ps1")
}

$session = Get-CMStandInSession
# The harness builds the proxies' source once per process and hands it over in the session.
$source = if ($session.Contains('ProxySource') -and $session.ProxySource) { $session.ProxySource } else { Get-CMStandInProxySource }
. ([scriptblock]::Create($source))


Export-ModuleMember -Function @(
    Get-CMStandInProxyNames
    'New-CMStandInSiteDrive'
    'New-CimSessionOption', 'New-CimSession', 'Remove-CimSession', 'Get-CimInstance', 'Set-CimInstance'
    'Get-Service', 'Restart-Service'
    'certreq.exe', 'Export-PfxCertificate'
)
