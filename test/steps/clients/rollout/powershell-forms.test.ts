import { describe, expect, it } from 'vitest';
import { baselineDiscoveryScript, baselineRemediationScript } from '../../../../src/steps/clients/rollout/baseline.ts';
import { desiredClientState, formHasWork, writesCmgFqdns, type DesiredClientState } from '../../../../src/steps/clients/rollout/desired-state.ts';
import { intuneDetectionScript, intuneRemediationScript } from '../../../../src/steps/clients/rollout/intune.ts';
import { clientScript } from '../../../../src/steps/clients/rollout/script.ts';
import type { ClientRollout } from '../../../../src/model/answers.ts';
import { parsePowerShell } from '../../../support/powershell-grammar.ts';
import { classicAnswers, vmssAnswers } from '../../../support/answers.ts';
import { expectPowerShellScript, scriptLines } from '../../script-checks.ts';
import { stepPosition } from '../../../../src/steps/declarations.ts';

// Every script form of the one desired state, for each ClientAlwaysOnInternet action and both
// models, where step 8 writes it (a form with nothing to apply is not written): parsed by
// tree-sitter-powershell, zero errors, exactly these commands in this order.

const STATES: Array<[string, DesiredClientState]> = [
  ['vmss, set', desiredClientState(vmssAnswers({ clientAlwaysOnInternetAction: 'set' }))],
  ['vmss, remove', desiredClientState(vmssAnswers({ clientAlwaysOnInternetAction: 'remove' }))],
  ['vmss, leave', desiredClientState(vmssAnswers({ clientAlwaysOnInternetAction: 'leave' }))],
  ['classic, set', desiredClientState(classicAnswers({ clientAlwaysOnInternetAction: 'set' }))],
  ['classic, remove', desiredClientState(classicAnswers({ clientAlwaysOnInternetAction: 'remove' }))],
  ['classic, leave', desiredClientState(classicAnswers({ clientAlwaysOnInternetAction: 'leave' }))],
];

// The client check: its Security key, then the SMS Agent Host service.
const PRELUDE = ['Set-StrictMode', 'Test-Path', 'Get-Service'];
/** Read, then "already configured" or write and say so; leave: nothing; CMGFQDNs: the value and the internet MPs first. */
const apply = (state: DesiredClientState, say: string, form: ClientRollout) => [
  ...{ set: ['Get-ItemProperty', say, 'New-ItemProperty', 'Out-Null', say], remove: ['Get-ItemProperty', say, 'Remove-ItemProperty', say], leave: [] }[state.alwaysOnInternet],
  ...(writesCmgFqdns(state, form) ? ['Get-ItemProperty', 'Get-CimInstance', 'Where-Object', say, 'New-ItemProperty', 'Out-Null', say] : []),
];
/** Read only. */
const detect = (state: DesiredClientState, form: ClientRollout) => [
  ...(state.alwaysOnInternet === 'leave' ? [] : ['Get-ItemProperty']),
  ...(writesCmgFqdns(state, form) ? ['Get-ItemProperty', 'Get-CimInstance', 'Where-Object'] : []),
];

/** Step 8's place: its scripts open with "Step 8: ". */
const CLIENTS = stepPosition('clients');

const FORMS: Array<[string, ClientRollout, (state: DesiredClientState) => string, (state: DesiredClientState) => string[]]> = [
  ['client script', 'script', (state) => clientScript(state, CLIENTS), (state) => [...PRELUDE, ...apply(state, 'Write-Host', 'script'), 'Write-Host', 'Restart-Service', 'Get-Date', 'Start-Sleep', 'Get-CimInstance', 'Where-Object', 'Where-Object', 'Get-Date', 'Write-Host', 'Write-Host', 'Write-Warning']],
  ['baseline discovery', 'configmgr-baseline', (state) => baselineDiscoveryScript(state, CLIENTS), (state) => [...PRELUDE, ...detect(state, 'configmgr-baseline'), 'Write-Output', 'Write-Output']],
  ['baseline remediation', 'configmgr-baseline', (state) => baselineRemediationScript(state, CLIENTS), (state) => [...PRELUDE, ...apply(state, 'Write-Output', 'configmgr-baseline'), 'Write-Output']],
  ['intune detection', 'intune', (state) => intuneDetectionScript(state, CLIENTS), (state) => [...PRELUDE, 'Write-Output', ...detect(state, 'intune'), 'Write-Output', 'Write-Output']],
  ['intune remediation', 'intune', (state) => intuneRemediationScript(state, CLIENTS), (state) => [...PRELUDE, ...apply(state, 'Write-Output', 'intune'), 'Restart-Service', 'Write-Output']],
];

const CASES = FORMS.flatMap(([name, form, render, commands]) =>
  STATES.filter(([, state]) => form === 'script' || formHasWork(state, form)).map(([stateName, state]) => [`${name}, ${stateName}`, render(state), commands(state), state, form] as const),
);

it('writes the forms step 8 writes: 6 client scripts, 4 baseline and 5 Intune pairs (leave: no baseline; on classic no Intune pair)', () => {
  expect(CASES.map(([name]) => name)).toHaveLength(6 + 2 * 4 + 2 * 5);
});

describe.each(CASES)('%s', (_name, script, commands, state, form) => {
  const lines = scriptLines(script);

  it('follows the script conventions and parses with zero errors', async () => {
    await expectPowerShellScript(script);
    expect(script).not.toContain('ConfigurationManager');
  });

  it('runs exactly the expected commands', async () => {
    expect((await parsePowerShell(script)).commands).toEqual(commands);
  });

  it('refuses a 32-bit PowerShell before it touches the registry', () => {
    const guard = lines.indexOf('if ([System.Environment]::Is64BitOperatingSystem -and -not [System.Environment]::Is64BitProcess) {');
    expect(guard).toBeGreaterThan(lines.indexOf("$ErrorActionPreference = 'Stop'"));
    // The first registry access is the client check (Test-Path on the Security key), before any value is read.
    expect(guard).toBeLessThan(lines.findIndex((line) => line.includes('-LiteralPath $securityKey')));
  });

  it('carries the service name only as the parameter default, quoted', () => {
    expect(lines).toContain(`    [string] $ServiceName = '${state.serviceName}'${script.includes('$WaitSeconds') ? ',' : ''}`);
    expect(lines.filter((line) => line.includes(state.serviceName))).toHaveLength(1);
  });

  it('sets ClientAlwaysOnInternet when set, removes it when removed, never touches it when left; CMGFQDNs only where the form bootstraps it', () => {
    const writes = !_name.includes('discovery') && !_name.includes('detection');
    const set = lines.some((line) => line.trim() === "New-ItemProperty -LiteralPath $securityKey -Name 'ClientAlwaysOnInternet' -PropertyType DWord -Value 1 -Force | Out-Null");
    const remove = lines.some((line) => line.trim() === "Remove-ItemProperty -LiteralPath $securityKey -Name 'ClientAlwaysOnInternet'");
    expect([set, remove]).toEqual(writes ? [state.alwaysOnInternet === 'set', state.alwaysOnInternet === 'remove'] : [false, false]);
    expect(lines.some((line) => line.includes('$securityKey -Name'))).toBe(state.alwaysOnInternet !== 'leave');
    const cmgFqdns = lines.some((line) => line.trim() === "New-ItemProperty -LiteralPath $ccmKey -Name 'CMGFQDNs' -PropertyType String -Value $cmgUrl -Force | Out-Null");
    expect(cmgFqdns).toBe(writes && writesCmgFqdns(state, form));
    expect(lines.some((line) => line.includes("-Name 'CMGFQDNs'"))).toBe(writesCmgFqdns(state, form));
  });
});

describe('what each form does around the values', () => {
  const [, on] = STATES[0]!;
  const [, off] = STATES[4]!;

  it('client script: restarts CcmExec only when a value differed, under -WhatIf, then looks for the CMG as internet MP', () => {
    const lines = scriptLines(clientScript(on, CLIENTS));
    const restart = lines.indexOf("    Restart-Service -Name 'CcmExec'");
    expect(lines.slice(restart - 4, restart)).toEqual([
      'if (-not $changed) {',
      "    Write-Host 'Nothing to change: the SMS Agent Host (CcmExec) is not restarted.'",
      '}',
      "elseif ($PSCmdlet.ShouldProcess('CcmExec', 'Restart the SMS Agent Host so the client reads its settings and looks up its management points')) {",
    ]);
    expect(lines).toContain("    $internet = @(Get-CimInstance -Namespace 'root\\ccm\\LocationServices' -ClassName 'SMS_ActiveMPCandidate' -ErrorAction SilentlyContinue | Where-Object { $_.Type -eq 'Internet' })");
    expect(lines).toContain("    $cmg = @($internet | Where-Object { $null -ne $_.MP -and $_.MP.StartsWith($ServiceName + '/', [System.StringComparison]::OrdinalIgnoreCase) })");
    expect(lines).toContain("    Write-Host ('The client knows the CMG: {0}' -f $cmg[0].MP)");
  });

  it('every write sits under ShouldProcess and marks $changed, so -WhatIf shows the restart too', () => {
    const lines = scriptLines(intuneRemediationScript(on, CLIENTS));
    const write = lines.indexOf("        New-ItemProperty -LiteralPath $securityKey -Name 'ClientAlwaysOnInternet' -PropertyType DWord -Value 1 -Force | Out-Null");
    expect(lines.slice(write - 2, write)).toEqual(['    $changed = $true', "    if ($PSCmdlet.ShouldProcess($securityKey, 'Set ClientAlwaysOnInternet = 1 (DWORD)')) {"]);
    expect(lines).toContain("if ($changed -and $PSCmdlet.ShouldProcess('CcmExec', 'Restart the SMS Agent Host so the client applies its new settings')) {");
  });

  it('only a DWORD 1 counts as ClientAlwaysOnInternet; any value counts as present when it must go', () => {
    expect(scriptLines(baselineDiscoveryScript(on, CLIENTS))).toContain(
      "if (-not ($null -ne $current -and $current.ClientAlwaysOnInternet -is [int] -and $current.ClientAlwaysOnInternet -eq 1)) {",
    );
    expect(scriptLines(baselineDiscoveryScript(off, CLIENTS))).toContain('if (-not ($null -eq $current)) {');
  });

  it('CMGFQDNs is a bootstrap: created only on a client that lists no internet management point and has no REG_SZ CMGFQDNs, never rewritten', () => {
    const lines = scriptLines(intuneDetectionScript(on, CLIENTS));
    expect(lines).toContain("$internetMps = @(Get-CimInstance -Namespace 'root\\ccm\\LocationServices' -ClassName 'SMS_ActiveMPCandidate' -ErrorAction SilentlyContinue | Where-Object { $_.Type -eq 'Internet' })");
    expect(lines).toContain('if (-not ($internetMps.Count -gt 0 -or ($null -ne $current -and $current.CMGFQDNs -is [string] -and $current.CMGFQDNs.Trim().Length -gt 0))) {');
    const remediation = scriptLines(intuneRemediationScript(on, CLIENTS));
    expect(remediation).toContain("    Write-Output $(if ($internetMps.Count -gt 0) { 'The client lists an internet management point: CMGFQDNs is not needed, left as it is.' } else { ('CMGFQDNs is set ({0}): left as it is, the client maintains it once it learns a CMG.' -f $current.CMGFQDNs) })");
  });

  it('leave: the client script neither reads nor writes ClientAlwaysOnInternet, and says so', () => {
    const script = clientScript(STATES[2]![1], CLIENTS);
    expect(script).not.toContain('$securityKey -Name');
    expect(script).toContain('leaves ClientAlwaysOnInternet');
  });

  it('a machine is a client when it has the Security key and the SMS Agent Host service: the scripts that write stop before any value otherwise', () => {
    const check = "(Test-Path -LiteralPath $securityKey) -and $null -ne (Get-Service -Name 'CcmExec' -ErrorAction SilentlyContinue)";
    const lines = scriptLines(clientScript(on, CLIENTS));
    expect(lines.indexOf(`if (-not (${check})) {`)).toBeLessThan(lines.findIndex((line) => line.includes('Get-ItemProperty')));
    expect(scriptLines(intuneDetectionScript(on, CLIENTS))).toContain(`if (-not (${check})) {`);
  });

  it('baseline discovery writes Compliant or NonCompliant and nothing else', async () => {
    const parsed = await parsePowerShell(baselineDiscoveryScript(on, CLIENTS));
    const said = parsed.stringLiterals.filter((literal) => ['Compliant', 'NonCompliant'].includes(literal));
    expect(said).toEqual(['Compliant', 'NonCompliant']);
    expect(parsed.commands.filter((command) => command.startsWith('Write-'))).toEqual(['Write-Output', 'Write-Output']);
  });

  it('baseline remediation never restarts the agent that runs it', async () => {
    expect((await parsePowerShell(baselineRemediationScript(on, CLIENTS))).commands).not.toContain('Restart-Service');
  });

  it('intune detection: exit 1 only when something differs, exit 0 otherwise and without a client', () => {
    const lines = scriptLines(intuneDetectionScript(off, CLIENTS));
    expect(lines.filter((line) => /^\s*exit /.test(line))).toEqual(['    exit 0', '    exit 0', 'exit 1']);
    expect(lines.slice(-3)).toEqual(["Write-Output ('NonCompliant: {0}' -f ($needed -join ', '))", 'exit 1', '']);
    expect(lines).toContain("    Write-Output 'No ConfigMgr client on this device: nothing to do.'");
  });

  it('intune scripts tell the package settings: SYSTEM, 64-bit', () => {
    for (const script of [intuneDetectionScript(on, CLIENTS), intuneRemediationScript(on, CLIENTS)]) {
      expect(script).toContain('run this script using the logged-on credentials No; enforce script signature check No; run script in 64-bit PowerShell Yes.');
    }
  });
});
