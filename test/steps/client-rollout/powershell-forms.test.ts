import { describe, expect, it } from 'vitest';
import { baselineDiscoveryScript, baselineRemediationScript } from '../../../src/steps/client-rollout/baseline.ts';
import { desiredClientState, type DesiredClientState } from '../../../src/steps/client-rollout/desired-state.ts';
import { intuneDetectionScript, intuneRemediationScript } from '../../../src/steps/client-rollout/intune.ts';
import { clientScript } from '../../../src/steps/client-rollout/script.ts';
import { parsePowerShell } from '../../support/powershell-grammar.ts';
import { classicAnswers, vmssAnswers } from '../../support/answers.ts';
import { expectPowerShellScript, scriptLines } from '../script-checks.ts';

// Every script form of the one desired state, for both values of clientAlwaysOnInternet and both
// models: parsed by tree-sitter-powershell, zero errors, exactly these commands in this order.

const STATES: Array<[string, DesiredClientState]> = [
  ['vmss, on', desiredClientState(vmssAnswers({ clientAlwaysOnInternet: true }))],
  ['vmss, off', desiredClientState(vmssAnswers({ clientAlwaysOnInternet: false }))],
  ['classic, on', desiredClientState(classicAnswers({ clientAlwaysOnInternet: true }))],
  ['classic, off', desiredClientState(classicAnswers({ clientAlwaysOnInternet: false }))],
];

// The client check: its Security key, then the SMS Agent Host service.
const PRELUDE = ['Set-StrictMode', 'Test-Path', 'Get-Service'];
/** Read, then "already configured" or write and say so. */
const apply = (state: DesiredClientState, say: string) => [
  ...(state.alwaysOnInternet ? ['Get-ItemProperty', say, 'New-ItemProperty', 'Out-Null', say] : ['Get-ItemProperty', say, 'Remove-ItemProperty', say]),
  ...(state.cmgFqdns === undefined ? [] : ['Get-ItemProperty', 'ForEach-Object', say, 'New-ItemProperty', 'Out-Null', say]),
];
/** Read only. */
const detect = (state: DesiredClientState) => ['Get-ItemProperty', ...(state.cmgFqdns === undefined ? [] : ['Get-ItemProperty', 'ForEach-Object'])];

const FORMS: Array<[string, (state: DesiredClientState) => string, (state: DesiredClientState) => string[]]> = [
  ['client script', clientScript, (state) => [...PRELUDE, ...apply(state, 'Write-Host'), 'Write-Host', 'Restart-Service', 'Get-Date', 'Start-Sleep', 'Get-CimInstance', 'Where-Object', 'Where-Object', 'Get-Date', 'Write-Host', 'Write-Host', 'Write-Warning']],
  ['baseline discovery', baselineDiscoveryScript, (state) => [...PRELUDE, ...detect(state), 'Write-Output', 'Write-Output']],
  ['baseline remediation', baselineRemediationScript, (state) => [...PRELUDE, ...apply(state, 'Write-Output'), 'Write-Output']],
  ['intune detection', intuneDetectionScript, (state) => [...PRELUDE, 'Write-Output', ...detect(state), 'Write-Output', 'Write-Output']],
  ['intune remediation', intuneRemediationScript, (state) => [...PRELUDE, ...apply(state, 'Write-Output'), 'Restart-Service', 'Write-Output']],
];

const CASES = FORMS.flatMap(([form, render, commands]) => STATES.map(([name, state]) => [`${form}, ${name}`, render(state), commands(state), state] as const));

describe.each(CASES)('%s', (_name, script, commands, state) => {
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
    expect(guard).toBeLessThan(lines.findIndex((line) => line.includes('Get-ItemProperty')));
  });

  it('carries the service name only as the parameter default, quoted', () => {
    expect(lines).toContain(`    [string] $ServiceName = '${state.serviceName}'${script.includes('$WaitSeconds') ? ',' : ''}`);
    expect(lines.filter((line) => line.includes(state.serviceName))).toHaveLength(1);
  });

  it('sets ClientAlwaysOnInternet when on, removes it when off; CMGFQDNs only on current branch', () => {
    const writes = !_name.includes('discovery') && !_name.includes('detection');
    const set = lines.some((line) => line.trim() === "New-ItemProperty -LiteralPath $securityKey -Name 'ClientAlwaysOnInternet' -PropertyType DWord -Value 1 -Force | Out-Null");
    const remove = lines.some((line) => line.trim() === "Remove-ItemProperty -LiteralPath $securityKey -Name 'ClientAlwaysOnInternet'");
    expect([set, remove]).toEqual(writes ? [state.alwaysOnInternet, !state.alwaysOnInternet] : [false, false]);
    const cmgFqdns = lines.some((line) => line.trim() === "New-ItemProperty -LiteralPath $ccmKey -Name 'CMGFQDNs' -PropertyType String -Value $cmgUrl -Force | Out-Null");
    expect(cmgFqdns).toBe(writes && state.cmgFqdns !== undefined);
    expect(script.includes('CMGFQDNs')).toBe(state.cmgFqdns !== undefined);
  });
});

describe('what each form does around the values', () => {
  const [, on] = STATES[0]!;
  const [, off] = STATES[3]!;

  it('client script: restarts CcmExec only when a value differed, under -WhatIf, then looks for the CMG as internet MP', () => {
    const lines = scriptLines(clientScript(on));
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
    const lines = scriptLines(intuneRemediationScript(on));
    const write = lines.indexOf("        New-ItemProperty -LiteralPath $securityKey -Name 'ClientAlwaysOnInternet' -PropertyType DWord -Value 1 -Force | Out-Null");
    expect(lines.slice(write - 2, write)).toEqual(['    $changed = $true', "    if ($PSCmdlet.ShouldProcess($securityKey, 'Set ClientAlwaysOnInternet = 1 (DWORD)')) {"]);
    expect(lines).toContain("if ($changed -and $PSCmdlet.ShouldProcess('CcmExec', 'Restart the SMS Agent Host so the client applies its new settings')) {");
  });

  it('only a DWORD 1 counts as ClientAlwaysOnInternet; any value counts as present when it must go', () => {
    expect(scriptLines(baselineDiscoveryScript(on))).toContain(
      "if (-not ($null -ne $current -and $current.ClientAlwaysOnInternet -is [int] -and $current.ClientAlwaysOnInternet -eq 1)) {",
    );
    expect(scriptLines(baselineDiscoveryScript(off))).toContain('if (-not ($null -eq $current)) {');
  });

  it('CMGFQDNs counts when it is a REG_SZ that is exactly what the scripts write, or any of its entries names the service, with or without https://', () => {
    expect(scriptLines(intuneDetectionScript(on))).toContain(
      "if (-not ($null -ne $current -and $current.CMGFQDNs -is [string] -and ($current.CMGFQDNs -eq ('https://' + $ServiceName) -or @($current.CMGFQDNs -split '[;,]' | ForEach-Object { ($_.Trim() -replace '^https://', '') -replace '/.*$', '' }) -contains $ServiceName))) {",
    );
  });

  it('a machine is a client when it has the Security key and the SMS Agent Host service: the scripts that write stop before any value otherwise', () => {
    const check = "(Test-Path -LiteralPath $securityKey) -and $null -ne (Get-Service -Name 'CcmExec' -ErrorAction SilentlyContinue)";
    const lines = scriptLines(clientScript(on));
    expect(lines.indexOf(`if (-not (${check})) {`)).toBeLessThan(lines.findIndex((line) => line.includes('Get-ItemProperty')));
    expect(scriptLines(intuneDetectionScript(on))).toContain(`if (-not (${check})) {`);
  });

  it('baseline discovery writes Compliant or NonCompliant and nothing else', async () => {
    const parsed = await parsePowerShell(baselineDiscoveryScript(on));
    const said = parsed.stringLiterals.filter((literal) => ['Compliant', 'NonCompliant'].includes(literal));
    expect(said).toEqual(['Compliant', 'NonCompliant']);
    expect(parsed.commands.filter((command) => command.startsWith('Write-'))).toEqual(['Write-Output', 'Write-Output']);
  });

  it('baseline remediation never restarts the agent that runs it', async () => {
    expect((await parsePowerShell(baselineRemediationScript(on))).commands).not.toContain('Restart-Service');
  });

  it('intune detection: exit 1 only when something differs, exit 0 otherwise and without a client', () => {
    const lines = scriptLines(intuneDetectionScript(off));
    expect(lines.filter((line) => /^\s*exit /.test(line))).toEqual(['    exit 0', '    exit 0', 'exit 1']);
    expect(lines.slice(-3)).toEqual(["Write-Output ('NonCompliant: {0}' -f ($needed -join ', '))", 'exit 1', '']);
    expect(lines).toContain("    Write-Output 'No ConfigMgr client on this device: nothing to do.'");
  });

  it('intune scripts tell the package settings: SYSTEM, 64-bit', () => {
    for (const script of [intuneDetectionScript(on), intuneRemediationScript(on)]) {
      expect(script).toContain('run this script using the logged-on credentials No; enforce script signature check No; run script in 64-bit PowerShell Yes.');
    }
  });
});
