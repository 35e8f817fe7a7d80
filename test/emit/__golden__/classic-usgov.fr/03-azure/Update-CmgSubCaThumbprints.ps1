<#
.SYNOPSIS
Étape 3 : indique à la passerelle de gestion cloud les certificats d'autorités de certification secondaires qu'elle approuve (ConfigMgr 1610/1702).
.DESCRIPTION
Trouve la CMG (SMS_AzureService, ServiceType CloudProxyService) par son ServiceCName via le fournisseur SMS et définit SubCACertThumbprint avec les empreintes, séparées par des points-virgules, des certificats d'autorités de certification secondaires chargés sur le service cloud, sauf si elle les a déjà. SubCACertThumbprint ne figure pas dans la documentation du SDK de SMS_AzureService : seul le script UpdateSubCAThumbprints.vbs de l'article 1610 le définit.
Généré par cmg-setup. Chaque valeur ci-dessous est la valeur par défaut d'un paramètre : vérifiez-la,
et exécutez d'abord le script avec -WhatIf pour voir ce qui changerait.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # ServiceCName de la CMG : le CN de son certificat serveur.
    [string] $ServiceCName = 'fabrikamcmg.usgovcloudapp.net',

    # Empreintes des certificats d'autorités de certification secondaires chargés sur le service cloud (40 caractères hexadécimaux, en majuscules).
    [string[]] $SubCaThumbprints = @('0123456789ABCDEF0123456789ABCDEF01234567', 'FEDCBA9876543210FEDCBA9876543210FEDCBA98'),

    # FQDN du fournisseur SMS.
    [string] $SmsProvider = 'cm.fabrikam.gov'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if (-not $SubCaThumbprints) {
    throw 'Indiquez au moins une empreinte de certificat d''autorité de certification secondaire.'
}
foreach ($thumbprint in $SubCaThumbprints) {
    if ($thumbprint -cnotmatch '^[0-9A-F]{40}\z') {
        throw ('Ce n''est pas une empreinte de certificat : {0}. Indiquez 40 caractères hexadécimaux en majuscules, sans espaces.' -f $thumbprint)
    }
}
$wanted = $SubCaThumbprints -join ';'

$session = $null
try {
    $session = New-CimSession -ComputerName $SmsProvider -SessionOption (New-CimSessionOption -Protocol Dcom)
}
catch {
    throw ('Impossible de se connecter au fournisseur SMS {0} par DCOM ({1}). Vérifiez le nom et le pare-feu, ou passez -SmsProvider.' -f $SmsProvider, $_.Exception.Message)
}
try {
    $locations = @()
    try {
        $locations = @(Get-CimInstance -CimSession $session -Namespace 'root\sms' -ClassName SMS_ProviderLocation)
    }
    catch {
        throw ('Impossible de localiser le fournisseur SMS : {0} ne répond pas pour root\sms ({1}). Passez -SmsProvider avec le nom du fournisseur SMS.' -f $SmsProvider, $_.Exception.Message)
    }
    $provider = $locations | Where-Object { $_.ProviderForLocalSite } | Select-Object -First 1
    if (-not $provider) {
        throw ('Impossible de localiser le fournisseur SMS. {0} ne répertorie aucun SMS_ProviderLocation pour son site local.' -f $SmsProvider)
    }
    $siteCode = $provider.SiteCode
    $service = Get-CimInstance -CimSession $session -Namespace ('root\sms\site_' + $siteCode) -ClassName SMS_AzureService | Where-Object { $_.ServiceType -eq 'CloudProxyService' -and $_.ServiceCName -eq $ServiceCName } | Select-Object -First 1
    if (-not $service) {
        throw ('Impossible d''obtenir l''instance Azure_Service. Le site {0} n''a aucune passerelle de gestion cloud de ServiceCName {1}.' -f $siteCode, $ServiceCName)
    }
    $service = Get-CimInstance -InputObject $service
    $property = $service.CimInstanceProperties['SubCACertThumbprint']
    if (-not $property) {
        throw ('SMS_AzureService du site {0} n''a pas de propriété SubCACertThumbprint : cette version du site prend plutôt les certificats intermédiaires dans l''assistant de la CMG (ou -CARootCert).' -f $siteCode)
    }

    $previous = $property.Value
    if ($previous -eq $wanted) {
        Write-Host ('Déjà configuré : {0} approuve les empreintes d''autorités secondaires {1}. Rien à faire.' -f $ServiceCName, $wanted)
        return
    }
    if ($PSCmdlet.ShouldProcess($ServiceCName, ('Définir SubCACertThumbprint à {0}' -f $wanted))) {
        Set-CimInstance -InputObject $service -Property @{ SubCACertThumbprint = $wanted }
        Write-Host ('SubCACertThumbprint de {0} changé de [{1}] en [{2}].' -f $ServiceCName, $previous, $wanted)
    }
}
finally {
    Remove-CimSession -CimSession $session -WhatIf:$false
}
