import { describe, expect, it } from 'vitest';
import { certificateRequestScript, type CertificateRequestScriptOptions } from '../../src/emit/certificate-request-script.ts';
import { stepPosition } from '../../src/steps/declarations.ts';
import { parsePowerShell } from '../support/powershell-grammar.ts';
import { HOSTILE } from './scenarios.ts';

const STEP_1 = stepPosition('server-certificate');
const VMSS: CertificateRequestScriptOptions = { step: STEP_1, serviceName: 'GraniteFalls.contoso.com', model: 'vmss', infFileName: 'GraniteFalls.contoso.com.inf' };
const CLASSIC: CertificateRequestScriptOptions = { step: STEP_1, serviceName: 'contosocmg.cloudapp.net', model: 'classic', template: 'CmgServer', infFileName: 'contosocmg.cloudapp.net.inf' };

const PREFIX = ['Set-StrictMode', 'Join-Path', 'Join-Path', 'Join-Path', 'Join-Path', 'Test-Path', 'Write-Host'];
const REQUEST = ['Test-Path', 'Write-Host', 'certreq.exe'];
// Pending (no certificate after -submit) stops the script: a throw, not a warning.
const SUBMIT = ['Test-Path', 'Write-Host', 'certreq.exe', 'certreq.exe', 'Test-Path'];
// The issued .cer is read, then looked for in the store (installed by an earlier run?) before -accept.
const ACCEPT = ['Test-Path', 'Get-ChildItem', 'Where-Object', 'Select-Object', 'Write-Host', 'certreq.exe'];
const FIND = ['Get-ChildItem', 'Where-Object', 'Select-Object', 'Read-Host'];

/** What each script may run, in order: a second check beside the parse, for valid-syntax injection. */
const EXPECTED_COMMANDS = {
  vmss: [...PREFIX, ...REQUEST, ...SUBMIT, ...ACCEPT, ...FIND, 'Export-PfxCertificate', 'Out-Null', 'Write-Host'],
  classic: [...PREFIX, ...REQUEST, ...SUBMIT, ...ACCEPT, ...FIND, 'Get-Command', 'Export-PfxCertificate', 'Out-Null', 'Export-PfxCertificate', 'Out-Null', 'Write-Host'],
};

const lines = (script: string): string[] => script.slice(1).split('\r\n');

describe.each([
  ['vmss', VMSS],
  ['classic', CLASSIC],
] as const)('certificateRequestScript: %s', (model, options) => {
  const script = certificateRequestScript(options);

  it('parses cleanly and runs only the expected commands', async () => {
    const parsed = await parsePowerShell(script);
    expect(parsed.errors).toEqual([]);
    expect(parsed.commands).toEqual(EXPECTED_COMMANDS[model]);
  });

  it('is BOM + CRLF, strict, stops on errors and takes -WhatIf', () => {
    expect(script.startsWith('\uFEFF')).toBe(true);
    expect(script.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines(script)).toEqual(expect.arrayContaining(['[CmdletBinding(SupportsShouldProcess)]', 'Set-StrictMode -Version Latest', "$ErrorActionPreference = 'Stop'"]));
  });

  it('defaults every path to a file next to the script, named after the INF', () => {
    const base = options.infFileName.replace(/\.inf$/, '');
    expect(lines(script)).toEqual(
      expect.arrayContaining([
        `    [string] $InfPath = '${options.infFileName}',`,
        `    [string] $RequestPath = '${base}.req',`,
        `    [string] $CertificatePath = '${base}.cer',`,
        `    [string] $PfxPath = '${base}.pfx',`,
        // Without a template in the INF, the script takes one at run time (an enterprise CA needs it).
        ...(options.template === undefined ? ["    [string] $CertificationAuthority = '',", "    [string] $CertificateTemplate = ''"] : ["    [string] $CertificationAuthority = ''"]),
        '    $InfPath = Join-Path -Path $PSScriptRoot -ChildPath $InfPath',
        '    $PfxPath = Join-Path -Path $PSScriptRoot -ChildPath $PfxPath',
      ]),
    );
  });

  it('runs certreq -new, -submit (with -config only when a CA is given, -attrib only when a template is given at run time) and -accept, checking each exit code', () => {
    const certreq = lines(script).map((line) => line.trim()).filter((line) => line.startsWith('certreq.exe '));
    const attributes = options.template === undefined ? ' @attributes' : '';
    expect(certreq).toEqual([
      'certreq.exe -new -machine $InfPath $RequestPath',
      `certreq.exe -submit -config $CertificationAuthority${attributes} $RequestPath $CertificatePath`,
      `certreq.exe -submit${attributes} $RequestPath $CertificatePath`,
      'certreq.exe -accept -machine $CertificatePath',
    ]);
    if (options.template === undefined) expect(script).toContain("    if ($CertificateTemplate) {\r\n        $attributes = @('-attrib', ('CertificateTemplate:' + $CertificateTemplate))\r\n    }");
    expect(script).toContain('    if ($CertificationAuthority) {\r\n        certreq.exe -submit -config');
    // One exit-code check after -new, after the -submit branches, and after -accept.
    expect(lines(script).filter((line) => line === '    if ($LASTEXITCODE -ne 0) {')).toHaveLength(3);
    for (const step of ['-new', '-submit', '-accept']) expect(script).toContain(`throw ('certreq ${step} failed with exit code {0}.`);
  });

  it('wraps every change in ShouldProcess', () => {
    const guarded = lines(script).filter((line) => line.includes('$PSCmdlet.ShouldProcess('));
    expect(guarded).toHaveLength(4);
  });

  it('checks the issued certificate\'s exact, case-sensitive subject, exports exactly that certificate and reads the password at run time', async () => {
    expect(lines(script)).toContain(`$subject = 'CN=${options.serviceName}'`);
    expect(lines(script)).toEqual(expect.arrayContaining(['    $issued = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new($CertificatePath)', '    if ($issued.Subject -cne $subject) {']));
    expect(script).toContain('        $certificate = Get-ChildItem -Path Cert:\\LocalMachine\\My | Where-Object { $_.Thumbprint -eq $issued.Thumbprint -and $_.HasPrivateKey } | Select-Object -First 1');
    expect(lines(script)).toContain("    $password = Read-Host -Prompt 'Password for the new .pfx file' -AsSecureString");
    const parsed = await parsePowerShell(script);
    expect(parsed.parameters.filter((parameter) => parameter.command === 'Export-PfxCertificate' && parameter.parameter === '-Password')).not.toEqual([]);
    expect(script).not.toMatch(/\[\w+\] \$\w*Password/i); // no parameter carries a password
    expect(script).toMatch(/-Password \$password\b/);
  });
});

describe('the PFX encryption for classic', () => {
  it('classic asks for TripleDES_SHA1 where Export-PfxCertificate has -CryptoAlgorithmOption, and falls back to the plain call', async () => {
    const parsed = await parsePowerShell(certificateRequestScript(CLASSIC));
    expect(parsed.parameters.filter((parameter) => parameter.parameter === '-CryptoAlgorithmOption')).toEqual([{ command: 'Export-PfxCertificate', parameter: '-CryptoAlgorithmOption' }]);
    expect(certificateRequestScript(CLASSIC)).toContain(
      [
        "    if ((Get-Command -Name Export-PfxCertificate).Parameters.ContainsKey('CryptoAlgorithmOption')) {",
        '        Export-PfxCertificate -Cert $certificate -FilePath $PfxPath -Password $password -CryptoAlgorithmOption TripleDES_SHA1 | Out-Null',
        '    }',
        '    else {',
        '        Export-PfxCertificate -Cert $certificate -FilePath $PfxPath -Password $password | Out-Null',
        '    }',
      ].join('\r\n'),
    );
  });

  it('vmss leaves the encryption to Windows', async () => {
    const parsed = await parsePowerShell(certificateRequestScript(VMSS));
    expect(parsed.parameters.filter((parameter) => parameter.parameter === '-CryptoAlgorithmOption')).toEqual([]);
  });
});

describe('hostile values', () => {
  it.each([
    ['vmss', VMSS],
    ['classic', CLASSIC],
  ] as const)('%s: still parses, runs the same commands, and carries each value unchanged as a literal', async (model, options) => {
    const evil: CertificateRequestScriptOptions = {
      ...options,
      serviceName: `${HOSTILE}.contoso.com`,
      infFileName: `${HOSTILE}.inf`,
      ...(options.template === undefined ? {} : { template: `${HOSTILE} template` }),
    };
    const script = certificateRequestScript(evil);
    const parsed = await parsePowerShell(script);
    expect(parsed.errors).toEqual([]);
    expect(parsed.commands).toEqual(EXPECTED_COMMANDS[model]);
    expect(parsed.stringLiterals).toEqual(
      expect.arrayContaining([`CN=${evil.serviceName}`, `${HOSTILE}.inf`, `${HOSTILE}.req`, `${HOSTILE}.cer`, `${HOSTILE}.pfx`, ...(evil.template === undefined ? [] : [evil.template])]),
    );
    // Every occurrence of the hostile text is inside a single-quoted literal.
    expect(script.split('INJECTED').length - 1).toBe(parsed.stringLiterals.filter((literal) => literal.includes('INJECTED')).length);
  });

  it('keeps values out of the comment-based help, where `#>` would end it', () => {
    const script = certificateRequestScript({ ...CLASSIC, serviceName: `${HOSTILE}.contoso.com`, template: HOSTILE, infFileName: `${HOSTILE}.inf` });
    const help = script.slice(0, script.indexOf('#>'));
    expect(help).not.toContain('INJECTED');
  });
});

describe('in French (lang: fr)', () => {
  it.each([
    ['vmss', VMSS],
    ['classic', CLASSIC],
  ] as const)('%s: parses cleanly, runs exactly the English commands, and says everything in French', async (model, options) => {
    const script = certificateRequestScript({ ...options, lang: 'fr' });
    const parsed = await parsePowerShell(script);
    expect(parsed.errors).toEqual([]);
    expect(parsed.commands).toEqual(EXPECTED_COMMANDS[model]);
    expect(script.startsWith('\uFEFF')).toBe(true);
    expect(lines(script)).toEqual(
      expect.arrayContaining([
        'Étape 1 : demande le certificat d\'authentification serveur de la CMG et l\'exporte dans un fichier .pfx.',
        "    $password = Read-Host -Prompt 'Mot de passe du nouveau fichier .pfx' -AsSecureString",
        "    Write-Host ('Déjà fait : {0} existe. Supprimez-le pour exporter de nouveau.' -f $PfxPath)",
      ]),
    );
    // French apostrophes are doubled inside the literals, so the text arrives whole.
    expect(parsed.stringLiterals).toContain("Soumettre la demande à l'autorité de certification (certreq -submit)");
    if (options.template !== undefined) expect(script).toContain("Vérifiez que cet ordinateur peut s''inscrire pour le modèle {1}");
    for (const english of ['Already done', 'Password for the new .pfx file', 'failed with exit code', 'Step 1:', 'Generated by cmg-setup']) expect(script).not.toContain(english);
  });

  it('hostile values: still parses, runs the same commands, and keeps the values as literals', async () => {
    const evil: CertificateRequestScriptOptions = { ...CLASSIC, serviceName: `${HOSTILE}.contoso.com`, template: `${HOSTILE} template`, infFileName: `${HOSTILE}.inf`, lang: 'fr' };
    const script = certificateRequestScript(evil);
    const parsed = await parsePowerShell(script);
    expect(parsed.errors).toEqual([]);
    expect(parsed.commands).toEqual(EXPECTED_COMMANDS.classic);
    expect(parsed.stringLiterals).toEqual(expect.arrayContaining([`CN=${evil.serviceName}`, `${HOSTILE}.inf`, `${HOSTILE} template`]));
    expect(script.split('INJECTED').length - 1).toBe(parsed.stringLiterals.filter((literal) => literal.includes('INJECTED')).length);
  });
});
