<#
.SYNOPSIS
Étape 4 sur 8 : crée la passerelle de gestion cloud (groupe de machines virtuelles identiques).
.DESCRIPTION
Exécute New-CMCloudManagementGateway avec son jeu de paramètres Non-Interactive (ConfigMgr 2010 et versions ultérieures), sauf si une CMG portant ce nom de service existe déjà.
Généré par cmg-setup. Chaque valeur ci-dessous est la valeur par défaut d'un paramètre : vérifiez-la,
et exécutez d'abord le script avec -WhatIf pour voir ce qui changerait.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # Code du site principal (ou du site de niveau supérieur).
    [string] $SiteCode = 'P01',

    # FQDN du fournisseur SMS.
    [string] $SmsProvider = 'cm01.contoso.com',

    # Nom du service CMG : le CN du certificat serveur.
    [string] $ServiceName = 'contosocmg.contoso.com',

    # Chemin du certificat d'authentification serveur de la CMG (.pfx) sur cette machine. Un chemin relatif part du dossier de ce script.
    [string] $ServiceCertPath = 'C:\certs\contosocmg.pfx',

    # Certificats racines et intermédiaires approuvés (.cer) des certificats clients. Un chemin relatif part du dossier de ce script.
    [string[]] $ClientRootCertPaths = @('C:\certs\contoso-root.cer', 'C:\certs\contoso-issuing.cer'),

    # ID d'abonnement Azure.
    [string] $SubscriptionId = '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6',

    # Groupe de ressources Azure de la CMG.
    [string] $ResourceGroup = 'rg-contoso-cmg',

    # ID client de l'application serveur (web) Entra.
    [string] $ServerAppClientId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',

    # Région Azure, sous le nom AzureRegion qu'attend l'applet de commande.
    [string] $Region = 'WestEurope',

    # Nombre d'instances de machine virtuelle (1-16).
    [int] $VMInstanceCount = 2,

    # Vérifier la révocation des certificats clients (nécessite une CRL publiée sur Internet).
    [bool] $CheckClientCertRevocation = $false,

    # Appliquer TLS 1.2.
    [bool] $EnforceTls12 = $true,

    # Permettre à la CMG de distribuer du contenu depuis le stockage Azure.
    [bool] $ContentEnabled = $true,

    # Seuil d'alerte du trafic sortant sur 14 jours, en Go ; 0 désactive l'alerte.
    [int] $TrafficOutGB = 10000,

    # Pourcentage du seuil qui déclenche une alerte d'avertissement.
    [int] $TrafficWarningPct = 50,

    # Pourcentage du seuil qui déclenche une alerte critique.
    [int] $TrafficCriticalPct = 90,

    # Arrêter la CMG lorsque le seuil critique est dépassé.
    [bool] $TrafficOutStopService = $true,

    # Description affichée dans la console.
    [string] $Description = 'Contoso production CMG'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if (-not [System.IO.Path]::IsPathRooted($ServiceCertPath)) {
    $ServiceCertPath = [System.IO.Path]::GetFullPath((Join-Path -Path $PSScriptRoot -ChildPath $ServiceCertPath))
}
$ClientRootCertPaths = @(foreach ($item in $ClientRootCertPaths) {
    if ([System.IO.Path]::IsPathRooted($item)) { $item } else { [System.IO.Path]::GetFullPath((Join-Path -Path $PSScriptRoot -ChildPath $item)) }
})

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
    $existing = Get-CMCloudManagementGateway -Name $ServiceName
    if ($existing) {
        Write-Host ('Déjà configuré : la passerelle de gestion cloud {0} existe. Rien à faire.' -f $ServiceName)
        return
    }
    if (-not (Test-Path -LiteralPath $ServiceCertPath -PathType Leaf)) {
        throw ('Certificat serveur introuvable : {0}. Copiez-le sur cette machine (voir RUNBOOK.md) ou indiquez son chemin en paramètre.' -f $ServiceCertPath)
    }
    $caRootCert = @{}
    foreach ($path in $ClientRootCertPaths) {
        if (-not (Test-Path -LiteralPath $path -PathType Leaf)) {
            throw ('Certificat racine client introuvable : {0}. Copiez-le sur cette machine (voir RUNBOOK.md) ou indiquez son chemin en paramètre.' -f $path)
        }
        $certificate = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new($path)
        if ($certificate.Subject -eq $certificate.Issuer) {
            $caRootCert[$path] = [Microsoft.ConfigurationManagement.AdminConsole.AzureServices.CertificateStore]::RootCA
        }
        else {
            $caRootCert[$path] = [Microsoft.ConfigurationManagement.AdminConsole.AzureServices.CertificateStore]::IntermediateCA
        }
    }
    if ($PSCmdlet.ShouldProcess($ServiceName, 'Créer la passerelle de gestion cloud dans Azure')) {
        $serviceCertPassword = Read-Host -Prompt 'Mot de passe du certificat serveur de la CMG (.pfx)' -AsSecureString
        $parameters = @{
            ServiceCertPath = $ServiceCertPath
            ServiceCertPassword = $serviceCertPassword
            EnvironmentSetting = 'AzurePublicCloud'
            SubscriptionId = $SubscriptionId
            GroupName = $ResourceGroup
            ServerAppClientId = $ServerAppClientId
            ServiceName = $ServiceName
            Region = $Region
            VMInstanceCount = $VMInstanceCount
            CheckClientCertRevocation = $CheckClientCertRevocation
            EnforceProtocol = $EnforceTls12
            EnableCloudDPFunction = $ContentEnabled
        }
        if ($caRootCert.Count -gt 0) {
            $parameters.CARootCert = $caRootCert
        }
        if ($Description) {
            $parameters.Description = $Description
        }
        if ($TrafficOutGB -gt 0) {
            $parameters.EnableTrafficOut = $true
            $parameters.TrafficOutGB = $TrafficOutGB
            $parameters.TrafficWarningPct = $TrafficWarningPct
            $parameters.TrafficCriticalPct = $TrafficCriticalPct
            $parameters.TrafficOutStopService = $TrafficOutStopService
        }
        New-CMCloudManagementGateway @parameters | Out-Null
        Write-Host ('Création de {0} lancée. Exécutez Wait-CmgReady.ps1 pour la suivre jusqu''à l''état Prêt.' -f $ServiceName)
    }
}
finally {
    Pop-Location
}
