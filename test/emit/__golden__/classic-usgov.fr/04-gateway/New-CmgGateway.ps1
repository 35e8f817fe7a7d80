<#
.SYNOPSIS
Étape 4 : crée la passerelle de gestion cloud (service cloud classique, ConfigMgr 1702-1810).
.DESCRIPTION
Exécute New-CMCloudManagementGateway avec la syntaxe de ConfigMgr 1702 à 2006 (certificat de gestion), sauf si une CMG portant ce nom de service existe déjà. Azure a mis hors service Cloud Services (classique) le 31 août 2024.
Généré par cmg-setup. Chaque valeur ci-dessous est la valeur par défaut d'un paramètre : vérifiez-la,
et exécutez d'abord le script avec -WhatIf pour voir ce qui changerait.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # Code du site principal (ou du site de niveau supérieur).
    [string] $SiteCode = 'FAB',

    # FQDN du fournisseur SMS.
    [string] $SmsProvider = 'cm.fabrikam.gov',

    # Nom du service CMG (<préfixe>.cloudapp.net) : le CN du certificat serveur.
    [string] $ServiceName = 'fabrikamcmg.usgovcloudapp.net',

    # Chemin du certificat d'authentification serveur de la CMG (.pfx) sur cette machine. Un chemin relatif part du dossier de ce script.
    [string] $ServiceCertPath = 'D:\pki\fabrikamcmg.pfx',

    # Chemin du certificat de gestion Azure (.pfx) sur cette machine. Un chemin relatif part du dossier de ce script.
    [string] $ManagementCertPath = 'D:\pki\azure-management.pfx',

    # Certificat racine approuvé (.cer) des certificats clients. Un chemin relatif part du dossier de ce script.
    [string] $RootCertPath = 'D:\pki\fabrikam-root.cer',

    # ID d'abonnement Azure.
    [string] $SubscriptionId = '11111111-2222-4333-8444-555555555555',

    # Région Azure, sous le nom AzureRegion qu'attend l'applet de commande.
    [string] $Region = 'USGovernmentVirginia',

    # Nombre d'instances de machine virtuelle (1-16).
    [int] $VMInstanceCount = 1,

    # Vérifier la révocation des certificats clients (nécessite une CRL publiée sur Internet).
    [bool] $CheckClientCertRevocation = $false,

    # Seuil d'alerte du trafic sortant sur 14 jours, en Go ; 0 désactive l'alerte.
    [int] $TrafficOutGB = 0,

    # Pourcentage du seuil qui déclenche une alerte d'avertissement.
    [int] $TrafficWarningPct = 50,

    # Pourcentage du seuil qui déclenche une alerte critique.
    [int] $TrafficCriticalPct = 90,

    # Description affichée dans la console.
    [string] $Description = ''
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if (-not [System.IO.Path]::IsPathRooted($ServiceCertPath)) {
    $ServiceCertPath = [System.IO.Path]::GetFullPath((Join-Path -Path $PSScriptRoot -ChildPath $ServiceCertPath))
}
if (-not [System.IO.Path]::IsPathRooted($ManagementCertPath)) {
    $ManagementCertPath = [System.IO.Path]::GetFullPath((Join-Path -Path $PSScriptRoot -ChildPath $ManagementCertPath))
}
if (-not [System.IO.Path]::IsPathRooted($RootCertPath)) {
    $RootCertPath = [System.IO.Path]::GetFullPath((Join-Path -Path $PSScriptRoot -ChildPath $RootCertPath))
}

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
    function Find-CmgGateway([string] $ServiceName) {
        $found = @(Get-CMCloudManagementGateway | Where-Object { [string]::Equals([string]$_.ServiceCName, $ServiceName, [System.StringComparison]::OrdinalIgnoreCase) })
        if ($found.Count -gt 1) {
            throw ('Plusieurs passerelles de gestion cloud portent le nom de service {0} ({1} trouvées) : le script ne choisit pas. Vérifiez Administration > Services cloud > Passerelle de gestion cloud.' -f $ServiceName, $found.Count)
        }
        if ($found.Count -eq 1) { return $found[0] }
        return $null
    }
    if (Find-CmgGateway -ServiceName $ServiceName) {
        Write-Host ('Déjà configuré : la passerelle de gestion cloud {0} existe. Rien à faire.' -f $ServiceName)
        return
    }
    if (-not (Test-Path -LiteralPath $ServiceCertPath -PathType Leaf)) {
        throw ('Certificat serveur introuvable : {0}. Copiez-le sur cette machine (voir RUNBOOK.md) ou indiquez son chemin en paramètre.' -f $ServiceCertPath)
    }
    if (-not (Test-Path -LiteralPath $ManagementCertPath -PathType Leaf)) {
        throw ('Certificat de gestion introuvable : {0}. Copiez-le sur cette machine (voir RUNBOOK.md) ou indiquez son chemin en paramètre.' -f $ManagementCertPath)
    }
    if (-not (Test-Path -LiteralPath $RootCertPath -PathType Leaf)) {
        throw ('Certificat racine client introuvable : {0}. Copiez-le sur cette machine (voir RUNBOOK.md) ou indiquez son chemin en paramètre.' -f $RootCertPath)
    }
    if ($PSCmdlet.ShouldProcess($ServiceName, 'Créer la passerelle de gestion cloud (service cloud classique)')) {
        $managementCertPassword = Read-Host -Prompt 'Mot de passe du certificat de gestion Azure (.pfx)' -AsSecureString
        $serviceCertPassword = Read-Host -Prompt 'Mot de passe du certificat serveur de la CMG (.pfx)' -AsSecureString
        $parameters = @{
            SubscriptionId = $SubscriptionId
            ManagementCertificatePath = $ManagementCertPath
            ManagementCertificatePassword = $managementCertPassword
            ServiceCName = $ServiceName
            ServiceCertificatePath = $ServiceCertPath
            ServiceCertificatePassword = $serviceCertPassword
            RootCertificatePath = $RootCertPath
            Region = $Region
            VMInstanceCount = $VMInstanceCount
            CheckClientCertRevocation = $CheckClientCertRevocation
            GovernmentSubscription = $true
        }
        if ($Description) {
            $parameters.Description = $Description
        }
        if ($TrafficOutGB -gt 0) {
            $parameters.TrafficOutGB = $TrafficOutGB
            $parameters.TrafficWarningPct = $TrafficWarningPct
            $parameters.TrafficCriticalPct = $TrafficCriticalPct
        }
        New-CMCloudManagementGateway @parameters | Out-Null
        Write-Host ('Création de {0} lancée : l''approvisionnement prend de 5 à 15 minutes. Exécutez Wait-CmgReady.ps1 pour la suivre.' -f $ServiceName)
    }
}
finally {
    Pop-Location
}
