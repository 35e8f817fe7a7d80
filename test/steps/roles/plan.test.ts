import { describe, it, expect } from 'vitest';
import { roles } from '../../../src/steps/roles/index.ts';
import { isRelevant } from '../../../src/model/inputs.ts';
import { parsePowerShell } from '../../support/powershell-grammar.ts';
import { classicAnswers, inputSpec, planStep, validateInput, vmssAnswers } from '../../support/answers.ts';
import { artifactText, expectPowerShellScript, expectSiteDrive, scriptLines } from '../script-checks.ts';

const PATH = '07-roles/Enable-CmgTraffic.ps1';
const MP_LINE = '                Set-CMManagementPoint -SiteSystemServerName $server -SiteCode $SiteCode -EnableCloudGateway $true';
const MP_HTTPS_LINE = '            Set-CMManagementPoint -SiteSystemServerName $server -SiteCode $SiteCode -EnableSsl $true -EnableCloudGateway $true';
const SUP_LINE = '            Set-CMSoftwareUpdatePoint -SiteSystemServerName $server -SiteCode $SiteCode -EnableCloudGateway $true';
const DP_LINE = '            Set-CMDistributionPoint -SiteSystemServerName $server -SiteCode $SiteCode -AllowProxyTraffic $true';
const ENHANCED_HTTP = (count: number) => ({ severity: 'info', code: 'MP_ENHANCED_HTTP', params: { count }, input: 'managementPointSecurity' });
const HTTPS = (count: number) => ({ severity: 'warning', code: 'MP_HTTPS_INTRANET_CLIENTS', params: { count }, input: 'managementPointSecurity' });

describe('roles plan', () => {
  it('vmss: the management points stay HTTP (Enhanced HTTP, the default); one script', () => {
    const plan = planStep(roles, vmssAnswers());
    expect(plan.findings).toStrictEqual([ENHANCED_HTTP(1)]);
    expect(plan.artifacts.map(({ path, purpose, runOn }) => [path, purpose, runOn])).toEqual([[PATH, 'roles.enable', 'site-server']]);
    expect(plan.facts).toEqual({ managementPointSecurity: 'enhanced-http', internetOnly: false });
  });

  it('counts the management points, and warns without a software update point', () => {
    expect(planStep(roles, vmssAnswers({ managementPoints: ['mp01.contoso.com', 'mp02.contoso.com'], softwareUpdatePoints: [] })).findings).toStrictEqual([
      ENHANCED_HTTP(2),
      { severity: 'warning', code: 'ROLES_NO_SUP', input: 'softwareUpdatePoints' },
    ]);
  });

  it('HTTPS: warns what it does to intranet clients without a client certificate, and, with token clients, to their intranet registration', () => {
    expect(planStep(roles, vmssAnswers({ managementPointSecurity: 'https' })).findings).toStrictEqual([HTTPS(1)]);
    expect(planStep(roles, vmssAnswers({ managementPointSecurity: 'https', clientAuth: 'entra' })).findings).toStrictEqual([HTTPS(1)]);
    expect(planStep(roles, vmssAnswers({ managementPointSecurity: 'https', clientAuth: 'token' })).findings).toStrictEqual([
      HTTPS(1),
      { severity: 'warning', code: 'MP_HTTPS_TOKEN_REGISTRATION', input: 'managementPointSecurity' },
    ]);
  });

  it('Internet only: says on-premises clients need another management point', () => {
    const plan = planStep(roles, vmssAnswers({ managementPointsInternetOnly: true }));
    expect(plan.findings).toStrictEqual([ENHANCED_HTTP(1), { severity: 'warning', code: 'MP_INTERNET_ONLY', params: { count: 1 }, input: 'managementPointsInternetOnly' }]);
    expect(plan.facts).toEqual({ managementPointSecurity: 'enhanced-http', internetOnly: true });
  });

  it('classic with distribution points warns', () => {
    expect(planStep(roles, classicAnswers({ distributionPoints: ['dp01.contoso.com'] })).findings).toStrictEqual([
      HTTPS(1),
      { severity: 'warning', code: 'CLASSIC_DISTRIBUTION_POINTS', input: 'distributionPoints' },
    ]);
    expect(planStep(roles, classicAnswers()).findings.map((finding) => finding.code)).toEqual(['MP_HTTPS_INTRANET_CLIENTS']);
  });

  it('vmss ignores distribution points', () => {
    const plan = planStep(roles, vmssAnswers({ distributionPoints: ['dp01.contoso.com'] }));
    expect(plan.findings.map((finding) => finding.code)).toEqual(['MP_ENHANCED_HTTP']);
    expect(artifactText(plan, PATH)).not.toContain('dp01.contoso.com');
  });

  // BUG (src/steps/roles/index.ts): -EnableCloudGateway arrives with the first CMG cmdlets in 1702
  // (cmg-reference.md section 0); on 1610 the script fails on an unknown parameter. Step 4 says
  // CLASSIC_CONSOLE_ONLY for 1610; this step should not emit a script that cannot run.
  it('classic 1610: no script using -EnableCloudGateway, and says the console is the way', () => {
    const plan = planStep(roles, classicAnswers({ siteVersion: '1610' }));
    const scripts = plan.artifacts.filter((artifact) => artifact.path.endsWith('.ps1')).map((artifact) => String(artifact.content));
    expect(scripts.filter((text) => text.includes('-EnableCloudGateway'))).toEqual([]);
    expect(plan.findings).toContainEqual({ severity: 'info', code: 'CLASSIC_CONSOLE_ONLY', params: { siteVersion: '1610' }, input: 'siteVersion' });
  });
});

describe('roles script', () => {
  it('vmss, Enhanced HTTP: management and software update points, never -EnableSsl; a refusal stops with what to do', async () => {
    const script = artifactText(planStep(roles, vmssAnswers()), PATH);
    await expectPowerShellScript(script);
    expectSiteDrive(script);
    const lines = scriptLines(script);
    expect(lines).toContain("    [string[]] $ManagementPoints = @('mp01.contoso.com'),");
    expect(lines).toContain("    [string[]] $SoftwareUpdatePoints = @('sup01.contoso.com')");
    expect(lines).toContain('    foreach ($server in $ManagementPoints) {');
    expect(lines).toContain('        $role = Get-CMManagementPoint -SiteSystemServerName $server -SiteCode $SiteCode');
    expect(lines).toContain('            try {');
    expect(lines).toContain(MP_LINE);
    expect(lines).toContain(SUP_LINE);
    expect(script).not.toContain('EnableSsl $true');
    expect(script).not.toContain('Set-CMDistributionPoint');
    expect(script).not.toContain('DistributionPoints');
    expect(script).not.toContain('ClientConnectionType');
    const parsed = await parsePowerShell(script);
    expect(parsed.commands.filter((command) => command.startsWith('Set-CM'))).toEqual(['Set-CMManagementPoint', 'Set-CMSoftwareUpdatePoint']);
  });

  it('HTTPS: -EnableSsl with -EnableCloudGateway, and an HTTP management point is announced as switched to HTTPS', async () => {
    const script = artifactText(planStep(roles, vmssAnswers({ managementPointSecurity: 'https' })), PATH);
    await expectPowerShellScript(script);
    const lines = scriptLines(script);
    expect(lines).toContain(MP_HTTPS_LINE);
    expect(lines).toContain('        if (($role.SslState -in 1, 3) -and (Test-CmgSiteControlProperty $role \'AllowProxyTraffic\' \'Value\' 1)) {');
    expect(script).toContain('Switch the management point to HTTPS client connections');
    expect(script).not.toContain('Set-CMManagementPoint refused');
  });

  it('Internet only: -ClientConnectionType Internet in the same call, and a check that the site keeps another management point, before any change', async () => {
    const script = artifactText(planStep(roles, vmssAnswers({ managementPointsInternetOnly: true })), PATH);
    await expectPowerShellScript(script);
    const lines = scriptLines(script);
    expect(lines).toContain(`${MP_LINE} -ClientConnectionType Internet`);
    const guard = lines.findIndex((line) => line.startsWith('    $intranetManagementPoints = @(Get-CMManagementPoint -SiteCode $SiteCode | Where-Object'));
    expect(guard).toBeGreaterThan(lines.indexOf('    foreach ($server in $SoftwareUpdatePoints) {'));
    expect(guard).toBeLessThan(lines.findIndex((line) => line.includes('$PSCmdlet.ShouldProcess')));
    expect(lines[guard]).toContain("$ManagementPoints -notcontains ($_.NetworkOSPath -replace '^\\\\\\\\', '')");
    expect(script).toContain("(Test-CmgSiteControlProperty $role 'MPInternetFacing' 'Value' 1) -and (Test-CmgSiteControlProperty $role 'MPIntranetFacing' 'Value' 0)");
  });

  it('vmss without software update points: an empty list', () => {
    expect(scriptLines(artifactText(planStep(roles, vmssAnswers({ softwareUpdatePoints: [] })), PATH))).toContain('    [string[]] $SoftwareUpdatePoints = @()');
  });

  it('classic (HTTPS, the 1610 article): distribution points get -AllowProxyTraffic', async () => {
    const script = artifactText(planStep(roles, classicAnswers({ distributionPoints: ['dp01.contoso.com', 'dp02.contoso.com'] })), PATH);
    await expectPowerShellScript(script);
    const lines = scriptLines(script);
    expect(lines).toContain("    [string[]] $SoftwareUpdatePoints = @('sup01.contoso.com'),");
    expect(lines).toContain("    [string[]] $DistributionPoints = @('dp01.contoso.com', 'dp02.contoso.com')");
    expect(lines).toContain('        $role = Get-CMDistributionPoint -SiteSystemServerName $server -SiteCode $SiteCode');
    expect(lines).toContain(DP_LINE);
    expect(lines.filter((line) => line.startsWith('            Set-CM'))).toEqual([MP_HTTPS_LINE, SUP_LINE, DP_LINE]);
  });
});

describe('roles inputs', () => {
  it('the software update points are optional, and their question says what none costs, as ROLES_NO_SUP does (issue 17)', () => {
    const spec = inputSpec('softwareUpdatePoints');
    expect(spec.required).toBeUndefined();
    expect(spec.texts.en.prompt).toBe('Software update points (FQDNs), comma-separated; none: internet clients get no software updates through the CMG');
    expect(spec.texts.fr.prompt).toBe('Points de mise à jour logicielle (FQDN), séparés par des virgules ; aucun : les clients sur Internet ne reçoivent aucune mise à jour logicielle par la CMG');
  });

  it.each<[string, string[], unknown[]]>([
    ['managementPoints', ['mp01.contoso.com', 'mp02.contoso.com'], []],
    ['managementPoints', ['mp01.contoso.com', 'MP01.contoso.com'], [{ severity: 'error', code: 'FQDN_DUPLICATE', params: { value: 'MP01.contoso.com' } }]],
    ['softwareUpdatePoints', ['sup01'], [{ severity: 'error', code: 'FQDN_INVALID', params: { value: 'sup01', reason: 'not-qualified' } }]],
    ['softwareUpdatePoints', [], []],
    ['distributionPoints', ['dp01.contoso.com', 'dp01.contoso.com'], [{ severity: 'error', code: 'FQDN_DUPLICATE', params: { value: 'dp01.contoso.com' } }]],
  ])('%s %j', (key, value, expected) => {
    expect(validateInput(key as 'managementPoints', value)).toEqual(expected);
  });

  it('asks for distribution points in the classic model only', () => {
    const spec = inputSpec('distributionPoints');
    expect([isRelevant(spec, { model: 'classic' }), isRelevant(spec, { model: 'vmss' })]).toEqual([true, false]);
  });

  it('secures the management points with Enhanced HTTP by default in current branch, HTTPS in the classic model (the 1610 article)', () => {
    const spec = inputSpec('managementPointSecurity');
    const fallback = spec.default as (answers: object) => unknown;
    expect([fallback({ model: 'vmss' }), fallback({ model: 'classic' })]).toEqual(['enhanced-http', 'https']);
    expect(spec.choices).toEqual(['enhanced-http', 'https']);
    expect(inputSpec('managementPointsInternetOnly').default).toBe(false);
  });
});
