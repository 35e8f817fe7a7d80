import { renderScript } from '../../emit/powershell.ts';
import type { DesiredClientState } from './desired-state.ts';
import { applyLines, detectLines, prelude, REQUIRE_CLIENT, serviceNameParameter } from './registry-ps.ts';

/**
 * An Intune remediation (formerly proactive remediation) script package. The remediation runs
 * only when the detection exits 1 ("issue detected"); any other exit code means nothing to do
 * (memdocs intune/fundamentals/remediations.md). Run as SYSTEM (not the logged-on user), in
 * 64-bit PowerShell: HKLM\SOFTWARE is redirected for 32-bit processes.
 */
const SETTINGS = 'Package settings: run this script using the logged-on credentials No; enforce script signature check No; run script in 64-bit PowerShell Yes.';

/** Detection: exit 0 when the client matches (or has no ConfigMgr client), exit 1 when it needs the change. */
export function intuneDetectionScript(state: DesiredClientState): string {
  return renderScript({
    synopsis: 'Step 8 of 8: Intune remediation detection script for the CMG client settings.',
    description: `Exits 1, listing what differs, when the ConfigMgr client needs the CMG settings; exits 0 when it has them or when the device has no ConfigMgr client. ${SETTINGS}`,
    parameters: [serviceNameParameter(state)],
    siteDrive: false,
    body: [
      ...prelude(state, false),
      'if (-not (Test-Path -LiteralPath $securityKey)) {',
      "    Write-Output 'No ConfigMgr client on this device: nothing to do.'",
      '    exit 0',
      '}',
      ...detectLines(state),
      'if ($needed.Count -eq 0) {',
      "    Write-Output 'Compliant'",
      '    exit 0',
      '}',
      "Write-Output ('NonCompliant: {0}' -f ($needed -join ', '))",
      'exit 1',
    ],
  });
}

/** Remediation: writes the values, then restarts the SMS Agent Host (Intune's agent runs this, not ConfigMgr's). */
export function intuneRemediationScript(state: DesiredClientState): string {
  return renderScript({
    synopsis: 'Step 8 of 8: Intune remediation script for the CMG client settings.',
    description: `Sets the CMG client settings the detection script found different, then restarts the SMS Agent Host (CcmExec) so the client applies them. ${SETTINGS}`,
    parameters: [serviceNameParameter(state)],
    siteDrive: false,
    body: [
      ...prelude(state, true),
      ...REQUIRE_CLIENT,
      ...applyLines(state, 'Write-Output'),
      "if ($changed -and $PSCmdlet.ShouldProcess('CcmExec', 'Restart the SMS Agent Host so the client applies its new settings')) {",
      "    Restart-Service -Name 'CcmExec'",
      "    Write-Output 'SMS Agent Host (CcmExec) restarted.'",
      '}',
    ],
  });
}
