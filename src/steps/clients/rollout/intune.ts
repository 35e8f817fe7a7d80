import { psMessage, renderScript } from '../../../emit/powershell.ts';
import type { Lang } from '../../../model/lang.ts';
import { COMPLIANT, NON_COMPLIANT } from './baseline.ts';
import type { DesiredClientState } from './desired-state.ts';
import { applyLines, CLIENT_PRESENT, detectLines, prelude, requireClient, serviceNameParameter } from './registry-ps.ts';
import type { StepPosition } from '../../../model/step.ts';
import { clientsTexts } from '../script-texts.ts';

/**
 * An Intune remediation (formerly proactive remediation) script package. The remediation runs
 * only when the detection exits 1 ("issue detected"); any other exit code means nothing to do
 * (memdocs intune/fundamentals/remediations.md). Run as SYSTEM (not the logged-on user), in
 * 64-bit PowerShell: HKLM\SOFTWARE is redirected for 32-bit processes. The package settings
 * close both descriptions (catalogue): the same page recommends "Run script in 64-bit
 * PowerShell: No", so a package left at that runs both scripts 32-bit. They then stop at the
 * 64-bit check (prelude), before any registry access: the detection's error exits 1, the
 * remediation stops the same way, nothing is written, and the report shows the message.
 */

/** Intune reaches devices off the intranet: its remediation bootstraps CMGFQDNs (desired-state.ts writesCmgFqdns). */
const FORM = 'intune';

/** Detection: exit 0 when the client matches (or has no ConfigMgr client), exit 1 when it needs the change. */
export function intuneDetectionScript(state: DesiredClientState, step: StepPosition, lang: Lang = 'en'): string {
  const text = clientsTexts[lang];
  return renderScript({
    step,
    synopsis: text.intuneDetectionSynopsis,
    description: text.intuneDetectionDescription,
    parameters: [serviceNameParameter(state, text, FORM)],
    siteDrive: false,
    lang,
    body: [
      ...prelude(state, false, text, FORM),
      `if (-not (${CLIENT_PRESENT})) {`,
      `    Write-Output ${psMessage(text.noClientOnDevice)}`,
      '    exit 0',
      '}',
      ...detectLines(state, text, FORM),
      'if ($needed.Count -eq 0) {',
      // The same status words as the baseline: the runbook's checks look for them in every language.
      `    Write-Output '${COMPLIANT}'`,
      '    exit 0',
      '}',
      `Write-Output ('${NON_COMPLIANT}: {0}' -f ($needed -join ', '))`,
      'exit 1',
    ],
  });
}

/** Remediation: writes the values, then restarts the SMS Agent Host (Intune's agent runs this, not ConfigMgr's). */
export function intuneRemediationScript(state: DesiredClientState, step: StepPosition, lang: Lang = 'en'): string {
  const text = clientsTexts[lang];
  return renderScript({
    step,
    synopsis: text.intuneRemediationSynopsis,
    description: text.intuneRemediationDescription,
    parameters: [serviceNameParameter(state, text, FORM)],
    siteDrive: false,
    lang,
    body: [
      ...prelude(state, true, text, FORM),
      ...requireClient(text),
      ...applyLines(state, 'Write-Output', text, FORM),
      `if ($changed -and $PSCmdlet.ShouldProcess('CcmExec', ${psMessage(text.restartAppliesAction)})) {`,
      "    Restart-Service -Name 'CcmExec'",
      `    Write-Output ${psMessage(text.restarted)}`,
      '}',
    ],
  });
}
