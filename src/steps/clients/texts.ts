import type { Lang } from '../../model/lang.ts';
import type { StepTexts } from '../../model/step.ts';
import type { AlwaysOnInternetAction } from '../../model/answers.ts';
import type { Params } from '../../model/text.ts';
import { declaration } from './declaration.ts';

const BASELINE_CONSOLE_EN = 'Assets and Compliance > Compliance Settings > Configuration Items > Create Configuration Item; then Configuration Baselines > Create Configuration Baseline, and Deploy';
const BASELINE_ROLLBACK_EN = 'Delete the baseline\'s deployment (Configuration Baselines > the baseline > Deployments tab). Values already written stay: deploy the baseline generated with another `--client-always-on-internet-action` (set, remove or leave), or run the client script.';
const INTUNE_CONSOLE_EN = 'Intune admin center > Devices > Scripts and remediations > Remediations > Create (older portals: Devices > Remediations)';
const INTUNE_ROLLBACK_EN = 'Remove the package\'s assignments or delete it. Values already written stay: deploy the package generated with another `--client-always-on-internet-action` (set, remove or leave), or run the client script.';

/**
 * S5: undo only what Set-CmgClient.ps1 did, by the action the answers chose (F-CLI-1: CCMALWAYSINF=1
 * installs set ClientAlwaysOnInternet on purpose, so "leave" has nothing to undo and nothing is
 * removed where the script did not write it), and CMGFQDNs only where it created it (current
 * branch, F-CLI-3). The lines quoted are the script's own (script.en.ts, clients).
 */
function clientScriptRollbackEn(p: Params): string {
  const alwaysOn = {
    leave: 'Nothing to undo for ClientAlwaysOnInternet: the script left it as each client had it.',
    set: "ClientAlwaysOnInternet, only on the clients where the script set it (it printed `ClientAlwaysOnInternet set to 1.`): where it was absent before, `Remove-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security' -Name 'ClientAlwaysOnInternet'`; where it had another value, put that value back.",
    remove: "ClientAlwaysOnInternet, only on the clients where the script removed it (it printed `ClientAlwaysOnInternet removed.`): put back the value it had, 1 on a client installed with CCMALWAYSINF=1: `New-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security' -Name 'ClientAlwaysOnInternet' -PropertyType DWord -Value 1 -Force`.",
  }[String(p.alwaysOnInternetAction) as AlwaysOnInternetAction];
  const cmgFqdns = p.model === 'vmss' ? " CMGFQDNs, only where the script created it (it printed `CMGFQDNs set to https://<service name>.`): `Remove-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\CCM' -Name 'CMGFQDNs'`." : '';
  const restart = p.alwaysOnInternetAction === 'leave' && !cmgFqdns ? '' : ' Then `Restart-Service CcmExec` on each client you changed.';
  return `${alwaysOn ?? ''}${cmgFqdns}${restart}`;
}

const BASELINE_CONSOLE_FR = 'Biens et conformité > Paramètres de compatibilité > Éléments de configuration > Créer un élément de configuration ; puis Bases de référence de configuration > Créer une base de référence de configuration, et Déployer';
const BASELINE_ROLLBACK_FR = 'Supprimez le déploiement de la base de référence (Bases de référence de configuration > la base > onglet Déploiements). Les valeurs déjà écrites restent : déployez la base de référence générée avec une autre valeur de `--client-always-on-internet-action` (set, remove ou leave), ou exécutez le script client.';
const INTUNE_CONSOLE_FR = 'Centre d\'administration Microsoft Intune > Appareils > Scripts et corrections > Corrections > Créer (anciens portails : Appareils > Corrections)';
const INTUNE_ROLLBACK_FR = 'Supprimez les affectations du package, ou le package. Les valeurs déjà écrites restent : déployez le package généré avec une autre valeur de `--client-always-on-internet-action` (set, remove ou leave), ou exécutez le script client.';

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

/** What the files of this step are for: the keys of its runbook texts, and the only purposes its plan may give an artifact. */
export type ClientsPurpose = 'clients.script' | 'clients.baseline.discovery' | 'clients.baseline.remediation' | 'clients.gpo' | 'clients.intune.detection' | 'clients.intune.remediation' | 'clients.ccmsetup';

/** Its actions by hand: the keys of their texts, and the only ids its runbookActions may give. */
export type ClientsAction = 'client-settings';

/** Step 8's own texts in each language: its title, the 1610 article's title for it, and what the runbook says of it (params: the runbook's values, src/emit/runbook/context.ts). */
export const texts: Record<Lang, StepTexts<ClientsPurpose, ClientsAction>> = {
  en: {
    title: declaration.title.en,
    interview: { does: 'How existing clients learn the CMG, and the forms to roll that out in (script, baseline, Group Policy, Intune).', runs: 'Its files run on the clients, through the tools you pick; the rest on the site server.' },
    classicTitle: 'Configure clients for cloud management gateway',
    intro: {
      vmss: (p) =>
        `Clients learn the CMG at their next location request (every 24 hours), or at once when the SMS Agent Host service (CcmExec) restarts. A client that reaches neither a domain controller nor an on-premises management point considers itself on the internet and uses the CMG.${p.alwaysOnInternet ? ' ClientAlwaysOnInternet = 1 keeps a client on the CMG even on the corporate network.' : ''}`,
      classic: () =>
        'Once the CMG and the site system roles are set up and running, clients get the location of the CMG service automatically with their next location request; they must be on the corporate network to receive it. Location requests come every 24 hours: to avoid waiting, restart the SMS Agent Host service (ccmexec.exe) on the computer. With the CMG location, a client works out by itself whether it is on the intranet or the internet: if it can reach a domain controller or an on-premises management point, it uses them; otherwise it uses the CMG. You can force a client to always use the CMG with the registry value `HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\CCM\\Security`, `ClientAlwaysOnInternet = 1`. To check that a client reaches Configuration Manager, run `gwmi -namespace root\\ccm\\locationservices -class SMS_ActiveMPCandidate` on it: it lists the management points the client can reach, the CMG among them.',
    },
    purposes: {
      'clients.script': 'Points a client at the CMG and checks it finds it.',
      'clients.baseline.discovery': 'Configuration item discovery script: reports Compliant or NonCompliant for the CMG client settings.',
      'clients.baseline.remediation': 'Configuration item remediation script: applies the CMG client settings where the discovery script found them different.',
      'clients.gpo': 'Group Policy Preferences registry items (Registry.xml) that apply the CMG client settings to computers.',
      'clients.intune.detection': 'Intune remediation detection script: exits 1 when a device needs the CMG client settings.',
      'clients.intune.remediation': 'Intune remediation script: applies the CMG client settings and restarts the SMS Agent Host.',
      'clients.ccmsetup': 'ccmsetup command line for new internet-only clients, installed through the CMG.',
    },
    verify: {
      // N7: a second run finds every value as wanted (or left alone) and restarts nothing: the script's notRestarted line.
      'clients.script': 'The script ends with `The client knows the CMG: <service name>/CCM_Proxy_MutualAuth/<id>`; run again, it changes nothing and says `Nothing to change: the SMS Agent Host (CcmExec) is not restarted.`',
      'clients.baseline.discovery': 'On a test client, elevated 64-bit PowerShell: `.\\CmgClient-Discovery.ps1` prints Compliant once the client has the settings. Console: Monitoring > Deployments shows the baseline deployment compliant.',
      'clients.baseline.remediation': 'On a test client: `.\\CmgClient-Remediation.ps1 -WhatIf` lists what it would change; after a real run `.\\CmgClient-Discovery.ps1` prints Compliant.',
      'clients.gpo': 'On a client: `gpupdate /target:computer`, then `(Get-ItemProperty -LiteralPath \'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security\').ClientAlwaysOnInternet` returns 1 (nothing when the answers remove it); `gpresult /scope computer /r` lists the GPO.',
      'clients.intune.detection': 'The package\'s Device status shows "Without issues" or "Issue fixed"; by hand on a device, `.\\Detect-CmgClient.ps1` prints Compliant and `$LASTEXITCODE` is 0.',
      'clients.intune.remediation': 'After it ran, `.\\Detect-CmgClient.ps1` on the device prints Compliant and exits 0.',
      'clients.ccmsetup': 'ccmsetup.log ends with `CcmSetup is exiting with return code 0`; ClientLocation.log names <service name>/CCM_Proxy_MutualAuth/<id> as internet management point.',
    },
    entries: {
      'clients.script': {
        how: 'Elevated 64-bit PowerShell on each client, on one pilot client first: `.\\Set-CmgClient.ps1 -WhatIf`, then without. After a restart it waits up to two minutes (-WaitSeconds) for the CMG to appear as internet management point.',
        changes: 'Sets ClientAlwaysOnInternet = 1 (DWORD) under HKLM\\SOFTWARE\\Microsoft\\CCM\\Security, removes it, or leaves it as it is (the default), as the answers say; on current branch, on a client that lists no internet management point and has no CMGFQDNs, also creates CMGFQDNs (REG_SZ) under HKLM\\SOFTWARE\\Microsoft\\CCM = https://<service name> (the off-premises bootstrap; a value already there is left as it is). Restarts the SMS Agent Host (CcmExec) only when a value changed.',
        console: 'Nothing to do on the client; the client setting "Enable clients to use a cloud management gateway" (Administration > Client Settings > Cloud Services) must be Yes, its default.',
        rollback: (p) => clientScriptRollbackEn(p),
      },
      'clients.baseline.discovery': {
        how: 'Create a configuration item of type Windows Desktops and Servers (custom). Settings > New: setting type Script, data type String; Add Script, Windows PowerShell: paste CmgClient-Discovery.ps1 as the discovery script and CmgClient-Remediation.ps1 as the remediation script. Compliance rule: the value returned by the script Equals Compliant, with Remediate noncompliant rules when supported. Put the item in a configuration baseline and deploy it to a device collection with Remediate noncompliant rules when supported. Unsigned scripts run only if the client setting Computer Agent > PowerShell execution policy allows them (Bypass); otherwise sign them.',
        changes: 'Each client of the collection evaluates the baseline on its schedule and reports Compliant or NonCompliant; nothing changes until the remediation script runs.',
        console: BASELINE_CONSOLE_EN,
        rollback: BASELINE_ROLLBACK_EN,
      },
      'clients.baseline.remediation': {
        how: 'The remediation script of the same setting as CmgClient-Discovery.ps1 (see the discovery script). To try it on one client first: elevated 64-bit PowerShell, `.\\CmgClient-Remediation.ps1 -WhatIf`, then without.',
        changes: 'Where the discovery script found a difference: sets ClientAlwaysOnInternet = 1 or removes it. It never writes CMGFQDNs: a client that runs a baseline talks to the site and learns the CMG by itself. It leaves the SMS Agent Host running (the agent runs this script itself): the client applies the value when the agent next starts, at the latest after the next reboot.',
        console: BASELINE_CONSOLE_EN,
        rollback: BASELINE_ROLLBACK_EN,
      },
      'clients.gpo': {
        how: 'In Group Policy Management, edit a GPO linked to the clients\' OU (or create one), and drag Registry.xml onto Computer Configuration > Preferences > Windows Settings > Registry in the editor. Review the items, then scope the GPO to the computers that should use the CMG.',
        changes: 'At each Group Policy refresh computers get ClientAlwaysOnInternet = 1 (action Update) or lose it (action Delete). No CMGFQDNs item: a computer that gets Group Policy reaches a domain controller, so it is not an off-premises client, and a refreshing item would overwrite the value the client maintains. The client applies the value when the SMS Agent Host next starts.',
        console: 'Group Policy Management Editor: Computer Configuration > Preferences > Windows Settings > Registry',
        rollback: 'Delete the items or unlink the GPO. Values written by an Update item stay: remove them with the GPO generated with another `--client-always-on-internet-action` (set, remove or leave), the client script, or Remove-ItemProperty.',
      },
      'clients.intune.detection': {
        how: 'Create a script package: Detect-CmgClient.ps1 as the detection script file, Remediate-CmgClient.ps1 as the remediation script file. Settings: Run this script using the logged-on credentials No; Enforce script signature check No; Run script in 64-bit PowerShell Yes. Assign it to device groups.',
        changes: 'Intune runs the detection on the package\'s schedule (daily by default); it changes nothing and exits 1 where the device needs the CMG settings.',
        console: INTUNE_CONSOLE_EN,
        rollback: INTUNE_ROLLBACK_EN,
      },
      'clients.intune.remediation': {
        how: 'The remediation script file of the same package as Detect-CmgClient.ps1 (see the detection script).',
        changes: 'Where the detection exited 1: sets ClientAlwaysOnInternet = 1 or removes it, as the answers say; on current branch creates CMGFQDNs on a device that lists no internet management point and has no CMGFQDNs (never over a value, which the client maintains); then restarts the SMS Agent Host (CcmExec).',
        console: INTUNE_CONSOLE_EN,
        rollback: INTUNE_ROLLBACK_EN,
      },
      'clients.ccmsetup': {
        how: 'Open ccmsetup-internet-clients.md: read the MP role ID on a client that already uses the CMG, replace the placeholders, then run the command elevated on each new device, next to a copy of the site\'s Client folder.',
        changes: 'Installs the ConfigMgr client on a device that never reaches the intranet; the client registers with the site through the CMG.',
        rollback: '`ccmsetup.exe /uninstall` on the device, then delete its record in the console (Assets and Compliance > Devices).',
      },
    },
    actions: {
      'client-settings': {
        title: () => 'the client settings "Enable clients to use a cloud management gateway" and "Allow access to cloud distribution point" on Yes',
        where: () => 'console: Administration > Client Settings > Default Client Settings (or custom device settings) > Properties > Cloud Services',
        what: () =>
          "Set both to Yes for the devices that use the CMG (the first is Yes by default; token clients need it too). Deploy custom settings to device collections, never to user collections. From the site drive: `Set-CMClientSettingCloudService -DefaultSetting -AllowCloudManagementGateway $true -AllowCloudDistributionPoint $true`, or `-Name '<custom settings name>'` instead of -DefaultSetting. The cmdlet page describes neither parameter: that they are these two settings is read from their names.",
      },
    },
  },
  fr: {
    title: declaration.title.fr,
    interview: { does: 'Comment les clients existants apprennent la CMG, et les formes pour le déployer (script, base de référence, stratégie de groupe, Intune).', runs: 'Ses fichiers s\'exécutent sur les clients, par les outils choisis ; le reste sur le serveur de site.' },
    classicTitle: 'Configurer des clients pour la passerelle de gestion cloud',
    intro: {
      vmss: (p) =>
        `Les clients découvrent la passerelle à leur prochaine demande d'emplacement (toutes les 24 heures), ou aussitôt que le service hôte de l'agent SMS (CcmExec) redémarre. Un client qui ne joint ni un contrôleur de domaine ni un point de gestion local se considère sur Internet et utilise la passerelle.${p.alwaysOnInternet ? ' ClientAlwaysOnInternet = 1 maintient un client sur la passerelle même sur le réseau d\'entreprise.' : ''}`,
      classic: () =>
        "Une fois la passerelle de gestion cloud et les rôles de système de site configurés et en cours d'exécution, les clients obtiennent automatiquement l'emplacement du service de passerelle lors de leur prochaine demande d'emplacement ; ils doivent être sur le réseau d'entreprise pour le recevoir. Les demandes d'emplacement ont lieu toutes les 24 heures : pour ne pas attendre, redémarrez le service hôte de l'agent SMS (ccmexec.exe) sur l'ordinateur. Avec l'emplacement de la passerelle, le client détermine seul s'il est sur l'intranet ou sur Internet : s'il peut contacter un contrôleur de domaine ou un point de gestion local, il les utilise ; sinon, il utilise la passerelle. Vous pouvez forcer un client à toujours utiliser la passerelle avec la valeur de Registre `HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\CCM\\Security`, `ClientAlwaysOnInternet = 1`. Pour vérifier qu'un client peut contacter Configuration Manager, exécutez sur celui-ci `gwmi -namespace root\\ccm\\locationservices -class SMS_ActiveMPCandidate` : la commande affiche les points de gestion que le client peut contacter, dont la passerelle de gestion cloud.",
    },
    purposes: {
      'clients.script': 'Oriente un client vers la CMG et vérifie qu\'il la trouve.',
      'clients.baseline.discovery': 'Script de découverte de l\'élément de configuration : indique Compliant ou NonCompliant pour les paramètres CMG du client.',
      'clients.baseline.remediation': 'Script de correction de l\'élément de configuration : applique les paramètres CMG du client là où le script de découverte a trouvé une différence.',
      'clients.gpo': 'Éléments de Registre des préférences de stratégie de groupe (Registry.xml) qui appliquent les paramètres CMG du client aux ordinateurs.',
      'clients.intune.detection': 'Script de détection de la correction Intune : se termine avec le code 1 lorsqu\'un appareil a besoin des paramètres CMG du client.',
      'clients.intune.remediation': 'Script de correction Intune : applique les paramètres CMG du client et redémarre l\'hôte de l\'agent SMS.',
      'clients.ccmsetup': 'Ligne de commande ccmsetup pour les nouveaux clients Internet uniquement, installés par la CMG.',
    },
    verify: {
      // N7 : une deuxième exécution trouve chaque valeur comme voulue (ou laissée telle quelle) et ne redémarre rien : la ligne notRestarted du script.
      'clients.script': 'Le script se termine par `Le client connaît la CMG : <nom du service>/CCM_Proxy_MutualAuth/<id>` ; relancé, il ne change rien et indique `Rien à modifier : l\'hôte de l\'agent SMS (CcmExec) n\'est pas redémarré.`',
      'clients.baseline.discovery': 'Sur un client de test, dans PowerShell 64 bits en tant qu\'administrateur : `.\\CmgClient-Discovery.ps1` affiche Compliant une fois le client configuré. Console : Surveillance > Déploiements indique le déploiement de la base de référence comme compatible.',
      'clients.baseline.remediation': 'Sur un client de test : `.\\CmgClient-Remediation.ps1 -WhatIf` énumère ce qu\'il modifierait ; après une exécution réelle, `.\\CmgClient-Discovery.ps1` affiche Compliant.',
      'clients.gpo': 'Sur un client : `gpupdate /target:computer`, puis `(Get-ItemProperty -LiteralPath \'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security\').ClientAlwaysOnInternet` renvoie 1 (rien lorsque les réponses le suppriment) ; `gpresult /scope computer /r` affiche l\'objet de stratégie de groupe.',
      'clients.intune.detection': 'L\'état de l\'appareil du package indique « Sans problème » ou « Problème résolu » ; à la main sur un appareil, `.\\Detect-CmgClient.ps1` affiche Compliant et `$LASTEXITCODE` vaut 0.',
      'clients.intune.remediation': 'Après son exécution, `.\\Detect-CmgClient.ps1` sur l\'appareil affiche Compliant et se termine avec le code 0.',
      'clients.ccmsetup': 'ccmsetup.log se termine par `CcmSetup is exiting with return code 0` ; ClientLocation.log indique <nom du service>/CCM_Proxy_MutualAuth/<id> comme point de gestion Internet.',
    },
    entries: {
      'clients.script': {
        how: 'PowerShell 64 bits en tant qu\'administrateur sur chaque client, d\'abord sur un client pilote : `.\\Set-CmgClient.ps1 -WhatIf`, puis sans. Après un redémarrage, il attend jusqu\'à deux minutes (-WaitSeconds) que la CMG apparaisse comme point de gestion Internet.',
        changes: 'Définit ClientAlwaysOnInternet = 1 (DWORD) sous HKLM\\SOFTWARE\\Microsoft\\CCM\\Security, le supprime ou le laisse tel quel (par défaut), selon les réponses ; en branche actuelle, sur un client qui ne connaît aucun point de gestion Internet et n\'a pas de CMGFQDNs, crée aussi CMGFQDNs (REG_SZ) sous HKLM\\SOFTWARE\\Microsoft\\CCM = https://<nom du service> (l\'amorçage hors site ; une valeur déjà présente est laissée telle quelle). Redémarre l\'hôte de l\'agent SMS (CcmExec) uniquement si une valeur a changé.',
        console: 'Rien à faire sur le client ; le paramètre client « Autoriser les clients à utiliser une passerelle de gestion cloud » (Administration > Paramètres client > Services cloud) doit valoir Oui, sa valeur par défaut.',
        rollback: (p) => clientScriptRollbackFr(p),
      },
      'clients.baseline.discovery': {
        how: 'Créez un élément de configuration de type Ordinateurs de bureau et serveurs Windows (personnalisé). Paramètres > Nouveau : type de paramètre Script, type de données Chaîne ; Ajouter un script, Windows PowerShell : collez CmgClient-Discovery.ps1 comme script de découverte et CmgClient-Remediation.ps1 comme script de correction. Règle de compatibilité : la valeur retournée par le script Égal à Compliant, avec Corriger les règles non compatibles lorsqu\'elles sont prises en charge. Ajoutez l\'élément à une base de référence de configuration et déployez-la sur un regroupement d\'appareils avec Corriger les règles non compatibles lorsqu\'elles sont prises en charge. Les scripts non signés ne s\'exécutent que si le paramètre client Agent ordinateur > Stratégie d\'exécution PowerShell le permet (Bypass) ; sinon, signez-les.',
        changes: 'Chaque client du regroupement évalue la base de référence selon sa planification et indique Compliant ou NonCompliant ; rien ne change tant que le script de correction ne s\'exécute pas.',
        console: BASELINE_CONSOLE_FR,
        rollback: BASELINE_ROLLBACK_FR,
      },
      'clients.baseline.remediation': {
        how: 'Le script de correction du même paramètre que CmgClient-Discovery.ps1 (voir le script de découverte). Pour l\'essayer d\'abord sur un client : PowerShell 64 bits en tant qu\'administrateur, `.\\CmgClient-Remediation.ps1 -WhatIf`, puis sans.',
        changes: 'Là où le script de découverte a trouvé une différence : définit ClientAlwaysOnInternet = 1 ou le supprime. Il n\'écrit jamais CMGFQDNs : un client qui exécute une base de référence communique avec le site et découvre la CMG de lui-même. Il laisse l\'hôte de l\'agent SMS en marche (c\'est l\'agent qui exécute ce script) : le client applique la valeur au prochain démarrage de l\'agent, au plus tard après le prochain redémarrage de l\'ordinateur.',
        console: BASELINE_CONSOLE_FR,
        rollback: BASELINE_ROLLBACK_FR,
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
        console: INTUNE_CONSOLE_FR,
        rollback: INTUNE_ROLLBACK_FR,
      },
      'clients.intune.remediation': {
        how: 'Le fichier de script de correction du même package que Detect-CmgClient.ps1 (voir le script de détection).',
        changes: 'Là où la détection s\'est terminée avec le code 1 : définit ClientAlwaysOnInternet = 1 ou le supprime, selon les réponses ; en branche actuelle, crée CMGFQDNs sur un appareil qui ne connaît aucun point de gestion Internet et n\'a pas de CMGFQDNs (jamais par-dessus une valeur, que le client tient à jour) ; puis redémarre l\'hôte de l\'agent SMS (CcmExec).',
        console: INTUNE_CONSOLE_FR,
        rollback: INTUNE_ROLLBACK_FR,
      },
      'clients.ccmsetup': {
        how: 'Ouvrez ccmsetup-internet-clients.md : relevez l\'ID de rôle du point de gestion sur un client qui utilise déjà la CMG, remplacez les espaces réservés, puis exécutez la commande en tant qu\'administrateur sur chaque nouvel appareil, à côté d\'une copie du dossier Client du site.',
        changes: 'Installe le client Configuration Manager sur un appareil qui n\'atteint jamais l\'intranet ; le client s\'inscrit auprès du site par la CMG.',
        rollback: '`ccmsetup.exe /uninstall` sur l\'appareil, puis supprimez son enregistrement dans la console (Biens et conformité > Appareils).',
      },
    },
    actions: {
      'client-settings': {
        title: () => 'les paramètres client « Autoriser les clients à utiliser une passerelle de gestion cloud » et « Autoriser l\'accès au point de distribution cloud » sur Oui',
        where: () => 'console : Administration > Paramètres client > Paramètres client par défaut (ou des paramètres d\'appareil personnalisés) > Propriétés > Services cloud',
        what: () =>
          "Réglez les deux sur Oui pour les appareils qui utilisent la passerelle (le premier vaut Oui par défaut ; les clients à jeton en ont besoin aussi). Déployez les paramètres personnalisés sur des regroupements d'appareils, jamais sur des regroupements d'utilisateurs. Depuis le lecteur du site : `Set-CMClientSettingCloudService -DefaultSetting -AllowCloudManagementGateway $true -AllowCloudDistributionPoint $true`, ou `-Name '<nom des paramètres personnalisés>'` au lieu de -DefaultSetting. La page de l'applet de commande ne décrit aucun des deux paramètres : qu'ils soient ces deux paramètres client se lit dans leur nom.",
      },
    },
  },
};
