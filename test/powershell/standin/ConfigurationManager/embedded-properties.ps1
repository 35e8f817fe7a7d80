# The Props of a site system role (SMS_SCI_SysResUse.Props, an array of SMS_EmbeddedProperty):
# the few site control properties the generated scripts read to tell whether a setting is
# already there, shaped from the role's settings in the state (the Set- cmdlets' parameters).
#
# SMS_EmbeddedProperty is documented (PropertyName, Value, Value1, Value2), but "There is no list
# that defines the properties for each site control item" (its class page). The names below are
# the ones community tooling reads, UNCONFIRMED against Microsoft's docs:
# - AllowProxyTraffic (Value 0/1) on a management point and a software update point is what
#   -EnableCloudGateway sets: dsccommunity/ConfigMgrCBDsc DSC_CMManagementPoint.psm1 and
#   DSC_CMSoftwareUpdatePoint.psm1 (Get-TargetResource: 'AllowProxyTraffic' -> EnableCloudGateway);
#   on a distribution point the same name as Set-CMDistributionPoint's own -AllowProxyTraffic
#   (alias EnableCloudGateway, its cmdlet page), stand-in decision.
# - MPInternetFacing and MPIntranetFacing (Value 0/1) on a management point are what
#   -ClientConnectionType sets: ConfigMgrCBDsc DSC_CMManagementPoint.psm1 (Get-TargetResource: both 1
#   = InternetAndIntranet, one of them = Internet or Intranet). Stand-in decision: a management point
#   whose ClientConnectionType was never set serves the intranet only.
# - UseProxy (Value 0/1), ProxyName (Value2), ProxyServerPort (Value) on the site system are what
#   Set-CMSiteSystemServer -EnableProxy/-ProxyServerName/-ProxyServerPort set: ConfigMgrCBDsc
#   DSC_CMSiteSystemServer.psm1 (Get-TargetResource), which also takes 80 as the port of a server
#   whose proxy was never set (its NoProxyPort warning).
# A script that finds none of them (another site version, another name) only loses its
# "already configured" shortcut: it sets the value again.
Set-StrictMode -Version Latest

function ConvertTo-CMStandInEmbeddedProperty {
    param([Parameter(Mandatory)] [string] $Key, [Parameter(Mandatory)] [string] $PropertyName, [uint32] $Value = 0, [string] $Value1 = '', [string] $Value2 = '')
    $properties = Get-CMStandInClassProperties -ClassName 'SMS_EmbeddedProperty' -From ([ordered]@{ PropertyName = $PropertyName; Value = $Value; Value1 = $Value1; Value2 = $Value2 })
    New-CMStandInObject -BaseObject ([CMStandIn.ResultObject]::new('SMS_EmbeddedProperty', "$Key|$PropertyName")) -Properties $properties -TypeName 'IResultObject#SMS_EmbeddedProperty'
}

function Get-CMStandInFlag([System.Collections.IDictionary] $Settings, [string] $Name) {
    if ($Settings.Contains($Name) -and $Settings[$Name]) { return [uint32]1 }
    return [uint32]0
}

<#
.SYNOPSIS
The Props of one role of a site system (Role 'SiteSystem': the server itself), for ConvertTo-CMStandInRoleObject.
#>
function Get-CMStandInRoleProps {
    param([Parameter(Mandatory)] $System, [Parameter(Mandatory)] [string] $Role, [Parameter(Mandatory)] [string] $Key)
    $settings = if ($Role -eq 'SiteSystem') { $System.settings } else { $System.roles[$Role] }
    $props = [System.Collections.Generic.List[object]]::new()
    # modelling.roleProps 'other' (modelling.ps1): none of the community names below.
    if ([string](Get-CMStandInSession).Modelling.roleProps -eq 'other') { return ,$props.ToArray() }
    switch ($Role) {
        { $_ -in 'ManagementPoint', 'SoftwareUpdatePoint' } {
            $props.Add((ConvertTo-CMStandInEmbeddedProperty -Key $Key -PropertyName 'AllowProxyTraffic' -Value (Get-CMStandInFlag $settings 'EnableCloudGateway')))
            if ($Role -eq 'ManagementPoint') {
                $connection = if ($settings.Contains('ClientConnectionType')) { [string]$settings.ClientConnectionType } else { 'Intranet' }
                $props.Add((ConvertTo-CMStandInEmbeddedProperty -Key $Key -PropertyName 'MPInternetFacing' -Value ([uint32]($connection -in 'Internet', 'InternetAndIntranet'))))
                $props.Add((ConvertTo-CMStandInEmbeddedProperty -Key $Key -PropertyName 'MPIntranetFacing' -Value ([uint32]($connection -in 'Intranet', 'InternetAndIntranet'))))
            }
        }
        'DistributionPoint' {
            $props.Add((ConvertTo-CMStandInEmbeddedProperty -Key $Key -PropertyName 'AllowProxyTraffic' -Value (Get-CMStandInFlag $settings 'AllowProxyTraffic')))
        }
        'SiteSystem' {
            $port = if ($settings.Contains('ProxyServerPort')) { [uint32]$settings.ProxyServerPort } else { [uint32]80 }
            $name = if ($settings.Contains('ProxyServerName')) { [string]$settings.ProxyServerName } else { '' }
            $props.Add((ConvertTo-CMStandInEmbeddedProperty -Key $Key -PropertyName 'UseProxy' -Value (Get-CMStandInFlag $settings 'EnableProxy')))
            $props.Add((ConvertTo-CMStandInEmbeddedProperty -Key $Key -PropertyName 'ProxyName' -Value2 $name))
            $props.Add((ConvertTo-CMStandInEmbeddedProperty -Key $Key -PropertyName 'ProxyServerPort' -Value $port))
        }
    }
    # The comma keeps a one-item list a list.
    return , $props.ToArray()
}
