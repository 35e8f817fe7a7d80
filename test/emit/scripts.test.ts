import { describe, expect, it } from 'vitest';
import { certificateRequestScript } from '../../src/emit/certificate-request-script.ts';
import { allScriptTexts } from '../support/script-texts.ts';
import { fr } from '../../src/messages/fr.ts';
import { psQuote, UnquotableValueError } from '../../src/emit/powershell-quote.ts';
import { LANGS, type Lang } from '../../src/model/lang.ts';

/** The languages other than English, the one the scripts are written from. */
const TRANSLATIONS = LANGS.filter((lang) => lang !== 'en');
import { STEPS, planAtPlace } from '../../src/steps/index.ts';
import { ALL_INPUTS, stepPosition } from '../../src/steps/declarations.ts';
import type { Artifact } from '../../src/model/step.ts';
import type { Answers } from '../../src/model/answers.ts';
import { EMPTY_REPORT, type CertificateReport } from '../../src/model/certificates.ts';
import { parsePowerShell } from '../support/powershell-grammar.ts';
import { attribute, parseXml } from '../steps/clients/rollout/gpp-xml.ts';
import { classicUsGov, HOSTILE, hostile, vmssHierarchy, vmssPublic } from './scenarios.ts';

const NOW = new Date('2026-03-01T00:00:00Z');

/** What the certificate check would have found: two classic sub-CAs, so step 3 writes its script. */
function certificatesFor(answers: Answers): CertificateReport {
  if (answers.model !== 'classic') return EMPTY_REPORT;
  const subCa = (path: string, thumbprint: string) => ({ path, subject: 'CN=Contoso Issuing CA', issuer: 'CN=Contoso Root CA', thumbprint, notBefore: '2026-01-01T00:00:00.000Z', notAfter: '2030-01-01T00:00:00.000Z', kind: 'intermediate' as const });
  return { ...EMPTY_REPORT, subCas: [subCa('C:\\certs\\issuing1.cer', '0123456789ABCDEF0123456789ABCDEF01234567'), subCa('C:\\certs\\issuing2.cer', 'FEDCBA9876543210FEDCBA9876543210FEDCBA98')] };
}

function allArtifacts(answers: Answers, lang?: Lang): Artifact[] {
  return STEPS.flatMap((step) => planAtPlace(step, { answers, now: NOW, certificates: certificatesFor(answers), ...(lang ? { lang } : {}) }).artifacts);
}

function scripts(answers: Answers, lang?: Lang): Artifact[] {
  return allArtifacts(answers, lang).filter((artifact) => artifact.path.endsWith('.ps1'));
}

/** The Markdown documents beside the scripts (the 1610 console walkthrough, the ccmsetup page). */
function documents(answers: Answers, lang?: Lang): Artifact[] {
  return allArtifacts(answers, lang).filter((artifact) => artifact.path.endsWith('.md'));
}

function text(artifact: Artifact): string {
  return String(artifact.content);
}

const SITE_PRELUDE = ['Set-StrictMode', 'Get-Module', 'Import-Module', 'Join-Path', 'Split-Path', 'Import-Module', 'Get-PSDrive', 'New-PSDrive', 'Out-Null', 'Push-Location'];
/** Test-CmgSiteControlProperty's body (steps 6 and 7 read a site system's or a role's Props before they change it). */
const PROPERTY_TEST = ['Where-Object'];
/** Step 7, per role: already configured, or set and say so. */
const ENABLE_ROLE = (set: string) => ['Test-CmgSiteControlProperty', 'Write-Host', set, 'Write-Host'];

/** Find-CmgGateway's body (steps/shared/gateway-lookup.ts): every CMG from Get-CMCloudManagementGateway, kept by ServiceCName. */
const FIND_GATEWAY = ['Get-CMCloudManagementGateway', 'Where-Object'];
/** Get-CmgGatewayName's body (steps/shared/gateway-lookup.ts): Get-CMCloudManagementGateway -Name with each form of the found CMG. */
const GATEWAY_NAME = ['Get-CMCloudManagementGateway', 'Where-Object'];
/** Wait-CmgReady.ps1: Find-CmgGateway, then the poll. */
const WAIT_READY = [...SITE_PRELUDE, ...FIND_GATEWAY, 'Get-Date', 'Find-CmgGateway', 'Write-Host', 'Get-Date', 'Write-Host', 'Get-Date', 'Start-Sleep', 'Pop-Location'];

/** What each script may run, in order: a second check beside the parse, for valid-syntax injection. */
const EXPORT_CHAIN = ['Set-StrictMode', 'Get-Date', 'Get-ChildItem', 'Where-Object', 'Where-Object', 'ForEach-Object', 'ForEach-Object', 'Sort-Object', 'Select-Object', 'Write-Host', 'Write-Host', 'Where-Object', 'ForEach-Object', 'Write-Warning', 'Write-Warning', 'Test-Path', 'New-Item', 'Out-Null', 'Join-Path', 'Write-Host', 'Test-Path', 'Write-Host', 'Write-Host'];

// Step 8: every client script reads each value, says "already configured" or writes it and says so.
// The client check: the Security key, then the SMS Agent Host service.
const CLIENT_PRELUDE = ['Set-StrictMode', 'Test-Path', 'Get-Service'];
const SET_ALWAYS_ON = (say: string) => ['Get-ItemProperty', say, 'New-ItemProperty', 'Out-Null', say];
const REMOVE_ALWAYS_ON = (say: string) => ['Get-ItemProperty', say, 'Remove-ItemProperty', say];
/** CMGFQDNs, the bootstrap: the value, then the internet MPs the client lists; created only where neither is there. */
const BOOTSTRAP_CMG_FQDNS = (say: string) => ['Get-ItemProperty', 'Get-CimInstance', 'Where-Object', say, 'New-ItemProperty', 'Out-Null', say];
/** Restart only when something changed, then wait for an internet MP named after the CMG. */
const CHECK_INTERNET_MP = ['Write-Host', 'Restart-Service', 'Get-Date', 'Start-Sleep', 'Get-CimInstance', 'Where-Object', 'Where-Object', 'Get-Date', 'Write-Host', 'Write-Host', 'Write-Warning'];

/**
 * vmssPublic sets ClientAlwaysOnInternet, and the client script and the Intune pair bootstrap
 * CMGFQDNs (the baseline never writes it); classicUsGov removes ClientAlwaysOnInternet and leaves
 * CMGFQDNs alone.
 */
const CLIENT_COMMANDS = {
  vmss: {
    '08-clients/Set-CmgClient.ps1': [...CLIENT_PRELUDE, ...SET_ALWAYS_ON('Write-Host'), ...BOOTSTRAP_CMG_FQDNS('Write-Host'), ...CHECK_INTERNET_MP],
    '08-clients/configmgr-baseline/CmgClient-Discovery.ps1': [...CLIENT_PRELUDE, 'Get-ItemProperty', 'Write-Output', 'Write-Output'],
    '08-clients/configmgr-baseline/CmgClient-Remediation.ps1': [...CLIENT_PRELUDE, ...SET_ALWAYS_ON('Write-Output'), 'Write-Output'],
    '08-clients/intune/Detect-CmgClient.ps1': [...CLIENT_PRELUDE, 'Write-Output', 'Get-ItemProperty', 'Get-ItemProperty', 'Get-CimInstance', 'Where-Object', 'Write-Output', 'Write-Output'],
    '08-clients/intune/Remediate-CmgClient.ps1': [...CLIENT_PRELUDE, ...SET_ALWAYS_ON('Write-Output'), ...BOOTSTRAP_CMG_FQDNS('Write-Output'), 'Restart-Service', 'Write-Output'],
  },
  classic: {
    '08-clients/Set-CmgClient.ps1': [...CLIENT_PRELUDE, ...REMOVE_ALWAYS_ON('Write-Host'), ...CHECK_INTERNET_MP],
    '08-clients/configmgr-baseline/CmgClient-Discovery.ps1': [...CLIENT_PRELUDE, 'Get-ItemProperty', 'Write-Output', 'Write-Output'],
    '08-clients/configmgr-baseline/CmgClient-Remediation.ps1': [...CLIENT_PRELUDE, ...REMOVE_ALWAYS_ON('Write-Output'), 'Write-Output'],
    '08-clients/intune/Detect-CmgClient.ps1': [...CLIENT_PRELUDE, 'Write-Output', 'Get-ItemProperty', 'Write-Output', 'Write-Output'],
    '08-clients/intune/Remediate-CmgClient.ps1': [...CLIENT_PRELUDE, ...REMOVE_ALWAYS_ON('Write-Output'), 'Restart-Service', 'Write-Output'],
  },
};

const EXPECTED_COMMANDS: Record<string, Record<string, string[]>> = {
  vmss: {
    '02-client-root/Export-CmgClientChain.ps1': EXPORT_CHAIN,
    // Graph PowerShell: everything is read (apps, service principals, grants) before each change, which is made only when missing.
    '03-azure/New-CmgEntraApps.ps1': ['Set-StrictMode', 'Get-Module', 'Import-Module', 'Get-CmgProperty', 'Get-CmgProperty', 'Get-CmgProperty', 'Connect-MgGraph', 'Get-MgContext', 'Get-CmgProperty', 'Write-Host', 'Get-Date', 'Get-MgServicePrincipal', 'Get-CmgProperty', 'Where-Object', 'Select-Object', 'Where-Object', 'Get-CmgProperty', 'Get-CmgProperty', 'Get-MgApplication', 'Find-CmgEntraApp', 'Find-CmgEntraApp', 'Write-Host', 'Get-CmgProperty', 'Get-CmgProperty', 'New-CmgWebSettings', 'Get-CmgProperty', 'Get-CmgProperty', 'Where-Object', 'Select-Object', 'Get-CmgProperty', 'Where-Object', 'ForEach-Object', 'Where-Object', 'Where-Object', 'Where-Object', 'ForEach-Object', 'Update-MgApplication', 'Write-Host', 'New-MgApplication', 'Write-Host', 'Get-MgServicePrincipal', 'Select-Object', 'Write-Host', 'New-MgServicePrincipal', 'Write-Host', 'Get-CmgProperty', 'Where-Object', 'Sort-Object', 'Write-Host', 'Add-MgApplicationPassword', 'Write-Warning', 'Write-Host', 'Write-Host', 'New-MgApplication', 'Write-Host', 'Write-Host', 'Get-CmgProperty', 'Get-CmgProperty', 'Get-CmgProperty', 'New-CmgWebSettings', 'Get-CmgProperty', 'Get-CmgProperty', 'Where-Object', 'ForEach-Object', 'Where-Object', 'Where-Object', 'Where-Object', 'ForEach-Object', 'Update-MgApplication', 'Write-Host', 'Get-MgServicePrincipal', 'Select-Object', 'Write-Host', 'New-MgServicePrincipal', 'Write-Host', 'Get-MgOauth2PermissionGrant', 'Where-Object', 'Select-Object', 'Write-Host', 'Update-MgOauth2PermissionGrant', 'New-MgOauth2PermissionGrant', 'Out-Null', 'Write-Host', 'Get-MgServicePrincipalAppRoleAssignment', 'Where-Object', 'Select-Object', 'Write-Host', 'New-MgServicePrincipalAppRoleAssignment', 'Out-Null', 'Write-Host', 'Write-Host', 'Write-Host', 'Write-Host', 'Write-Host'],
    // The apps and the service are looked up first (every service too, for one of another name that uses the server app:
    // review S3); each import or creation happens only when missing.
    '03-azure/Register-CmgAzureService.ps1': ['Set-StrictMode', 'Get-Module', 'Import-Module', 'Join-Path', 'Split-Path', 'Import-Module', 'Get-PSDrive', 'New-PSDrive', 'Out-Null', 'Push-Location', 'Get-Command', 'Get-Date', 'Get-CMAADApplication', 'Get-CMAADApplication', 'ConvertTo-CmgSecretExpiry', 'Find-CmgSiteApp', 'Find-CmgSiteApp', 'Get-CMAzureService', 'Get-CMAzureService', 'Write-Host', 'ConvertTo-CmgSecretExpiry', 'Read-Host', 'Read-Host', 'Import-CMAADServerApplication', 'Out-Null', 'Find-CmgSiteApp', 'Write-Host', 'Write-Host', 'Import-CMAADClientApplication', 'Out-Null', 'Find-CmgSiteApp', 'Write-Host', 'Write-Host', 'Write-Host', 'New-CMCloudManagementAzureService', 'Out-Null', 'Write-Host', 'Pop-Location'],
    // Two Join-Path: the certificate and the client roots, taken from the script's folder when relative.
    // Then the parameters read from the installed cmdlet (Get-CmgParameter, Resolve-CmgValue: -Version,
    // -VMSSVMSize, -TenantId) and, on 2309+, the -UpdateServerApp step, before the password and the creation.
    '04-gateway/New-CmgGateway.ps1': [
      'Set-StrictMode', 'Join-Path', 'Join-Path', ...SITE_PRELUDE.slice(1), ...FIND_GATEWAY, 'Find-CmgGateway', 'Write-Host', 'Test-Path', 'Test-Path',
      'Get-CmgParameter', 'Where-Object', 'Get-Command', 'Resolve-CmgValue', 'Resolve-CmgValue', 'Get-CmgParameter',
      'Get-Command', 'Set-UpdateServerApplication', 'Write-Host', 'Read-Host', 'New-CMCloudManagementGateway', 'Out-Null', 'Write-Host', 'Pop-Location',
    ],
    '04-gateway/Wait-CmgReady.ps1': WAIT_READY,
    // PKI client settings and Enhanced HTTP: Set-CMSite's -UseSmsGeneratedCert is looked for first (Get-Command); with or without it.
    '05-site/Set-CmgSiteSettings.ps1': [...SITE_PRELUDE, 'Get-CMSite', 'Get-Command', 'Set-CMSite', 'Write-Host', 'Write-Host', 'Set-CMSite', 'Write-Host', 'Pop-Location'],
    // The server, the CMG and an existing role are checked first; the proxy is set only when the site system's Props do not show it yet;
    // then Keep, Relink or Add.
    '06-connection-point/Add-CmgConnectionPoint.ps1': [
      ...SITE_PRELUDE,
      'Get-CMSiteSystemServer',
      ...FIND_GATEWAY,
      ...GATEWAY_NAME,
      'Find-CmgGateway',
      'Get-CMCloudManagementGatewayConnectionPoint',
      'Get-CmgGatewayName',
      ...PROPERTY_TEST,
      'Test-CmgSiteControlProperty',
      'Test-CmgSiteControlProperty',
      'Test-CmgSiteControlProperty',
      'Write-Host',
      'Set-CMSiteSystemServer',
      'Write-Host',
      'Write-Host',
      'Set-CMCloudManagementGatewayConnectionPoint',
      'Out-Null',
      'Write-Host',
      'Add-CMCloudManagementGatewayConnectionPoint',
      'Out-Null',
      'Write-Host',
      'Pop-Location',
    ],
    // Every role is found before any is changed; each is set only when it does not accept CMG traffic yet.
    // Enhanced HTTP: each MP is read again after its Set (review S1): a warning when its Props have no AllowProxyTraffic.
    '07-roles/Enable-CmgTraffic.ps1': [
      ...SITE_PRELUDE,
      ...PROPERTY_TEST,
      'Get-CMManagementPoint',
      'Get-CMSoftwareUpdatePoint',
      'Test-CmgSiteControlProperty',
      'Write-Host',
      'Set-CMManagementPoint',
      'Get-CMManagementPoint',
      'Where-Object',
      'Write-Warning',
      'Test-CmgSiteControlProperty',
      'Write-Host',
      ...ENABLE_ROLE('Set-CMSoftwareUpdatePoint'),
      'Pop-Location',
    ],
    ...CLIENT_COMMANDS.vmss,
  },
  classic: {
    '02-client-root/Export-CmgClientChain.ps1': EXPORT_CHAIN,
    '03-azure/Update-CmgSubCaThumbprints.ps1': ['Set-StrictMode', 'New-CimSession', 'New-CimSessionOption', 'Get-CimInstance', 'Where-Object', 'Select-Object', 'Get-CimInstance', 'Where-Object', 'Select-Object', 'Get-CimInstance', 'Write-Host', 'Set-CimInstance', 'Write-Host', 'Remove-CimSession'],
    // Three Join-Path: the server, management and root certificates, taken from the script's folder when relative.
    '04-gateway/New-CmgGateway.ps1': ['Set-StrictMode', 'Join-Path', 'Join-Path', 'Join-Path', ...SITE_PRELUDE.slice(1), ...FIND_GATEWAY, 'Find-CmgGateway', 'Write-Host', 'Test-Path', 'Test-Path', 'Test-Path', 'Read-Host', 'Read-Host', 'New-CMCloudManagementGateway', 'Out-Null', 'Write-Host', 'Pop-Location'],
    '04-gateway/Wait-CmgReady.ps1': WAIT_READY,
    '05-site/Set-CmgSiteSettings.ps1': [...SITE_PRELUDE, 'Get-CMSite', 'Set-CMSite', 'Write-Host', 'Pop-Location'],
    '06-connection-point/Add-CmgConnectionPoint.ps1': [
      ...SITE_PRELUDE,
      'Get-CMSiteSystemServer',
      ...FIND_GATEWAY,
      ...GATEWAY_NAME,
      'Find-CmgGateway',
      'Get-CMCloudManagementGatewayConnectionPoint',
      'Get-CmgGatewayName',
      'Write-Host',
      'Set-CMCloudManagementGatewayConnectionPoint',
      'Out-Null',
      'Write-Host',
      'Add-CMCloudManagementGatewayConnectionPoint',
      'Out-Null',
      'Write-Host',
      'Pop-Location',
    ],
    '07-roles/Enable-CmgTraffic.ps1': [
      ...SITE_PRELUDE,
      ...PROPERTY_TEST,
      'Get-CMManagementPoint',
      'Get-CMSoftwareUpdatePoint',
      'Get-CMDistributionPoint',
      ...ENABLE_ROLE('Set-CMManagementPoint'),
      ...ENABLE_ROLE('Set-CMSoftwareUpdatePoint'),
      ...ENABLE_ROLE('Set-CMDistributionPoint'),
      'Pop-Location',
    ],
    ...CLIENT_COMMANDS.classic,
  },
};

/**
 * The hierarchy: steps 5, 6 and 7 write the standalone site's script once per primary site, in a
 * folder named by its site code; every other script is vmss's (the per-site parameters are checked
 * in test/steps/hierarchy.test.ts and run in test/powershell/site-server/hierarchy.test.ts).
 */
const PER_SITE = ['05-site/Set-CmgSiteSettings.ps1', '06-connection-point/Add-CmgConnectionPoint.ps1', '07-roles/Enable-CmgTraffic.ps1'];
const perSite = (path: string, site: string) => path.replace('/', `/${site}/`);
EXPECTED_COMMANDS.hierarchy = Object.fromEntries(
  Object.entries(EXPECTED_COMMANDS.vmss ?? {}).flatMap(([path, commands]) => (PER_SITE.includes(path) ? ['P01', 'P02'].map((site) => [perSite(path, site), commands] as const) : [[path, commands] as const])),
);

/** vmss, classic, or a vmss hierarchy (primarySites given). */
function kindOf(answers: Answers): string {
  return (answers.primarySites ?? []).length > 0 ? 'hierarchy' : answers.model;
}

/** Every file of each scenario, in plan order (scripts, and the files that are not scripts). */
const EXPECTED_FILES: Record<string, string[]> = {
  vmss: [
    '02-client-root/Export-CmgClientChain.ps1',
    '03-azure/New-CmgEntraApps.ps1',
    '03-azure/Register-CmgAzureService.ps1',
    '04-gateway/New-CmgGateway.ps1',
    '04-gateway/Wait-CmgReady.ps1',
    '05-site/Set-CmgSiteSettings.ps1',
    '06-connection-point/Add-CmgConnectionPoint.ps1',
    '07-roles/Enable-CmgTraffic.ps1',
    '08-clients/Set-CmgClient.ps1',
    '08-clients/configmgr-baseline/CmgClient-Discovery.ps1',
    '08-clients/configmgr-baseline/CmgClient-Remediation.ps1',
    '08-clients/gpo/Registry.xml',
    '08-clients/intune/Detect-CmgClient.ps1',
    '08-clients/intune/Remediate-CmgClient.ps1',
    '08-clients/ccmsetup-internet-clients.md',
  ],
  classic: [
    '02-client-root/Export-CmgClientChain.ps1',
    '03-azure/Update-CmgSubCaThumbprints.ps1',
    '04-gateway/console-walkthrough-1610.md',
    '04-gateway/New-CmgGateway.ps1',
    '04-gateway/Wait-CmgReady.ps1',
    '05-site/Set-CmgSiteSettings.ps1',
    '06-connection-point/Add-CmgConnectionPoint.ps1',
    '07-roles/Enable-CmgTraffic.ps1',
    '08-clients/Set-CmgClient.ps1',
    '08-clients/configmgr-baseline/CmgClient-Discovery.ps1',
    '08-clients/configmgr-baseline/CmgClient-Remediation.ps1',
    '08-clients/gpo/Registry.xml',
    '08-clients/intune/Detect-CmgClient.ps1',
    '08-clients/intune/Remediate-CmgClient.ps1',
  ],
};

// The hierarchy: vmss's files, each of steps 5-7 once per primary site.
EXPECTED_FILES.hierarchy = (EXPECTED_FILES.vmss ?? []).flatMap((path) => (PER_SITE.includes(path) ? ['P01', 'P02'].map((site) => perSite(path, site)) : [path]));

/**
 * A hierarchy changes what is done at the central administration site (the site defaults of the
 * step 3 and 4 scripts) and at each primary (steps 5-7); its other files are vmss-public's, byte
 * for byte. Those are compared with vmss-public's instead of kept as a second copy of its goldens.
 */
const HIERARCHY_OWN = /^(03-azure\/Register-|0[4-7]-)/;

/** The artifact against its golden file, or, for a hierarchy file it does not own, against vmss-public's same file. */
async function matchesGolden(name: string, artifact: Artifact, lang: Lang): Promise<void> {
  if (name === 'vmss-hierarchy' && !HIERARCHY_OWN.test(artifact.path)) {
    const same = allArtifacts(vmssPublic, lang).find((candidate) => candidate.path === artifact.path);
    expect(same, artifact.path).toBeDefined();
    expect(text(artifact)).toBe(text(same as Artifact));
    return;
  }
  await expect(text(artifact)).toMatchFileSnapshot(`./__golden__/${name}${lang === 'en' ? '' : `.${lang}`}/${artifact.path}`);
}

const SCENARIOS = [
  ['vmss-public', vmssPublic],
  ['classic-usgov', classicUsGov],
  ['vmss-hierarchy', vmssHierarchy],
] as const;

describe.each(SCENARIOS)('golden scripts: %s', (name, answers) => {
  const artifacts = allArtifacts(answers);

  it('produces exactly the expected files, a command list for each script', () => {
    expect(artifacts.map((artifact) => artifact.path)).toEqual(EXPECTED_FILES[kindOf(answers)]);
    expect(scripts(answers).map((artifact) => artifact.path).sort()).toEqual(Object.keys(EXPECTED_COMMANDS[kindOf(answers)] ?? {}).sort());
  });

  it.each(artifacts.map((artifact) => [artifact.path, artifact] as const))('%s matches its golden file', async (_path, artifact) => {
    await matchesGolden(name, artifact, 'en');
  });

  // Issue 11: no CMGFQDNs item, even on current branch: a GPO reaches intranet computers and reapplies at every refresh.
  it('08-clients/gpo/Registry.xml is well-formed GPP: ClientAlwaysOnInternet updated when set, deleted when removed; never CMGFQDNs', () => {
    const xml = artifacts.find((artifact) => artifact.path === '08-clients/gpo/Registry.xml');
    const root = parseXml(text(xml as Artifact));
    const properties = root.children.map((item) => item.children[0]!);
    expect(properties.map((item) => [attribute(item, 'name'), attribute(item, 'action'), attribute(item, 'type'), attribute(item, 'value')])).toEqual(
      answers.model === 'vmss'
        ? [['ClientAlwaysOnInternet', 'U', 'REG_DWORD', '00000001']]
        : [['ClientAlwaysOnInternet', 'D', 'REG_DWORD', '00000000']],
    );
  });

  it.each(scripts(answers).map((artifact) => [artifact.path, artifact] as const))('%s parses cleanly and runs only the expected commands', async (path, artifact) => {
    const parsed = await parsePowerShell(text(artifact));
    expect(parsed.errors).toEqual([]);
    expect(parsed.commands).toEqual(EXPECTED_COMMANDS[kindOf(answers)]?.[path]);
  });
});

describe.each(TRANSLATIONS.flatMap((lang) => SCENARIOS.map(([name, answers]) => [lang, name, answers] as const)))('translated scripts (--lang %s): %s', (lang, name, answers) => {
  const french = scripts(answers, lang);

  it('are the English scripts, file for file', () => {
    expect(french.map((artifact) => artifact.path)).toEqual(scripts(answers).map((artifact) => artifact.path));
  });

  it.each(french.map((artifact) => [artifact.path, artifact] as const))('%s matches its golden file in the language', async (_path, artifact) => {
    await matchesGolden(name, artifact, lang);
  });

  it.each(french.map((artifact) => [artifact.path, artifact] as const))('%s parses cleanly and runs exactly the commands of the English script', async (path, artifact) => {
    const parsed = await parsePowerShell(text(artifact));
    expect(parsed.errors).toEqual([]);
    expect(parsed.commands).toEqual(EXPECTED_COMMANDS[kindOf(answers)]?.[path]);
  });

  it.each(documents(answers, lang).map((artifact) => [artifact.path, artifact] as const))('%s (document) matches its golden file in the language', async (_path, artifact) => {
    await matchesGolden(name, artifact, lang);
  });

  it('writes the same documents, each translated, with the same code blocks', () => {
    const french = documents(answers, lang);
    const english = documents(answers);
    expect(french.map((artifact) => artifact.path)).toEqual(english.map((artifact) => artifact.path));
    expect(french.length).toBe(1);
    french.forEach((artifact, index) => {
      const source = text(artifact);
      expect(source, artifact.path).not.toBe(text(english[index] as Artifact));
      expect(source.replace(/\r\n/g, ''), artifact.path).not.toMatch(/[\r\n]/);
      expect(fencedBlocks(source), artifact.path).toEqual(fencedBlocks(text(english[index] as Artifact)));
    });
  });

  it('files that are neither scripts nor documents do not depend on the language', () => {
    const others = (lang?: Lang) => allArtifacts(answers, lang).filter((artifact) => !artifact.path.endsWith('.ps1') && !artifact.path.endsWith('.md'));
    expect(others(lang).length).toBeGreaterThan(0);
    expect(others(lang)).toEqual(others());
  });
});

/** Every string of a catalogue section, by its dotted key. */
function leaves(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

/**
 * The constant pieces of a text: what lies between its -f placeholders ({0}, {3:yyyy-MM-dd}),
 * phrases long enough to be a message rather than a separator (" and ", ": proxy ") or a word
 * that also names things in code ("certificate", as in $certificate).
 */
function pieces(value: string): string[] {
  return value
    .split(/\{\d+(?::[^{}]*)?\}/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 8 && /\s/.test(piece));
}

describe('the script texts of the catalogue', () => {
  const CERTIFICATE_REQUESTS = [
    { serviceName: 'contosocmg.contoso.com', model: 'vmss', infFileName: 'contosocmg.contoso.com.inf' },
    { serviceName: 'contosocmg.cloudapp.net', model: 'classic', template: 'CmgServer', infFileName: 'contosocmg.cloudapp.net.inf' },
  ] as const;
  /**
   * The choices neither golden scenario makes: Internet-only management points, Entra clients (a site
   * script with Enhanced HTTP only), ClientAlwaysOnInternet left alone.
   */
  const OTHER_CHOICES: Answers = { ...vmssPublic, managementPointsInternetOnly: true, clientAuth: 'entra', clientAlwaysOnInternetAction: 'leave' };
  /** Every script both scenarios write, those of the other choices, and the certificate request with and without a template. */
  const rendered = (lang: Lang) => [
    ...[...scripts(vmssPublic, lang), ...scripts(classicUsGov, lang), ...scripts(OTHER_CHOICES, lang)].map(text),
    // 2603 with an existing resource group: the one New-CmgGateway.ps1 that passes -IsUsingExistingGroup.
    ...scripts({ ...vmssPublic, siteVersion: '2603', useExistingResourceGroup: true }, lang).filter((artifact) => artifact.path === '04-gateway/New-CmgGateway.ps1').map(text),
    // HTTPS and Internet-only management points: the -WhatIf text of an MP switched to HTTPS and made internet-only (review S2).
    ...scripts({ ...vmssPublic, managementPointSecurity: 'https', managementPointsInternetOnly: true }, lang).filter((artifact) => artifact.path === '07-roles/Enable-CmgTraffic.ps1').map(text),
    ...CERTIFICATE_REQUESTS.map((options) => certificateRequestScript({ ...options, step: stepPosition('server-certificate'), lang })),
  ];
  // A quoted text has its apostrophes doubled; the help block has them single.
  const readable = (source: string) => source.replace(/''/g, "'");
  const en = leaves(allScriptTexts('en'));

  it.each(LANGS)('every %s text is said by some script in that language', (lang) => {
    const said = rendered(lang).map(readable);
    const texts = leaves(allScriptTexts(lang));
    expect(texts.length).toBeGreaterThan(150);
    expect(texts.filter(([, value]) => !pieces(value).every((piece) => said.some((script) => script.includes(piece)))).map(([key]) => key)).toEqual([]);
  });

  it.each(TRANSLATIONS)('no English message survives in the %s scripts', (lang) => {
    const french = rendered(lang).map(readable);
    const fr = new Map(leaves(allScriptTexts(lang)));
    const translated = en.filter(([key, value]) => fr.get(key) !== value);
    expect(translated.length).toBeGreaterThan(150);
    expect(translated.flatMap(([, value]) => pieces(value)).length).toBeGreaterThan(150);
    const survivors = translated.flatMap(([key, value]) => pieces(value).filter((piece) => french.some((script) => script.includes(piece))).map((piece) => `${key}: ${piece}`));
    expect(survivors).toEqual([]);
  });

  it.each(TRANSLATIONS)('every text is translated into %s: none is the same as in English', (lang) => {
    const fr = new Map(leaves(allScriptTexts(lang)));
    expect(en.filter(([key, value]) => fr.get(key) === value).map(([key]) => key)).toEqual([]);
  });
});

/** The fenced code blocks of a Markdown document: commands, never translated. */
function fencedBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```[^\r\n]*\r\n([\s\S]*?)^```$/gm)].map((match) => match[1] as string);
}

/**
 * The English prose of a document: every line outside code blocks, without its code spans
 * (values, commands, log lines), cut at punctuation into phrases that hold an English word.
 * Product names are the same in both languages.
 */
/** A document's text without its console labels: bold spans and console paths (A > B > C). */
function withoutConsoleLabels(markdown: string): string {
  return markdown.replace(/\*\*[^*\r\n]+\*\*/g, '').replace(/[A-Z][A-Za-z]*(?: [A-Za-z]+)*(?: > [A-Z][A-Za-z]*(?: [A-Za-z]+)*)+/g, '');
}

function prosePieces(markdown: string, englishConsoleLabels = false): string[] {
  const SAME_IN_BOTH = ['Microsoft Entra ID', 'ConfigMgr 1610'];
  // A document that says its console labels are quoted in English (the scale-set walkthrough: the docs'
  // labels, labelsNote): its bold labels and console paths (A > B > C) are not prose.
  const prose = englishConsoleLabels ? withoutConsoleLabels(markdown) : markdown;
  return prose
    .replace(/^```[^\r\n]*\r\n[\s\S]*?^```$/gm, '')
    .split('\r\n')
    .flatMap((line) => line.replace(/^(?:#+|>|-|\d+\.)\s+/, '').split(/(`+)[\s\S]*?\1|[.:;,()]/))
    .filter((piece): piece is string => piece !== undefined)
    .map((piece) => piece.replace(/\*\*/g, '').trim())
    .filter((piece) => piece.length >= 8 && /\s/.test(piece) && /[a-z]{3}/.test(piece) && !SAME_IN_BOTH.includes(piece));
}

describe('the documents beside the scripts (--lang fr)', () => {
  // Every branch of both documents: CRL check kept or cleared, traffic alert or none, files given
  // or not; each client authentication, CRL checked or not, ClientAlwaysOnInternet kept or removed.
  const VARIANTS: Answers[] = [
    vmssPublic,
    classicUsGov,
    { ...classicUsGov, siteVersion: '1610', verifyClientCrl: true, trafficThresholdGb: 500, managementCertPath: undefined, serverCertPath: undefined, clientRootCerts: [] },
    { ...vmssPublic, clientsCheckCrl: true, clientAlwaysOnInternetAction: 'leave' },
    { ...vmssPublic, clientAuth: 'token', siteVersion: '2403' },
    { ...vmssPublic, clientAuth: 'entra' },
    // The scale-set console walkthrough (no script before 2207, or an existing group before 2603): the
    // pre-release feature (2010-2103) or the optional one, and every option both ways.
    { ...vmssPublic, siteVersion: '2103', clientAuth: 'entra', verifyClientCrl: true, enforceTls12: false, contentEnabled: false, trafficThresholdGb: undefined },
    { ...vmssPublic, siteVersion: '2203', verifyClientCrl: false, enforceTls12: true, contentEnabled: true },
    // The CMG out of pre-release (1802+), and a proxy for several VMs (the article and today's page agree).
    { ...classicUsGov, siteVersion: '1810', vmCount: 3 },
  ];
  const pairs = VARIANTS.flatMap((answers) => {
    const french = documents(answers, 'fr');
    return documents(answers).map((english, index) => [english.path, text(english), text(french[index] as Artifact)] as const);
  });

  it('covers the three documents', () => {
    expect(pairs.map(([path]) => path).sort()).toEqual([
      '04-gateway/console-walkthrough-1610.md',
      '04-gateway/console-walkthrough-1610.md',
      '04-gateway/console-walkthrough-1610.md',
      '04-gateway/console-walkthrough-scale-set.md',
      '04-gateway/console-walkthrough-scale-set.md',
      '08-clients/ccmsetup-internet-clients.md',
      '08-clients/ccmsetup-internet-clients.md',
      '08-clients/ccmsetup-internet-clients.md',
      '08-clients/ccmsetup-internet-clients.md',
      '08-clients/ccmsetup-internet-clients.md',
      '08-clients/ccmsetup-internet-clients.md',
    ]);
  });

  it('no English phrase survives in the French documents', () => {
    const checked = pairs.flatMap(([, english]) => prosePieces(english));
    expect(checked.length).toBeGreaterThan(80);
    const englishLabels = (path: string) => path === '04-gateway/console-walkthrough-scale-set.md';
    expect(pairs.flatMap(([path, english, french]) => prosePieces(english, englishLabels(path)).filter((piece) => (englishLabels(path) ? withoutConsoleLabels(french) : french).includes(piece)).map((piece) => `${path}: ${piece}`))).toEqual([]);
  });

  it('every French text of the documents is used by some French document', () => {
    const french = pairs.map(([, , document]) => document).join('\n');
    const pieces = (value: string) => value.split(/(`+)[\s\S]*?\1/).filter((piece): piece is string => piece !== undefined).map((piece) => piece.trim()).filter((piece) => piece.length >= 8 && /\s/.test(piece));
    const unused = Object.entries(fr.documents).flatMap(([document, texts]) =>
      Object.entries(texts as Record<string, unknown>)
        .filter(([, value]) => typeof value === 'string' && !pieces(value).every((piece) => french.includes(piece)))
        .map(([key]) => `${document}.${key}`),
    );
    expect(unused).toEqual([]);
  });

  it('French typography: a space before ":" and ";" outside code, no straight double quotes, accents', () => {
    for (const [path, , french] of pairs) {
      const prose = french.replace(/^```[^\r\n]*\r\n[\s\S]*?^```$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
      expect(prose.match(/[^\s\d:\\/A-Z][:;](?![\\/\d])/g) ?? [], path).toEqual([]);
      expect(prose, path).not.toContain('"');
      expect(prose, path).toMatch(/[àâçéèêëîïôûùüÿœ]/i);
    }
  });

  it('the certreq INF stays English and ASCII whatever --lang (certreq reads an INF without a BOM in the ANSI code page)', () => {
    const inf = (lang?: Lang) =>
      STEPS.flatMap((step) => planAtPlace(step, { answers: { ...vmssPublic, serverCertPath: undefined }, now: NOW, ...(lang ? { lang } : {}) }).artifacts).find((artifact) => artifact.path.endsWith('.inf'));
    for (const lang of LANGS) {
      const written = text(inf(lang) as Artifact);
      expect(written, lang).toBe(text(inf('en') as Artifact));
      expect(written, lang).toMatch(/^[\x20-\x7E\r\n]*$/);
      expect(written.split('\r\n')[0], lang).toBe('; Certificate request for the cloud management gateway (CMG) server authentication certificate.');
    }
  });
});

describe('every generated script', () => {
  const all = [...scripts(vmssPublic), ...scripts(classicUsGov)];

  it.each(all.map((artifact) => [artifact.path, artifact] as const))('%s: BOM, CRLF, strict mode, Stop, ShouldProcess', (_path, artifact) => {
    const source = text(artifact);
    expect(source.startsWith('\uFEFF')).toBe(true);
    expect(source.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = source.slice(1).split('\r\n');
    expect(lines).toContain('Set-StrictMode -Version Latest');
    expect(lines).toContain("$ErrorActionPreference = 'Stop'");
    expect(lines).toContain('[CmdletBinding(SupportsShouldProcess)]');
  });

  it('never puts a secret in a script', () => {
    for (const artifact of all) expect(text(artifact)).not.toContain('never-in-output');
  });

  it('never passes user text to WMI: no -Filter, -Query or Invoke-Expression', async () => {
    for (const artifact of all) {
      const parsed = await parsePowerShell(text(artifact));
      // Microsoft Graph's OData -Filter (New-CmgEntraApps.ps1) is not WMI: its values are checked below.
      expect(parsed.parameters.filter((parameter) => ['-Filter', '-Query'].includes(parameter.parameter) && !parameter.command.startsWith('Get-Mg'))).toEqual([]);
      expect(parsed.commands).not.toContain('Invoke-Expression');
    }
  });

  it('New-CmgEntraApps.ps1 filters Graph only on a constant or an id Graph itself returned, never on a parameter', () => {
    const graph = all.find((artifact) => artifact.path === '03-azure/New-CmgEntraApps.ps1') as Artifact;
    const filters = [...text(graph).matchAll(/-Filter ("[^"]*"|\("[^"]*" -f \$[\w.]+\))/g)].map((match) => match[1]);
    expect(filters).toEqual([
      '"displayName eq \'Microsoft Graph\'"',
      '("appId eq \'{0}\'" -f $server.AppId)',
      '("appId eq \'{0}\'" -f $client.AppId)',
      '("clientId eq \'{0}\' and consentType eq \'AllPrincipals\'" -f $clientSp.Id)',
    ]);
    expect(text(graph).match(/-Filter/g)).toHaveLength(4);
  });

  it.each(all.filter((artifact) => artifact.path.startsWith('08-clients/')).map((artifact) => [artifact.path, artifact] as const))(
    '%s touches the registry only through -LiteralPath, at the two client keys',
    async (_path, artifact) => {
      const parsed = await parsePowerShell(text(artifact));
      const registryCommands = ['Test-Path', 'Get-ItemProperty', 'New-ItemProperty', 'Remove-ItemProperty'];
      const calls = parsed.commands.filter((command) => registryCommands.includes(command));
      const registry = parsed.parameters.filter((parameter) => registryCommands.includes(parameter.command));
      expect(calls.length).toBeGreaterThan(1);
      expect(registry.filter((parameter) => parameter.parameter === '-LiteralPath')).toHaveLength(calls.length);
      expect(registry.filter((parameter) => parameter.parameter === '-Path')).toEqual([]);
      // The keys are constants: no other registry path appears in a literal.
      const keys = parsed.stringLiterals.filter((literal) => literal.startsWith('HKLM:'));
      expect(keys).toContain('HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security');
      expect(keys.filter((key) => !['HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security', 'HKLM:\\SOFTWARE\\Microsoft\\CCM'].includes(key))).toEqual([]);
    },
  );
});

describe('hostile free text', () => {
  it.each(
    LANGS.flatMap((lang) => [
      ['vmss', lang, vmssPublic],
      ['classic', lang, classicUsGov],
    ] as const),
  )('%s (%s): scripts still parse, run the same commands, and carry the text unchanged', async (model, lang, answers) => {
    const evil = hostile(answers);
    for (const artifact of scripts(evil, lang)) {
      const parsed = await parsePowerShell(text(artifact));
      expect(parsed.errors, artifact.path).toEqual([]);
      expect(parsed.commands, artifact.path).toEqual(EXPECTED_COMMANDS[model]?.[artifact.path]);
    }
    const gateway = scripts(evil, lang).find((artifact) => artifact.path === '04-gateway/New-CmgGateway.ps1') as Artifact;
    const literals = (await parsePowerShell(text(gateway))).stringLiterals;
    expect(literals).toContain(evil.description);
    expect(literals).toContain(evil.serverCertPath);
    if (model === 'vmss') {
      expect(literals).toContain(evil.resourceGroup);
      expect(literals).toEqual(expect.arrayContaining(evil.clientRootCerts));
    } else {
      expect(literals).toContain(evil.managementCertPath);
      expect(literals).toContain(evil.clientRootCerts[0]);
    }
  });

  it('quotes the hostile text by doubling every single-quote character', () => {
    expect(psQuote(HOSTILE)).toBe(`'it’’s ‘‘x’’ ‚‚y‛‛ "z" “q” $(Remove-Item C:\\) \`n ; #> <# ''@ @'' \${env:PATH} | & Write-Output INJECTED'`);
  });

  it('refuses line breaks: validation reports them, and quoting never emits them', () => {
    const description = ALL_INPUTS.find((spec) => spec.key === 'description');
    expect(description?.validate?.('line one\r\nline two' as never, vmssPublic)).toEqual([{ severity: 'error', code: 'DESCRIPTION_INVALID', params: { reason: 'control', maxLength: 512, position: 9, codePoint: 'U+000D' } }]);
    expect(() => scripts({ ...vmssPublic, description: "a\n'@\nWrite-Output INJECTED" })).toThrow(UnquotableValueError);
  });
});
