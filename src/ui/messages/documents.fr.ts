import type { DocumentTexts } from './types.ts';

/**
 * Les documents Markdown écrits à côté des scripts, en français. Les valeurs arrivent sous forme
 * de code Markdown. La procédure 1610 suit les libellés de la console française et de l'article
 * « Configurer la passerelle de gestion cloud pour Configuration Manager » (version de 2017) :
 * Administration > Services cloud > Passerelle de gestion cloud > Créer une passerelle de gestion
 * cloud, pages Général, Paramètres et Alertes de l'Assistant, « Vérifier la révocation des
 * certificats clients », Serveurs et rôles de système de site, Connexions client. Les lignes de
 * journal que le client écrit (ccmsetup.log, ClientLocation.log) restent en anglais : c'est ce
 * que l'administrateur y lira.
 */
export const documentsFr: DocumentTexts = {
  consoleWalkthrough: {
    title: 'La passerelle de gestion cloud dans la console (ConfigMgr 1610)',
    retired:
      "Azure a mis hors service les services cloud (classiques) le 31 août 2024, et ConfigMgr 2203 et versions ultérieures ne peuvent pas déployer de passerelle de gestion cloud classique. Cette procédure reprend celle de la version 1610, telle que l'article la décrit.",
    createTitle: 'Étape 4 : créer la passerelle de gestion cloud',
    // Le libellé du consentement tel que l'écrit la page de 2017 (docs/reference/documented-facts.md F-RB-8, F-RB-11) : les pages traduites le laissent en anglais.
    consent:
      "Jusqu'à la version 1802, la passerelle de gestion cloud est une fonctionnalité en préversion : donnez d'abord votre consentement, une fois par hiérarchie (c'est irréversible), sur le site de niveau supérieur : Administration > Configuration du site > Sites > **Paramètres de hiérarchie** > onglet Général : cochez **Consent to use Pre-Release features** (le libellé de la page de 2017 sur les fonctionnalités en préversion, que ses traductions laissent en anglais ; les pages actuelles écrivent « Consent to use pre-release features »).",
    turnOn:
      "Activez ensuite la fonctionnalité : en 1610, Administration > Services cloud > Mises à jour et maintenance > **Fonctionnalités** (à partir de 1702 : Administration > Mises à jour et maintenance > Fonctionnalités) ; sélectionnez **Passerelle de gestion cloud**, puis **Activer**. La modification peut prendre jusqu'à 30 minutes ; redémarrez ensuite la console.",
    generallyAvailable: "À partir de la version 1802, la passerelle de gestion cloud n'est plus une fonctionnalité en préversion : il n'y a rien à activer.",
    createPath: 'Administration > Services cloud > Passerelle de gestion cloud > Créer une passerelle de gestion cloud.',
    generalPage: (v) => `Page Général : l'ID d'abonnement ${v.subscriptionId} et le certificat de gestion Azure${v.managementCert ? ` ${v.managementCert}` : ''}. La console se connecte à Azure.`,
    settingsPage: (v) =>
      `Page Paramètres : région ${v.region} ; instances de machine virtuelle ${v.vmCount} ; certificat serveur${v.serverCert ? ` ${v.serverCert}` : ' (.pfx)'} ; certificat racine du certificat client${v.clientRoot ? ` ${v.clientRoot}` : ' (.cer)'} ; nom de domaine complet du service ${v.serviceName}.`,
    revocationKept: 'Laissez cochée la case **Vérifier la révocation des certificats clients** : la liste de révocation des certificats (CRL) doit être publiée sur Internet.',
    revocationCleared: 'Décochez **Vérifier la révocation des certificats clients**, sauf si la liste de révocation des certificats (CRL) est publiée sur Internet.',
    alertsNone: 'Page Alertes : aucune alerte de trafic sortant sur 14 jours.',
    alerts: (v) => `Page Alertes : seuil de trafic sortant sur 14 jours de ${v.thresholdGb} Go, avertissement à ${v.warningPct} %, critique à ${v.criticalPct} %.`,
    finish: "Terminez l'Assistant. L'approvisionnement prend 5 à 15 minutes : surveillez la colonne État jusqu'à ce qu'elle indique Prêt.",
    ports: (v) => `Ports du point de connexion vers la passerelle de gestion cloud : ${v.ports} (page actuelle sur les flux de données : TCP-TLS d'abord, HTTPS si TCP-TLS échoue).`,
    proxyOneVm:
      "Un proxy Internet ne laisse passer que HTTPS. Pour une seule machine virtuelle, les deux pages se contredisent : la page actuelle sur les flux de données indique que le point de connexion utilise alors HTTPS 443 ; l'article 1610 demande d'ouvrir un port par machine virtuelle à partir du port 10124. Laissez passer les deux : HTTPS 443 et HTTPS 10124.",
    proxyVms: (v) => `Un proxy Internet ne laisse passer que HTTPS : laissez passer ${v.range}, un port par machine virtuelle (l'article 1610 et la page actuelle sur les flux de données concordent).`,
    connectionPointTitle: 'Étape 6 : ajouter le point de connexion de la passerelle de gestion cloud',
    connectionPointServer: (v) => `Administration > Configuration du site > Serveurs et rôles de système de site : sélectionnez ${v.server}, puis Ajouter des rôles de système de site.`,
    connectionPointRole: (v) => `Choisissez **Point de connexion de la passerelle de gestion cloud** et la passerelle ${v.serviceName}.`,
    connectionPointCertificate: "Le serveur a besoin d'un certificat d'authentification client, comme chaque client de la passerelle de gestion cloud.",
    rolesTitle: 'Étape 7 : autoriser les rôles à accepter le trafic de la passerelle de gestion cloud',
    rolesIntro:
      'Pour chacun de ces systèmes de site, ouvrez les propriétés du rôle, choisissez **HTTPS** sous Connexions client et cochez **Autoriser le trafic de la passerelle de gestion cloud Configuration Manager** :',
  },
  ccmsetup: {
    title: 'Installer des clients Internet uniquement par la CMG (ccmsetup)',
    intro: (v) =>
      `Pour un appareil qui n'est pas encore client ConfigMgr et qui n'atteint pas l'intranet : il s'installe par la CMG ${v.serviceName} et rejoint le site ${v.siteCode}. Exécutez la commande en tant qu'administrateur sur l'appareil, à côté d'une copie du dossier \`Client\` du site (${v.share}).`,
    siteServerPlaceholder: '<serveur de site>',
    mpRoleIdPlaceholder: '<ID de rôle du point de gestion>',
    mpRoleIdTitle: "L'ID de rôle du point de gestion",
    mpRoleIdIntro: (v) =>
      `La CMG répond à l'adresse ${v.endpoint}, et cmg-setup ne peut pas connaître cet ID. Sur un client qui utilise déjà la CMG (après l'étape 8), dans PowerShell en tant qu'administrateur :`,
    mpRoleIdResult: (v) =>
      `La commande affiche ${v.example} : le nombre après le dernier \`/\` est l'ID de rôle du point de gestion. La base de données du site contient le même point de terminaison dans la colonne \`MutualAuthPath\` de la vue \`vProxy_Roles\`. Remplacez ${v.placeholder} ci-dessous par cet ID.`,
    pkiTitle: "Avant de l'exécuter (certificats clients PKI)",
    pkiCertificate:
      "L'appareil a besoin de son certificat d'authentification client dans le magasin Personnel de l'ordinateur, émis par une autorité de certification dont la CMG approuve la chaîne (étape 2).",
    pkiCrlChecked:
      'Le site fait vérifier la liste de révocation des certificats (CRL) par les clients : la CRL de cette autorité doit être accessible depuis Internet ; sinon, ajoutez `/NoCRLCheck`.',
    pkiNoCrlCheck: '`/NoCRLCheck` : le site ne fait pas vérifier la CRL par les clients, et un client Internet ne peut pas joindre une CRL interne.',
    tokenTitle: "Avant de l'exécuter (jeton d'inscription en bloc, ConfigMgr 2002 ou version ultérieure)",
    tokenWhere: "Sur le serveur de site de niveau supérieur, dans une invite de commandes en tant qu'administrateur, depuis le dossier `bin\\X64` du dossier d'installation de ConfigMgr :",
    tokenCopy: (v) =>
      `Copiez le jeton qu'il affiche à la place de ${v.placeholder}. Il est valide 3 jours (\`/lifetime <minutes>\`, jusqu'à 10080 = 7 jours) ; d'ici là, quiconque le détient peut inscrire un appareil : conservez-le comme un mot de passe. L'outil refuse de s'exécuter tant que le site a un serveur de site en mode passif.`,
    entraTitle: "Avant de l'exécuter (Microsoft Entra ID)",
    entraJoined:
      "L'appareil doit être joint à Microsoft Entra ou joint à Microsoft Entra hybride. `/UsePKICert` reste absent : avec ce paramètre, le client ne peut pas obtenir auprès de la CMG les informations d'intégration à Entra.",
    entraUri: (v) => `Remplacez ${v.placeholder} par l'URI d'ID d'application de l'application serveur (web), par exemple avec Azure CLI :`,
    entraPortal:
      "(Centre d'administration Microsoft Entra : Inscriptions d'applications > l'application serveur > Exposer une API > URI d'ID d'application ; la valeur par défaut de la console était `https://ConfigMgrService`.)",
    commandTitle: 'La commande',
    alwaysOn: "Avec `CCMALWAYSINF=1`, le client utilise toujours la CMG, comme avec la valeur ClientAlwaysOnInternet que définit l'étape 8.",
    notAlwaysOn: "Pas de `CCMALWAYSINF=1` : l'étape 8 supprime ClientAlwaysOnInternet, et le client utilise la CMG de lui-même chaque fois qu'il ne peut pas joindre l'intranet.",
    check:
      "Vérification : `%WinDir%\\ccmsetup\\Logs\\ccmsetup.log` se termine par `CcmSetup is exiting with return code 0` ; `%WinDir%\\CCM\\Logs\\ClientIDManagerStartup.log` montre l'inscription, et `ClientLocation.log` une ligne `Rotating internet management point, new management point [1] is: https://<CMG>/CCM_Proxy_MutualAuth/...`.",
  },
};
