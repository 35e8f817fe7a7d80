# A CMG that Azure is still provisioning: its State moves on with the stand-in's clock, which only
# the script's own Start-Sleep moves (environment/clock.ps1). A seeded gateway may carry
#   "progress": [{ "at": "2026-03-01T00:10:00Z", "State": 0 }, ...]
# (stand-in only: not an SMS_AzureService property, so no script sees it). Before every ConfigMgr
# call, each step whose time has come is applied to the gateway and dropped, so a script that polls
# Get-CMCloudManagementGateway sees the CMG become Ready after it has slept long enough, in no
# time and the same way every run. Which State means what is not documented (SMS_AzureService:
# "Current state"); cmg-reference.md's community table says 0 Ready, 1 Provisioning, UNCONFIRMED.
Set-StrictMode -Version Latest

function ConvertTo-CMStandInInstant($Value) {
    if ($Value -is [datetime]) { return $Value.ToUniversalTime() }
    [datetime]::Parse([string]$Value, [cultureinfo]::InvariantCulture, [System.Globalization.DateTimeStyles]'AdjustToUniversal, AssumeUniversal')
}

function Update-CMStandInGatewayProgress {
    $state = Get-CMStandInState
    foreach ($gateway in $state.gateways) {
        if (-not $gateway.Contains('progress') -or $null -eq $gateway.progress) { continue }
        $pending = [System.Collections.Generic.List[object]]::new()
        foreach ($step in @($gateway.progress)) {
            if ((ConvertTo-CMStandInInstant $step.at) -gt $state.clock) { $pending.Add($step); continue }
            foreach ($name in @($step.Keys)) {
                if ($name -eq 'at') { continue }
                $gateway[[string]$name] = if ($name -in 'State', 'StatusDetails') { [uint32]$step[$name] } else { $step[$name] }
            }
        }
        $gateway.progress = $pending.ToArray()
    }
}
