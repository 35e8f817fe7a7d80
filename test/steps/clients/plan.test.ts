import { describe, it, expect } from 'vitest';
import { clients } from '../../../src/steps/clients/index.ts';
import { CLIENT_ROLLOUTS } from '../../../src/model/answers.ts';
import { parsePowerShell } from '../../support/powershell-grammar.ts';
import { classicAnswers, inputSpec, planStep, validateInput, vmssAnswers } from '../../support/answers.ts';
import { artifactText, expectPowerShellScript, scriptLines } from '../script-checks.ts';
import { planAtPlace } from '../../../src/steps/index.ts';

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

const BOOTSTRAP = { severity: 'info', code: 'CMGFQDNS_BOOTSTRAP' };
const nothing = (form: string) => ({ severity: 'info', code: 'CLIENT_ROLLOUT_NOTHING', params: { form }, input: 'clientRollout' });

describe('clients plan', () => {
  it('default: ClientAlwaysOnInternet left alone, the CMGFQDNs bootstrap said, the client script and the ccmsetup line, and the desired state as a fact', () => {
    const plan = planStep(clients, vmssAnswers());
    expect(plan.findings).toStrictEqual([BOOTSTRAP]);
    expect(listed(vmssAnswers())).toEqual([[PATH, 'clients.script', 'client'], CCMSETUP]);
    expect(plan.facts).toEqual({ clientState: { alwaysOnInternet: 'leave', cmgFqdns: 'https://contosocmg.contoso.com' } });
  });

  it('warns when clients always use the internet, and when the rollout removes the value', () => {
    expect(planStep(clients, vmssAnswers({ clientAlwaysOnInternetAction: 'set' })).findings).toStrictEqual([
      { severity: 'warning', code: 'ALWAYS_ON_INTERNET', input: 'clientAlwaysOnInternetAction' },
      BOOTSTRAP,
    ]);
    expect(planStep(clients, vmssAnswers({ clientAlwaysOnInternetAction: 'remove' })).findings).toStrictEqual([
      { severity: 'warning', code: 'ALWAYS_ON_INTERNET_REMOVE', input: 'clientAlwaysOnInternetAction' },
      BOOTSTRAP,
    ]);
  });

  // Issue 11: the older answer clientAlwaysOnInternet: false removed the value; it now leaves it, and the plan says so.
  it('clientAlwaysOnInternet: false (an older answers file) leaves the value alone and says so', () => {
    const plan = planStep(clients, vmssAnswers({ clientAlwaysOnInternet: false, clientAlwaysOnInternetAction: 'leave' }));
    expect(plan.findings).toStrictEqual([{ severity: 'info', code: 'ALWAYS_ON_INTERNET_FALSE_LEAVES', input: 'clientAlwaysOnInternet' }, BOOTSTRAP]);
    expect(artifactText(plan, PATH)).not.toContain('Remove-ItemProperty');
  });

  it('generates every chosen rollout, in a fixed order whatever the order given, each once', () => {
    const answers = vmssAnswers({ clientRollout: ['intune', 'gpo', 'script', 'configmgr-baseline', 'gpo'], clientAlwaysOnInternetAction: 'set' });
    expect(listed(answers)).toEqual([...ALL_FORMS, CCMSETUP]);
  });

  it.each([
    [['configmgr-baseline'], [1, 2]],
    [['gpo'], [3]],
    [['intune'], [4, 5]],
    [['script', 'gpo'], [0, 3]],
  ] as const)('rollout %j: only its files, and no "not generated" note any more', (clientRollout, indexes) => {
    const answers = vmssAnswers({ clientRollout: [...clientRollout], clientAlwaysOnInternetAction: 'remove' });
    expect(listed(answers)).toEqual([...indexes.map((index) => ALL_FORMS[index]), CCMSETUP]);
    expect(planStep(clients, answers).findings.map((finding) => finding.code)).not.toContain('ROLLOUT_NOT_GENERATED');
  });

  it('leave: the baseline and the GPO have nothing to apply (they never write CMGFQDNs) and are not written; the script and Intune bootstrap CMGFQDNs', () => {
    const plan = planStep(clients, vmssAnswers({ clientRollout: [...CLIENT_ROLLOUTS] }));
    expect(listed(vmssAnswers({ clientRollout: [...CLIENT_ROLLOUTS] }))).toEqual([ALL_FORMS[0], ALL_FORMS[4], ALL_FORMS[5], CCMSETUP]);
    expect(plan.findings).toStrictEqual([BOOTSTRAP, nothing('configmgr-baseline'), nothing('gpo')]);
    expect(plan.artifacts.filter((artifact) => String(artifact.content).includes("-Name 'CMGFQDNs'")).map((artifact) => artifact.path)).toEqual([PATH, ALL_FORMS[4]![0], ALL_FORMS[5]![0]]);
  });

  it('classic: the same rollouts, no ccmsetup line (current branch only) but a note to install on the intranet; CMGFQDNs left alone', () => {
    const answers = classicAnswers({ clientRollout: [...CLIENT_ROLLOUTS], clientAlwaysOnInternetAction: 'remove' });
    const plan = planStep(clients, answers);
    expect(listed(answers)).toEqual(ALL_FORMS);
    expect(plan.findings).toStrictEqual([{ severity: 'warning', code: 'ALWAYS_ON_INTERNET_REMOVE', input: 'clientAlwaysOnInternetAction' }, { severity: 'info', code: 'CLIENT_INSTALL_ON_INTRANET' }]);
    expect(plan.facts).toEqual({ clientState: { alwaysOnInternet: 'remove', cmgFqdns: null } });
    expect(plan.artifacts.filter((artifact) => String(artifact.content).includes('CMGFQDNs'))).toEqual([]);
  });

  it('classic, leave: only the client script, which changes no value', () => {
    const plan = planStep(clients, classicAnswers({ clientRollout: [...CLIENT_ROLLOUTS] }));
    expect(plan.artifacts.map((artifact) => artifact.path)).toEqual([PATH]);
    expect(plan.findings.map((finding) => finding.code)).toEqual(['CLIENT_ROLLOUT_NOTHING', 'CLIENT_ROLLOUT_NOTHING', 'CLIENT_ROLLOUT_NOTHING', 'CLIENT_INSTALL_ON_INTRANET']);
    expect(artifactText(plan, PATH)).not.toContain('ItemProperty');
  });

  it('stamps the GPO with the run\'s clock, and nothing else', () => {
    const answers = vmssAnswers({ clientRollout: [...CLIENT_ROLLOUTS], clientAlwaysOnInternetAction: 'set' });
    const first = planAtPlace(clients, { answers, now: new Date('2026-03-01T00:00:00Z') });
    const later = planAtPlace(clients, { answers, now: new Date('2027-01-02T03:04:05Z') });
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

  it('follows clientAlwaysOnInternetAction: set writes the DWORD, remove deletes it, leave does neither', () => {
    const script = (action: 'set' | 'remove' | 'leave') => scriptLines(artifactText(planStep(clients, vmssAnswers({ clientAlwaysOnInternetAction: action })), PATH));
    const set = "        New-ItemProperty -LiteralPath $securityKey -Name 'ClientAlwaysOnInternet' -PropertyType DWord -Value 1 -Force | Out-Null";
    const remove = "        Remove-ItemProperty -LiteralPath $securityKey -Name 'ClientAlwaysOnInternet'";
    expect((['set', 'remove', 'leave'] as const).map((action) => [script(action).includes(set), script(action).includes(remove)])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
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
  });

  // Issue 11: set / remove / leave, default leave; the older boolean still means set (true) or leave (false).
  it('declares the ClientAlwaysOnInternet action, defaulting to leave; the older boolean is not asked and maps to set or leave', () => {
    const spec = inputSpec('clientAlwaysOnInternetAction');
    const fallback = spec.default as (answers: object) => unknown;
    expect([spec.kind, spec.choices]).toEqual(['choice', ['set', 'remove', 'leave']]);
    expect([fallback({}), fallback({ clientAlwaysOnInternet: true }), fallback({ clientAlwaysOnInternet: false })]).toEqual(['leave', 'set', 'leave']);
    const legacy = inputSpec('clientAlwaysOnInternet');
    expect([legacy.kind, legacy.default, legacy.notAsked]).toEqual(['boolean', undefined, true]);
  });

  it.each<[boolean | undefined, string, unknown[]]>([
    [undefined, 'remove', []],
    [true, 'set', []],
    [false, 'leave', []],
    [false, 'remove', []],
    [true, 'leave', [{ severity: 'error', code: 'ALWAYS_ON_INTERNET_CONFLICT', params: { legacy: 'true', action: 'leave' } }]],
    [false, 'set', [{ severity: 'error', code: 'ALWAYS_ON_INTERNET_CONFLICT', params: { legacy: 'false', action: 'set' } }]],
  ])('clientAlwaysOnInternet %j with action %s', (legacy, action, expected) => {
    expect(validateInput('clientAlwaysOnInternetAction', action, legacy === undefined ? {} : { clientAlwaysOnInternet: legacy })).toStrictEqual(expected);
  });
});
