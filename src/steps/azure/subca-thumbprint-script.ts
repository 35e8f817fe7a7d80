import { indent, psMessage, renderScript, scriptTexts } from '../../emit/powershell.ts';
import type { Lang } from '../../model/lang.ts';
import type { StepPosition } from '../../model/step.ts';
import { subCaTexts, type SubCaTexts } from './script-texts.ts';

type Text = SubCaTexts;

/** A SHA-1 thumbprint as the Azure portal shows it: 40 hexadecimal digits, upper case, no spaces. */
const THUMBPRINT = /^[0-9A-F]{40}$/;

/**
 * The parameter model has no [ValidatePattern], so the script checks again at run time: the
 * admin may pass other thumbprints. `\z`, because .NET's `$` also matches before a final newline.
 */
const checkThumbprints = (text: Text) => [
  'if (-not $SubCaThumbprints) {',
  `    throw ${psMessage(text.noThumbprints)}`,
  '}',
  'foreach ($thumbprint in $SubCaThumbprints) {',
  "    if ($thumbprint -cnotmatch '^[0-9A-F]{40}\\z') {",
  `        throw ${psMessage(text.notThumbprint, '$thumbprint')}`,
  '    }',
  '}',
  "$wanted = $SubCaThumbprints -join ';'",
];

/**
 * The article's VBScript spliced the service name into WQL; here WMI gets only fixed class names
 * and the selection happens in PowerShell (reliability.md ). DCOM, as the VBScript and the
 * console use: -ComputerName alone would need WinRM on the SMS Provider.
 */
const findService = (text: Text) => [
  // A computer that is not an SMS Provider has no root\sms namespace: WMI's own error says only that.
  '$locations = @()',
  'try {',
  "    $locations = @(Get-CimInstance -CimSession $session -Namespace 'root\\sms' -ClassName SMS_ProviderLocation)",
  '}',
  'catch {',
  `    throw ${psMessage(text.providerQueryFailed, '$SmsProvider', '$_.Exception.Message')}`,
  '}',
  '$provider = $locations | Where-Object { $_.ProviderForLocalSite } | Select-Object -First 1',
  'if (-not $provider) {',
  `    throw ${psMessage(text.noProvider, '$SmsProvider')}`,
  '}',
  '$siteCode = $provider.SiteCode',
  "$service = Get-CimInstance -CimSession $session -Namespace ('root\\sms\\site_' + $siteCode) -ClassName SMS_AzureService | Where-Object { $_.ServiceType -eq 'CloudProxyService' -and $_.ServiceCName -eq $ServiceCName } | Select-Object -First 1",
  'if (-not $service) {',
  `    throw ${psMessage(text.noService, '$siteCode', '$ServiceCName')}`,
  '}',
  // ConfigMgr leaves lazy properties out of enumerations; whether SubCACertThumbprint is one is
  // not documented, and a Get by key returns them all.
  '$service = Get-CimInstance -InputObject $service',
  "$property = $service.CimInstanceProperties['SubCACertThumbprint']",
  'if (-not $property) {',
  `    throw ${psMessage(text.noProperty, '$siteCode')}`,
  '}',
];

/** Set-CimInstance -Property writes the new value into $service too, so the old one is kept first. */
const updateService = (text: Text) => [
  '$previous = $property.Value',
  'if ($previous -eq $wanted) {',
  `    Write-Host ${psMessage(text.alreadyConfigured, '$ServiceCName', '$wanted')}`,
  '    return',
  '}',
  `if ($PSCmdlet.ShouldProcess($ServiceCName, ${psMessage(text.setAction, '$wanted')})) {`,
  "    Set-CimInstance -InputObject $service -Property @{ SubCACertThumbprint = $wanted }",
  `    Write-Host ${psMessage(text.changed, '$ServiceCName', '$previous', '$wanted')}`,
  '}',
];

/**
 * UpdateSubCAThumbprints.vbs from the 1610 article as PowerShell (ConfigMgr 1610/1702, PKI not on
 * the internet). SubCACertThumbprint is documented only by that article's script, not by the
 * SMS_AzureService SDK page (cmg-reference.md, "WMI / registry reference").
 */
export function subCaThumbprintScript(options: { serviceCName: string; thumbprints: readonly string[]; smsProvider?: string; step: StepPosition; lang?: Lang }): string {
  if (options.thumbprints.length === 0) throw new RangeError('at least one sub-CA certificate thumbprint is needed');
  for (const thumbprint of options.thumbprints) {
    if (!THUMBPRINT.test(thumbprint)) throw new RangeError(`not a certificate thumbprint (40 upper-case hexadecimal characters): ${thumbprint}`);
  }
  const lang = options.lang ?? 'en';
  const text = subCaTexts[lang];
  return renderScript({
    step: options.step,
    synopsis: text.synopsis,
    description: text.description,
    parameters: [
      { name: 'ServiceCName', type: 'string', default: options.serviceCName, help: text.serviceCNameHelp },
      { name: 'SubCaThumbprints', type: 'string[]', default: options.thumbprints, help: text.subCaThumbprintsHelp },
      { name: 'SmsProvider', type: 'string', default: options.smsProvider ?? 'localhost', help: scriptTexts(lang).common.smsProviderHelp },
    ],
    siteDrive: false,
    lang,
    body: [
      ...checkThumbprints(text),
      '',
      // New-CimSession tests the connection (its page: unless -SkipTestConnection), so an SMS
      // Provider that cannot be reached stops here, with the script's own message.
      '$session = $null',
      'try {',
      '    $session = New-CimSession -ComputerName $SmsProvider -SessionOption (New-CimSessionOption -Protocol Dcom)',
      '}',
      'catch {',
      `    throw ${psMessage(text.providerUnreachable, '$SmsProvider', '$_.Exception.Message')}`,
      '}',
      'try {',
      ...indent([...findService(text), '', ...updateService(text)]),
      '}',
      'finally {',
      // Closing the session changes nothing: under the script's -WhatIf, Remove-CimSession (which
      // supports ShouldProcess) would only say "What if: ... Remove CimSession" and leave it open.
      '    Remove-CimSession -CimSession $session -WhatIf:$false',
      '}',
    ],
  });
}
