import { describe, it, expect } from 'vitest';
import { clients } from '../../src/steps/08-clients.ts';
import { CLIENT_ROLLOUTS } from '../../src/wizard/answers.ts';
import { parsePowerShell } from '../support/powershell-grammar.ts';
import { classicAnswers, inputSpec, planStep, validateInput, vmssAnswers } from '../support/answers.ts';
import { artifactText, expectPowerShellScript, scriptLines } from './script-checks.ts';

const PATH = '08-clients/Set-CmgClient.ps1';
const CCMSETUP = ['08-clients/ccmsetup-internet-clients.md', 'clients.ccmsetup', 'client'];
const ALL_FORMS = [
  [PATH, 'clients.script', 'client'],
  ['08-clients/configmgr-baseline/CmgClient-Discovery.ps1', 'clients.baseline.discovery', 'site-server'],
  ['08-clients/configmgr-baseline/CmgClient-Remediation.ps1', 'clients.baseline.remediation', 'site-server'],
  ['08-clients/gpo/Registry.xml', 'clients.gpo', 'admin-workstation'],
  ['08-clients/intune/Detect-CmgClient.ps1', 'clients.intune.detection', 'admin-workstation'],
  ['08-clients/intune/Remediate-CmgClient.ps1', 'clients.intune.remediation', 'admin-workstation'],
];

const listed = (answers: Parameters<typeof planStep>[1]) => planStep(clients, answers).artifacts.map(({ path, purpose, runOn }) => [path, purpose, runOn]);

describe('clients plan', () => {
  it('default: no findings, the client script and the ccmsetup line, and the desired state as a fact', () => {
    const plan = planStep(clients, vmssAnswers());
    expect(plan.findings).toStrictEqual([]);
    expect(listed(vmssAnswers())).toEqual([[PATH, 'clients.script', 'client'], CCMSETUP]);
    expect(plan.facts).toEqual({ clientState: { alwaysOnInternet: false, cmgFqdns: 'https://contosocmg.contoso.com' } });
  });

  it('warns when clients always use the internet', () => {
    expect(planStep(clients, vmssAnswers({ clientAlwaysOnInternet: true })).findings).toStrictEqual([
      { severity: 'warning', code: 'ALWAYS_ON_INTERNET', input: 'clientAlwaysOnInternet' },
    ]);
  });

  it('generates every chosen rollout, in a fixed order whatever the order given, each once', () => {
    expect(listed(vmssAnswers({ clientRollout: ['intune', 'gpo', 'script', 'configmgr-baseline', 'gpo'] }))).toEqual([...ALL_FORMS, CCMSETUP]);
  });

  it.each([
    [['configmgr-baseline'], [1, 2]],
    [['gpo'], [3]],
    [['intune'], [4, 5]],
    [['script', 'gpo'], [0, 3]],
  ] as const)('rollout %j: only its files, and no "not generated" note any more', (clientRollout, indexes) => {
    const plan = planStep(clients, vmssAnswers({ clientRollout: [...clientRollout] }));
    expect(listed(vmssAnswers({ clientRollout: [...clientRollout] }))).toEqual([...indexes.map((index) => ALL_FORMS[index]), CCMSETUP]);
    expect(plan.findings.map((finding) => finding.code)).not.toContain('ROLLOUT_NOT_GENERATED');
  });

  it('classic: the same rollouts, no ccmsetup line (current branch only) but a note to install on the intranet; CMGFQDNs left alone', () => {
    const plan = planStep(clients, classicAnswers({ clientRollout: [...CLIENT_ROLLOUTS] }));
    expect(listed(classicAnswers({ clientRollout: [...CLIENT_ROLLOUTS] }))).toEqual(ALL_FORMS);
    expect(plan.findings).toStrictEqual([{ severity: 'info', code: 'CLIENT_INSTALL_ON_INTRANET' }]);
    expect(plan.facts).toEqual({ clientState: { alwaysOnInternet: false, cmgFqdns: null } });
    expect(plan.artifacts.filter((artifact) => String(artifact.content).includes('CMGFQDNs'))).toEqual([]);
  });

  it('stamps the GPO with the run\'s clock, and nothing else', () => {
    const answers = vmssAnswers({ clientRollout: [...CLIENT_ROLLOUTS] });
    const first = clients.plan({ answers, now: new Date('2026-03-01T00:00:00Z') });
    const later = clients.plan({ answers, now: new Date('2027-01-02T03:04:05Z') });
    expect(artifactText(later, '08-clients/gpo/Registry.xml')).toContain('changed="2027-01-02 03:04:05"');
    expect(later.artifacts.filter((artifact) => !artifact.path.endsWith('.xml'))).toEqual(first.artifacts.filter((artifact) => !artifact.path.endsWith('.xml')));
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

  it('checks the one registry key, restarts CcmExec only when it changed something and lists internet MPs', async () => {
    expect(lines).toContain("    [string] $ServiceName = 'contosocmg.contoso.com',");
    expect(lines).toContain('    [int] $WaitSeconds = 120');
    expect(lines).toContain("$securityKey = 'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security'");
    expect(lines).toContain("    Restart-Service -Name 'CcmExec'");
    expect(lines).toContain('if (-not $changed) {');
    const parsed = await parsePowerShell(script);
    expect(parsed.commands).toContain('Restart-Service');
    expect(parsed.commands).not.toContain('Get-WmiObject');
  });

  it('follows clientAlwaysOnInternet: on sets the DWORD, off removes it', () => {
    const on = scriptLines(artifactText(planStep(clients, vmssAnswers({ clientAlwaysOnInternet: true })), PATH));
    const off = scriptLines(artifactText(planStep(clients, vmssAnswers({ clientAlwaysOnInternet: false })), PATH));
    const set = "        New-ItemProperty -LiteralPath $securityKey -Name 'ClientAlwaysOnInternet' -PropertyType DWord -Value 1 -Force | Out-Null";
    const remove = "        Remove-ItemProperty -LiteralPath $securityKey -Name 'ClientAlwaysOnInternet'";
    expect([on.includes(set), on.includes(remove)]).toEqual([true, false]);
    expect([off.includes(set), off.includes(remove)]).toEqual([false, true]);
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
