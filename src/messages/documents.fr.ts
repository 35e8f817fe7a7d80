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
  scaleSetWalkthrough: {
    title: 'Créer la passerelle de gestion cloud dans la console (groupe de machines virtuelles identiques)',
    // N2, F-GW-3 : la console propose le service cloud (classique) jusqu'à 2111 ; à partir de 2203, le groupe de machines virtuelles identiques est la seule option (page de configuration, L53).
    whyVersion: (v) =>
      `Aucun script ne crée la CMG sur ConfigMgr ${v.siteVersion} : New-CMCloudManagementGateway n'a les paramètres qui demandent un groupe de machines virtuelles identiques (-Version, -VMSSVMSize) qu'à partir de 2207, et le type de CMG qu'elle crée sans eux n'est pas documenté${
        v.classicOffered
          ? " : cette console propose aussi le service cloud (classique), qu'Azure a mis hors service le 31 août 2024 (en 2010 et 2103, la documentation le recommande même à la plupart des clients). Dans la console, vous choisissez vous-même le groupe de machines virtuelles identiques."
          : " (avant 2203, ce pouvait aussi être le service cloud (classique), qu'Azure a mis hors service le 31 août 2024). À partir de 2203, la console ne propose que le groupe de machines virtuelles identiques : créez-le là."
      }`,
    whyExistingGroup: (v) =>
      `Aucun script ne crée la CMG sur ConfigMgr ${v.siteVersion} dans un groupe de ressources qui existe : avant 2603, le jeu de paramètres utilisable par un script ne permet pas de dire que le groupe existe. La console le permet (**Use existing**).`,
    labelsNote: "Les libellés de la console sont cités en anglais, comme dans la documentation de Microsoft dont cette procédure est tirée.",
    createTitle: 'Créer la passerelle de gestion cloud',
    topLevel: "Sur le site de niveau supérieur (le site principal autonome, ou le site d'administration centrale), dans la console ConfigMgr, avec un compte Administrateur complet qui peut se connecter à Azure en tant que Propriétaire de l'abonnement.",
    featurePreRelease:
      'Versions 2010 et 2103 : le groupe de machines virtuelles identiques est une fonctionnalité en préversion, destinée aux seuls abonnements CSP (Cloud Solution Provider). Administration > Site Configuration > Sites > Hierarchy Settings > General : cochez **Consent to use pre-release features** ; puis Administration > Updates and Servicing > Features : activez **Cloud management gateway with virtual machine scale set**.',
    featureOptional: "Administration > Updates and Servicing > Features : si **Cloud management gateway with virtual machine scale set** y figure, activez-la (la documentation se contredit sur le fait qu'elle soit encore une fonctionnalité facultative).",
    createPath: 'Administration > Cloud Services > Cloud Management Gateway > **Create Cloud Management Gateway**.',
    generalPage: (v) =>
      `Page General : environnement Azure ${v.environment} ; ${v.classicOffered ? 'choisissez **Virtual machine scale set** (pas **Cloud service (classic)**)' : '**Virtual machine scale set** est la seule méthode de déploiement proposée'} ; **Sign in** avec un Propriétaire de l'abonnement ; **Subscription ID** ${v.subscriptionId}. Next : le site teste la connexion à Azure.`,
    generalPage2309: (v) =>
      `Page General : environnement Azure ${v.environment} ; choisissez **Virtual machine scale set** ; **Microsoft Entra tenant name** : le locataire ${v.tenantId} (le nom de l'application Microsoft Entra se remplit seul) ; **Sign in** avec un Propriétaire de l'abonnement ; **Subscription ID** ${v.subscriptionId}. Next : le site teste la connexion à Azure.`,
    settingsPage: (v) => `Page Settings : **Certificate file**${v.serverCert ? ` ${v.serverCert}` : ' (le .pfx du certificat serveur)'} ; le **Service name** doit être ${v.serviceName}.`,
    description: (v) => `**Description** : ${v.description}.`,
    region: (v) => `**Region** : ${v.region}.`,
    resourceGroupNew: (v) => `**Resource Group** : **Create new**, ${v.resourceGroup}.`,
    resourceGroupExisting: (v) => `**Resource Group** : **Use existing**, ${v.resourceGroup}. Il doit déjà se trouver dans la région ${v.region} : dans une autre région, le déploiement de la CMG échoue.`,
    vmSize: (v) => `**VM Size** : ${v.vmSize}.`,
    vmCount: (v) => `**VM Instance** : ${v.vmCount}.`,
    certificates: (v) => `**Certificates** : ajoutez les certificats racines et intermédiaires approuvés des certificats clients : ${v.certificates}.`,
    certificatesNone: "**Certificates** : aucun n'est nécessaire (authentification des clients par Microsoft Entra ID ou par jeton du site).",
    revocationKept: '**Verify Client Certificate Revocation** : laissez-la cochée ; la liste de révocation des certificats (CRL) doit être publiée sur Internet.',
    revocationCleared: '**Verify Client Certificate Revocation** : décochez-la, sauf si la liste de révocation des certificats (CRL) est publiée sur Internet.',
    tls12On: '**Enforce TLS 1.2** : laissez-la cochée.',
    tls12Off: '**Enforce TLS 1.2** : décochez-la.',
    contentOn: '**Allow CMG to function as a cloud distribution point and serve content from Azure storage** : laissez-la cochée.',
    contentOff: '**Allow CMG to function as a cloud distribution point and serve content from Azure storage** : décochez-la.',
    alertsNone: 'Page Alerts : aucune alerte de trafic sortant sur 14 jours.',
    alerts: (v) =>
      `Page Alerts : seuil de trafic sortant sur 14 jours de ${v.thresholdGb} Go, avertissement à ${v.warningPct} %, critique à ${v.criticalPct} %${v.stop ? ' ; arrêter le service quand le seuil critique est dépassé' : ''}.`,
    finish: (v) => `Vérifiez les paramètres et terminez l'Assistant. Exécutez ensuite ${v.waitScript}, ou surveillez la colonne Status de la nouvelle CMG jusqu'à ce qu'elle indique Ready.`,
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
    tokenSmsmp: (v) =>
      `${v.mp} (\`SMSMP\`) désigne le point de gestion initial du client : le premier point de gestion ouvert à la CMG, précédé de \`https://\` s'il n'accepte que HTTPS, comme le demande la propriété. La page des propriétés d'installation du client range \`SMSMP\` parmi les propriétés qu'une installation \`/regtoken\` doit inclure ; l'exemple de la page des jetons l'omet. La commande le garde, comme le demande la page la plus stricte.`,
    entraTitle: "Avant de l'exécuter (Microsoft Entra ID)",
    entraJoined:
      "L'appareil doit être joint à Microsoft Entra ou joint à Microsoft Entra hybride. `/UsePKICert` reste absent : avec ce paramètre, le client ne peut pas obtenir auprès de la CMG les informations d'intégration à Entra.",
    entraUri: (v) => `Remplacez ${v.placeholder} par l'URI d'ID d'application de l'application serveur (web), par exemple avec Azure CLI :`,
    entraPortal:
      "(Centre d'administration Microsoft Entra : Inscriptions d'applications > l'application serveur > Exposer une API > URI d'ID d'application ; la valeur par défaut de la console était `https://ConfigMgrService`.)",
    commandTitle: 'La commande',
    alwaysOn: "Avec `CCMALWAYSINF=1`, le client utilise toujours la CMG, comme avec la valeur ClientAlwaysOnInternet que définit l'étape 8.",
    notAlwaysOn: "Pas de `CCMALWAYSINF=1` : l'étape 8 ne définit pas ClientAlwaysOnInternet, et le client utilise la CMG de lui-même chaque fois qu'il ne peut pas joindre l'intranet.",
    check:
      "Vérification : `%WinDir%\\ccmsetup\\Logs\\ccmsetup.log` se termine par `CcmSetup is exiting with return code 0` ; `%WinDir%\\CCM\\Logs\\ClientIDManagerStartup.log` montre l'inscription, et `ClientLocation.log` une ligne `Rotating internet management point, new management point [1] is: https://<CMG>/CCM_Proxy_MutualAuth/...`.",
  },
};
