import type { Lang } from '../../model/lang.ts';
import type { StepTexts } from '../../model/step.ts';

/** What the files of this step are for: the keys of its runbook texts, and the only purposes its plan may give an artifact. */
export type GatewayPurpose = 'gateway.create' | 'gateway.console' | 'gateway.console-scale-set' | 'gateway.wait';

/** Step 4's own texts in each language: its title, the 1610 article's title for it, and what the runbook says of it (params: the runbook's values, src/emit/runbook/context.ts). */
export const texts: Record<Lang, StepTexts<GatewayPurpose>> = {
  en: {
    title: 'Cloud management gateway',
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
  },
  fr: {
    title: 'Passerelle de gestion cloud',
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
  },
};
