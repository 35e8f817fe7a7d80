import { fillText, psMessage, psValue, scriptTexts } from '../../emit/powershell.ts';
import type { Lang } from '../../model/lang.ts';
import type { Answers, VmSize } from '../../model/answers.ts';
import { EXISTING_GROUP_WITH_APP_VERSION, passesTenantId, SCALE_SET_PARAMETERS_VERSION, TENANT_ID_VERSION } from './versions.ts';
import { VMSS_VM_SIZES } from '../../domain/azure-resources.ts';


/**
 * The names a value of -Version may carry for a scale set: the console's label of the deployment
 * method ("**Virtual machine scale set**", setup page L51) and the abbreviation the cmdlet's own
 * VMSSVMSize parameter uses. Same rule as the sizes.
 */
export const SCALE_SET_VERSION_NAMES: readonly string[] = ['virtualmachinescaleset', 'vmss'];

/**
 * Two functions of New-CmgGateway.ps1 (2207+), over `$cmdlet = Get-Command New-CMCloudManagementGateway`:
 *
 * Get-CmgParameter: the parameter's metadata when the installed cmdlet takes it with -ServerAppClientId
 * (the Non-Interactive set, or every set), $null when it has no such parameter, and a stop naming the
 * sets when it has it elsewhere only. -TenantId, -VMSSVMSize and -Version are in no SYNTAX block
 * (F-GW-1, F-GW-2) and -IsUsingExistingGroup is in the Interactive set only until 2603 (F-GW-4):
 * CommandInfo.Parameters is where the site's own cmdlet says which set takes them.
 *
 * Resolve-CmgValue: the value to pass to such a parameter: the admin's (-VMSSVMSizeValue,
 * -VersionValue), checked against the values the cmdlet lists; else the one listed value named like
 * what cmg-setup means. The values come from the parameter's enum type, or its [ValidateSet()]. A
 * type that lists none (a String, an Int32), no match, or more than one: stop, listing what there
 * is and how to pass a value. Nothing is passed that the cmdlet does not list or the admin did not give.
 */
export function runTimeParameterFunctions(lang: Lang = 'en'): string[] {
  const text = scriptTexts(lang).gateway;
  return [
    'function Get-CmgParameter([string] $Name) {',
    '    if (-not $cmdlet.Parameters.ContainsKey($Name)) { return $null }',
    '    $parameter = $cmdlet.Parameters[$Name]',
    '    $sets = @($parameter.ParameterSets.Keys)',
    "    if ($sets -contains 'Non-Interactive' -or $sets -contains '__AllParameterSets') { return $parameter }",
    `    throw ${psMessage(text.parameterWrongSet, '$Name', "($sets -join ', ')")}`,
    '}',
    'function Resolve-CmgValue([string] $Name, [string] $Given, [string] $GivenParameter, [string[]] $Names, [string] $Meaning, [string] $Since) {',
    '    $parameter = Get-CmgParameter $Name',
    '    if (-not $parameter) {',
    `        throw ${psMessage(text.missingParameter, '$Name', '$Since')}`,
    '    }',
    '    $type = $parameter.ParameterType',
    '    if ([Nullable]::GetUnderlyingType($type)) { $type = [Nullable]::GetUnderlyingType($type) }',
    '    $values = @()',
    '    if ($type.IsEnum) { $values = @([enum]::GetNames($type)) }',
    '    else {',
    '        foreach ($attribute in $parameter.Attributes) {',
    '            if ($attribute -is [System.Management.Automation.ValidateSetAttribute]) { $values = @($attribute.ValidValues) }',
    '        }',
    '    }',
    '    if ($Given) {',
    '        if ($values.Count -gt 0 -and $values -notcontains $Given) {',
    `            throw ${psMessage(text.notAValue, '$GivenParameter', '$Given', '$Name', "($values -join ', ')")}`,
    '        }',
    '        return $Given',
    '    }',
    '    if ($values.Count -eq 0) {',
    `        throw ${psMessage(text.noValues, '$Name', '$type.FullName', '$Meaning', '$GivenParameter')}`,
    '    }',
    "    $matched = @($values | Where-Object { $Names -contains ($_ -replace '[^A-Za-z0-9]', '').ToLowerInvariant() })",
    '    if ($matched.Count -ne 1) {',
    `        throw ${psMessage(text.noMatch, '$Name', "($values -join ', ')", '$Meaning', '$GivenParameter')}`,
    '    }',
    '    return $matched[0]',
    '}',
  ];
}

/**
 * The body lines that fill `$runTime`, the parameters New-CmgGateway.ps1 adds to the call once the
 * installed cmdlet has shown it takes them: -Version and -VMSSVMSize (2207+), -TenantId (2309+),
 * -IsUsingExistingGroup (2603+, when the resource group exists). Each stops before any change when the
 * cmdlet cannot take it.
 */
export function runTimeParameters(answers: Answers, lang: Lang = 'en'): string[] {
  const text = scriptTexts(lang).gateway;
  const size = VMSS_VM_SIZES[answers.vmSize];
  const resolve = (name: string, given: string, names: readonly string[], meaning: string) =>
    `$runTime.${name} = Resolve-CmgValue -Name ${psValue(name)} -Given $${given} -GivenParameter ${psValue(given)} -Names ${psValue(names)} -Meaning ${psValue(meaning)} -Since ${psValue(SCALE_SET_PARAMETERS_VERSION)}`;
  const required = (name: string, since: string, value: string, missing = psMessage(text.missingParameter, psValue(name), psValue(since))) => [
    `if (-not (Get-CmgParameter ${psValue(name)})) {`,
    `    throw ${missing}`,
    '}',
    `$runTime.${name} = ${value}`,
  ];
  return [
    '$cmdlet = Get-Command -Name New-CMCloudManagementGateway',
    '$runTime = @{}',
    resolve('Version', 'VersionValue', SCALE_SET_VERSION_NAMES, text.scaleSetMeaning),
    resolve('VMSSVMSize', 'VMSSVMSizeValue', size.names, fillText(text.vmSizeMeaning, size.console)),
    ...(passesTenantId(answers.siteVersion) ? required('TenantId', TENANT_ID_VERSION, '$TenantId') : []),
    // Review N1: -IsUsingExistingGroup is not new in 2603 (the Interactive set has it, page L23,
    // F-GW-4); 2603 allows it with -ServerAppClientId. Its own message says so; the wrong-set case
    // is parameterWrongSet (Get-CmgParameter).
    ...(answers.useExistingResourceGroup
      ? required('IsUsingExistingGroup', EXISTING_GROUP_WITH_APP_VERSION, '$true', psMessage(text.existingGroupMissing, psValue(EXISTING_GROUP_WITH_APP_VERSION)))
      : []),
  ];
}
