# What each stand-in ConfigMgr cmdlet does once PowerShell has bound its parameters: find the
# objects it names in the state, check what the site would check, change the state (unless
# ShouldProcess says no: under -WhatIf a real cmdlet changes nothing), return what it returns.
# Every rule the docs do not state is marked "stand-in decision".
Set-StrictMode -Version Latest

# Parameters that find the object or steer the call: never a setting of the object.
$script:Steering = @(
    'InputObject', 'SiteCode', 'SiteSystemServerName', 'Name', 'Id', 'AllSite', 'PassThru', 'Force',
    'DisableWildcardHandling', 'ForceWildcardHandling', 'WhatIf', 'Confirm', 'Verbose', 'Debug', 'ErrorAction',
    'WarningAction', 'InformationAction', 'ProgressAction', 'ErrorVariable', 'WarningVariable', 'InformationVariable',
    'OutVariable', 'OutBuffer', 'PipelineVariable'
)

$script:Behaviours = @{}

function Stop-CMStandIn {
    param($Context, [string] $Message, [System.Management.Automation.ErrorCategory] $Category, [string] $ErrorId, $Target, [type] $ExceptionType = [System.InvalidOperationException])
    $Context.Cmdlet.ThrowTerminatingError((New-CMStandInError -Message $Message -Category $Category -ErrorId $ErrorId -Target $Target -ExceptionType $ExceptionType))
}

# Stand-in wording of the provider's "not found" error (ItemNotFoundException, ObjectNotFound).
function Stop-CMStandInNotFound($Context, $Target) {
    Stop-CMStandIn -Context $Context -Message 'No object corresponds to the specified parameters.' -Category ObjectNotFound -ErrorId 'ItemNotFound' -Target $Target -ExceptionType ([System.Management.Automation.ItemNotFoundException])
}

function Stop-CMStandInNotModelled($Context) {
    Stop-CMStandIn -Context $Context -Message "The ConfigMgr stand-in does not model $($Context.Command) with parameter set $($Context.Set): add it in test/powershell/standin/ConfigurationManager/behaviours.ps1." -Category NotImplemented -ErrorId 'StandInNotModelled' -Target $null
}

function Test-CMStandInWildcard($Context, [string] $Parameter) {
    if ($Context.Bound.ContainsKey('DisableWildcardHandling') -and $Context.Bound.DisableWildcardHandling) { return $false }
    $facts = $Context.Epoch.parameters
    return $facts.Contains($Parameter) -and [bool]$facts[$Parameter].wildcards
}

function Get-CMStandInSetting($Context) {
    $settings = [ordered]@{}
    foreach ($key in $Context.Bound.Keys) {
        if ($script:Steering -contains $key) { continue }
        $settings[[string]$key] = ConvertTo-CMStandInValue -Value $Context.Bound[$key]
    }
    return $settings
}

function Set-CMStandInSetting([System.Collections.IDictionary] $Target, [System.Collections.IDictionary] $Settings) {
    foreach ($key in $Settings.Keys) { $Target[$key] = $Settings[$key] }
}

function Get-CMStandInSite([string] $SiteCode) {
    foreach ($site in (Get-CMStandInState).sites) { if ([string]::Equals($site.SiteCode, $SiteCode, 'OrdinalIgnoreCase')) { return $site } }
    return $null
}

<#
.SYNOPSIS
The sites a Get- call covers: -SiteCode, every site with -AllSite, otherwise the site of the drive the call runs from (stand-in decision, as the provider scopes queries to the connected site).
#>
function Get-CMStandInScopeSiteCode($Context) {
    if ($Context.Bound.ContainsKey('SiteCode') -and $Context.Bound.SiteCode) { return @($Context.Bound.SiteCode) }
    if ($Context.Bound.ContainsKey('AllSite') -and $Context.Bound.AllSite) { return @((Get-CMStandInState).sites | ForEach-Object { $_.SiteCode }) }
    return @($Context.SiteCode)
}

function Find-CMStandInSystem {
    param($Context, [AllowNull()] [string] $Server, [string[]] $SiteCodes, [bool] $Wildcards)
    @((Get-CMStandInState).siteSystems | Where-Object {
        ($SiteCodes -contains $_.siteCode) -and (Test-CMStandInName -Value $_.server -Pattern $Server -Wildcards $Wildcards)
    })
}

<#
.SYNOPSIS
The site system an InputObject stands for: a site system server or any of its roles.
#>
function Find-CMStandInSystemByObject($InputObject) {
    $base = if ($InputObject -is [psobject]) { $InputObject.psobject.BaseObject } else { $InputObject }
    if ($base -isnot [CMStandIn.ResultObject] -or $base.ObjectClass -ne 'SMS_SCI_SysResUse') { return $null }
    $siteCode, $server, $null = $base.Key.Split('|')
    foreach ($system in (Get-CMStandInState).siteSystems) {
        if ($system.siteCode -eq $siteCode -and $system.server -eq $server) { return $system }
    }
    return $null
}

# ---------------------------------------------------------------------------------------------
# Sites

$script:Behaviours['Get-CMSite'] = {
    param($Context)
    $wildcards = Test-CMStandInWildcard $Context 'Name'
    foreach ($site in (Get-CMStandInState).sites) {
        if ($Context.Bound.ContainsKey('SiteCode') -and -not [string]::Equals($site.SiteCode, $Context.Bound.SiteCode, 'OrdinalIgnoreCase')) { continue }
        if ($Context.Bound.ContainsKey('Name') -and -not (Test-CMStandInName -Value $site.SiteName -Pattern $Context.Bound.Name -Wildcards $wildcards)) { continue }
        ConvertTo-CMStandInSiteObject $site
    }
}

$script:Behaviours['Set-CMSite'] = {
    param($Context)
    $site = switch ($Context.Set) {
        'SetByObject' { Get-CMStandInSite -SiteCode ($Context.Bound.InputObject.psobject.BaseObject.Key) }
        'SetByNameMandatory' { (Get-CMStandInState).sites | Where-Object { Test-CMStandInName -Value $_.SiteName -Pattern $Context.Bound.Name -Wildcards $false } | Select-Object -First 1 }
        # -SiteCode is optional in this set (SYNTAX and PARAMETERS agree): the connected site otherwise.
        'SetBySiteCodeMandatory' { Get-CMStandInSite -SiteCode $(if ($Context.Bound.ContainsKey('SiteCode')) { $Context.Bound.SiteCode } else { $Context.SiteCode }) }
    }
    if (-not $site) { Stop-CMStandInNotFound $Context $null }
    if ($Context.Cmdlet.ShouldProcess($site.SiteCode)) {
        Set-CMStandInSetting -Target $site.settings -Settings (Get-CMStandInSetting $Context)
        $Context.Call.performed = $true
    }
    else { $Context.Call.performed = $false }
    if ($Context.Bound.ContainsKey('PassThru') -and $Context.Bound.PassThru) { ConvertTo-CMStandInSiteObject $site }
}

# ---------------------------------------------------------------------------------------------
# Site systems and their roles

function Invoke-CMStandInRoleGet {
    param($Context, [string] $Role)
    $systems = switch ($Context.Set) {
        'SearchByName' { Find-CMStandInSystem -Context $Context -Server $(if ($Context.Bound.ContainsKey('SiteSystemServerName')) { $Context.Bound.SiteSystemServerName } else { $null }) -SiteCodes (Get-CMStandInScopeSiteCode $Context) -Wildcards (Test-CMStandInWildcard $Context 'SiteSystemServerName') }
        'SearchByValue' { @(Find-CMStandInSystemByObject $Context.Bound.InputObject) | Where-Object { $_ } }
        default { Stop-CMStandInNotModelled $Context }
    }
    foreach ($system in $systems) {
        if ($Role -eq 'SiteSystem') { ConvertTo-CMStandInRoleObject $system 'SiteSystem' }
        elseif ($system.roles.Contains($Role)) { ConvertTo-CMStandInRoleObject $system $Role }
    }
}

<#
.SYNOPSIS
The one site system (holding the role, unless Role is SiteSystem) a Set- or Remove- call names: by InputObject, or by -SiteSystemServerName and -SiteCode (the connected site when absent).
#>
function Find-CMStandInTarget {
    param($Context, [string] $Role)
    if ($Context.Bound.ContainsKey('InputObject') -and $null -ne $Context.Bound.InputObject) {
        $system = Find-CMStandInSystemByObject $Context.Bound.InputObject
    }
    elseif ($Context.Bound.ContainsKey('SiteSystemServerName')) {
        $siteCode = if ($Context.Bound.ContainsKey('SiteCode') -and $Context.Bound.SiteCode) { $Context.Bound.SiteCode } else { $Context.SiteCode }
        $system = Find-CMStandInSystem -Context $Context -Server $Context.Bound.SiteSystemServerName -SiteCodes @($siteCode) -Wildcards $false | Select-Object -First 1
    }
    else { $system = $null }
    if (-not $system -or ($Role -ne 'SiteSystem' -and -not $system.roles.Contains($Role))) {
        Stop-CMStandInNotFound $Context $(if ($Context.Bound.ContainsKey('SiteSystemServerName')) { $Context.Bound.SiteSystemServerName } else { $null })
    }
    return $system
}

function Invoke-CMStandInRoleSet {
    param($Context, [string] $Role, [scriptblock] $Check)
    $system = Find-CMStandInTarget -Context $Context -Role $Role
    $settings = Get-CMStandInSetting $Context
    $current = if ($Role -eq 'SiteSystem') { $system.settings } else { $system.roles[$Role] }
    if ($Check) { & $Check $Context $current $settings }
    if ($Context.Cmdlet.ShouldProcess($system.server)) {
        Set-CMStandInSetting -Target $current -Settings $settings
        $Context.Call.performed = $true
    }
    else { $Context.Call.performed = $false }
    if ($Context.Bound.ContainsKey('PassThru') -and $Context.Bound.PassThru) { ConvertTo-CMStandInRoleObject $system $Role }
}

$script:Behaviours['Get-CMSiteSystemServer'] = { param($Context) Invoke-CMStandInRoleGet -Context $Context -Role 'SiteSystem' }
$script:Behaviours['Set-CMSiteSystemServer'] = { param($Context) Invoke-CMStandInRoleSet -Context $Context -Role 'SiteSystem' }
$script:Behaviours['Get-CMManagementPoint'] = { param($Context) Invoke-CMStandInRoleGet -Context $Context -Role 'ManagementPoint' }
$script:Behaviours['Get-CMSoftwareUpdatePoint'] = { param($Context) Invoke-CMStandInRoleGet -Context $Context -Role 'SoftwareUpdatePoint' }
$script:Behaviours['Get-CMDistributionPoint'] = { param($Context) Invoke-CMStandInRoleGet -Context $Context -Role 'DistributionPoint' }
$script:Behaviours['Set-CMSoftwareUpdatePoint'] = { param($Context) Invoke-CMStandInRoleSet -Context $Context -Role 'SoftwareUpdatePoint' }
$script:Behaviours['Set-CMDistributionPoint'] = { param($Context) Invoke-CMStandInRoleSet -Context $Context -Role 'DistributionPoint' }

$script:Behaviours['Set-CMManagementPoint'] = {
    param($Context)
    Invoke-CMStandInRoleSet -Context $Context -Role 'ManagementPoint' -Check {
        param($Context, $current, $settings)
        # 1902 release notes, Set-CMManagementPoint, breaking change: "we would block user to enable
        # cloud gateway (-EnableCloudGateway) without SSL".
        if ([string]::CompareOrdinal($Context.SiteVersion, '1902') -lt 0) { return }
        $gateway = if ($settings.Contains('EnableCloudGateway')) { $settings.EnableCloudGateway } elseif ($current.Contains('EnableCloudGateway')) { $current.EnableCloudGateway } else { $false }
        $ssl = if ($settings.Contains('EnableSsl')) { $settings.EnableSsl } elseif ($current.Contains('EnableSsl')) { $current.EnableSsl } else { $false }
        if ($gateway -and -not $ssl) {
            # Stand-in decision (documented-facts.md F-MP-11): the release note says the cmdlet was
            # aligned "with UI", and the console allows CMG traffic on an HTTP MP once the site has
            # Enhanced HTTP; whether the cmdlet does is not documented. A site's
            # cloudGatewayWithEnhancedHttp ('accepted' | 'refused' | 'ignored', default 'refused': the
            # release note's own words) says which cmdlet a test runs against; 'accepted' only counts once
            # Set-CMSite -UseSmsGeneratedCert $true is in the site's settings. 'ignored' (stand-in
            # decision, review S1): the "block" is no error at all, the call returns and changes nothing.
            $siteCode = if ($Context.Bound.ContainsKey('SiteCode') -and $Context.Bound.SiteCode) { $Context.Bound.SiteCode } else { $Context.SiteCode }
            $site = Get-CMStandInSite -SiteCode $siteCode
            $enhancedHttp = $null -ne $site -and $site.settings.Contains('UseSmsGeneratedCert') -and $site.settings.UseSmsGeneratedCert
            $accepted = $null -ne $site -and $site.Contains('cloudGatewayWithEnhancedHttp') -and $site.cloudGatewayWithEnhancedHttp -eq 'accepted'
            if ($enhancedHttp -and $accepted) { return }
            if ($null -ne $site -and $site.Contains('cloudGatewayWithEnhancedHttp') -and $site.cloudGatewayWithEnhancedHttp -eq 'ignored') { $settings.Clear(); return }
            Stop-CMStandIn -Context $Context -Message 'Cloud management gateway traffic needs an HTTPS management point: pass -EnableSsl $true as well (Set-CMManagementPoint blocks -EnableCloudGateway without SSL since 1902).' -Category InvalidArgument -ErrorId 'CloudGatewayRequiresSsl' -Target $Context.Bound.SiteSystemServerName -ExceptionType ([System.ArgumentException])
        }
    }
}

# ---------------------------------------------------------------------------------------------
# Cloud management gateways

function Find-CMStandInGateway {
    param([string] $Name, [bool] $Wildcards, [ValidateSet('both', 'ServiceCName', 'Name', 'Fqdn')] [string] $By = 'both')
    # Stand-in decision: -Name matches the service name (ServiceCName) or the Azure name (Name). The docs
    # use both (F-GW-9): Get-CMCloudManagementGateway's example names the CMG by its FQDN (page L44,
    # -Name "GraniteFalls.cloudapp.net"), Set-CMCloudManagementGateway's examples by its short name
    # (page L68-L110, -Name "GraniteFalls"); which property the cmdlet reads is not documented. A run
    # may model one of them only (modelling.gatewayName, modelling.ps1): $By. "Fqdn" (stand-in
    # decision too): -Name matches SMS_AzureService.Fqdn only, the deployment name ("The concatenation
    # of the property "Name" with ".cloudapp.net"", SMS_AzureService page), which is the form of the
    # Get page's example; neither the service name nor the short name then finds the CMG.
    @((Get-CMStandInState).gateways | Where-Object {
        if ($By -eq 'Fqdn') { return ($_.Contains('Fqdn') -and (Test-CMStandInName -Value $_.Fqdn -Pattern $Name -Wildcards $Wildcards)) }
        (($By -ne 'ServiceCName') -and (Test-CMStandInName -Value $_.Name -Pattern $Name -Wildcards $Wildcards)) -or
        (($By -ne 'Name') -and (Test-CMStandInName -Value $_.ServiceCName -Pattern $Name -Wildcards $Wildcards))
    })
}

# What -Name of Get-/Remove-CMCloudManagementGateway matches in this run (modelling.gatewayName).
function Get-CMStandInGatewayNameMode { [string](Get-CMStandInSession).Modelling.gatewayName }

$script:Behaviours['Get-CMCloudManagementGateway'] = {
    param($Context)
    $gateways = @(if ($Context.Set -eq 'SearchByIdMandatory') {
        @((Get-CMStandInState).gateways | Where-Object { [string]$_.AzureServiceID -eq $Context.Bound.Id })
    }
    elseif ($Context.Bound.ContainsKey('Name')) { Find-CMStandInGateway -Name $Context.Bound.Name -Wildcards (Test-CMStandInWildcard $Context 'Name') -By (Get-CMStandInGatewayNameMode) }
    else { @((Get-CMStandInState).gateways) })
    foreach ($gateway in $gateways) { ConvertTo-CMStandInGatewayObject $gateway }
}

<#
.SYNOPSIS
Opens a certificate file as the cmdlet would need to: the path resolved by .NET (against the process's working directory, not PowerShell's location: stand-in decision), a PFX with its password.
#>
function Read-CMStandInCertificate {
    param($Context, [string] $Path, [AllowNull()] [securestring] $Password, [string] $What, [switch] $Pfx)
    $full = [System.IO.Path]::GetFullPath($Path)
    if (-not [System.IO.File]::Exists($full)) {
        Stop-CMStandIn -Context $Context -Message "Cannot find the $What file '$Path'." -Category ObjectNotFound -ErrorId 'CertificateFileNotFound' -Target $Path -ExceptionType ([System.IO.FileNotFoundException])
    }
    try {
        if ($Pfx) {
            $plain = if ($Password) { [System.Net.NetworkCredential]::new('', $Password).Password } else { $null }
            return [System.Security.Cryptography.X509Certificates.X509CertificateLoader]::LoadPkcs12FromFile($full, $plain)
        }
        return [System.Security.Cryptography.X509Certificates.X509CertificateLoader]::LoadCertificateFromFile($full)
    }
    catch {
        Stop-CMStandIn -Context $Context -Message "Cannot open the $What file '$Path': $($_.Exception.InnerException.Message)" -Category InvalidData -ErrorId 'CertificateUnreadable' -Target $Path -ExceptionType ([System.Security.Cryptography.CryptographicException])
    }
}

function Get-CMStandInBoundValue($Context, [string] $Name, $Default) {
    if ($Context.Bound.ContainsKey($Name)) { return $Context.Bound[$Name] }
    return $Default
}

$script:Behaviours['New-CMCloudManagementGateway'] = {
    param($Context)
    $bound = $Context.Bound
    $legacy = $Context.Set -eq '__AllParameterSets'
    if ($Context.Set -eq 'Interactive') {
        # The Interactive set signs in to Azure with a window: nothing a test can answer.
        Stop-CMStandInNotModelled $Context
    }
    $standIn = [ordered]@{ parameterSet = $Context.Set }
    if ($legacy) {
        # 1702-2006 syntax: the cloud service takes the management certificate and one root certificate.
        $serviceName = $bound.ServiceCName
        $certificate = Read-CMStandInCertificate -Context $Context -Path $bound.ServiceCertificatePath -Password (Get-CMStandInBoundValue $Context 'ServiceCertificatePassword' $null) -What 'service certificate' -Pfx
        $management = Read-CMStandInCertificate -Context $Context -Path $bound.ManagementCertificatePath -Password (Get-CMStandInBoundValue $Context 'ManagementCertificatePassword' $null) -What 'management certificate' -Pfx
        $root = Read-CMStandInCertificate -Context $Context -Path $bound.RootCertificatePath -Password $null -What 'root certificate'
        $government = [bool](Get-CMStandInBoundValue $Context 'GovernmentSubscription' $false)
        $standIn.managementThumbprint = $management.Thumbprint
        $standIn.rootCertificate = [ordered]@{ path = $bound.RootCertificatePath; subject = $root.Subject; thumbprint = $root.Thumbprint }
        $standIn.governmentSubscription = $government
        $suffix = if ($government) { '.usgovcloudapp.net' } else { '.cloudapp.net' }
    }
    else {
        $certificate = Read-CMStandInCertificate -Context $Context -Path $bound.ServiceCertPath -Password (Get-CMStandInBoundValue $Context 'ServiceCertPassword' $null) -What 'service certificate' -Pfx
        # New-CMCloudManagementGateway, -ServiceName: "If you don't specify this parameter, Configuration
        # Manager uses the service certificate's first DNS name."
        $serviceName = if ($bound.ContainsKey('ServiceName') -and $bound.ServiceName) { $bound.ServiceName } else { $certificate.GetNameInfo([System.Security.Cryptography.X509Certificates.X509NameType]::DnsName, $false) }
        $roots = [ordered]@{}
        if ($bound.ContainsKey('CARootCert')) {
            $paths = [string[]]@($bound.CARootCert.Keys | ForEach-Object { [string]$_ })
            [System.Array]::Sort($paths, [System.StringComparer]::Ordinal)
            foreach ($path in $paths) {
                $store = $bound.CARootCert[$path]
                # Stand-in decision: every doc example builds the table with the CertificateStore enum; a string is refused.
                if ($store -isnot [Microsoft.ConfigurationManagement.AdminConsole.AzureServices.CertificateStore]) {
                    Stop-CMStandIn -Context $Context -Message "CARootCert: the value for '$path' is a $(if ($null -eq $store) { 'null' } else { $store.GetType().FullName }), not a [Microsoft.ConfigurationManagement.AdminConsole.AzureServices.CertificateStore]." -Category InvalidArgument -ErrorId 'CARootCertValue' -Target $path -ExceptionType ([System.ArgumentException])
                }
                $cer = Read-CMStandInCertificate -Context $Context -Path $path -Password $null -What 'CA certificate'
                $roots[$path] = [ordered]@{ store = $store.ToString(); subject = $cer.Subject; thumbprint = $cer.Thumbprint }
            }
        }
        $standIn.caRootCertificates = $roots
        # TenantId, Version, VMSSVMSize: only when the run models them (modelling.ps1); kept as passed.
        foreach ($name in 'EnvironmentSetting', 'GroupName', 'IsUsingExistingGroup', 'ServerAppClientId', 'EnforceProtocol', 'EnableCloudDPFunction', 'EnableTrafficOut', 'EnableStorageQuota', 'TenantId', 'Version', 'VMSSVMSize') {
            if ($bound.ContainsKey($name)) { $standIn[$name] = ConvertTo-CMStandInValue $bound[$name] }
        }
        $suffix = $null
        $state = Get-CMStandInState
        if ([string]::CompareOrdinal($Context.SiteVersion, '2309') -ge 0 -and $state.Contains('outdatedServerApps') -and $state.outdatedServerApps.Count -gt 0) {
            # What's new in 2309 (F-GW-5, L133): "If you try to create the CMG before updating RedirectUrl,
            # you get an error "Your server Application needs to be updated"." Stand-in decision: the app
            # is found by -TenantId; without one (the cmdlet lacks it), any outdated app counts.
            $tenant = if ($bound.ContainsKey('TenantId')) { ([string]$bound.TenantId).ToLowerInvariant() } else { $null }
            if ($null -eq $tenant -or $state.outdatedServerApps.Contains($tenant)) {
                Stop-CMStandIn -Context $Context -Message 'Your server Application needs to be updated' -Category InvalidOperation -ErrorId 'ServerAppNeedsUpdate' -Target $tenant
            }
        }
        # New-CMCloudManagementGateway, -Force: "Run the command without asking for confirmation. If the
        # service certificate contains multiple DNS names, use this parameter to avoid warnings from the
        # cmdlet." (page L234). Stand-in decision: without -Force, a certificate with more than one DNS
        # name makes the cmdlet ask (ShouldContinue); the stand-in's host offers no choice, so an
        # unattended run that does not pass -Force fails there, as it would hang or fail on a site.
        $dnsNames = @(foreach ($extension in $certificate.Extensions) {
            if ($extension -is [System.Security.Cryptography.X509Certificates.X509SubjectAlternativeNameExtension]) { $extension.EnumerateDnsNames() }
        })
        $confirm = if ($dnsNames.Count -gt 1 -and -not ($bound.ContainsKey('Force') -and $bound.Force)) { "The service certificate has $($dnsNames.Count) DNS names ($($dnsNames -join ', ')): the CMG uses $serviceName. Continue?" } else { $null }
    }
    if (@(Find-CMStandInGateway -Name $serviceName -Wildcards $false).Count -gt 0) {
        # Stand-in decision: one CMG per service name (the name is its DNS name).
        Stop-CMStandIn -Context $Context -Message "A cloud management gateway named $serviceName already exists." -Category ResourceExists -ErrorId 'GatewayExists' -Target $serviceName
    }
    if (-not $Context.Cmdlet.ShouldProcess($serviceName)) { $Context.Call.performed = $false; return }
    if (-not $legacy -and $null -ne $confirm -and -not $Context.Cmdlet.ShouldContinue($confirm, 'New-CMCloudManagementGateway')) { $Context.Call.performed = $false; return }
    $state = Get-CMStandInState
    $id = $state.nextAzureServiceId
    $state.nextAzureServiceId = $id + 1
    $azureName = $serviceName.Split('.')[0]
    $region = [string](Get-CMStandInBoundValue $Context 'Region' '')
    $gateway = [ordered]@{
        AzureServiceID           = [uint32]$id
        DeploymentSlot           = 'Production'
        Description              = [string](Get-CMStandInBoundValue $Context 'Description' '')
        # SMS_AzureService.Fqdn: "The concatenation of the property Name with .cloudapp.net" (classic);
        # a scale set's deployment name is <name>.<region>.cloudapp.azure.com (DESIGN.md).
        Fqdn                     = if ($legacy) { $azureName + $suffix } else { '{0}.{1}.cloudapp.azure.com' -f $azureName, $region.ToLowerInvariant() }
        ManagementThumbprint     = if ($legacy) { $standIn.managementThumbprint } else { '' }
        Name                     = $azureName
        NumberOfInstances        = [uint32](Get-CMStandInBoundValue $Context 'VMInstanceCount' 1)
        Region                   = $region
        ServiceCName             = $serviceName
        ServiceThumbprint        = $certificate.Thumbprint
        ServiceThumbprintAlgorithm = 'SHA1'
        # cmg-reference.md step 3: the 1610 article's script finds a CMG by ServiceType CloudProxyService.
        ServiceType              = 'CloudProxyService'
        SiteCode                 = $Context.SiteCode
        # State 1 = provisioning in the community table (cmg-reference.md, UNCONFIRMED): a new CMG is not Ready.
        State                    = [uint32]1
        StatusDetails            = [uint32]0
        StorageCriticalThreshold = [uint32](Get-CMStandInBoundValue $Context 'StorageCriticalPct' 0)
        StorageQuotaInGB         = [uint32](Get-CMStandInBoundValue $Context 'StorageQuotaGB' 0)
        StorageWarningThreshold  = [uint32](Get-CMStandInBoundValue $Context 'StorageWarningPct' 0)
        SubscriptionID           = [string](Get-CMStandInBoundValue $Context 'SubscriptionId' '')
        TrafficCriticalThreshold = [uint32](Get-CMStandInBoundValue $Context 'TrafficCriticalPct' 0)
        TrafficOutInGB           = [uint32](Get-CMStandInBoundValue $Context 'TrafficOutGB' 0)
        TrafficOutStopService    = [bool](Get-CMStandInBoundValue $Context 'TrafficOutStopService' $false)
        TrafficWarningThreshold  = [uint32](Get-CMStandInBoundValue $Context 'TrafficWarningPct' 0)
        standIn                  = $standIn
    }
    $state.gateways.Add($gateway)
    $Context.Call.performed = $true
    ConvertTo-CMStandInGatewayObject $gateway
}

$script:Behaviours['Remove-CMCloudManagementGateway'] = {
    param($Context)
    $state = Get-CMStandInState
    $gateways = @(switch ($Context.Set) {
        'SearchByValueMandatory' {
            $base = $Context.Bound.InputObject.psobject.BaseObject
            @($state.gateways | Where-Object { $base -is [CMStandIn.ResultObject] -and [string]$_.AzureServiceID -eq $base.Key })
        }
        'SearchByIdMandatory' { @($state.gateways | Where-Object { [string]$_.AzureServiceID -eq $Context.Bound.Id }) }
        'SearchByNameMandatory' { Find-CMStandInGateway -Name $Context.Bound.Name -Wildcards $false -By (Get-CMStandInGatewayNameMode) }
    })
    if ($gateways.Count -eq 0) { Stop-CMStandInNotFound $Context $null }
    $Context.Call.performed = $false
    foreach ($gateway in $gateways) {
        if ($Context.Cmdlet.ShouldProcess($gateway.ServiceCName)) {
            [void]$state.gateways.Remove($gateway)
            $Context.Call.performed = $true
        }
    }
}

# Set-UpdateServerApplication (2309): its page's SYNTAX is empty and describes -TenantId outside
# every set (F-GW-6), so the stand-in's cmdlet has no parameter unless the run models -TenantId
# (modelling.ps1). What it does: "add the missing URL 'http://localhost' to your existing server app"
# (2309 release notes), in the site database and in Entra ID (page L21-L23). Stand-in decision: a
# tenant whose app already has it is left as it is (performed: false), so a second call changes nothing.
$script:Behaviours['Set-UpdateServerApplication'] = {
    param($Context)
    if (-not $Context.Bound.ContainsKey('TenantId')) { Stop-CMStandInNotModelled $Context }
    $state = Get-CMStandInState
    $tenant = ([string]$Context.Bound.TenantId).ToLowerInvariant()
    $Context.Call.performed = $false
    if ($state.Contains('outdatedServerApps') -and $state.outdatedServerApps.Contains($tenant)) {
        [void]$state.outdatedServerApps.Remove($tenant)
        $Context.Call.performed = $true
    }
}

# ---------------------------------------------------------------------------------------------
# CMG connection points

$script:Behaviours['Get-CMCloudManagementGatewayConnectionPoint'] = { param($Context) Invoke-CMStandInRoleGet -Context $Context -Role 'CloudManagementGatewayConnectionPoint' }

$script:Behaviours['Add-CMCloudManagementGatewayConnectionPoint'] = {
    param($Context)
    $system = Find-CMStandInTarget -Context $Context -Role 'SiteSystem'
    $name = $Context.Bound.CloudManagementGatewayName
    if (@(Find-CMStandInGateway -Name $name -Wildcards $false -By (Get-CMStandInGatewayNameMode)).Count -eq 0) {
        # Stand-in decision: the role is bound to an existing CMG, found by name. The name is "the
        # service name of the CMG in Azure" as for Get-CMCloudManagementGateway -Name (the page's
        # example passes the FQDN, L47), so it matches what -Name matches in this run (F-GW-9).
        Stop-CMStandIn -Context $Context -Message "No cloud management gateway named $name." -Category ObjectNotFound -ErrorId 'GatewayNotFound' -Target $name -ExceptionType ([System.Management.Automation.ItemNotFoundException])
    }
    if ($system.roles.Contains('CloudManagementGatewayConnectionPoint')) {
        Stop-CMStandIn -Context $Context -Message "$($system.server) already holds the CMG connection point role." -Category ResourceExists -ErrorId 'RoleExists' -Target $system.server
    }
    if (-not $Context.Cmdlet.ShouldProcess($system.server)) { $Context.Call.performed = $false; return }
    $system.roles['CloudManagementGatewayConnectionPoint'] = [ordered]@{ CloudManagementGatewayName = $name }
    $Context.Call.performed = $true
    ConvertTo-CMStandInRoleObject $system 'CloudManagementGatewayConnectionPoint'
}

$script:Behaviours['Set-CMCloudManagementGatewayConnectionPoint'] = {
    param($Context)
    $system = Find-CMStandInTarget -Context $Context -Role 'CloudManagementGatewayConnectionPoint'
    $name = $Context.Bound.CloudManagementGatewayName
    if (@(Find-CMStandInGateway -Name $name -Wildcards $false -By (Get-CMStandInGatewayNameMode)).Count -eq 0) {
        # Stand-in decision, as for Add-: the role is bound to an existing CMG, found by name.
        Stop-CMStandIn -Context $Context -Message "No cloud management gateway named $name." -Category ObjectNotFound -ErrorId 'GatewayNotFound' -Target $name -ExceptionType ([System.Management.Automation.ItemNotFoundException])
    }
    # "This example changes the CMG that the site system server connects to" (the cmdlet's page).
    if ($Context.Cmdlet.ShouldProcess($system.server)) {
        $system.roles['CloudManagementGatewayConnectionPoint'].CloudManagementGatewayName = $name
        $Context.Call.performed = $true
    }
    else { $Context.Call.performed = $false }
    if ($Context.Bound.ContainsKey('PassThru') -and $Context.Bound.PassThru) { ConvertTo-CMStandInRoleObject $system 'CloudManagementGatewayConnectionPoint' }
}

$script:Behaviours['Remove-CMCloudManagementGatewayConnectionPoint'] = {
    param($Context)
    $system = Find-CMStandInTarget -Context $Context -Role 'CloudManagementGatewayConnectionPoint'
    if ($Context.Cmdlet.ShouldProcess($system.server)) {
        $system.roles.Remove('CloudManagementGatewayConnectionPoint')
        $Context.Call.performed = $true
    }
    else { $Context.Call.performed = $false }
}

# ---------------------------------------------------------------------------------------------

<#
.SYNOPSIS
The body of every stand-in cmdlet: record the call, check it runs from a site drive, apply its behaviour.
#>
function Invoke-CMStandIn {
    param([Parameter(Mandatory)] [string] $Command, [Parameter(Mandatory)] [System.Management.Automation.PSCmdlet] $Cmdlet, [Parameter(Mandatory)] [System.Collections.IDictionary] $Bound)
    $session = Get-CMStandInSession
    $call = Add-CMStandInCall -Command $Command -Kind ConfigMgr -ParameterSet $Cmdlet.ParameterSetName -Bound $Bound
    # A cmdlet that can change something has changed nothing until its behaviour says so; a Get- stays null.
    if ($session.CmdletEpochs[$Command].supportsShouldProcess) { $call.performed = $false }
    $context = [pscustomobject]@{
        Command     = $Command
        Cmdlet      = $Cmdlet
        Bound       = $Bound
        Set         = $Cmdlet.ParameterSetName
        Epoch       = $session.CmdletEpochs[$Command]
        SiteVersion = $session.SiteVersion
        SiteCode    = $null
        Call        = $call
    }
    # Every cmdlet page: "Run Configuration Manager cmdlets from the Configuration Manager site drive".
    $drive = $ExecutionContext.SessionState.Path.CurrentLocation.Drive
    if ($null -eq $drive -or -not $session.Drives.Contains($drive.Name)) {
        Stop-CMStandIn -Context $context -Message 'This command cannot be run from the current drive. To run this command you must first connect to a Configuration Manager drive.' -Category DeviceError -ErrorId 'NotOnSiteDrive' -Target $null
    }
    $context.SiteCode = $session.Drives[$drive.Name].siteCode
    # Azure has moved on as far as the clock has (gateway-progress.ps1).
    Update-CMStandInGatewayProgress
    $behaviour = $script:Behaviours[$Command]
    if ($null -eq $behaviour) { Stop-CMStandInNotModelled $context }
    & $behaviour $context
}
