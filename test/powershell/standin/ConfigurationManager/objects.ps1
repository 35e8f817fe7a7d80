# The provider objects the stand-in cmdlets return, shaped from the state. Each carries the
# properties its WMI class documents (wmi-classes.json names the pages), so a script that reads
# a property the class does not have fails under Set-StrictMode as it would on a site.
Set-StrictMode -Version Latest

# Stand-in decision: the RoleName strings of SMS_SCI_SysResUse are a "stringenumeration" whose
# values the class page does not list; these are the names the site uses in its logs and SDK samples.
$script:RoleNames = [ordered]@{
    SiteSystem                             = 'SMS Site System'
    ManagementPoint                        = 'SMS Management Point'
    SoftwareUpdatePoint                    = 'SMS Software Update Point'
    DistributionPoint                      = 'SMS Distribution Point'
    CloudManagementGatewayConnectionPoint  = 'SMS Cloud Proxy Connector'
}

function Get-CMStandInClassFacts([string] $ClassName) {
    $classes = (Get-CMStandInSession).WmiClasses
    if (-not $classes.Contains($ClassName)) { throw "wmi-classes.json has no $ClassName." }
    return $classes[$ClassName]
}

<#
.SYNOPSIS
The documented properties of a class, each from the state when it has it, otherwise the type's default.
#>
function Get-CMStandInClassProperties {
    param([Parameter(Mandatory)] [string] $ClassName, [Parameter(Mandatory)] [System.Collections.IDictionary] $From)
    $properties = [ordered]@{}
    foreach ($property in (Get-CMStandInClassFacts $ClassName).properties.GetEnumerator()) {
        if ($From.Contains($property.Key)) { $properties[$property.Key] = $From[$property.Key]; continue }
        $properties[$property.Key] = switch ($property.Value) {
            'String' { '' }
            'Boolean' { $false }
            'UInt32' { [uint32]0 }
            default { $null }
        }
    }
    return $properties
}

function ConvertTo-CMStandInSiteObject($Site) {
    New-CMStandInObject -BaseObject ([CMStandIn.ResultObject]::new('SMS_Site', $Site.SiteCode)) -Properties (Get-CMStandInClassProperties -ClassName 'SMS_Site' -From $Site) -TypeName 'IResultObject#SMS_Site'
}

function ConvertTo-CMStandInGatewayObject($Gateway) {
    $properties = Get-CMStandInClassProperties -ClassName 'SMS_AzureService' -From $Gateway
    New-CMStandInObject -BaseObject ([CMStandIn.ResultObject]::new('SMS_AzureService', [string]$Gateway.AzureServiceID)) -Properties $properties -TypeName 'IResultObject#SMS_AzureService'
}

function Get-CMStandInRoleKey([string] $SiteCode, [string] $Server, [string] $Role) { "$SiteCode|$Server|$Role" }

<#
.SYNOPSIS
A site system role as SMS_SCI_SysResUse. Its settings are kept in the state, where the harness
reads them: the class keeps them in Props (SMS_EmbeddedProperty) under names the docs do not map
to cmdlet parameters; the few a script reads are shaped in embedded-properties.ps1.
#>
function ConvertTo-CMStandInRoleObject($System, [string] $Role) {
    $settings = if ($Role -eq 'SiteSystem') { $System.settings } else { $System.roles[$Role] }
    $sslState = if ($settings.Contains('EnableSsl')) { if ($settings.EnableSsl) { 1 } else { 0 } } else { 2 }
    $server = $System.server
    $key = Get-CMStandInRoleKey $System.siteCode $server $Role
    $from = [ordered]@{
        # NALPath and ItemName have a format the class page does not give: left empty.
        NetworkOSPath = "\\$server"
        Props         = Get-CMStandInRoleProps -System $System -Role $Role -Key $key
        PropLists     = @()
        RoleName      = $script:RoleNames[$Role]
        SiteCode      = $System.siteCode
        SslState      = [uint32]$sslState
        Type          = [uint32]8
    }
    $properties = Get-CMStandInClassProperties -ClassName 'SMS_SCI_SysResUse' -From $from
    New-CMStandInObject -BaseObject ([CMStandIn.ResultObject]::new('SMS_SCI_SysResUse', $key)) -Properties $properties -TypeName 'IResultObject#SMS_SCI_SysResUse'
}
