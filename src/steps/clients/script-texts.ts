import type { Lang } from '../../model/lang.ts';

/**
 * The texts of this step's own scripts, in every language (the scripts several steps share
 * take theirs from src/messages/script.*.ts). Same rules as ScriptTexts: PowerShell -f
 * placeholders ({0}, {1:yyyy-MM-dd}) and never a brace of their own; emitted through psQuote.
 */
type Texts<K extends string> = Record<K, string>;

/** How the configuration item takes the baseline scripts (both descriptions end with it). */
const BASELINE_NOTE_EN =
  'Paste it into a configuration item (Windows Desktops and Servers (custom), setting type Script, data type String); the compliance rule is: value Equals Compliant, remediate noncompliant rules.';
const BASELINE_NOTE_FR =
  'Collez-le dans un élément de configuration (Ordinateurs de bureau et serveurs Windows (personnalisé), type de paramètre Script, type de données Chaîne) ; la règle de compatibilité est : valeur Égal à Compliant, corriger les règles non compatibles.';

/** The Intune package's settings (both descriptions end with them). */
const INTUNE_SETTINGS_EN = 'Package settings: run this script using the logged-on credentials No; enforce script signature check No; run script in 64-bit PowerShell Yes.';
const INTUNE_SETTINGS_FR =
  'Paramètres du package : Exécuter ce script avec les informations d\'identification de l\'utilisateur connecté Non ; Appliquer la vérification de la signature du script Non ; Exécuter le script dans PowerShell 64 bits Oui.';

/**
 * Step 8: Set-CmgClient.ps1, the configuration item pair and the Intune pair. `clientDescription`
 * takes the changes ({0}, comment text filled by the generator, not by -f); Compliant and
 * NonCompliant are what ConfigMgr's compliance rule and the runbook compare: never translated.
 */
export type ClientsTexts = Texts<
  | 'clientSynopsis' | 'clientDescription' | 'changeSetAlwaysOn' | 'changeRemoveAlwaysOn' | 'changeLeaveAlwaysOn' | 'changeSetCmgFqdns' | 'changesJoin' | 'waitSecondsHelp'
  | 'serviceNameHelp' | 'serviceNameCmgFqdnsHelp'
  | 'discoverySynopsis' | 'discoveryDescription' | 'remediationSynopsis' | 'remediationDescription'
  | 'intuneDetectionSynopsis' | 'intuneDetectionDescription' | 'intuneRemediationSynopsis' | 'intuneRemediationDescription'
  | 'run64Bit' | 'noClient' | 'noClientOnDevice' | 'nothingToChange'
  | 'alwaysOnAlready' | 'alwaysOnSetAction' | 'alwaysOnSet' | 'alwaysOnAbsent' | 'alwaysOnRemoveAction' | 'alwaysOnRemoved'
  | 'cmgFqdnsKept' | 'cmgFqdnsNotNeeded' | 'cmgFqdnsSetAction' | 'cmgFqdnsSet'
  | 'restartAppliesAction' | 'restarted' | 'notRestarted' | 'restartLooksUpAction' | 'internetMp' | 'knowsCmg' | 'noCmgYet'
>;

/** What Set-CmgClient.ps1, the configuration item pair and the Intune pair say, in each language. */
export const clientsTexts: Record<Lang, ClientsTexts> = {
  en: {
    clientSynopsis: 'points this ConfigMgr client at the cloud management gateway.',
    clientDescription:
      'Idempotent: {0}, touching only what differs; restarts the SMS Agent Host (CcmExec) only when it changed something, then checks that the client lists an internet management point named after the CMG. Run it elevated, in 64-bit PowerShell, on a client.',
    changeSetAlwaysOn: 'sets ClientAlwaysOnInternet = 1 (DWORD)',
    changeRemoveAlwaysOn: 'removes ClientAlwaysOnInternet',
    changeLeaveAlwaysOn: 'leaves ClientAlwaysOnInternet as it is',
    changeSetCmgFqdns:
      'creates CMGFQDNs (REG_SZ) with the CMG URL on a client that lists no internet management point and has no CMGFQDNs (the off-premises bootstrap; a value already there is never rewritten: the client maintains it)',
    changesJoin: ' and ',
    waitSecondsHelp: 'How long to wait, after a restart, for the client to list the CMG as an internet management point.',
    serviceNameHelp: 'CMG service name: the internet management point the client must find.',
    serviceNameCmgFqdnsHelp: 'CMG service name: the internet management point the client must find, and the host CMGFQDNs names.',
    discoverySynopsis: 'configuration item discovery script for the CMG client settings.',
    discoveryDescription: `Writes Compliant when the client already has the CMG settings, NonCompliant otherwise, and nothing else. ${BASELINE_NOTE_EN}`,
    remediationSynopsis: 'configuration item remediation script for the CMG client settings.',
    remediationDescription: `Sets the CMG client settings where the discovery script found them different. It leaves the SMS Agent Host running: the client applies them when it next starts. ${BASELINE_NOTE_EN}`,
    intuneDetectionSynopsis: 'Intune remediation detection script for the CMG client settings.',
    intuneDetectionDescription: `Exits 1, listing what differs, when the ConfigMgr client needs the CMG settings; exits 0 when it has them or when the device has no ConfigMgr client. ${INTUNE_SETTINGS_EN}`,
    intuneRemediationSynopsis: 'Intune remediation script for the CMG client settings.',
    intuneRemediationDescription: `Sets the CMG client settings the detection script found different, then restarts the SMS Agent Host (CcmExec) so the client applies them. ${INTUNE_SETTINGS_EN}`,
    run64Bit: 'Run this script in 64-bit PowerShell: a 32-bit PowerShell sees the WOW6432Node copy of HKLM\\SOFTWARE, not the client\'s settings.',
    noClient: 'No ConfigMgr client on this machine: HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security or the SMS Agent Host service (CcmExec) is missing. Nothing was changed.',
    noClientOnDevice: 'No ConfigMgr client on this device: nothing to do.',
    nothingToChange: 'Nothing to change.',
    alwaysOnAlready: 'Already configured: ClientAlwaysOnInternet is 1.',
    alwaysOnSetAction: 'Set ClientAlwaysOnInternet = 1 (DWORD)',
    alwaysOnSet: 'ClientAlwaysOnInternet set to 1.',
    alwaysOnAbsent: 'Already configured: ClientAlwaysOnInternet is absent.',
    alwaysOnRemoveAction: 'Remove ClientAlwaysOnInternet',
    alwaysOnRemoved: 'ClientAlwaysOnInternet removed.',
    cmgFqdnsKept: 'CMGFQDNs is set ({0}): left as it is, the client maintains it once it learns a CMG.',
    cmgFqdnsNotNeeded: 'The client lists an internet management point: CMGFQDNs is not needed, left as it is.',
    cmgFqdnsSetAction: 'Create CMGFQDNs = {0} (REG_SZ)',
    cmgFqdnsSet: 'CMGFQDNs set to {0}.',
    restartAppliesAction: 'Restart the SMS Agent Host so the client applies its new settings',
    restarted: 'SMS Agent Host (CcmExec) restarted.',
    notRestarted: 'Nothing to change: the SMS Agent Host (CcmExec) is not restarted.',
    restartLooksUpAction: 'Restart the SMS Agent Host so the client reads its settings and looks up its management points',
    internetMp: 'Internet management point: {0}',
    knowsCmg: 'The client knows the CMG: {0}',
    noCmgYet: 'No internet management point named after {0} yet. Check LocationServices.log and ClientLocation.log, and that the client settings allow the CMG.',
  },
  fr: {
    clientSynopsis: 'dirige ce client Configuration Manager vers la passerelle de gestion cloud.',
    clientDescription:
      'Idempotent : {0}, en ne touchant qu\'à ce qui diffère ; redémarre l\'hôte de l\'agent SMS (CcmExec) uniquement s\'il a modifié quelque chose, puis vérifie que le client répertorie un point de gestion Internet qui porte le nom de la CMG. Exécutez-le en tant qu\'administrateur, dans PowerShell 64 bits, sur un client.',
    changeSetAlwaysOn: 'définit ClientAlwaysOnInternet = 1 (DWORD)',
    changeRemoveAlwaysOn: 'supprime ClientAlwaysOnInternet',
    changeLeaveAlwaysOn: 'laisse ClientAlwaysOnInternet tel quel',
    changeSetCmgFqdns:
      'crée CMGFQDNs (REG_SZ) avec l\'URL de la CMG sur un client qui ne connaît aucun point de gestion Internet et n\'a pas de CMGFQDNs (l\'amorçage hors site ; une valeur déjà présente n\'est jamais réécrite : le client la tient à jour)',
    changesJoin: ' et ',
    waitSecondsHelp: 'Durée d\'attente, après un redémarrage, pour que le client répertorie la CMG comme point de gestion Internet.',
    serviceNameHelp: 'Nom du service CMG : le point de gestion Internet que le client doit trouver.',
    serviceNameCmgFqdnsHelp: 'Nom du service CMG : le point de gestion Internet que le client doit trouver, et l\'hôte que désigne CMGFQDNs.',
    discoverySynopsis: 'script de découverte de l\'élément de configuration pour les paramètres CMG du client.',
    discoveryDescription: `Écrit Compliant lorsque le client a déjà les paramètres CMG, NonCompliant sinon, et rien d'autre. ${BASELINE_NOTE_FR}`,
    remediationSynopsis: 'script de correction de l\'élément de configuration pour les paramètres CMG du client.',
    remediationDescription: `Définit les paramètres CMG du client là où le script de découverte les a trouvés différents. Il laisse l'hôte de l'agent SMS en cours d'exécution : le client les applique à son prochain démarrage. ${BASELINE_NOTE_FR}`,
    intuneDetectionSynopsis: 'script de détection de la correction Intune pour les paramètres CMG du client.',
    intuneDetectionDescription: `Se termine avec le code 1, en listant ce qui diffère, lorsque le client Configuration Manager a besoin des paramètres CMG ; se termine avec le code 0 lorsqu'il les a ou que l'appareil n'a pas de client Configuration Manager. ${INTUNE_SETTINGS_FR}`,
    intuneRemediationSynopsis: 'script de correction Intune pour les paramètres CMG du client.',
    intuneRemediationDescription: `Définit les paramètres CMG du client que le script de détection a trouvés différents, puis redémarre l'hôte de l'agent SMS (CcmExec) pour que le client les applique. ${INTUNE_SETTINGS_FR}`,
    run64Bit: 'Exécutez ce script dans PowerShell 64 bits : un PowerShell 32 bits voit la copie WOW6432Node de HKLM\\SOFTWARE, pas les paramètres du client.',
    noClient: 'Aucun client Configuration Manager sur cette machine : HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security ou le service hôte de l\'agent SMS (CcmExec) est absent. Rien n\'a été modifié.',
    noClientOnDevice: 'Aucun client Configuration Manager sur cet appareil : rien à faire.',
    nothingToChange: 'Rien à modifier.',
    alwaysOnAlready: 'Déjà configuré : ClientAlwaysOnInternet vaut 1.',
    alwaysOnSetAction: 'Définir ClientAlwaysOnInternet = 1 (DWORD)',
    alwaysOnSet: 'ClientAlwaysOnInternet défini à 1.',
    alwaysOnAbsent: 'Déjà configuré : ClientAlwaysOnInternet est absent.',
    alwaysOnRemoveAction: 'Supprimer ClientAlwaysOnInternet',
    alwaysOnRemoved: 'ClientAlwaysOnInternet supprimé.',
    cmgFqdnsKept: 'CMGFQDNs est défini ({0}) : laissé tel quel, le client le tient à jour dès qu\'il connaît une CMG.',
    cmgFqdnsNotNeeded: 'Le client connaît un point de gestion Internet : CMGFQDNs n\'est pas nécessaire, laissé tel quel.',
    cmgFqdnsSetAction: 'Créer CMGFQDNs = {0} (REG_SZ)',
    cmgFqdnsSet: 'CMGFQDNs défini à {0}.',
    restartAppliesAction: 'Redémarrer l\'hôte de l\'agent SMS pour que le client applique ses nouveaux paramètres',
    restarted: 'Hôte de l\'agent SMS (CcmExec) redémarré.',
    notRestarted: 'Rien à modifier : l\'hôte de l\'agent SMS (CcmExec) n\'est pas redémarré.',
    restartLooksUpAction: 'Redémarrer l\'hôte de l\'agent SMS pour que le client lise ses paramètres et recherche ses points de gestion',
    internetMp: 'Point de gestion Internet : {0}',
    knowsCmg: 'Le client connaît la CMG : {0}',
    noCmgYet: 'Aucun point de gestion Internet ne porte encore le nom de {0}. Consultez LocationServices.log et ClientLocation.log, et vérifiez que les paramètres client autorisent la CMG.',
  },
};
