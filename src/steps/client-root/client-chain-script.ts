import { psMessage, renderScript } from '../../emit/powershell.ts';
import { clientChainTexts, type ClientChainTexts } from './script-texts.ts';
import type { Lang } from '../../model/lang.ts';
import type { StepPosition } from '../../model/step.ts';

type Text = ClientChainTexts;

const X509 = 'System.Security.Cryptography.X509Certificates';

/** Where the .cer files go when cmg-setup was given no folder: beside wherever the admin runs it. */
const DEFAULT_OUTPUT_FOLDER = '.\\cmg-client-chain';

/** Picks the newest valid client-authentication certificate of the machine. */
const findClientCertificate = (text: Text) => [
  // Client Authentication EKU: what the CMG checks on a client certificate (cmg-reference.md, step 2).
  "$clientAuthOid = '1.3.6.1.5.5.7.3.2'",
  '$now = Get-Date',
  // Read the EKU from the .NET extension rather than the provider's EnhancedKeyUsageList: the OID
  // is the same in every language, the friendly name is not.
  "$candidates = @(Get-ChildItem -LiteralPath 'Cert:\\LocalMachine\\My' | Where-Object {",
  '    $certificate = $_',
  `    $usages = @($certificate.Extensions | Where-Object { $_ -is [${X509}.X509EnhancedKeyUsageExtension] } | ForEach-Object { $_.EnhancedKeyUsages } | ForEach-Object { $_.Value })`,
  '    $certificate.HasPrivateKey -and $certificate.NotBefore -le $now -and $certificate.NotAfter -gt $now -and $usages -contains $clientAuthOid',
  '})',
  'if ($candidates.Count -eq 0) {',
  `    throw ${psMessage(text.noCertificate)}`,
  '}',
  '$clientCertificate = $candidates | Sort-Object -Property NotAfter -Descending | Select-Object -First 1',
  'if ($candidates.Count -gt 1) {',
  `    Write-Host ${psMessage(text.several, '$candidates.Count')}`,
  '}',
  `Write-Host ${psMessage(text.clientCertificate, '$clientCertificate.Subject', '$clientCertificate.Thumbprint', '$clientCertificate.NotAfter')}`,
];

/**
 * Revocation is checked online (the default) so a revoked CA shows up, but a machine that cannot
 * reach the CRLs only gets "unknown" or "offline": that says nothing about the chain itself.
 */
const buildChain = (text: Text) => [
  "$revocationOffline = @('RevocationStatusUnknown', 'OfflineRevocation')",
  `$chain = [${X509}.X509Chain]::new()`,
  'if (-not $chain.Build($clientCertificate)) {',
  '    $problems = @($chain.ChainStatus | Where-Object { $revocationOffline -notcontains $_.Status.ToString() })',
  '    if ($problems.Count -gt 0) {',
  "        $statuses = ($problems | ForEach-Object { '{0} ({1})' -f $_.Status, $_.StatusInformation.Trim() }) -join '; '",
  `        Write-Warning ${psMessage(text.chainProblems, '$statuses')}`,
  '    }',
  '}',
  '$elements = @($chain.ChainElements)',
  'if ($elements.Count -lt 2) {',
  `    Write-Warning ${psMessage(text.chainShort)}`,
  '}',
];

/**
 * Element 0 is the client certificate itself and stays behind. .NET resolves relative paths
 * against the process directory, not PowerShell's location, hence the full path.
 */
const exportChain = (text: Text) => [
  '$folder = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutputFolder)',
  'if (-not (Test-Path -LiteralPath $folder -PathType Container)) {',
  `    if ($PSCmdlet.ShouldProcess($folder, ${psMessage(text.createFolderAction)})) {`,
  '        New-Item -ItemType Directory -Path $folder | Out-Null',
  '    }',
  '}',
  'for ($index = 1; $index -lt $elements.Count; $index++) {',
  '    $certificate = $elements[$index].Certificate',
  // A root is the last element of the chain and signed by itself.
  '    if ($index -eq $elements.Count - 1 -and $certificate.Subject -eq $certificate.Issuer) {',
  "        $kind = 'root'",
  '    }',
  '    else {',
  "        $kind = 'intermediate'",
  '    }',
  "    $path = Join-Path -Path $folder -ChildPath ('{0}-{1}.cer' -f $kind, $certificate.Thumbprint)",
  `    $bytes = $certificate.Export([${X509}.X509ContentType]::Cert)`,
  `    Write-Host ${psMessage(text.certificateLine, '$kind', '$certificate.Subject', '$certificate.Thumbprint', '$certificate.NotAfter', '$path')}`,
  '    if ((Test-Path -LiteralPath $path -PathType Leaf) -and [System.Convert]::ToBase64String([System.IO.File]::ReadAllBytes($path)) -eq [System.Convert]::ToBase64String($bytes)) {',
  `        Write-Host ${psMessage(`    ${text.alreadyExported}`)}`,
  '    }',
  `    elseif ($PSCmdlet.ShouldProcess($path, ${psMessage(text.exportAction, '$kind', '$certificate.Subject')})) {`,
  '        [System.IO.File]::WriteAllBytes($path, $bytes)',
  `        Write-Host ${psMessage(`    ${text.exported}`)}`,
  '    }',
  '}',
];

/**
 * Step 2 without the MMC clicks: exports the CA certificates above this machine's client
 * certificate, root and intermediates, as the CMG wants them (DER .cer, sorted by kind).
 */
export function exportClientChainScript(options: { outputFolder?: string; step: StepPosition; lang?: Lang }): string {
  const text = clientChainTexts[options.lang ?? 'en'];
  return renderScript({
    step: options.step,
    synopsis: text.synopsis,
    description: text.description,
    parameters: [{ name: 'OutputFolder', type: 'string', default: options.outputFolder ?? DEFAULT_OUTPUT_FOLDER, help: text.outputFolderHelp }],
    siteDrive: false,
    body: [...findClientCertificate(text), '', ...buildChain(text), '', ...exportChain(text)],
    lang: options.lang ?? 'en',
  });
}
