import { describe, it, expect } from 'vitest';
import { site } from '../../src/steps/05-site.ts';
import { parsePowerShell } from '../support/powershell-grammar.ts';
import { classicAnswers, planStep, validateInput, vmssAnswers } from '../support/answers.ts';
import { artifactText, expectPowerShellScript, expectSiteDrive, scriptLines } from './script-checks.ts';

const PATH = '05-site/Set-CmgSiteSettings.ps1';

describe('site plan', () => {
  it('vmss with PKI clients: no findings, one script', () => {
    const plan = planStep(site, vmssAnswers());
    expect(plan.findings).toStrictEqual([]);
    expect(plan.artifacts.map(({ path, purpose, runOn }) => [path, purpose, runOn])).toEqual([[PATH, 'site.settings', 'site-server']]);
    expect(plan.facts).toEqual({ siteCode: 'P01' });
  });

  it('classic: the step applies', () => {
    const plan = planStep(site, classicAnswers());
    expect(plan.findings).toStrictEqual([]);
    expect(plan.artifacts.map((artifact) => artifact.path)).toEqual([PATH]);
  });

  it.each([['entra'], ['token']] as const)('vmss with %s clients: not needed, no script', (clientAuth) => {
    expect(planStep(site, vmssAnswers({ clientAuth, usePkiClientCert: false, clientsCheckCrl: true }))).toStrictEqual({
      findings: [{ severity: 'info', code: 'SITE_STEP_NOT_NEEDED', params: { clientAuth } }],
      artifacts: [],
      facts: {},
    });
  });

  it('refuses PKI client certificates turned off, and warns about the CRL check', () => {
    expect(planStep(site, vmssAnswers({ usePkiClientCert: false, clientsCheckCrl: true })).findings).toStrictEqual([
      { severity: 'error', code: 'SITE_PKI_OFF', input: 'usePkiClientCert' },
      { severity: 'warning', code: 'CLIENTS_CHECK_CRL_ON', input: 'clientsCheckCrl' },
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

  it('runs Set-CMSite with the two settings as parameters', async () => {
    expect(lines).toContain("    [string] $SiteCode = 'P01',");
    expect(lines).toContain("    [string] $SmsProvider = 'cm01.contoso.com',");
    expect(lines).toContain('    [bool] $UsePkiClientCertificate = $true,');
    expect(lines).toContain('    [bool] $ClientsCheckCrl = $false');
    expect(lines).toContain('    $site = Get-CMSite -SiteCode $SiteCode');
    expect(lines).toContain(
      '        Set-CMSite -SiteCode $SiteCode -UsePkiClientCertificate $UsePkiClientCertificate -ClientCheckCertificateRevocationListForSiteSystem $ClientsCheckCrl',
    );
    const parsed = await parsePowerShell(script);
    expect(parsed.parameters.filter((parameter) => parameter.command === 'Set-CMSite').map((parameter) => parameter.parameter)).toEqual([
      '-SiteCode',
      '-UsePkiClientCertificate',
      '-ClientCheckCertificateRevocationListForSiteSystem',
    ]);
  });

  it('carries the answers into the defaults', () => {
    const other = scriptLines(artifactText(planStep(site, vmssAnswers({ siteCode: 'c01', clientsCheckCrl: true })), PATH));
    expect(other).toContain("    [string] $SiteCode = 'c01',");
    expect(other).toContain('    [bool] $ClientsCheckCrl = $true');
  });
});

describe('site inputs', () => {
  it.each([
    ['P01', []],
    ['p01', []],
    ['SMS', [{ severity: 'error', code: 'SITE_CODE_RESERVED', params: { value: 'SMS' } }]],
    ['con', [{ severity: 'error', code: 'SITE_CODE_RESERVED', params: { value: 'CON' } }]],
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
