/**
 * Step 3's Update-CmgSubCaThumbprints.ps1 (classic, sub-CA certificates) end to end against the
 * stand-in's CIM: a DCOM session to the SMS Provider, SMS_ProviderLocation, the site's
 * SMS_AzureService instances and Set-CimInstance; in English and French. Run with -WhatIf, for
 * real, a second time; without a CMG, without the property, with an SMS Provider that cannot be
 * reached or is not one; with thumbprints and a service name given at run time.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { azure } from '../../src/steps/azure/index.ts';
import { EMPTY_REPORT, type CertificateReport } from '../../src/model/certificates.ts';
import { LANGS, type Lang } from '../../src/model/lang.ts';
import { hierarchy, makeCertificate, NOW, rsaKey } from '../support/certificates.ts';
import { describePowerShell, runBatch, type StandInCall, type StandInResult, type StandInRun, type StandInSeed } from '../support/powershell.ts';
import { classicUsGov, hostile } from '../emit/scenarios.ts';
import { siteSeed, workspace, type Workspace } from './fixtures.ts';
import { parseCheckRun, parseFindings, writeStepArtifacts } from './certificate-fixtures.ts';
import { planAtPlace } from '../../src/steps/index.ts';

const SCRIPT = '03-azure/Update-CmgSubCaThumbprints.ps1';
const CNAME = classicUsGov.serviceName;
const PROVIDER = classicUsGov.smsProvider;

// Two sub-CA certificates as the wizard reads them: their thumbprints go to the script.
const { intermediate } = hierarchy(NOW);
const secondSubCa = makeCertificate({ now: NOW, isCa: true, commonName: 'Fabrikam Issuing CA 2', key: rsaKey(2048, 3), issuer: hierarchy(NOW).root });
const thumbprintOf = (der: Buffer) => createHash('sha1').update(der).digest('hex').toUpperCase();
const THUMBPRINTS = [thumbprintOf(intermediate.der), thumbprintOf(secondSubCa.der)];
const WANTED = THUMBPRINTS.join(';');
const REPORT: CertificateReport = {
  ...EMPTY_REPORT,
  subCas: [intermediate, secondSubCa].map((certificate, index) => ({ path: `D:\\pki\\issuing${index + 1}.cer`, subject: `CN=${certificate.commonName}`, issuer: 'CN=Contoso Test Root CA', thumbprint: THUMBPRINTS[index] as string, notBefore: '2026-02-28T00:00:00.000Z', notAfter: '2031-02-27T00:00:00.000Z', kind: 'intermediate' as const })),
};

/** The site's cloud services: the CMG, another CMG, and a cloud distribution point under the same name (ServiceType tells them apart). */
const CMG = { AzureServiceID: 1, Name: 'fabrikamcmg', ServiceCName: CNAME, ServiceType: 'CloudProxyService', SiteCode: 'FAB', State: 0, SubCACertThumbprint: '' };
const OTHER_CMG = { AzureServiceID: 2, Name: 'othercmg', ServiceCName: 'othercmg.usgovcloudapp.net', ServiceType: 'CloudProxyService', SiteCode: 'FAB', State: 0, SubCACertThumbprint: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01' };
/** A site version whose SMS_AzureService has no SubCACertThumbprint (the stand-in gives it only to a gateway seeded with it). */
const { SubCACertThumbprint: _property, ...CMG_WITHOUT_PROPERTY } = CMG;
const CLOUD_DP = { AzureServiceID: 3, Name: 'fabrikamcdp', ServiceCName: CNAME, ServiceType: 'CloudDistributionPoint', SiteCode: 'FAB', State: 0, SubCACertThumbprint: '' };

const SAYS = {
  en: {
    whatIf: (wanted: string) => `What if: Performing the operation "Set SubCACertThumbprint to ${wanted}" on target "${CNAME}".`,
    changed: (previous: string, wanted: string) => `SubCACertThumbprint of ${CNAME} changed from [${previous}] to [${wanted}].`,
    alreadyConfigured: (wanted: string) => `Already configured: ${CNAME} trusts the sub-CA thumbprints ${wanted}. Nothing to do.`,
    noService: (name: string) => `Failed to get Azure_Service instance. Site FAB has no cloud management gateway with ServiceCName ${name}.`,
    noProperty: 'SMS_AzureService on site FAB has no SubCACertThumbprint property: this site version takes intermediate certificates in the CMG wizard (or -CARootCert) instead.',
    unreachable: (provider: string, reason: string) => `Cannot connect to the SMS Provider ${provider} over DCOM (${reason}). Check the name and the firewall, or pass -SmsProvider.`,
    notProvider: (provider: string, reason: string) => `Failed to locate SMS provider: ${provider} does not answer for root\\sms (${reason}). Pass -SmsProvider with the name of the SMS Provider.`,
    notThumbprint: (value: string) => `Not a certificate thumbprint: ${value}. Give 40 hexadecimal characters in upper case, without spaces.`,
  },
  fr: {
    whatIf: (wanted: string) => `What if: Performing the operation "Définir SubCACertThumbprint à ${wanted}" on target "${CNAME}".`,
    changed: (previous: string, wanted: string) => `SubCACertThumbprint de ${CNAME} changé de [${previous}] en [${wanted}].`,
    alreadyConfigured: (wanted: string) => `Déjà configuré : ${CNAME} approuve les empreintes d'autorités secondaires ${wanted}. Rien à faire.`,
    noService: (name: string) => `Impossible d'obtenir l'instance Azure_Service. Le site FAB n'a aucune passerelle de gestion cloud de ServiceCName ${name}.`,
    noProperty: 'SMS_AzureService du site FAB n\'a pas de propriété SubCACertThumbprint : cette version du site prend plutôt les certificats intermédiaires dans l\'assistant de la CMG (ou -CARootCert).',
    unreachable: (provider: string, reason: string) => `Impossible de se connecter au fournisseur SMS ${provider} par DCOM (${reason}). Vérifiez le nom et le pare-feu, ou passez -SmsProvider.`,
    notProvider: (provider: string, reason: string) => `Impossible de localiser le fournisseur SMS : ${provider} ne répond pas pour root\\sms (${reason}). Passez -SmsProvider avec le nom du fournisseur SMS.`,
    notThumbprint: (value: string) => `Ce n'est pas une empreinte de certificat : ${value}. Indiquez 40 caractères hexadécimaux en majuscules, sans espaces.`,
  },
} as const;

const site = (gateways: Array<Record<string, unknown>>, smsProvider = PROVIDER): StandInSeed => ({ ...siteSeed({ ...classicUsGov, smsProvider }), gateways });
const session = { cimSession: PROVIDER, protocol: 'Dcom' };

/** The whole list of CIM calls of a run that reaches the CMG: session, provider location, the site's services, the CMG again, (the change,) the session closed. */
const readCalls = (provider = PROVIDER) => [
  { command: 'New-CimSessionOption', parameters: { Protocol: 'Dcom' }, performed: null },
  { command: 'New-CimSession', parameters: { ComputerName: [provider], SessionOption: { cimSessionOption: 'Dcom' } }, performed: true },
  { command: 'Get-CimInstance', parameters: { CimSession: [session], ClassName: 'SMS_ProviderLocation', Namespace: 'root\\sms' }, performed: null },
  { command: 'Get-CimInstance', parameters: { CimSession: [session], ClassName: 'SMS_AzureService', Namespace: 'root\\sms\\site_FAB' }, performed: null },
  { command: 'Get-CimInstance', parameters: { InputObject: { cimInstance: 'SMS_AzureService', key: '1' } }, performed: null },
];
const SET_CALL = { command: 'Set-CimInstance', parameters: { InputObject: { cimInstance: 'SMS_AzureService', key: '1' }, Property: { SubCACertThumbprint: WANTED } }, performed: true };
const REMOVE_CALL = { command: 'Remove-CimSession', parameters: { CimSession: [session], WhatIf: false }, performed: true };

describePowerShell(`${SCRIPT} (step 3, classic) against the stand-in`, () => {
  let space: Workspace;
  const scripts = new Map<Lang, string>();
  const results = new Map<string, StandInResult>();

  beforeAll(async () => {
    space = workspace();
    for (const lang of LANGS) scripts.set(lang, writeStepArtifacts(space, azure, classicUsGov, lang, `scripts/${lang}`, REPORT).get(SCRIPT) as string);
    const runs: StandInRun[] = [parseCheckRun([...scripts.values()])];
    for (const [lang, script] of scripts) {
      const base = { script, siteVersion: '1706' };
      runs.push({ ...base, id: `${lang}/what-if`, whatIf: true, seed: site([CMG, OTHER_CMG, CLOUD_DP]) });
      runs.push({ ...base, id: `${lang}/first`, seed: site([CMG, OTHER_CMG, CLOUD_DP]) });
      runs.push({ ...base, id: `${lang}/second`, seedFrom: `${lang}/first` });
      runs.push({ ...base, id: `${lang}/no-cmg`, seed: site([OTHER_CMG, CLOUD_DP]) });
      runs.push({ ...base, id: `${lang}/no-property`, seed: site([CMG_WITHOUT_PROPERTY]) });
      runs.push({ ...base, id: `${lang}/unreachable`, seed: site([CMG], 'cm2.fabrikam.gov') });
      runs.push({ ...base, id: `${lang}/not-a-provider`, parameters: { SmsProvider: 'localhost' }, seed: site([CMG]) });
      runs.push({ ...base, id: `${lang}/replace`, seed: site([{ ...CMG, SubCACertThumbprint: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01' }]) });
      runs.push({ ...base, id: `${lang}/lower-case`, parameters: { SubCaThumbprints: [THUMBPRINTS[0]?.toLowerCase()] }, seed: site([CMG]) });
    }
    // Values given at run time: a service name holding WQL and PowerShell quoting, a thumbprint with a trailing line break.
    const script = scripts.get('en') as string;
    runs.push({ id: 'hostile-name', script, siteVersion: '1706', parameters: { ServiceCName: `${CNAME}' OR ServiceCName LIKE '%` }, seed: site([CMG]) });
    runs.push({ id: 'trailing-newline', script, siteVersion: '1706', parameters: { SubCaThumbprints: [`${THUMBPRINTS[0]}\n`] }, seed: site([CMG]) });
    for (const result of (await runBatch(runs)).results) results.set(result.id as string, result);
  }, 300_000);

  afterAll(() => space?.remove());

  const run = (id: string): StandInResult => {
    const result = results.get(id);
    if (!result) throw new Error(`no run ${id}`);
    return result;
  };
  const calls = (id: string) => run(id).calls.map(({ command, parameters, performed }: StandInCall) => ({ command, parameters, performed }));
  const gateways = (id: string) => run(id).stateAfter.gateways as Array<Record<string, unknown>>;

  it('PowerShell\'s own parser reads both languages without an error, and neither uses what Windows PowerShell 5.1 lacks', () => {
    expect(parseFindings(run('parse'))).toEqual([]);
  });

  it('the thumbprints are those of the sub-CA certificate files, as parameter defaults', () => {
    expect(THUMBPRINTS.every((thumbprint) => /^[0-9A-F]{40}$/.test(thumbprint))).toBe(true);
    expect(scripts.size).toBe(2);
  });

  describe.each(LANGS)('%s', (lang) => {
    const says = SAYS[lang];

    it('-WhatIf: reads through the DCOM session, says the change it would make, changes nothing, closes the session', () => {
      const result = run(`${lang}/what-if`);
      expect(result.error).toBeNull();
      expect(result.exitCode).toBe(0);
      expect(result.output).toEqual([says.whatIf(WANTED)]);
      expect(calls(`${lang}/what-if`)).toEqual([...readCalls(), REMOVE_CALL]);
      expect(gateways(`${lang}/what-if`)).toEqual(gateways(`${lang}/first`).map((gateway) => (gateway.Name === 'fabrikamcmg' ? { ...gateway, SubCACertThumbprint: '' } : gateway)));
    });

    it('first run: finds the CMG (not the other CMG, not the cloud DP of the same name) and writes the thumbprints, semicolon-separated', () => {
      const result = run(`${lang}/first`);
      expect(result.error).toBeNull();
      expect(result.exitCode).toBe(0);
      expect(calls(`${lang}/first`)).toEqual([...readCalls(), SET_CALL, REMOVE_CALL]);
      expect(result.output).toEqual([says.changed('', WANTED)]);
      expect(gateways(`${lang}/first`).map((gateway) => [gateway.Name, gateway.SubCACertThumbprint])).toEqual([
        ['fabrikamcmg', WANTED],
        ['othercmg', OTHER_CMG.SubCACertThumbprint],
        ['fabrikamcdp', ''],
      ]);
    });

    it('second run: the CMG has them: "Already configured", no Set-CimInstance', () => {
      const result = run(`${lang}/second`);
      expect(result.error).toBeNull();
      expect(result.output).toEqual([says.alreadyConfigured(WANTED)]);
      expect(calls(`${lang}/second`)).toEqual([...readCalls(), REMOVE_CALL]);
      expect(gateways(`${lang}/second`)).toEqual(gateways(`${lang}/first`));
    });

    it('another value already set: replaced, and the message shows both', () => {
      expect(run(`${lang}/replace`).output).toEqual([says.changed('ABCDEF0123456789ABCDEF0123456789ABCDEF01', WANTED)]);
      expect(gateways(`${lang}/replace`)[0]?.SubCACertThumbprint).toBe(WANTED);
    });

    it('no CMG yet: stops with its message and a non-zero exit, changes nothing, closes the session', () => {
      const result = run(`${lang}/no-cmg`);
      expect(result.error?.message).toBe(says.noService(CNAME));
      expect(result.exitCode).toBe(1);
      expect(calls(`${lang}/no-cmg`)).toEqual([...readCalls().slice(0, 4), REMOVE_CALL]);
      expect(gateways(`${lang}/no-cmg`)).toEqual([OTHER_CMG, CLOUD_DP]);
    });

    it('a site version without SubCACertThumbprint: stops with its message, changes nothing', () => {
      const result = run(`${lang}/no-property`);
      expect(result.error?.message).toBe(says.noProperty);
      expect(calls(`${lang}/no-property`).map((call) => call.command)).not.toContain('Set-CimInstance');
    });

    it('the SMS Provider cannot be reached: stops with its message, no query, nothing to close', () => {
      const result = run(`${lang}/unreachable`);
      expect(result.error?.message).toBe(says.unreachable(PROVIDER, 'The RPC server is unavailable.'));
      expect(result.exitCode).toBe(1);
      expect(calls(`${lang}/unreachable`)).toEqual([
        { command: 'New-CimSessionOption', parameters: { Protocol: 'Dcom' }, performed: null },
        { command: 'New-CimSession', parameters: { ComputerName: [PROVIDER], SessionOption: { cimSessionOption: 'Dcom' } }, performed: null },
      ]);
    });

    it('a computer that is not an SMS Provider: stops with its message, closes the session', () => {
      const result = run(`${lang}/not-a-provider`);
      expect(result.error?.message).toBe(says.notProvider('localhost', 'Invalid namespace root\\sms'));
      expect(calls(`${lang}/not-a-provider`).map((call) => call.command)).toEqual(['New-CimSessionOption', 'New-CimSession', 'Get-CimInstance', 'Remove-CimSession']);
    });

    it('a lower-case thumbprint given at run time: refused before any connection', () => {
      const value = THUMBPRINTS[0]?.toLowerCase() as string;
      expect(run(`${lang}/lower-case`).error?.message).toBe(says.notThumbprint(value));
      expect(run(`${lang}/lower-case`).calls).toEqual([]);
    });
  });

  describe('values at run time and hostile answers', () => {
    it('a service name holding WQL and quotes is compared in PowerShell, never sent as a query: no CMG of that name, the message quotes it byte for byte', () => {
      const name = `${CNAME}' OR ServiceCName LIKE '%`;
      expect(run('hostile-name').error?.message).toBe(SAYS.en.noService(name));
      expect(run('hostile-name').calls.filter((call) => 'Filter' in call.parameters || 'Query' in call.parameters)).toEqual([]);
      expect(gateways('hostile-name')).toEqual([CMG]);
    });

    it('a thumbprint with a trailing line break is refused (\\z, not $)', () => {
      expect(run('trailing-newline').error?.message).toBe(SAYS.en.notThumbprint(`${THUMBPRINTS[0]}\n`));
    });

    it('the wizard\'s hostile answers do not reach the script: only the validated service name, the SMS Provider and the thumbprints of the files do', () => {
      for (const lang of LANGS) {
        const plain = planAtPlace(azure, { answers: classicUsGov, now: NOW, lang, certificates: REPORT }).artifacts.map((artifact) => artifact.content);
        const evil = planAtPlace(azure, { answers: hostile(classicUsGov), now: NOW, lang, certificates: REPORT }).artifacts.map((artifact) => artifact.content);
        expect(evil).toEqual(plain);
      }
    });
  });
});
