<#
.SYNOPSIS
Étape 5 : paramètres de communication client du site pour la CMG.
.DESCRIPTION
Exécute Set-CMSite à chaque exécution : aucune applet de commande documentée ne relit ces paramètres, et redéfinir les mêmes valeurs ne change rien. Il définit -UsePkiClientCertificate et -ClientCheckCertificateRevocationListForSiteSystem. Il active -UseSmsGeneratedCert, l'option « Utiliser les certificats générés par Configuration Manager pour les systèmes de site HTTP » (HTTP amélioré), après avoir vérifié que le Set-CMSite de cette console a ce paramètre : aucune note de publication ne dit quelle version l'a ajouté. Console : Administration > Configuration du site > Sites > Propriétés > Sécurité des communications (Communication de l'ordinateur client avant la 1906).
Généré par cmg-setup. Chaque valeur ci-dessous est la valeur par défaut d'un paramètre : vérifiez-la,
et exécutez d'abord le script avec -WhatIf pour voir ce qui changerait.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # Code du site principal (ou du site de niveau supérieur).
    [string] $SiteCode = 'P01',

    # FQDN du fournisseur SMS.
    [string] $SmsProvider = 'cm01.contoso.com',

    # Utiliser le certificat client PKI (fonctionnalité d'authentification client) lorsqu'il est disponible.
    [bool] $UsePkiClientCertificate = $true,

    # Les clients vérifient la liste de révocation de certificats (CRL) des systèmes de site.
    [bool] $ClientsCheckCrl = $false,

    # Activer HTTP amélioré (-UseSmsGeneratedCert $true). $false laisse l'option telle quelle, par exemple une fois activée dans la console.
    [bool] $SetEnhancedHttp = $true
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
    $site = Get-CMSite -SiteCode $SiteCode
    if (-not $site) {
        throw ('Site {0} introuvable via le fournisseur SMS {1}.' -f $SiteCode, $SmsProvider)
    }
    if ($SetEnhancedHttp -and -not (Get-Command -Name Set-CMSite).Parameters.ContainsKey('UseSmsGeneratedCert')) {
        throw ('Le Set-CMSite de cette console n''a pas de paramètre -UseSmsGeneratedCert : le script ne peut donc pas activer HTTP amélioré pour le site {0} (aucune note de publication ne dit quelle version l''a ajouté). Rien n''a été modifié. Activez-le dans la console (Administration > Configuration du site > Sites > {0} > Propriétés > Sécurité des communications : HTTPS ou HTTP, et Utiliser les certificats générés par Configuration Manager pour les systèmes de site HTTP), puis relancez ce script avec -SetEnhancedHttp $false.' -f $SiteCode)
    }
    if ($PSCmdlet.ShouldProcess($SiteCode, 'Définir les paramètres de communication client du site')) {
        if ($SetEnhancedHttp) {
            Set-CMSite -SiteCode $SiteCode -UsePkiClientCertificate $UsePkiClientCertificate -ClientCheckCertificateRevocationListForSiteSystem $ClientsCheckCrl -UseSmsGeneratedCert $true
            Write-Host ('Site {0} : certificat client PKI {1}, vérification de la CRL par les clients {2} (défini à chaque exécution : aucune applet de commande documentée ne les relit ; les mêmes valeurs ne changent rien).' -f $SiteCode, $UsePkiClientCertificate, $ClientsCheckCrl)
            Write-Host ('Site {0} : HTTP amélioré activé, « Utiliser les certificats générés par Configuration Manager pour les systèmes de site HTTP » (défini à chaque exécution : aucune applet de commande documentée ne le relit). Chaque point de gestion HTTP reçoit son certificat dans les 30 minutes : voir mpcontrol.log.' -f $SiteCode)
        }
        else {
            Set-CMSite -SiteCode $SiteCode -UsePkiClientCertificate $UsePkiClientCertificate -ClientCheckCertificateRevocationListForSiteSystem $ClientsCheckCrl
            Write-Host ('Site {0} : certificat client PKI {1}, vérification de la CRL par les clients {2} (défini à chaque exécution : aucune applet de commande documentée ne les relit ; les mêmes valeurs ne changent rien).' -f $SiteCode, $UsePkiClientCertificate, $ClientsCheckCrl)
        }
    }
}
finally {
    Pop-Location
}
