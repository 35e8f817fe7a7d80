import { psMessage, scriptTexts } from '../../emit/powershell.ts';
import type { Lang } from '../../model/lang.ts';

/**
 * `Find-CmgGateway -ServiceName <FQDN>`: the CMG whose service name this is, or $null; it stops when
 * more than one has it. For every site-side script that looks a CMG up (New-CmgGateway.ps1,
 * Wait-CmgReady.ps1, Add-CmgConnectionPoint.ps1).
 *
 * F-GW-9 (CONTRADICTED): which SMS_AzureService property `-Name` matches is not documented (the Get
 * page's example passes "GraniteFalls.cloudapp.net", L44, i.e. the Fqdn form; the Set page's examples
 * the short name, L68-L110). So the function does not ask by name at all: it lists every CMG
 * (`Get-CMCloudManagementGateway` with no parameter: set SearchByName, where -Name is optional,
 * page L18-L22) and keeps the objects whose ServiceCName ("Should be the same as the CName on the
 * ServiceCertificate property", SMS_AzureService page L204-L211) is the service name, case-insensitive.
 * A site has a handful of CMGs at most.
 */
export function findGatewayFunction(lang: Lang = 'en'): string[] {
  const text = scriptTexts(lang).gateway;
  return [
    'function Find-CmgGateway([string] $ServiceName) {',
    '    $found = @(Get-CMCloudManagementGateway | Where-Object { [string]::Equals([string]$_.ServiceCName, $ServiceName, [System.StringComparison]::OrdinalIgnoreCase) })',
    '    if ($found.Count -gt 1) {',
    `        throw ${psMessage(text.severalGateways, '$ServiceName', '$found.Count')}`,
    '    }',
    '    if ($found.Count -eq 1) { return $found[0] }',
    '    return $null',
    '}',
  ];
}

/**
 * `Get-CmgGatewayName -Gateway <the object Find-CmgGateway returned>`: the name to give
 * `-CloudManagementGatewayName` of Add-/Set-CMCloudManagementGatewayConnectionPoint, returned (no
 * script-scope variable). It stops, before any change, when no form answers.
 *
 * Which form that parameter takes is UNDOCUMENTED: "the service name of the CMG in Azure", with
 * "GraniteFalls.cloudapp.net" in the example (Add-CMCloudManagementGatewayConnectionPoint page L47,
 * L52-L54), the form of SMS_AzureService.Fqdn ("The concatenation of the property "Name" with
 * ".cloudapp.net"", SMS_AzureService page L118-L125). So the function asks
 * `Get-CMCloudManagementGateway -Name <form> -DisableWildcardHandling` (the name is never a pattern;
 * both sets have the switch) for the found object's ServiceCName, Fqdn and Name in that order, and
 * returns the first form whose answer is this gateway (same AzureServiceID, the class key). This
 * ASSUMES (UNCONFIRMED) that Add-/Set- resolve -CloudManagementGatewayName as Get- resolves -Name:
 * both pages describe their parameter with the same words.
 */
export function gatewayNameFunction(lang: Lang = 'en'): string[] {
  const text = scriptTexts(lang).gateway;
  return [
    'function Get-CmgGatewayName($Gateway) {',
    '    $forms = @()',
    "    foreach ($property in 'ServiceCName', 'Fqdn', 'Name') {",
    '        $form = [string]$Gateway.$property',
    '        if ($form -eq \'\' -or $forms -contains $form) { continue }',
    '        $forms += $form',
    '        $answer = @(Get-CMCloudManagementGateway -Name $form -DisableWildcardHandling | Where-Object { [string]$_.AzureServiceID -eq [string]$Gateway.AzureServiceID })',
    '        if ($answer.Count -gt 0) { return $form }',
    '    }',
    `    throw ${psMessage(text.gatewayNameUnresolved, '[string]$Gateway.ServiceCName', "($forms -join ', ')")}`,
    '}',
  ];
}
