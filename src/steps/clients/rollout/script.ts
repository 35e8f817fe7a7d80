import { fillText, psMessage, renderScript } from '../../../emit/powershell.ts';
import type { Lang } from '../../../model/lang.ts';
import { writesCmgFqdns, type DesiredClientState } from './desired-state.ts';
import { applyLines, INTERNET_MPS, prelude, requireClient, serviceNameParameter } from './registry-ps.ts';
import type { StepPosition } from '../../../model/step.ts';
import { clientsTexts, type ClientsTexts } from '../script-texts.ts';

/**
 * Clients learn the CMG on their next location request (every 24 h) or when the SMS Agent Host
 * (CcmExec) starts (cmg-reference.md, step 8). The script restarts it only when it changed a
 * value, then waits for an internet management point named after the CMG
 * (`<service name>/CCM_Proxy_MutualAuth/<MP role ID>`).
 */
const checkInternetMp = (text: ClientsTexts) => [
  '$restarted = $false',
  'if (-not $changed) {',
  `    Write-Host ${psMessage(text.notRestarted)}`,
  '}',
  `elseif ($PSCmdlet.ShouldProcess('CcmExec', ${psMessage(text.restartLooksUpAction)})) {`,
  "    Restart-Service -Name 'CcmExec'",
  '    $restarted = $true',
  '}',
  '$deadline = (Get-Date).AddSeconds($WaitSeconds)',
  'do {',
  '    if ($restarted) {',
  '        Start-Sleep -Seconds 10',
  '    }',
  `    $internet = ${INTERNET_MPS}`,
  "    $cmg = @($internet | Where-Object { $null -ne $_.MP -and $_.MP.StartsWith($ServiceName + '/', [System.StringComparison]::OrdinalIgnoreCase) })",
  '} while ($restarted -and $cmg.Count -eq 0 -and (Get-Date) -lt $deadline)',
  'foreach ($candidate in $internet) {',
  `    Write-Host ${psMessage(text.internetMp, '$candidate.MP')}`,
  '}',
  'if ($cmg.Count -gt 0) {',
  `    Write-Host ${psMessage(text.knowsCmg, '$cmg[0].MP')}`,
  '}',
  'else {',
  `    Write-Warning ${psMessage(text.noCmgYet, '$ServiceName')}`,
  '}',
];

/** `Set-CmgClient.ps1`: the admin's own run on one client, elevated. */
export function clientScript(state: DesiredClientState, step: StepPosition, lang: Lang = 'en'): string {
  const text = clientsTexts[lang];
  const alwaysOn = { set: text.changeSetAlwaysOn, remove: text.changeRemoveAlwaysOn, leave: text.changeLeaveAlwaysOn }[state.alwaysOnInternet];
  const changes = [alwaysOn, ...(writesCmgFqdns(state, 'script') ? [text.changeSetCmgFqdns] : [])].join(text.changesJoin);
  return renderScript({
    step,
    synopsis: text.clientSynopsis,
    description: fillText(text.clientDescription, changes),
    parameters: [serviceNameParameter(state, text, 'script'), { name: 'WaitSeconds', type: 'int', default: 120, help: text.waitSecondsHelp }],
    siteDrive: false,
    lang,
    body: [...prelude(state, true, text, 'script'), ...requireClient(text), ...applyLines(state, 'Write-Host', text, 'script'), ...checkInternetMp(text)],
  });
}
