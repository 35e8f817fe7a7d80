/**
 * Step 1's Request-CmgServerCertificate.ps1 end to end against the stand-in's certreq.exe, CA and
 * Export-PfxCertificate: as `cmg-setup cert request` writes it (the built CLI, with and without
 * --template, vmss and classic) and as the wizard plans it when no server .pfx is given (vmss and
 * classic), each in English and French. Every variant is run with -WhatIf, for real on a fresh
 * machine, and a second time; then where what it needs is missing (a CA that leaves the request
 * pending or denies it, a CA that cannot be reached, a certificate issued for a request made
 * elsewhere), with hostile template names, and in the ways a re-run meets its own leftovers.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverCertificate } from '../../src/steps/server-certificate/index.ts';
import { LANGS, type Lang } from '../../src/model/lang.ts';
import type { Answers } from '../../src/model/answers.ts';
import { daysFrom, forgePfx, makeLeaf, NOW, PASSWORD } from '../support/certificates.ts';
import { describePowerShell, runBatch, type StandInCall, type StandInCertificationAuthority, type StandInResult, type StandInRun } from '../support/powershell.ts';
import { classicUsGov, hostile, vmssPublic } from '../emit/scenarios.ts';
import { workspace, type Workspace } from './fixtures.ts';
import { authority, certRequestFolder, copyFolder, machineSeed, openPfx, parseCheckRun, parseFindings, testCa, writeStepArtifacts, type TestCa } from './certificate-fixtures.ts';
import { planAtPlace } from '../../src/steps/index.ts';

const PFX_PASSWORD = 'Pfx-Export-Password-1';
const ENTERPRISE = 'ca01.contoso.com\\Contoso Issuing CA';
const STANDALONE = 'ca02.contoso.com\\Contoso Standalone CA';
/** A template name that reaches the INF, certreq and a PowerShell literal: every INF and PowerShell special character the CLI's template rule lets through (printable ASCII but "). */
const HOSTILE_TEMPLATE = "it's $(rm C:\\) `n ;#><# '@ @' ${env:X}|&%TEMP% 5%";

interface Variant {
  id: string;
  lang: Lang;
  source: 'cert-request' | 'wizard';
  model: 'vmss' | 'classic';
  serviceName: string;
  template?: string;
  /** Passed as -CertificationAuthority (certreq -config); otherwise certreq finds the only CA. */
  caParameter?: string;
}

const VARIANTS: Variant[] = LANGS.flatMap((lang) => [
  { id: `cli-vmss-template.${lang}`, lang, source: 'cert-request' as const, model: 'vmss' as const, serviceName: 'contosocmg.contoso.com', template: 'CmgServer', caParameter: ENTERPRISE },
  { id: `cli-classic-template.${lang}`, lang, source: 'cert-request' as const, model: 'classic' as const, serviceName: 'contosocmg.cloudapp.net', template: 'CmgServer' },
  { id: `cli-vmss.${lang}`, lang, source: 'cert-request' as const, model: 'vmss' as const, serviceName: 'granitefalls.contoso.com', caParameter: STANDALONE },
  { id: `wizard-vmss.${lang}`, lang, source: 'wizard' as const, model: 'vmss' as const, serviceName: vmssPublic.serviceName },
  { id: `wizard-classic.${lang}`, lang, source: 'wizard' as const, model: 'classic' as const, serviceName: classicUsGov.serviceName },
  // Issue 11: the wizard's certTemplate puts the template in the INF, so an enterprise CA issues with no -CertificateTemplate.
  { id: `wizard-vmss-template.${lang}`, lang, source: 'wizard' as const, model: 'vmss' as const, serviceName: vmssPublic.serviceName, template: 'CmgServer' },
]);

/** What the scripts say, exactly, in each language ({n}: the values). */
const SAYS = {
  en: {
    whatIf: (action: string, target: string) => `What if: Performing the operation "${action}" on target "${target}".`,
    create: 'Create a key and a certificate request (certreq -new)',
    submit: 'Submit the request to the certification authority (certreq -submit)',
    install: 'Install the issued certificate (certreq -accept)',
    export: 'Export the certificate and its private key to a password-protected .pfx file',
    prompt: 'Password for the new .pfx file',
    exported: (pfx: string, thumbprint: string) => `Exported ${pfx} (${thumbprint}). Keep it and its password safe.`,
    alreadyDone: (pfx: string) => `Already done: ${pfx} exists. Delete it to export again.`,
    existingRequest: (req: string) => `Using the existing request ${req} (delete it to start again with a new key).`,
    issuedCertificate: (cer: string) => `Using the issued certificate ${cer}.`,
    alreadyInstalled: (subject: string, thumbprint: string) => `Already installed: ${subject} (${thumbprint}) is in Cert:\\LocalMachine\\My with its private key.`,
    pending: (cer: string) => `The CA did not issue the certificate yet (pending or denied). Once it is issued, save it with certreq.exe -retrieve <RequestId> ${cer} and run this script again.`,
    submitFailed: (code: number) => `certreq -submit failed with exit code ${code}. Check that the CA is reachable and will issue this request; an enterprise CA also needs its template: pass -CertificateTemplate <name>.`,
    submitFailedTemplate: (code: number, template: string) => `certreq -submit failed with exit code ${code}. Check that this computer may enroll for the template ${template} and that the CA is reachable.`,
    newFailed: (code: number) => `certreq -new failed with exit code ${code}. Run this script from an elevated prompt and check the INF file.`,
    acceptFailed: (code: number) => `certreq -accept failed with exit code ${code}. Run it on the computer that made the request, from an elevated prompt.`,
    pfxPasswordEmpty: 'The .pfx file needs a password.',
    wrongSubject: (issued: string, wanted: string, cer: string) => `The CA issued a certificate for ${issued} instead of ${wanted}: set the template to take the subject from the request (Supply in the request), delete ${cer} and run this script again.`,
  },
  fr: {
    whatIf: (action: string, target: string) => `What if: Performing the operation "${action}" on target "${target}".`,
    create: 'Créer une clé et une demande de certificat (certreq -new)',
    submit: 'Soumettre la demande à l\'autorité de certification (certreq -submit)',
    install: 'Installer le certificat émis (certreq -accept)',
    export: 'Exporter le certificat et sa clé privée dans un fichier .pfx protégé par mot de passe',
    prompt: 'Mot de passe du nouveau fichier .pfx',
    exported: (pfx: string, thumbprint: string) => `${pfx} exporté (${thumbprint}). Conservez-le en lieu sûr, ainsi que son mot de passe.`,
    alreadyDone: (pfx: string) => `Déjà fait : ${pfx} existe. Supprimez-le pour exporter de nouveau.`,
    existingRequest: (req: string) => `Utilisation de la demande existante ${req} (supprimez-la pour recommencer avec une nouvelle clé).`,
    issuedCertificate: (cer: string) => `Utilisation du certificat émis ${cer}.`,
    alreadyInstalled: (subject: string, thumbprint: string) => `Déjà installé : ${subject} (${thumbprint}) est dans Cert:\\LocalMachine\\My avec sa clé privée.`,
    pending: (cer: string) => `L'autorité de certification n'a pas encore émis le certificat (demande en attente ou refusée). Une fois qu'il est émis, enregistrez-le avec certreq.exe -retrieve <RequestId> ${cer} et exécutez de nouveau ce script.`,
    submitFailed: (code: number) => `Échec de certreq -submit avec le code de sortie ${code}. Vérifiez que l'autorité de certification est joignable et qu'elle émettra ce certificat ; une autorité d'entreprise demande aussi son modèle : passez -CertificateTemplate <nom>.`,
    submitFailedTemplate: (code: number, template: string) => `Échec de certreq -submit avec le code de sortie ${code}. Vérifiez que cet ordinateur peut s'inscrire pour le modèle ${template} et que l'autorité de certification est joignable.`,
    newFailed: (code: number) => `Échec de certreq -new avec le code de sortie ${code}. Exécutez ce script depuis une invite avec élévation de privilèges et vérifiez le fichier INF.`,
    acceptFailed: (code: number) => `Échec de certreq -accept avec le code de sortie ${code}. Exécutez-le sur l'ordinateur qui a fait la demande, depuis une invite avec élévation de privilèges.`,
    pfxPasswordEmpty: 'Le fichier .pfx doit avoir un mot de passe.',
    wrongSubject: (issued: string, wanted: string, cer: string) => `L'autorité de certification a émis un certificat pour ${issued} au lieu de ${wanted} : configurez le modèle pour prendre l'objet dans la demande (Fournir dans la demande), supprimez ${cer} et exécutez de nouveau ce script.`,
  },
} as const;

// HRESULTs the stand-in's certreq exits with (winerror.h), as signed 32-bit exit codes.
const CERTSRV_E_NO_CERT_TYPE = 0x80094801 | 0;
const CERTSRV_E_UNSUPPORTED_CERT_TYPE = 0x80094800 | 0;
const RPC_S_SERVER_UNAVAILABLE = 0x800706ba | 0;
const CRYPT_E_NOT_FOUND = 0x80092004 | 0;

/** A variant's files: the script and, beside it, where certreq and the export write. */
interface Files {
  folder: string;
  script: string;
  inf: string;
  req: string;
  cer: string;
  pfx: string;
}

function filesIn(folder: string): Files {
  const inf = readdirSync(folder).find((name) => name.endsWith('.inf')) as string;
  const base = join(folder, inf.replace(/\.inf$/, ''));
  return { folder, script: join(folder, 'Request-CmgServerCertificate.ps1'), inf: join(folder, inf), req: `${base}.req`, cer: `${base}.cer`, pfx: `${base}.pfx` };
}

const certreq = (...args: string[]): Pick<StandInCall, 'command' | 'parameters'> => ({ command: 'certreq.exe', parameters: { Arguments: args } });

describePowerShell('Request-CmgServerCertificate.ps1 (step 1) against the stand-in', () => {
  let space: Workspace;
  let ca: TestCa;
  const sources = new Map<string, string>();
  const files = new Map<string, Files>();
  const results = new Map<string, StandInResult>();

  /** The pristine folder of a variant, copied for a run of its own. */
  const fresh = (variant: string, run: string): Files => {
    const copy = filesIn(copyFolder(space, sources.get(variant) as string, `runs/${variant}/${run}`));
    files.set(`${variant}/${run}`, copy);
    return copy;
  };
  const enterprise = (options: Partial<StandInCertificationAuthority> = {}) => authority(ca, ENTERPRISE, { enterprise: true, templates: ['CmgServer', HOSTILE_TEMPLATE], ...options });
  const standalone = (options: Partial<StandInCertificationAuthority> = {}) => authority(ca, STANDALONE, options);
  /** The CA a variant's request is meant for: enterprise with a template, standalone without. */
  const caFor = (variant: Variant, options: Partial<StandInCertificationAuthority> = {}) => (variant.template === undefined ? standalone(options) : enterprise(options));

  beforeAll(async () => {
    space = workspace();
    ca = testCa(space);
    // The CLI runs side by side: each is a process of its own.
    const cli: Array<Promise<void>> = [];
    for (const variant of VARIANTS) {
      const folder = `sources/${variant.id}`;
      if (variant.source === 'cert-request') {
        const args = ['--service-name', variant.serviceName, '--model', variant.model, '--lang', variant.lang, ...(variant.template ? ['--template', variant.template] : [])];
        cli.push(certRequestFolder(space, folder, args).then((written) => void sources.set(variant.id, written)));
      } else {
        const answers: Answers = { ...(variant.model === 'vmss' ? vmssPublic : classicUsGov), serverCertPath: undefined, ...(variant.template ? { certTemplate: variant.template } : {}) };
        writeStepArtifacts(space, serverCertificate, answers, variant.lang, folder);
        sources.set(variant.id, space.path(folder, '01-server-certificate'));
      }
    }
    for (const lang of LANGS) {
      cli.push(certRequestFolder(space, `sources/cli-hostile.${lang}`, ['--service-name', 'contosocmg.contoso.com', '--template', HOSTILE_TEMPLATE, '--lang', lang]).then((written) => void sources.set(`cli-hostile.${lang}`, written)));
    }
    await Promise.all(cli);

    const runs: StandInRun[] = [parseCheckRun([...sources.values()].map((folder) => join(folder, 'Request-CmgServerCertificate.ps1')))];
    for (const variant of VARIANTS) {
      const { id, lang } = variant;
      const parameters = variant.caParameter ? { CertificationAuthority: variant.caParameter } : {};
      const seed = machineSeed(ca, [caFor(variant)]);
      runs.push({ id: `${id}/what-if`, script: fresh(id, 'what-if').script, parameters, whatIf: true, siteVersion: '2403', seed });
      const first = fresh(id, 'first');
      files.set(`${id}/second`, first);
      runs.push({ id: `${id}/first`, script: first.script, parameters, siteVersion: '2403', seed, readHost: [PFX_PASSWORD] });
      runs.push({ id: `${id}/second`, script: first.script, parameters, siteVersion: '2403', seedFrom: `${id}/first` });
      // A CA that leaves the request pending, and one that denies it.
      runs.push({ id: `${id}/pending`, script: fresh(id, 'pending').script, parameters, siteVersion: '2403', seed: machineSeed(ca, [caFor(variant, { disposition: 'pending' })]) });
      runs.push({ id: `${id}/denied`, script: fresh(id, 'denied').script, parameters, siteVersion: '2403', seed: machineSeed(ca, [caFor(variant, { disposition: 'deny' })]) });
      if (lang === 'en') {
        // No CA answers at the name given; a certificate issued for a request this machine never made.
        runs.push({ id: `${id}/unreachable`, script: fresh(id, 'unreachable').script, parameters: { CertificationAuthority: 'ca99.contoso.com\\Gone CA' }, siteVersion: '2403', seed: machineSeed(ca, [caFor(variant)]) });
        const elsewhere = fresh(id, 'elsewhere');
        const foreign = makeLeaf({ now: NOW, commonName: variant.serviceName, dnsNames: [variant.serviceName] });
        space.write(join('runs', id, 'elsewhere', basename(elsewhere.req)), 'a request made on another computer');
        space.write(join('runs', id, 'elsewhere', basename(elsewhere.cer)), foreign.pem);
        runs.push({ id: `${id}/elsewhere`, script: elsewhere.script, parameters, siteVersion: '2403', seed: machineSeed(ca, [caFor(variant)]), readHost: [PFX_PASSWORD] });
      }
    }
    // The wizard's request names no template: an enterprise CA refuses it, unless -CertificateTemplate names one.
    for (const lang of LANGS) {
      const id = `wizard-vmss.${lang}`;
      runs.push({ id: `${id}/enterprise`, script: fresh(id, 'enterprise').script, siteVersion: '2403', seed: machineSeed(ca, [enterprise()]) });
      runs.push({ id: `${id}/enterprise-template`, script: fresh(id, 'enterprise-template').script, parameters: { CertificateTemplate: 'CmgServer' }, siteVersion: '2403', seed: machineSeed(ca, [enterprise()]), readHost: [PFX_PASSWORD] });
      runs.push({ id: `${id}/enterprise-wrong-template`, script: fresh(id, 'enterprise-wrong-template').script, parameters: { CertificateTemplate: 'WebServer' }, siteVersion: '2403', seed: machineSeed(ca, [enterprise()]) });
      // Hostile template names: into the INF (cert request) and into a PowerShell literal (the message).
      const hostileId = `cli-hostile.${lang}`;
      const hostileFirst = fresh(hostileId, 'first');
      files.set(`${hostileId}/second`, hostileFirst);
      runs.push({ id: `${hostileId}/first`, script: hostileFirst.script, siteVersion: '2403', seed: machineSeed(ca, [enterprise()]), readHost: [PFX_PASSWORD] });
      runs.push({ id: `${hostileId}/second`, script: hostileFirst.script, siteVersion: '2403', seedFrom: `${hostileId}/first` });
      runs.push({ id: `${hostileId}/denied`, script: fresh(hostileId, 'denied').script, siteVersion: '2403', seed: machineSeed(ca, [enterprise({ templates: ['CmgServer'] })]) });
    }
    {
      const id = 'cli-vmss-template.en';
      // Another certificate for the same name is already in the store and expires later: the export takes the one just issued.
      const other = makeLeaf({ now: NOW, commonName: 'contosocmg.contoso.com', dnsNames: ['contosocmg.contoso.com'], notAfter: daysFrom(NOW, 1500) });
      const otherPfx = space.write('other/other.pfx', forgePfx({ key: other.key, certificates: [other], password: PASSWORD, algorithm: '3des' }));
      runs.push({ id: `${id}/other-certificate`, script: fresh(id, 'other-certificate').script, parameters: { CertificationAuthority: ENTERPRISE }, siteVersion: '2403', seed: machineSeed(ca, [enterprise()], { certificates: { 'LocalMachine\\My': [{ pfx: otherPfx, password: PASSWORD }] } }), readHost: [PFX_PASSWORD] });
      // The admin gives an empty password, then runs the script again: the certificate is installed already.
      const rerun = fresh(id, 'empty-password');
      files.set(`${id}/rerun`, rerun);
      runs.push({ id: `${id}/empty-password`, script: rerun.script, parameters: { CertificationAuthority: ENTERPRISE }, siteVersion: '2403', seed: machineSeed(ca, [enterprise()]), readHost: [''] });
      runs.push({ id: `${id}/rerun`, script: rerun.script, parameters: { CertificationAuthority: ENTERPRISE }, siteVersion: '2403', seedFrom: `${id}/empty-password`, readHost: [PFX_PASSWORD] });
      // The template builds the subject from Active Directory: the certificate is not the CMG's.
      runs.push({ id: `${id}/directory-subject`, script: fresh(id, 'directory-subject').script, parameters: { CertificationAuthority: ENTERPRISE }, siteVersion: '2403', seed: machineSeed(ca, [enterprise({ issuedSubject: 'CN=CM01.contoso.com' })]) });
      // Pending, then retrieved by hand as the message says (certreq -retrieve), then the script again.
      const pending = fresh(id, 'pending-first');
      files.set(`${id}/pending-retrieved`, pending);
      const retrieve = space.write('retrieve.ps1', `certreq.exe -retrieve -config '${ENTERPRISE}' 1 '${pending.cer}'\r\nexit $LASTEXITCODE\r\n`);
      runs.push({ id: `${id}/pending-first`, script: pending.script, parameters: { CertificationAuthority: ENTERPRISE }, siteVersion: '2403', seed: machineSeed(ca, [enterprise({ disposition: 'pending', approvePending: true })]) });
      runs.push({ id: `${id}/retrieve`, script: retrieve, siteVersion: '2403', seedFrom: `${id}/pending-first` });
      runs.push({ id: `${id}/pending-retrieved`, script: pending.script, parameters: { CertificationAuthority: ENTERPRISE }, siteVersion: '2403', seedFrom: `${id}/retrieve`, readHost: [PFX_PASSWORD] });
    }
    for (const result of (await runBatch(runs, { timeoutMs: 300_000 })).results) results.set(result.id as string, result);
  }, 600_000);

  afterAll(() => space?.remove());

  const run = (id: string): StandInResult => {
    const result = results.get(id);
    if (!result) throw new Error(`no run ${id}`);
    return result;
  };
  const file = (id: string): Files => files.get(id) as Files;
  const certreqCalls = (id: string) => run(id).calls.filter((call) => call.command === 'certreq.exe').map((call) => call.parameters.Arguments as string[]);
  const stores = (id: string) => run(id).stateAfter.certificates as Record<string, Array<Record<string, unknown>>>;
  const caRequests = (id: string) => (run(id).stateAfter.certificationAuthorities as Array<{ requests: Array<Record<string, unknown>> }>)[0]?.requests;
  /** The certificate the CA issued in this run, by its thumbprint. */
  const issuedThumbprint = (id: string) => caRequests(id)?.find((request) => request.status === 'Issued')?.thumbprint as string;

  it('PowerShell\'s own parser reads every variant without an error, and none uses what Windows PowerShell 5.1 lacks', () => {
    expect(parseFindings(run('parse'))).toEqual([]);
  });

  describe.each(VARIANTS)('$id', (variant) => {
    const says = SAYS[variant.lang];
    const submitArgs = (f: Files) => ['-submit', ...(variant.caParameter ? ['-config', variant.caParameter] : []), f.req, f.cer];

    it('-WhatIf: says the four things it would do, calls nothing, asks for nothing, writes nothing', () => {
      const result = run(`${variant.id}/what-if`);
      const f = file(`${variant.id}/what-if`);
      expect(result.error).toBeNull();
      expect(result.exitCode).toBe(0);
      expect(result.output).toEqual([says.whatIf(says.create, f.req), says.whatIf(says.submit, f.req), says.whatIf(says.install, 'Cert:\\LocalMachine\\My'), says.whatIf(says.export, f.pfx)]);
      expect(result.calls).toEqual([]);
      expect(result.readHostPrompts).toEqual([]);
      expect([existsSync(f.req), existsSync(f.cer), existsSync(f.pfx)]).toEqual([false, false, false]);
      expect(stores(`${variant.id}/what-if`)['LocalMachine\\My']).toBeUndefined();
      expect(caRequests(`${variant.id}/what-if`)).toEqual([]);
    });

    it('first run: certreq -new, -submit, -accept, then Export-PfxCertificate of the issued certificate with the password read as a SecureString', () => {
      const result = run(`${variant.id}/first`);
      const f = file(`${variant.id}/first`);
      expect(result.error).toBeNull();
      expect(result.exitCode).toBe(0);
      const thumbprint = issuedThumbprint(`${variant.id}/first`);
      expect(result.calls.map(({ command, parameters, performed }) => ({ command, parameters, performed }))).toEqual([
        { ...certreq('-new', '-machine', f.inf, f.req), performed: true },
        { ...certreq(...submitArgs(f)), performed: true },
        { command: 'Get-ChildItem', parameters: { Path: ['Cert:\\LocalMachine\\My'] }, performed: null },
        { ...certreq('-accept', '-machine', f.cer), performed: true },
        { command: 'Get-ChildItem', parameters: { Path: ['Cert:\\LocalMachine\\My'] }, performed: null },
        {
          command: 'Export-PfxCertificate',
          parameters: {
            Cert: { certificate: `CN=${variant.serviceName}`, thumbprint },
            // Classic asks for TripleDES_SHA1 where the cmdlet has the parameter (Azure Cloud Services refuses AES).
            ...(variant.model === 'classic' ? { CryptoAlgorithmOption: 'TripleDES_SHA1' } : {}),
            FilePath: f.pfx,
            Password: { secureString: true, plainText: PFX_PASSWORD },
          },
          performed: true,
        },
      ]);
      expect(result.calls.filter((call) => call.command === 'certreq.exe').map((call) => call.exitCode)).toEqual([0, 0, 0]);
      expect(result.readHostPrompts).toEqual([says.prompt]);
      expect(result.output).toEqual([says.exported(f.pfx, thumbprint)]);
    });

    it('first run: the INF reached certreq as written (subject, SAN, key, template), and the CA issued that request', () => {
      const [installed] = stores(`${variant.id}/first`)['LocalMachine\\My'] as Array<Record<string, unknown>>;
      expect(stores(`${variant.id}/first`)['LocalMachine\\REQUEST']).toEqual([]);
      expect(installed).toMatchObject({ exportable: true, thumbprint: issuedThumbprint(`${variant.id}/first`) });
      expect(installed?.request).toEqual({
        subject: `CN=${variant.serviceName}`,
        keyLength: 2048,
        exportable: true,
        hashAlgorithm: 'SHA256',
        keyUsage: 0xa0,
        ekus: ['1.3.6.1.5.5.7.3.1'],
        san: [`dns=${variant.serviceName}`],
        providerName: variant.model === 'classic' ? 'Microsoft RSA SChannel Cryptographic Provider' : 'Microsoft Software Key Storage Provider',
        providerType: variant.model === 'classic' ? 12 : null,
        keySpec: variant.model === 'classic' ? '1' : '0',
        attributes: variant.template === undefined ? {} : { CertificateTemplate: variant.template },
        file: file(`${variant.id}/first`).req,
      });
      expect(caRequests(`${variant.id}/first`)).toEqual([expect.objectContaining({ requestId: 1, status: 'Issued', subject: `CN=${variant.serviceName}`, template: variant.template ?? null })]);
    });

    it('first run: the .pfx opens with the password, holds the issued certificate, its key and its chain, and passes cmg-setup\'s step-1 checks', () => {
      const opened = openPfx(file(`${variant.id}/first`).pfx, PFX_PASSWORD, { serviceName: variant.serviceName, model: variant.model, cloud: variant.serviceName.endsWith('.usgovcloudapp.net') ? 'usgov' : 'public' });
      expect(opened.subjects.sort()).toEqual(['CN=Contoso Test Issuing CA', 'CN=Contoso Test Root CA', `CN=${variant.serviceName}`]);
      expect(opened.leaf.fingerprint.replaceAll(':', '')).toBe(issuedThumbprint(`${variant.id}/first`));
      expect(opened.keyMatchesLeaf).toBe(true);
      expect(opened.keyCiphers).toEqual(['3DES']);
      expect(opened.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    });

    it('second run: the .pfx is there, so it says "Already done" and calls nothing', () => {
      const result = run(`${variant.id}/second`);
      expect(result.error).toBeNull();
      expect(result.exitCode).toBe(0);
      expect(result.output).toEqual([says.alreadyDone(file(`${variant.id}/second`).pfx)]);
      expect(result.calls).toEqual([]);
      expect(result.readHostPrompts).toEqual([]);
      expect(result.stateAfter).toEqual(run(`${variant.id}/first`).stateAfter);
    });

    it('a CA that leaves the request pending: stops with its message and a non-zero exit, installs and exports nothing', () => {
      const result = run(`${variant.id}/pending`);
      const f = file(`${variant.id}/pending`);
      expect(result.error?.message).toBe(says.pending(f.cer));
      expect(result.exitCode).toBe(1);
      expect(certreqCalls(`${variant.id}/pending`)).toEqual([['-new', '-machine', f.inf, f.req], submitArgs(f)]);
      expect(result.calls.map((call) => call.command)).not.toContain('Export-PfxCertificate');
      expect(stores(`${variant.id}/pending`)['LocalMachine\\My']).toBeUndefined();
      expect([existsSync(f.cer), existsSync(f.pfx)]).toEqual([false, false]);
      expect(caRequests(`${variant.id}/pending`)).toEqual([expect.objectContaining({ status: 'Pending' })]);
    });

    it('a CA that denies the request: stops with its message (certreq\'s exit code in it), installs and exports nothing', () => {
      const result = run(`${variant.id}/denied`);
      const f = file(`${variant.id}/denied`);
      const code = 0x80094014 | 0;
      expect(result.error?.message).toBe(variant.template === undefined ? says.submitFailed(code) : says.submitFailedTemplate(code, variant.template));
      expect(result.exitCode).toBe(1);
      expect(certreqCalls(`${variant.id}/denied`)).toEqual([['-new', '-machine', f.inf, f.req], submitArgs(f)]);
      expect(stores(`${variant.id}/denied`)['LocalMachine\\My']).toBeUndefined();
      expect([existsSync(f.cer), existsSync(f.pfx)]).toEqual([false, false]);
    });

    // English only: the messages are those of the denied runs, which run in both languages.
    const alsoThese = variant.lang === 'en';
    if (alsoThese) it('no CA at the name given: stops with its message, installs and exports nothing', () => {
      const result = run(`${variant.id}/unreachable`);
      const f = file(`${variant.id}/unreachable`);
      expect(result.error?.message).toBe(variant.template === undefined ? says.submitFailed(RPC_S_SERVER_UNAVAILABLE) : says.submitFailedTemplate(RPC_S_SERVER_UNAVAILABLE, variant.template));
      expect(certreqCalls(`${variant.id}/unreachable`)).toEqual([['-new', '-machine', f.inf, f.req], ['-submit', '-config', 'ca99.contoso.com\\Gone CA', f.req, f.cer]]);
      expect(stores(`${variant.id}/unreachable`)['LocalMachine\\My']).toBeUndefined();
      expect(existsSync(f.pfx)).toBe(false);
    });

    if (alsoThese) it('a certificate for a request made on another computer: -accept fails, the script stops with its message, exports nothing', () => {
      const result = run(`${variant.id}/elsewhere`);
      const f = file(`${variant.id}/elsewhere`);
      expect(result.output).toEqual([says.existingRequest(f.req), says.issuedCertificate(f.cer)]);
      expect(result.error?.message).toBe(says.acceptFailed(CRYPT_E_NOT_FOUND));
      expect(certreqCalls(`${variant.id}/elsewhere`)).toEqual([['-accept', '-machine', f.cer]]);
      expect(result.readHostPrompts).toEqual([]);
      expect(existsSync(f.pfx)).toBe(false);
    });
  });

  describe('an enterprise CA and the wizard\'s request, which names no template', () => {
    it.each(LANGS)('%s: the CA refuses it (no template), and the message says to pass -CertificateTemplate', (lang) => {
      const id = `wizard-vmss.${lang}/enterprise`;
      expect(run(id).error?.message).toBe(SAYS[lang].submitFailed(CERTSRV_E_NO_CERT_TYPE));
      expect(caRequests(id)).toEqual([expect.objectContaining({ status: 'Denied', template: null, hresult: CERTSRV_E_NO_CERT_TYPE })]);
    });

    it.each(LANGS)('%s: with -CertificateTemplate, certreq -submit -attrib names it and the CA issues the certificate', (lang) => {
      const id = `wizard-vmss.${lang}/enterprise-template`;
      const f = file(id);
      expect(run(id).error).toBeNull();
      expect(certreqCalls(id)).toEqual([['-new', '-machine', f.inf, f.req], ['-submit', '-attrib', 'CertificateTemplate:CmgServer', f.req, f.cer], ['-accept', '-machine', f.cer]]);
      expect(caRequests(id)).toEqual([expect.objectContaining({ status: 'Issued', template: 'CmgServer' })]);
      expect(existsSync(f.pfx)).toBe(true);
    });

    it.each(LANGS)('%s: a template the CA does not publish: the message names it', (lang) => {
      const id = `wizard-vmss.${lang}/enterprise-wrong-template`;
      expect(run(id).error?.message).toBe(SAYS[lang].submitFailedTemplate(CERTSRV_E_UNSUPPORTED_CERT_TYPE, 'WebServer'));
    });
  });

  describe('hostile template names', () => {
    it.each(LANGS)('%s: the template reaches the CA byte for byte through the INF (percent signs and semicolons included) and the certificate is exported', (lang) => {
      const id = `cli-hostile.${lang}/first`;
      expect(run(id).error).toBeNull();
      expect(caRequests(id)).toEqual([expect.objectContaining({ status: 'Issued', template: HOSTILE_TEMPLATE, attributes: { CertificateTemplate: HOSTILE_TEMPLATE } })]);
      expect((stores(id)['LocalMachine\\My']?.[0]?.request as Record<string, unknown>).attributes).toEqual({ CertificateTemplate: HOSTILE_TEMPLATE });
      expect(existsSync(file(id).pfx)).toBe(true);
      expect(run(`cli-hostile.${lang}/second`).output).toEqual([SAYS[lang].alreadyDone(file(id).pfx)]);
    });

    it.each(LANGS)('%s: a CA that does not publish it: the message quotes it byte for byte', (lang) => {
      expect(run(`cli-hostile.${lang}/denied`).error?.message).toBe(SAYS[lang].submitFailedTemplate(CERTSRV_E_UNSUPPORTED_CERT_TYPE, HOSTILE_TEMPLATE));
    });

    it('the wizard\'s hostile answers do not reach the request script: only the (validated) service name does', () => {
      for (const base of [vmssPublic, classicUsGov]) {
        for (const lang of LANGS) {
          const plain = planAtPlace(serverCertificate, { answers: { ...base, serverCertPath: undefined }, now: NOW, lang }).artifacts;
          const evil = planAtPlace(serverCertificate, { answers: { ...hostile(base), serverCertPath: undefined }, now: NOW, lang }).artifacts;
          expect(evil.map((artifact) => artifact.content)).toEqual(plain.map((artifact) => artifact.content));
        }
      }
    });
  });

  describe('re-runs and certificates that are not the one requested', () => {
    it('another certificate for the same name, expiring later, is in the store: the export takes the one just issued', () => {
      const id = 'cli-vmss-template.en/other-certificate';
      const exported = run(id).calls.find((call) => call.command === 'Export-PfxCertificate');
      expect(exported?.parameters.Cert).toEqual({ certificate: 'CN=contosocmg.contoso.com', thumbprint: issuedThumbprint(id) });
      expect(openPfx(file(id).pfx, PFX_PASSWORD, { serviceName: 'contosocmg.contoso.com', model: 'vmss' }).leaf.fingerprint.replaceAll(':', '')).toBe(issuedThumbprint(id));
    });

    it('an empty password stops the export; the next run finds the certificate installed: no certreq call, then the export', () => {
      const first = run('cli-vmss-template.en/empty-password');
      expect(first.error?.message).toBe(SAYS.en.pfxPasswordEmpty);
      const rerun = run('cli-vmss-template.en/rerun');
      const f = file('cli-vmss-template.en/rerun');
      const thumbprint = issuedThumbprint('cli-vmss-template.en/empty-password');
      expect(rerun.error).toBeNull();
      expect(rerun.calls.map((call) => call.command)).toEqual(['Get-ChildItem', 'Get-ChildItem', 'Export-PfxCertificate']);
      expect(rerun.output).toEqual([SAYS.en.existingRequest(f.req), SAYS.en.issuedCertificate(f.cer), SAYS.en.alreadyInstalled('CN=contosocmg.contoso.com', thumbprint), SAYS.en.exported(f.pfx, thumbprint)]);
    });

    it('a template that takes the subject from Active Directory: the script stops before installing a certificate that is not the CMG\'s', () => {
      const id = 'cli-vmss-template.en/directory-subject';
      const f = file(id);
      expect(run(id).error?.message).toBe(SAYS.en.wrongSubject('CN=CM01.contoso.com', 'CN=contosocmg.contoso.com', f.cer));
      expect(certreqCalls(id).map((args) => args[0])).toEqual(['-new', '-submit']);
      expect(stores(id)['LocalMachine\\My']).toBeUndefined();
    });

    it('pending, retrieved by hand with certreq -retrieve as the message says, then the script again: it installs and exports that certificate', () => {
      const f = file('cli-vmss-template.en/pending-retrieved');
      expect(run('cli-vmss-template.en/pending-first').error?.message).toBe(SAYS.en.pending(f.cer));
      expect(run('cli-vmss-template.en/retrieve').exitCode).toBe(0);
      const result = run('cli-vmss-template.en/pending-retrieved');
      expect(result.error).toBeNull();
      expect(certreqCalls('cli-vmss-template.en/pending-retrieved')).toEqual([['-accept', '-machine', f.cer]]);
      expect(result.output).toEqual([SAYS.en.existingRequest(f.req), SAYS.en.issuedCertificate(f.cer), SAYS.en.exported(f.pfx, issuedThumbprint('cli-vmss-template.en/pending-retrieved'))]);
    });
  });
});
