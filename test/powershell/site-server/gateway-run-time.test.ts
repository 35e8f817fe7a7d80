/**
 * 04-gateway/New-CmgGateway.ps1 against sites whose New-CMCloudManagementGateway differs where the
 * docs say nothing (test/powershell/standin/modelling.ps1, each run naming its modelling):
 *
 * - 2207: -Version and -VMSSVMSize (release notes only, F-GW-2) as enums, as [ValidateSet()] strings,
 *   as a plain String or Int32, with values named otherwise, with two values named alike, in the
 *   Interactive set only, or absent; the admin's -VersionValue / -VMSSVMSizeValue; lab, standard and
 *   large sizes.
 * - 2403: -TenantId (2309, described in no set, F-GW-1) in the Non-Interactive set, in every set, in
 *   the Interactive set only, or absent; a server app made before 2309 (F-GW-5) without and with
 *   -UpdateServerApp, with Set-UpdateServerApplication having -TenantId or not (its page shows no
 *   syntax, F-GW-6), under -WhatIf, twice, and when the app needs nothing; -Unattended (-Force,
 *   F-GW-7) with a certificate holding two DNS names, and without a password.
 * - 2603: -IsUsingExistingGroup with -ServerAppClientId (What's new in 2603, F-GW-4), or, as the page
 *   still has it, in the Interactive set only.
 * - A CMG that exists under its short name only (F-GW-9).
 *
 * Every stop happens before any password is asked and before any change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gateway } from '../../../src/steps/gateway/index.ts';
import type { Answers } from '../../../src/model/answers.ts';
import { vmssAnswers } from '../../support/answers.ts';
import { forgePfx, makeLeaf, NOW, PASSWORD } from '../../support/certificates.ts';
import { describePowerShell, type StandInCall, type StandInModelledParameter, type StandInModelling, type StandInRun } from '../../support/powershell.ts';
import { certificateFiles, siteSeed, workspace, type CertificateFiles, type Workspace } from '../fixtures.ts';
import { gatewayOf, Batch, format, parseErrors, siteDriveCall, texts, whatIf } from './matrix.ts';
import { gatewayParameters, listGateways, SIZE_ENUM, VERSION_ENUM } from './gateway-world.ts';
import { planAtPlace } from '../../../src/steps/index.ts';
import { LANGS, type Lang } from '../../../src/model/lang.ts';

const SCRIPT = '04-gateway/New-CmgGateway.ps1';
const en = texts('en').gateway;
const fr = texts('fr').gateway;

const at2207 = vmssAnswers({ siteVersion: '2207' });
const at2403 = vmssAnswers({ siteVersion: '2403' });
const at2603 = vmssAnswers({ siteVersion: '2603', useExistingResourceGroup: true });
const TENANT = at2403.tenantId as string;

/** A modelling of New-CMCloudManagementGateway's parameters (plus other cmdlets'), for one run. */
const modelled = (parameters: Record<string, StandInModelledParameter>, others: Record<string, Record<string, StandInModelledParameter>> = {}): StandInModelling => ({
  parameters: { 'New-CMCloudManagementGateway': parameters, ...others },
});
/** Set-UpdateServerApplication with the -TenantId its page describes outside every set. */
const UPDATE_WITH_TENANT = { 'Set-UpdateServerApplication': { TenantId: { type: 'String', mandatory: true } } };

describePowerShell(`${SCRIPT}: what the installed cmdlet takes, read at run time`, () => {
  let space: Workspace;
  let files: CertificateFiles;
  let twoNames: string;
  const scripts = new Map<string, string>();
  const batch = new Batch();

  /** The script of `answers` in `lang`, written as the CLI writes it (BOM, CRLF). */
  const write = (name: string, answers: Answers, lang: Lang = 'en') => {
    const artifact = planAtPlace(gateway, { answers, now: NOW, lang }).artifacts.find((candidate) => candidate.path === SCRIPT);
    if (!artifact) throw new Error(`no ${SCRIPT} for ${name}`);
    scripts.set(name, space.write(`${name}/${SCRIPT}`, String(artifact.content)));
  };

  beforeAll(async () => {
    space = workspace();
    files = certificateFiles(space, at2403.serviceName);
    // A service certificate with two DNS names: the case -Force is documented for.
    const leaf = makeLeaf({ now: NOW, commonName: at2403.serviceName, dnsNames: [at2403.serviceName, 'cmg.contoso.com'] });
    twoNames = space.write('certs/two-names.pfx', forgePfx({ key: leaf.key, certificates: [leaf], password: PASSWORD, algorithm: '3des' }));
    write('2207', at2207);
    write('2207-lab', { ...at2207, vmSize: 'lab' });
    write('2207-large', { ...at2207, vmSize: 'large' });
    write('2207-fr', at2207, 'fr');
    write('2403', at2403);
    write('2603', at2603);

    const paths = { ServiceCertPath: files.serverPfx, ClientRootCertPaths: [files.rootCer] };
    const run = (id: string, script: string, answers: Answers, modelling: StandInModelling, extra: Partial<StandInRun> = {}) =>
      batch.add({ id, script: scripts.get(script) as string, siteVersion: answers.siteVersion, seed: siteSeed(answers), readHost: [PASSWORD], modelling, ...extra, parameters: { ...paths, ...(extra.parameters ?? {}) } });
    const sizes = (size: StandInModelledParameter, version: StandInModelledParameter = VERSION_ENUM) => modelled({ Version: version, VMSSVMSize: size });

    // 2207
    run('enum', '2207', at2207, sizes(SIZE_ENUM));
    run('enum-what-if', '2207', at2207, sizes(SIZE_ENUM), { whatIf: true });
    run('absent', '2207', at2207, {});
    run('absent-what-if', '2207', at2207, {}, { whatIf: true });
    run('absent-fr', '2207-fr', at2207, {});
    run('validate-set', '2207', at2207, sizes({ validateSet: ['Standard_B2s', 'Standard_A2_v2', 'Standard_A4_v2'] }, { validateSet: ['Classic', 'VMSS'] }));
    run('string', '2207', at2207, sizes({ type: 'String' }));
    run('string-given', '2207', at2207, sizes({ type: 'String' }), { parameters: { VMSSVMSizeValue: 'Standard_A2_v2' } });
    run('other-names', '2207', at2207, sizes({ enum: ['Small', 'Medium', 'Big'] }));
    run('other-names-given', '2207', at2207, sizes({ enum: ['Small', 'Medium', 'Big'] }), { parameters: { VMSSVMSizeValue: 'Medium' } });
    run('not-a-value', '2207', at2207, sizes(SIZE_ENUM), { parameters: { VMSSVMSizeValue: 'Huge' } });
    run('two-alike', '2207', at2207, sizes({ enum: ['Standard', 'Standard_A2_v2', 'Large'] }));
    run('version-interactive-only', '2207', at2207, sizes(SIZE_ENUM, { enum: ['CloudService', 'VirtualMachineScaleSet'], sets: ['Interactive'] }));
    run('version-int', '2207', at2207, sizes(SIZE_ENUM, { type: 'Int32' }));
    run('version-int-given', '2207', at2207, sizes(SIZE_ENUM, { type: 'Int32' }), { parameters: { VersionValue: '2' } });
    run('lab', '2207-lab', { ...at2207, vmSize: 'lab' }, sizes(SIZE_ENUM));
    run('large', '2207-large', { ...at2207, vmSize: 'large' }, sizes({ validateSet: ['Standard_B2s', 'Standard_A2_v2', 'Standard_A4_v2'] }));

    // 2403: -TenantId
    run('tenant', '2403', at2403, modelled(gatewayParameters('2403')));
    run('tenant-every-set', '2403', at2403, modelled(gatewayParameters('2403', { TenantId: { type: 'String' } })));
    run('tenant-interactive-only', '2403', at2403, modelled(gatewayParameters('2403', { TenantId: { type: 'String', sets: ['Interactive'] } })));
    run('tenant-absent', '2403', at2403, modelled(gatewayParameters('2403', { TenantId: undefined })));
    // 2403: the server app made before 2309
    const outdated = { seed: { ...siteSeed(at2403), outdatedServerApps: [TENANT] } };
    const withUpdate = modelled(gatewayParameters('2403'), UPDATE_WITH_TENANT);
    run('app-outdated', '2403', at2403, modelled(gatewayParameters('2403')), outdated);
    run('app-update', '2403', at2403, withUpdate, { ...outdated, parameters: { UpdateServerApp: true } });
    run('app-update-again', '2403', at2403, withUpdate, { seed: undefined, seedFrom: 'app-update', parameters: { UpdateServerApp: true } });
    run('app-update-what-if', '2403', at2403, withUpdate, { ...outdated, whatIf: true, parameters: { UpdateServerApp: true } });
    run('app-update-no-tenant-parameter', '2403', at2403, modelled(gatewayParameters('2403')), { ...outdated, parameters: { UpdateServerApp: true } });
    run('app-update-not-needed', '2403', at2403, withUpdate, { parameters: { UpdateServerApp: true } });
    // 2403: -Unattended (-Force)
    run('two-names-attended', '2403', at2403, modelled(gatewayParameters('2403')), { parameters: { ServiceCertPath: twoNames } });
    run('two-names-unattended', '2403', at2403, modelled(gatewayParameters('2403')), { readHost: [], parameters: { ServiceCertPath: twoNames, Unattended: true, ServiceCertPassword: { secureString: PASSWORD } } });
    run('unattended-no-password', '2403', at2403, modelled(gatewayParameters('2403')), { readHost: [], parameters: { Unattended: true } });
    // 2603: an existing resource group
    run('existing-group', '2603', at2603, modelled(gatewayParameters('2603', { IsUsingExistingGroup: { sets: ['Interactive', 'Non-Interactive'] } })));
    run('existing-group-interactive-only', '2603', at2603, modelled(gatewayParameters('2603')));
    // Review N1: a console whose cmdlet has no -IsUsingExistingGroup at all (withoutParameters, harness.ps1).
    run('existing-group-absent', '2603', at2603, modelled(gatewayParameters('2603')), { withoutParameters: { 'New-CMCloudManagementGateway': ['IsUsingExistingGroup'] } });
    // F-GW-9: the CMG exists; this site's -Name matches its short name only.
    run('exists-short-name-only', '2403', at2403, { ...modelled(gatewayParameters('2403')), gatewayName: 'Name' }, { seed: { ...siteSeed(at2403), gateways: [gatewayOf(at2403)] } });
    batch.parse('parse', [...scripts.values()]);
    await batch.run();
  }, 180_000);

  afterAll(() => space?.remove());

  const result = (id: string) => batch.get(id);
  const creations = (id: string) => result(id).calls.filter((call) => call.command === 'New-CMCloudManagementGateway');
  const creation = (id: string): StandInCall => {
    const [call] = creations(id);
    if (!call) throw new Error(`${id}: no New-CMCloudManagementGateway call`);
    return call;
  };
  /** A run that stops with `message` before any password or change: it read the CMG, nothing else. */
  const stoppedEarly = (id: string, message: string, answers: Answers = at2207) => {
    const run = result(id);
    expect(run.exitCode).toBe(1);
    expect(run.error).toMatchObject({ message, category: 'OperationStopped' });
    expect(run.readHostPrompts).toEqual([]);
    expect(run.calls).toEqual([siteDriveCall(answers), listGateways]);
    expect(run.stateAfter.gateways).toEqual([]);
  };

  it('parses with PowerShell\'s own parser', () => {
    expect(Object.values(parseErrors(result('parse'))).flat()).toEqual([]);
  });

  describe('2207: -Version and -VMSSVMSize, values read from the installed cmdlet', () => {
    it('enums: the scale set and the Standard size chosen by name, in the Non-Interactive set; no -TenantId before 2309', () => {
      const call = creation('enum');
      expect(call).toMatchObject({ parameterSet: 'Non-Interactive', performed: true });
      expect(call.parameters).toMatchObject({ Version: 'VirtualMachineScaleSet', VMSSVMSize: 'Standard' });
      expect(call.parameters).not.toHaveProperty('TenantId');
      expect(call.parameters).not.toHaveProperty('Force');
      expect(result('enum').stateAfter.gateways).toMatchObject([{ State: 1, standIn: { Version: 'VirtualMachineScaleSet', VMSSVMSize: 'Standard' } }]);
    });

    it('-WhatIf: the values resolve, the "What if" line, nothing created, no password', () => {
      const run = result('enum-what-if');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.output).toEqual([whatIf(en.createVmssAction, at2207.serviceName)]);
      expect(run.readHostPrompts).toEqual([]);
      expect(creations('enum-what-if')).toEqual([]);
    });

    it('the cmdlet has no -Version (a console older than the site): stops, nothing changed, even under -WhatIf', () => {
      stoppedEarly('absent', format(en.missingParameter, 'Version', '2207'));
      stoppedEarly('absent-what-if', format(en.missingParameter, 'Version', '2207'));
    });

    it('in French', () => {
      stoppedEarly('absent-fr', format(fr.missingParameter, 'Version', '2207'));
      expect(result('absent-fr').error?.message).toContain("L'applet de commande New-CMCloudManagementGateway installée n'a pas de paramètre -Version");
    });

    it('[ValidateSet()] strings: VMSS and Standard_A2_v2 chosen by name', () => {
      expect(creation('validate-set').parameters).toMatchObject({ Version: 'VMSS', VMSSVMSize: 'Standard_A2_v2' });
    });

    it('a String that lists no values: stops naming the type and how to pass one; the value given is passed as is', () => {
      stoppedEarly('string', format(en.noValues, 'VMSSVMSize', 'System.String', 'the VM size Standard (A2_V2)', 'VMSSVMSizeValue'));
      expect(creation('string-given').parameters).toMatchObject({ VMSSVMSize: 'Standard_A2_v2', Version: 'VirtualMachineScaleSet' });
    });

    it('values named otherwise: stops listing them; the one the admin gives is passed', () => {
      stoppedEarly('other-names', format(en.noMatch, 'VMSSVMSize', 'Small, Medium, Big', 'the VM size Standard (A2_V2)', 'VMSSVMSizeValue'));
      expect(creation('other-names-given').parameters).toMatchObject({ VMSSVMSize: 'Medium' });
    });

    it('a given value the cmdlet does not list: stops listing what it takes', () => {
      stoppedEarly('not-a-value', format(en.notAValue, 'VMSSVMSizeValue', 'Huge', 'VMSSVMSize', 'Lab, Standard, Large'));
    });

    it('two values named like the size: stops, choosing neither', () => {
      stoppedEarly('two-alike', format(en.noMatch, 'VMSSVMSize', 'Standard, Standard_A2_v2, Large', 'the VM size Standard (A2_V2)', 'VMSSVMSizeValue'));
    });

    it('-Version in the Interactive set only: stops naming the set', () => {
      stoppedEarly('version-interactive-only', format(en.parameterWrongSet, 'Version', 'Interactive'));
    });

    it('an Int32 -Version: no guess; the admin\'s number is passed', () => {
      stoppedEarly('version-int', format(en.noValues, 'Version', 'System.Int32', 'a virtual machine scale set', 'VersionValue'));
      expect(creation('version-int-given').parameters).toMatchObject({ Version: 2 });
    });

    it('lab and large: Lab from the enum, Standard_A4_v2 from the [ValidateSet()]', () => {
      expect(creation('lab').parameters).toMatchObject({ VMSSVMSize: 'Lab' });
      expect(creation('large').parameters).toMatchObject({ VMSSVMSize: 'Standard_A4_v2' });
    });
  });

  describe('2403: -TenantId', () => {
    it('in the Non-Interactive set: passed, with the scale set and the size', () => {
      expect(creation('tenant')).toMatchObject({ parameterSet: 'Non-Interactive', performed: true, parameters: { TenantId: TENANT, Version: 'VirtualMachineScaleSet', VMSSVMSize: 'Standard' } });
    });

    it('in every set: passed', () => {
      expect(creation('tenant-every-set').parameters).toMatchObject({ TenantId: TENANT });
    });

    it('in the Interactive set only: stops naming it, nothing changed', () => {
      stoppedEarly('tenant-interactive-only', format(en.parameterWrongSet, 'TenantId', 'Interactive'), at2403);
    });

    it('absent although the site is 2403: stops, nothing changed', () => {
      stoppedEarly('tenant-absent', format(en.missingParameter, 'TenantId', '2309'), at2403);
    });
  });

  describe('2403: a server app made before 2309', () => {
    it('without -UpdateServerApp: the cmdlet fails with "Your server Application needs to be updated"; the script says what to do', () => {
      const run = result('app-outdated');
      expect(run.exitCode).toBe(1);
      expect(run.error).toMatchObject({ message: format(en.serverAppNeedsUpdate, at2403.serviceName, TENANT), category: 'OperationStopped' });
      expect(creation('app-outdated').performed).toBe(false);
      expect(run.calls.map((call) => call.command)).not.toContain('Set-UpdateServerApplication');
      expect(run.stateAfter.gateways).toEqual([]);
    });

    it('-UpdateServerApp: Set-UpdateServerApplication -TenantId, then the CMG is created', () => {
      const run = result('app-update');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.calls.map((call) => call.command)).toEqual(['New-PSDrive', 'Get-CMCloudManagementGateway', 'Set-UpdateServerApplication', 'New-CMCloudManagementGateway']);
      expect(run.calls[2]).toEqual({ command: 'Set-UpdateServerApplication', kind: 'ConfigMgr', parameterSet: '__AllParameterSets', parameters: { TenantId: TENANT }, performed: true });
      expect(creation('app-update').performed).toBe(true);
      expect(run.output).toEqual([format(en.serverAppUpdated, TENANT), format(en.startedVmss, at2403.serviceName)]);
      expect(run.stateAfter).toMatchObject({ outdatedServerApps: [], gateways: [{ ServiceCName: at2403.serviceName }] });
    });

    it('-UpdateServerApp again, once the CMG exists: already configured, the app is not touched', () => {
      const run = result('app-update-again');
      expect(run.output).toEqual([format(en.alreadyConfigured, at2403.serviceName)]);
      expect(run.calls).toEqual([siteDriveCall(at2403), listGateways]);
    });

    it('-UpdateServerApp -WhatIf: two "What if" lines, nothing changed', () => {
      const run = result('app-update-what-if');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.output).toEqual([whatIf(en.updateServerAppAction, TENANT), whatIf(en.createVmssAction, at2403.serviceName)]);
      expect(run.calls).toEqual([siteDriveCall(at2403), listGateways]);
      expect(run.stateAfter).toMatchObject({ outdatedServerApps: [TENANT], gateways: [] });
    });

    it('-UpdateServerApp, but Set-UpdateServerApplication has no -TenantId (its page shows no syntax): stops with the console path, nothing changed', () => {
      stoppedEarly('app-update-no-tenant-parameter', format(en.updateServerAppMissing, TENANT), at2403);
    });

    it('-UpdateServerApp on an app that has http://localhost: the update changes nothing, the CMG is created', () => {
      const run = result('app-update-not-needed');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.calls.find((call) => call.command === 'Set-UpdateServerApplication')).toMatchObject({ performed: false });
      expect(creation('app-update-not-needed').performed).toBe(true);
    });
  });

  describe('2403: -Unattended passes -Force', () => {
    it('a certificate with two DNS names, attended: the cmdlet asks for confirmation (the stand-in\'s host cannot answer, as no unattended host can)', () => {
      const run = result('two-names-attended');
      expect(run.exitCode).toBe(1);
      expect(run.error?.message).toContain('The stand-in host offers no choices (non-interactive)');
      expect(creation('two-names-attended')).toMatchObject({ performed: false });
      expect(creation('two-names-attended').parameters).not.toHaveProperty('Force');
    });

    it('-Unattended -ServiceCertPassword: -Force, no question, no Read-Host, the CMG is created', () => {
      const run = result('two-names-unattended');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.readHostPrompts).toEqual([]);
      expect(creation('two-names-unattended')).toMatchObject({ performed: true, parameters: { Force: true, ServiceCertPassword: { secureString: true, plainText: PASSWORD } } });
    });

    it('-Unattended without -ServiceCertPassword: stops before anything else', () => {
      stoppedEarly('unattended-no-password', en.unattendedNoPassword, at2403);
    });
  });

  describe('2603: an existing resource group', () => {
    it('-IsUsingExistingGroup in the Non-Interactive set: passed with -ServerAppClientId', () => {
      expect(creation('existing-group')).toMatchObject({
        parameterSet: 'Non-Interactive',
        performed: true,
        parameters: { IsUsingExistingGroup: true, ServerAppClientId: at2603.serverAppClientId, GroupName: at2603.resourceGroup, TenantId: TENANT },
      });
    });

    it('-IsUsingExistingGroup in the Interactive set only (as the page has it): stops, nothing changed', () => {
      stoppedEarly('existing-group-interactive-only', format(en.parameterWrongSet, 'IsUsingExistingGroup', 'Interactive'), at2603);
    });

    it('no -IsUsingExistingGroup at all: stops with its own message (the Interactive set has had it since 2010; 2603 allows it with -ServerAppClientId), nothing changed', () => {
      stoppedEarly('existing-group-absent', format(en.existingGroupMissing, '2603'), at2603);
    });
  });

  it('the CMG exists and this site\'s -Name matches its short name only: found in the list of every CMG, already configured', () => {
    const run = result('exists-short-name-only');
    expect(run.output).toEqual([format(en.alreadyConfigured, at2403.serviceName)]);
    expect(run.calls).toEqual([siteDriveCall(at2403), listGateways]);
  });
});
