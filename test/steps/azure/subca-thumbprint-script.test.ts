import { describe, expect, it } from 'vitest';
import { psQuote } from '../../../src/emit/powershell-quote.ts';
import { subCaThumbprintScript } from '../../../src/steps/azure/subca-thumbprint-script.ts';
import { parsePowerShell } from '../../support/powershell-grammar.ts';
import { HOSTILE } from '../../emit/scenarios.ts';
import { expectPowerShellScript, scriptLines } from '../script-checks.ts';
import { stepPosition } from '../../../src/steps/declarations.ts';

const FIRST = '0123456789ABCDEF0123456789ABCDEF01234567';
const SECOND = 'FEDCBA9876543210FEDCBA9876543210FEDCBA98';
const OPTIONS = { step: stepPosition('azure'), serviceCName: 'contosocmg.cloudapp.net', thumbprints: [FIRST, SECOND] };

/** What the script may run, in order: a second check beside the parse, for valid-syntax injection. */
const COMMANDS = [
  'Set-StrictMode',
  'New-CimSession',
  'New-CimSessionOption',
  'Get-CimInstance',
  'Where-Object',
  'Select-Object',
  'Get-CimInstance',
  'Where-Object',
  'Select-Object',
  'Get-CimInstance',
  'Write-Host',
  'Set-CimInstance',
  'Write-Host',
  'Remove-CimSession',
];

const SERVICE_PARAMETER = "    [string] $ServiceCName = 'contosocmg.cloudapp.net',";
const PROVIDER_PARAMETER = "    [string] $SmsProvider = 'localhost'";

describe('sub-CA thumbprint script', () => {
  const script = subCaThumbprintScript(OPTIONS);
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

  it('takes the service, the thumbprints and the provider as parameters', () => {
    expect(lines).toContain(SERVICE_PARAMETER);
    expect(lines).toContain(`    [string[]] $SubCaThumbprints = @('${FIRST}', '${SECOND}'),`);
    expect(lines).toContain(PROVIDER_PARAMETER);
    expect(scriptLines(subCaThumbprintScript({ ...OPTIONS, smsProvider: 'cm01.contoso.com' }))).toContain("    [string] $SmsProvider = 'cm01.contoso.com'");
  });

  it('checks the thumbprints again at run time and joins them with semicolons', () => {
    expect(lines).toContain("    if ($thumbprint -cnotmatch '^[0-9A-F]{40}\\z') {");
    expect(lines).toContain("$wanted = $SubCaThumbprints -join ';'");
  });

  // Issue 10, found by running the script against the stand-in (test/powershell/subca-thumbprints.test.ts):
  // an SMS Provider that could not be reached, or a computer that is not one, stopped the script with
  // CIM's bare error; under -WhatIf, Remove-CimSession printed its own "What if" and kept the session.
  it('stops with its own message when the SMS Provider cannot be reached or has no root\\sms', () => {
    expect(script).toContain("catch {\r\n    throw ('Cannot connect to the SMS Provider {0} over DCOM ({1}). Check the name and the firewall, or pass -SmsProvider.' -f $SmsProvider, $_.Exception.Message)\r\n}");
    expect(script).toContain("    catch {\r\n        throw ('Failed to locate SMS provider: {0} does not answer for root\\sms ({1}). Pass -SmsProvider with the name of the SMS Provider.' -f $SmsProvider, $_.Exception.Message)\r\n    }");
  });

  it('finds the CMG through fixed classes and filters in PowerShell', () => {
    expect(lines).toContain('    $session = New-CimSession -ComputerName $SmsProvider -SessionOption (New-CimSessionOption -Protocol Dcom)');
    expect(lines).toContain("        $locations = @(Get-CimInstance -CimSession $session -Namespace 'root\\sms' -ClassName SMS_ProviderLocation)");
    expect(lines).toContain('    $provider = $locations | Where-Object { $_.ProviderForLocalSite } | Select-Object -First 1');
    expect(lines).toContain("        throw ('Failed to locate SMS provider. {0} lists no SMS_ProviderLocation for its local site.' -f $SmsProvider)");
    expect(lines).toContain(
      "    $service = Get-CimInstance -CimSession $session -Namespace ('root\\sms\\site_' + $siteCode) -ClassName SMS_AzureService | Where-Object { $_.ServiceType -eq 'CloudProxyService' -and $_.ServiceCName -eq $ServiceCName } | Select-Object -First 1",
    );
    expect(lines).toContain(
      "        throw ('Failed to get Azure_Service instance. Site {0} has no cloud management gateway with ServiceCName {1}.' -f $siteCode, $ServiceCName)",
    );
    expect(lines).toContain('    $service = Get-CimInstance -InputObject $service');
    expect(lines.slice(-4)).toEqual(['finally {', '    Remove-CimSession -CimSession $session -WhatIf:$false', '}', '']);
  });

  it('stops when already configured, else sets SubCACertThumbprint under ShouldProcess', () => {
    expect(lines).toContain('    if ($previous -eq $wanted) {');
    expect(lines).toContain("        Write-Host ('Already configured: {0} trusts the sub-CA thumbprints {1}. Nothing to do.' -f $ServiceCName, $wanted)");
    expect(lines).toContain("    if ($PSCmdlet.ShouldProcess($ServiceCName, ('Set SubCACertThumbprint to {0}' -f $wanted))) {");
    expect(lines).toContain('        Set-CimInstance -InputObject $service -Property @{ SubCACertThumbprint = $wanted }');
    expect(lines).toContain("        Write-Host ('SubCACertThumbprint of {0} changed from [{1}] to [{2}].' -f $ServiceCName, $previous, $wanted)");
    const set = lines.indexOf('        Set-CimInstance -InputObject $service -Property @{ SubCACertThumbprint = $wanted }');
    expect(lines.indexOf('        return')).toBeLessThan(set);
  });

  it('never passes text to WMI as a filter or query, nor to Invoke-Expression', async () => {
    const parsed = await parsePowerShell(script);
    expect(parsed.parameters.filter((parameter) => ['-Filter', '-Query'].includes(parameter.parameter))).toEqual([]);
    expect(parsed.commands).not.toContain('Invoke-Expression');
    expect(parsed.commands).not.toContain('Get-WmiObject');
  });

  it.each([
    ['lower case', FIRST.toLowerCase()],
    ['39 characters', FIRST.slice(1)],
    ['41 characters', `${FIRST}0`],
    ['not hexadecimal', `${FIRST.slice(1)}G`],
    ['spaces', FIRST.replace(/(.{2})/g, '$1 ').trim()],
    ['a trailing newline', `${FIRST}\n`],
    ['a quote', `${FIRST.slice(1)}'`],
  ])('refuses a thumbprint with %s', (_case, thumbprint) => {
    expect(() => subCaThumbprintScript({ ...OPTIONS, thumbprints: [SECOND, thumbprint] })).toThrow(RangeError);
  });

  it('refuses an empty thumbprint list', () => {
    expect(() => subCaThumbprintScript({ ...OPTIONS, thumbprints: [] })).toThrow(RangeError);
  });

  it.each([
    ['serviceCName', SERVICE_PARAMETER],
    ['smsProvider', PROVIDER_PARAMETER],
  ] as const)('keeps a hostile %s inside its quoted default: same parse, same commands, same body', async (option, original) => {
    const value = `${HOSTILE} cmg`;
    const evil = subCaThumbprintScript({ ...OPTIONS, [option]: value });
    const parsed = await parsePowerShell(evil);
    expect(parsed.errors).toEqual([]);
    expect(parsed.commands).toEqual(COMMANDS);
    expect(parsed.stringLiterals.filter((literal) => literal === value)).toHaveLength(1);
    const declaration = original.slice(0, original.indexOf(' = ') + 3);
    const changed = `${declaration}${psQuote(value)}${original.endsWith(',') ? ',' : ''}`;
    const evilLines = scriptLines(evil);
    expect(evilLines).toContain(changed);
    expect(evilLines.map((line) => (line === changed ? original : line))).toEqual(lines);
  });
});
