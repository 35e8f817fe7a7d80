/**
 * The script that turns the certreq INF into the CMG server certificate .pfx: new request,
 * submit to the CA, accept (install), export with the private key. It runs on a machine with
 * enrollment rights on the template (a site server, or an admin workstation).
 *
 * certreq switches per Microsoft's certreq reference (Windows Commands, certreq_1):
 * -machine makes -new and -accept use the computer context, and -accept needs it when there is
 * no outstanding request (a re-run); -config takes "CAHostName\CAName".
 */
import type { Lang } from '../model/lang.ts';
import { psMessage, psValue, renderScript, scriptTexts, type PsParameter } from './powershell.ts';
import type { StepPosition } from '../model/step.ts';

export interface CertificateRequestScriptOptions {
  /** Step 1's place among the steps (steps/declarations.ts stepPosition), which the synopsis opens with. */
  step: StepPosition;
  /** The CMG service name, the certificate's CN; an already validated FQDN. */
  serviceName: string;
  model: 'vmss' | 'classic';
  /** AD CS template short name written into the INF; named in the error when -submit fails. */
  template?: string;
  /** File name of the INF, which sits next to the script. */
  infFileName: string;
  /** Language of what the script says; English when absent. */
  lang?: Lang;
}

/**
 * certreq.exe resolves a relative path against the process's working directory, which
 * PowerShell does not move with Set-Location, so relative paths are made absolute, next to
 * the script, where the INF is.
 */
function besideScript(variable: string): string[] {
  return [
    `if (-not [System.IO.Path]::IsPathRooted($${variable})) {`,
    `    $${variable} = Join-Path -Path $PSScriptRoot -ChildPath $${variable}`,
    '}',
  ];
}

/** `message` is a catalogue text: {0} is certreq's exit code, further values ({1}, ...) PowerShell expressions. */
function stopOnFailure(message: string, ...values: string[]): string[] {
  return [
    '    if ($LASTEXITCODE -ne 0) {',
    `        throw ${psMessage(message, '$LASTEXITCODE', ...values)}`,
    '    }',
  ];
}

const EXPORT = 'Export-PfxCertificate -Cert $certificate -FilePath $PfxPath -Password $password';

/**
 * Azure Cloud Services (classic) refuses a PFX whose key is encrypted with AES256-SHA256, so
 * classic asks for TripleDES_SHA1 (one of the two values Export-PfxCertificate documents).
 * The parameter is in the Windows Server 2016+ help but not in 2012 R2's; 2012 R2 cannot
 * write AES PFX files at all (PKCS12_PBES2_ALG_AES256_SHA256 needs Windows 10 1709 / Server
 * 2019), so there the plain call already gives TripleDES.
 */
const CLASSIC_EXPORT = [
  "    if ((Get-Command -Name Export-PfxCertificate).Parameters.ContainsKey('CryptoAlgorithmOption')) {",
  `        ${EXPORT} -CryptoAlgorithmOption TripleDES_SHA1 | Out-Null`,
  '    }',
  '    else {',
  `        ${EXPORT} | Out-Null`,
  '    }',
];

/**
 * An enterprise CA refuses a request that names no template (CERTSRV_E_NO_CERT_TYPE, 0x80094801):
 * a request made without --template (the wizard's, or `cert request` for a standalone CA) can name
 * it at run time, with certreq's documented -attrib "Name:Value" option (MS-WCCE 3.1.2.4.2.3: a
 * template name may travel as a request attribute). A template in the INF needs none.
 */
const SUBMIT_WITH_TEMPLATE_PARAMETER = [
  '    $attributes = @()',
  '    if ($CertificateTemplate) {',
  "        $attributes = @('-attrib', ('CertificateTemplate:' + $CertificateTemplate))",
  '    }',
  '    if ($CertificationAuthority) {',
  '        certreq.exe -submit -config $CertificationAuthority @attributes $RequestPath $CertificatePath',
  '    }',
  '    else {',
  '        certreq.exe -submit @attributes $RequestPath $CertificatePath',
  '    }',
];

const SUBMIT = [
  '    if ($CertificationAuthority) {',
  '        certreq.exe -submit -config $CertificationAuthority $RequestPath $CertificatePath',
  '    }',
  '    else {',
  '        certreq.exe -submit $RequestPath $CertificatePath',
  '    }',
];

/** The certificate of the issued .cer in the machine store, with its key: what -accept made (or an earlier run did). */
const INSTALLED = 'Get-ChildItem -Path Cert:\\LocalMachine\\My | Where-Object { $_.Thumbprint -eq $issued.Thumbprint -and $_.HasPrivateKey } | Select-Object -First 1';

export function certificateRequestScript(options: CertificateRequestScriptOptions): string {
  const { serviceName, model, template, infFileName, lang = 'en' } = options;
  const text = scriptTexts(lang).certificateRequest;
  const baseName = infFileName.replace(/\.inf$/i, '');
  const parameters: PsParameter[] = [
    { name: 'InfPath', type: 'string', default: infFileName, help: text.infPathHelp },
    { name: 'RequestPath', type: 'string', default: `${baseName}.req`, help: text.requestPathHelp },
    { name: 'CertificatePath', type: 'string', default: `${baseName}.cer`, help: text.certificatePathHelp },
    { name: 'PfxPath', type: 'string', default: `${baseName}.pfx`, help: text.pfxPathHelp },
    { name: 'CertificationAuthority', type: 'string', default: '', help: text.certificationAuthorityHelp },
    ...(template === undefined ? [{ name: 'CertificateTemplate', type: 'string' as const, default: '', help: text.certificateTemplateHelp }] : []),
  ];
  const submitFailure =
    template === undefined
      ? [
          '    if ($LASTEXITCODE -ne 0 -and $CertificateTemplate) {',
          `        throw ${psMessage(text.submitFailedTemplate, '$LASTEXITCODE', '$CertificateTemplate')}`,
          '    }',
          ...stopOnFailure(text.submitFailed),
        ]
      : stopOnFailure(text.submitFailedTemplate, psValue(template));
  const body = [
    // Compared with -ceq: ConfigMgr treats the CN case-sensitively.
    `$subject = ${psValue(`CN=${serviceName}`)}`,
    ...besideScript('InfPath'),
    ...besideScript('RequestPath'),
    ...besideScript('CertificatePath'),
    ...besideScript('PfxPath'),
    'if (Test-Path -LiteralPath $PfxPath -PathType Leaf) {',
    `    Write-Host ${psMessage(text.alreadyDone, '$PfxPath')}`,
    '    return',
    '}',
    '',
    'if (Test-Path -LiteralPath $RequestPath -PathType Leaf) {',
    `    Write-Host ${psMessage(text.existingRequest, '$RequestPath')}`,
    '}',
    `elseif ($PSCmdlet.ShouldProcess($RequestPath, ${psMessage(text.createAction)})) {`,
    '    certreq.exe -new -machine $InfPath $RequestPath',
    ...stopOnFailure(text.newFailed),
    '}',
    '',
    'if (Test-Path -LiteralPath $CertificatePath -PathType Leaf) {',
    `    Write-Host ${psMessage(text.issuedCertificate, '$CertificatePath')}`,
    '}',
    `elseif ($PSCmdlet.ShouldProcess($RequestPath, ${psMessage(text.submitAction)})) {`,
    ...(template === undefined ? SUBMIT_WITH_TEMPLATE_PARAMETER : SUBMIT),
    ...submitFailure,
    // Pending (or denied with exit code 0): no certificate, and nothing further can be done now.
    '    if (-not (Test-Path -LiteralPath $CertificatePath -PathType Leaf)) {',
    `        throw ${psMessage(text.pending, '$CertificatePath')}`,
    '    }',
    '}',
    '',
    // From here on the script acts on exactly the issued certificate: not on another one with the
    // same name already in the store, and not on one the CA issued for another name (a template
    // that builds the subject from Active Directory ignores the requested one).
    '$issued = $null',
    'if (Test-Path -LiteralPath $CertificatePath -PathType Leaf) {',
    '    $issued = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new($CertificatePath)',
    '    if ($issued.Subject -cne $subject) {',
    `        throw ${psMessage(text.wrongSubject, '$issued.Subject', '$subject', '$CertificatePath')}`,
    '    }',
    '}',
    '',
    '$installed = $null',
    'if ($issued) {',
    `    $installed = ${INSTALLED}`,
    '}',
    'if ($installed) {',
    `    Write-Host ${psMessage(text.alreadyInstalled, '$installed.Subject', '$installed.Thumbprint')}`,
    '}',
    `elseif ($PSCmdlet.ShouldProcess('Cert:\\LocalMachine\\My', ${psMessage(text.installAction)})) {`,
    '    certreq.exe -accept -machine $CertificatePath',
    ...stopOnFailure(text.acceptFailed),
    '}',
    '',
    `if ($PSCmdlet.ShouldProcess($PfxPath, ${psMessage(text.exportAction)})) {`,
    '    $certificate = $null',
    '    if ($issued) {',
    `        $certificate = ${INSTALLED}`,
    '    }',
    '    if (-not $certificate) {',
    `        throw ${psMessage(text.noCertificate, '$subject', '$CertificatePath')}`,
    '    }',
    `    $password = Read-Host -Prompt ${psMessage(text.pfxPasswordPrompt)} -AsSecureString`,
    '    if ($password.Length -eq 0) {',
    `        throw ${psMessage(text.pfxPasswordEmpty)}`,
    '    }',
    ...(model === 'classic' ? CLASSIC_EXPORT : [`    ${EXPORT} | Out-Null`]),
    `    Write-Host ${psMessage(text.exported, '$PfxPath', '$certificate.Thumbprint')}`,
    '}',
  ];
  return renderScript({
    step: options.step,
    synopsis: text.synopsis,
    // Constant text only: a value in the help block could close the <# #> comment.
    description: text.description,
    parameters,
    siteDrive: false,
    body,
    lang,
  });
}
