import { describe, it, expect } from 'vitest';
import { clients } from '../../src/steps/08-clients.ts';
import { parsePowerShell } from '../support/powershell-grammar.ts';
import { classicAnswers, inputSpec, planStep, validateInput, vmssAnswers } from '../support/answers.ts';
import { artifactText, expectPowerShellScript, scriptLines } from './script-checks.ts';

const PATH = '08-clients/Set-CmgClient.ps1';

describe('clients plan', () => {
  it('default: no findings, one client script', () => {
    const plan = planStep(clients, vmssAnswers());
    expect(plan.findings).toStrictEqual([]);
    expect(plan.artifacts.map(({ path, purpose, runOn }) => [path, purpose, runOn])).toEqual([[PATH, 'clients.script', 'client']]);
    expect(plan.facts).toEqual({});
  });

  it('warns when clients always use the internet', () => {
    expect(planStep(clients, classicAnswers({ clientAlwaysOnInternet: true })).findings).toStrictEqual([
      { severity: 'warning', code: 'ALWAYS_ON_INTERNET', input: 'clientAlwaysOnInternet' },
    ]);
  });

  it.each([
    [['script', 'gpo', 'intune'], 'gpo, intune'],
    [['configmgr-baseline'], 'configmgr-baseline'],
  ] as const)('says which rollouts %j are not generated yet', (clientRollout, rollouts) => {
    const plan = planStep(clients, vmssAnswers({ clientRollout: [...clientRollout] }));
    expect(plan.findings).toStrictEqual([{ severity: 'info', code: 'ROLLOUT_NOT_GENERATED', params: { rollouts }, input: 'clientRollout' }]);
    expect(plan.artifacts.map((artifact) => artifact.path)).toEqual([PATH]);
  });
});

describe('clients script', () => {
  const script = artifactText(planStep(clients, vmssAnswers()), PATH);
  const lines = scriptLines(script);

  it('follows the script conventions, without the site drive', async () => {
    await expectPowerShellScript(script);
    expect(script).not.toContain('ConfigurationManager');
    expect(script).not.toContain('Push-Location');
  });

  it('sets ClientAlwaysOnInternet as a DWORD in the one registry key, restarts CcmExec and lists internet MPs', async () => {
    expect(lines).toContain('    [bool] $AlwaysOnInternet = $false,');
    expect(lines).toContain("    [string] $ServiceName = 'contosocmg.contoso.com',");
    expect(lines).toContain('    [int] $WaitSeconds = 120');
    expect(lines).toContain("$keyPath = 'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security'");
    expect(lines).toContain("        New-ItemProperty -LiteralPath $keyPath -Name 'ClientAlwaysOnInternet' -PropertyType DWord -Value 1 -Force | Out-Null");
    expect(lines).toContain("        Write-Host 'Already configured: ClientAlwaysOnInternet is 1.'");
    expect(lines).toContain("    Restart-Service -Name 'CcmExec'");
    expect(lines).toContain(
      "        $internet = @(Get-CimInstance -Namespace 'root\\ccm\\LocationServices' -ClassName 'SMS_ActiveMPCandidate' | Where-Object { $_.Type -eq 'Internet' })",
    );
    const parsed = await parsePowerShell(script);
    expect(parsed.commands).toContain('Restart-Service');
    expect(parsed.commands).not.toContain('Get-WmiObject');
  });

  it('carries clientAlwaysOnInternet into the default', () => {
    expect(scriptLines(artifactText(planStep(clients, vmssAnswers({ clientAlwaysOnInternet: true })), PATH))).toContain('    [bool] $AlwaysOnInternet = $true,');
  });
});

describe('clients inputs', () => {
  it.each<[string[], unknown[]]>([
    [['script'], []],
    [['script', 'configmgr-baseline', 'gpo', 'intune'], []],
    [[], [{ severity: 'error', code: 'CLIENT_ROLLOUT_EMPTY' }]],
  ])('clientRollout %j', (value, expected) => {
    expect(validateInput('clientRollout', value)).toStrictEqual(expected);
  });

  it('declares the four rollouts, defaulting to the script', () => {
    const spec = inputSpec('clientRollout');
    expect([spec.kind, spec.choices, spec.default]).toEqual(['list', ['script', 'configmgr-baseline', 'gpo', 'intune'], ['script']]);
    expect(inputSpec('clientAlwaysOnInternet').default).toBe(false);
  });
});
