import { indent, psMessage, psValue, type PsParameter } from '../../emit/powershell.ts';
import type { ScriptTexts } from '../../ui/messages/types.ts';
import { ALWAYS_ON_INTERNET, CMG_FQDNS, PS_CCM_KEY, PS_CCM_SECURITY_KEY, type DesiredClientState } from './desired-state.ts';

/**
 * PowerShell building blocks shared by every script form (client script, baseline pair, Intune
 * pair): the same reads, the same "already there" tests and the same writes, so the forms agree
 * by construction. Registry paths are the constants of desired-state.ts; the one user value, the
 * service name, arrives as a parameter default through psValue. What they say comes from the
 * catalogue (`text`), in the run's language, always through psMessage.
 */

type Text = ScriptTexts['clients'];

/** Say a line: the admin's script talks to the host; ConfigMgr and Intune collect standard output. */
export type Say = 'Write-Host' | 'Write-Output';

interface Rule {
  /** What the detection lists when this value needs a change. */
  label: string;
  /** Reads the value into $current (nothing when it is absent). */
  read: string;
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
  read: READ_ALWAYS_ON,
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
  read: READ_ALWAYS_ON,
  ok: '$null -eq $current',
  already: psMessage(text.alwaysOnAbsent),
  target: '$securityKey',
  action: psMessage(text.alwaysOnRemoveAction),
  apply: [`Remove-ItemProperty -LiteralPath $securityKey -Name ${psValue(ALWAYS_ON_INTERNET)}`],
  done: psMessage(text.alwaysOnRemoved),
});

/**
 * The client rewrites CMGFQDNs itself once it learns a CMG, so any entry naming the service
 * counts (with or without https://, among others separated by ; or ,): demanding the exact
 * string would have the remediation and the client overwrite each other. The exact string the
 * scripts write always counts, whatever -ServiceName the admin passes at run time (a name
 * holding ; or , would otherwise be rewritten, and CcmExec restarted, on every run). Only a
 * REG_SZ counts: the reference documents CMGFQDNs as REG_SZ (S32), and the registry provider
 * reads a REG_MULTI_SZ as string[], a REG_DWORD as Int32.
 */
const cmgFqdnsSet = (text: Text): Rule => ({
  label: CMG_FQDNS,
  read: `$current = Get-ItemProperty -LiteralPath $ccmKey -Name ${psValue(CMG_FQDNS)} -ErrorAction SilentlyContinue`,
  ok: "$null -ne $current -and $current.CMGFQDNs -is [string] -and ($current.CMGFQDNs -eq ('https://' + $ServiceName) -or @($current.CMGFQDNs -split '[;,]' | ForEach-Object { ($_.Trim() -replace '^https://', '') -replace '/.*$', '' }) -contains $ServiceName)",
  already: psMessage(text.cmgFqdnsAlready, '$ServiceName'),
  target: '$ccmKey',
  action: psMessage(text.cmgFqdnsSetAction, '$cmgUrl'),
  apply: [`New-ItemProperty -LiteralPath $ccmKey -Name ${psValue(CMG_FQDNS)} -PropertyType String -Value $cmgUrl -Force | Out-Null`],
  done: psMessage(text.cmgFqdnsSet, '$cmgUrl'),
});

function rules(state: DesiredClientState, text: Text): Rule[] {
  return [state.alwaysOnInternet ? alwaysOnSet(text) : alwaysOnRemoved(text), ...(state.cmgFqdns === undefined ? [] : [cmgFqdnsSet(text)])];
}

/** The service name every form checks against (and derives CMGFQDNs from). */
export function serviceNameParameter(state: DesiredClientState, text: Text): PsParameter {
  const help = state.cmgFqdns === undefined ? text.serviceNameHelp : text.serviceNameCmgFqdnsHelp;
  return { name: 'ServiceName', type: 'string', default: state.serviceName, help };
}

/**
 * 64-bit check, then the keys (and, for the scripts that write, the CMGFQDNs URL). A 32-bit
 * PowerShell on 64-bit Windows would read and write the WOW6432Node copy of HKLM\SOFTWARE,
 * where the client never looks.
 */
export function prelude(state: DesiredClientState, writes: boolean, text: Text): string[] {
  const cmgFqdns = state.cmgFqdns === undefined ? [] : [`$ccmKey = ${psValue(PS_CCM_KEY)}`, ...(writes ? ["$cmgUrl = 'https://' + $ServiceName"] : [])];
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
export function detectLines(state: DesiredClientState, text: Text): string[] {
  return ['$needed = @()', ...rules(state, text).flatMap((rule) => [rule.read, `if (-not (${rule.ok})) {`, `    $needed += ${psValue(rule.label)}`, '}'])];
}

/**
 * Brings every value to the desired state, saying what it did. `$changed` tells whether a value
 * differed: it was written, or would have been under -WhatIf (so -WhatIf also shows the restart
 * that would follow).
 */
export function applyLines(state: DesiredClientState, say: Say, text: Text): string[] {
  return [
    '$changed = $false',
    ...rules(state, text).flatMap((rule) => [
      rule.read,
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
