/**
 * What the site-server scripts read before they change a site system or a role, so that a second
 * run says "already configured" instead of setting the same value again (DESIGN.md: scripts check
 * before they change). A role's settings live in its site control item, SMS_SCI_SysResUse.Props:
 * SMS_EmbeddedProperty objects with PropertyName ("case sensitive"), Value, Value1, Value2
 * (memdocs, sms_embeddedproperty-server-wmi-class.md). That page says "There is no list that
 * defines the properties for each site control item", so the names the scripts look for come from
 * community tooling (UNCONFIRMED): AllowProxyTraffic (MP, SUP: what -EnableCloudGateway sets),
 * UseProxy / ProxyName / ProxyServerPort (site system: Set-CMSiteSystemServer's proxy), as read by
 * dsccommunity/ConfigMgrCBDsc (DSC_CMManagementPoint, DSC_CMSoftwareUpdatePoint,
 * DSC_CMSiteSystemServer). A name that is not there only costs the shortcut: the script sets the
 * value again, which is what it did before it looked.
 */

/** `Test-CmgSiteControlProperty $item 'Name' 'Value' 1`: whether one of the item's Props has that field equal to that value. */
export const SITE_CONTROL_PROPERTY_TEST: readonly string[] = [
  'function Test-CmgSiteControlProperty($Item, [string] $Name, [string] $Field, $Expected) {',
  '    @($Item.Props | Where-Object { $_.PropertyName -ceq $Name -and $_.$Field -eq $Expected }).Count -gt 0',
  '}',
];
