import { renderScript } from '../../emit/powershell.ts';
import type { DesiredClientState } from './desired-state.ts';
import { applyLines, prelude, REQUIRE_CLIENT, serviceNameParameter } from './registry-ps.ts';

/**
 * Clients learn the CMG on their next location request (every 24 h) or when the SMS Agent Host
 * (CcmExec) starts (cmg-reference.md, step 8). The script restarts it only when it changed a
 * value, then waits for an internet management point named after the CMG
 * (`<service name>/CCM_Proxy_MutualAuth/<MP role ID>`).
 */
const CHECK_INTERNET_MP = [
  '$restarted = $false',
  'if (-not $changed) {',
  "    Write-Host 'Nothing to change: the SMS Agent Host (CcmExec) is not restarted.'",
  '}',
  "elseif ($PSCmdlet.ShouldProcess('CcmExec', 'Restart the SMS Agent Host so the client reads its settings and looks up its management points')) {",
  "    Restart-Service -Name 'CcmExec'",
  '    $restarted = $true',
  '}',
  '$deadline = (Get-Date).AddSeconds($WaitSeconds)',
  'do {',
  '    if ($restarted) {',
  '        Start-Sleep -Seconds 10',
  '    }',
  "    $internet = @(Get-CimInstance -Namespace 'root\\ccm\\LocationServices' -ClassName 'SMS_ActiveMPCandidate' -ErrorAction SilentlyContinue | Where-Object { $_.Type -eq 'Internet' })",
  "    $cmg = @($internet | Where-Object { $null -ne $_.MP -and $_.MP.StartsWith($ServiceName + '/', [System.StringComparison]::OrdinalIgnoreCase) })",
  '} while ($restarted -and $cmg.Count -eq 0 -and (Get-Date) -lt $deadline)',
  'foreach ($candidate in $internet) {',
  "    Write-Host ('Internet management point: {0}' -f $candidate.MP)",
  '}',
  'if ($cmg.Count -gt 0) {',
  "    Write-Host ('The client knows the CMG: {0}' -f $cmg[0].MP)",
  '}',
  'else {',
  "    Write-Warning ('No internet management point named after {0} yet. Check LocationServices.log and ClientLocation.log, and that the client settings allow the CMG.' -f $ServiceName)",
  '}',
];

/** `Set-CmgClient.ps1`: the admin's own run on one client, elevated. */
export function clientScript(state: DesiredClientState): string {
  const changes = [
    state.alwaysOnInternet ? 'sets ClientAlwaysOnInternet = 1 (DWORD)' : 'removes ClientAlwaysOnInternet',
    ...(state.cmgFqdns === undefined ? [] : ['sets CMGFQDNs (REG_SZ) to the CMG URL']),
  ].join(' and ');
  return renderScript({
    synopsis: 'Step 8 of 8: points this ConfigMgr client at the cloud management gateway.',
    description: `Idempotent: ${changes}, touching only what differs; restarts the SMS Agent Host (CcmExec) only when it changed something, then checks that the client lists an internet management point named after the CMG. Run it elevated, in 64-bit PowerShell, on a client.`,
    parameters: [
      serviceNameParameter(state),
      { name: 'WaitSeconds', type: 'int', default: 120, help: 'How long to wait, after a restart, for the client to list the CMG as an internet management point.' },
    ],
    siteDrive: false,
    body: [...prelude(state, true), ...REQUIRE_CLIENT, ...applyLines(state, 'Write-Host'), ...CHECK_INTERNET_MP],
  });
}
