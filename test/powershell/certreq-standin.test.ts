/**
 * The stand-in pieces steps 1-3 added, each proved on a small script against the page it follows:
 * certreq.exe's INF reading (the INF syntax rules), its switches, its machine context and CA
 * choice; Export-PfxCertificate's parameters; the calling script's -WhatIf and
 * $ErrorActionPreference reaching the stand-in's functions as they reach a compiled cmdlet.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { decodeCertificateFile } from '../../src/certs/decode.ts';
import { describePowerShell, runBatch, type StandInResult, type StandInRun } from '../support/powershell.ts';
import { forgePfx, makeLeaf, NOW, PASSWORD } from '../support/certificates.ts';
import { siteSeed, workspace, type Workspace } from './fixtures.ts';
import { authority, machineSeed, testCa, type TestCa } from './certificate-fixtures.ts';
import { classicUsGov } from '../emit/scenarios.ts';

const CA = 'ca01.contoso.com\\Contoso Issuing CA';

/** A policy file using what the INF rules allow: [Strings] tokens, %% and "" in quoted values, comments, a continued line. */
const INF = [
  '[Version]',
  'Signature="$Windows NT$"',
  '',
  '[Strings]',
  'szTemplate = "Cmg;Server"',
  '',
  '[NewRequest]',
  'Subject = "CN=a.contoso.com" ; the CMG name',
  'Exportable = TRUE',
  'MachineKeySet = TRUE',
  'KeyLength = \\',
  '2048',
  'HashAlgorithm = SHA256',
  'KeyUsage = "CERT_DIGITAL_SIGNATURE_KEY_USAGE | CERT_KEY_ENCIPHERMENT_KEY_USAGE"',
  '',
  '[Extensions]',
  '2.5.29.17 = "{text}"',
  '_continue_ = "dns=a.contoso.com&"',
  '_continue_ = "dns=b.contoso.com&"',
  '',
  '[RequestAttributes]',
  'CertificateTemplate = %szTemplate%',
  'Note = "100%% ""quoted"" ; not a comment"',
  '',
].join('\r\n');

describePowerShell('the stand-in of steps 1-3: certreq.exe, the CA, Export-PfxCertificate, the caller\'s preferences', () => {
  let space: Workspace;
  let ca: TestCa;
  const results = new Map<string, StandInResult>();
  const script = (name: string, lines: string[]) => space.write(`scripts/${name}.ps1`, `${lines.join('\r\n')}\r\n`);

  beforeAll(async () => {
    space = workspace();
    ca = testCa(space);
    space.write('out/.keep', '');
    const inf = space.write('inf/rules.inf', INF);
    const lonePercent = space.write('inf/lone-percent.inf', INF.replace('Note = "100%% ', 'Note = "100% '));
    const unknownKey = space.write('inf/unknown-key.inf', INF.replace('Exportable = TRUE', 'Exportible = TRUE'));
    const userKeys = space.write('inf/user.inf', INF.replace('MachineKeySet = TRUE', 'MachineKeySet = FALSE'));
    const leaf = makeLeaf({ now: NOW, commonName: 'a.contoso.com' });
    const leafPfx = space.write('certs/leaf.pfx', forgePfx({ key: leaf.key, certificates: [leaf], password: PASSWORD, algorithm: '3des' }));
    const seed = machineSeed(ca, [authority(ca, CA)]);
    const my = (exportable?: boolean) => machineSeed(ca, [], { certificates: { 'LocalMachine\\My': [{ pfx: leafPfx, password: PASSWORD, ...(exportable === undefined ? {} : { exportable }) }] } });
    const exportLine = (extra: string) => `Export-PfxCertificate -Cert (Get-ChildItem -Path Cert:\\LocalMachine\\My | Select-Object -First 1) -FilePath $Path -Password (ConvertTo-SecureString -String 'x' -AsPlainText -Force)${extra} | Out-Null`;
    const runs: StandInRun[] = [
      { id: 'inf-rules', script: script('new', ['param($Inf, $Req)', 'certreq.exe -new -machine $Inf $Req']), parameters: { Inf: inf, Req: space.path('out/rules.req') }, siteVersion: '2403', seed },
      { id: 'lone-percent', script: script('new', ['param($Inf, $Req)', 'certreq.exe -new -machine $Inf $Req']), parameters: { Inf: lonePercent, Req: space.path('out/lone.req') }, siteVersion: '2403', seed },
      { id: 'unknown-key', script: script('new', ['param($Inf, $Req)', 'certreq.exe -new -machine $Inf $Req']), parameters: { Inf: unknownKey, Req: space.path('out/unknown.req') }, siteVersion: '2403', seed },
      { id: 'machine-vs-inf', script: script('new', ['param($Inf, $Req)', 'certreq.exe -new -machine $Inf $Req']), parameters: { Inf: userKeys, Req: space.path('out/user.req') }, siteVersion: '2403', seed },
      { id: 'unknown-switch', script: script('bogus', ['certreq.exe -new -machine -silently a.inf a.req']), siteVersion: '2403', seed },
      {
        id: 'two-cas-no-config',
        script: script('submit', ['param($Inf, $Req, $Cer)', 'certreq.exe -new -machine $Inf $Req', 'certreq.exe -submit $Req $Cer']),
        parameters: { Inf: inf, Req: space.path('out/two.req'), Cer: space.path('out/two.cer') },
        siteVersion: '2403',
        seed: machineSeed(ca, [authority(ca, CA), authority(ca, 'ca02.contoso.com\\Other CA')]),
      },
      { id: 'export-aes-end-entity', script: script('export-aes', ['param($Path)', exportLine(' -CryptoAlgorithmOption AES256_SHA256 -ChainOption EndEntityCertOnly')]), parameters: { Path: space.path('out/aes.pfx') }, siteVersion: '2403', seed: my() },
      { id: 'export-no-clobber', script: script('export-no-clobber', ['param($Path)', exportLine(''), exportLine(' -NoClobber')]), parameters: { Path: space.path('out/twice.pfx') }, siteVersion: '2403', seed: my() },
      { id: 'export-no-password', script: script('export-no-password', ['param($Path)', 'Export-PfxCertificate -Cert (Get-ChildItem -Path Cert:\\LocalMachine\\My | Select-Object -First 1) -FilePath $Path']), parameters: { Path: space.path('out/none.pfx') }, siteVersion: '2403', seed: my() },
      { id: 'export-not-exportable', script: script('export-ne', ['param($Path)', exportLine('')]), parameters: { Path: space.path('out/ne.pfx') }, siteVersion: '2403', seed: my(false) },
      // A script run with -WhatIf that calls the cmdlet without its own ShouldProcess: the cmdlet says "What if" and writes nothing.
      { id: 'export-script-what-if', script: script('export-what-if', ['[CmdletBinding(SupportsShouldProcess)]', 'param($Path)', exportLine('')]), parameters: { Path: space.path('out/what-if.pfx') }, whatIf: true, siteVersion: '2403', seed: my() },
      // $ErrorActionPreference = 'Stop' makes New-CimSession's error stop the script; -ErrorAction SilentlyContinue does not.
      { id: 'cim-stop', script: script('cim-stop', ["$ErrorActionPreference = 'Stop'", "$s = New-CimSession -ComputerName 'gone.fabrikam.gov' -SessionOption (New-CimSessionOption -Protocol Dcom)", "Write-Host 'after'"]), siteVersion: '1706', seed: siteSeed(classicUsGov) },
      { id: 'cim-silently', script: script('cim-silently', ["$ErrorActionPreference = 'Stop'", "$s = New-CimSession -ComputerName 'gone.fabrikam.gov' -SessionOption (New-CimSessionOption -Protocol Dcom) -ErrorAction SilentlyContinue", "Write-Host ('after ' + ($null -eq $s))"]), siteVersion: '1706', seed: siteSeed(classicUsGov) },
    ];
    for (const result of (await runBatch(runs)).results) results.set(result.id as string, result);
  }, 300_000);

  afterAll(() => space?.remove());

  const run = (id: string): StandInResult => results.get(id) as StandInResult;
  const certreqCall = (id: string, index = 0) => run(id).calls.filter((call) => call.command === 'certreq.exe')[index];
  const requests = (id: string) => (run(id).stateAfter.certificates as Record<string, Array<{ request: Record<string, unknown> }>>)['LocalMachine\\REQUEST'] ?? [];

  it('certreq -new reads the INF by the INF rules: [Strings] tokens, %% and "" in quoted values, ; inside quotes, a continued line', () => {
    expect(certreqCall('inf-rules')).toMatchObject({ performed: true, exitCode: 0 });
    expect(run('inf-rules').pipeline).toEqual(['CertReq: Request Created']);
    expect(requests('inf-rules').map((entry) => entry.request)).toEqual([
      expect.objectContaining({ subject: 'CN=a.contoso.com', keyLength: 2048, keyUsage: 0xa0, san: ['dns=a.contoso.com', 'dns=b.contoso.com'], attributes: { CertificateTemplate: 'Cmg;Server', Note: '100% "quoted" ; not a comment' } }),
    ]);
    expect(readFileSync(space.path('out/rules.req'), 'latin1')).toMatch(/^-----BEGIN NEW CERTIFICATE REQUEST-----\r\n[A-Za-z0-9+/=\r\n]+-----END NEW CERTIFICATE REQUEST-----\r\n$/);
  });

  it.each([
    ['lone-percent', 'a lone % (INF rules: a percent sign is %%)', -2147024883],
    ['unknown-key', 'a [NewRequest] key the certreq page does not list', -2147024883],
    ['machine-vs-inf', '-machine with MachineKeySet = FALSE (the page: "it must be consistent")', -2147024809],
    ['unknown-switch', 'a switch the certreq page does not list', -2147024809],
  ])('certreq -new refuses %s: its HRESULT as exit code, no request', (id, _what, code) => {
    expect(certreqCall(id)).toMatchObject({ performed: false, exitCode: code });
    expect(run(id).exitCode).toBe(code);
    expect(requests(id)).toEqual([]);
  });

  it('certreq -submit without -config and with two CAs would ask which one: the stand-in fails as cancelled', () => {
    expect(certreqCall('two-cas-no-config', 1)).toMatchObject({ performed: false, exitCode: 0x800704c7 | 0 });
  });

  it('Export-PfxCertificate: -CryptoAlgorithmOption AES256_SHA256 and -ChainOption EndEntityCertOnly give an AES-encrypted key and the certificate alone', () => {
    expect(run('export-aes-end-entity').error).toBeNull();
    const outcome = decodeCertificateFile(readFileSync(space.path('out/aes.pfx')), 'x');
    expect(outcome.ok && [outcome.file.certificates.length, outcome.file.privateKeys.length, outcome.file.pfx?.keys.map((key) => key.cipher)]).toEqual([1, 1, ['AES-256-CBC']]);
  });

  it('Export-PfxCertificate: -NoClobber refuses an existing file; no -Password (nor -ProtectTo) is an error; a key that is not exportable is refused', () => {
    expect(run('export-no-clobber').error?.errorId).toBe('FileExists,Export-PfxCertificate');
    expect(run('export-no-password').error?.message).toBe('Either -Password or -ProtectTo must be specified.');
    expect(run('export-not-exportable').error?.message).toBe('Cannot export non-exportable private key.');
  });

  it('a script run with -WhatIf reaches Export-PfxCertificate: "What if", nothing written', () => {
    expect(run('export-script-what-if').output).toEqual([`What if: Performing the operation "Export-PfxCertificate" on target "${space.path('out/what-if.pfx')}".`]);
    expect(run('export-script-what-if').calls.find((call) => call.command === 'Export-PfxCertificate')?.performed).toBe(false);
  });

  it('New-CimSession\'s error follows the script\'s $ErrorActionPreference (Stop) and -ErrorAction, as a compiled cmdlet\'s does', () => {
    expect(run('cim-stop').error?.message).toBe('The RPC server is unavailable.');
    expect(run('cim-stop').output).toEqual([]);
    expect(run('cim-silently').error).toBeNull();
    expect(run('cim-silently').output).toEqual(['after True']);
  });
});
