import { indent, psMessage, psValue, type PsParameter } from '../../../emit/powershell.ts';
import type { ClientRollout } from '../../../model/answers.ts';
import { ALWAYS_ON_INTERNET, CMG_FQDNS, PS_CCM_KEY, PS_CCM_SECURITY_KEY, writesCmgFqdns, type DesiredClientState } from './desired-state.ts';
import { clientsTexts, type ClientsTexts } from '../script-texts.ts';

/**
 * PowerShell building blocks shared by every script form (client script, baseline pair, Intune
 * pair): the same reads, the same "already there" tests and the same writes, so the forms agree
 * by construction. Registry paths are the constants of desired-state.ts; the one user value, the
 * service name, arrives as a parameter default through psValue. What they say comes from the
 * catalogue (`text`), in the run's language, always through psMessage.
 */

type Text = ClientsTexts;

/** Say a line: the admin's script talks to the host; ConfigMgr and Intune collect standard output. */
export type Say = 'Write-Host' | 'Write-Output';

interface Rule {
  /** What the detection lists when this value needs a change. */
  label: string;
  /** Reads the value into $current (nothing when it is absent), and what else `ok` needs. */
  read: string[];
  /** True when the client already matches the desired state. */
  ok: string;
  already: string;
  target: string;
  action: string;
  apply: string[];
  done: string;
}

const READ_ALWAYS_ON = `$current = Get-ItemProperty -LiteralPath $securityKey -Name ${psValue(ALWAYS_ON_INTERNET)} -ErrorAction SilentlyContinue`;

const alwaysOnSet = (text: Text): Rule => ({
  label: ALWAYS_ON_INTERNET,
  read: [READ_ALWAYS_ON],
  // A REG_SZ "1" reads as a string: only a DWORD 1 counts.
  ok: '$null -ne $current -and $current.ClientAlwaysOnInternet -is [int] -and $current.ClientAlwaysOnInternet -eq 1',
  already: psMessage(text.alwaysOnAlready),
  target: '$securityKey',
  action: psMessage(text.alwaysOnSetAction),
  apply: [`New-ItemProperty -LiteralPath $securityKey -Name ${psValue(ALWAYS_ON_INTERNET)} -PropertyType DWord -Value 1 -Force | Out-Null`],
  done: psMessage(text.alwaysOnSet),
});

const alwaysOnRemoved = (text: Text): Rule => ({
  label: ALWAYS_ON_INTERNET,
  read: [READ_ALWAYS_ON],
  ok: '$null -eq $current',
  already: psMessage(text.alwaysOnAbsent),
  target: '$securityKey',
  action: psMessage(text.alwaysOnRemoveAction),
  apply: [`Remove-ItemProperty -LiteralPath $securityKey -Name ${psValue(ALWAYS_ON_INTERNET)}`],
  done: psMessage(text.alwaysOnRemoved),
});

/**
 * The internet management points the client lists (configure-clients.md: "Get-WmiObject -Namespace
 * Root\Ccm\LocationServices -Class SMS_ActiveMPCandidate | Where-Object {$_.Type -eq "Internet"}"
 * "displays any internet-based management points the client knows about"); no WQL.
 */
export const INTERNET_MPS = "@(Get-CimInstance -Namespace 'root\\ccm\\LocationServices' -ClassName 'SMS_ActiveMPCandidate' -ErrorAction SilentlyContinue | Where-Object { $_.Type -eq 'Internet' })";

/**
 * CMGFQDNs, the off-premises bootstrap (documented-facts.md F-CLI-3, configure-clients.md):
 * "If the Configuration Manager client doesn't have a current CMG or internet-facing management
 * point set in the registry, it automatically checks the CMGFQDNs registry value", and "When the
 * client connects to the site and learns of a CMG, it automatically updates this value." So the
 * value is created only on a client that lists no internet management point (the documented way to
 * see them, INTERNET_MPS, stands for the registry setting the page does not name: INFERRED) and has
 * no CMGFQDNs: a REG_SZ already there is the client's (or an admin's) and is never rewritten,
 * whatever it names, so a form that runs again and again (the Intune remediation) cannot overwrite
 * what the client maintains. Only a REG_SZ counts: the page documents CMGFQDNs as REG_SZ, and the
 * registry provider reads a REG_MULTI_SZ as string[], a REG_DWORD as Int32; an empty string names
 * no CMG.
 */
const cmgFqdnsBootstrap = (text: Text): Rule => ({
  label: CMG_FQDNS,
  read: [`$current = Get-ItemProperty -LiteralPath $ccmKey -Name ${psValue(CMG_FQDNS)} -ErrorAction SilentlyContinue`, `$internetMps = ${INTERNET_MPS}`],
  ok: '$internetMps.Count -gt 0 -or ($null -ne $current -and $current.CMGFQDNs -is [string] -and $current.CMGFQDNs.Trim().Length -gt 0)',
  already: `$(if ($internetMps.Count -gt 0) { ${psMessage(text.cmgFqdnsNotNeeded)} } else { ${psMessage(text.cmgFqdnsKept, '$current.CMGFQDNs')} })`,
  target: '$ccmKey',
  action: psMessage(text.cmgFqdnsSetAction, '$cmgUrl'),
  apply: [`New-ItemProperty -LiteralPath $ccmKey -Name ${psValue(CMG_FQDNS)} -PropertyType String -Value $cmgUrl -Force | Out-Null`],
  done: psMessage(text.cmgFqdnsSet, '$cmgUrl'),
});

/** The values a form brings to the desired state: ClientAlwaysOnInternet unless left alone; CMGFQDNs where the form bootstraps it. */
function rules(state: DesiredClientState, text: Text, form: ClientRollout): Rule[] {
  const alwaysOn = { set: [alwaysOnSet(text)], remove: [alwaysOnRemoved(text)], leave: [] }[state.alwaysOnInternet];
  return [...alwaysOn, ...(writesCmgFqdns(state, form) ? [cmgFqdnsBootstrap(text)] : [])];
}

/** The service name every form checks against (and derives CMGFQDNs from). */
export function serviceNameParameter(state: DesiredClientState, text: Text, form: ClientRollout): PsParameter {
  const help = writesCmgFqdns(state, form) ? text.serviceNameCmgFqdnsHelp : text.serviceNameHelp;
  return { name: 'ServiceName', type: 'string', default: state.serviceName, help };
}

/**
 * 64-bit check, then the keys (and, for the scripts that write, the CMGFQDNs URL). A 32-bit
 * PowerShell on 64-bit Windows would read and write the WOW6432Node copy of HKLM\SOFTWARE,
 * where the client never looks.
 */
export function prelude(state: DesiredClientState, writes: boolean, text: Text, form: ClientRollout): string[] {
  const cmgFqdns = writesCmgFqdns(state, form) ? [`$ccmKey = ${psValue(PS_CCM_KEY)}`, ...(writes ? ["$cmgUrl = 'https://' + $ServiceName"] : [])] : [];
  return [
    'if ([System.Environment]::Is64BitOperatingSystem -and -not [System.Environment]::Is64BitProcess) {',
    `    throw ${psMessage(text.run64Bit)}`,
    '}',
    `$securityKey = ${psValue(PS_CCM_SECURITY_KEY)}`,
    ...cmgFqdns,
  ];
}

/**
 * True when the machine is a ConfigMgr client: its Security key and the SMS Agent Host service.
 * Both, because a client removed by hand can leave the key behind: the scripts that write would
 * then set the values and fail only at Restart-Service, with nothing left to apply them.
 */
export const CLIENT_PRESENT = "(Test-Path -LiteralPath $securityKey) -and $null -ne (Get-Service -Name 'CcmExec' -ErrorAction SilentlyContinue)";

/** Stops, before reading or writing any value, when the machine has no ConfigMgr client. */
export function requireClient(text: Text): string[] {
  return [`if (-not (${CLIENT_PRESENT})) {`, `    throw ${psMessage(text.noClient)}`, '}'];
}

/** Reads every value and lists, in `$needed`, those that differ from the desired state. Changes nothing. */
export function detectLines(state: DesiredClientState, text: Text, form: ClientRollout): string[] {
  return ['$needed = @()', ...rules(state, text, form).flatMap((rule) => [...rule.read, `if (-not (${rule.ok})) {`, `    $needed += ${psValue(rule.label)}`, '}'])];
}

/**
 * Brings every value to the desired state, saying what it did. `$changed` tells whether a value
 * differed: it was written, or would have been under -WhatIf (so -WhatIf also shows the restart
 * that would follow).
 */
export function applyLines(state: DesiredClientState, say: Say, text: Text, form: ClientRollout): string[] {
  return [
    '$changed = $false',
    ...rules(state, text, form).flatMap((rule) => [
      ...rule.read,
      `if (${rule.ok}) {`,
      `    ${say} ${rule.already}`,
      '}',
      'else {',
      '    $changed = $true',
      `    if ($PSCmdlet.ShouldProcess(${rule.target}, ${rule.action})) {`,
      ...indent(rule.apply, 2),
      `        ${say} ${rule.done}`,
      '    }',
      '}',
    ]),
  ];
}
