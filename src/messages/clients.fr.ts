import type { AlwaysOnInternetAction } from '../model/answers.ts';
import type { ClientCode } from '../model/codes.ts';
import type { Params, RunbookEntry, Text } from './types.ts';

/** Step 8 (clients at scale): finding texts, artifact purposes, checks and runbook entries. */
export const clientCodesFr: Record<ClientCode, Text> = {
  CLIENT_INSTALL_ON_INTRANET: () =>
    'CMG classique : aucune ligne de commande ccmsetup pour les clients Internet uniquement. L\'installation d\'un client directement par la CMG (ccmsetup /mp:https://<CMG>/CCM_Proxy_MutualAuth/<ID>) n\'est documentée que pour la branche actuelle ; installez les clients sur l\'intranet, où ils découvrent la CMG.',
};

export const clientPurposesFr: Record<string, string> = {
  'clients.script': 'Oriente un client vers la CMG et vérifie qu\'il la trouve.',
  'clients.baseline.discovery': 'Script de découverte de l\'élément de configuration : indique Compliant ou NonCompliant pour les paramètres CMG du client.',
  'clients.baseline.remediation': 'Script de correction de l\'élément de configuration : applique les paramètres CMG du client là où le script de découverte a trouvé une différence.',
  'clients.gpo': 'Éléments de Registre des préférences de stratégie de groupe (Registry.xml) qui appliquent les paramètres CMG du client aux ordinateurs.',
  'clients.intune.detection': 'Script de détection de la correction Intune : se termine avec le code 1 lorsqu\'un appareil a besoin des paramètres CMG du client.',
  'clients.intune.remediation': 'Script de correction Intune : applique les paramètres CMG du client et redémarre l\'hôte de l\'agent SMS.',
  'clients.ccmsetup': 'Ligne de commande ccmsetup pour les nouveaux clients Internet uniquement, installés par la CMG.',
};

export const clientVerifyFr: Record<string, string> = {
  // N7 : une deuxième exécution trouve chaque valeur comme voulue (ou laissée telle quelle) et ne redémarre rien : la ligne notRestarted du script.
  'clients.script': 'Le script se termine par `Le client connaît la CMG : <nom du service>/CCM_Proxy_MutualAuth/<id>` ; relancé, il ne change rien et indique `Rien à modifier : l\'hôte de l\'agent SMS (CcmExec) n\'est pas redémarré.`',
  'clients.baseline.discovery': 'Sur un client de test, dans PowerShell 64 bits en tant qu\'administrateur : `.\\CmgClient-Discovery.ps1` affiche Compliant une fois le client configuré. Console : Surveillance > Déploiements indique le déploiement de la base de référence comme compatible.',
  'clients.baseline.remediation': 'Sur un client de test : `.\\CmgClient-Remediation.ps1 -WhatIf` énumère ce qu\'il modifierait ; après une exécution réelle, `.\\CmgClient-Discovery.ps1` affiche Compliant.',
  'clients.gpo': 'Sur un client : `gpupdate /target:computer`, puis `(Get-ItemProperty -LiteralPath \'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security\').ClientAlwaysOnInternet` renvoie 1 (rien lorsque les réponses le suppriment) ; `gpresult /scope computer /r` affiche l\'objet de stratégie de groupe.',
  'clients.intune.detection': 'L\'état de l\'appareil du package indique « Sans problème » ou « Problème résolu » ; à la main sur un appareil, `.\\Detect-CmgClient.ps1` affiche Compliant et `$LASTEXITCODE` vaut 0.',
  'clients.intune.remediation': 'Après son exécution, `.\\Detect-CmgClient.ps1` sur l\'appareil affiche Compliant et se termine avec le code 0.',
  'clients.ccmsetup': 'ccmsetup.log se termine par `CcmSetup is exiting with return code 0` ; ClientLocation.log indique <nom du service>/CCM_Proxy_MutualAuth/<id> comme point de gestion Internet.',
};

const BASELINE_CONSOLE = 'Biens et conformité > Paramètres de compatibilité > Éléments de configuration > Créer un élément de configuration ; puis Bases de référence de configuration > Créer une base de référence de configuration, et Déployer';
const BASELINE_ROLLBACK = 'Supprimez le déploiement de la base de référence (Bases de référence de configuration > la base > onglet Déploiements). Les valeurs déjà écrites restent : déployez la base de référence générée avec une autre valeur de `--client-always-on-internet-action` (set, remove ou leave), ou exécutez le script client.';
const INTUNE_CONSOLE = 'Centre d\'administration Microsoft Intune > Appareils > Scripts et corrections > Corrections > Créer (anciens portails : Appareils > Corrections)';
const INTUNE_ROLLBACK = 'Supprimez les affectations du package, ou le package. Les valeurs déjà écrites restent : déployez le package généré avec une autre valeur de `--client-always-on-internet-action` (set, remove ou leave), ou exécutez le script client.';

/**
 * S5 : annuler seulement ce qu'a fait Set-CmgClient.ps1, selon l'action choisie (F-CLI-1 : les
 * installations CCMALWAYSINF=1 définissent ClientAlwaysOnInternet exprès, donc « leave » n'a rien à
 * annuler et rien n'est supprimé là où le script n'a rien écrit), et CMGFQDNs seulement là où il l'a
 * créé (branche actuelle, F-CLI-3). Les lignes citées sont celles du script (script.fr.ts, clients).
 */
function clientScriptRollbackFr(p: Params): string {
  const alwaysOn = {
    leave: "Rien à annuler pour ClientAlwaysOnInternet : le script l'a laissé tel que chaque client l'avait.",
    set: "ClientAlwaysOnInternet, seulement sur les clients où le script l'a défini (il a affiché `ClientAlwaysOnInternet défini à 1.`) : là où il était absent, `Remove-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security' -Name 'ClientAlwaysOnInternet'` ; là où il avait une autre valeur, remettez-la.",
    remove: "ClientAlwaysOnInternet, seulement sur les clients où le script l'a supprimé (il a affiché `ClientAlwaysOnInternet supprimé.`) : remettez la valeur qu'il avait, 1 sur un client installé avec CCMALWAYSINF=1 : `New-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security' -Name 'ClientAlwaysOnInternet' -PropertyType DWord -Value 1 -Force`.",
  }[String(p.alwaysOnInternetAction) as AlwaysOnInternetAction];
  const cmgFqdns = p.model === 'vmss' ? " CMGFQDNs, seulement là où le script l'a créé (il a affiché `CMGFQDNs défini à https://<nom du service>.`) : `Remove-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\CCM' -Name 'CMGFQDNs'`." : '';
  const restart = p.alwaysOnInternetAction === 'leave' && !cmgFqdns ? '' : ' Puis `Restart-Service CcmExec` sur chaque client modifié.';
  return `${alwaysOn ?? ''}${cmgFqdns}${restart}`;
}

export const clientRunbookEntriesFr: Record<string, RunbookEntry> = {
  'clients.script': {
    how: 'PowerShell 64 bits en tant qu\'administrateur sur chaque client, d\'abord sur un client pilote : `.\\Set-CmgClient.ps1 -WhatIf`, puis sans. Après un redémarrage, il attend jusqu\'à deux minutes (-WaitSeconds) que la CMG apparaisse comme point de gestion Internet.',
    changes: 'Définit ClientAlwaysOnInternet = 1 (DWORD) sous HKLM\\SOFTWARE\\Microsoft\\CCM\\Security, le supprime ou le laisse tel quel (par défaut), selon les réponses ; en branche actuelle, sur un client qui ne connaît aucun point de gestion Internet et n\'a pas de CMGFQDNs, crée aussi CMGFQDNs (REG_SZ) sous HKLM\\SOFTWARE\\Microsoft\\CCM = https://<nom du service> (l\'amorçage hors site ; une valeur déjà présente est laissée telle quelle). Redémarre l\'hôte de l\'agent SMS (CcmExec) uniquement si une valeur a changé.',
    console: 'Rien à faire sur le client ; le paramètre client « Autoriser les clients à utiliser une passerelle de gestion cloud » (Administration > Paramètres client > Services cloud) doit valoir Oui, sa valeur par défaut.',
    rollback: (p) => clientScriptRollbackFr(p),
  },
  'clients.baseline.discovery': {
    how: 'Créez un élément de configuration de type Ordinateurs de bureau et serveurs Windows (personnalisé). Paramètres > Nouveau : type de paramètre Script, type de données Chaîne ; Ajouter un script, Windows PowerShell : collez CmgClient-Discovery.ps1 comme script de découverte et CmgClient-Remediation.ps1 comme script de correction. Règle de compatibilité : la valeur retournée par le script Égal à Compliant, avec Corriger les règles non compatibles lorsqu\'elles sont prises en charge. Ajoutez l\'élément à une base de référence de configuration et déployez-la sur un regroupement d\'appareils avec Corriger les règles non compatibles lorsqu\'elles sont prises en charge. Les scripts non signés ne s\'exécutent que si le paramètre client Agent ordinateur > Stratégie d\'exécution PowerShell le permet (Bypass) ; sinon, signez-les.',
    changes: 'Chaque client du regroupement évalue la base de référence selon sa planification et indique Compliant ou NonCompliant ; rien ne change tant que le script de correction ne s\'exécute pas.',
    console: BASELINE_CONSOLE,
    rollback: BASELINE_ROLLBACK,
  },
  'clients.baseline.remediation': {
    how: 'Le script de correction du même paramètre que CmgClient-Discovery.ps1 (voir le script de découverte). Pour l\'essayer d\'abord sur un client : PowerShell 64 bits en tant qu\'administrateur, `.\\CmgClient-Remediation.ps1 -WhatIf`, puis sans.',
    changes: 'Là où le script de découverte a trouvé une différence : définit ClientAlwaysOnInternet = 1 ou le supprime. Il n\'écrit jamais CMGFQDNs : un client qui exécute une base de référence communique avec le site et découvre la CMG de lui-même. Il laisse l\'hôte de l\'agent SMS en marche (c\'est l\'agent qui exécute ce script) : le client applique la valeur au prochain démarrage de l\'agent, au plus tard après le prochain redémarrage de l\'ordinateur.',
    console: BASELINE_CONSOLE,
    rollback: BASELINE_ROLLBACK,
  },
  'clients.gpo': {
    how: 'Dans Gestion des stratégies de groupe, modifiez un objet de stratégie de groupe lié à l\'unité d\'organisation des clients (ou créez-en un), puis faites glisser Registry.xml sur Configuration ordinateur > Préférences > Paramètres Windows > Registre dans l\'éditeur. Vérifiez les éléments, puis limitez l\'objet aux ordinateurs qui doivent utiliser la CMG.',
    changes: 'À chaque actualisation de la stratégie de groupe, les ordinateurs reçoivent ClientAlwaysOnInternet = 1 (action Mettre à jour) ou le perdent (action Supprimer). Aucun élément CMGFQDNs : un ordinateur qui reçoit la stratégie de groupe joint un contrôleur de domaine, ce n\'est donc pas un client hors site, et un élément réappliqué à chaque actualisation écraserait la valeur que le client tient à jour. Le client applique la valeur au prochain démarrage de l\'hôte de l\'agent SMS.',
    console: 'Éditeur de gestion des stratégies de groupe : Configuration ordinateur > Préférences > Paramètres Windows > Registre',
    rollback: 'Supprimez les éléments ou annulez la liaison de l\'objet de stratégie de groupe. Les valeurs écrites par un élément Mettre à jour restent : supprimez-les avec l\'objet généré avec une autre valeur de `--client-always-on-internet-action` (set, remove ou leave), le script client ou Remove-ItemProperty.',
  },
  'clients.intune.detection': {
    how: 'Créez un package de scripts : Detect-CmgClient.ps1 comme fichier de script de détection, Remediate-CmgClient.ps1 comme fichier de script de correction. Paramètres : Exécuter ce script avec les informations d\'identification de l\'utilisateur connecté Non ; Appliquer la vérification de la signature du script Non ; Exécuter le script dans PowerShell 64 bits Oui. Affectez-le à des groupes d\'appareils.',
    changes: 'Intune exécute la détection selon la planification du package (tous les jours par défaut) ; elle ne modifie rien et se termine avec le code 1 là où l\'appareil a besoin des paramètres CMG.',
    console: INTUNE_CONSOLE,
    rollback: INTUNE_ROLLBACK,
  },
  'clients.intune.remediation': {
    how: 'Le fichier de script de correction du même package que Detect-CmgClient.ps1 (voir le script de détection).',
    changes: 'Là où la détection s\'est terminée avec le code 1 : définit ClientAlwaysOnInternet = 1 ou le supprime, selon les réponses ; en branche actuelle, crée CMGFQDNs sur un appareil qui ne connaît aucun point de gestion Internet et n\'a pas de CMGFQDNs (jamais par-dessus une valeur, que le client tient à jour) ; puis redémarre l\'hôte de l\'agent SMS (CcmExec).',
    console: INTUNE_CONSOLE,
    rollback: INTUNE_ROLLBACK,
  },
  'clients.ccmsetup': {
    how: 'Ouvrez ccmsetup-internet-clients.md : relevez l\'ID de rôle du point de gestion sur un client qui utilise déjà la CMG, remplacez les espaces réservés, puis exécutez la commande en tant qu\'administrateur sur chaque nouvel appareil, à côté d\'une copie du dossier Client du site.',
    changes: 'Installe le client Configuration Manager sur un appareil qui n\'atteint jamais l\'intranet ; le client s\'inscrit auprès du site par la CMG.',
    rollback: '`ccmsetup.exe /uninstall` sur l\'appareil, puis supprimez son enregistrement dans la console (Biens et conformité > Appareils).',
  },
};
