# A Microsoft Graph PowerShell stand-in for 03-azure/New-CmgEntraApps.ps1: the few cmdlets it
# calls, with the parameters it uses, each as its page in MicrosoftDocs/microsoftgraph-docs-powershell
# declares it (type, mandatory, parameter set). Only those parameters exist here: a script that
# passes any other is refused by PowerShell's binder, as a misspelt one would be. The pages read,
# and the ones that could not be, are listed in docs/reference/documented-facts.md (F-APP-16..18, F-APP-23).
# Every call is recorded (kind 'Graph'); what it does is applied to the run's `graph` state.
# Stand-in decisions: ids are counters shaped as GUIDs; -Filter understands only the two forms the
# script sends ("appId eq '<id>'", "displayName eq '<name>'", and the grant's "clientId eq '<id>' and
# consentType eq 'AllPrincipals'"), anything else stops the run; objects are PSCustomObjects with the
# properties the state holds (the SDK's typed objects have every property, null when unset).
Set-StrictMode -Version Latest

$standInRoot = Join-Path -Path (Split-Path -Path $PSScriptRoot -Parent) -ChildPath 'standin'
. (Join-Path -Path $standInRoot -ChildPath 'common.ps1')

function Get-GraphStandInState {
    $state = Get-CMStandInState
    if ($null -eq $state.graph) { throw 'The run has no seed.graph: the Microsoft Graph stand-in needs a tenant.' }
    return $state.graph
}

function New-GraphStandInId([string] $Kind) {
    $graph = Get-GraphStandInState
    $graph.nextId = [int]$graph.nextId + 1
    $prefix = @{ application = '1'; appId = '2'; servicePrincipal = '3'; grant = '4'; assignment = '5'; secret = '6' }[$Kind]
    return ('{0}0000000-0000-4000-8000-{1:d12}' -f $prefix, [int]$graph.nextId)
}

# What the state holds, as the script reads it: dictionaries become objects, lists stay lists.
function ConvertTo-GraphStandInObject($Value) {
    if ($Value -is [System.Collections.IDictionary]) {
        $object = [ordered]@{}
        foreach ($key in $Value.Keys) { $object[[string]$key] = ConvertTo-GraphStandInObject $Value[$key] }
        return [pscustomobject]$object
    }
    if ($Value -is [System.Collections.IList]) { return , @($Value | ForEach-Object { ConvertTo-GraphStandInObject $_ }) }
    return $Value
}

# A value the script passed (hashtables, arrays) as state: ordered, plain.
function ConvertTo-GraphStandInData($Value) {
    if ($Value -is [System.Collections.IDictionary]) {
        $data = [ordered]@{}
        [string[]] $keys = @($Value.Keys | ForEach-Object { [string]$_ })
        [System.Array]::Sort($keys, [System.StringComparer]::Ordinal)
        foreach ($key in $keys) { $data[$key] = ConvertTo-GraphStandInData $Value[$key] }
        return $data
    }
    if ($Value -is [System.Management.Automation.SwitchParameter]) { return $Value.IsPresent }
    if ($Value -is [System.Collections.IList]) { $list = [System.Collections.Generic.List[object]]::new(); foreach ($item in $Value) { $list.Add((ConvertTo-GraphStandInData $item)) }; return , $list }
    if ($Value -is [psobject] -and $Value.psobject.BaseObject -is [System.Management.Automation.PSCustomObject]) {
        $data = [ordered]@{}
        foreach ($property in $Value.psobject.Properties) { $data[$property.Name] = ConvertTo-GraphStandInData $property.Value }
        return $data
    }
    if ($Value -is [datetime]) { return $Value.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ', [cultureinfo]::InvariantCulture) }
    return $Value
}

function Add-GraphStandInCall([string] $Command, $Cmdlet, $Bound) {
    Add-CMStandInCall -Command $Command -Kind Graph -ParameterSet $Cmdlet.ParameterSetName -Bound $Bound
}

function Assert-GraphStandInConnected($Cmdlet) {
    if (-not (Get-GraphStandInState).connected) {
        $Cmdlet.ThrowTerminatingError((New-CMStandInError -Message 'Authentication needed. Please call Connect-MgGraph.' -Category AuthenticationError -ErrorId 'NotConnected' -Target $null -ExceptionType ([System.Security.Authentication.AuthenticationException])))
    }
}

function Stop-GraphStandIn($Cmdlet, [string] $Message, [string] $ErrorId) {
    $Cmdlet.ThrowTerminatingError((New-CMStandInError -Message $Message -Category InvalidOperation -ErrorId $ErrorId -Target $null -ExceptionType ([System.InvalidOperationException])))
}

# The filter forms the script sends; anything else is not modelled (the stand-in evaluates no OData).
function Test-GraphStandInFilter($Cmdlet, [string] $Filter, $Item) {
    if ($Filter -match "^appId eq '([^']*)'$") { return $Item.appId -eq $Matches[1] }
    if ($Filter -match "^displayName eq '([^']*)'$") { return $Item.displayName -eq $Matches[1] }
    if ($Filter -match "^clientId eq '([^']*)' and consentType eq 'AllPrincipals'$") { return $Item.clientId -eq $Matches[1] -and $Item.consentType -eq 'AllPrincipals' }
    Stop-GraphStandIn $Cmdlet "The Graph stand-in does not evaluate the filter: $Filter" 'FilterNotModelled'
}

function Find-GraphStandInApplication($Cmdlet, [string] $ObjectId) {
    foreach ($app in (Get-GraphStandInState).applications) { if ($app.id -eq $ObjectId) { return $app } }
    $Cmdlet.ThrowTerminatingError((New-CMStandInError -Message "Resource '$ObjectId' does not exist or one of its queried reference-property objects are not present." -Category ObjectNotFound -ErrorId 'Request_ResourceNotFound' -Target $ObjectId -ExceptionType ([System.Management.Automation.ItemNotFoundException])))
}

# The application properties New-MgApplication and Update-MgApplication take (CreateExpanded1 /
# UpdateExpanded sets): only those the script uses.
$script:GraphAppProperties = @('DisplayName', 'SignInAudience', 'Web', 'IdentifierUris', 'Api', 'RequiredResourceAccess', 'IsFallbackPublicClient', 'PublicClient')

function Set-GraphStandInAppProperties($App, $Bound) {
    foreach ($name in $script:GraphAppProperties) {
        if ($Bound.ContainsKey($name)) { $App[$name.Substring(0, 1).ToLowerInvariant() + $name.Substring(1)] = ConvertTo-GraphStandInData $Bound[$name] }
    }
}

# ---------------------------------------------------------------------------------------------
# Microsoft.Graph.Authentication

function Connect-MgGraph {
    [CmdletBinding(DefaultParameterSetName = 'UserParameterSet')]
    param(
        [Parameter(ParameterSetName = 'UserParameterSet', Position = 1)] [string[]] $Scopes,
        [string] $TenantId,
        [Alias('EnvironmentName', 'NationalCloud')] [string] $Environment,
        [switch] $NoWelcome
    )
    $call = Add-GraphStandInCall 'Connect-MgGraph' $PSCmdlet $PSBoundParameters
    $graph = Get-GraphStandInState
    # Stand-in decision: the browser sign-in always succeeds, into the seeded tenant, with the seeded account.
    $graph.connected = $true
    $graph.scopes = @($Scopes)
    $call.performed = $null
}

function Get-MgContext {
    [CmdletBinding()]
    param()
    $null = Add-GraphStandInCall 'Get-MgContext' $PSCmdlet $PSBoundParameters
    $graph = Get-GraphStandInState
    if (-not $graph.connected) { return $null }
    [pscustomobject]@{ TenantId = $graph.tenantId; Account = $graph.account; Scopes = @($graph.scopes); Environment = 'Global' }
}

# ---------------------------------------------------------------------------------------------
# Microsoft.Graph.Applications

function Get-MgApplication {
    [CmdletBinding(DefaultParameterSetName = 'List')]
    param(
        [Parameter(ParameterSetName = 'List')] [string] $Filter,
        [Parameter(ParameterSetName = 'List')] [switch] $All,
        [Alias('Select')] [string[]] $Property
    )
    $null = Add-GraphStandInCall 'Get-MgApplication' $PSCmdlet $PSBoundParameters
    Assert-GraphStandInConnected $PSCmdlet
    foreach ($app in (Get-GraphStandInState).applications) {
        if ($PSBoundParameters.ContainsKey('Filter') -and -not (Test-GraphStandInFilter $PSCmdlet $Filter $app)) { continue }
        ConvertTo-GraphStandInObject $app
    }
}

function New-MgApplication {
    [CmdletBinding(DefaultParameterSetName = 'CreateExpanded1', SupportsShouldProcess)]
    param(
        [Parameter(ParameterSetName = 'CreateExpanded1')] [string] $DisplayName,
        [Parameter(ParameterSetName = 'CreateExpanded1')] [string] $SignInAudience,
        [Parameter(ParameterSetName = 'CreateExpanded1')] [hashtable] $Web,
        [Parameter(ParameterSetName = 'CreateExpanded1')] [string[]] $IdentifierUris,
        [Parameter(ParameterSetName = 'CreateExpanded1')] [hashtable] $Api,
        [Parameter(ParameterSetName = 'CreateExpanded1')] [object[]] $RequiredResourceAccess,
        [Parameter(ParameterSetName = 'CreateExpanded1')] [switch] $IsFallbackPublicClient,
        [Parameter(ParameterSetName = 'CreateExpanded1')] [hashtable] $PublicClient
    )
    $call = Add-GraphStandInCall 'New-MgApplication' $PSCmdlet $PSBoundParameters
    $call.performed = $false
    Assert-GraphStandInConnected $PSCmdlet
    if (-not $PSCmdlet.ShouldProcess($DisplayName)) { return }
    $graph = Get-GraphStandInState
    $app = [ordered]@{ id = New-GraphStandInId 'application'; appId = New-GraphStandInId 'appId'; displayName = $DisplayName; passwordCredentials = [System.Collections.Generic.List[object]]::new() }
    Set-GraphStandInAppProperties $app $PSBoundParameters
    $graph.applications.Add($app)
    $call.performed = $true
    ConvertTo-GraphStandInObject $app
}

function Update-MgApplication {
    [CmdletBinding(DefaultParameterSetName = 'UpdateExpanded', SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ParameterSetName = 'UpdateExpanded')] [Alias('ObjectId')] [string] $ApplicationId,
        [Parameter(ParameterSetName = 'UpdateExpanded')] [hashtable] $Web,
        [Parameter(ParameterSetName = 'UpdateExpanded')] [string[]] $IdentifierUris,
        [Parameter(ParameterSetName = 'UpdateExpanded')] [hashtable] $Api,
        [Parameter(ParameterSetName = 'UpdateExpanded')] [object[]] $RequiredResourceAccess,
        [Parameter(ParameterSetName = 'UpdateExpanded')] [switch] $IsFallbackPublicClient,
        [Parameter(ParameterSetName = 'UpdateExpanded')] [hashtable] $PublicClient
    )
    $call = Add-GraphStandInCall 'Update-MgApplication' $PSCmdlet $PSBoundParameters
    $call.performed = $false
    Assert-GraphStandInConnected $PSCmdlet
    $app = Find-GraphStandInApplication $PSCmdlet $ApplicationId
    if (-not $PSCmdlet.ShouldProcess($ApplicationId)) { return }
    # PATCH: the properties sent replace theirs whole; the others stay (Graph's update semantics).
    Set-GraphStandInAppProperties $app $PSBoundParameters
    $call.performed = $true
}

function Add-MgApplicationPassword {
    [CmdletBinding(DefaultParameterSetName = 'AddExpanded', SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ParameterSetName = 'AddExpanded')] [Alias('ObjectId')] [string] $ApplicationId,
        [Parameter(ParameterSetName = 'AddExpanded')] [hashtable] $PasswordCredential
    )
    $call = Add-GraphStandInCall 'Add-MgApplicationPassword' $PSCmdlet $PSBoundParameters
    $call.performed = $false
    Assert-GraphStandInConnected $PSCmdlet
    $app = Find-GraphStandInApplication $PSCmdlet $ApplicationId
    if (-not $PSCmdlet.ShouldProcess($ApplicationId)) { return }
    $data = ConvertTo-GraphStandInData $PasswordCredential
    $keyId = New-GraphStandInId 'secret'
    # The value is returned once and kept nowhere (addPassword); the state keeps only its metadata.
    $credential = [ordered]@{ keyId = $keyId; displayName = $data['DisplayName']; endDateTime = $data['EndDateTime'] }
    $app.passwordCredentials.Add($credential)
    $call.performed = $true
    [pscustomobject]@{ KeyId = $keyId; DisplayName = $credential.displayName; EndDateTime = $PasswordCredential['EndDateTime']; SecretText = "standin-secret-$keyId" }
}

function Get-MgServicePrincipal {
    [CmdletBinding(DefaultParameterSetName = 'List')]
    param(
        [Parameter(ParameterSetName = 'List')] [string] $Filter,
        [Parameter(ParameterSetName = 'List')] [switch] $All,
        [Alias('Select')] [string[]] $Property
    )
    $null = Add-GraphStandInCall 'Get-MgServicePrincipal' $PSCmdlet $PSBoundParameters
    Assert-GraphStandInConnected $PSCmdlet
    foreach ($sp in (Get-GraphStandInState).servicePrincipals) {
        if ($PSBoundParameters.ContainsKey('Filter') -and -not (Test-GraphStandInFilter $PSCmdlet $Filter $sp)) { continue }
        ConvertTo-GraphStandInObject $sp
    }
}

function New-MgServicePrincipal {
    [CmdletBinding(DefaultParameterSetName = 'CreateExpanded', SupportsShouldProcess)]
    param([Parameter(ParameterSetName = 'CreateExpanded')] [string] $AppId)
    $call = Add-GraphStandInCall 'New-MgServicePrincipal' $PSCmdlet $PSBoundParameters
    $call.performed = $false
    Assert-GraphStandInConnected $PSCmdlet
    $graph = Get-GraphStandInState
    $app = @($graph.applications | Where-Object { $_.appId -eq $AppId }) | Select-Object -First 1
    if (-not $app) { Stop-GraphStandIn $PSCmdlet "No application with appId $AppId." 'NoApplication' }
    if (-not $PSCmdlet.ShouldProcess($AppId)) { return }
    $sp = [ordered]@{ id = New-GraphStandInId 'servicePrincipal'; appId = $AppId; displayName = $app.displayName; appRoles = @() }
    $graph.servicePrincipals.Add($sp)
    $call.performed = $true
    ConvertTo-GraphStandInObject $sp
}

function Get-MgServicePrincipalAppRoleAssignment {
    [CmdletBinding(DefaultParameterSetName = 'List')]
    param([Parameter(Mandatory, ParameterSetName = 'List')] [string] $ServicePrincipalId)
    $null = Add-GraphStandInCall 'Get-MgServicePrincipalAppRoleAssignment' $PSCmdlet $PSBoundParameters
    Assert-GraphStandInConnected $PSCmdlet
    foreach ($assignment in (Get-GraphStandInState).appRoleAssignments) {
        if ($assignment.principalId -eq $ServicePrincipalId) { ConvertTo-GraphStandInObject $assignment }
    }
}

function New-MgServicePrincipalAppRoleAssignment {
    [CmdletBinding(DefaultParameterSetName = 'Create', SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)] [string] $ServicePrincipalId,
        [Parameter(Mandatory, ParameterSetName = 'Create')] [hashtable] $BodyParameter
    )
    $call = Add-GraphStandInCall 'New-MgServicePrincipalAppRoleAssignment' $PSCmdlet $PSBoundParameters
    $call.performed = $false
    Assert-GraphStandInConnected $PSCmdlet
    $graph = Get-GraphStandInState
    if (-not $PSCmdlet.ShouldProcess($ServicePrincipalId)) { return }
    # seed.graph.canGrantAppRoles false: the signed-in admin is an Application Administrator, who may not
    # grant Microsoft Graph app roles (grant-admin-consent.md L41); Graph answers 403.
    if (-not $graph.canGrantAppRoles) {
        $PSCmdlet.ThrowTerminatingError((New-CMStandInError -Message 'Insufficient privileges to complete the operation.' -Category PermissionDenied -ErrorId 'Authorization_RequestDenied' -Target $ServicePrincipalId -ExceptionType ([System.UnauthorizedAccessException])))
    }
    $data = ConvertTo-GraphStandInData $BodyParameter
    $assignment = [ordered]@{ id = New-GraphStandInId 'assignment'; principalId = $data['PrincipalId']; resourceId = $data['ResourceId']; appRoleId = $data['AppRoleId'] }
    $graph.appRoleAssignments.Add($assignment)
    $call.performed = $true
    ConvertTo-GraphStandInObject $assignment
}

# ---------------------------------------------------------------------------------------------
# Microsoft.Graph.Identity.SignIns

function Get-MgOauth2PermissionGrant {
    [CmdletBinding(DefaultParameterSetName = 'List')]
    param([Parameter(ParameterSetName = 'List')] [string] $Filter)
    $null = Add-GraphStandInCall 'Get-MgOauth2PermissionGrant' $PSCmdlet $PSBoundParameters
    Assert-GraphStandInConnected $PSCmdlet
    foreach ($grant in (Get-GraphStandInState).oauth2PermissionGrants) {
        if ($PSBoundParameters.ContainsKey('Filter') -and -not (Test-GraphStandInFilter $PSCmdlet $Filter $grant)) { continue }
        ConvertTo-GraphStandInObject $grant
    }
}

function New-MgOauth2PermissionGrant {
    [CmdletBinding(DefaultParameterSetName = 'Create', SupportsShouldProcess)]
    param([Parameter(Mandatory, ParameterSetName = 'Create')] [hashtable] $BodyParameter)
    $call = Add-GraphStandInCall 'New-MgOauth2PermissionGrant' $PSCmdlet $PSBoundParameters
    $call.performed = $false
    Assert-GraphStandInConnected $PSCmdlet
    if (-not $PSCmdlet.ShouldProcess('oauth2PermissionGrant')) { return }
    $data = ConvertTo-GraphStandInData $BodyParameter
    $grant = [ordered]@{ id = New-GraphStandInId 'grant'; clientId = $data['ClientId']; consentType = $data['ConsentType']; resourceId = $data['ResourceId']; scope = $data['Scope'] }
    (Get-GraphStandInState).oauth2PermissionGrants.Add($grant)
    $call.performed = $true
    ConvertTo-GraphStandInObject $grant
}

function Update-MgOauth2PermissionGrant {
    [CmdletBinding(DefaultParameterSetName = 'UpdateExpanded', SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ParameterSetName = 'UpdateExpanded')] [string] $OAuth2PermissionGrantId,
        [Parameter(ParameterSetName = 'UpdateExpanded')] [string] $Scope
    )
    $call = Add-GraphStandInCall 'Update-MgOauth2PermissionGrant' $PSCmdlet $PSBoundParameters
    $call.performed = $false
    Assert-GraphStandInConnected $PSCmdlet
    $grant = @((Get-GraphStandInState).oauth2PermissionGrants | Where-Object { $_.id -eq $OAuth2PermissionGrantId }) | Select-Object -First 1
    if (-not $grant) { Stop-GraphStandIn $PSCmdlet "No grant $OAuth2PermissionGrantId." 'NoGrant' }
    if (-not $PSCmdlet.ShouldProcess($OAuth2PermissionGrantId)) { return }
    $grant.scope = $Scope
    $call.performed = $true
}
