import { describe, expect, it } from 'vitest';
import { psQuote } from '../../../src/emit/powershell-quote.ts';
import { exportClientChainScript } from '../../../src/steps/client-root/client-chain-script.ts';
import { parsePowerShell } from '../../support/powershell-grammar.ts';
import { HOSTILE } from '../../emit/scenarios.ts';
import { expectPowerShellScript, scriptLines } from '../script-checks.ts';
import { stepPosition } from '../../../src/steps/declarations.ts';

const X509 = 'System.Security.Cryptography.X509Certificates';

/** What the script may run, in order: a second check beside the parse, for valid-syntax injection. */
const COMMANDS = [
  'Set-StrictMode',
  'Get-Date',
  'Get-ChildItem',
  'Where-Object',
  'Where-Object',
  'ForEach-Object',
  'ForEach-Object',
  'Sort-Object',
  'Select-Object',
  'Write-Host',
  'Write-Host',
  'Where-Object',
  'ForEach-Object',
  'Write-Warning',
  'Write-Warning',
  'Test-Path',
  'New-Item',
  'Out-Null',
  'Join-Path',
  'Write-Host',
  'Test-Path',
  'Write-Host',
  'Write-Host',
];

const DEFAULT_PARAMETER = "    [string] $OutputFolder = '.\\cmg-client-chain'";

describe('client chain export script', () => {
  const script = exportClientChainScript({ step: stepPosition('client-root') });
  const lines = scriptLines(script);

  it('follows the script conventions (BOM, CRLF, strict mode, ShouldProcess), without the site drive', async () => {
    await expectPowerShellScript(script);
    expect(script).not.toContain('ConfigurationManager');
    expect(script).not.toContain('Push-Location');
  });

  it('parses cleanly and runs only the expected commands', async () => {
    const parsed = await parsePowerShell(script);
    expect(parsed.errors).toEqual([]);
    expect(parsed.commands).toEqual(COMMANDS);
  });

  it('picks the newest valid certificate with the Client Authentication EKU and a private key', () => {
    expect(lines).toContain(DEFAULT_PARAMETER);
    expect(lines).toContain("$clientAuthOid = '1.3.6.1.5.5.7.3.2'");
    expect(lines).toContain("$candidates = @(Get-ChildItem -LiteralPath 'Cert:\\LocalMachine\\My' | Where-Object {");
    expect(lines).toContain(
      `    $usages = @($certificate.Extensions | Where-Object { $_ -is [${X509}.X509EnhancedKeyUsageExtension] } | ForEach-Object { $_.EnhancedKeyUsages } | ForEach-Object { $_.Value })`,
    );
    expect(lines).toContain(
      '    $certificate.HasPrivateKey -and $certificate.NotBefore -le $now -and $certificate.NotAfter -gt $now -and $usages -contains $clientAuthOid',
    );
    expect(lines).toContain("    throw 'No certificate with Client Authentication in LocalMachine\\My: enrol the client certificate first.'");
    expect(lines).toContain('$clientCertificate = $candidates | Sort-Object -Property NotAfter -Descending | Select-Object -First 1');
    expect(lines).toContain(
      "Write-Host ('Client certificate: {0}, thumbprint {1}, expires {2:yyyy-MM-dd}' -f $clientCertificate.Subject, $clientCertificate.Thumbprint, $clientCertificate.NotAfter)",
    );
  });

  it('builds the chain and warns on any status but an offline revocation check', () => {
    expect(lines).toContain(`$chain = [${X509}.X509Chain]::new()`);
    expect(lines).toContain('if (-not $chain.Build($clientCertificate)) {');
    expect(lines).toContain("$revocationOffline = @('RevocationStatusUnknown', 'OfflineRevocation')");
    expect(lines).toContain('    $problems = @($chain.ChainStatus | Where-Object { $revocationOffline -notcontains $_.Status.ToString() })');
    expect(lines).toContain("        Write-Warning ('The chain did not build cleanly: {0}. Exporting the certificates it has.' -f $statuses)");
  });

  it('exports every element but the leaf as DER, named by kind and thumbprint, idempotently and under ShouldProcess', () => {
    expect(lines).toContain('$folder = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutputFolder)');
    expect(lines).toContain("    if ($PSCmdlet.ShouldProcess($folder, 'Create the output folder')) {");
    expect(lines).toContain('        New-Item -ItemType Directory -Path $folder | Out-Null');
    expect(lines).toContain('for ($index = 1; $index -lt $elements.Count; $index++) {');
    expect(lines).toContain('    if ($index -eq $elements.Count - 1 -and $certificate.Subject -eq $certificate.Issuer) {');
    expect(lines).toContain("    $path = Join-Path -Path $folder -ChildPath ('{0}-{1}.cer' -f $kind, $certificate.Thumbprint)");
    expect(lines).toContain(`    $bytes = $certificate.Export([${X509}.X509ContentType]::Cert)`);
    expect(lines).toContain(
      "    Write-Host ('{0}: {1}, thumbprint {2}, expires {3:yyyy-MM-dd}, file {4}' -f $kind, $certificate.Subject, $certificate.Thumbprint, $certificate.NotAfter, $path)",
    );
    expect(lines).toContain("        Write-Host '    already exported'");
    expect(lines).toContain("    elseif ($PSCmdlet.ShouldProcess($path, ('Export the {0} certificate {1}' -f $kind, $certificate.Subject))) {");
    expect(lines).toContain('        [System.IO.File]::WriteAllBytes($path, $bytes)');
    // The only file write sits directly under the ShouldProcess guard.
    expect(lines.filter((line) => line.includes('WriteAllBytes'))).toHaveLength(1);
    expect(lines[lines.indexOf('        [System.IO.File]::WriteAllBytes($path, $bytes)') - 1]).toContain('$PSCmdlet.ShouldProcess($path');
  });

  it('never passes text to WMI or to Invoke-Expression', async () => {
    const parsed = await parsePowerShell(script);
    expect(parsed.parameters.filter((parameter) => ['-Filter', '-Query'].includes(parameter.parameter))).toEqual([]);
    expect(parsed.commands).not.toContain('Invoke-Expression');
  });

  it('carries the given folder into the parameter default', () => {
    expect(scriptLines(exportClientChainScript({ step: stepPosition('client-root'), outputFolder: 'D:\\pki\\chain' }))).toContain("    [string] $OutputFolder = 'D:\\pki\\chain'");
  });

  it('keeps a hostile folder inside the quoted default: same parse, same commands, same body', async () => {
    const folder = `C:\\certs\\${HOSTILE}\\chain`;
    const evil = exportClientChainScript({ step: stepPosition('client-root'), outputFolder: folder });
    const parsed = await parsePowerShell(evil);
    expect(parsed.errors).toEqual([]);
    expect(parsed.commands).toEqual(COMMANDS);
    expect(parsed.stringLiterals.filter((literal) => literal === folder)).toHaveLength(1);
    const evilLines = scriptLines(evil);
    expect(evilLines).toContain(`    [string] $OutputFolder = ${psQuote(folder)}`);
    expect(evilLines.map((line) => (line.startsWith('    [string] $OutputFolder = ') ? DEFAULT_PARAMETER : line))).toEqual(lines);
  });
});
