import { describe, it, expect } from 'vitest';
import { site } from '../../../src/steps/site/index.ts';
import { parsePowerShell } from '../../support/powershell-grammar.ts';
import { classicAnswers, planStep, validateInput, vmssAnswers } from '../../support/answers.ts';
import { artifactText, expectPowerShellScript, expectSiteDrive, scriptLines } from '../script-checks.ts';

const PATH = '05-site/Set-CmgSiteSettings.ps1';

const ENHANCED_HTTP = { severity: 'info', code: 'SITE_ENHANCED_HTTP_PER_SITE', params: { siteCode: 'P01' }, input: 'managementPointSecurity' };

describe('site plan', () => {
  it('vmss with PKI clients and Enhanced HTTP (the defaults): one script for both, and Enhanced HTTP is per site', () => {
    const plan = planStep(site, vmssAnswers());
    expect(plan.findings).toStrictEqual([ENHANCED_HTTP]);
    expect(plan.artifacts.map(({ path, purpose, runOn }) => [path, purpose, runOn])).toEqual([[PATH, 'site.settings', 'site-server']]);
    expect(plan.facts).toEqual({ siteCode: 'P01', pkiClientSettings: true, enhancedHttp: true });
  });

  it('classic (HTTPS management points): the PKI settings only', () => {
    const plan = planStep(site, classicAnswers());
    expect(plan.findings).toStrictEqual([]);
    expect(plan.artifacts.map((artifact) => artifact.path)).toEqual([PATH]);
    expect(plan.facts).toEqual({ siteCode: 'P01', pkiClientSettings: true, enhancedHttp: false });
  });

  // Issue 11: Entra and token clients need Enhanced HTTP (or HTTPS management points): the step is
  // no longer "not needed" for them unless the management points are HTTPS.
  it.each([['entra'], ['token']] as const)('vmss with %s clients and Enhanced HTTP: a script for Enhanced HTTP only', (clientAuth) => {
    const plan = planStep(site, vmssAnswers({ clientAuth, usePkiClientCert: false, clientsCheckCrl: true }));
    expect(plan.findings).toStrictEqual([ENHANCED_HTTP]);
    expect(plan.facts).toEqual({ siteCode: 'P01', pkiClientSettings: false, enhancedHttp: true });
  });

  it.each([['entra'], ['token']] as const)('vmss with %s clients and HTTPS management points: not needed, no script', (clientAuth) => {
    expect(planStep(site, vmssAnswers({ clientAuth, usePkiClientCert: false, clientsCheckCrl: true, managementPointSecurity: 'https' }))).toStrictEqual({
      findings: [{ severity: 'info', code: 'SITE_STEP_NOT_NEEDED', params: { clientAuth } }],
      artifacts: [],
      facts: {},
    });
  });

  it('refuses PKI client certificates turned off, and warns about the CRL check', () => {
    expect(planStep(site, vmssAnswers({ usePkiClientCert: false, clientsCheckCrl: true })).findings).toStrictEqual([
      { severity: 'error', code: 'SITE_PKI_OFF', input: 'usePkiClientCert' },
      { severity: 'warning', code: 'CLIENTS_CHECK_CRL_ON', input: 'clientsCheckCrl' },
      ENHANCED_HTTP,
    ]);
    expect(planStep(site, classicAnswers({ usePkiClientCert: false })).findings).toStrictEqual([{ severity: 'error', code: 'SITE_PKI_OFF', input: 'usePkiClientCert' }]);
  });
});

describe('site script', () => {
  const script = artifactText(planStep(site, vmssAnswers()), PATH);
  const lines = scriptLines(script);

  it('follows the script conventions and opens the site drive', async () => {
    await expectPowerShellScript(script);
    expectSiteDrive(script);
  });

  it('runs Set-CMSite with the settings as parameters, -UseSmsGeneratedCert only once Get-Command shows it, or without it on -SetEnhancedHttp $false', async () => {
    expect(lines).toContain("    [string] $SiteCode = 'P01',");
    expect(lines).toContain("    [string] $SmsProvider = 'cm01.contoso.com',");
    expect(lines).toContain('    [bool] $UsePkiClientCertificate = $true,');
    expect(lines).toContain('    [bool] $ClientsCheckCrl = $false,');
    expect(lines).toContain('    [bool] $SetEnhancedHttp = $true');
    expect(lines).toContain('    $site = Get-CMSite -SiteCode $SiteCode');
    expect(lines).toContain("    if ($SetEnhancedHttp -and -not (Get-Command -Name Set-CMSite).Parameters.ContainsKey('UseSmsGeneratedCert')) {");
    expect(lines).toContain(
      '            Set-CMSite -SiteCode $SiteCode -UsePkiClientCertificate $UsePkiClientCertificate -ClientCheckCertificateRevocationListForSiteSystem $ClientsCheckCrl -UseSmsGeneratedCert $true',
    );
    expect(lines).toContain('            Set-CMSite -SiteCode $SiteCode -UsePkiClientCertificate $UsePkiClientCertificate -ClientCheckCertificateRevocationListForSiteSystem $ClientsCheckCrl');
    const parsed = await parsePowerShell(script);
    expect(parsed.parameters.filter((parameter) => parameter.command === 'Set-CMSite').map((parameter) => parameter.parameter)).toEqual([
      '-SiteCode',
      '-UsePkiClientCertificate',
      '-ClientCheckCertificateRevocationListForSiteSystem',
      '-UseSmsGeneratedCert',
      '-SiteCode',
      '-UsePkiClientCertificate',
      '-ClientCheckCertificateRevocationListForSiteSystem',
    ]);
  });

  it('Enhanced HTTP only (Entra clients): no PKI parameters, and nothing to set on -SetEnhancedHttp $false', async () => {
    const other = artifactText(planStep(site, vmssAnswers({ clientAuth: 'entra' })), PATH);
    await expectPowerShellScript(other);
    const otherLines = scriptLines(other);
    expect(other).not.toContain('UsePkiClientCertificate');
    expect(otherLines).toContain('        Set-CMSite -SiteCode $SiteCode -UseSmsGeneratedCert $true');
    expect(otherLines).toContain('    if (-not $SetEnhancedHttp) {');
  });

  it('HTTPS management points (classic): the PKI settings only, no Enhanced HTTP', () => {
    const classic = artifactText(planStep(site, classicAnswers()), PATH);
    expect(classic).not.toContain('UseSmsGeneratedCert');
    expect(classic).not.toContain('SetEnhancedHttp');
    expect(scriptLines(classic)).toContain('        Set-CMSite -SiteCode $SiteCode -UsePkiClientCertificate $UsePkiClientCertificate -ClientCheckCertificateRevocationListForSiteSystem $ClientsCheckCrl');
  });

  it('carries the answers into the defaults', () => {
    const other = scriptLines(artifactText(planStep(site, vmssAnswers({ siteCode: 'c01', clientsCheckCrl: true })), PATH));
    expect(other).toContain("    [string] $SiteCode = 'c01',");
    expect(other).toContain('    [bool] $ClientsCheckCrl = $true,');
  });
});

describe('site inputs', () => {
  it.each([
    ['P01', []],
    ['p01', []],
    ['SMS', [{ severity: 'error', code: 'SITE_CODE_RESERVED', params: { value: 'SMS' } }]],
    ['con', [{ severity: 'error', code: 'SITE_CODE_RESERVED', params: { value: 'con' } }]],
    ['P001', [{ severity: 'error', code: 'SITE_CODE_INVALID', params: { value: 'P001' } }]],
  ])('siteCode %s', (value, expected) => {
    expect(validateInput('siteCode', value)).toEqual(expected);
  });

  it.each([
    ['cm01.contoso.com', []],
    ['cm01', [{ severity: 'error', code: 'FQDN_INVALID', params: { value: 'cm01', reason: 'not-qualified' } }]],
    ['10.0.0.5', [{ severity: 'error', code: 'FQDN_INVALID', params: { value: '10.0.0.5', reason: 'ip-address' } }]],
  ])('smsProvider %s', (value, expected) => {
    expect(validateInput('smsProvider', value)).toEqual(expected);
  });
});
