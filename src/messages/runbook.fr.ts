import type { Catalogue, Params, RunbookEntry } from './types.ts';
import { clientRunbookEntriesFr } from './clients.fr.ts';

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
    deploys: {
      vmss: 'la crée et la surveille : Azure Resource Manager, HTTPS 443',
      classic: 'la crée et la surveille : Azure Service Manager, certificat de gestion, HTTPS 443',
    },
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

/** Les textes de l'étape 5 : paramètres PKI seuls, HTTP amélioré seul, ou les deux (steps/site/index.ts, siteParts). */
function sitePart(p: Params, pki: string, enhancedHttp: string, both: string): string {
  if (p.sitePki && p.siteEnhancedHttp) return both;
  return p.siteEnhancedHttp ? enhancedHttp : pki;
}

const PKI_SETTINGS = "« Utiliser le certificat client PKI (fonctionnalité d'authentification du client) lorsqu'il est disponible » et « Les clients vérifient la liste de révocation des certificats (CRL) pour les systèmes de site »";
// F-MP-2 : le libellé de l'option (Set-CMSite.md L872) et son paramètre, dans SetBySiteCodeMandatory (L93).
const ENHANCED_HTTP = '« Utiliser les certificats générés par Configuration Manager pour les systèmes de site HTTP »';
const PKI_ROLLBACK = '`Set-CMSite -SiteCode <code de site> -UsePkiClientCertificate $false -ClientCheckCertificateRevocationListForSiteSystem $true`';
const ENHANCED_HTTP_ROLLBACK = '`Set-CMSite -SiteCode <code de site> -UseSmsGeneratedCert $false`';

/**
 * Par objet de fichier : comment l'exécuter, ce qu'il change, le chemin dans la console, le
 * retour arrière. La vérification est le texte `verify` du même objet. Les entrées de
 * l'étape 8 viennent de clients.fr.ts.
 */
export const runbookEntriesFr: Record<string, RunbookEntry> = {
  'certificate.inf': {
    how: "Rien à exécuter : gardez-le à côté de Request-CmgServerCertificate.ps1, qui le passe à `certreq -new`. À la main : `certreq.exe -new -machine cmg-server-certificate.inf cmg-server-certificate.req` (en tant qu'administrateur). Il nomme le modèle de certificat indiqué avec --cert-template ([RequestAttributes] CertificateTemplate), pour une autorité de certification d'entreprise ; sans lui, il ne fonctionne qu'avec une autorité autonome, car une autorité d'entreprise refuse une demande qui ne nomme aucun modèle (0x80094801).",
    changes: 'Rien en lui-même : il décrit la demande (CN et nom DNS = <nom du service>, clé RSA de 2048 bits exportable, authentification du serveur).',
    rollback: 'Rien à annuler : supprimez le fichier.',
  },
  'certificate.request': {
    how: "Windows PowerShell en tant qu'administrateur, sur un ordinateur autorisé à s'inscrire au modèle de certificat (membre du groupe qui a l'autorisation Inscription ; redémarrez-le après l'avoir ajouté au groupe). La demande porte le modèle indiqué avec --cert-template ; sans lui, elle ne fonctionne qu'avec une autorité autonome : avec une autorité de certification d'entreprise, passez `-CertificateTemplate <nom du modèle>` (le nom du modèle, pas son nom complet). `-CertificationAuthority \"<hôte AC>\\<nom AC>\"` choisit l'autorité. Il demande un mot de passe pour le .pfx. Indiquez ensuite le .pfx à cmg-setup avec --server-cert-path et relancez cmg-setup.",
    changes: "Crée une clé et une demande (certreq -new), la soumet à votre autorité de certification (certreq -submit), installe le certificat émis dans le magasin de l'ordinateur Cert:\\LocalMachine\\My (certreq -accept) et l'exporte avec sa clé privée dans cmg-server-certificate.pfx, à côté du script.",
    console: "Composant logiciel enfichable Certificats (compte d'ordinateur) > Personnel > Certificats > Toutes les tâches > Demander un nouveau certificat, puis le certificat > Toutes les tâches > Exporter (« Oui, exporter la clé privée »).",
    rollback: "Supprimez les fichiers .req, .cer et .pfx ; retirez le certificat du magasin de l'ordinateur (`Remove-Item Cert:\\LocalMachine\\My\\<empreinte>`) ; demandez à l'administrateur de l'autorité de certification de le révoquer (`certutil -revoke <numéro de série>`).",
  },
  'client-chain.export': {
    how: "Windows PowerShell sur un seul client joint au domaine qui possède son certificat d'authentification client (ou sur le serveur du point de connexion). Il écrit dans .\\cmg-client-chain, sauf si vous indiquez -OutputFolder. Indiquez ensuite les fichiers .cer à cmg-setup avec --client-root-certs.",
    changes: "Écrit seulement des fichiers : root-<empreinte>.cer et intermediate-<empreinte>.cer dans le dossier de sortie. Rien d'autre ne change sur la machine.",
    console: "mmc > Certificats (compte d'ordinateur) > Personnel > Certificats > le certificat client > Chemin d'accès de certification > chaque autorité > Afficher le certificat > Détails > Copier dans un fichier (X.509 binaire encodé DER).",
    rollback: 'Rien à annuler : supprimez les fichiers .cer si vous le souhaitez (ils ne contiennent que des certificats publics).',
  },
  'entra.apps': {
    how: "Windows PowerShell (5.1 ou 7) sur n'importe quel poste doté des modules Microsoft Graph PowerShell (`Install-Module Microsoft.Graph.Applications, Microsoft.Graph.Identity.SignIns -Scope CurrentUser`), connecté (une fenêtre de navigateur) en administrateur général Entra : le rôle que nomme la documentation de la CMG pour créer les applications (page « Manually register Microsoft Entra apps for the CMG » : « both of which require a global administrator role »). Un administrateur d'application ou administrateur d'application cloud peut créer les applications et accorder l'autorisation déléguée de l'application cliente, mais pas l'autorisation d'application Microsoft Graph Directory.Read.All dont la découverte des utilisateurs Entra a besoin (Entra, « Grant tenant-wide admin consent » : « except Microsoft Graph app roles (application permissions) ») : cet octroi demande un administrateur de rôle privilégié ou un administrateur général. Le script recherche d'abord les applications par leur nom d'affichage. Il affiche une seule fois le nouveau secret client de l'application serveur : transmettez-le à l'administrateur ConfigMgr par un canal sûr, avec sa date d'expiration et les deux ID clients qu'affiche le script, et donnez les ID à cmg-setup (--server-app-client-id, --client-app-client-id).",
    changes: "Dans Entra ID : l'inscription de l'application serveur (web) (URI de redirection http://localhost, l'URI d'ID d'application, l'étendue user_impersonation, les jetons d'ID) et celle de l'application cliente (native) (flux de clients publics, son URI de redirection du répartiteur, l'autorisation user_impersonation de l'application serveur), leurs principaux de service (applications d'entreprise), un secret client sur l'application serveur (12 mois, ou 24 avec -SecretMonths 24), le consentement administrateur pour l'autorisation de l'application cliente et, avec la découverte des utilisateurs Entra, Directory.Read.All accordé à l'application serveur. Une application qui existe déjà reçoit seulement ce qui lui manque ; rien n'est supprimé.",
    console: "Centre d'administration Entra > Inscriptions d'applications > Nouvelle inscription, comme le décrit pas à pas la page « Inscrire manuellement des applications Microsoft Entra pour la CMG ».",
    rollback: "Avant que ConfigMgr ne les utilise : centre d'administration Entra > Inscriptions d'applications > chaque application > Supprimer (son application d'entreprise, son consentement et son secret partent avec elle), ou `Remove-MgApplication -ApplicationId <ID d'objet>`. Dès qu'un service de gestion cloud ou une passerelle les utilise, supprimez-les d'abord : ils ne fonctionnent plus sans elles.",
  },
  'azure.service': {
    how: "Windows PowerShell sur une machine dotée de la console Configuration Manager (2010 ou ultérieure), avec un compte Administrateur complet ou Administrateur d'infrastructure ; importer les applications ne demande aucune autorisation Entra. Les deux applications doivent d'abord exister dans Entra ID (New-CmgEntraApps.ps1, ou votre administrateur Entra). Quand il importe l'application serveur, il demande le secret client (saisie masquée, enregistré nulle part) et, si -SecretKeyExpiry ne la donne pas, sa date d'expiration (yyyy-MM-dd).",
    changes: "Dans le site, rien dans Azure : le locataire Entra avec les définitions des applications serveur et cliente (Administration > Services cloud > Locataires Azure Active Directory), et le service Azure de gestion cloud qui les utilise, avec la découverte des utilisateurs Entra si les réponses l'activent. ConfigMgr n'avertit pas avant l'expiration du secret d'une application importée : notez sa date et renouvelez le secret dans Entra ID avant.",
    console: 'Administration > Services cloud > Services Azure > Configurer les services Azure > Gestion cloud ; Importer l\'application web, puis l\'application cliente native.',
    rollback: "Tant qu'aucune passerelle ne l'utilise : Administration > Services cloud > Services Azure > le service > Supprimer, ou `Remove-CMAzureService -Name <nom du service Azure> -DisableWildcardHandling` (le nom n'est jamais un motif : page de Remove-CMAzureService, jeu SearchByNameMandatory) ; puis les applications sous Locataires Azure Active Directory.",
  },
  'subca.update': {
    how: "Windows PowerShell avec un compte Administrateur complet de Configuration Manager, une fois la passerelle créée et les certificats d'autorité subordonnée chargés dans son service cloud (procédure ci-dessus). Il joint le fournisseur SMS par DCOM (-SmsProvider).",
    changes: "Renseigne SubCACertThumbprint de l'instance SMS_AzureService de la passerelle dans la base de données du site avec les empreintes des autorités subordonnées, comme le faisait UpdateSubCAThumbprints.vbs de l'article. Il affiche la valeur précédente.",
    rollback: "Rétablissez la valeur précédente de SubCACertThumbprint affichée par le script (entre les premiers crochets) : `Get-CimInstance -CimSession (New-CimSession -ComputerName <fournisseur SMS> -SessionOption (New-CimSessionOption -Protocol Dcom)) -Namespace root\\sms\\site_<code de site> -ClassName SMS_AzureService | Where-Object ServiceCName -eq '<nom du service>' | Set-CimInstance -Property @{ SubCACertThumbprint = '<valeur précédente>' }`. Supprimez du service cloud, dans le portail Azure, les certificats chargés qui ne servent plus.",
  },
  'gateway.create': {
    how: "Windows PowerShell sur une machine dotée de la console Configuration Manager, avec un compte Administrateur complet, les fichiers de certificat aux chemins qu'indique le script (ses paramètres). Il demande le mot de passe de chaque .pfx utilisé. Si une passerelle porte déjà ce nom de service, il ne change rien.",
    changes: "Crée la passerelle de gestion cloud : ses ressources Azure (un groupe de machines virtuelles identiques avec son adresse IP publique, un coffre de clés et un compte de stockage, ou pour le modèle classique un service cloud et un compte de stockage), nommées d'après le préfixe de déploiement, et son entrée dans le site. Azure les facture dès maintenant.",
    console: 'Administration > Services cloud > Passerelle de gestion cloud > Créer une passerelle de gestion cloud.',
    // F-GW-9 : la propriété que -Name compare n'est pas documentée ; ServiceCName est le nom du service.
    // F-RB-15 : Get- sans -Name liste les passerelles du site ; Remove- les reçoit du pipeline (-InputObject).
    rollback: "Administration > Services cloud > Passerelle de gestion cloud > la passerelle > Supprimer, ou `Get-CMCloudManagementGateway | Where-Object ServiceCName -eq '<nom du service>' | Remove-CMCloudManagementGateway` : le site supprime aussi ses ressources Azure. Ne les supprimez jamais dans le portail Azure. Supprimez l'enregistrement CNAME si vous l'avez créé.",
  },
  'gateway.console': {
    how: "Ouvrez-le (dans un lecteur Markdown, ou imprimez-le) et suivez-le dans la console Configuration Manager avec un compte Administrateur complet : il couvre les étapes 4, 6 et 7 de l'article avec les valeurs de cette exécution.",
    changes: 'Le fichier ne change rien ; la procédure crée la passerelle (étape 4), ajoute le point de connexion (étape 6) et autorise les rôles à accepter le trafic de la passerelle (étape 7).',
    console: 'Administration > Services cloud > Passerelle de gestion cloud > Créer une passerelle de gestion cloud.',
    rollback: "Dans l'ordre inverse : décochez « Autoriser le trafic de la passerelle de gestion cloud Configuration Manager » dans les propriétés de chaque rôle ; supprimez le rôle de point de connexion (Serveurs et rôles de système de site > le serveur > le rôle > Supprimer le rôle) ; supprimez la passerelle (Passerelle de gestion cloud > la passerelle > Supprimer).",
  },
  'gateway.console-scale-set': {
    how: "Ouvrez-le (dans un lecteur Markdown, ou imprimez-le) et suivez-le dans la console Configuration Manager du site de niveau supérieur, connecté à Azure avec un compte Propriétaire de l'abonnement : il crée la passerelle avec les valeurs de cette exécution. Exécutez ensuite Wait-CmgReady.ps1.",
    changes: "Le fichier ne change rien ; la procédure crée la passerelle : ses ressources Azure (un groupe de machines virtuelles identiques avec son adresse IP publique, un coffre de clés et un compte de stockage) et son entrée dans le site. Azure les facture dès lors.",
    console: 'Administration > Services cloud > Passerelle de gestion cloud > Créer une passerelle de gestion cloud.',
    rollback: "Administration > Services cloud > Passerelle de gestion cloud > la passerelle > Supprimer : le site supprime aussi ses ressources Azure. Ne les supprimez jamais dans le portail Azure. Supprimez l'enregistrement CNAME si vous l'avez créé.",
  },
  'gateway.wait': {
    how: "Windows PowerShell sur une machine dotée de la console Configuration Manager, juste après New-CmgGateway.ps1. Il vérifie chaque minute pendant une heure au plus (-PollSeconds, -TimeoutMinutes) et affiche chaque état.",
    changes: "Rien : il lit seulement l'état de la passerelle.",
    console: 'Administration > Services cloud > Passerelle de gestion cloud : la colonne État.',
    rollback: 'Rien à annuler.',
  },
  // M3 : ce que règle l'étape 5 dépend des réponses (steps/site/index.ts, siteParts) : les paramètres de
  // certificat client PKI, HTTP amélioré, ou les deux.
  'site.settings': {
    how: (p) =>
      `Windows PowerShell sur une machine dotée de la console Configuration Manager, avec un compte Administrateur complet. Notez ${sitePart(p, 'les deux paramètres', "si HTTP amélioré est activé", 'les trois paramètres')} dans la console avant de l'exécuter.${
        // F-MP-2 : aucune note de publication ne dit quelle version a ajouté -UseSmsGeneratedCert ; le script le vérifie d'abord.
        p.siteEnhancedHttp ? " Si le Set-CMSite de cette console n'a pas -UseSmsGeneratedCert, le script s'arrête avant toute modification : activez HTTP amélioré dans la console, puis exécutez-le avec `-SetEnhancedHttp $false`." : ''
      }`,
    changes: (p) =>
      sitePart(
        p,
        `Deux paramètres du site principal, pour tous ses clients : ${PKI_SETTINGS}.`,
        // F-MP-2 (l'option, Sécurité des communications), F-MP-3 (le certificat du point de gestion en 30 minutes, les clients locaux restent en HTTP), F-HIER-3 (par site).
        `Un paramètre de tout le site principal : ${ENHANCED_HTTP} (HTTP amélioré), pour chaque système de site HTTP du site. Chaque point de gestion HTTP reçoit un certificat du site dans les 30 minutes ; les clients locaux restent en HTTP.`,
        `Trois paramètres du site principal : ${PKI_SETTINGS}, pour tous ses clients, et ${ENHANCED_HTTP} (HTTP amélioré), pour chaque système de site HTTP du site. Chaque point de gestion HTTP reçoit un certificat du site dans les 30 minutes ; les clients locaux restent en HTTP.`,
      ),
    console: 'Administration > Configuration du site > Sites > le site > Propriétés > Sécurité des communications (Communications des ordinateurs clients avant 1906).',
    rollback: (p) =>
      sitePart(
        p,
        `Remettez les deux paramètres tels que vous les avez notés, dans la console ou depuis le lecteur du site : ${PKI_ROLLBACK} (avec vos valeurs précédentes).`,
        `Seulement si HTTP amélioré était désactivé avant, et après l'annulation de l'étape 7 (un point de gestion HTTP ouvert à la CMG en a besoin) : décochez ${ENHANCED_HTTP} dans la console, ou depuis le lecteur du site ${ENHANCED_HTTP_ROLLBACK}.`,
        `Remettez les paramètres PKI tels que vous les avez notés : ${PKI_ROLLBACK} (avec vos valeurs précédentes). Seulement si HTTP amélioré était désactivé avant, et après l'annulation de l'étape 7 (un point de gestion HTTP ouvert à la CMG en a besoin) : ${ENHANCED_HTTP_ROLLBACK}.`,
      ),
  },
  // S4, S7 : ce que change l'étape 6 dépend du proxy et de -ExistingConnectionPoint (F-CP-1, F-CP-2).
  'connection-point.add': {
    how: "Windows PowerShell sur une machine dotée de la console Configuration Manager, avec un compte Administrateur complet, une fois la passerelle à l'état Prêt. <point de connexion> doit déjà être un système de site du site. Relancé une fois le rôle en place, il s'arrête : aucune propriété documentée ne dit quelle passerelle le rôle sert. Vérifiez dans la console qu'il sert <nom du service> (les propriétés du rôle), puis exécutez-le avec `-ExistingConnectionPoint Keep` ; `-ExistingConnectionPoint Relink` déplace plutôt le rôle vers <nom du service>.",
    changes: (p) =>
      `Ajoute le rôle de point de connexion de la passerelle de gestion cloud à <point de connexion>${p.proxy ? ` et règle le proxy Internet de ce système de site sur ${p.proxy}` : ''}. Le serveur ouvre ensuite des connexions sortantes vers la passerelle. Avec \`-ExistingConnectionPoint Relink\`, il déplace plutôt le rôle existant du serveur vers <nom du service> : la passerelle que ce rôle servait perd ce point de connexion.`,
    console: 'Administration > Configuration du site > Serveurs et rôles de système de site > le serveur > Ajouter des rôles de système de site > Point de connexion de la passerelle de gestion cloud.',
    rollback: (p) =>
      `Serveurs et rôles de système de site > le serveur > le rôle de point de connexion > Supprimer le rôle, ou \`Get-CMCloudManagementGatewayConnectionPoint -SiteSystemServerName <point de connexion> -SiteCode <code de site> | Remove-CMCloudManagementGatewayConnectionPoint\`.${
        p.proxy ? ' Si le script a réglé le proxy : `Set-CMSiteSystemServer -SiteSystemServerName <point de connexion> -SiteCode <code de site> -EnableProxy $false`.' : ''
      } Après un Relink, ramenez le rôle au lieu de le supprimer : \`Set-CMCloudManagementGatewayConnectionPoint -CloudManagementGatewayName '<passerelle précédente>' -SiteSystemServerName <point de connexion> -SiteCode <code de site>\`, avec le nom de la passerelle qu'il servait avant.`,
  },
  // M2, N10 : ce que fait l'étape 7 suit managementPointSecurity et managementPointsInternetOnly (steps/roles/index.ts).
  'roles.enable': {
    how: (p) =>
      `Windows PowerShell sur une machine dotée de la console Configuration Manager, avec un compte Administrateur complet. ${
        p.mpSecurity === 'https'
          ? "Chaque point de gestion doit d'abord avoir un certificat d'authentification serveur lié à HTTPS dans IIS."
          : // F-MP-3 : le site donne son certificat au point de gestion HTTP dans les 30 minutes ; F-MP-11 : un refus arrête le script.
            "Exécutez-le une fois que l'étape 5 a activé HTTP amélioré : les points de gestion restent en HTTP et n'ont besoin d'aucun certificat propre. Si Set-CMManagementPoint refuse le trafic de la CMG sur un point de gestion HTTP, le script s'arrête et dit quoi faire dans la console."
      }${
        // F-MP-5, F-MP-10 : le script vérifie qu'un autre point de gestion sert l'intranet.
        p.internetOnly ? " Avant toute modification, il s'arrête si aucun autre point de gestion du site ne servirait les clients locaux." : ''
      }`,
    changes: (p) =>
      `Chaque point de gestion : ${
        p.mpSecurity === 'https'
          ? 'connexions client HTTPS et « Autoriser le trafic de la passerelle de gestion cloud Configuration Manager » coché (un point de gestion en HTTP passe en HTTPS)'
          : '« Autoriser le trafic de la passerelle de gestion cloud Configuration Manager » coché ; il reste en HTTP (celui qui est déjà en HTTPS le reste)'
      }${
        p.internetOnly
          ? ', et ses connexions client Internet uniquement (-ClientConnectionType Internet) : les clients locaux cessent de l\'utiliser.'
          : !p.connectionTypeReset
            ? '.'
            : // N10, F-MP-11 : 1902 « reset client connection type when enable/disable cloud gateway » ; 2207 : InternetAndIntranet par défaut.
            '. Activer le trafic de la CMG réinitialise aussi son type de connexion client (Set-CMManagementPoint depuis 1902), à Internet et intranet par défaut à partir de 2207 : un point de gestion réservé à l\'intranet sert alors aussi les clients Internet.'
      } Chaque point de mise à jour logicielle (et, en modèle classique, chaque point de distribution) : « Autoriser le trafic de la passerelle de gestion cloud Configuration Manager » coché.`,
    console: (p) =>
      `Administration > Configuration du site > Serveurs et rôles de système de site > le serveur > le rôle > Propriétés : ${p.mpSecurity === 'https' ? 'Connexions client HTTPS, ' : ''}« Autoriser le trafic de la passerelle de gestion cloud Configuration Manager »${p.internetOnly ? ' ; pour un point de gestion, connexions client depuis Internet uniquement' : ''}.`,
    rollback: (p) =>
      `Pour chaque rôle, dans ses propriétés ou depuis le lecteur du site : \`Set-CMManagementPoint -SiteSystemServerName <serveur> -SiteCode <code de site> -EnableCloudGateway $false${
        // F-MP-5 : -ClientConnectionType Internet | Intranet | InternetAndIntranet ; dans le même appel, car la désactivation réinitialise aussi le type (F-MP-11).
        p.internetOnly ? ' -ClientConnectionType InternetAndIntranet' : ''
      }\`${p.internetOnly ? " (ou, à la place d'InternetAndIntranet, le type de connexion qu'il avait avant que le script le réserve à Internet)" : ''}${p.mpSecurity === 'https' ? " (puis `-EnableSsl $false` s'il était en HTTP)" : ''}, \`Set-CMSoftwareUpdatePoint -SiteSystemServerName <serveur> -SiteCode <code de site> -EnableCloudGateway $false\`, points de distribution du modèle classique : \`Set-CMDistributionPoint -SiteSystemServerName <serveur> -SiteCode <code de site> -AllowProxyTraffic $false\`.`,
  },
  'lab.pki': {
    how: "Machines de laboratoire uniquement : importez LAB-ONLY-root-ca.cer dans le magasin Autorités de certification racines de confiance de chaque client de test et du serveur du point de connexion (`Import-Certificate -FilePath LAB-ONLY-root-ca.cer -CertStoreLocation Cert:\\LocalMachine\\Root`), et LAB-ONLY-client.pfx dans leur magasin Personnel de l'ordinateur (`Import-PfxCertificate -FilePath LAB-ONLY-client.pfx -CertStoreLocation Cert:\\LocalMachine\\My -Password (Read-Host -AsSecureString)`). Cette exécution utilise déjà LAB-ONLY-server.pfx comme certificat serveur de la passerelle (et LAB-ONLY-management.pfx comme certificat de gestion du modèle classique). LAB-ONLY-README.txt dit la même chose.",
    changes: "Rien tant qu'ils ne sont pas importés ; une fois importés, la machine approuve l'autorité racine de laboratoire.",
    console: "mmc > Certificats (compte d'ordinateur) > Autorités de certification racines de confiance (ou Personnel) > Toutes les tâches > Importer.",
    rollback: "Retirez les certificats de laboratoire des machines (`Remove-Item Cert:\\LocalMachine\\Root\\<empreinte>`, et le certificat client de Cert:\\LocalMachine\\My), puis supprimez le dossier 00-lab-pki.",
  },
  // En dernier, pour que les entrées propres à l'étape 8 l'emportent.
  ...clientRunbookEntriesFr,
};
