/**
 * The rest of the stand-in, each piece proved with a generated script that uses it: the module's
 * two import forms and the site drive, the client registry and services, the CIM classes, the
 * clock, and state carried from one run to the next (seedFrom). What the scripts do wrong is not
 * this file's business: the full "every script, every way" matrix is built on top of it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { daysFrom, forgePfx, hierarchy, makeLeaf, NOW, PASSWORD } from '../support/certificates.ts';
import { describePowerShell, runBatch, type StandInResult, type StandInRun } from '../support/powershell.ts';
import { classicUsGov, vmssPublic } from '../emit/scenarios.ts';
import { siteSeed, workspace, writeScenarioScript, type Workspace } from './fixtures.ts';

const CMG_MP = 'contosocmg.contoso.com/CCM_Proxy_MutualAuth/72057594037927941';
const CLIENT = {
  registry: { 'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security': {}, 'HKLM:\\SOFTWARE\\Microsoft\\CCM': { SomethingElse: { type: 'DWord' as const, value: 7 } } },
  services: { CcmExec: 'Running' },
  client: { mpCandidates: [{ MP: 'mp01.contoso.com', Type: 'Assigned' }], mpCandidatesAfterRestart: [{ MP: 'mp01.contoso.com', Type: 'Assigned' }, { MP: CMG_MP, Type: 'Internet' }] },
};
const FABRIKAM_GATEWAY = { Name: 'fabrikamcmg', ServiceCName: 'fabrikamcmg.usgovcloudapp.net', ServiceType: 'CloudProxyService', SiteCode: 'FAB', State: 0 };

describePowerShell('the ConfigMgr stand-in, piece by piece', () => {
  let space: Workspace;
  const results = new Map<string, StandInResult>();
  const { root, intermediate } = hierarchy(NOW);
  const thumbprint = (der: Buffer) => createHash('sha1').update(der).digest('hex').toUpperCase();

  beforeAll(async () => {
    space = workspace();
    // A client authentication certificate in LocalMachine\My, its issuers where X509Chain looks. Valid
    // for ten years: the script's own chain building reads the real clock, not the stand-in's.
    const client = makeLeaf({ now: NOW, commonName: 'client01.contoso.com', ekus: ['clientAuth'], notAfter: daysFrom(NOW, 3650) });
    const certificates = {
      'LocalMachine\\My': [{ pfx: space.write('client/client.pfx', forgePfx({ key: client.key, certificates: [client], password: PASSWORD, algorithm: '3des' })), password: PASSWORD }],
      'LocalMachine\\Root': [{ cer: space.write('client/root.cer', root.der) }],
      'LocalMachine\\CA': [{ cer: space.write('client/issuing.cer', intermediate.der) }],
    };
    const vmss = (path: string) => writeScenarioScript(space, vmssPublic, path, 'vmss-public');
    const classicScript = (path: string) => writeScenarioScript(space, classicUsGov, path, 'classic-usgov');
    const runs: StandInRun[] = [
      // The module by name (2111 and later) without SMS_ADMIN_UI_PATH; before 2111 only the psd1 form works.
      { id: 'import-by-name@2403', script: vmss('05-site/Set-CmgSiteSettings.ps1'), siteVersion: '2403', seed: siteSeed(vmssPublic), console: { adminUiPath: false } },
      { id: 'import-by-name@2010', script: vmss('05-site/Set-CmgSiteSettings.ps1'), siteVersion: '2010', seed: siteSeed(vmssPublic), console: { adminUiPath: false } },
      { id: 'drive-on-import', script: vmss('05-site/Set-CmgSiteSettings.ps1'), siteVersion: '2403', seed: siteSeed(vmssPublic), console: { drivesOnImport: ['P01'] } },
      { id: 'site-what-if', script: vmss('05-site/Set-CmgSiteSettings.ps1'), siteVersion: '2403', seed: siteSeed(vmssPublic), whatIf: true },
      // The client registry, CcmExec and SMS_ActiveMPCandidate, twice.
      { id: 'client', script: vmss('08-clients/Set-CmgClient.ps1'), siteVersion: '2403', seed: CLIENT },
      { id: 'client-again', script: vmss('08-clients/Set-CmgClient.ps1'), siteVersion: '2403', seedFrom: 'client' },
      { id: 'detect-before', script: vmss('08-clients/intune/Detect-CmgClient.ps1'), siteVersion: '2403', seed: CLIENT },
      { id: 'detect-after', script: vmss('08-clients/intune/Detect-CmgClient.ps1'), siteVersion: '2403', seedFrom: 'client' },
      { id: 'detect-no-client', script: vmss('08-clients/intune/Detect-CmgClient.ps1'), siteVersion: '2403', seed: {} },
      // CIM: SMS_ProviderLocation and SMS_AzureService through a DCOM session, and Set-CimInstance.
      { id: 'subca', script: classicScript('03-azure/Update-CmgSubCaThumbprints.ps1'), siteVersion: '1706', seed: { ...siteSeed(classicUsGov), gateways: [{ ...FABRIKAM_GATEWAY, SubCACertThumbprint: '' }] } },
      { id: 'subca-again', script: classicScript('03-azure/Update-CmgSubCaThumbprints.ps1'), siteVersion: '1706', seedFrom: 'subca' },
      { id: 'subca-no-property', script: classicScript('03-azure/Update-CmgSubCaThumbprints.ps1'), siteVersion: '1706', seed: { ...siteSeed(classicUsGov), gateways: [FABRIKAM_GATEWAY] } },
      // The Cert: drive and the chain stores.
      { id: 'chain', script: vmss('02-client-root/Export-CmgClientChain.ps1'), siteVersion: '2403', parameters: { OutputFolder: space.path('chain') }, seed: { certificates } },
      { id: 'chain-again', script: vmss('02-client-root/Export-CmgClientChain.ps1'), siteVersion: '2403', parameters: { OutputFolder: space.path('chain') }, seed: { certificates } },
      // The clock: a Ready CMG ends the wait at once; one stuck provisioning times out after 60 virtual minutes.
      { id: 'wait-ready', script: classicScript('04-gateway/Wait-CmgReady.ps1'), siteVersion: '1706', seed: { ...siteSeed(classicUsGov), gateways: [FABRIKAM_GATEWAY] } },
      { id: 'wait-timeout', script: classicScript('04-gateway/Wait-CmgReady.ps1'), siteVersion: '1706', seed: { ...siteSeed(classicUsGov), gateways: [{ ...FABRIKAM_GATEWAY, State: 1 }], clock: '2026-03-01T08:00:00Z' } },
    ];
    for (const result of (await runBatch(runs)).results) results.set(result.id as string, result);
  }, 120_000);

  afterAll(() => space?.remove());

  const run = (id: string): StandInResult => results.get(id) as StandInResult;
  const commands = (id: string, kind?: string) => run(id).calls.filter((call) => !kind || call.kind === kind).map((call) => call.command);

  it('imports ConfigurationManager by name from 2111 (the docs overview), not before, and through SMS_ADMIN_UI_PATH otherwise', () => {
    expect(run('import-by-name@2403').error).toBeNull();
    expect(run('import-by-name@2010').error?.message).toMatch(/The specified module 'ConfigurationManager' was not loaded/);
    expect(run('drive-on-import').error).toBeNull();
  });

  it('the site drive: created by the script unless the import made it; Set-CMSite changes the site; -WhatIf changes nothing', () => {
    expect(commands('import-by-name@2403')).toEqual(['New-PSDrive', 'Get-CMSite', 'Set-CMSite']);
    expect(commands('drive-on-import')).toEqual(['Get-CMSite', 'Set-CMSite']);
    expect(run('drive-on-import').stateAfter).toMatchObject({ sites: [{ SiteCode: 'P01', settings: { UsePkiClientCertificate: true, ClientCheckCertificateRevocationListForSiteSystem: false } }] });
    expect(run('site-what-if').output).toEqual(['What if: Performing the operation "Set the client-communication settings of the site" on target "P01".']);
    expect(run('site-what-if').stateAfter).toMatchObject({ sites: [{ SiteCode: 'P01', settings: {} }] });
  });

  it('the registry: typed values written, CcmExec restarted (recorded, not run), the CMG found among the internet MPs after the restart', () => {
    const result = run('client');
    expect(result.error).toBeNull();
    // The internet MPs are read before the CMGFQDNs bootstrap (issue 11), then after the restart.
    expect(commands('client')).toEqual(['Get-Service', 'New-ItemProperty', 'Get-CimInstance', 'New-ItemProperty', 'Restart-Service', 'Start-Sleep', 'Get-CimInstance']);
    expect(result.stateAfter.registry).toEqual({
      'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security': { ClientAlwaysOnInternet: { type: 'DWord', value: 1 } },
      'HKLM:\\SOFTWARE\\Microsoft\\CCM': { SomethingElse: { type: 'DWord', value: 7 }, CMGFQDNs: { type: 'String', value: 'https://contosocmg.contoso.com' } },
    });
    expect(result.stateAfter.services).toEqual({ CcmExec: { Status: 'Running', restarts: 1 } });
    expect(result.output).toEqual(['ClientAlwaysOnInternet set to 1.', 'CMGFQDNs set to https://contosocmg.contoso.com.', `Internet management point: ${CMG_MP}`, `The client knows the CMG: ${CMG_MP}`]);
    expect(result.stateAfter.clock).toBe('2026-03-01T00:00:10.0000000Z');
  });

  it('a second run reads the values back with their types: nothing to change, no restart', () => {
    const result = run('client-again');
    expect(result.error).toBeNull();
    expect(commands('client-again')).toEqual(['Get-Service', 'Get-CimInstance', 'Get-CimInstance']);
    expect(result.output.slice(0, 3)).toEqual([
      'Already configured: ClientAlwaysOnInternet is 1.',
      'The client lists an internet management point: CMGFQDNs is not needed, left as it is.',
      'Nothing to change: the SMS Agent Host (CcmExec) is not restarted.',
    ]);
  });

  it('exit codes: the Intune detection script exits 1 while the client needs the settings, 0 once it has them or has no client', () => {
    expect([run('detect-before').exitCode, run('detect-before').pipeline]).toEqual([1, ['NonCompliant: ClientAlwaysOnInternet, CMGFQDNs']]);
    expect([run('detect-after').exitCode, run('detect-after').pipeline]).toEqual([0, ['Compliant']]);
    expect([run('detect-no-client').exitCode, run('detect-no-client').pipeline]).toEqual([0, ['No ConfigMgr client on this device: nothing to do.']]);
  });

  it('CIM: the provider location and the CMG are found through the session, the thumbprints set, and found set on the next run', () => {
    expect(run('subca').error).toBeNull();
    expect(commands('subca')).toEqual(['New-CimSessionOption', 'New-CimSession', 'Get-CimInstance', 'Get-CimInstance', 'Get-CimInstance', 'Set-CimInstance', 'Remove-CimSession']);
    expect(run('subca').calls.find((call) => call.command === 'New-CimSession')?.parameters).toEqual({ ComputerName: ['cm.fabrikam.gov'], SessionOption: { cimSessionOption: 'Dcom' } });
    expect(run('subca').stateAfter).toMatchObject({ gateways: [{ SubCACertThumbprint: '0123456789ABCDEF0123456789ABCDEF01234567;FEDCBA9876543210FEDCBA9876543210FEDCBA98' }] });
    expect(run('subca-again').output).toEqual(['Already configured: fabrikamcmg.usgovcloudapp.net trusts the sub-CA thumbprints 0123456789ABCDEF0123456789ABCDEF01234567;FEDCBA9876543210FEDCBA9876543210FEDCBA98. Nothing to do.']);
    expect(run('subca-no-property').error?.message).toMatch(/has no SubCACertThumbprint property/);
  });

  it('Cert:\\LocalMachine\\My lists the seeded certificate; its chain is built from the seeded issuers and exported as DER', () => {
    const result = run('chain');
    expect(result.error).toBeNull();
    expect(result.warnings).toEqual([]);
    const rootFile = space.path('chain', `root-${thumbprint(root.der)}.cer`);
    const issuingFile = space.path('chain', `intermediate-${thumbprint(intermediate.der)}.cer`);
    expect(existsSync(rootFile) && readFileSync(rootFile).equals(root.der)).toBe(true);
    expect(existsSync(issuingFile) && readFileSync(issuingFile).equals(intermediate.der)).toBe(true);
    expect(result.output.filter((line) => line.trim() === 'exported')).toHaveLength(2);
    expect(run('chain-again').output.filter((line) => line.trim() === 'already exported')).toHaveLength(2);
  });

  it('the clock: Get-Date reads it, Start-Sleep moves it, so a poll ends the same way every run', () => {
    expect(run('wait-ready').output).toEqual(['00:00:00: state 0 (Running), status details 0', 'fabrikamcmg.usgovcloudapp.net is Ready.']);
    const timeout = run('wait-timeout');
    expect(timeout.error?.message).toBe('fabrikamcmg.usgovcloudapp.net is not Ready after 60 minutes: its last state is 1 (Provisioning), status details 0. Check CloudMgr.log and CMGSetup.log on the site server.');
    expect(timeout.output[0]).toBe('08:00:00: state 1 (Provisioning), status details 0');
    expect(timeout.output.at(-1)).toBe('09:00:00: state 1 (Provisioning), status details 0');
    expect(commands('wait-timeout').filter((command) => command === 'Start-Sleep')).toHaveLength(60);
  });
});
