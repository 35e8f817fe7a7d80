# The CIM cmdlets the scripts use, over the state. pwsh on Linux has no CIM (libmi is
# Windows-only), so these are plain advanced functions, not proxies; their parameters are the
# subset of the CimCmdlets syntax the scripts need, in the same parameter sets.
# The classes answered and their properties: wmi-classes.json.
#   root\sms                   SMS_ProviderLocation, one per seeded site
#   root\sms\site_<SiteCode>   SMS_AzureService, the site's CMGs
#   root\ccm\LocationServices  SMS_ActiveMPCandidate, the client's candidates (when the seed has a client)
Set-StrictMode -Version Latest

function Stop-CMStandInCim($Cmdlet, [string] $Message, [string] $ErrorId, $Target, [System.Management.Automation.ErrorCategory] $Category = 'MetadataError') {
    $Cmdlet.ThrowTerminatingError((New-CMStandInError -Message $Message -Category $Category -ErrorId $ErrorId -Target $Target))
}

<#
.SYNOPSIS
An error WMI sends back (an unknown namespace or class): CimCmdlets write it as a non-terminating
error ("PS engine takes care of handling error action", CimWriteError.Execute in
PowerShell/PowerShell src/Microsoft.Management.Infrastructure.CimCmdlets/CimWriteError.cs), so
-ErrorAction SilentlyContinue hides it and $ErrorActionPreference = 'Stop' stops the script.
#>
function Write-CMStandInCimError($Cmdlet, [string] $Message, [string] $ErrorId, $Target) {
    $Cmdlet.WriteError((New-CMStandInError -Message $Message -Category MetadataError -ErrorId $ErrorId -Target $Target))
}

function Get-CMStandInCimClassProperties([string] $ClassName) {
    (Get-CMStandInSession).WmiClasses[$ClassName].properties
}

function New-CMStandInCimInstance([string] $ClassName, [string] $Namespace, [string] $Key, [System.Collections.IDictionary] $From, [string[]] $Extra = @()) {
    $instance = [CMStandIn.CimInstance]::new($ClassName, $Namespace, $Key)
    $properties = [ordered]@{}
    foreach ($entry in (Get-CMStandInCimClassProperties $ClassName).GetEnumerator()) {
        $properties[$entry.Key] = if ($From.Contains($entry.Key)) { $From[$entry.Key] } else { switch ($entry.Value) { 'String' { $null } 'Boolean' { $false } 'UInt32' { [uint32]0 } default { $null } } }
    }
    foreach ($name in $Extra) { if ($From.Contains($name)) { $properties[$name] = $From[$name] } }
    foreach ($name in $properties.Keys) { $instance.CimInstanceProperties.Add([CMStandIn.CimProperty]::new($name, $properties[$name])) }
    New-CMStandInObject -BaseObject $instance -Properties $properties -TypeName "Microsoft.Management.Infrastructure.CimInstance#$Namespace/$ClassName"
}

<#
.SYNOPSIS
The instances of a class in a namespace, from the state; throws the WMI errors for an unknown namespace or class.
#>
function Get-CMStandInCimInstances {
    # Computer: the session's; the SMS namespaces exist only on a site's SMS Provider. $null: no filter.
    param($Cmdlet, [string] $Namespace, [string] $ClassName, [AllowNull()] [string] $Computer = $null)
    $state = Get-CMStandInState
    $sites = @($state.sites | Where-Object { [string]::IsNullOrEmpty($Computer) -or [string]::Equals($_.smsProvider, $Computer, 'OrdinalIgnoreCase') })
    $ns = $Namespace.Replace('/', '\').ToLowerInvariant()
    # WBEM_E_INVALID_NAMESPACE and WBEM_E_INVALID_CLASS, the errors WMI gives.
    $invalidClass = { Write-CMStandInCimError $Cmdlet "Invalid class $ClassName" 'HRESULT 0x80041010' $ClassName }
    if ($ns -eq 'root\sms' -and $sites.Count -gt 0) {
        if ($ClassName -ne 'SMS_ProviderLocation') { & $invalidClass; return }
        foreach ($site in $sites) {
            $from = [ordered]@{ Machine = $site.smsProvider; NamespacePath = "\\$($site.smsProvider)\root\sms\site_$($site.SiteCode)"; ProviderForLocalSite = $true; SiteCode = $site.SiteCode }
            New-CMStandInCimInstance -ClassName $ClassName -Namespace 'root\sms' -Key $site.SiteCode -From $from
        }
        return
    }
    $siteMatch = [regex]::Match($ns, '^root\\sms\\site_(?<code>[a-z0-9]{3})$')
    if ($siteMatch.Success -and @($sites | Where-Object { $_.SiteCode -eq $siteMatch.Groups['code'].Value }).Count -gt 0) {
        if ($ClassName -ne 'SMS_AzureService') { & $invalidClass; return }
        foreach ($gateway in $state.gateways) {
            if ($gateway.SiteCode -ne $siteMatch.Groups['code'].Value) { continue }
            # SubCACertThumbprint is not documented: only a gateway seeded with it has it.
            New-CMStandInCimInstance -ClassName $ClassName -Namespace $Namespace -Key ([string]$gateway.AzureServiceID) -From $gateway -Extra @('SubCACertThumbprint')
        }
        return
    }
    if ($ns -eq 'root\ccm\locationservices' -and $null -ne $state.client) {
        if ($ClassName -ne 'SMS_ActiveMPCandidate') { & $invalidClass; return }
        $index = 0
        foreach ($candidate in $state.client.mpCandidates) {
            New-CMStandInCimInstance -ClassName $ClassName -Namespace 'root\ccm\LocationServices' -Key ([string]$index) -From $candidate
            $index++
        }
        return
    }
    Write-CMStandInCimError $Cmdlet "Invalid namespace $Namespace" 'HRESULT 0x8004100e' $Namespace
}

function New-CimSessionOption {
    [CmdletBinding(DefaultParameterSetName = 'ProtocolTypeSet')]
    param(
        [Parameter(ParameterSetName = 'ProtocolTypeSet', Mandatory = $true)]
        [ValidateSet('Dcom', 'Default', 'Wsman')]
        [string] $Protocol
    )
    Use-CMStandInCallerErrorAction -Cmdlet $PSCmdlet -Bound $PSBoundParameters
    [void](Add-CMStandInCall -Command 'New-CimSessionOption' -Kind environment -ParameterSet $PSCmdlet.ParameterSetName -Bound $PSBoundParameters)
    [CMStandIn.CimSessionOption]::new($Protocol)
}

function New-CimSession {
    [CmdletBinding(DefaultParameterSetName = 'CredentialParameterSet')]
    param(
        [Parameter(Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('CN', 'ServerName')]
        [string[]] $ComputerName,
        [CMStandIn.CimSessionOption] $SessionOption,
        [pscredential] $Credential,
        [string] $Name,
        [uint32] $OperationTimeoutSec,
        [uint32] $Port,
        [switch] $SkipTestConnection
    )
    process {
        Use-CMStandInCallerErrorAction -Cmdlet $PSCmdlet -Bound $PSBoundParameters
        $call = Add-CMStandInCall -Command 'New-CimSession' -Kind environment -ParameterSet $PSCmdlet.ParameterSetName -Bound $PSBoundParameters
        $session = Get-CMStandInSession
        $protocol = if ($SessionOption) { $SessionOption.Protocol } else { 'Wsman' }
        foreach ($computer in @($(if ($ComputerName) { $ComputerName } else { 'localhost' }))) {
            $known = $computer -eq 'localhost' -or @((Get-CMStandInState).sites | Where-Object { [string]::Equals($_.smsProvider, $computer, 'OrdinalIgnoreCase') }).Count -gt 0
            if (-not $known) {
                # Stand-in decision: only the seeded SMS Providers (and this machine) answer; New-CimSession
                # tests the connection unless -SkipTestConnection (its page). Over DCOM an unreachable
                # computer is RPC_S_SERVER_UNAVAILABLE (winerror.h).
                $record = if ($protocol -eq 'Dcom') { New-CMStandInError -Message 'The RPC server is unavailable.' -Category ConnectionError -ErrorId 'HRESULT 0x800706ba,Microsoft.Management.Infrastructure.CimCmdlets.NewCimSessionCommand' -Target $computer }
                else { New-CMStandInError -Message "The stand-in cannot reach '$computer': the seed has no SMS Provider of that name." -Category ConnectionError -ErrorId 'HRESULT 0x80070005' -Target $computer }
                Write-CMStandInCallerError $PSCmdlet $record $PSBoundParameters
                continue
            }
            $session.CimSessionCount++
            $call.performed = $true
            [CMStandIn.CimSession]::new($computer, $protocol, [uint32]$session.CimSessionCount)
        }
    }
}

function Remove-CimSession {
    [CmdletBinding(DefaultParameterSetName = 'CimSessionSet', SupportsShouldProcess = $true)]
    param(
        [Parameter(ParameterSetName = 'CimSessionSet', Mandatory = $true, Position = 0, ValueFromPipeline = $true)]
        [CMStandIn.CimSession[]] $CimSession
    )
    process {
        Use-CMStandInCallerErrorAction -Cmdlet $PSCmdlet -Bound $PSBoundParameters
        Sync-CMStandInCallerPreference $PSCmdlet $PSBoundParameters
        $call = Add-CMStandInCall -Command 'Remove-CimSession' -Kind environment -ParameterSet $PSCmdlet.ParameterSetName -Bound $PSBoundParameters
        $call.performed = $false
        foreach ($session in $CimSession) {
            # What the cmdlet asks (PowerShell's CimSessionOperations.cs: the action "Remove CimSession"
            # on "CimSession id = {0}, name = {2}, ComputerName = {3}, instance id = {1}", the name
            # CimSession<id> unless -Name); the stand-in's instance id is made from the session id.
            $target = 'CimSession id = {0}, name = CimSession{0}, ComputerName = {1}, instance id = {2}' -f $session.Id, $session.ComputerName, [guid]::new([int]$session.Id, 0, 0, [byte[]]::new(8))
            if ($PSCmdlet.ShouldProcess($target, 'Remove CimSession')) { $call.performed = $true }
        }
    }
}

function Get-CimInstance {
    [CmdletBinding(DefaultParameterSetName = 'ClassNameComputerSet')]
    param(
        [Parameter(ParameterSetName = 'ClassNameComputerSet', Mandatory = $true, Position = 0)]
        [Parameter(ParameterSetName = 'ClassNameSessionSet', Mandatory = $true, Position = 0)]
        [string] $ClassName,

        [Parameter(ParameterSetName = 'ClassNameComputerSet')]
        [Parameter(ParameterSetName = 'ClassNameSessionSet')]
        [Parameter(ParameterSetName = 'QueryComputerSet')]
        [Parameter(ParameterSetName = 'QuerySessionSet')]
        [string] $Namespace = 'root/cimv2',

        [Parameter(ParameterSetName = 'ClassNameSessionSet', Mandatory = $true)]
        [Parameter(ParameterSetName = 'CimInstanceSessionSet', Mandatory = $true)]
        [Parameter(ParameterSetName = 'QuerySessionSet', Mandatory = $true)]
        [CMStandIn.CimSession[]] $CimSession,

        [Parameter(ParameterSetName = 'ClassNameComputerSet')]
        [Parameter(ParameterSetName = 'CimInstanceComputerSet')]
        [Parameter(ParameterSetName = 'QueryComputerSet')]
        [Alias('CN', 'ServerName')]
        [string[]] $ComputerName,

        [Parameter(ParameterSetName = 'CimInstanceComputerSet', Mandatory = $true, Position = 0, ValueFromPipeline = $true)]
        [Parameter(ParameterSetName = 'CimInstanceSessionSet', Mandatory = $true, Position = 0, ValueFromPipeline = $true)]
        [Alias('CimInstance')]
        [CMStandIn.CimInstance] $InputObject,

        [Parameter(ParameterSetName = 'ClassNameComputerSet')]
        [Parameter(ParameterSetName = 'ClassNameSessionSet')]
        [string] $Filter,

        [Parameter(ParameterSetName = 'QueryComputerSet', Mandatory = $true)]
        [Parameter(ParameterSetName = 'QuerySessionSet', Mandatory = $true)]
        [string] $Query,

        [switch] $KeyOnly,
        [string[]] $Property,
        [uint32] $OperationTimeoutSec,
        [switch] $Shallow
    )
    process {
        Use-CMStandInCallerErrorAction -Cmdlet $PSCmdlet -Bound $PSBoundParameters
        [void](Add-CMStandInCall -Command 'Get-CimInstance' -Kind environment -ParameterSet $PSCmdlet.ParameterSetName -Bound $PSBoundParameters)
        if ($PSBoundParameters.ContainsKey('Filter') -or $PSBoundParameters.ContainsKey('Query')) {
            # DESIGN.md: no user value in a WQL clause; the stand-in evaluates no WQL either.
            Stop-CMStandInCim $PSCmdlet 'The stand-in evaluates no WQL (-Filter, -Query): filter with Where-Object.' 'StandInNoWql' $null 'NotImplemented'
        }
        if ($InputObject) {
            # Get-CimInstance -InputObject re-reads the instance: its current properties, from the state.
            Get-CMStandInCimInstances -Cmdlet $PSCmdlet -Namespace $InputObject.Namespace -ClassName $InputObject.CimClassName | Where-Object { $_.psobject.BaseObject.Key -eq $InputObject.Key }
            return
        }
        $computer = if ($CimSession) { $CimSession[0].ComputerName } else { $null }
        Get-CMStandInCimInstances -Cmdlet $PSCmdlet -Namespace $Namespace -ClassName $ClassName -Computer $computer
    }
}

function Set-CimInstance {
    [CmdletBinding(DefaultParameterSetName = 'CimInstanceComputerSet', SupportsShouldProcess = $true)]
    param(
        [Parameter(ParameterSetName = 'CimInstanceComputerSet', Mandatory = $true, Position = 0, ValueFromPipeline = $true)]
        [Parameter(ParameterSetName = 'CimInstanceSessionSet', Mandatory = $true, Position = 0, ValueFromPipeline = $true)]
        [Alias('CimInstance')]
        [CMStandIn.CimInstance] $InputObject,

        [Parameter(ParameterSetName = 'CimInstanceSessionSet', Mandatory = $true)]
        [CMStandIn.CimSession[]] $CimSession,

        [Parameter(ParameterSetName = 'CimInstanceComputerSet')]
        [Alias('CN', 'ServerName')]
        [string[]] $ComputerName,

        [Alias('Arguments')]
        [System.Collections.IDictionary] $Property,

        [switch] $PassThru,
        [uint32] $OperationTimeoutSec
    )
    process {
        Use-CMStandInCallerErrorAction -Cmdlet $PSCmdlet -Bound $PSBoundParameters
        Sync-CMStandInCallerPreference $PSCmdlet $PSBoundParameters
        $call = Add-CMStandInCall -Command 'Set-CimInstance' -Kind environment -ParameterSet $PSCmdlet.ParameterSetName -Bound $PSBoundParameters
        $call.performed = $false
        if ($InputObject.CimClassName -ne 'SMS_AzureService') {
            Stop-CMStandInCim $PSCmdlet "The stand-in does not write $($InputObject.CimClassName) instances." 'StandInReadOnlyClass' $InputObject 'NotImplemented'
        }
        $gateway = (Get-CMStandInState).gateways | Where-Object { [string]$_.AzureServiceID -eq $InputObject.Key } | Select-Object -First 1
        if (-not $gateway) { Stop-CMStandInCim $PSCmdlet 'Not found' 'HRESULT 0x80041002' $InputObject 'ObjectNotFound' }
        foreach ($name in $Property.Keys) {
            if ($null -eq $InputObject.CimInstanceProperties[[string]$name]) {
                Stop-CMStandInCim $PSCmdlet "The instance has no property $name." 'HRESULT 0x80041017' $name 'InvalidArgument'
            }
        }
        if (-not $PSCmdlet.ShouldProcess($InputObject.ToString())) { return }
        foreach ($name in $Property.Keys) {
            $stored = @($gateway.Keys | Where-Object { [string]::Equals($_, [string]$name, 'OrdinalIgnoreCase') }) | Select-Object -First 1
            if ($null -eq $stored) { $stored = [string]$name }
            $gateway[$stored] = $Property[$name]
        }
        $call.performed = $true
        if ($PassThru) { Get-CMStandInCimInstances -Cmdlet $PSCmdlet -Namespace $InputObject.Namespace -ClassName $InputObject.CimClassName | Where-Object { $_.psobject.BaseObject.Key -eq $InputObject.Key } }
    }
}
