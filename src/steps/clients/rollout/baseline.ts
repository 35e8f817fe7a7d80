import { psMessage, renderScript } from '../../../emit/powershell.ts';
import type { Lang } from '../../../model/lang.ts';
import type { DesiredClientState } from './desired-state.ts';
import { applyLines, detectLines, prelude, requireClient, serviceNameParameter } from './registry-ps.ts';
import type { StepPosition } from '../../../model/step.ts';
import { clientsTexts } from '../script-texts.ts';

/**
 * A configuration item's script setting (data type String) with the compliance rule "the value
 * returned by the script Equals Compliant", remediation on. ConfigMgr runs the discovery script
 * and compares what it writes to standard output; on NonCompliant it runs the remediation
 * (memdocs configmgr/compliance/deploy-use/create-custom-configuration-items-for-windows-desktop-
 * and-server-computers-managed-with-the-client.md: "The value returned by the script is used to
 * assess the compliance"; "You can only remediate noncompliant rules when the rule operator is
 * set to Equals"; with "Remediate noncompliant rules when supported" "the client uses the
 * remediation script that you specified with the setting"). So the discovery writes these words
 * and nothing else, the same in every language; the help text (catalogue) names them too.
 */
export const COMPLIANT = 'Compliant';

/** The configuration item never writes CMGFQDNs (desired-state.ts writesCmgFqdns). */
const FORM = 'configmgr-baseline';
export const NON_COMPLIANT = 'NonCompliant';

/** Discovery: prints exactly one line, Compliant or NonCompliant, and changes nothing. */
export function baselineDiscoveryScript(state: DesiredClientState, step: StepPosition, lang: Lang = 'en'): string {
  const text = clientsTexts[lang];
  return renderScript({
    step,
    synopsis: text.discoverySynopsis,
    description: text.discoveryDescription,
    parameters: [serviceNameParameter(state, text, FORM)],
    siteDrive: false,
    lang,
    body: [
      ...prelude(state, false, text, FORM),
      ...requireClient(text),
      ...detectLines(state, text, FORM),
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
export function baselineRemediationScript(state: DesiredClientState, step: StepPosition, lang: Lang = 'en'): string {
  const text = clientsTexts[lang];
  return renderScript({
    step,
    synopsis: text.remediationSynopsis,
    description: text.remediationDescription,
    parameters: [serviceNameParameter(state, text, FORM)],
    siteDrive: false,
    lang,
    body: [
      ...prelude(state, true, text, FORM),
      ...requireClient(text),
      ...applyLines(state, 'Write-Output', text, FORM),
      'if (-not $changed) {',
      `    Write-Output ${psMessage(text.nothingToChange)}`,
      '}',
    ],
  });
}
