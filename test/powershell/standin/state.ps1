# A run's state from its seed (the JSON the test gives), and back to JSON after the run.
# The seed's shape is documented in test/powershell/README.md; everything missing is empty.
Set-StrictMode -Version Latest

$script:DefaultClock = [datetime]::new(2026, 3, 1, 0, 0, 0, [System.DateTimeKind]::Utc)

function ConvertTo-CMStandInOrdered($Value) {
    $result = [ordered]@{}
    if ($null -ne $Value) { foreach ($key in $Value.Keys) { $result[[string]$key] = $Value[$key] } }
    return $result
}

function ConvertTo-CMStandInList($Value) {
    $list = [System.Collections.Generic.List[object]]::new()
    if ($null -ne $Value) { foreach ($item in @($Value)) { $list.Add($item) } }
    # The comma keeps PowerShell from unrolling the list into its items.
    return , $list
}

# Nested dictionaries ordered, lists as List[object] (so that a behaviour can add to them).
function ConvertTo-CMStandInDeepOrdered($Value) {
    if ($Value -is [System.Collections.IDictionary]) {
        $result = [ordered]@{}
        foreach ($key in $Value.Keys) { $result[[string]$key] = ConvertTo-CMStandInDeepOrdered $Value[$key] }
        return $result
    }
    if ($Value -is [System.Collections.IList]) {
        $list = [System.Collections.Generic.List[object]]::new()
        foreach ($item in $Value) { $list.Add((ConvertTo-CMStandInDeepOrdered $item)) }
        return , $list
    }
    return $Value
}

function Get-CMStandInSeedValue($Seed, [string] $Name, $Default) {
    if ($null -ne $Seed -and $Seed.Contains($Name) -and $null -ne $Seed[$Name]) { return $Seed[$Name] }
    return $Default
}

function New-CMStandInState {
    param([AllowNull()] [System.Collections.IDictionary] $Seed)
    $state = [ordered]@{
        sites              = [System.Collections.Generic.List[object]]::new()
        siteSystems        = [System.Collections.Generic.List[object]]::new()
        gateways           = [System.Collections.Generic.List[object]]::new()
        # Step 3 (ConfigurationManager/onboarding.ps1): imported Entra apps and Azure services.
        aadApplications    = [System.Collections.Generic.List[object]]::new()
        azureServices      = [System.Collections.Generic.List[object]]::new()
        # The Entra tenant Microsoft Graph PowerShell reaches (test/powershell/graph-standin/graph.ps1), when the seed has one.
        graph              = $null
        registry           = [ordered]@{}
        services           = [ordered]@{}
        client             = $null
        certificates       = [ordered]@{}
        certificationAuthorities = [System.Collections.Generic.List[object]]::new()
        requestKeys        = [System.Collections.Generic.List[object]]::new()
        clock              = $script:DefaultClock
        nextAzureServiceId = 1
    }
    foreach ($site in (Get-CMStandInSeedValue $Seed 'sites' @())) {
        if (-not $site.Contains('SiteCode')) { throw 'seed.sites[]: every site needs a SiteCode.' }
        $entry = ConvertTo-CMStandInOrdered $site
        # SMS_Site defaults from its class page: Type 2 is a primary site, Status 1 is ACTIVE.
        if (-not $entry.Contains('Type')) { $entry.Type = [uint32]2 }
        if (-not $entry.Contains('Status')) { $entry.Status = [uint32]1 }
        if (-not $entry.Contains('smsProvider')) { $entry.smsProvider = if ($entry.Contains('ServerName')) { $entry.ServerName } else { throw "seed.sites[$($entry.SiteCode)]: give smsProvider or ServerName." } }
        if (-not $entry.Contains('ServerName')) { $entry.ServerName = $entry.smsProvider }
        $entry.settings = ConvertTo-CMStandInOrdered (Get-CMStandInSeedValue $site 'settings' $null)
        $state.sites.Add($entry)
    }
    foreach ($system in (Get-CMStandInSeedValue $Seed 'siteSystems' @())) {
        if (-not ($system.Contains('server') -and $system.Contains('siteCode'))) { throw 'seed.siteSystems[]: every site system needs a server and a siteCode.' }
        $roles = [ordered]@{}
        $seededRoles = Get-CMStandInSeedValue $system 'roles' $null
        if ($null -ne $seededRoles) { foreach ($role in $seededRoles.Keys) { $roles[[string]$role] = ConvertTo-CMStandInOrdered $seededRoles[$role] } }
        $state.siteSystems.Add([ordered]@{ server = [string]$system.server; siteCode = [string]$system.siteCode; settings = ConvertTo-CMStandInOrdered (Get-CMStandInSeedValue $system 'settings' $null); roles = $roles })
    }
    foreach ($gateway in (Get-CMStandInSeedValue $Seed 'gateways' @())) {
        $entry = ConvertTo-CMStandInOrdered $gateway
        if (-not $entry.Contains('AzureServiceID')) { $entry.AzureServiceID = [uint32]$state.nextAzureServiceId }
        foreach ($name in 'State', 'StatusDetails', 'NumberOfInstances') { if ($entry.Contains($name)) { $entry[$name] = [uint32]$entry[$name] } }
        $state.nextAzureServiceId = [Math]::Max($state.nextAzureServiceId, [int]$entry.AzureServiceID + 1)
        $state.gateways.Add($entry)
    }
    foreach ($app in (Get-CMStandInSeedValue $Seed 'aadApplications' @())) {
        $entry = ConvertTo-CMStandInOrdered $app
        if (-not ($entry.Contains('Id') -and $entry.Contains('ClientID') -and $entry.Contains('TenantID') -and $entry.Contains('AppType'))) { throw 'seed.aadApplications[]: each needs Id, ClientID, TenantID and AppType (ServerApplication or ClientApplication).' }
        $state.aadApplications.Add($entry)
    }
    foreach ($service in (Get-CMStandInSeedValue $Seed 'azureServices' @())) {
        $entry = ConvertTo-CMStandInOrdered $service
        if (-not ($entry.Contains('Id') -and $entry.Contains('Name'))) { throw 'seed.azureServices[]: each needs Id and Name.' }
        $state.azureServices.Add($entry)
    }
    $graph = Get-CMStandInSeedValue $Seed 'graph' $null
    if ($null -ne $graph) {
        if (-not ($graph.Contains('tenantId') -and $graph.Contains('account'))) { throw 'seed.graph: give the tenantId and the account that signs in.' }
        $state.graph = [ordered]@{
            tenantId               = [string]$graph.tenantId
            account                = [string]$graph.account
            # Stand-in decision: false models an Application Administrator, whom Graph refuses app-role grants.
            canGrantAppRoles       = [bool](Get-CMStandInSeedValue $graph 'canGrantAppRoles' $true)
            connected              = $false
            scopes                 = @()
            nextId                 = [int](Get-CMStandInSeedValue $graph 'nextId' 0)
        }
        foreach ($name in 'applications', 'servicePrincipals', 'oauth2PermissionGrants', 'appRoleAssignments') {
            $list = [System.Collections.Generic.List[object]]::new()
            foreach ($item in @(Get-CMStandInSeedValue $graph $name @())) { $list.Add((ConvertTo-CMStandInDeepOrdered $item)) }
            $state.graph[$name] = $list
        }
    }
    $registry = Get-CMStandInSeedValue $Seed 'registry' $null
    if ($null -ne $registry) {
        foreach ($key in $registry.Keys) {
            $normalized = ConvertTo-CMStandInRegistryKey $key
            if ($null -eq $normalized) { throw "seed.registry: '$key' is not an HKLM:\ key." }
            $values = [ordered]@{}
            foreach ($name in $registry[$key].Keys) {
                $value = $registry[$key][$name]
                $values[[string]$name] = [ordered]@{ type = [string]$value.type; value = ConvertTo-CMStandInRegistryValue -Type $value.type -Value $value.value }
            }
            $state.registry[$normalized] = $values
        }
    }
    $services = Get-CMStandInSeedValue $Seed 'services' $null
    if ($null -ne $services) {
        foreach ($name in $services.Keys) {
            # 'Running', or { Status, restarts } as a run's stateAfter gives it back.
            $service = $services[$name]
            $state.services[[string]$name] = if ($service -is [System.Collections.IDictionary]) { [ordered]@{ Status = [string]$service.Status; restarts = [int]$service.restarts } } else { [ordered]@{ Status = [string]$service; restarts = 0 } }
        }
    }
    $client = Get-CMStandInSeedValue $Seed 'client' $null
    if ($null -ne $client) {
        $after = Get-CMStandInSeedValue $client 'mpCandidatesAfterRestart' $null
        $state.client = [ordered]@{ mpCandidates = ConvertTo-CMStandInList (Get-CMStandInSeedValue $client 'mpCandidates' @()); mpCandidatesAfterRestart = $null }
        if ($null -ne $after) { $state.client.mpCandidatesAfterRestart = ConvertTo-CMStandInList $after }
    }
    $certificates = Get-CMStandInSeedValue $Seed 'certificates' $null
    if ($null -ne $certificates) {
        foreach ($store in $certificates.Keys) {
            # LocalMachine\REQUEST: certreq's pending requests (environment/certreq.ps1).
            if ($store -notin 'LocalMachine\My', 'LocalMachine\Root', 'LocalMachine\CA', 'LocalMachine\REQUEST') { throw "seed.certificates: the stand-in has the stores LocalMachine\My, LocalMachine\Root, LocalMachine\CA and LocalMachine\REQUEST, not '$store'." }
            $entries = [System.Collections.Generic.List[object]]::new()
            foreach ($entry in @($certificates[$store])) {
                # pkcs12: the base64 PKCS#12 a run put there (certreq -accept), carried by stateAfter.
                if (-not ($entry.Contains('pfx') -or $entry.Contains('cer') -or $entry.Contains('pkcs12'))) { throw "seed.certificates.${store}: each entry needs a pfx (and password), a cer path or a pkcs12 (base64, and password)." }
                $entries.Add((ConvertTo-CMStandInOrdered $entry))
            }
            $state.certificates[[string]$store] = $entries
        }
    }
    # Certification authorities certreq -submit reaches (environment/certification-authority.ps1).
    foreach ($authority in (Get-CMStandInSeedValue $Seed 'certificationAuthorities' @())) {
        $entry = ConvertTo-CMStandInOrdered $authority
        if (-not ($entry.Contains('config') -and $entry.Contains('certificate'))) { throw 'seed.certificationAuthorities[]: each needs a config ("CAHostName\CAName") and a certificate ({ pfx, password }: the CA certificate and its key).' }
        # The requests it received, as a run's stateAfter gives them back.
        $entry.requests = ConvertTo-CMStandInList (Get-CMStandInSeedValue $authority 'requests' @())
        $state.certificationAuthorities.Add($entry)
    }
    # Stand-in only, and only when seeded: the Entra tenants whose imported server app predates 2309
    # (no http://localhost redirect, F-GW-5). New-CMCloudManagementGateway fails for them from 2309
    # until Set-UpdateServerApplication -TenantId has run (behaviours.ps1).
    $outdated = Get-CMStandInSeedValue $Seed 'outdatedServerApps' $null
    if ($null -ne $outdated) { $state.outdatedServerApps = ConvertTo-CMStandInList @($outdated | ForEach-Object { ([string]$_).ToLowerInvariant() }) }
    # The keys certreq -new makes, in order (base64 PKCS #8): fixed keys keep a batch fast and its certificates the same.
    foreach ($key in (Get-CMStandInSeedValue $Seed 'requestKeys' @())) { $state.requestKeys.Add([string]$key) }
    $clock = Get-CMStandInSeedValue $Seed 'clock' $null
    if ($null -ne $clock) {
        $state.clock = if ($clock -is [datetime]) { $clock.ToUniversalTime() } else { [datetime]::Parse([string]$clock, [cultureinfo]::InvariantCulture, [System.Globalization.DateTimeStyles]'AdjustToUniversal, AssumeUniversal') }
    }
    return $state
}

<#
.SYNOPSIS
The state as the harness returns it: registry values with their type, the clock as ISO 8601.
#>
function ConvertFrom-CMStandInState {
    param([Parameter(Mandatory)] [System.Collections.IDictionary] $State)
    $result = ConvertTo-CMStandInValue -Value $State
    $result.Remove('nextAzureServiceId')
    return $result
}
