/**
 * 04-gateway/New-CmgGateway.ps1 in PowerShell against the stand-in, in every variant of the
 * matrix (matrix.ts): parsed, -WhatIf, a first run (the whole New-CMCloudManagementGateway call:
 * Non-Interactive set at 2403, the classic syntax at 1706), a second run, each certificate file
 * missing (the scenario's own default path, which this machine does not have), the hostile
 * Description and GroupName reaching the cmdlet byte for byte; and the --example layout, where the
 * default names the lab PKI relative to the script (..\00-lab-pki\…) and the admin runs the script
 * from another folder; and a first and second run on a site whose -Name matches each of the CMG's
 * names (F-GW-9, modelling.gatewayName): the second never creates the CMG again.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptPaths } from '../../../src/domain/script-paths.ts';
import { gateway } from '../../../src/steps/gateway/index.ts';
import type { Answers } from '../../../src/model/answers.ts';
import { HOSTILE, vmssPublic } from '../../emit/scenarios.ts';
import { forgePfx, hierarchy, makeLeaf, NOW, PASSWORD, rsaKey } from '../../support/certificates.ts';
import { describePowerShell, type StandInCall, type StandInSeed } from '../../support/powershell.ts';
import { certificateFiles, siteSeed, workspace, type CertificateFiles, type Workspace } from '../fixtures.ts';
import { GATEWAY_NAME_MODES, gatewayModelling, listGateways } from './gateway-world.ts';
import { Batch, change, changes, format, hasBom, parseErrors, siteDriveCall, siteDriveFailed, NO_SITE, texts, VARIANTS, whatIf, writeScripts, type Variant, variantsOf } from './matrix.ts';
import { planAtPlace } from '../../../src/steps/index.ts';

const SCRIPT = '04-gateway/New-CmgGateway.ps1';
const { run: RUN, same: SAME } = variantsOf(SCRIPT);
const MANAGEMENT_PASSWORD = 'Test-Management-Password-2';

interface Files extends CertificateFiles {
  managementPfx: string;
}

/** How the script names a default path on this machine: a Windows path is not rooted here, so it is taken from the script's folder (Join-Path turns \ into /). */
function resolvedHere(script: string, path: string): string {
  return posix.isAbsolute(path) ? path : join(dirname(script), path.replaceAll('\\', '/'));
}

describePowerShell(`${SCRIPT} in PowerShell, every scenario and language`, () => {
  let space: Workspace;
  let scripts: Map<string, string>;
  const files = new Map<string, Files>();
  const batch = new Batch();
  /** The --example layout: <out>/04-gateway/New-CmgGateway.ps1 and <out>/00-lab-pki/. */
  let example: { script: string; out: string; source: string };

  /** The certificate parameters of a run that finds every file, and the Read-Host answers, for a model. */
  const filesFor = (variant: Variant) => files.get(variant.answers.model) as Files;
  const pathParameters = (variant: Variant): Record<string, unknown> => {
    const given = filesFor(variant);
    return variant.answers.model === 'vmss'
      ? { ServiceCertPath: given.serverPfx, ClientRootCertPaths: [given.rootCer, given.issuingCer] }
      : { ServiceCertPath: given.serverPfx, ManagementCertPath: given.managementPfx, RootCertPath: given.rootCer };
  };
  const passwords = (variant: Variant) => (variant.answers.model === 'vmss' ? [PASSWORD] : [MANAGEMENT_PASSWORD, PASSWORD]);

  /** Each file the script checks, missing in turn (the parameters before it given, `keep`): the run's id and the message's text key. */
  const missing = (variant: Variant) =>
    variant.answers.model === 'vmss'
      ? [
          { id: 'no-server-cert', keep: [], message: 'serverCertNotFound' as const, path: variant.answers.serverCertPath as string },
          { id: 'no-client-root', keep: ['ServiceCertPath'], message: 'clientRootNotFound' as const, path: variant.answers.clientRootCerts[0] as string },
        ]
      : [
          { id: 'no-server-cert', keep: [], message: 'serverCertNotFound' as const, path: variant.answers.serverCertPath as string },
          { id: 'no-management-cert', keep: ['ServiceCertPath'], message: 'managementCertNotFound' as const, path: variant.answers.managementCertPath as string },
          { id: 'no-root-cert', keep: ['ServiceCertPath', 'ManagementCertPath'], message: 'clientRootNotFound' as const, path: variant.answers.clientRootCerts[0] as string },
        ];

  beforeAll(async () => {
    space = workspace();
    scripts = writeScripts(space, SCRIPT, RUN);
    const management = makeLeaf({ now: NOW, commonName: 'Fabrikam Azure management', key: rsaKey(2048, 3) });
    files.set('vmss', { ...certificateFiles(space, vmssPublic.serviceName, 'certs-vmss'), managementPfx: '' });
    files.set('classic', {
      ...certificateFiles(space, 'fabrikamcmg.usgovcloudapp.net', 'certs-classic'),
      managementPfx: space.write('certs-classic/management.pfx', forgePfx({ key: management.key, certificates: [management], password: MANAGEMENT_PASSWORD, algorithm: '3des' })),
    });
    batch.baseline('seed-empty', NO_SITE, '2403');
    for (const variant of RUN) {
      const seed: StandInSeed = siteSeed(variant.answers);
      // 2403: -Version, -VMSSVMSize and -TenantId as gateway-world.ts models them (the docs give no syntax).
      const base = { script: scripts.get(variant.id) as string, siteVersion: variant.siteVersion, readHost: passwords(variant), modelling: gatewayModelling(variant.answers) };
      const id = (mode: string) => `${variant.id}:${mode}`;
      const all = pathParameters(variant);
      batch.baseline(id('seed'), seed, variant.siteVersion);
      batch.add({ ...base, id: id('no-site'), seed: NO_SITE, parameters: all });
      batch.add({ ...base, id: id('what-if'), whatIf: true, seed, parameters: all });
      batch.add({ ...base, id: id('first'), seed, parameters: all });
      batch.add({ ...base, id: id('second'), seedFrom: id('first'), parameters: all });
      for (const mode of GATEWAY_NAME_MODES) {
        const modelling = { ...base.modelling, gatewayName: mode };
        batch.add({ ...base, modelling, id: id(`name-${mode}-first`), seed, parameters: all });
        batch.add({ ...base, modelling, id: id(`name-${mode}-second`), seedFrom: id(`name-${mode}-first`), parameters: all });
      }
      for (const run of missing(variant)) batch.add({ ...base, id: id(run.id), seed, parameters: Object.fromEntries(run.keep.map((name) => [name, all[name]])) });
    }

    // --example: the lab PKI is inside the output, so the script names it relative to itself.
    const out = space.path('example-output');
    const { root } = hierarchy(NOW);
    const leaf = makeLeaf({ now: NOW, commonName: vmssPublic.serviceName, dnsNames: [vmssPublic.serviceName] });
    const answers: Answers = { ...vmssPublic, serverCertPath: join(out, '00-lab-pki', 'LAB-ONLY-server.pfx'), clientRootCerts: [join(out, '00-lab-pki', 'LAB-ONLY-root-ca.cer')] };
    space.write('example-output/00-lab-pki/LAB-ONLY-server.pfx', forgePfx({ key: leaf.key, certificates: [leaf], password: PASSWORD, algorithm: '3des' }));
    space.write('example-output/00-lab-pki/LAB-ONLY-root-ca.cer', root.der);
    const artifact = planAtPlace(gateway, { answers, now: NOW, scriptPath: scriptPaths({ cwd: space.dir, out }) }).artifacts.find((candidate) => candidate.path === SCRIPT);
    const source = String(artifact?.content);
    example = { script: space.write(`example-output/${SCRIPT}`, source), out, source };
    space.write('elsewhere/.keep', '');
    batch.add({ id: 'example', script: example.script, siteVersion: vmssPublic.siteVersion, seed: siteSeed(vmssPublic), readHost: [PASSWORD], cwd: space.path('elsewhere'), modelling: gatewayModelling(vmssPublic) });
    batch.parse('parse', [...scripts.values(), example.script]);

    await batch.run();
  }, 120_000);

  afterAll(() => space?.remove());

  it('parses with PowerShell\'s own parser, without an error, in every variant and in the --example layout', () => {
    expect(parseErrors(batch.get('parse'))).toEqual(Object.fromEntries([...scripts.values(), example.script].map((path) => [path, []])));
  });

  it('the hostile answers reach its Description, GroupName and paths: every variant runs', () => {
    expect(SAME.map(({ variant, as }) => [variant.id, as.id])).toEqual([]);
    expect(RUN.length + SAME.length).toBe(VARIANTS.length);
  });

  describe.each(RUN)('$id', (variant) => {
    const { answers } = variant;
    const vmss = answers.model === 'vmss';
    const text = texts(variant.lang).gateway;
    const result = (mode: string) => batch.get(`${variant.id}:${mode}`);
    // Find-CmgGateway: one read of every CMG, kept by ServiceCName (F-GW-9), found or not.
    const noGateway = [listGateways];
    const found = [listGateways];

    /** The one New-CMCloudManagementGateway call, every parameter: the Non-Interactive set (2010+), or the 1702-2006 syntax. */
    const creation = (): StandInCall => {
      const given = filesFor(variant);
      if (vmss) {
        return change('New-CMCloudManagementGateway', 'Non-Interactive', {
          CARootCert: { [given.issuingCer]: 'IntermediateCA', [given.rootCer]: 'RootCA' },
          CheckClientCertRevocation: false,
          Description: answers.description,
          EnableCloudDPFunction: true,
          EnableTrafficOut: true,
          EnforceProtocol: true,
          EnvironmentSetting: 'AzurePublicCloud',
          GroupName: answers.resourceGroup,
          Region: 'WestEurope',
          ServerAppClientId: answers.serverAppClientId,
          ServiceCertPassword: { secureString: true, plainText: PASSWORD },
          ServiceCertPath: given.serverPfx,
          ServiceName: answers.serviceName,
          SubscriptionId: answers.subscriptionId,
          TrafficCriticalPct: 90,
          TrafficOutGB: 10000,
          TrafficOutStopService: true,
          TrafficWarningPct: 50,
          VMInstanceCount: 2,
          // Read from the installed cmdlet (gateway-world.ts): the scale set, the size, the tenant.
          Version: 'VirtualMachineScaleSet',
          VMSSVMSize: 'Standard',
          TenantId: answers.tenantId,
        });
      }
      return change('New-CMCloudManagementGateway', '__AllParameterSets', {
        CheckClientCertRevocation: false,
        // classic-usgov has no description and no traffic alert: neither is passed; the hostile one has a description.
        ...(answers.description ? { Description: answers.description } : {}),
        GovernmentSubscription: true,
        ManagementCertificatePassword: { secureString: true, plainText: MANAGEMENT_PASSWORD },
        ManagementCertificatePath: given.managementPfx,
        Region: 'USGovernmentVirginia',
        RootCertificatePath: given.rootCer,
        ServiceCName: answers.serviceName,
        ServiceCertificatePassword: { secureString: true, plainText: PASSWORD },
        ServiceCertificatePath: given.serverPfx,
        SubscriptionId: answers.subscriptionId,
        VMInstanceCount: 1,
      });
    };
    const prompts = vmss ? [text.serverCertPasswordPrompt] : [text.managementCertPasswordPrompt, text.serverCertPasswordPrompt];

    it('-WhatIf: checks the files, says what it would create, asks for no password, changes nothing', () => {
      const run = result('what-if');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.output).toEqual([whatIf(vmss ? text.createVmssAction : text.createClassicAction, answers.serviceName)]);
      expect(run.readHostPrompts).toEqual([]);
      expect(run.calls).toEqual([siteDriveCall(answers), ...noGateway]);
      expect(run.stateAfter).toEqual(result('seed').stateAfter);
    });

    it(`first run: asks for the password${vmss ? '' : 's'}, creates the CMG with ${vmss ? 'the Non-Interactive set' : 'the 1702-2006 syntax'}, every parameter`, () => {
      const run = result('first');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.readHostPrompts).toEqual(prompts);
      expect(run.calls).toEqual([siteDriveCall(answers), ...noGateway, creation()]);
      expect(run.output).toEqual([format(vmss ? text.startedVmss : text.startedClassic, answers.serviceName)]);
      expect(run.stateAfter).toMatchObject({ gateways: [{ ServiceCName: answers.serviceName, SiteCode: answers.siteCode, State: 1 }] });
    });

    it('second run: the CMG exists, reads only, asks nothing, says so', () => {
      const run = result('second');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(changes(run)).toEqual([]);
      expect(run.calls).toEqual([siteDriveCall(answers), ...found]);
      expect(run.readHostPrompts).toEqual([]);
      expect(run.output).toEqual([format(text.alreadyConfigured, answers.serviceName)]);
      expect(run.stateAfter).toEqual(result('first').stateAfter);
    });

    it.each(GATEWAY_NAME_MODES)('-Name matching %s: the first run creates the CMG, the second finds it in the list and creates nothing', (mode) => {
      const first = result(`name-${mode}-first`);
      expect([first.exitCode, first.error]).toEqual([0, null]);
      expect(first.calls).toEqual([siteDriveCall(answers), ...noGateway, creation()]);
      const run = result(`name-${mode}-second`);
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(changes(run)).toEqual([]);
      expect(run.calls).toEqual([siteDriveCall(answers), ...found]);
      expect(run.readHostPrompts).toEqual([]);
      expect(run.output).toEqual([format(text.alreadyConfigured, answers.serviceName)]);
      expect(run.stateAfter).toEqual(first.stateAfter);
    });

    it.each(missing(variant))('$id: the default path is not on this machine: stops with its own message naming it, before any password or change', ({ id, message, path }) => {
      const run = result(id);
      expect(run.exitCode).toBe(1);
      expect(run.error).toMatchObject({ message: format(text[message], resolvedHere(scripts.get(variant.id) as string, path)), category: 'OperationStopped' });
      expect(run.readHostPrompts).toEqual([]);
      expect(run.calls).toEqual([siteDriveCall(answers), ...noGateway]);
      expect(run.stateAfter).toEqual(result('seed').stateAfter);
    });

    if (variant.id.endsWith('-hostile')) {
      it('hostile answers: Description (and GroupName) reach the cmdlet byte for byte, and the default paths the message', () => {
        const [call] = result('first').calls.filter((entry) => entry.command === 'New-CMCloudManagementGateway');
        expect(call?.parameters.Description).toBe(`${HOSTILE} description`);
        if (vmss) expect(call?.parameters.GroupName).toBe(`${HOSTILE} rg`);
        expect(result('no-server-cert').error?.message).toContain(`${HOSTILE.replaceAll('\\', '/')}/server.pfx`);
      });
    }

    // Issue 10's fault, fixed: New-PSDrive's own error ended the script; it now says which site and
    // SMS Provider it could not reach, in the script's language, with the provider's reason.
    it('no site behind the SMS Provider: stops at the site drive with its own message, nothing changed', () => {
      const run = result('no-site');
      expect(run.exitCode).toBe(1);
      expect(run.error).toMatchObject({ message: siteDriveFailed(answers, variant.lang), category: 'OperationStopped' });
      expect(run.calls).toEqual([{ ...siteDriveCall(answers), performed: false }]);
      expect(run.readHostPrompts).toEqual([]);
      expect(run.stateAfter).toEqual(batch.get('seed-empty').stateAfter);
    });

    if (variant.lang === 'fr') {
      it('French: the calls of the English script, the messages with their accents, a BOM', () => {
        const english = (mode: string) => batch.get(`${variant.id.replace('-fr', '-en')}:${mode}`);
        for (const mode of ['first', 'second', 'what-if']) expect(result(mode).calls).toEqual(english(mode).calls);
        expect(result('first').readHostPrompts.at(-1)).toBe('Mot de passe du certificat serveur de la CMG (.pfx)');
        expect(result('second').output).toEqual([`Déjà configuré : la passerelle de gestion cloud ${answers.serviceName} existe. Rien à faire.`]);
        expect(hasBom(readFileSync(scripts.get(variant.id) as string))).toBe(true);
      });
    }
  });

  describe('the --example layout: the lab PKI named relative to the script, run from another folder', () => {
    it('the defaults are ..\\00-lab-pki\\… (scriptPaths)', () => {
      expect(example.source).toContain("[string] $ServiceCertPath = '..\\00-lab-pki\\LAB-ONLY-server.pfx',");
      expect(example.source).toContain("[string[]] $ClientRootCertPaths = @('..\\00-lab-pki\\LAB-ONLY-root-ca.cer'),");
    });

    it('no parameter given: the files are found from $PSScriptRoot and passed to the cmdlet by their full path', () => {
      const run = batch.get('example');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      const [call] = run.calls.filter((entry) => entry.command === 'New-CMCloudManagementGateway');
      expect(call).toMatchObject({ parameterSet: 'Non-Interactive', performed: true });
      expect(call?.parameters.ServiceCertPath).toBe(join(example.out, '00-lab-pki', 'LAB-ONLY-server.pfx'));
      expect(call?.parameters.CARootCert).toEqual({ [join(example.out, '00-lab-pki', 'LAB-ONLY-root-ca.cer')]: 'RootCA' });
    });
  });
});
