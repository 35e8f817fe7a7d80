import { indent, renderScript } from '../emit/powershell.ts';

/** A SHA-1 thumbprint as the Azure portal shows it: 40 hexadecimal digits, upper case, no spaces. */
const THUMBPRINT = /^[0-9A-F]{40}$/;

/**
 * The parameter model has no [ValidatePattern], so the script checks again at run time: the
 * admin may pass other thumbprints. `\z`, because .NET's `$` also matches before a final newline.
 */
const CHECK_THUMBPRINTS = [
  'if (-not $SubCaThumbprints) {',
  "    throw 'Give at least one sub-CA certificate thumbprint.'",
  '}',
  'foreach ($thumbprint in $SubCaThumbprints) {',
  "    if ($thumbprint -cnotmatch '^[0-9A-F]{40}\\z') {",
  "        throw ('Not a certificate thumbprint: {0}. Give 40 hexadecimal characters in upper case, without spaces.' -f $thumbprint)",
  '    }',
  '}',
  "$wanted = $SubCaThumbprints -join ';'",
];

/**
 * The article's VBScript spliced the service name into WQL; here WMI gets only fixed class names
 * and the selection happens in PowerShell (reliability.md ). DCOM, as the VBScript and the
 * console use: -ComputerName alone would need WinRM on the SMS Provider.
 */
const FIND_SERVICE = [
  "$provider = Get-CimInstance -CimSession $session -Namespace 'root\\sms' -ClassName SMS_ProviderLocation | Where-Object { $_.ProviderForLocalSite } | Select-Object -First 1",
  'if (-not $provider) {',
  "    throw ('Failed to locate SMS provider. {0} lists no SMS_ProviderLocation for its local site.' -f $SmsProvider)",
  '}',
  '$siteCode = $provider.SiteCode',
  "$service = Get-CimInstance -CimSession $session -Namespace ('root\\sms\\site_' + $siteCode) -ClassName SMS_AzureService | Where-Object { $_.ServiceType -eq 'CloudProxyService' -and $_.ServiceCName -eq $ServiceCName } | Select-Object -First 1",
  'if (-not $service) {',
  "    throw ('Failed to get Azure_Service instance. Site {0} has no cloud management gateway with ServiceCName {1}.' -f $siteCode, $ServiceCName)",
  '}',
  // ConfigMgr leaves lazy properties out of enumerations; whether SubCACertThumbprint is one is
  // not documented, and a Get by key returns them all.
  '$service = Get-CimInstance -InputObject $service',
  "$property = $service.CimInstanceProperties['SubCACertThumbprint']",
  'if (-not $property) {',
  "    throw ('SMS_AzureService on site {0} has no SubCACertThumbprint property: this site version takes intermediate certificates in the CMG wizard (or -CARootCert) instead.' -f $siteCode)",
  '}',
];

/** Set-CimInstance -Property writes the new value into $service too, so the old one is kept first. */
const UPDATE_SERVICE = [
  '$previous = $property.Value',
  'if ($previous -eq $wanted) {',
  "    Write-Host ('Already configured: {0} trusts the sub-CA thumbprints {1}. Nothing to do.' -f $ServiceCName, $wanted)",
  '    return',
  '}',
  "if ($PSCmdlet.ShouldProcess($ServiceCName, ('Set SubCACertThumbprint to {0}' -f $wanted))) {",
  "    Set-CimInstance -InputObject $service -Property @{ SubCACertThumbprint = $wanted }",
  "    Write-Host ('SubCACertThumbprint of {0} changed from [{1}] to [{2}].' -f $ServiceCName, $previous, $wanted)",
  '}',
];

/**
 * UpdateSubCAThumbprints.vbs from the 1610 article as PowerShell (ConfigMgr 1610/1702, PKI not on
 * the internet). SubCACertThumbprint is documented only by that article's script, not by the
 * SMS_AzureService SDK page (cmg-reference.md, "WMI / registry reference").
 */
export function subCaThumbprintScript(options: { serviceCName: string; thumbprints: readonly string[]; smsProvider?: string }): string {
  if (options.thumbprints.length === 0) throw new RangeError('at least one sub-CA certificate thumbprint is needed');
  for (const thumbprint of options.thumbprints) {
    if (!THUMBPRINT.test(thumbprint)) throw new RangeError(`not a certificate thumbprint (40 upper-case hexadecimal characters): ${thumbprint}`);
  }
  return renderScript({
    synopsis: 'Step 3 of 8: tells the cloud management gateway which sub-CA certificates it trusts (ConfigMgr 1610/1702).',
    description: 'Finds the CMG (SMS_AzureService, ServiceType CloudProxyService) by its ServiceCName through the SMS Provider and sets SubCACertThumbprint to the semicolon-separated thumbprints of the sub-CA certificates uploaded to the cloud service, unless it already has them. SubCACertThumbprint is not in the SMS_AzureService SDK documentation: only the 1610 article\'s UpdateSubCAThumbprints.vbs sets it.',
    parameters: [
      { name: 'ServiceCName', type: 'string', default: options.serviceCName, help: 'ServiceCName of the CMG: the CN of its server certificate.' },
      { name: 'SubCaThumbprints', type: 'string[]', default: options.thumbprints, help: 'Thumbprints of the sub-CA certificates uploaded to the cloud service (40 hexadecimal characters, upper case).' },
      { name: 'SmsProvider', type: 'string', default: options.smsProvider ?? 'localhost', help: 'FQDN of the SMS Provider.' },
    ],
    siteDrive: false,
    body: [
      ...CHECK_THUMBPRINTS,
      '',
      '$session = New-CimSession -ComputerName $SmsProvider -SessionOption (New-CimSessionOption -Protocol Dcom)',
      'try {',
      ...indent([...FIND_SERVICE, '', ...UPDATE_SERVICE]),
      '}',
      'finally {',
      '    Remove-CimSession -CimSession $session',
      '}',
    ],
  });
}
