import type { ScriptTexts } from './types.ts';

/**
 * Ce que disent les scripts PowerShell générés, en français, avec les termes de la documentation
 * française de Configuration Manager. `{0}`, `{1}`… sont des espaces réservés de l'opérateur -f de
 * PowerShell : aucune accolade d'une autre sorte. Les apostrophes sont doublées par psQuote.
 * Compliant et NonCompliant restent en anglais : la règle de compatibilité les compare.
 */

const NOT_FOUND_TAIL = 'Copiez-le sur cette machine (voir RUNBOOK.md) ou indiquez son chemin en paramètre.';

export const scriptFr: ScriptTexts = {
  common: {
    stepOf: 'Étape {0} : ',
    generated: 'Généré par cmg-setup. Chaque valeur ci-dessous est la valeur par défaut d\'un paramètre : vérifiez-la,',
    whatIfFirst: 'et exécutez d\'abord le script avec -WhatIf pour voir ce qui changerait.',
    siteCodeHelp: 'Code du site principal (ou du site de niveau supérieur).',
    smsProviderHelp: 'FQDN du fournisseur SMS.',
    siteDriveFailed: 'Impossible de se connecter au site {0} via le fournisseur SMS {1} : {2} Vérifiez -SiteCode et -SmsProvider, et que votre compte a un rôle dans Configuration Manager.',
  },
  certificateRequest: {
    synopsis: 'demande le certificat d\'authentification serveur de la CMG et l\'exporte dans un fichier .pfx.',
    description:
      'Crée une clé et une demande à partir du fichier INF de certreq, soumet la demande à votre autorité de certification, installe le certificat émis dans le magasin de l\'ordinateur et l\'exporte avec sa clé privée. Exécutez-le en tant qu\'administrateur sur un ordinateur autorisé à s\'inscrire pour ce certificat.',
    infPathHelp: 'Fichier de stratégie certreq (INF) créé par cmg-setup ; un chemin relatif part du dossier de ce script.',
    requestPathHelp: 'Emplacement où certreq écrit la demande ; elle est conservée pour qu\'une nouvelle exécution la réutilise.',
    certificatePathHelp: 'Emplacement où certreq écrit le certificat émis.',
    pfxPathHelp: 'Le fichier .pfx à indiquer à cmg-setup et à l\'assistant de la CMG.',
    certificationAuthorityHelp: 'Autorité de certification sous la forme « NomHôteAC\\NomAC » ; vide, certreq la trouve ou la demande.',
    certificateTemplateHelp: 'Modèle (nom court) à demander à une autorité de certification d\'entreprise, transmis par certreq -attrib ; vide pour une autorité autonome.',
    alreadyDone: 'Déjà fait : {0} existe. Supprimez-le pour exporter de nouveau.',
    existingRequest: 'Utilisation de la demande existante {0} (supprimez-la pour recommencer avec une nouvelle clé).',
    createAction: 'Créer une clé et une demande de certificat (certreq -new)',
    newFailed: 'Échec de certreq -new avec le code de sortie {0}. Exécutez ce script depuis une invite avec élévation de privilèges et vérifiez le fichier INF.',
    issuedCertificate: 'Utilisation du certificat émis {0}.',
    submitAction: 'Soumettre la demande à l\'autorité de certification (certreq -submit)',
    submitFailed:
      'Échec de certreq -submit avec le code de sortie {0}. Vérifiez que l\'autorité de certification est joignable et qu\'elle émettra ce certificat ; une autorité d\'entreprise demande aussi son modèle : passez -CertificateTemplate <nom>.',
    submitFailedTemplate:
      'Échec de certreq -submit avec le code de sortie {0}. Vérifiez que cet ordinateur peut s\'inscrire pour le modèle {1} et que l\'autorité de certification est joignable.',
    pending:
      'L\'autorité de certification n\'a pas encore émis le certificat (demande en attente ou refusée). Une fois qu\'il est émis, enregistrez-le avec certreq.exe -retrieve <RequestId> {0} et exécutez de nouveau ce script.',
    wrongSubject:
      'L\'autorité de certification a émis un certificat pour {0} au lieu de {1} : configurez le modèle pour prendre l\'objet dans la demande (Fournir dans la demande), supprimez {2} et exécutez de nouveau ce script.',
    alreadyInstalled: 'Déjà installé : {0} ({1}) est dans Cert:\\LocalMachine\\My avec sa clé privée.',
    installAction: 'Installer le certificat émis (certreq -accept)',
    acceptFailed: 'Échec de certreq -accept avec le code de sortie {0}. Exécutez-le sur l\'ordinateur qui a fait la demande, depuis une invite avec élévation de privilèges.',
    exportAction: 'Exporter le certificat et sa clé privée dans un fichier .pfx protégé par mot de passe',
    noCertificate: 'Aucun certificat {0} (celui de {1}) avec une clé privée dans Cert:\\LocalMachine\\My.',
    pfxPasswordPrompt: 'Mot de passe du nouveau fichier .pfx',
    pfxPasswordEmpty: 'Le fichier .pfx doit avoir un mot de passe.',
    exported: '{0} exporté ({1}). Conservez-le en lieu sûr, ainsi que son mot de passe.',
  },
  gateway: {
    vmssSynopsis: 'crée la passerelle de gestion cloud (groupe de machines virtuelles identiques).',
    vmssDescription:
      'Exécute New-CMCloudManagementGateway avec son jeu de paramètres Non-Interactive en demandant un groupe de machines virtuelles identiques avec -Version et -VMSSVMSize (ConfigMgr 2207 et versions ultérieures), sauf si une CMG portant ce nom de service existe déjà. Ces paramètres, ainsi que -TenantId (2309) et -IsUsingExistingGroup avec -ServerAppClientId (2603), ne figurent dans aucune syntaxe documentée : le script les lit d\'abord, avec leurs valeurs, dans l\'applet de commande installée, et s\'arrête avant toute modification s\'il ne peut pas les transmettre.',
    classicSynopsis: 'crée la passerelle de gestion cloud (service cloud classique, ConfigMgr 1702-1810).',
    classicDescription:
      'Exécute New-CMCloudManagementGateway avec la syntaxe de ConfigMgr 1702 à 2006 (certificat de gestion), sauf si une CMG portant ce nom de service existe déjà. Azure a mis hors service Cloud Services (classique) le 31 août 2024.',
    waitSynopsis: 'attend que la passerelle de gestion cloud indique l\'état Prêt (Ready).',
    waitDescription:
      'Lit la CMG avec Get-CMCloudManagementGateway toutes les PollSeconds secondes et affiche son état ; ne modifie rien. S\'arrête aussitôt sur un état qui ne deviendra pas Prêt (arrêt en cours, arrêtée, suppression en cours) ou que sa table ne connaît pas : les numéros d\'état viennent d\'une table communautaire, Microsoft n\'en documente aucun.',
    serviceNameHelp: 'Nom du service CMG : le CN du certificat serveur.',
    classicServiceNameHelp: 'Nom du service CMG (<préfixe>.cloudapp.net) : le CN du certificat serveur.',
    serviceCertPathHelp: 'Chemin du certificat d\'authentification serveur de la CMG (.pfx) sur cette machine. Un chemin relatif part du dossier de ce script.',
    managementCertPathHelp: 'Chemin du certificat de gestion Azure (.pfx) sur cette machine. Un chemin relatif part du dossier de ce script.',
    clientRootCertPathsHelp: 'Certificats racines et intermédiaires approuvés (.cer) des certificats clients. Un chemin relatif part du dossier de ce script.',
    rootCertPathHelp: 'Certificat racine approuvé (.cer) des certificats clients. Un chemin relatif part du dossier de ce script.',
    subscriptionIdHelp: 'ID d\'abonnement Azure.',
    resourceGroupHelp: 'Groupe de ressources Azure de la CMG.',
    serverAppClientIdHelp: 'ID client de l\'application serveur (web) Entra.',
    regionHelp: 'Région Azure, sous le nom AzureRegion qu\'attend l\'applet de commande.',
    vmInstanceCountHelp: 'Nombre d\'instances de machine virtuelle (1-16).',
    checkClientCertRevocationHelp: 'Vérifier la révocation des certificats clients (nécessite une CRL publiée sur Internet).',
    enforceTls12Help: 'Appliquer TLS 1.2.',
    contentEnabledHelp: 'Permettre à la CMG de distribuer du contenu depuis le stockage Azure.',
    trafficOutGbHelp: 'Seuil d\'alerte du trafic sortant sur 14 jours, en Go ; 0 désactive l\'alerte.',
    trafficWarningPctHelp: 'Pourcentage du seuil qui déclenche une alerte d\'avertissement.',
    trafficCriticalPctHelp: 'Pourcentage du seuil qui déclenche une alerte critique.',
    trafficOutStopServiceHelp: 'Arrêter la CMG lorsque le seuil critique est dépassé.',
    descriptionHelp: 'Description affichée dans la console.',
    waitServiceNameHelp: 'Nom du service CMG.',
    timeoutMinutesHelp: 'Abandonner au bout de ce nombre de minutes.',
    pollSecondsHelp: 'Secondes entre deux vérifications.',
    tenantIdHelp: 'ID du locataire Entra de l\'application serveur : -TenantId de New-CMCloudManagementGateway et de Set-UpdateServerApplication (ConfigMgr 2309 et versions ultérieures).',
    existingResourceGroupHelp: 'Groupe de ressources Azure de la CMG : il existe déjà, dans la région de la CMG (-IsUsingExistingGroup).',
    versionValueHelp:
      'La valeur de -Version qui désigne un groupe de machines virtuelles identiques, si le script ne peut pas la reconnaître à son nom parmi les valeurs de l\'applet de commande installée (il s\'arrête alors et les énumère). Vide : choisie d\'après son nom.',
    vmssVmSizeValueHelp:
      'La valeur de -VMSSVMSize pour la taille de VM choisie dans cmg-setup, si le script ne peut pas la reconnaître à son nom parmi les valeurs de l\'applet de commande installée (il s\'arrête alors et les énumère). Vide : choisie d\'après son nom.',
    updateServerAppHelp:
      'Exécuter d\'abord Set-UpdateServerApplication -TenantId, qui ajoute l\'URI de redirection http://localhost qui manque aux applications serveur créées avant ConfigMgr 2309. Rien de documenté n\'indique au script si la vôtre en a besoin : indiquez-le si l\'application est antérieure à 2309.',
    unattendedHelp:
      'Ne rien demander : transmettre -Force à New-CMCloudManagementGateway, qui ne demande alors aucune confirmation (par exemple pour un certificat portant plusieurs noms DNS), et prendre le mot de passe dans -ServiceCertPassword.',
    serviceCertPasswordHelp: 'Mot de passe du certificat serveur (.pfx), en SecureString, pour -Unattended. Sans lui, le script le demande.',
    alreadyConfigured: 'Déjà configuré : la passerelle de gestion cloud {0} existe. Rien à faire.',
    serverCertNotFound: `Certificat serveur introuvable : {0}. ${NOT_FOUND_TAIL}`,
    managementCertNotFound: `Certificat de gestion introuvable : {0}. ${NOT_FOUND_TAIL}`,
    clientRootNotFound: `Certificat racine client introuvable : {0}. ${NOT_FOUND_TAIL}`,
    createVmssAction: 'Créer la passerelle de gestion cloud dans Azure',
    createClassicAction: 'Créer la passerelle de gestion cloud (service cloud classique)',
    serverCertPasswordPrompt: 'Mot de passe du certificat serveur de la CMG (.pfx)',
    managementCertPasswordPrompt: 'Mot de passe du certificat de gestion Azure (.pfx)',
    startedVmss: 'Création de {0} lancée. Exécutez Wait-CmgReady.ps1 pour la suivre jusqu\'à l\'état Prêt.',
    startedClassic: 'Création de {0} lancée : l\'approvisionnement prend de 5 à 15 minutes. Exécutez Wait-CmgReady.ps1 pour la suivre.',
    unattendedNoPassword: '-Unattended : transmettez le mot de passe du certificat serveur dans -ServiceCertPassword (une SecureString). Une exécution sans surveillance ne peut pas répondre à Read-Host.',
    missingParameter:
      'L\'applet de commande New-CMCloudManagementGateway installée n\'a pas de paramètre -{0}, que ConfigMgr {1} ajoute : rien n\'a été modifié. Vérifiez que la console ConfigMgr de cette machine est à la version du site ({1} ou ultérieure), ou créez la CMG dans la console.',
    existingGroupMissing:
      'L\'applet de commande New-CMCloudManagementGateway installée n\'a aucun paramètre -IsUsingExistingGroup (son jeu de paramètres Interactive l\'a depuis la 2010 ; ConfigMgr {0} l\'autorise avec -ServerAppClientId, qu\'utilise ce script) : rien n\'a été modifié. Vérifiez que la console ConfigMgr de cette machine est à la version du site ({0} ou ultérieure), ou créez la CMG dans la console.',
    parameterWrongSet:
      'L\'applet de commande New-CMCloudManagementGateway installée n\'accepte -{0} que dans le ou les jeux de paramètres {1}, pas avec -ServerAppClientId (le jeu Non-Interactive qu\'utilise ce script) : rien n\'a été modifié. Créez plutôt la CMG dans la console.',
    noValues:
      'Le paramètre -{0} de l\'applet de commande New-CMCloudManagementGateway installée est de type {1}, qui n\'énumère aucune valeur, et aucune documentation ne les donne : le script ne devine pas {2}. Rien n\'a été modifié. Relancez-le avec -{3} et la valeur qui désigne {2}.',
    noMatch:
      'Le paramètre -{0} de l\'applet de commande New-CMCloudManagementGateway installée accepte : {1}. Aucune ou plusieurs de ces valeurs portent le nom de {2}, et aucune documentation ne dit laquelle : le script ne devine pas. Rien n\'a été modifié. Relancez-le avec -{3} et la valeur qui désigne {2}.',
    notAValue: '-{0} {1} : le paramètre -{2} de New-CMCloudManagementGateway accepte : {3}. Rien n\'a été modifié.',
    scaleSetMeaning: 'un groupe de machines virtuelles identiques',
    vmSizeMeaning: 'la taille de VM {0}',
    updateServerAppMissing:
      'Le module ConfigurationManager installé n\'a pas de Set-UpdateServerApplication avec -TenantId (sa page ne donne aucune syntaxe) : rien n\'a été modifié. Mettez plutôt à jour l\'application serveur dans la console : Administration > Services cloud > Azure Active Directory Tenants (Microsoft Entra Tenants), le locataire {0}, l\'application serveur, Update application settings. Relancez ensuite ce script sans -UpdateServerApp.',
    updateServerAppAction: 'Ajouter l\'URI de redirection http://localhost à l\'application serveur (Set-UpdateServerApplication)',
    serverAppUpdated: 'Application serveur du locataire {0} : Set-UpdateServerApplication a été exécutée (elle ajoute http://localhost s\'il manque).',
    serverAppNeedsUpdate:
      'La création de {0} a échoué avec « Your server Application needs to be updated » : les applications serveur créées avant ConfigMgr 2309 n\'ont pas l\'URI de redirection http://localhost. Relancez ce script avec -UpdateServerApp, ou mettez l\'application à jour dans la console : Administration > Services cloud > Azure Active Directory Tenants (Microsoft Entra Tenants), le locataire {1}, l\'application serveur, Update application settings.',
    severalGateways: 'Plusieurs passerelles de gestion cloud portent le nom de service {0} ({1} trouvées) : le script ne choisit pas. Vérifiez Administration > Services cloud > Passerelle de gestion cloud.',
    noGateway: 'Aucune passerelle de gestion cloud nommée {0}. Exécutez d\'abord New-CmgGateway.ps1.',
    gatewayNameUnresolved:
      'La passerelle de gestion cloud {0} existe, mais Get-CMCloudManagementGateway -Name ne répond à aucun de ses noms ({1}), et le nom que prend -CloudManagementGatewayName n\'est pas documenté : rien n\'a été modifié. Ajoutez le point de connexion dans la console : Administration > Configuration du site > Serveurs et rôles de système de site, le serveur, Ajouter des rôles de système de site, Point de connexion de la passerelle de gestion cloud.',
    state: '{0} : état {1} ({2}), détails {3}',
    ready: 'La passerelle de gestion cloud {0} est prête.',
    notReady: 'La passerelle de gestion cloud {0} n\'est toujours pas prête au bout de {1} minutes : son dernier état est {2} ({3}), détails {4}. Consultez CloudMgr.log et CMGSetup.log sur le serveur de site.',
    stateUnknownLabel: 'absent de la table',
    stateUnknown:
      'La passerelle de gestion cloud {0} indique l\'état {1} (détails {2}), que la table communautaire sur laquelle repose ce script ne contient pas (Microsoft ne documente aucune valeur d\'état). Ce peut être une erreur ou un état intermédiaire : le script ne peut pas le dire, il s\'arrête donc plutôt que de l\'attendre. Consultez la colonne État dans Administration > Services cloud > Passerelle de gestion cloud, ainsi que CloudMgr.log et CMGSetup.log sur le serveur de site ; si le déploiement est toujours en cours, relancez ce script.',
    stateStop:
      'La passerelle de gestion cloud {0} est dans l\'état {1} (état {2}, détails {3}) : elle ne deviendra pas prête en attendant. Les numéros d\'état viennent d\'une table communautaire (Microsoft n\'en documente aucun). Consultez la colonne État dans Administration > Services cloud > Passerelle de gestion cloud, ainsi que CloudMgr.log et CMGSetup.log sur le serveur de site.',
    stateRunningLabel: 'En cours d\'exécution',
    stateProvisioningLabel: 'Approvisionnement',
    stateDeploymentStartingLabel: 'Démarrage du déploiement',
    stateStoppingLabel: 'Arrêt en cours',
    stateStoppedLabel: 'Arrêtée',
    stateDeletingLabel: 'Suppression en cours',
  },
};
