import type { Lang } from '../../model/lang.ts';
import type { StepTexts } from '../../model/step.ts';
import { declaration } from './declaration.ts';

/** What the files of this step are for: the keys of its runbook texts, and the only purposes its plan may give an artifact. */
export type GatewayPurpose = 'gateway.create' | 'gateway.console' | 'gateway.console-scale-set' | 'gateway.wait';

/** Its actions by hand: the keys of their texts, and the only ids its runbookActions may give. */
export type GatewayAction = 'service-connection-point' | 'optional-feature' | 'pre-release-feature' | 'azure-rights' | 'dns-cname';

/** Step 4's own texts in each language: its title, the 1610 article's title for it, and what the runbook says of it (params: the runbook's values, src/emit/runbook/context.ts). */
export const texts: Record<Lang, StepTexts<GatewayPurpose, GatewayAction>> = {
  en: {
    title: declaration.title.en,
    interview: { does: 'The gateway itself: its region, VM count and size, certificates and traffic alerts.', runs: 'Its scripts run on the site server, in the Configuration Manager PowerShell module.' },
    classicTitle: 'Set up cloud management gateway',
    intro: {
      vmss: (p) =>
        `The CMG ${p.serviceName} is created in ${p.region} with the deployment name ${p.deploymentName} and ${p.vmCount} VM instance(s), from the top-level site, then followed until it is Ready. Provisioning takes several minutes; CloudMgr.log and CMGSetup.log on the site server tell what happens.${p.cname ? ` Clients reach ${p.serviceName}, not the deployment name: hence the DNS record below.` : ''}`,
      classic: (p) =>
        `${p.preRelease ? `In ConfigMgr ${p.siteVersion} the CMG is a pre-release feature: give consent and turn it on first (below). ` : ''}In the console, go to Administration > Cloud Services > Cloud Management Gateway and choose Create Cloud Management Gateway. Enter your Azure subscription ID, browse to the file of the Azure management certificate, choose Next and wait while the console connects to Azure. Then give the name of the service that runs in Azure (3 to 24 letters and digits: ${p.prefix}), the Azure region (${p.region}), the number of VMs for the service (1 by default, up to 16: here ${p.vmCount}), the .pfx exported from the custom SSL certificate, the root certificate exported from the client certificate, and the same service FQDN as in the certificate, ending in .cloudapp.net or .usgovcloudapp.net (${p.serviceName}). ${p.verifyCrl ? 'Verify Client Certificate Revocation stays ticked: your CRL must be published on the internet.' : 'Clear Verify Client Certificate Revocation, unless you publish your CRL on the internet.'} If the connector point uses an internet proxy, the article says to open on it one port per VM, starting at 10124; today's data-flow page says one VM uses HTTPS 443 instead (the ports below give both). To watch the CMG traffic over 14 days, turn on the threshold alert and give the threshold and the percentage of each alert level${p.threshold === '' ? '' : ` (here ${p.threshold} GB, ${p.warningPct}% and ${p.criticalPct}%)`}. Review the settings and finish: provisioning the service in Azure takes 5 to 15 minutes, and the Status column of the new CMG shows when it is ready. ${p.cmdlets ? 'The walkthrough below gives these values for the console; from ConfigMgr 1702 the scripts below do the same in PowerShell: use one or the other.' : 'The walkthrough below gives these values for the console.'}`,
    },
    purposes: {
      'gateway.create': 'Creates the CMG in Azure.',
      'gateway.console': 'The console procedure of the 1610 article.',
      'gateway.console-scale-set': 'The console procedure that creates the CMG (virtual machine scale set) where no script is written.',
      'gateway.wait': 'Waits until the CMG reports Ready.',
    },
    verify: {
      'gateway.create': 'The console lists the CMG under Administration > Cloud Services > Cloud Management Gateway; CloudMgr.log on the site server follows the deployment.',
      'gateway.console': 'The Status column of the CMG shows Ready.',
      'gateway.console-scale-set': 'The console lists the CMG under Administration > Cloud Services > Cloud Management Gateway; Wait-CmgReady.ps1 ends with "<service name> is Ready".',
      'gateway.wait': 'The script ends with "<service name> is Ready"; the console\'s Status column shows Ready.',
    },
    entries: {
      'gateway.create': {
        how: 'Windows PowerShell on a machine with the ConfigMgr console, as a ConfigMgr Full Administrator, with the certificate files at the paths the script names (its parameters). It asks for the password of each .pfx it uses. If a CMG with this service name exists, it changes nothing.',
        changes: 'Creates the CMG: its Azure resources (a virtual machine scale set with its public IP address, Key Vault and storage account, or for the classic model a cloud service and storage account), named after the deployment prefix, and its entry in the site. Azure charges for them from now on.',
        console: 'Administration > Cloud Services > Cloud Management Gateway > Create Cloud Management Gateway.',
        // F-GW-9: which property -Name matches is not documented; ServiceCName is the service name.
        // F-RB-15: Get- without -Name lists the site's CMGs; Remove- takes them from the pipeline (-InputObject).
        rollback: "Administration > Cloud Services > Cloud Management Gateway > the CMG > Delete, or `Get-CMCloudManagementGateway | Where-Object ServiceCName -eq '<service name>' | Remove-CMCloudManagementGateway`: the site removes its Azure resources too. Never delete them in the Azure portal. Remove the DNS CNAME if you created one.",
      },
      'gateway.console': {
        how: 'Open it (any Markdown viewer, or print it) and follow it in the ConfigMgr console as a Full Administrator: it covers steps 4, 6 and 7 of the article with the values of this run.',
        changes: 'The file changes nothing; the procedure creates the CMG (step 4), adds the connector point (step 6) and lets the roles accept CMG traffic (step 7).',
        console: 'Administration > Cloud Services > Cloud Management Gateway > Create Cloud Management Gateway.',
        rollback: 'In reverse order: clear "Allow Configuration Manager cloud management gateway traffic" in each role\'s properties; remove the connector point role (Servers and Site System Roles > the server > the role > Remove Role); delete the CMG (Cloud Management Gateway > the CMG > Delete).',
      },
      'gateway.console-scale-set': {
        how: 'Open it (any Markdown viewer, or print it) and follow it in the ConfigMgr console of the top-level site, signed in to Azure as an Owner of the subscription: it creates the CMG with the values of this run. Then run Wait-CmgReady.ps1.',
        changes: 'The file changes nothing; the procedure creates the CMG: its Azure resources (a virtual machine scale set with its public IP address, Key Vault and storage account) and its entry in the site. Azure charges for them from then on.',
        console: 'Administration > Cloud Services > Cloud Management Gateway > Create Cloud Management Gateway.',
        rollback: 'Administration > Cloud Services > Cloud Management Gateway > the CMG > Delete: the site removes its Azure resources too. Never delete them in the Azure portal. Remove the DNS CNAME if you created one.',
      },
      'gateway.wait': {
        how: 'Windows PowerShell on a machine with the ConfigMgr console, right after New-CmgGateway.ps1. It checks every minute for up to an hour (-PollSeconds, -TimeoutMinutes) and prints each state.',
        changes: 'Nothing: it only reads the state of the CMG.',
        console: 'Administration > Cloud Services > Cloud Management Gateway: the Status column.',
        rollback: 'Nothing to undo.',
      },
    },
    actions: {
      'service-connection-point': {
        title: () => 'the service connection point in online mode',
        where: () =>
          'console of the top-level site: Administration > Site Configuration > Servers and Site System Roles > the server that holds the service connection point (one per hierarchy, at the top-level site) > the role > Properties',
        what: () =>
          'The service connection point deploys the CMG in Azure and watches it, so it must be in online mode. From the site drive: `Get-CMServiceConnectionPoint -SiteCode <site code> | Set-CMServiceConnectionPoint -Mode Online`, with the code of the top-level site (nothing the cmdlets return shows the mode: check it in the role\'s properties). After a change of mode, restart the SMS_DMP_DOWNLOADER component (Monitoring > System Status > Component Status > Start > Configuration Manager Service Manager) or the SMS_Executive service.',
      },
      'optional-feature': {
        title: (p) =>
          p.vmssPreRelease
            ? 'the pre-release feature "Cloud management gateway with virtual machine scale set" turned on'
            : 'the feature "Cloud management gateway with virtual machine scale set", if the console lists it',
        where: () => 'console of the top-level site: Administration > Updates and Servicing > Features (consent: Administration > Site Configuration > Sites > Hierarchy Settings > General)',
        what: (p) =>
          p.vmssPreRelease
            ? `In ConfigMgr ${p.siteVersion} a scale-set CMG is a pre-release feature: tick "Consent to use pre-release features" in Hierarchy Settings, General tab (once per hierarchy; it cannot be undone), then select "Cloud management gateway with virtual machine scale set" in Features and choose Turn on. Restart the console once the change is processed (up to 30 minutes).`
            : 'If your console lists "Cloud management gateway with virtual machine scale set" in Features with the status Off, select it and choose Turn on, then restart the console once the change is processed (up to 30 minutes); if it is not listed, there is nothing to do. The pages disagree: the CMG set-up and planning pages say ConfigMgr does not turn this optional feature on by default and you must turn it on; the optional features page (August 2022) no longer lists it, and a feature that is not optional does not appear in the Features node.',
      },
      'pre-release-feature': {
        title: () => 'the pre-release feature "Cloud management gateway" turned on',
        where: () =>
          'console of the top-level site: Administration > Site Configuration > Sites > Hierarchy Settings > General, then Administration > Cloud Services > Updates and Servicing > Features (from 1702: Administration > Updates and Servicing > Features)',
        what: (p) =>
          `In ConfigMgr ${p.siteVersion} the CMG is a pre-release feature (until 1802). Tick "Consent to use Pre-Release features" (the label on the 2017 pre-release page; today's pages write "Consent to use pre-release features"), once per hierarchy: it cannot be undone. Then select "Cloud management gateway" in Features and choose Turn on; restart the console once the change is processed (up to 30 minutes).`,
      },
      'azure-rights': {
        title: () => 'the Azure rights that create the CMG checked',
        where: (p) => `Azure: subscription ${p.subscriptionId}${p.resourceGroup ? `, resource group ${p.resourceGroup}` : ''}`,
        what: (p) =>
          `In the console wizard you sign in with an Azure Subscription Owner (set-up page); the planning page asks for an account that is Subscription Owner and Entra Global Administrator: the pages disagree, so use an account that is both where you can. New-CmgGateway.ps1 passes -ServerAppClientId ${p.serverAppClientId}, the cmdlet's Non-Interactive parameter set ("non-user interaction mode"): nobody signs in. From 2309 the CMG "uses a third party server app to get bearer tokens" (set-up page): this server app; for earlier versions the pages do not say which identity this set uses. Which Azure role it needs on the subscription or the resource group is not documented either: if Azure refuses, the script stops with Azure's message. Give a role only as your own policy decides.`,
      },
      'dns-cname': {
        title: () => 'the public DNS CNAME created',
        where: () => 'your public DNS zone',
        what: (p) =>
          `A CNAME from ${p.serviceName} to ${p.deploymentName}, once the CMG exists: clients resolve the service name through it.${p.cloud === 'usgov' ? ' In Azure US Government this name is an assumption: cmg-setup assumes the suffix of public IP DNS labels there (<region>.cloudapp.usgovcloudapi.net), which Microsoft\'s CMG pages do not confirm; check the name the console shows for the CMG before creating the CNAME.' : ''}`,
      },
    },
  },
  fr: {
    title: declaration.title.fr,
    interview: { does: 'La passerelle elle-même : sa région, le nombre et la taille de ses VM, ses certificats et ses alertes de trafic.', runs: 'Ses scripts s\'exécutent sur le serveur de site, dans le module PowerShell de Configuration Manager.' },
    classicTitle: 'Configurer la passerelle de gestion cloud',
    intro: {
      vmss: (p) =>
        `La passerelle ${p.serviceName} est créée dans la région ${p.region} avec le nom de déploiement ${p.deploymentName} et ${p.vmCount} instance(s) de machine virtuelle, depuis le site de niveau supérieur, puis suivie jusqu'à l'état Prêt. L'approvisionnement prend plusieurs minutes ; CloudMgr.log et CMGSetup.log sur le serveur de site indiquent ce qui se passe.${p.cname ? ` Les clients joignent ${p.serviceName}, et non le nom de déploiement : d'où l'enregistrement DNS ci-dessous.` : ''}`,
      classic: (p) =>
        `${p.preRelease ? `Dans ConfigMgr ${p.siteVersion}, la passerelle de gestion cloud est une fonctionnalité en préversion : donnez votre consentement et activez-la d'abord (ci-dessous). ` : ''}Dans la console, accédez à Administration > Services cloud > Passerelle de gestion cloud et choisissez « Créer une passerelle de gestion cloud ». Entrez l'ID de votre abonnement Azure, accédez au fichier du certificat de gestion Azure, choisissez « Suivant » et attendez que la console se connecte à Azure. Indiquez ensuite le nom du service qui s'exécutera dans Azure (3 à 24 caractères alphanumériques : ${p.prefix}), la région Azure (${p.region}), le nombre de machines virtuelles du service (1 par défaut, jusqu'à 16 : ici ${p.vmCount}), le fichier .pfx exporté du certificat SSL personnalisé, le certificat racine exporté du certificat client, et le même nom de domaine complet de service que dans le certificat, se terminant par .cloudapp.net ou .usgovcloudapp.net (${p.serviceName}). ${p.verifyCrl ? '« Vérifier la révocation des certificats clients » reste coché : votre liste de révocation doit être publiée sur Internet.' : 'Décochez « Vérifier la révocation des certificats clients », sauf si vous publiez votre liste de révocation sur Internet.'} Si le point de connexion passe par un proxy Internet, l'article demande d'y ouvrir un port par machine virtuelle, à partir du port 10124 ; la page actuelle sur les flux de données indique qu'une seule machine virtuelle utilise plutôt HTTPS 443 (les ports ci-dessous donnent les deux). Pour surveiller le trafic de la passerelle sur 14 jours, activez l'alerte de seuil et indiquez le seuil et le pourcentage de chaque niveau d'alerte${p.threshold === '' ? '' : ` (ici ${p.threshold} Go, ${p.warningPct} % et ${p.criticalPct} %)`}. Vérifiez les paramètres et terminez : l'approvisionnement du service dans Azure prend 5 à 15 minutes, et la colonne État de la nouvelle passerelle indique quand elle est prête. ${p.cmdlets ? 'La procédure ci-dessous donne ces valeurs pour la console ; à partir de ConfigMgr 1702, les scripts ci-dessous font de même dans PowerShell : utilisez l\'un ou l\'autre.' : 'La procédure ci-dessous donne ces valeurs pour la console.'}`,
    },
    purposes: {
      'gateway.create': 'Crée la CMG dans Azure.',
      'gateway.console': 'La procédure dans la console décrite par l\'article 1610.',
      'gateway.console-scale-set': 'La procédure dans la console qui crée la CMG (groupe de machines virtuelles identiques) là où aucun script n\'est écrit.',
      'gateway.wait': 'Attend que la CMG indique l\'état Prêt (Ready).',
    },
    verify: {
      'gateway.create': 'La console affiche la CMG sous Administration > Services cloud > Passerelle de gestion cloud ; CloudMgr.log sur le serveur de site suit le déploiement.',
      'gateway.console': 'La colonne État de la CMG indique Prêt.',
      'gateway.console-scale-set': 'La console affiche la CMG sous Administration > Services cloud > Passerelle de gestion cloud ; Wait-CmgReady.ps1 se termine par « La passerelle de gestion cloud <nom du service> est prête. ».',
      'gateway.wait': 'Le script se termine par « La passerelle de gestion cloud <nom du service> est prête. » ; la colonne État de la console indique Prêt.',
    },
    entries: {
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
    },
    actions: {
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
    },
  },
};
