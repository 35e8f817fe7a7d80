<#
.SYNOPSIS
Étape 4 : crée la passerelle de gestion cloud (groupe de machines virtuelles identiques).
.DESCRIPTION
Exécute New-CMCloudManagementGateway avec son jeu de paramètres Non-Interactive en demandant un groupe de machines virtuelles identiques avec -Version et -VMSSVMSize (ConfigMgr 2207 et versions ultérieures), sauf si une CMG portant ce nom de service existe déjà. Ces paramètres, ainsi que -TenantId (2309) et -IsUsingExistingGroup avec -ServerAppClientId (2603), ne figurent dans aucune syntaxe documentée : le script les lit d'abord, avec leurs valeurs, dans l'applet de commande installée, et s'arrête avant toute modification s'il ne peut pas les transmettre.
Généré par cmg-setup. Chaque valeur ci-dessous est la valeur par défaut d'un paramètre : vérifiez-la,
et exécutez d'abord le script avec -WhatIf pour voir ce qui changerait.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # Code du site principal (ou du site de niveau supérieur).
    [string] $SiteCode = 'CAS',

    # FQDN du fournisseur SMS.
    [string] $SmsProvider = 'cas.contoso.com',

    # Nom du service CMG : le CN du certificat serveur.
    [string] $ServiceName = 'contosocmg.contoso.com',

    # Chemin du certificat d'authentification serveur de la CMG (.pfx) sur cette machine. Un chemin relatif part du dossier de ce script.
    [string] $ServiceCertPath = 'C:\certs\contosocmg.pfx',

    # Certificats racines et intermédiaires approuvés (.cer) des certificats clients. Un chemin relatif part du dossier de ce script.
    [string[]] $ClientRootCertPaths = @('C:\certs\contoso-root.cer', 'C:\certs\contoso-issuing.cer'),

    # ID d'abonnement Azure.
    [string] $SubscriptionId = '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6',

    # ID du locataire Entra de l'application serveur : -TenantId de New-CMCloudManagementGateway et de Set-UpdateServerApplication (ConfigMgr 2309 et versions ultérieures).
    [string] $TenantId = 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d',

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
    [string] $Description = 'Contoso production CMG',

    # La valeur de -Version qui désigne un groupe de machines virtuelles identiques, si le script ne peut pas la reconnaître à son nom parmi les valeurs de l'applet de commande installée (il s'arrête alors et les énumère). Vide : choisie d'après son nom.
    [string] $VersionValue = '',

    # La valeur de -VMSSVMSize pour la taille de VM choisie dans cmg-setup, si le script ne peut pas la reconnaître à son nom parmi les valeurs de l'applet de commande installée (il s'arrête alors et les énumère). Vide : choisie d'après son nom.
    [string] $VMSSVMSizeValue = '',

    # Exécuter d'abord Set-UpdateServerApplication -TenantId, qui ajoute l'URI de redirection http://localhost qui manque aux applications serveur créées avant ConfigMgr 2309. Rien de documenté n'indique au script si la vôtre en a besoin : indiquez-le si l'application est antérieure à 2309.
    [switch] $UpdateServerApp,

    # Ne rien demander : transmettre -Force à New-CMCloudManagementGateway, qui ne demande alors aucune confirmation (par exemple pour un certificat portant plusieurs noms DNS), et prendre le mot de passe dans -ServiceCertPassword.
    [switch] $Unattended,

    # Mot de passe du certificat serveur (.pfx), en SecureString, pour -Unattended. Sans lui, le script le demande.
    [securestring] $ServiceCertPassword
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
    if ($Unattended -and -not $ServiceCertPassword) {
        throw '-Unattended : transmettez le mot de passe du certificat serveur dans -ServiceCertPassword (une SecureString). Une exécution sans surveillance ne peut pas répondre à Read-Host.'
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
    function Get-CmgParameter([string] $Name) {
        if (-not $cmdlet.Parameters.ContainsKey($Name)) { return $null }
        $parameter = $cmdlet.Parameters[$Name]
        $sets = @($parameter.ParameterSets.Keys)
        if ($sets -contains 'Non-Interactive' -or $sets -contains '__AllParameterSets') { return $parameter }
        throw ('L''applet de commande New-CMCloudManagementGateway installée n''accepte -{0} que dans le ou les jeux de paramètres {1}, pas avec -ServerAppClientId (le jeu Non-Interactive qu''utilise ce script) : rien n''a été modifié. Créez plutôt la CMG dans la console.' -f $Name, ($sets -join ', '))
    }
    function Resolve-CmgValue([string] $Name, [string] $Given, [string] $GivenParameter, [string[]] $Names, [string] $Meaning, [string] $Since) {
        $parameter = Get-CmgParameter $Name
        if (-not $parameter) {
            throw ('L''applet de commande New-CMCloudManagementGateway installée n''a pas de paramètre -{0}, que ConfigMgr {1} ajoute : rien n''a été modifié. Vérifiez que la console ConfigMgr de cette machine est à la version du site ({1} ou ultérieure), ou créez la CMG dans la console.' -f $Name, $Since)
        }
        $type = $parameter.ParameterType
        if ([Nullable]::GetUnderlyingType($type)) { $type = [Nullable]::GetUnderlyingType($type) }
        $values = @()
        if ($type.IsEnum) { $values = @([enum]::GetNames($type)) }
        else {
            foreach ($attribute in $parameter.Attributes) {
                if ($attribute -is [System.Management.Automation.ValidateSetAttribute]) { $values = @($attribute.ValidValues) }
            }
        }
        if ($Given) {
            if ($values.Count -gt 0 -and $values -notcontains $Given) {
                throw ('-{0} {1} : le paramètre -{2} de New-CMCloudManagementGateway accepte : {3}. Rien n''a été modifié.' -f $GivenParameter, $Given, $Name, ($values -join ', '))
            }
            return $Given
        }
        if ($values.Count -eq 0) {
            throw ('Le paramètre -{0} de l''applet de commande New-CMCloudManagementGateway installée est de type {1}, qui n''énumère aucune valeur, et aucune documentation ne les donne : le script ne devine pas {2}. Rien n''a été modifié. Relancez-le avec -{3} et la valeur qui désigne {2}.' -f $Name, $type.FullName, $Meaning, $GivenParameter)
        }
        $matched = @($values | Where-Object { $Names -contains ($_ -replace '[^A-Za-z0-9]', '').ToLowerInvariant() })
        if ($matched.Count -ne 1) {
            throw ('Le paramètre -{0} de l''applet de commande New-CMCloudManagementGateway installée accepte : {1}. Aucune ou plusieurs de ces valeurs portent le nom de {2}, et aucune documentation ne dit laquelle : le script ne devine pas. Rien n''a été modifié. Relancez-le avec -{3} et la valeur qui désigne {2}.' -f $Name, ($values -join ', '), $Meaning, $GivenParameter)
        }
        return $matched[0]
    }
    $cmdlet = Get-Command -Name New-CMCloudManagementGateway
    $runTime = @{}
    $runTime.Version = Resolve-CmgValue -Name 'Version' -Given $VersionValue -GivenParameter 'VersionValue' -Names @('virtualmachinescaleset', 'vmss') -Meaning 'un groupe de machines virtuelles identiques' -Since '2207'
    $runTime.VMSSVMSize = Resolve-CmgValue -Name 'VMSSVMSize' -Given $VMSSVMSizeValue -GivenParameter 'VMSSVMSizeValue' -Names @('standard', 'a2v2', 'standarda2v2') -Meaning 'la taille de VM Standard (A2_V2)' -Since '2207'
    if (-not (Get-CmgParameter 'TenantId')) {
        throw ('L''applet de commande New-CMCloudManagementGateway installée n''a pas de paramètre -{0}, que ConfigMgr {1} ajoute : rien n''a été modifié. Vérifiez que la console ConfigMgr de cette machine est à la version du site ({1} ou ultérieure), ou créez la CMG dans la console.' -f 'TenantId', '2309')
    }
    $runTime.TenantId = $TenantId
    if ($UpdateServerApp) {
        $updateCmdlet = Get-Command -Name Set-UpdateServerApplication -ErrorAction SilentlyContinue
        if (-not $updateCmdlet -or -not $updateCmdlet.Parameters.ContainsKey('TenantId')) {
            throw ('Le module ConfigurationManager installé n''a pas de Set-UpdateServerApplication avec -TenantId (sa page ne donne aucune syntaxe) : rien n''a été modifié. Mettez plutôt à jour l''application serveur dans la console : Administration > Services cloud > Azure Active Directory Tenants (Microsoft Entra Tenants), le locataire {0}, l''application serveur, Update application settings. Relancez ensuite ce script sans -UpdateServerApp.' -f $TenantId)
        }
        if ($PSCmdlet.ShouldProcess($TenantId, 'Ajouter l''URI de redirection http://localhost à l''application serveur (Set-UpdateServerApplication)')) {
            Set-UpdateServerApplication -TenantId $TenantId
            Write-Host ('Application serveur du locataire {0} : Set-UpdateServerApplication a été exécutée (elle ajoute http://localhost s''il manque).' -f $TenantId)
        }
    }
    if ($PSCmdlet.ShouldProcess($ServiceName, 'Créer la passerelle de gestion cloud dans Azure')) {
        if (-not $ServiceCertPassword) {
            $ServiceCertPassword = Read-Host -Prompt 'Mot de passe du certificat serveur de la CMG (.pfx)' -AsSecureString
        }
        $parameters = @{
            ServiceCertPath = $ServiceCertPath
            ServiceCertPassword = $ServiceCertPassword
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
        foreach ($name in $runTime.Keys) {
            $parameters[$name] = $runTime[$name]
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
        if ($Unattended) {
            $parameters.Force = $true
        }
        try {
            New-CMCloudManagementGateway @parameters | Out-Null
        }
        catch {
            if ($_.Exception.Message -like '*Your server Application needs to be updated*') {
                throw ('La création de {0} a échoué avec « Your server Application needs to be updated » : les applications serveur créées avant ConfigMgr 2309 n''ont pas l''URI de redirection http://localhost. Relancez ce script avec -UpdateServerApp, ou mettez l''application à jour dans la console : Administration > Services cloud > Azure Active Directory Tenants (Microsoft Entra Tenants), le locataire {1}, l''application serveur, Update application settings.' -f $ServiceName, $TenantId)
            }
            throw
        }
        Write-Host ('Création de {0} lancée. Exécutez Wait-CmgReady.ps1 pour la suivre jusqu''à l''état Prêt.' -f $ServiceName)
    }
}
finally {
    Pop-Location
}
