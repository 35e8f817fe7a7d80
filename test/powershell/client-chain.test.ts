/**
 * Step 2's Export-CmgClientChain.ps1 end to end against the stand-in's Cert:\LocalMachine\My and
 * the machine's Root and CA stores (where X509Chain looks): as the wizard plans it for the vmss and
 * the classic scenario, in English and French. Run with -WhatIf, for real, a second time (nothing
 * rewritten), without a usable client certificate, with several, with one whose chain stops at
 * itself, and with certificates whose names hold what breaks naive quoting (the script takes no
 * answer of the admin's: certificate names are the only outside text it prints).
 */
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientRoot } from '../../src/steps/client-root/index.ts';
import { LANGS, type Lang } from '../../src/model/lang.ts';
import { forgePfx, hierarchy, makeCertificate, makeLeaf, NOW, PASSWORD, rsaKey, type TestCertificate } from '../support/certificates.ts';
import { describePowerShell, runBatch, type StandInResult, type StandInRun, type StandInSeed } from '../support/powershell.ts';
import { classicUsGov, vmssPublic } from '../emit/scenarios.ts';
import { workspace, type Workspace } from './fixtures.ts';
import { parseCheckRun, parseFindings, writeStepArtifacts } from './certificate-fixtures.ts';

const SCRIPT = '02-client-root/Export-CmgClientChain.ps1';
/** Midday UTC: the script prints dates in the machine's time zone, and midday stays on its day from UTC-11 to UTC+11. */
const at = (date: string) => new Date(`${date}T12:00:00Z`);
const OLD = new Date('2000-01-01T00:00:00Z');

const SAYS = {
  en: {
    whatIf: (action: string, target: string) => `What if: Performing the operation "${action}" on target "${target}".`,
    createFolder: 'Create the output folder',
    exportAction: (kind: string, subject: string) => `Export the ${kind} certificate ${subject}`,
    client: (subject: string, thumbprint: string, expires: string) => `Client certificate: ${subject}, thumbprint ${thumbprint}, expires ${expires}`,
    line: (kind: string, subject: string, thumbprint: string, expires: string, path: string) => `${kind}: ${subject}, thumbprint ${thumbprint}, expires ${expires}, file ${path}`,
    exported: '    exported',
    alreadyExported: '    already exported',
    noCertificate: 'No certificate with Client Authentication in LocalMachine\\My: enrol the client certificate first.',
    several: (count: number) => `${count} client authentication certificates found; using the one that expires last.`,
    chainShort: 'The chain holds only the client certificate: install its issuing CA certificates on this machine and run again.',
  },
  fr: {
    whatIf: (action: string, target: string) => `What if: Performing the operation "${action}" on target "${target}".`,
    createFolder: 'Créer le dossier de sortie',
    exportAction: (kind: string, subject: string) => `Exporter le certificat ${subject} (${kind})`,
    client: (subject: string, thumbprint: string, expires: string) => `Certificat client : ${subject}, empreinte ${thumbprint}, expire le ${expires}`,
    line: (kind: string, subject: string, thumbprint: string, expires: string, path: string) => `${kind} : ${subject}, empreinte ${thumbprint}, expire le ${expires}, fichier ${path}`,
    exported: '    exporté',
    alreadyExported: '    déjà exporté',
    noCertificate: 'Aucun certificat avec Authentification du client dans LocalMachine\\My : inscrivez d\'abord le certificat client.',
    several: (count: number) => `${count} certificats d'authentification client trouvés ; utilisation de celui qui expire le plus tard.`,
    chainShort: 'La chaîne ne contient que le certificat client : installez sur cette machine les certificats des autorités de certification émettrices, puis relancez le script.',
  },
} as const;

const thumbprint = (certificate: TestCertificate) => createHash('sha1').update(certificate.der).digest('hex').toUpperCase();
/** A date as the script's {n:yyyy-MM-dd} shows it: in the time zone the harness runs in (the test's own). */
const shown = (certificate: TestCertificate) => {
  const date = new Date(new X509Certificate(certificate.der).validTo);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

interface Scenario {
  id: string;
  lang: Lang;
  script: string;
}

describePowerShell(`${SCRIPT} (step 2) against the stand-in`, () => {
  let space: Workspace;
  const scenarios: Scenario[] = [];
  const results = new Map<string, StandInResult>();
  const folders = new Map<string, string>();
  const { root, intermediate } = hierarchy(NOW);
  // Valid for ten years: the script's own chain building reads the real clock, not the stand-in's.
  const client = makeLeaf({ now: NOW, commonName: 'client01.contoso.com', ekus: ['clientAuth'], notAfter: at('2036-02-27'), key: rsaKey(2048, 3) });
  const olderClient = makeLeaf({ now: NOW, commonName: 'client01-old.contoso.com', ekus: ['clientAuth'], notAfter: at('2030-06-01'), key: rsaKey(2048, 3) });
  const serverOnly = makeLeaf({ now: NOW, commonName: 'server01.contoso.com', ekus: ['serverAuth'], notAfter: at('2036-02-27'), key: rsaKey(2048, 3) });
  const expired = makeLeaf({ now: NOW, commonName: 'client01-expired.contoso.com', ekus: ['clientAuth'], notBefore: at('2024-01-01'), notAfter: at('2025-12-31'), key: rsaKey(2048, 3) });
  const selfSigned = makeCertificate({ now: NOW, commonName: 'client01-self.contoso.com', ekus: ['clientAuth'], notAfter: at('2036-02-27'), key: rsaKey(2048, 3), issuer: 'self' });
  // Names holding PowerShell's quotes, format items, subexpressions and comment markers.
  const hostileRoot = makeCertificate({ now: NOW, isCa: true, utf8Name: true, commonName: "Root ‘CA’ {0} $(Write-Output INJECTED) #> <#", key: rsaKey(2048, 0), issuer: 'self', notAfter: at('2036-02-20') });
  const hostileIssuing = makeCertificate({ now: NOW, isCa: true, utf8Name: true, commonName: "Issuing it’s ${env:PATH} @' '@ | & `n", key: rsaKey(2048, 1), issuer: hostileRoot, notAfter: at('2031-02-27') });
  const hostileClient = makeLeaf({ now: NOW, utf8Name: true, commonName: "client’s {1} $(Remove-Item C:\\) #>", dnsNames: ['client02.contoso.com'], ekus: ['clientAuth'], notAfter: at('2030-02-27'), key: rsaKey(2048, 3), issuer: hostileIssuing });

  const pfx = (name: string, certificate: TestCertificate) => ({ pfx: space.write(`certs/${name}.pfx`, forgePfx({ key: certificate.key, certificates: [certificate], password: PASSWORD, algorithm: '3des' })), password: PASSWORD });
  const trusted = () => ({ 'LocalMachine\\Root': [{ cer: space.write('certs/root.cer', root.der) }], 'LocalMachine\\CA': [{ cer: space.write('certs/issuing.cer', intermediate.der) }] });
  const seed = (my: Array<{ pfx: string; password: string } | { cer: string }>, stores = trusted()): StandInSeed => ({ certificates: { 'LocalMachine\\My': my, ...stores } });
  const out = (id: string) => {
    const folder = space.path('out', id);
    folders.set(id, folder);
    return folder;
  };

  beforeAll(async () => {
    space = workspace();
    for (const [name, answers] of [['vmss', vmssPublic], ['classic', classicUsGov]] as const) {
      for (const lang of LANGS) {
        const written = writeStepArtifacts(space, clientRoot, answers, lang, `scripts/${name}.${lang}`);
        scenarios.push({ id: `${name}.${lang}`, lang, script: written.get(SCRIPT) as string });
      }
    }
    // Between the first and the second run: every file's time set back, so a rewrite would show.
    const touch = space.write('touch.ps1', "param([string] $Folder)\r\nforeach ($file in [System.IO.Directory]::GetFiles($Folder)) { [System.IO.File]::SetLastWriteTimeUtc($file, [datetime]::new(2000, 1, 1, 0, 0, 0, [System.DateTimeKind]::Utc)) }\r\n");
    const clientPfx = pfx('client', client);
    const runs: StandInRun[] = [parseCheckRun(scenarios.map((scenario) => scenario.script))];
    for (const { id, lang, script } of scenarios) {
      runs.push({ id: `${id}/what-if`, script, parameters: { OutputFolder: out(`${id}/what-if`) }, whatIf: true, siteVersion: '2403', seed: seed([clientPfx]) });
      runs.push({ id: `${id}/first`, script, parameters: { OutputFolder: out(`${id}/first`) }, siteVersion: '2403', seed: seed([clientPfx]) });
      runs.push({ id: `${id}/touch`, script: touch, parameters: { Folder: folders.get(`${id}/first`) }, siteVersion: '2403' });
      runs.push({ id: `${id}/second`, script, parameters: { OutputFolder: folders.get(`${id}/first`) }, siteVersion: '2403', seedFrom: `${id}/first` });
      runs.push({ id: `${id}/none`, script, parameters: { OutputFolder: out(`${id}/none`) }, siteVersion: '2403', seed: seed([]) });
      runs.push({ id: `${id}/hostile`, script, parameters: { OutputFolder: out(`${id}/hostile`) }, siteVersion: '2403', seed: seed([pfx('hostile-client', hostileClient)], { 'LocalMachine\\Root': [{ cer: space.write('certs/hostile-root.cer', hostileRoot.der) }], 'LocalMachine\\CA': [{ cer: space.write('certs/hostile-issuing.cer', hostileIssuing.der) }] }) });
      if (lang === 'en') {
        // Only certificates the CMG cannot use: server authentication only, expired, no private key.
        runs.push({ id: `${id}/unusable`, script, parameters: { OutputFolder: out(`${id}/unusable`) }, siteVersion: '2403', seed: seed([pfx('server-only', serverOnly), pfx('expired', expired), { cer: space.write('certs/client.cer', client.der) }]) });
        runs.push({ id: `${id}/several`, script, parameters: { OutputFolder: out(`${id}/several`) }, siteVersion: '2403', seed: seed([pfx('older', olderClient), clientPfx]) });
        runs.push({ id: `${id}/self-signed`, script, parameters: { OutputFolder: out(`${id}/self-signed`) }, siteVersion: '2403', seed: seed([pfx('self-signed', selfSigned)]) });
        // The default folder, .\cmg-client-chain, from where the admin runs the script.
        runs.push({ id: `${id}/default-folder`, script, cwd: space.path('cwd', id), siteVersion: '2403', seed: seed([clientPfx]) });
        space.write(join('cwd', id, '.keep'), '');
      }
    }
    for (const result of (await runBatch(runs)).results) results.set(result.id as string, result);
  }, 300_000);

  afterAll(() => space?.remove());

  const run = (id: string): StandInResult => {
    const result = results.get(id);
    if (!result) throw new Error(`no run ${id}`);
    return result;
  };
  const files = (folder: string) => (existsSync(folder) ? readdirSync(folder).sort() : []);

  it('PowerShell\'s own parser reads every variant without an error, and none uses what Windows PowerShell 5.1 lacks', () => {
    expect(parseFindings(run('parse'))).toEqual([]);
  });

  it('the vmss and classic scenarios plan the same script in each language', () => {
    for (const lang of LANGS) expect(readFileSync(scenarios.find((s) => s.id === `vmss.${lang}`)!.script, 'utf8')).toBe(readFileSync(scenarios.find((s) => s.id === `classic.${lang}`)!.script, 'utf8'));
  });

  describe.each(['vmss.en', 'vmss.fr', 'classic.en', 'classic.fr'])('%s', (id) => {
    const says = SAYS[id.endsWith('.fr') ? 'fr' : 'en'];
    const rootFile = (folder: string) => join(folder, `root-${thumbprint(root)}.cer`);
    const issuingFile = (folder: string) => join(folder, `intermediate-${thumbprint(intermediate)}.cer`);
    const clientLine = says.client('CN=client01.contoso.com', thumbprint(client), shown(client));
    const issuingLine = (folder: string) => says.line('intermediate', 'CN=Contoso Test Issuing CA', thumbprint(intermediate), shown(intermediate), issuingFile(folder));
    const rootLine = (folder: string) => says.line('root', 'CN=Contoso Test Root CA', thumbprint(root), shown(root), rootFile(folder));

    it('-WhatIf: names the certificate, says what it would create and export, writes nothing', () => {
      const result = run(`${id}/what-if`);
      const folder = folders.get(`${id}/what-if`) as string;
      expect(result.error).toBeNull();
      expect(result.exitCode).toBe(0);
      expect(result.output).toEqual([
        clientLine,
        says.whatIf(says.createFolder, folder),
        issuingLine(folder),
        says.whatIf(says.exportAction('intermediate', 'CN=Contoso Test Issuing CA'), issuingFile(folder)),
        rootLine(folder),
        says.whatIf(says.exportAction('root', 'CN=Contoso Test Root CA'), rootFile(folder)),
      ]);
      expect(result.calls.map((call) => [call.command, call.parameters])).toEqual([['Get-ChildItem', { LiteralPath: ['Cert:\\LocalMachine\\My'] }]]);
      expect(existsSync(folder)).toBe(false);
    });

    it('first run: reads LocalMachine\\My once, writes the chain above the client certificate as DER: its issuing CA and its root, nothing else', () => {
      const result = run(`${id}/first`);
      const folder = folders.get(`${id}/first`) as string;
      expect(result.error).toBeNull();
      expect(result.exitCode).toBe(0);
      expect(result.warnings).toEqual([]);
      expect(result.calls.map((call) => [call.command, call.parameters, call.performed])).toEqual([['Get-ChildItem', { LiteralPath: ['Cert:\\LocalMachine\\My'] }, null]]);
      expect(result.output).toEqual([clientLine, issuingLine(folder), says.exported, rootLine(folder), says.exported]);
      expect(files(folder)).toEqual([`intermediate-${thumbprint(intermediate)}.cer`, `root-${thumbprint(root)}.cer`]);
      expect(readFileSync(issuingFile(folder)).equals(intermediate.der)).toBe(true);
      expect(readFileSync(rootFile(folder)).equals(root.der)).toBe(true);
    });

    it('second run: both files are there with the same bytes: "already exported", nothing rewritten', () => {
      const result = run(`${id}/second`);
      const folder = folders.get(`${id}/first`) as string;
      expect(run(`${id}/touch`).error).toBeNull();
      expect(result.error).toBeNull();
      expect(result.output).toEqual([clientLine, issuingLine(folder), says.alreadyExported, rootLine(folder), says.alreadyExported]);
      expect(files(folder).map((name) => statSync(join(folder, name)).mtime.getTime())).toEqual([OLD.getTime(), OLD.getTime()]);
    });

    it('no client certificate in LocalMachine\\My: stops with its message and a non-zero exit, creates nothing', () => {
      const result = run(`${id}/none`);
      expect(result.error?.message).toBe(says.noCertificate);
      expect(result.exitCode).toBe(1);
      expect(result.output).toEqual([]);
      expect(existsSync(folders.get(`${id}/none`) as string)).toBe(false);
    });

    it('hostile certificate names: printed byte for byte, the files named by thumbprint, the same bytes written', () => {
      const result = run(`${id}/hostile`);
      const folder = folders.get(`${id}/hostile`) as string;
      expect(result.error).toBeNull();
      const rootPath = join(folder, `root-${thumbprint(hostileRoot)}.cer`);
      const issuingPath = join(folder, `intermediate-${thumbprint(hostileIssuing)}.cer`);
      expect(result.output).toEqual([
        says.client('CN="client’s {1} $(Remove-Item C:\\) #>"', thumbprint(hostileClient), shown(hostileClient)),
        says.line('intermediate', "CN=Issuing it’s ${env:PATH} @' '@ | & `n", thumbprint(hostileIssuing), shown(hostileIssuing), issuingPath),
        says.exported,
        says.line('root', 'CN="Root ‘CA’ {0} $(Write-Output INJECTED) #> <#"', thumbprint(hostileRoot), shown(hostileRoot), rootPath),
        says.exported,
      ]);
      expect(readFileSync(rootPath).equals(hostileRoot.der) && readFileSync(issuingPath).equals(hostileIssuing.der)).toBe(true);
    });
  });

  describe('which certificate (English)', () => {
    it.each(['vmss.en', 'classic.en'])('%s: server-only, expired and key-less certificates are not client certificates: stops with its message', (id) => {
      expect(run(`${id}/unusable`).error?.message).toBe(SAYS.en.noCertificate);
      expect(existsSync(folders.get(`${id}/unusable`) as string)).toBe(false);
    });

    it.each(['vmss.en', 'classic.en'])('%s: several client certificates: says so and takes the one that expires last', (id) => {
      const result = run(`${id}/several`);
      expect(result.error).toBeNull();
      expect(result.output.slice(0, 2)).toEqual([SAYS.en.several(2), SAYS.en.client('CN=client01.contoso.com', thumbprint(client), shown(client))]);
    });

    it.each(['vmss.en', 'classic.en'])('%s: a self-signed client certificate: warns that the chain is only itself, exports nothing', (id) => {
      const result = run(`${id}/self-signed`);
      expect(result.error).toBeNull();
      expect(result.warnings.at(-1)).toBe(SAYS.en.chainShort);
      expect(files(folders.get(`${id}/self-signed`) as string)).toEqual([]);
    });

    it.each(['vmss.en', 'classic.en'])('%s: the default folder is .\\cmg-client-chain where the admin runs it', (id) => {
      const result = run(`${id}/default-folder`);
      expect(result.error).toBeNull();
      expect(files(space.path('cwd', id, 'cmg-client-chain'))).toEqual([`intermediate-${thumbprint(intermediate)}.cer`, `root-${thumbprint(root)}.cer`]);
    });
  });
});
