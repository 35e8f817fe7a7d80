import { psMessage, scriptTexts } from '../emit/powershell.ts';
import type { Lang } from '../ui/i18n.ts';

/**
 * `Find-CmgGateway -ServiceName <FQDN>`: the CMG whose service name this is, or $null; it stops when
 * more than one has it. For every site-side script that looks a CMG up (New-CmgGateway.ps1,
 * Wait-CmgReady.ps1, and the connection point's script if it wants one).
 *
 * F-GW-9 (CONTRADICTED): Get-CMCloudManagementGateway -Name takes "the service name for the CMG in
 * Azure" (page L99) and its example passes the FQDN (L44, "GraniteFalls.cloudapp.net"), while
 * the examples of the CMG's Set cmdlet page pass the short name (L68-L110, "GraniteFalls"); which
 * SMS_AzureService property -Name matches is not documented. So the function asks with the FQDN,
 * then with the first label (the name the site derives the deployment name from: the console fills
 * "Service name and Deployment name" from the certificate's common name, setup page L77), and keeps
 * only objects whose ServiceCName ("the same as the CName on the ServiceCertificate", SMS_AzureService
 * page L204-L211) is the service name: a short-name match of another CMG never counts. The name is
 * never a pattern: -DisableWildcardHandling (in both sets since 1702).
 *
 * The name that found it is kept in $script:CmgGatewayName: the connection point cmdlets'
 * -CloudManagementGatewayName is "the service name of the CMG in Azure" too, with the FQDN in its
 * example (Add-CMCloudManagementGatewayConnectionPoint page L47, L52-L54), so it gets the same
 * name the site answered to rather than a guess.
 */
export function findGatewayFunction(lang: Lang = 'en'): string[] {
  const text = scriptTexts(lang).gateway;
  return [
    'function Find-CmgGateway([string] $ServiceName) {',
    '    $names = @($ServiceName)',
    "    $shortName = $ServiceName.Split('.')[0]",
    '    if ($shortName -ne $ServiceName) { $names += $shortName }',
    '    $found = @()',
    '    foreach ($name in $names) {',
    '        $found = @(Get-CMCloudManagementGateway -Name $name -DisableWildcardHandling | Where-Object { [string]::Equals([string]$_.ServiceCName, $ServiceName, [System.StringComparison]::OrdinalIgnoreCase) })',
    '        if ($found.Count -gt 0) { $script:CmgGatewayName = $name; break }',
    '    }',
    '    if ($found.Count -gt 1) {',
    `        throw ${psMessage(text.severalGateways, '$ServiceName', '$found.Count')}`,
    '    }',
    '    if ($found.Count -eq 1) { return $found[0] }',
    '    return $null',
    '}',
  ];
}
