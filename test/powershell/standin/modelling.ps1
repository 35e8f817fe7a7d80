# What a run may say about the site where the docs leave two possibilities open (stand-in
# decisions, each made by the test that needs it, never by default):
#
#   "modelling": {
#     "parameters": { "New-CMCloudManagementGateway": { "TenantId": { "sets": ["Non-Interactive"], "mandatory": false, "type": "String" },
#                                                       "VMSSVMSize": { "enum": ["Lab", "Standard", "Large"] } } },
#     "gatewayName": "both" | "ServiceCName" | "Name" | "Fqdn",
#     "roleProps": "community" | "other"
#   }
#
# parameters: a parameter the docs say the cmdlet has but put in no SYNTAX block (release notes
# only, or described outside every set), given the sets, type and values this site's cmdlet has.
# Only such a parameter can be modelled: cmdlet-facts.json must list it for the run's site version
# under releaseNoteFacts or disagreements, so a run can never give a cmdlet a parameter the docs
# do not name. Without "sets" (or with []), the parameter is in every set. "enum" makes an enum
# type with those members (the real type's name is not documented either: CMStandIn.Modelled.*),
# "validateSet" a String with [ValidateSet()], "type" one of the documented type names.
# Without modelling, such a parameter does not exist: the binder refuses it, as today.
#
# gatewayName: which SMS_AzureService property -Name of Get-/Remove-CMCloudManagementGateway
# matches (F-GW-9: the docs' examples use the FQDN and the short name; which one the cmdlet reads is
# not documented). Default "both" (ServiceCName or Name). "Fqdn": SMS_AzureService.Fqdn only, the
# deployment-name form of the Get page's example ("GraniteFalls.cloudapp.net"): a stand-in decision,
# the third possibility the docs leave open.
#
# roleProps: the names of a role's site control properties (SMS_SCI_SysResUse.Props): "community"
# (default: AllowProxyTraffic, MPInternetFacing… as community tooling reads them, embedded-properties.ps1)
# or "other" (stand-in decision: a site whose Props use none of those names, which Microsoft's
# SMS_EmbeddedProperty page allows: "There is no list that defines the properties for each site
# control item"): the roles then have no Props the scripts know.
Set-StrictMode -Version Latest

$script:ModelledEnums = @{}
$script:ModelledModule = $null

<#
.SYNOPSIS
An enum type with these members, made once per process (System.Reflection.Emit: no compiler run).
#>
function Get-CMStandInModelledEnum {
    param([Parameter(Mandatory)] [string] $Parameter, [Parameter(Mandatory)] [string[]] $Members)
    $hash = [System.Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData([System.Text.Encoding]::UTF8.GetBytes($Parameter + '|' + ($Members -join '|')))).Substring(0, 12)
    $name = "CMStandIn.Modelled.${Parameter}_$hash"
    if (-not $script:ModelledEnums.ContainsKey($name)) {
        if ($null -eq $script:ModelledModule) {
            $assembly = [System.Reflection.Emit.AssemblyBuilder]::DefineDynamicAssembly([System.Reflection.AssemblyName]::new('CMStandIn.Modelled'), [System.Reflection.Emit.AssemblyBuilderAccess]::Run)
            $script:ModelledModule = $assembly.DefineDynamicModule('CMStandIn.Modelled')
        }
        $builder = $script:ModelledModule.DefineEnum($name, [System.Reflection.TypeAttributes]::Public, [int])
        for ($index = 0; $index -lt $Members.Count; $index++) { [void]$builder.DefineLiteral($Members[$index], $index) }
        $script:ModelledEnums[$name] = $builder.CreateType()
    }
    return $name
}

function ConvertTo-CMStandInCopy($Value) {
    ConvertFrom-Json -InputObject (ConvertTo-Json -InputObject $Value -Depth 64 -Compress) -AsHashtable -DateKind String -Depth 64
}

<#
.SYNOPSIS
The parameter names the facts say a cmdlet has at this range without a SYNTAX block to put them in.
#>
function Get-CMStandInUndocumentedParameter($Epoch) {
    $names = [System.Collections.Generic.List[string]]::new()
    if ($Epoch.Contains('releaseNoteFacts')) { foreach ($fact in @($Epoch.releaseNoteFacts)) { foreach ($name in @($fact.parameters)) { $names.Add([string]$name) } } }
    if ($Epoch.Contains('disagreements')) { foreach ($entry in @($Epoch.disagreements)) { if ($entry.parameter) { $names.Add([string]$entry.parameter) } } }
    return $names.ToArray()
}

<#
.SYNOPSIS
A copy of a cmdlet's range with the run's modelled parameters in it, or the range itself without any.
#>
function Add-CMStandInModelledParameter {
    param([Parameter(Mandatory)] [string] $Cmdlet, [Parameter(Mandatory)] $Epoch, [AllowNull()] $Modelled)
    if ($null -eq $Modelled -or $Modelled.Count -eq 0) { return $Epoch }
    $copy = ConvertTo-CMStandInCopy $Epoch
    $undocumented = Get-CMStandInUndocumentedParameter $copy
    foreach ($name in $Modelled.Keys) {
        $spec = $Modelled[$name]
        if ($undocumented -notcontains $name) {
            throw "modelling.parameters.${Cmdlet}.${name}: the facts of $Cmdlet at this site version name no such parameter outside its SYNTAX blocks (releaseNoteFacts, disagreements): the stand-in models only what the docs say exists."
        }
        $sets = @(if ($spec.Contains('sets') -and $null -ne $spec.sets) { $spec.sets })
        foreach ($set in $sets) {
            if (-not $copy.parameterSets.Contains($set)) { throw "modelling.parameters.${Cmdlet}.${name}: $Cmdlet has no parameter set '$set' at this site version." }
        }
        $parameter = if ($copy.parameters.Contains($name)) { $copy.parameters[$name] } else { [ordered]@{ type = 'String'; aliases = @(); acceptedValues = $null; pipeline = @{ byValue = $false; byPropertyName = $false }; wildcards = $false } }
        if ($spec.Contains('enum')) { $parameter.standInType = Get-CMStandInModelledEnum -Parameter $name -Members ([string[]]@($spec.enum)); $parameter.acceptedValues = $null }
        elseif ($spec.Contains('validateSet')) { $parameter.type = 'String'; $parameter.acceptedValues = @($spec.validateSet) }
        elseif ($spec.Contains('type')) { $parameter.type = [string]$spec.type }
        # An existing parameter (IsUsingExistingGroup) moves to the modelled sets: out of the others first.
        foreach ($set in @($copy.parameterSets.Keys)) { $copy.parameterSets[$set].parameters.Remove($name) }
        $mandatory = $spec.Contains('mandatory') -and [bool]$spec.mandatory
        if ($sets.Count -eq 0) { $parameter.modelledAllSets = [ordered]@{ mandatory = $mandatory } }
        else { foreach ($set in $sets) { $copy.parameterSets[$set].parameters[$name] = [ordered]@{ mandatory = $mandatory; position = $null } } }
        $copy.parameters[$name] = $parameter
    }
    return $copy
}

<#
.SYNOPSIS
The run's modelling, checked: unknown keys are refused so that a typo never runs the default silently.
#>
function Get-CMStandInModelling($Run) {
    $modelling = if ($Run.Contains('modelling') -and $null -ne $Run.modelling) { $Run.modelling } else { @{} }
    foreach ($key in $modelling.Keys) { if ($key -notin 'parameters', 'gatewayName', 'roleProps') { throw "run.modelling: unknown key '$key' (parameters, gatewayName, roleProps)." } }
    $gatewayName = if ($modelling.Contains('gatewayName')) { [string]$modelling.gatewayName } else { 'both' }
    if ($gatewayName -notin 'both', 'ServiceCName', 'Name', 'Fqdn') { throw "run.modelling.gatewayName: both, ServiceCName, Name or Fqdn, not '$gatewayName'." }
    $roleProps = if ($modelling.Contains('roleProps')) { [string]$modelling.roleProps } else { 'community' }
    if ($roleProps -notin 'community', 'other') { throw "run.modelling.roleProps: community or other, not '$roleProps'." }
    [ordered]@{ parameters = $(if ($modelling.Contains('parameters') -and $null -ne $modelling.parameters) { $modelling.parameters } else { @{} }); gatewayName = $gatewayName; roleProps = $roleProps }
}
