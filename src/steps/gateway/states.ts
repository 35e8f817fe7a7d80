import { psValue, scriptTexts } from '../../emit/powershell.ts';
import type { Lang } from '../../model/lang.ts';
import type { ScriptTexts } from '../../messages/types.ts';

/** What Wait-CmgReady.ps1 does when it reads a State. */
export type StateOutcome = 'ready' | 'wait' | 'stop';

type StateLabel = keyof ScriptTexts['gateway'] & `state${string}Label`;

/**
 * SMS_AzureService.State, the one table Wait-CmgReady.ps1 relies on (emitted into it as is).
 *
 * F-GW-10, UNDOCUMENTED: the SDK page says only "Current state." (sms_azureservice-server-wmi-class.md
 * L257-L264) and the setup page says to watch the console's Status column (L113). These numbers are a
 * community table: MSEndpointMgr/ConfigMgr, the CMG state script under Site Administration (its path
 * is in F-GW-10) at b319c7db3d875d98924645fca06ddd1c7d001ee4, L97-L103 (99 Deleting, 6 Stopped, 5 Stopping,
 * 4 Deployment starting, 1 Provisioning, 0 Running). 0 is the only state that ends the wait well;
 * 1 and 4 are on the way there; 5, 6 and 99 will not become Ready by waiting.
 *
 * A State outside the table stops the script too, on purpose: no number for a failed deployment is
 * documented or in the table, so an unknown State may well be one, and waiting the whole timeout on
 * a value nobody can read helps no one. The message says so, names the Status column and
 * CloudMgr.log, and the script only reads: running it again resumes the wait if the console shows
 * the deployment still going.
 */
export const GATEWAY_STATES: ReadonlyArray<{ value: number; outcome: StateOutcome; label: StateLabel }> = [
  { value: 0, outcome: 'ready', label: 'stateRunningLabel' },
  { value: 1, outcome: 'wait', label: 'stateProvisioningLabel' },
  { value: 4, outcome: 'wait', label: 'stateDeploymentStartingLabel' },
  { value: 5, outcome: 'stop', label: 'stateStoppingLabel' },
  { value: 6, outcome: 'stop', label: 'stateStoppedLabel' },
  { value: 99, outcome: 'stop', label: 'stateDeletingLabel' },
];

/** The table as a PowerShell hashtable, State -> outcome and label (in the script's language). */
export function gatewayStateTable(lang: Lang = 'en'): string[] {
  const text = scriptTexts(lang).gateway;
  return [
    '$gatewayStates = @{',
    ...GATEWAY_STATES.map((state) => `    ${state.value} = @{ Outcome = ${psValue(state.outcome)}; Label = ${psValue(text[state.label])} }`),
    '}',
  ];
}
