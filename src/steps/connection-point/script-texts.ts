import type { Lang } from '../../model/lang.ts';

/**
 * The texts of this step's own scripts, in every language (the scripts several steps share
 * take theirs from src/messages/script.*.ts). Same rules as ScriptTexts: PowerShell -f
 * placeholders ({0}, {1:yyyy-MM-dd}) and never a brace of their own; emitted through psQuote.
 */
type Texts<K extends string> = Record<K, string>;

/** Step 6: Add-CmgConnectionPoint.ps1. */
export type ConnectionPointTexts = Texts<
  | 'synopsis' | 'description' | 'serviceNameHelp' | 'connectionPointServerHelp' | 'proxyServerHelp' | 'proxyPortHelp'
  | 'existingConnectionPointHelp' | 'notSiteSystem' | 'noGateway' | 'existingChoiceInvalid' | 'existingUnknown' | 'existingKept' | 'relinkAction' | 'relinked'
  | 'proxyAlreadyConfigured' | 'proxyAction' | 'proxyDone' | 'addAction' | 'added'
>;

/** What Add-CmgConnectionPoint.ps1 says, in each language. */
export const connectionPointTexts: Record<Lang, ConnectionPointTexts> = {
  en: {
    synopsis: 'adds the CMG connection point role.',
    description:
      'Runs Add-CMCloudManagementGatewayConnectionPoint on an existing site system, and Set-CMSiteSystemServer for its internet proxy when one is given. When the server holds a connection point already, it stops: which CMG that role serves is in no documented property. Check it in the console, then run the script again with -ExistingConnectionPoint Keep (it serves this CMG) or Relink (Set-CMCloudManagementGatewayConnectionPoint moves it to this CMG).',
    serviceNameHelp: 'CMG service name the connection point serves.',
    connectionPointServerHelp: 'FQDN of the site system that gets the role.',
    proxyServerHelp: 'Internet proxy of the connection point.',
    proxyPortHelp: 'Port of the internet proxy.',
    existingConnectionPointHelp: 'When the server holds a CMG connection point already: Stop (the default: say so, change nothing), Keep (you checked in the console that it serves this CMG) or Relink (move it to this CMG).',
    notSiteSystem: '{0} is not a site system of site {1}. Add it as a site system server first.',
    noGateway: 'No cloud management gateway named {0}. Run New-CmgGateway.ps1 (step 4) first.',
    existingChoiceInvalid: '-ExistingConnectionPoint takes Stop, Keep or Relink, not {0}.',
    existingUnknown:
      '{0} already holds a CMG connection point role, and cmg-setup cannot tell which CMG it serves: no documented property of the role names it. Nothing was changed. Check it in the console: Administration > Site Configuration > Servers and Site System Roles > {0} > Cloud management gateway connection point > Properties, the cloud management gateway it connects to. If it is {1}, run this script again with -ExistingConnectionPoint Keep; to move it to {1} (the CMG it serves now loses this connection point), with -ExistingConnectionPoint Relink.',
    existingKept: 'Kept as you checked: {0} holds a CMG connection point role, which serves {1} (-ExistingConnectionPoint Keep). The role was not changed.',
    relinkAction: 'Move the CMG connection point role to the cloud management gateway {0} (the CMG it serves now loses this connection point)',
    relinked: '{0}: the CMG connection point role now serves {1}. Watch SMS_Cloud_ProxyConnector.log on it.',
    proxyAlreadyConfigured: 'Already configured: {0} uses the proxy {1}:{2}.',
    proxyAction: 'Set the internet proxy of the site system',
    proxyDone: '{0}: proxy {1}:{2}.',
    addAction: 'Add the CMG connection point role',
    added: '{0} now holds the CMG connection point role for {1}. Watch SMS_Cloud_ProxyConnector.log on it.',
  },
  fr: {
    synopsis: 'ajoute le rôle de point de connexion de la passerelle de gestion cloud.',
    description:
      'Exécute Add-CMCloudManagementGatewayConnectionPoint sur un système de site existant, et Set-CMSiteSystemServer pour son proxy Internet s\'il y en a un. Si le serveur héberge déjà un point de connexion, il s\'arrête : la CMG que sert ce rôle ne figure dans aucune propriété documentée. Vérifiez-la dans la console, puis relancez le script avec -ExistingConnectionPoint Keep (il sert cette CMG) ou Relink (Set-CMCloudManagementGatewayConnectionPoint le rattache à cette CMG).',
    serviceNameHelp: 'Nom du service de la CMG que dessert le point de connexion.',
    connectionPointServerHelp: 'FQDN du système de site qui reçoit le rôle.',
    proxyServerHelp: 'Proxy Internet du point de connexion.',
    proxyPortHelp: 'Port du proxy Internet.',
    existingConnectionPointHelp: 'Si le serveur héberge déjà un point de connexion de CMG : Stop (par défaut : le signaler, ne rien modifier), Keep (vous avez vérifié dans la console qu\'il sert cette CMG) ou Relink (le rattacher à cette CMG).',
    notSiteSystem: '{0} n\'est pas un système de site du site {1}. Ajoutez-le d\'abord comme serveur de système de site.',
    noGateway: 'Aucune passerelle de gestion cloud nommée {0}. Exécutez d\'abord New-CmgGateway.ps1 (étape 4).',
    existingChoiceInvalid: '-ExistingConnectionPoint prend Stop, Keep ou Relink, pas {0}.',
    existingUnknown:
      '{0} héberge déjà un rôle de point de connexion de passerelle de gestion cloud, et cmg-setup ne peut pas savoir quelle CMG il sert : aucune propriété documentée du rôle ne la nomme. Rien n\'a été modifié. Vérifiez-le dans la console : Administration > Configuration du site > Serveurs et rôles de système de site > {0} > Point de connexion de la passerelle de gestion cloud > Propriétés, la passerelle de gestion cloud à laquelle il se connecte. S\'il s\'agit de {1}, relancez ce script avec -ExistingConnectionPoint Keep ; pour le rattacher à {1} (la CMG qu\'il sert aujourd\'hui perd ce point de connexion), avec -ExistingConnectionPoint Relink.',
    existingKept: 'Conservé comme vous l\'avez vérifié : {0} héberge un rôle de point de connexion de CMG, qui sert {1} (-ExistingConnectionPoint Keep). Le rôle n\'a pas été modifié.',
    relinkAction: 'Rattacher le rôle de point de connexion à la passerelle de gestion cloud {0} (la CMG qu\'il sert aujourd\'hui perd ce point de connexion)',
    relinked: '{0} : le rôle de point de connexion de la CMG sert désormais {1}. Surveillez SMS_Cloud_ProxyConnector.log sur ce serveur.',
    proxyAlreadyConfigured: 'Déjà configuré : {0} utilise le proxy {1}:{2}.',
    proxyAction: 'Définir le proxy Internet du système de site',
    proxyDone: '{0} : proxy {1}:{2}.',
    addAction: 'Ajouter le rôle de point de connexion de la passerelle de gestion cloud',
    added: '{0} héberge désormais le rôle de point de connexion de la passerelle de gestion cloud pour {1}. Surveillez SMS_Cloud_ProxyConnector.log sur ce serveur.',
  },
};
