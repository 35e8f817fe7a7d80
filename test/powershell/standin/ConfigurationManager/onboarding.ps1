# Step 3 (current branch): the Entra apps a site imports and the Cloud Management Azure service
# made from them (2010 release notes, "New cmdlets for CMG"). Neither SMS_AAD_Application_Ex nor
# SMS_Azure_CloudService has an SDK page, so the objects these cmdlets return carry the few
# properties below, each a stand-in decision (documented-facts F-ONB-10):
# - an app: Id (the site's key for it), Name, ClientID, TenantID, TenantName, AppType;
# - a service: Name, ServiceType 'CloudManagement', AssociatedAadWebApplications (the Id of its
#   server app) unless the seed leaves the property out, which models a site where it is not there.
# A seeded entry gives the object exactly its keys (minus `standIn`), so a test can take one away.
Set-StrictMode -Version Latest

function ConvertTo-CMStandInAppObject($App) {
    $properties = [ordered]@{}
    foreach ($key in $App.Keys) { if ($key -ne 'standIn') { $properties[$key] = $App[$key] } }
    New-CMStandInObject -BaseObject ([CMStandIn.ResultObject]::new('SMS_AAD_Application_Ex', [string]$App.Id)) -Properties $properties -TypeName 'IResultObject#SMS_AAD_Application_Ex'
}

function ConvertTo-CMStandInAzureServiceObject($Service) {
    $properties = [ordered]@{}
    foreach ($key in $Service.Keys) { if ($key -ne 'standIn') { $properties[$key] = $Service[$key] } }
    New-CMStandInObject -BaseObject ([CMStandIn.ResultObject]::new('SMS_Azure_CloudService', [string]$Service.Id)) -Properties $properties -TypeName 'IResultObject#SMS_Azure_CloudService'
}

function Get-CMStandInNextId($List) {
    $max = 0
    foreach ($item in $List) { if ([int]$item.Id -gt $max) { $max = [int]$item.Id } }
    return [uint32]($max + 1)
}

<#
.SYNOPSIS
The app an IResultObject parameter stands for, or a terminating error naming the parameter.
#>
function Find-CMStandInAppByObject($Context, [string] $Parameter, [string] $AppType) {
    $value = $Context.Bound[$Parameter]
    $base = if ($value -is [psobject]) { $value.psobject.BaseObject } else { $value }
    if ($base -is [CMStandIn.ResultObject] -and $base.ObjectClass -eq 'SMS_AAD_Application_Ex') {
        foreach ($app in (Get-CMStandInState).aadApplications) { if ([string]$app.Id -eq $base.Key -and $app.AppType -eq $AppType) { return $app } }
    }
    Stop-CMStandIn -Context $Context -Message "-${Parameter}: not a $AppType the site holds." -Category InvalidArgument -ErrorId 'AppNotFound' -Target $value -ExceptionType ([System.ArgumentException])
}

function Add-CMStandInApp($Context, [System.Collections.IDictionary] $App) {
    $state = Get-CMStandInState
    # Stand-in decision: a site holds one definition per tenant and client ID (the console's import refuses a second).
    foreach ($existing in $state.aadApplications) {
        if ($existing.TenantID -eq $App.TenantID -and $existing.ClientID -eq $App.ClientID) {
            Stop-CMStandIn -Context $Context -Message "The app $($App.ClientID) of tenant $($App.TenantID) is already imported." -Category ResourceExists -ErrorId 'AppExists' -Target $App.ClientID
        }
    }
    if (-not $Context.Cmdlet.ShouldProcess($App.Name)) { $Context.Call.performed = $false; return }
    $App.Id = Get-CMStandInNextId $state.aadApplications
    $state.aadApplications.Add($App)
    $Context.Call.performed = $true
    ConvertTo-CMStandInAppObject $App
}

$script:Behaviours['Get-CMAADApplication'] = {
    param($Context)
    $bound = $Context.Bound
    foreach ($app in (Get-CMStandInState).aadApplications) {
        if ($bound.ContainsKey('TenantId') -and -not [string]::Equals($app.TenantID, $bound.TenantId, 'OrdinalIgnoreCase')) { continue }
        if ($bound.ContainsKey('TenantName') -and -not [string]::Equals($app.TenantName, $bound.TenantName, 'OrdinalIgnoreCase')) { continue }
        if ($bound.ContainsKey('ClientId') -and -not [string]::Equals($app.ClientID, $bound.ClientId, 'OrdinalIgnoreCase')) { continue }
        if ($bound.ContainsKey('AppName') -and -not [string]::Equals($app.Name, $bound.AppName, 'OrdinalIgnoreCase')) { continue }
        if ($bound.ContainsKey('AppType') -and $app.AppType -ne $bound.AppType.ToString()) { continue }
        ConvertTo-CMStandInAppObject $app
    }
}

$script:Behaviours['Import-CMAADServerApplication'] = {
    param($Context)
    $bound = $Context.Bound
    # The secret is kept only as the call record has it (plain text, for the test); the state has its expiry.
    Add-CMStandInApp $Context ([ordered]@{
        Id              = $null
        Name            = $bound.AppName
        ClientID        = $bound.ClientId
        TenantID        = $bound.TenantId
        TenantName      = $bound.TenantName
        AppType         = 'ServerApplication'
        AppIdUri        = if ($bound.ContainsKey('AppIdUri')) { [string]$bound.AppIdUri } else { '' }
        SecretKeyExpiry = $bound.SecretKeyExpiry.ToString('yyyy-MM-dd', [cultureinfo]::InvariantCulture)
    })
}

$script:Behaviours['Import-CMAADClientApplication'] = {
    param($Context)
    $bound = $Context.Bound
    # ByServerApp: the tenant is the server app's (page, Example 2); ById: -TenantId.
    if ($Context.Set -eq 'ByServerApp') {
        $server = Find-CMStandInAppByObject $Context 'ServerApp' 'ServerApplication'
        $tenantId = $server.TenantID
        $tenantName = $server.TenantName
    }
    else {
        $tenantId = $bound.TenantId
        $tenantName = ''
    }
    Add-CMStandInApp $Context ([ordered]@{ Id = $null; Name = $bound.AppName; ClientID = $bound.ClientId; TenantID = $tenantId; TenantName = $tenantName; AppType = 'ClientApplication' })
}

$script:Behaviours['Get-CMAzureService'] = {
    param($Context)
    $services = (Get-CMStandInState).azureServices
    foreach ($service in $services) {
        if ($Context.Set -eq 'SearchByIdMandatory') { if ([string]$service.Id -ne [string]$Context.Bound.Id) { continue } }
        elseif ($Context.Bound.ContainsKey('Name') -and -not (Test-CMStandInName -Value $service.Name -Pattern $Context.Bound.Name -Wildcards (Test-CMStandInWildcard $Context 'Name'))) { continue }
        ConvertTo-CMStandInAzureServiceObject $service
    }
}

$script:Behaviours['New-CMCloudManagementAzureService'] = {
    param($Context)
    $bound = $Context.Bound
    $server = Find-CMStandInAppByObject $Context 'ServerApp' 'ServerApplication'
    $client = Find-CMStandInAppByObject $Context 'ClientApp' 'ClientApplication'
    $state = Get-CMStandInState
    # Stand-in decision: one Azure service per name (the console's wizard refuses a name in use).
    foreach ($existing in $state.azureServices) {
        if ([string]::Equals($existing.Name, $bound.Name, 'OrdinalIgnoreCase')) {
            Stop-CMStandIn -Context $Context -Message "An Azure service named $($bound.Name) already exists." -Category ResourceExists -ErrorId 'AzureServiceExists' -Target $bound.Name
        }
    }
    if (-not $Context.Cmdlet.ShouldProcess($bound.Name)) { $Context.Call.performed = $false; return }
    $service = [ordered]@{
        Id                           = Get-CMStandInNextId $state.azureServices
        Name                         = $bound.Name
        ServiceType                  = 'CloudManagement'
        AssociatedAadWebApplications = @($server.Id)
        standIn                      = [ordered]@{
            clientApp              = $client.Id
            enableUserDiscovery    = [bool](Get-CMStandInBoundValue $Context 'EnableUserDiscovery' $false)
            azureEnvironmentOption = [string](Get-CMStandInBoundValue $Context 'AzureEnvironmentOption' '')
        }
    }
    $state.azureServices.Add($service)
    $Context.Call.performed = $true
    ConvertTo-CMStandInAzureServiceObject $service
}
