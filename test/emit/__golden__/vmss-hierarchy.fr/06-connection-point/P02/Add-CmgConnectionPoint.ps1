<#
.SYNOPSIS
Étape 6 : ajoute le rôle de point de connexion de la passerelle de gestion cloud.
.DESCRIPTION
Exécute Add-CMCloudManagementGatewayConnectionPoint sur un système de site existant, et Set-CMSiteSystemServer pour son proxy Internet s'il y en a un. Si le serveur héberge déjà un point de connexion, il s'arrête : la CMG que sert ce rôle ne figure dans aucune propriété documentée. Vérifiez-la dans la console, puis relancez le script avec -ExistingConnectionPoint Keep (il sert cette CMG) ou Relink (Set-CMCloudManagementGatewayConnectionPoint le rattache à cette CMG).
Généré par cmg-setup. Chaque valeur ci-dessous est la valeur par défaut d'un paramètre : vérifiez-la,
et exécutez d'abord le script avec -WhatIf pour voir ce qui changerait.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # Code du site principal (ou du site de niveau supérieur).
    [string] $SiteCode = 'P02',

    # FQDN du fournisseur SMS.
    [string] $SmsProvider = 'cm02.contoso.com',

    # Nom du service de la CMG que dessert le point de connexion.
    [string] $ServiceName = 'contosocmg.contoso.com',

    # FQDN du système de site qui reçoit le rôle.
    [string] $ConnectionPointServer = 'cmgcp02.contoso.com',

    # Proxy Internet du point de connexion.
    [string] $ProxyServer = 'proxy.contoso.com',

    # Port du proxy Internet.
    [int] $ProxyPort = 8080,

    # Si le serveur héberge déjà un point de connexion de CMG : Stop (par défaut : le signaler, ne rien modifier), Keep (vous avez vérifié dans la console qu'il sert cette CMG) ou Relink (le rattacher à cette CMG).
    [string] $ExistingConnectionPoint = 'Stop'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if (-not (Get-Module -Name ConfigurationManager)) {
    if ($env:SMS_ADMIN_UI_PATH) {
        Import-Module -Name (Join-Path -Path (Split-Path -Path $env:SMS_ADMIN_UI_PATH -Parent) -ChildPath 'ConfigurationManager.psd1')
    }
    else {
        Import-Module -Name ConfigurationManager
    }
}
if (-not (Get-PSDrive -Name $SiteCode -PSProvider CMSite -ErrorAction SilentlyContinue)) {
    try {
        New-PSDrive -Name $SiteCode -PSProvider CMSite -Root $SmsProvider -WhatIf:$false | Out-Null
    }
    catch {
        throw ('Impossible de se connecter au site {0} via le fournisseur SMS {1} : {2} Vérifiez -SiteCode et -SmsProvider, et que votre compte a un rôle dans Configuration Manager.' -f $SiteCode, $SmsProvider, $_.Exception.Message)
    }
}
Push-Location -Path ($SiteCode + ':\')
try {
    if ($ExistingConnectionPoint -notin 'Stop', 'Keep', 'Relink') {
        throw ('-ExistingConnectionPoint prend Stop, Keep ou Relink, pas {0}.' -f $ExistingConnectionPoint)
    }
    $server = Get-CMSiteSystemServer -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode
    if (-not $server) {
        throw ('{0} n''est pas un système de site du site {1}. Ajoutez-le d''abord comme serveur de système de site.' -f $ConnectionPointServer, $SiteCode)
    }
    function Find-CmgGateway([string] $ServiceName) {
        $found = @(Get-CMCloudManagementGateway | Where-Object { [string]::Equals([string]$_.ServiceCName, $ServiceName, [System.StringComparison]::OrdinalIgnoreCase) })
        if ($found.Count -gt 1) {
            throw ('Plusieurs passerelles de gestion cloud portent le nom de service {0} ({1} trouvées) : le script ne choisit pas. Vérifiez Administration > Services cloud > Passerelle de gestion cloud.' -f $ServiceName, $found.Count)
        }
        if ($found.Count -eq 1) { return $found[0] }
        return $null
    }
    function Get-CmgGatewayName($Gateway) {
        $forms = @()
        foreach ($property in 'ServiceCName', 'Fqdn', 'Name') {
            $form = [string]$Gateway.$property
            if ($form -eq '' -or $forms -contains $form) { continue }
            $forms += $form
            $answer = @(Get-CMCloudManagementGateway -Name $form -DisableWildcardHandling | Where-Object { [string]$_.AzureServiceID -eq [string]$Gateway.AzureServiceID })
            if ($answer.Count -gt 0) { return $form }
        }
        throw ('La passerelle de gestion cloud {0} existe, mais Get-CMCloudManagementGateway -Name ne répond à aucun de ses noms ({1}), et le nom que prend -CloudManagementGatewayName n''est pas documenté : rien n''a été modifié. Ajoutez le point de connexion dans la console : Administration > Configuration du site > Serveurs et rôles de système de site, le serveur, Ajouter des rôles de système de site, Point de connexion de la passerelle de gestion cloud.' -f [string]$Gateway.ServiceCName, ($forms -join ', '))
    }
    $gateway = Find-CmgGateway -ServiceName $ServiceName
    if (-not $gateway) {
        throw ('Aucune passerelle de gestion cloud nommée {0}. Exécutez d''abord New-CmgGateway.ps1 (étape 4).' -f $ServiceName)
    }
    $existing = Get-CMCloudManagementGatewayConnectionPoint -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode
    if ($existing -and $ExistingConnectionPoint -eq 'Stop') {
        throw ('{0} héberge déjà un rôle de point de connexion de passerelle de gestion cloud, et cmg-setup ne peut pas savoir quelle CMG il sert : aucune propriété documentée du rôle ne la nomme. Rien n''a été modifié. Vérifiez-le dans la console : Administration > Configuration du site > Serveurs et rôles de système de site > {0} > Point de connexion de la passerelle de gestion cloud > Propriétés, la passerelle de gestion cloud à laquelle il se connecte. S''il s''agit de {1}, relancez ce script avec -ExistingConnectionPoint Keep ; pour le rattacher à {1} (la CMG qu''il sert aujourd''hui perd ce point de connexion), avec -ExistingConnectionPoint Relink.' -f $ConnectionPointServer, $ServiceName)
    }
    if (-not ($existing -and $ExistingConnectionPoint -eq 'Keep')) {
        $gatewayName = Get-CmgGatewayName -Gateway $gateway
    }
    function Test-CmgSiteControlProperty($Item, [string] $Name, [string] $Field, $Expected) {
        @($Item.Props | Where-Object { $_.PropertyName -ceq $Name -and $_.$Field -eq $Expected }).Count -gt 0
    }
    $proxySet = (Test-CmgSiteControlProperty $server 'UseProxy' 'Value' 1) -and (Test-CmgSiteControlProperty $server 'ProxyName' 'Value2' $ProxyServer) -and (Test-CmgSiteControlProperty $server 'ProxyServerPort' 'Value' $ProxyPort)
    if ($proxySet) {
        Write-Host ('Déjà configuré : {0} utilise le proxy {1}:{2}.' -f $ConnectionPointServer, $ProxyServer, $ProxyPort)
    }
    elseif ($PSCmdlet.ShouldProcess($ConnectionPointServer, 'Définir le proxy Internet du système de site')) {
        Set-CMSiteSystemServer -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode -EnableProxy $true -ProxyServerName $ProxyServer -ProxyServerPort $ProxyPort
        Write-Host ('{0} : proxy {1}:{2}.' -f $ConnectionPointServer, $ProxyServer, $ProxyPort)
    }
    if ($existing -and $ExistingConnectionPoint -eq 'Keep') {
        Write-Host ('Conservé comme vous l''avez vérifié : {0} héberge un rôle de point de connexion de CMG, qui sert {1} (-ExistingConnectionPoint Keep). Le rôle n''a pas été modifié.' -f $ConnectionPointServer, $ServiceName)
    }
    elseif ($existing) {
        if ($PSCmdlet.ShouldProcess($ConnectionPointServer, ('Rattacher le rôle de point de connexion à la passerelle de gestion cloud {0} (la CMG qu''il sert aujourd''hui perd ce point de connexion)' -f $ServiceName))) {
            Set-CMCloudManagementGatewayConnectionPoint -CloudManagementGatewayName $gatewayName -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode | Out-Null
            Write-Host ('{0} : le rôle de point de connexion de la CMG sert désormais {1}. Surveillez SMS_Cloud_ProxyConnector.log sur ce serveur.' -f $ConnectionPointServer, $ServiceName)
        }
    }
    elseif ($PSCmdlet.ShouldProcess($ConnectionPointServer, 'Ajouter le rôle de point de connexion de la passerelle de gestion cloud')) {
        Add-CMCloudManagementGatewayConnectionPoint -CloudManagementGatewayName $gatewayName -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode | Out-Null
        Write-Host ('{0} héberge désormais le rôle de point de connexion de la passerelle de gestion cloud pour {1}. Surveillez SMS_Cloud_ProxyConnector.log sur ce serveur.' -f $ConnectionPointServer, $ServiceName)
    }
}
finally {
    Pop-Location
}
