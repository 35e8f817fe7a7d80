import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/steps/site/index.ts';
import { connectionPoint } from '../../src/steps/connection-point/index.ts';
import { roles } from '../../src/steps/roles/index.ts';
import { clients } from '../../src/steps/clients/index.ts';
import { planAtPlace } from '../../src/steps/index.ts';
import { ALL_INPUTS, inputSpec } from '../../src/steps/declarations.ts';
import { codeText } from '../../src/messages/i18n.ts';
import type { Answers, PrimarySite } from '../../src/model/answers.ts';
import { isRelevant } from '../../src/model/inputs.ts';
import { resolveInputs } from '../../src/wizard/resolve.ts';
import { NOW, vmssAnswers } from '../support/answers.ts';

/**
 * Issue 11, "Hierarchies": the CMG is created at the top-level site (F-HIER-1); the site settings,
 * the connection point and the MP/SUP settings belong to each primary site (F-HIER-1, F-HIER-2);
 * Enhanced HTTP is per site (F-HIER-3); 2010/2103 only with a standalone primary (F-HIER-5);
 * clients can't be assigned to a CAS (F-HIER-7). documented-facts.md section 8.
 */
const P01: PrimarySite = { siteCode: 'P01', smsProvider: 'cm01.contoso.com', connectionPointServer: 'cmgcp01.contoso.com', managementPoints: ['mp01.contoso.com', 'mp02.contoso.com'], softwareUpdatePoints: ['sup01.contoso.com'] };
const P02: PrimarySite = { siteCode: 'P02', smsProvider: 'cm02.contoso.com', connectionPointServer: 'cmgcp02.contoso.com', managementPoints: ['mp03.contoso.com'] };

/** A CAS (CAS, cas.contoso.com) with P01 and P02; the flat step-6/7 inputs as the resolution leaves them. */
function hierarchy(overrides: Partial<Answers> = {}): Answers {
  return vmssAnswers({
    siteCode: 'CAS',
    smsProvider: 'cas.contoso.com',
    primarySites: [P01, P02],
    connectionPointServer: undefined as unknown as string,
    managementPoints: undefined as unknown as string[],
    softwareUpdatePoints: [],
    ...overrides,
  });
}

const validate = (value: unknown[], answers: Partial<Answers> = { siteVersion: '2403', siteCode: 'CAS', smsProvider: 'cas.contoso.com' }) =>
  inputSpec('primarySites').validate?.(value as never, answers) ?? [];

describe('primarySites: the rules, each finding naming the record and the field', () => {
  it('two valid primaries below the CAS: nothing to say', () => {
    expect(validate([P01, P02])).toEqual([]);
  });

  it('a required field missing', () => {
    expect(validate([{ siteCode: 'P01', smsProvider: 'cm01.contoso.com', managementPoints: ['mp01.contoso.com'] }])).toEqual([
      { severity: 'error', code: 'PRIMARY_SITE_FIELD_MISSING', params: { index: 1, site: 'P01', field: 'connectionPointServer' } },
    ]);
    expect(validate([P01, { smsProvider: 'cm02.contoso.com', connectionPointServer: 'cmgcp02.contoso.com' }])).toEqual([
      { severity: 'error', code: 'PRIMARY_SITE_FIELD_MISSING', params: { index: 2, site: '', field: 'siteCode' } },
      { severity: 'error', code: 'PRIMARY_SITE_FIELD_MISSING', params: { index: 2, site: '', field: 'managementPoints' } },
    ]);
  });

  it("a field's own rule: site code, FQDN, FQDN list", () => {
    expect(validate([{ ...P01, siteCode: 'P0!' }])).toEqual([{ severity: 'error', code: 'PRIMARY_SITE_INVALID', params: { value: 'P0!', index: 1, site: 'P0!', field: 'siteCode', problem: 'SITE_CODE_INVALID' } }]);
    expect(validate([{ ...P01, smsProvider: 'cm01' }])).toEqual([
      { severity: 'error', code: 'PRIMARY_SITE_INVALID', params: { value: 'cm01', reason: 'not-qualified', index: 1, site: 'P01', field: 'smsProvider', problem: 'FQDN_INVALID' } },
    ]);
    expect(validate([{ ...P01, managementPoints: ['mp01.contoso.com', 'MP01.contoso.com'] }])).toEqual([
      { severity: 'error', code: 'PRIMARY_SITE_INVALID', params: { value: 'MP01.contoso.com', index: 1, site: 'P01', field: 'managementPoints', problem: 'FQDN_DUPLICATE' } },
    ]);
  });

  it("a primary's site code equal to the CAS's, or given twice (case-insensitively)", () => {
    expect(validate([{ ...P01, siteCode: 'cas' }])).toEqual([{ severity: 'error', code: 'PRIMARY_SITE_CODE_REPEATED', params: { index: 1, site: 'CAS', top: 'yes' } }]);
    expect(validate([P01, { ...P02, siteCode: 'p01' }])).toEqual([{ severity: 'error', code: 'PRIMARY_SITE_CODE_REPEATED', params: { index: 2, site: 'P01', top: '' } }]);
  });

  it("an SMS Provider that is already the CAS's or another primary's", () => {
    expect(validate([{ ...P01, smsProvider: 'CAS.contoso.com' }])).toEqual([
      { severity: 'error', code: 'PRIMARY_SITE_PROVIDER_REPEATED', params: { index: 1, site: 'P01', server: 'CAS.contoso.com', other: 'CAS' } },
    ]);
    expect(validate([P01, { ...P02, smsProvider: 'cm01.contoso.com' }])).toEqual([
      { severity: 'error', code: 'PRIMARY_SITE_PROVIDER_REPEATED', params: { index: 2, site: 'P02', server: 'cm01.contoso.com', other: 'P01' } },
    ]);
  });

  it('a role server listed for two sites; several roles of one site on one server are fine', () => {
    expect(validate([P01, { ...P02, connectionPointServer: 'mp01.contoso.com', softwareUpdatePoints: ['SUP01.contoso.com'] }])).toEqual([
      { severity: 'error', code: 'PRIMARY_SITE_SERVER_REPEATED', params: { index: 2, site: 'P02', field: 'connectionPointServer', server: 'mp01.contoso.com', other: 'P01' } },
      { severity: 'error', code: 'PRIMARY_SITE_SERVER_REPEATED', params: { index: 2, site: 'P02', field: 'softwareUpdatePoints', server: 'SUP01.contoso.com', other: 'P01' } },
    ]);
    expect(validate([{ ...P01, connectionPointServer: 'mp01.contoso.com', softwareUpdatePoints: ['mp01.contoso.com'] }])).toEqual([]);
  });

  it.each([
    ['2010', true],
    ['2103', true],
    ['2107', false],
    ['2403', false],
  ])('site version %s: a hierarchy is refused before 2107 (F-HIER-5): %s', (siteVersion, refused) => {
    expect(validate([P01], { siteVersion, siteCode: 'CAS', smsProvider: 'cas.contoso.com' })).toEqual(
      refused ? [{ severity: 'error', code: 'HIERARCHY_VMSS_STANDALONE_ONLY', params: { siteVersion } }] : [],
    );
  });

  it('an empty list is a standalone primary: nothing to say, even on 2103', () => {
    expect(validate([], { siteVersion: '2103', siteCode: 'P01' })).toEqual([]);
  });

  it('the messages name the record and the field, in both languages', () => {
    const params = { value: 'cm01', reason: 'not-qualified', index: 1, site: 'P01', field: 'smsProvider', problem: 'FQDN_INVALID' };
    expect(codeText('en', 'PRIMARY_SITE_INVALID', params)).toBe(
      'Primary site 1 (P01), field smsProvider: "cm01" is not a usable host name: it is a single label; give the fully qualified name (host.domain).',
    );
    expect(codeText('fr', 'PRIMARY_SITE_INVALID', params)).toMatch(/^Site principal 1 \(P01\), champ smsProvider : "cm01" /);
    expect(codeText('en', 'PRIMARY_SITE_CODE_REPEATED', { index: 1, site: 'CAS', top: 'yes' })).toBe(
      'Primary site 1: CAS is the site code of the central administration site (--site-code). Give each site its own code.',
    );
  });
});

describe('which inputs apply', () => {
  it('with primary sites, the flat connection point and role inputs do not apply (a CAS has no management point)', () => {
    const answers = hierarchy();
    for (const key of ['connectionPointServer', 'managementPoints', 'softwareUpdatePoints']) expect(isRelevant(inputSpec(key), answers), key).toBe(false);
    for (const key of ['connectionPointServer', 'managementPoints', 'softwareUpdatePoints']) expect(isRelevant(inputSpec(key), vmssAnswers()), key).toBe(true);
  });

  it('primarySites is a current-branch input: the classic 1610 procedure stays one site', () => {
    expect(isRelevant(inputSpec('primarySites'), { model: 'classic' })).toBe(false);
    expect(isRelevant(inputSpec('primarySites'), { model: 'vmss' })).toBe(true);
  });

  it('a run with --primary-sites as JSON needs neither --connection-point-server nor --management-points', async () => {
    const flags = new Map<string, unknown>([
      ['serviceName', 'contosocmg.contoso.com'],
      ['subscriptionId', '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6'],
      ['tenantId', 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d'],
      ['serverAppClientId', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'],
      ['resourceGroup', 'rg-contoso-cmg'],
      ['region', 'westeurope'],
      ['siteCode', 'cas'],
      ['smsProvider', 'cas.contoso.com'],
      ['primarySites', JSON.stringify([P01, P02])],
    ]);
    const resolution = await resolveInputs({ specs: ALL_INPUTS, flags, secretFlags: new Map(), env: {}, stdin: Readable.from([]), statPath: () => 'file' });
    expect(resolution.answers.siteCode).toBe('CAS');
    expect(resolution.answers.primarySites).toEqual([P01, P02]);
    expect(resolution.findings.filter((finding) => finding.input === 'primarySites')).toEqual([]);
  });
});

describe('steps 5, 6 and 7: one script per primary site, with its code, SMS Provider and roles', () => {
  const param = (content: string | Uint8Array, name: string) => String(content).split('\n').find((line) => line.includes(` $${name} = `))?.trim();

  it('step 5: a script per primary, each setting its own Enhanced HTTP (F-HIER-3); the plan says who does what', () => {
    const plan = planAtPlace(site, { answers: hierarchy(), now: NOW });
    expect(plan.artifacts.map((artifact) => [artifact.path, artifact.site, param(artifact.content, 'SiteCode'), param(artifact.content, 'SmsProvider')])).toEqual([
      ['05-site/P01/Set-CmgSiteSettings.ps1', 'P01', "[string] $SiteCode = 'P01',", "[string] $SmsProvider = 'cm01.contoso.com',"],
      ['05-site/P02/Set-CmgSiteSettings.ps1', 'P02', "[string] $SiteCode = 'P02',", "[string] $SmsProvider = 'cm02.contoso.com',"],
    ]);
    for (const artifact of plan.artifacts) expect(String(artifact.content)).toContain('Set-CMSite -SiteCode $SiteCode -UsePkiClientCertificate $UsePkiClientCertificate -ClientCheckCertificateRevocationListForSiteSystem $ClientsCheckCrl -UseSmsGeneratedCert $true');
    expect(plan.findings).toEqual([
      { severity: 'info', code: 'HIERARCHY_SITES', params: { siteCode: 'CAS', primaries: 'P01, P02' }, input: 'primarySites' },
      { severity: 'info', code: 'SITE_ENHANCED_HTTP_PER_SITE', params: { siteCode: 'P01' }, input: 'managementPointSecurity' },
      { severity: 'info', code: 'SITE_ENHANCED_HTTP_PER_SITE', params: { siteCode: 'P02' }, input: 'managementPointSecurity' },
    ]);
    expect(plan.facts).toEqual({ siteCode: 'CAS', pkiClientSettings: true, enhancedHttp: true, primarySites: ['P01', 'P02'] });
  });

  it('a lowercase site code gives the folder and the default in capitals, as the site drive shows them', () => {
    const plan = planAtPlace(site, { answers: hierarchy({ primarySites: [{ ...P01, siteCode: 'p01' }] }), now: NOW });
    expect(plan.artifacts.map((artifact) => [artifact.path, param(artifact.content, 'SiteCode')])).toEqual([['05-site/P01/Set-CmgSiteSettings.ps1', "[string] $SiteCode = 'P01',"]]);
  });

  it('step 6: a connection point per primary', () => {
    const plan = planAtPlace(connectionPoint, { answers: hierarchy(), now: NOW });
    expect(plan.artifacts.map((artifact) => [artifact.path, artifact.site, param(artifact.content, 'SiteCode'), param(artifact.content, 'SmsProvider'), param(artifact.content, 'ConnectionPointServer')])).toEqual([
      ['06-connection-point/P01/Add-CmgConnectionPoint.ps1', 'P01', "[string] $SiteCode = 'P01',", "[string] $SmsProvider = 'cm01.contoso.com',", "[string] $ConnectionPointServer = 'cmgcp01.contoso.com',"],
      ['06-connection-point/P02/Add-CmgConnectionPoint.ps1', 'P02', "[string] $SiteCode = 'P02',", "[string] $SmsProvider = 'cm02.contoso.com',", "[string] $ConnectionPointServer = 'cmgcp02.contoso.com',"],
    ]);
    expect(plan.findings.map((finding) => [finding.code, finding.params?.server])).toEqual([
      ['CONNECTION_POINT_EXISTING', 'cmgcp01.contoso.com'],
      ['CONNECTION_POINT_EXISTING', 'cmgcp02.contoso.com'],
    ]);
  });

  it("step 7: each primary's management and software update points; a primary without a SUP is named", () => {
    const plan = planAtPlace(roles, { answers: hierarchy(), now: NOW });
    expect(plan.artifacts.map((artifact) => [artifact.path, artifact.site, param(artifact.content, 'SiteCode'), param(artifact.content, 'ManagementPoints'), param(artifact.content, 'SoftwareUpdatePoints')])).toEqual([
      ['07-roles/P01/Enable-CmgTraffic.ps1', 'P01', "[string] $SiteCode = 'P01',", "[string[]] $ManagementPoints = @('mp01.contoso.com', 'mp02.contoso.com'),", "[string[]] $SoftwareUpdatePoints = @('sup01.contoso.com')"],
      ['07-roles/P02/Enable-CmgTraffic.ps1', 'P02', "[string] $SiteCode = 'P02',", "[string[]] $ManagementPoints = @('mp03.contoso.com'),", '[string[]] $SoftwareUpdatePoints = @()'],
    ]);
    expect(plan.findings).toEqual([
      { severity: 'info', code: 'MP_ENHANCED_HTTP', params: { count: 3 }, input: 'managementPointSecurity' },
      { severity: 'warning', code: 'ROLES_NO_SUP_SITE', params: { siteCode: 'P02' }, input: 'primarySites' },
    ]);
  });

  it('without primary sites: one script in the step folder, no site, as before', () => {
    for (const step of [site, connectionPoint, roles]) {
      expect(planAtPlace(step, { answers: vmssAnswers(), now: NOW }).artifacts.map((artifact) => [artifact.path.split('/').length, artifact.site])).toEqual([[2, undefined]]);
      expect(planAtPlace(step, { answers: vmssAnswers({ primarySites: [] }), now: NOW }).artifacts).toEqual(planAtPlace(step, { answers: vmssAnswers(), now: NOW }).artifacts);
    }
  });
});

describe('step 8 in a hierarchy: the first primary site', () => {
  it('SMSSITECODE and SMSMP come from the first primary, never the CAS, and the plan says so', () => {
    const plan = planAtPlace(clients, { answers: hierarchy({ clientAuth: 'token' }), now: NOW });
    const ccmsetup = String(plan.artifacts.find((artifact) => artifact.path === '08-clients/ccmsetup-internet-clients.md')?.content);
    expect(ccmsetup).toContain('SMSSITECODE=P01');
    expect(ccmsetup).toContain('SMSMP=mp01.contoso.com');
    expect(ccmsetup).not.toContain('SMSSITECODE=CAS');
    expect(plan.findings.filter((finding) => finding.code === 'CLIENTS_FIRST_PRIMARY_SITE')).toEqual([
      { severity: 'info', code: 'CLIENTS_FIRST_PRIMARY_SITE', params: { siteCode: 'P01', managementPoint: 'mp01.contoso.com' }, input: 'primarySites' },
    ]);
  });

  it('a standalone primary: no such finding', () => {
    expect(planAtPlace(clients, { answers: vmssAnswers({ clientAuth: 'token' }), now: NOW }).findings.map((finding) => finding.code)).not.toContain('CLIENTS_FIRST_PRIMARY_SITE');
  });
});
