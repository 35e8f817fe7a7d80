# Windows services, for the client scripts (pwsh on Linux has no Get-Service/Restart-Service).
# The state holds each seeded service's status and how often it was restarted; nothing runs.
# Parameters: the subset of the Windows cmdlets' syntax the scripts need.
Set-StrictMode -Version Latest

function Find-CMStandInService($Cmdlet, [string] $Name) {
    $services = (Get-CMStandInState).services
    foreach ($key in $services.Keys) { if ([string]::Equals($key, $Name, 'OrdinalIgnoreCase')) { return $key } }
    $Cmdlet.WriteError((New-CMStandInError -Message "Cannot find any service with service name '$Name'." -Category ObjectNotFound -ErrorId 'NoServiceFoundForGivenName' -Target $Name -ExceptionType ([System.InvalidOperationException])))
    return $null
}

function ConvertTo-CMStandInServiceObject([string] $Name) {
    $service = (Get-CMStandInState).services[$Name]
    [pscustomobject]@{ Name = $Name; ServiceName = $Name; DisplayName = $Name; Status = $service.Status }
}

function Get-Service {
    [CmdletBinding(DefaultParameterSetName = 'Default')]
    param(
        [Parameter(ParameterSetName = 'Default', Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('ServiceName')]
        [string[]] $Name
    )
    process {
        Use-CMStandInCallerErrorAction -Cmdlet $PSCmdlet -Bound $PSBoundParameters
        [void](Add-CMStandInCall -Command 'Get-Service' -Kind environment -ParameterSet $PSCmdlet.ParameterSetName -Bound $PSBoundParameters)
        $names = if ($Name) { $Name } else { @((Get-CMStandInState).services.Keys) }
        foreach ($item in $names) {
            $key = Find-CMStandInService $PSCmdlet $item
            if ($key) { ConvertTo-CMStandInServiceObject $key }
        }
    }
}

function Restart-Service {
    [CmdletBinding(DefaultParameterSetName = 'Default', SupportsShouldProcess = $true)]
    param(
        [Parameter(ParameterSetName = 'Default', Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('ServiceName')]
        [string[]] $Name,
        [switch] $Force,
        [switch] $PassThru
    )
    process {
        Use-CMStandInCallerErrorAction -Cmdlet $PSCmdlet -Bound $PSBoundParameters
        $call = Add-CMStandInCall -Command 'Restart-Service' -Kind environment -ParameterSet $PSCmdlet.ParameterSetName -Bound $PSBoundParameters
        $call.performed = $false
        $state = Get-CMStandInState
        foreach ($item in $Name) {
            $key = Find-CMStandInService $PSCmdlet $item
            if (-not $key) { continue }
            if (-not $PSCmdlet.ShouldProcess("$key ($key)")) { continue }
            $state.services[$key].Status = 'Running'
            $state.services[$key].restarts++
            $call.performed = $true
            # cmg-reference.md step 8: restarting the SMS Agent Host makes the client read its settings and
            # look up its management points. The seed says what it then finds.
            if ($key -eq 'CcmExec' -and $null -ne $state.client -and $null -ne $state.client.mpCandidatesAfterRestart) {
                $state.client.mpCandidates = $state.client.mpCandidatesAfterRestart
            }
            if ($PassThru) { ConvertTo-CMStandInServiceObject $key }
        }
    }
}
