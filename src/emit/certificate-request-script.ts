/**
 * The script that turns the certreq INF into the CMG server certificate .pfx: new request,
 * submit to the CA, accept (install), export with the private key. It runs on a machine with
 * enrollment rights on the template (a site server, or an admin workstation).
 *
 * certreq switches per Microsoft's certreq reference (Windows Commands, certreq_1):
 * -machine makes -new and -accept use the computer context, and -accept needs it when there is
 * no outstanding request (a re-run); -config takes "CAHostName\CAName".
 */
import { psValue, renderScript, type PsParameter } from './powershell.ts';

export interface CertificateRequestScriptOptions {
  /** The CMG service name, the certificate's CN; an already validated FQDN. */
  serviceName: string;
  model: 'vmss' | 'classic';
  /** AD CS template short name written into the INF; named in the error when -submit fails. */
  template?: string;
  /** File name of the INF, which sits next to the script. */
  infFileName: string;
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

/** `hint` is constant text; values it names ({1}, ...) come in as PowerShell expressions. */
function stopOnFailure(step: string, hint: string, ...values: string[]): string[] {
  return [
    '    if ($LASTEXITCODE -ne 0) {',
    `        throw ('certreq ${step} failed with exit code {0}. ${hint}' -f ${['$LASTEXITCODE', ...values].join(', ')})`,
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

export function certificateRequestScript(options: CertificateRequestScriptOptions): string {
  const { serviceName, model, template, infFileName } = options;
  const baseName = infFileName.replace(/\.inf$/i, '');
  const parameters: PsParameter[] = [
    { name: 'InfPath', type: 'string', default: infFileName, help: 'certreq policy file (INF) made by cmg-setup; a relative path is taken from the folder of this script.' },
    { name: 'RequestPath', type: 'string', default: `${baseName}.req`, help: 'Where certreq writes the request; kept so a re-run reuses it.' },
    { name: 'CertificatePath', type: 'string', default: `${baseName}.cer`, help: 'Where certreq writes the issued certificate.' },
    { name: 'PfxPath', type: 'string', default: `${baseName}.pfx`, help: 'The .pfx file to give cmg-setup and the CMG wizard.' },
    { name: 'CertificationAuthority', type: 'string', default: '', help: 'CA as "CAHostName\\CAName"; empty lets certreq find it or ask.' },
  ];
  const body = [
    // Compared with -ceq: ConfigMgr treats the CN case-sensitively.
    `$subject = ${psValue(`CN=${serviceName}`)}`,
    ...besideScript('InfPath'),
    ...besideScript('RequestPath'),
    ...besideScript('CertificatePath'),
    ...besideScript('PfxPath'),
    'if (Test-Path -LiteralPath $PfxPath -PathType Leaf) {',
    "    Write-Host ('Already done: {0} exists. Delete it to export again.' -f $PfxPath)",
    '    return',
    '}',
    '',
    'if (Test-Path -LiteralPath $RequestPath -PathType Leaf) {',
    "    Write-Host ('Using the existing request {0} (delete it to start again with a new key).' -f $RequestPath)",
    '}',
    "elseif ($PSCmdlet.ShouldProcess($RequestPath, 'Create a key and a certificate request (certreq -new)')) {",
    '    certreq.exe -new -machine $InfPath $RequestPath',
    ...stopOnFailure('-new', 'Run this script from an elevated prompt and check the INF file.'),
    '}',
    '',
    'if (Test-Path -LiteralPath $CertificatePath -PathType Leaf) {',
    "    Write-Host ('Using the issued certificate {0}.' -f $CertificatePath)",
    '}',
    "elseif ($PSCmdlet.ShouldProcess($RequestPath, 'Submit the request to the certification authority (certreq -submit)')) {",
    '    if ($CertificationAuthority) {',
    '        certreq.exe -submit -config $CertificationAuthority $RequestPath $CertificatePath',
    '    }',
    '    else {',
    '        certreq.exe -submit $RequestPath $CertificatePath',
    '    }',
    ...(template === undefined
      ? stopOnFailure('-submit', 'Check that the CA is reachable and will issue this request.')
      : stopOnFailure('-submit', 'Check that this computer may enroll for the template {1} and that the CA is reachable.', psValue(template))),
    '    if (-not (Test-Path -LiteralPath $CertificatePath -PathType Leaf)) {',
    "        Write-Warning ('The CA did not issue the certificate yet (pending or denied). Once it is issued, save it with certreq.exe -retrieve <RequestId> {0} and run this script again.' -f $CertificatePath)",
    '        return',
    '    }',
    '}',
    '',
    "if ($PSCmdlet.ShouldProcess('Cert:\\LocalMachine\\My', 'Install the issued certificate (certreq -accept)')) {",
    '    certreq.exe -accept -machine $CertificatePath',
    ...stopOnFailure('-accept', 'Run it on the computer that made the request, from an elevated prompt.'),
    '}',
    '',
    "if ($PSCmdlet.ShouldProcess($PfxPath, 'Export the certificate and its private key to a password-protected .pfx file')) {",
    '    $certificate = Get-ChildItem -Path Cert:\\LocalMachine\\My | Where-Object { $_.Subject -ceq $subject -and $_.HasPrivateKey } | Sort-Object -Property NotAfter -Descending | Select-Object -First 1',
    '    if (-not $certificate) {',
    "        throw ('No certificate with subject {0} and a private key in Cert:\\LocalMachine\\My.' -f $subject)",
    '    }',
    "    $password = Read-Host -Prompt 'Password for the new .pfx file' -AsSecureString",
    '    if ($password.Length -eq 0) {',
    "        throw 'The .pfx file needs a password.'",
    '    }',
    ...(model === 'classic' ? CLASSIC_EXPORT : [`    ${EXPORT} | Out-Null`]),
    "    Write-Host ('Exported {0} ({1}). Keep it and its password safe.' -f $PfxPath, $certificate.Thumbprint)",
    '}',
  ];
  return renderScript({
    synopsis: 'Step 1 of 8: requests the CMG server authentication certificate and exports it as a .pfx file.',
    // Constant text only: a value in the help block could close the <# #> comment.
    description:
      'Creates a key and a request from the certreq INF file, submits it to your certification authority, installs the issued certificate in the computer store and exports it with its private key. Run it elevated on a computer that may enroll for the certificate.',
    parameters,
    siteDrive: false,
    body,
  });
}
