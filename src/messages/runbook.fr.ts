import type { Catalogue, ExtraPurpose, RunbookEntry } from './types.ts';

/**
 * RUNBOOK.md en français, avec les termes de la documentation française de Configuration
 * Manager. Les paramètres qui portent les valeurs de l'administrateur arrivent sous forme de
 * code Markdown ; les indicateurs comme `cname` valent 'yes' ou ''. Les textes du modèle
 * classique suivent l'article 1610 « Configurer la passerelle de gestion cloud pour
 * Configuration Manager », étape par étape.
 */
export const runbookFr: Catalogue['runbook'] = {
  title: 'Procédure de mise en place de la passerelle de gestion cloud',
  generated: (p) => `Généré par cmg-setup pour ${p.serviceName} (${p.model}, ${p.cloud}, ConfigMgr ${p.siteVersion}).`,
  findingsTitle: 'Constats',
  noFindings: 'Aucun constat.',
  severity: { error: 'ERREUR', warning: 'AVERTISSEMENT', info: 'REMARQUE' },
  finding: (p) => `**${p.mark}** ${p.code}${p.where ? ` (${p.where})` : ''} : ${p.text}`,
  beforeTitle: 'Avant de commencer',
  before: [
    "1. Copiez ce dossier entier sur chaque machine qu'une étape désigne, avec les fichiers de certificat qu'utilisent les scripts. Un script désigne un fichier de ce dossier par un chemin relatif à lui-même, et tout autre fichier par le chemin absolu où cmg-setup l'a lu : copiez un tel fichier au même chemin sur cette machine, ou indiquez son nouveau chemin en paramètre du script (un chemin relatif que vous indiquez part du dossier du script).",
    "2. Ouvrez Windows PowerShell dans le dossier copié : en tant qu'administrateur quand l'étape le demande, sinon avec un compte Administrateur complet (ou Administrateur d'infrastructure) de Configuration Manager. Les scripts ne sont pas signés : si la stratégie d'exécution les refuse, exécutez d'abord `Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass` dans cette fenêtre.",
    // L'étape 6 s'arrête sur un rôle de point de connexion existant (F-CP-2), y compris celui de sa propre exécution.
    "3. Exécutez d'abord avec `-WhatIf` chaque script qui modifie quelque chose et lisez ce qu'il ferait, puis exécutez-le sans. Un script reconnaît ce qui est déjà fait : le relancer est sans risque, sauf celui de l'étape 6 : dès que le serveur porte le rôle de point de connexion, il s'arrête (voir l'étape 6).",
  ].join('\n'),
  valuesIntro: 'Les textes ci-dessous emploient ces espaces réservés ; pour cette exécution, ils désignent :',
  placeholders: {
    serviceName: '<nom du service>',
    deploymentName: '<nom de déploiement>',
    siteCode: '<code de site>',
    smsProvider: '<fournisseur SMS>',
    connectionPoint: '<point de connexion>',
  },
  diagramTitle: "Vue d'ensemble",
  diagram: {
    internetClients: 'Clients Internet',
    https443: 'HTTPS 443',
    azure: { public: 'Azure', usgov: 'Azure US Government' },
    cmg: 'Passerelle de gestion cloud',
    deployment: (p) => `déploiement ${p.name}`,
    region: (p) => `région ${p.region}`,
    vmInstances: (p) => `${p.count} instance${Number(p.count) === 1 ? '' : 's'} de machine virtuelle`,
    onPremises: 'Réseau local',
    connectionPoint: 'Point de connexion de la passerelle de gestion cloud',
    proxy: 'Proxy Internet',
    managementPoint: 'Point de gestion',
    softwareUpdatePoint: 'Point de mise à jour logicielle',
    distributionPoint: "Point de distribution (article 1610)",
    site: (p) => `Site ${p.siteCode}`,
    smsProvider: (p) => `Fournisseur SMS ${p.server}`,
    deploys: (p) =>
      p.model === 'classic'
        ? 'la crée et la surveille : Azure Service Manager, certificat de gestion, HTTPS 443'
        : 'la crée et la surveille : Azure Resource Manager, HTTPS 443',
  },
  ports: (p) =>
    `Flux sortants du point de connexion vers la passerelle : ${p.ports}.${p.proxy ? ` Le point de connexion passe par le proxy ${p.proxy} : autorisez-le à joindre la passerelle sur ${p.proxyPorts}${p.articleProxyPort ? " et HTTPS 10124 (une seule machine virtuelle : la page actuelle sur les flux de données indique 443, l'article 1610 à partir de 10124)" : ''}.` : ''} Les clients joignent la passerelle sur HTTPS 443. Aucun flux entrant n'est nécessaire sur le réseau local.`,
  labTitle: 'PKI de laboratoire (LABORATOIRE UNIQUEMENT)',
  labIntro: "cmg-setup --example a créé ces certificats jetables. Ne les utilisez jamais en production et supprimez-les à la fin du laboratoire.",
  stepTitle: (p) => `Étape ${p.number} : ${p.title}`,
  manualHeading: (p) => `À la main : ${p.title}`,
  // Ce qu'est chaque action ; où elle se place, qui la fait et ses sources : src/emit/runbook/actions.ts.
  manual: {
    'entra-roles': {
      title: () => "les applications Entra créées par un Administrateur général (ou un Administrateur d'application, dans ses limites)",
      where: () => "Centre d'administration Microsoft Entra > Inscriptions d'applications, ou un script que l'administrateur Entra exécute. Importer les applications dans ConfigMgr ne demande aucun rôle Entra.",
      what: () =>
        "L'application serveur (web) et l'application cliente (native) sont créées, et leurs autorisations accordées, par un **Administrateur général** Entra : le rôle que nomment les pages sur la passerelle de gestion cloud. Un **Administrateur d'application** peut les créer et accorder à l'application cliente son autorisation déléguée sur l'application serveur, mais ne peut pas accorder une autorisation d'application Microsoft Graph : l'autorisation Directory.Read.All dont la découverte des utilisateurs Entra a besoin sur l'application serveur demande un Administrateur général ou un Administrateur de rôle privilégié (page d'Entra sur le consentement administrateur). Les pages sur la passerelle de gestion cloud ne mentionnent jamais l'Administrateur d'application.",
    },
    'resource-providers': {
      title: () => 'les fournisseurs de ressources Azure inscrits',
      where: (p) => `Portail Azure > Abonnements > ${p.subscriptionId} > Fournisseurs de ressources, ou \`cmg-setup azure check --register-providers\``,
      what: (p) => `Inscrivez ${p.providers} dans l'abonnement : le déploiement échoue sans eux. L'inscription demande l'autorisation /register/action, qu'ont les rôles Contributeur et Propriétaire.`,
    },
    'azure-service': {
      title: () => 'le service Azure Gestion cloud présent dans ConfigMgr',
      where: () => 'console : Administration > Services cloud > Services Azure',
      what: (p) =>
        `La liste montre un service Gestion cloud avec l'application serveur ${p.serverAppClientId}${p.clientAppClientId ? ` et l'application cliente ${p.clientAppClientId}` : ''}, créé par l'Assistant Configurer les services Azure (Gestion cloud) ou par le script d'importation de cette étape quand cette exécution en a un. L'étape 4 crée la passerelle par lui.`,
    },
    'user-discovery': {
      title: () => 'la découverte des utilisateurs Active Directory et la découverte des utilisateurs Entra activées',
      where: () =>
        "console : Administration > Configuration de la hiérarchie > Méthodes de découverte > Découverte des utilisateurs Active Directory > Propriétés ; découverte des utilisateurs Entra : la page Découverte du service Azure Gestion cloud, ou `Get-CMAzureService -Name '<nom du service Azure>' | Set-CMCloudManagementAzureService -EnableUserDiscovery $true`",
      what: () =>
        "Les clients s'authentifient avec Microsoft Entra ID : quand les utilisateurs sont des identités fédérées ou synchronisées, activez les deux découvertes. Une application serveur importée a d'abord besoin de l'autorisation d'application Microsoft Graph Directory.Read.All avec le consentement administrateur (accordé par un Administrateur général ou un Administrateur de rôle privilégié). La découverte des utilisateurs Entra n'est pas nécessaire pour créer la passerelle.",
    },
    'management-certificate': {
      title: () => 'le certificat de gestion chargé dans Azure',
      where: () => 'Portail Azure Classic : Paramètres > Certificats de gestion',
      what: (p) => `Chargez le certificat de gestion (.cer, clé publique seule) dans l'abonnement ${p.subscriptionId} et copiez l'ID d'abonnement associé : l'étape 4 le demande.`,
    },
    'service-connection-point': {
      title: () => 'le point de connexion de service en mode en ligne',
      where: () =>
        'console du site de niveau supérieur : Administration > Configuration du site > Serveurs et rôles de système de site > le serveur qui porte le point de connexion de service (un par hiérarchie, sur le site de niveau supérieur) > le rôle > Propriétés',
      what: () =>
        "Le point de connexion de service déploie la passerelle dans Azure et la surveille : il doit être en mode en ligne. Depuis le lecteur du site : `Get-CMServiceConnectionPoint -SiteCode <code de site> | Set-CMServiceConnectionPoint -Mode Online`, avec le code du site de niveau supérieur (rien de ce que renvoient ces applets de commande n'indique le mode : vérifiez-le dans les propriétés du rôle). Après un changement de mode, redémarrez le composant SMS_DMP_DOWNLOADER (Surveillance > État du système > État des composants > Démarrer > Gestionnaire de service Configuration Manager) ou le service SMS_Executive.",
    },
    'optional-feature': {
      title: (p) =>
        p.vmssPreRelease
          ? 'la fonctionnalité en préversion « Passerelle de gestion cloud avec groupe de machines virtuelles identiques » activée'
          : 'la fonctionnalité « Passerelle de gestion cloud avec groupe de machines virtuelles identiques », si la console la liste',
      where: () =>
        'console du site de niveau supérieur : Administration > Mises à jour et maintenance > Fonctionnalités (consentement : Administration > Configuration du site > Sites > Paramètres de hiérarchie > Général)',
      what: (p) =>
        p.vmssPreRelease
          ? `Dans ConfigMgr ${p.siteVersion}, une passerelle en groupe de machines virtuelles identiques est une fonctionnalité en préversion : cochez « Consent to use pre-release features » dans Paramètres de hiérarchie, onglet Général (une fois par hiérarchie ; c'est irréversible), puis sélectionnez la fonctionnalité dans Fonctionnalités et choisissez Activer. Redémarrez la console une fois la modification traitée (jusqu'à 30 minutes).`
          : "Si votre console liste « Passerelle de gestion cloud avec groupe de machines virtuelles identiques » (Cloud management gateway with virtual machine scale set) dans Fonctionnalités avec l'état Désactivé, sélectionnez-la et choisissez Activer, puis redémarrez la console une fois la modification traitée (jusqu'à 30 minutes) ; si elle n'est pas listée, il n'y a rien à faire. Les pages se contredisent : les pages de configuration et de planification de la passerelle indiquent que ConfigMgr n'active pas cette fonctionnalité facultative par défaut et qu'il faut l'activer ; la page sur les fonctionnalités facultatives (août 2022) ne la liste plus, et une fonctionnalité qui n'est pas facultative n'apparaît pas dans le nœud Fonctionnalités.",
    },
    'pre-release-feature': {
      title: () => 'la fonctionnalité en préversion « Passerelle de gestion cloud » activée',
      where: () =>
        'console du site de niveau supérieur : Administration > Configuration du site > Sites > Paramètres de hiérarchie > Général, puis Administration > Services cloud > Mises à jour et maintenance > Fonctionnalités (à partir de 1702 : Administration > Mises à jour et maintenance > Fonctionnalités)',
      what: (p) =>
        `Dans ConfigMgr ${p.siteVersion}, la passerelle de gestion cloud est une fonctionnalité en préversion (jusqu'à 1802). Cochez « Consent to use Pre-Release features » (le libellé de la page de 2017 sur les fonctionnalités en préversion, que ses traductions laissent en anglais ; les pages actuelles écrivent « Consent to use pre-release features »), une fois par hiérarchie : c'est irréversible. Sélectionnez ensuite « Passerelle de gestion cloud » dans Fonctionnalités et choisissez Activer ; redémarrez la console une fois la modification traitée (jusqu'à 30 minutes).`,
    },
    'azure-rights': {
      title: () => 'les droits Azure qui créent la passerelle vérifiés',
      where: (p) => `Azure : abonnement ${p.subscriptionId}${p.resourceGroup ? `, groupe de ressources ${p.resourceGroup}` : ''}`,
      what: (p) =>
        `Dans l'Assistant de la console, vous vous connectez avec un Propriétaire de l'abonnement Azure (page de configuration) ; la page de planification demande un compte à la fois Propriétaire de l'abonnement et Administrateur général Entra : les pages se contredisent, utilisez donc si possible un compte qui a les deux rôles. New-CmgGateway.ps1 passe -ServerAppClientId ${p.serverAppClientId}, le jeu de paramètres Non-Interactive de l'applet de commande (« non-user interaction mode ») : personne ne se connecte. À partir de 2309, la passerelle « uses a third party server app to get bearer tokens » (page de configuration) : cette application serveur ; pour les versions antérieures, les pages ne disent pas quelle identité ce jeu utilise. Le rôle Azure dont elle a besoin sur l'abonnement ou le groupe de ressources n'est pas documenté non plus : si Azure refuse, le script s'arrête avec le message d'Azure. N'accordez un rôle que selon votre propre politique.`,
    },
    'dns-cname': {
      title: () => "l'enregistrement CNAME du DNS public créé",
      where: () => 'votre zone DNS publique',
      what: (p) =>
        `Un enregistrement CNAME de ${p.serviceName} vers ${p.deploymentName}, une fois la passerelle créée : les clients résolvent le nom du service par lui.${p.cloud === 'usgov' ? " Dans Azure US Government, ce nom est une hypothèse : cmg-setup suppose le suffixe des étiquettes DNS d'adresse IP publique de ce cloud (<région>.cloudapp.usgovcloudapi.net), que les pages de Microsoft sur la passerelle ne confirment pas ; vérifiez le nom affiché par la console pour la passerelle avant de créer le CNAME." : ''}`,
    },
    'connection-point-certificate': {
      title: () => "un certificat d'authentification client sur le point de connexion",
      where: (p) => `${p.connectionPoint} : le magasin Personnel de l'ordinateur (Cert:\\LocalMachine\\My)`,
      what: (p) =>
        p.model === 'classic'
          ? "Le serveur du point de connexion a besoin d'un certificat d'authentification client, comme chaque ordinateur géré par la passerelle (l'article, étape 2)."
          : "Les clients utilisent des certificats clients PKI et les points de gestion utilisent HTTPS : le point de connexion a besoin d'un certificat d'authentification client. Il n'en aurait pas besoin avec le HTTP amélioré.",
    },
    aspnet: {
      title: () => 'ASP.NET 4.5 activé sur les points de gestion',
      where: (p) => `chaque point de gestion (${p.managementPoints}) : la fonctionnalité Windows ASP.NET 4.5, dans Gestionnaire de serveur > Ajouter des rôles et fonctionnalités`,
      what: () => "Les clients s'authentifient avec Microsoft Entra ID : activez ASP.NET 4.5 sur chaque point de gestion, avec les options que Windows sélectionne avec lui.",
    },
    'boundary-groups': {
      title: () => 'la passerelle dans les groupes de limites (facultatif)',
      where: () => 'console : Administration > Configuration de la hiérarchie > Groupes de limites > le groupe > Propriétés > onglet Références',
      what: (p) =>
        `Pour les clients d'un groupe de limites (VPN, agences) qui doivent utiliser la passerelle selon les relations des groupes de limites, ajoutez la passerelle ${p.serviceName} dans l'onglet Références. Depuis le lecteur du site : \`Set-CMBoundaryGroup -Name '<groupe de limites>' -AddSiteSystemServer (Get-CMSiteSystemServer -Name '<nom du service>')\`, comme le fait l'exemple de l'applet de commande avec le nom d'une passerelle classique ; le nom qu'y porte une passerelle n'est pas documenté : si Get-CMSiteSystemServer ne renvoie rien, utilisez la console.`,
    },
    'client-settings': {
      title: () => 'les paramètres client « Autoriser les clients à utiliser une passerelle de gestion cloud » et « Autoriser l\'accès au point de distribution cloud » sur Oui',
      where: () => 'console : Administration > Paramètres client > Paramètres client par défaut (ou des paramètres d\'appareil personnalisés) > Propriétés > Services cloud',
      what: () =>
        "Réglez les deux sur Oui pour les appareils qui utilisent la passerelle (le premier vaut Oui par défaut ; les clients à jeton en ont besoin aussi). Déployez les paramètres personnalisés sur des regroupements d'appareils, jamais sur des regroupements d'utilisateurs. Depuis le lecteur du site : `Set-CMClientSettingCloudService -DefaultSetting -AllowCloudManagementGateway $true -AllowCloudDistributionPoint $true`, ou `-Name '<nom des paramètres personnalisés>'` au lieu de -DefaultSetting. La page de l'applet de commande ne décrit aucun des deux paramètres : qu'ils soient ces deux paramètres client se lit dans leur nom.",
    },
  },
  actors: {
    'configmgr-admin': "Administrateur complet ou Administrateur d'infrastructure de ConfigMgr",
    'top-level-admin': "Administrateur complet ou Administrateur d'infrastructure de ConfigMgr, sur le site de niveau supérieur (le site d'administration centrale dans une hiérarchie)",
    'features-admin': "un administrateur de ConfigMgr sur le site de niveau supérieur : dans une hiérarchie, seul le site d'administration centrale active des fonctionnalités (les pages ne nomment aucun rôle de sécurité pour cela ; l'Administrateur complet a toutes les autorisations)",
    'entra-admin': "Administrateur général Entra, ou Administrateur d'application dans les limites indiquées à l'étape 3",
    'azure-owner': "Propriétaire de l'abonnement Azure",
    'azure-contributor': "Contributeur ou Propriétaire de l'abonnement Azure",
    'azure-admin': "un administrateur de l'abonnement Azure (l'article 1610 ne nomme aucun rôle)",
    'dns-admin': "l'administrateur de votre zone DNS publique",
    'server-admin': "un administrateur local du serveur (en tant qu'administrateur)",
    'client-admin': "un administrateur local du client (en tant qu'administrateur)",
    'gpo-admin': "un administrateur de stratégie de groupe de l'unité d'organisation des clients",
    'intune-admin': 'un administrateur Intune',
  },
  citations: {
    article1610: "l'article 1610 « Configurer la passerelle de gestion cloud pour Configuration Manager » (version française du 23/04/2017), qui n'est plus en ligne",
    preRelease2017: "la page « Pre-release features » du 31/07/2017 (documentation de System Center Configuration Manager), qui n'est plus en ligne",
  },
  sourcesJoin: ' ; ',
  movedHere: (p) => `Reporté ici depuis l'étape ${p.from} : ${p.reason}`,
  movedAway: (p) => `La procédure et le script des autorités subordonnées de cette étape figurent sous l'étape ${p.to} : ${p.reason}`,
  movedReasons: {
    subCaAfterGateway:
      "les certificats d'autorité subordonnée sont chargés dans le service cloud de la passerelle, et le script écrit leurs empreintes dans l'instance SMS_AzureService de la passerelle, dans la base de données du site ; l'un et l'autre n'existent qu'une fois la passerelle créée par l'étape 4 (l'article 1610 : « après avoir configuré une passerelle de gestion cloud »).",
  },
  fields: {
    who: 'Qui :',
    where: 'Où :',
    what: 'À faire :',
    site: 'Site :',
    how: 'Comment :',
    run: 'Exécution :',
    changes: 'Ce que cela change :',
    check: 'Vérification :',
    console: 'Dans la console :',
    rollback: 'Retour arrière :',
    source: 'Source :',
  },
  runWithWhatIf: (p) => `${p.whatIf}, lisez ce qu'il changerait, puis ${p.run}.`,
  runReadOnly: (p) => `${p.run} (lecture seule).`,
  nothingToRun: 'Aucun fichier à exécuter pour cette étape.',
  atPrimarySites: (p) =>
    `Dans cette hiérarchie, cette étape se fait à chaque site principal (${p.sites}), pas au site d'administration centrale ${p.siteCode} : ci-dessous un script par site principal, dans un dossier au nom de son code de site, avec le code et le fournisseur SMS de ce site comme valeurs par défaut.`,
  placeholdersPerSite: (p) =>
    `Ce sont les valeurs du site d'administration centrale (${p.siteCode}). Aux étapes 5, 6 et 7, \`<code de site>\`, \`<fournisseur SMS>\` et \`<point de connexion>\` sont ceux du site principal du script, comme l'indique sa ligne **Site**.`,
  primarySite: (p) => `site principal ${p.siteCode}, avec son fournisseur SMS ${p.smsProvider}.`,
  consoleOnly: (p) => `Cette version du site n'a pas d'applet de commande pour cette étape : faites-la dans la console, comme le décrit ${p.file}.`,
  checklistTitle: 'Liste de contrôle',
  checklistIntro: 'Cochez une ligne une fois sa vérification réussie.',
  checklistStep: (p) => `Étape ${p.number} :`,
  checklistLab: 'Laboratoire :',
  checklistFile: (p) => `${p.file}${p.purpose ? ` : ${p.purpose}` : ''}`,
  checklistGuidance: {
    certificateTemplate: "modèle de certificat publié, certificat serveur exporté dans un .pfx protégé par mot de passe (procédure de l'étape 1).",
    clientChainConsole: 'certificats racine et intermédiaires du certificat client exportés en fichiers .cer (script ou console, étape 2).',
    subCaPortal: "certificats d'autorité subordonnée chargés dans le service cloud depuis le portail Azure (étape 3 de l'article, une fois la passerelle créée).",
    serverAppUpdate: "application serveur antérieure à 2309 mise à jour (http://localhost), ou connue pour être plus récente (étape 4).",
  },
};

/**
 * Les fichiers qui ne sont à aucune étape (l'ICP de laboratoire de --example) : comment les
 * utiliser, ce qu'ils changent, le chemin dans la console, le retour arrière. Ceux d'une étape
 * sont dans le texts.ts de son dossier (src/steps/<id>/).
 */
export const runbookEntriesFr: Record<ExtraPurpose, RunbookEntry> = {
  'lab.pki': {
    how: "Machines de laboratoire uniquement : importez LAB-ONLY-root-ca.cer dans le magasin Autorités de certification racines de confiance de chaque client de test et du serveur du point de connexion (`Import-Certificate -FilePath LAB-ONLY-root-ca.cer -CertStoreLocation Cert:\\LocalMachine\\Root`), et LAB-ONLY-client.pfx dans leur magasin Personnel de l'ordinateur (`Import-PfxCertificate -FilePath LAB-ONLY-client.pfx -CertStoreLocation Cert:\\LocalMachine\\My -Password (Read-Host -AsSecureString)`). Cette exécution utilise déjà LAB-ONLY-server.pfx comme certificat serveur de la passerelle (et LAB-ONLY-management.pfx comme certificat de gestion du modèle classique). LAB-ONLY-README.txt dit la même chose.",
    changes: "Rien tant qu'ils ne sont pas importés ; une fois importés, la machine approuve l'autorité racine de laboratoire.",
    console: "mmc > Certificats (compte d'ordinateur) > Autorités de certification racines de confiance (ou Personnel) > Toutes les tâches > Importer.",
    rollback: "Retirez les certificats de laboratoire des machines (`Remove-Item Cert:\\LocalMachine\\Root\\<empreinte>`, et le certificat client de Cert:\\LocalMachine\\My), puis supprimez le dossier 00-lab-pki.",
  },
};
