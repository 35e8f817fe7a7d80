import { renderScript } from '../../emit/powershell.ts';
import type { DesiredClientState } from './desired-state.ts';
import { applyLines, detectLines, prelude, REQUIRE_CLIENT, serviceNameParameter } from './registry-ps.ts';

/**
 * A configuration item's script setting (data type String) with the compliance rule "the value
 * returned by the script Equals Compliant", remediation on. ConfigMgr runs the discovery script
 * and compares what it writes to standard output; on NonCompliant it runs the remediation
 * (create-custom-configuration-items-for-windows-desktop-and-server-computers…, memdocs).
 */
export const COMPLIANT = 'Compliant';
export const NON_COMPLIANT = 'NonCompliant';

const NOTE = 'Paste it into a configuration item (Windows Desktops and Servers (custom), setting type Script, data type String); the compliance rule is: value Equals Compliant, remediate noncompliant rules.';

/** Discovery: prints exactly one line, Compliant or NonCompliant, and changes nothing. */
export function baselineDiscoveryScript(state: DesiredClientState): string {
  return renderScript({
    synopsis: 'Step 8 of 8: configuration item discovery script for the CMG client settings.',
    description: `Writes ${COMPLIANT} when the client already has the CMG settings, ${NON_COMPLIANT} otherwise, and nothing else. ${NOTE}`,
    parameters: [serviceNameParameter(state)],
    siteDrive: false,
    body: [
      ...prelude(state, false),
      ...REQUIRE_CLIENT,
      ...detectLines(state),
      'if ($needed.Count -eq 0) {',
      `    Write-Output '${COMPLIANT}'`,
      '}',
      'else {',
      `    Write-Output '${NON_COMPLIANT}'`,
      '}',
    ],
  });
}

/**
 * Remediation: writes the values. It does not restart the SMS Agent Host: the ConfigMgr agent is
 * the one running this script, and restarting it would cut its own evaluation short. The client
 * reads the values when the agent next starts (at the latest on the next restart of the
 * computer); it also checks CMGFQDNs every 25 hours.
 */
export function baselineRemediationScript(state: DesiredClientState): string {
  return renderScript({
    synopsis: 'Step 8 of 8: configuration item remediation script for the CMG client settings.',
    description: `Sets the CMG client settings where the discovery script found them different. It leaves the SMS Agent Host running: the client applies them when it next starts. ${NOTE}`,
    parameters: [serviceNameParameter(state)],
    siteDrive: false,
    body: [
      ...prelude(state, true),
      ...REQUIRE_CLIENT,
      ...applyLines(state, 'Write-Output'),
      'if (-not $changed) {',
      "    Write-Output 'Nothing to change.'",
      '}',
    ],
  });
}
