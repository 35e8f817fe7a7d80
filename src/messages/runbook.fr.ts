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
    keys: 'Clés privées :',
  },
  keysOwnerOnly: (p) =>
    `${p.files}, dans ce dossier. cmg-setup a rendu chacun lisible par le seul compte qui l'a exécuté (mode 0600 ; sous Windows, une liste d'accès qui n'autorise que ce compte). Une copie prend les autorisations du dossier où elle arrive : ne les copiez que là où les autres utilisateurs ne peuvent pas les lire.`,
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
    how: "Machines de laboratoire uniquement : importez LAB-ONLY-root-ca.cer dans le magasin Autorités de certification racines de confiance de chaque client de test et du serveur du point de connexion (`Import-Certificate -FilePath LAB-ONLY-root-ca.cer -CertStoreLocation Cert:\\LocalMachine\\Root`), et LAB-ONLY-client.pfx dans leur magasin Personnel de l'ordinateur (`Import-PfxCertificate -FilePath LAB-ONLY-client.pfx -CertStoreLocation Cert:\\LocalMachine\\My -Password (Read-Host -AsSecureString)`). Cette exécution utilise déjà LAB-ONLY-server.pfx comme certificat serveur de la passerelle (et, dans le modèle classique, LAB-ONLY-management.pfx comme certificat de gestion). LAB-ONLY-README.txt dit la même chose.",
    changes: "Rien tant qu'ils ne sont pas importés ; une fois importés, la machine approuve l'autorité racine de laboratoire.",
    console: "mmc > Certificats (compte d'ordinateur) > Autorités de certification racines de confiance (ou Personnel) > Toutes les tâches > Importer.",
    rollback: "Retirez les certificats de laboratoire des machines (`Remove-Item Cert:\\LocalMachine\\Root\\<empreinte>`, et le certificat client de Cert:\\LocalMachine\\My), puis supprimez le dossier 00-lab-pki.",
  },
};
