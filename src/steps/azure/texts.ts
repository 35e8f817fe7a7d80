import type { Lang } from '../../model/lang.ts';
import type { StepTexts } from '../../model/step.ts';
import { declaration } from './declaration.ts';

/** What the files of this step are for: the keys of its runbook texts, and the only purposes its plan may give an artifact. */
export type AzurePurpose = 'entra.apps' | 'azure.service' | 'subca.update';

/** Its actions by hand: the keys of their texts, and the only ids its runbookActions may give. */
export type AzureAction = 'entra-roles' | 'resource-providers' | 'azure-service' | 'user-discovery' | 'management-certificate';

/** Step 3's own texts in each language: its title, the 1610 article's title for it, and what the runbook says of it (params: the runbook's values, src/emit/runbook/context.ts). */
export const texts: Record<Lang, StepTexts<AzurePurpose, AzureAction>> = {
  en: {
    title: declaration.title.en,
    interview: { does: 'The Azure side: subscription, tenant, Entra apps and resource group (classic: the management certificate).', runs: 'Its checks run from an admin workstation; its import script runs on the site server.' },
    classicTitle: 'Upload the management certificate to Azure',
    intro: {
      vmss: (p) =>
        `The CMG goes into subscription ${p.subscriptionId}, resource group ${p.resourceGroup} (${p.existingResourceGroup ? 'existing: it must be in the CMG region' : 'created by step 4'}), in the Microsoft Entra tenant ${p.tenantId}, through the Entra server app ${p.serverAppClientId}${p.clientAppClientId ? ` (client app ${p.clientAppClientId})` : ''}. Who does what in Azure is below, and under step 4. \`cmg-setup azure check\` checks the subscription, your role and the resource providers.`,
      classic: (p) =>
        `Configuration Manager needs an Azure management certificate to call the Azure API and set up the CMG: upload it to your subscription, and copy the subscription ID that goes with it, which step 4 asks for (${p.subscriptionId}). If your client certificates come from a subordinate CA and your enterprise PKI is not on the internet: once the CMG is set up (step 4), open its cloud service in the Azure portal and upload every subordinate CA certificate on the Certificates tab, note their thumbprints, and add the thumbprints to the site database with the script of this step${p.subCaCount ? '' : ' (give cmg-setup those certificates with --sub-ca-certs to get it)'}.`,
    },
    purposes: {
      'entra.apps': 'Creates (or completes) the Entra server and client apps with Microsoft Graph PowerShell, and prints their IDs.',
      'azure.service': 'Imports the two Entra apps into ConfigMgr and creates the Cloud Management Azure service.',
      'subca.update': 'Stores the sub-CA thumbprints on the classic CMG (the 1610 UpdateSubCAThumbprints.vbs).',
    },
    verify: {
      'entra.apps': 'The script ends with the two apps and their Application (client) IDs; a second run finds both and creates nothing. Entra admin center > App registrations lists both; the client app\'s API permissions show user_impersonation granted for the organization.',
      'azure.service': 'Administration > Cloud Services > Azure Services lists the Cloud Management service, and Azure Active Directory Tenants the tenant with both apps; a second run says "Already configured" three times.',
      'subca.update': 'The script reports "SubCACertThumbprint of <name> changed"; a second run reports "Already configured".',
    },
    entries: {
      'entra.apps': {
        how: 'Windows PowerShell (5.1 or 7) on any workstation that has the Microsoft Graph PowerShell modules (`Install-Module Microsoft.Graph.Applications, Microsoft.Graph.Identity.SignIns -Scope CurrentUser`), signed in (a browser window) as an Entra Global Administrator: the role the CMG docs name for creating the apps (Manually register Microsoft Entra apps for the CMG: "both of which require a global administrator role"). An Application Administrator or Cloud Application Administrator can create the apps and grant the client app\'s delegated permission, but not the Microsoft Graph application permission Directory.Read.All that Entra user discovery needs (Entra, Grant tenant-wide admin consent: "except Microsoft Graph app roles (application permissions)"): that grant takes a Privileged Role Administrator or Global Administrator. The script finds the apps by display name first. It shows the server app\'s new client secret once: hand it to the ConfigMgr administrator over a secure channel, with its expiry date and the two client IDs the script prints, and give the IDs to cmg-setup (--server-app-client-id, --client-app-client-id).',
        changes: 'In Entra ID: the server (web) app registration (redirect URI http://localhost, the Application ID URI, the scope user_impersonation, ID tokens) and the client (native) app registration (public client flows, its broker redirect URI, the permission user_impersonation of the server app), their service principals (enterprise applications), a client secret on the server app (12 months, or 24 with -SecretMonths 24), admin consent for the client app\'s permission, and with Entra user discovery Directory.Read.All granted to the server app. An app that already exists only gets what it lacks; nothing is removed.',
        console: 'Entra admin center > App registrations > New registration, as the page "Manually register Microsoft Entra apps for the CMG" describes step by step.',
        rollback: 'Before ConfigMgr uses them: Entra admin center > App registrations > each app > Delete (its enterprise application, consent and secret go with it), or `Remove-MgApplication -ApplicationId <object ID>`. Once a Cloud Management service or a CMG uses the apps, delete those first: they stop working without them.',
      },
      'azure.service': {
        how: 'Windows PowerShell on a machine with the ConfigMgr console (2010 or later), as a ConfigMgr Full Administrator or Infrastructure Administrator; importing the apps needs no Entra permission. Both apps must exist in Entra ID first (New-CmgEntraApps.ps1, or your Entra administrator). When it imports the server app it asks for the client secret (hidden input, stored nowhere) and, unless -SecretKeyExpiry gives it, its expiry date (yyyy-MM-dd).',
        changes: 'In the site, nothing in Azure: the Entra tenant with the server and client app definitions (Administration > Cloud Services > Azure Active Directory Tenants), and the Cloud Management Azure service that uses them, with Entra user discovery when the answers turn it on. ConfigMgr does not warn before the secret of an imported app expires: note its date and renew the secret in Entra ID before then.',
        console: 'Administration > Cloud Services > Azure Services > Configure Azure Services > Cloud Management; Import the web app, then the native client app.',
        rollback: 'While no CMG uses it: Administration > Cloud Services > Azure Services > the service > Delete, or `Remove-CMAzureService -Name <Azure service name> -DisableWildcardHandling` (the name is never a pattern: Remove-CMAzureService page, SearchByNameMandatory); then the apps under Azure Active Directory Tenants.',
      },
      'subca.update': {
        how: 'Windows PowerShell as a ConfigMgr Full Administrator, once the CMG exists and the sub-CA certificates are uploaded to its cloud service (procedure above). It reaches the SMS Provider over DCOM (-SmsProvider).',
        changes: 'Sets SubCACertThumbprint on the CMG\'s SMS_AzureService instance in the site database to the sub-CA thumbprints, as the article\'s UpdateSubCAThumbprints.vbs did. It prints the previous value.',
        rollback: 'Set SubCACertThumbprint back to the previous value the script printed (between the first brackets): `Get-CimInstance -CimSession (New-CimSession -ComputerName <SMS Provider> -SessionOption (New-CimSessionOption -Protocol Dcom)) -Namespace root\\sms\\site_<site code> -ClassName SMS_AzureService | Where-Object ServiceCName -eq \'<service name>\' | Set-CimInstance -Property @{ SubCACertThumbprint = \'<previous value>\' }`. Delete the uploaded certificates from the cloud service in the Azure portal if they are no longer wanted.',
      },
    },
    actions: {
      'entra-roles': {
        title: () => 'the Entra apps created by a Global Administrator (or an Application Administrator, within its limits)',
        where: () => 'Microsoft Entra admin center > App registrations, or a script that the Entra administrator runs. Importing the apps into ConfigMgr needs no Entra role.',
        what: () =>
          'The server (web) app and the client (native) app are created, and their permissions granted, by an Entra **Global Administrator**: the role the CMG pages name. An **Application Administrator** can create them and grant the client app its delegated permission on the server app, but cannot grant a Microsoft Graph application permission: the Directory.Read.All permission that Entra user discovery needs on the server app takes a Global Administrator or a Privileged Role Administrator (Entra\'s admin consent page). The CMG pages never mention Application Administrator.',
      },
      'resource-providers': {
        title: () => 'the Azure resource providers registered',
        where: (p) => `Azure portal > Subscriptions > ${p.subscriptionId} > Resource providers, or \`cmg-setup azure check --register-providers\``,
        what: (p) => `Register ${p.providers} in the subscription: the deployment fails without them. Registering needs the permission /register/action, which Contributor and Owner have.`,
      },
      'azure-service': {
        title: () => 'the Cloud Management Azure service present in ConfigMgr',
        where: () => 'console: Administration > Cloud Services > Azure Services',
        what: (p) =>
          `The list shows a Cloud Management service with the server app ${p.serverAppClientId}${p.clientAppClientId ? ` and the client app ${p.clientAppClientId}` : ''}, made by the Configure Azure Services wizard (Cloud Management) or by this step's import script where this run has one. Step 4 creates the CMG through it.`,
      },
      'user-discovery': {
        title: () => 'Active Directory user discovery and Entra user discovery turned on',
        where: () =>
          "console: Administration > Hierarchy Configuration > Discovery Methods > Active Directory User Discovery > Properties; Entra user discovery: the Discovery page of the Cloud Management Azure service, or `Get-CMAzureService -Name '<Azure service name>' | Set-CMCloudManagementAzureService -EnableUserDiscovery $true`",
        what: () =>
          'Clients authenticate with Microsoft Entra ID: when users are federated or synchronized identities, turn on both discoveries. An imported server app first needs the Microsoft Graph application permission Directory.Read.All with admin consent (granted by a Global Administrator or a Privileged Role Administrator). Entra user discovery is not needed to create the CMG.',
      },
      'management-certificate': {
        title: () => 'the management certificate uploaded to Azure',
        where: () => 'Azure classic portal: Settings > Management Certificates',
        what: (p) => `Upload the management certificate (.cer, public key only) to subscription ${p.subscriptionId}, and copy the subscription ID that goes with it: step 4 asks for it.`,
      },
    },
  },
  fr: {
    title: declaration.title.fr,
    interview: { does: 'Le côté Azure : abonnement, locataire, applications Entra et groupe de ressources (classique : le certificat de gestion).', runs: 'Ses vérifications s\'exécutent depuis un poste d\'administration ; son script d\'import sur le serveur de site.' },
    classicTitle: 'Charger le certificat de gestion dans Azure',
    intro: {
      vmss: (p) =>
        `La passerelle est créée dans l'abonnement ${p.subscriptionId}, le groupe de ressources ${p.resourceGroup} (${p.existingResourceGroup ? 'existant : il doit se trouver dans la région de la passerelle' : "créé par l'étape 4"}), dans le locataire Microsoft Entra ${p.tenantId}, par l'application serveur Entra ${p.serverAppClientId}${p.clientAppClientId ? ` (application cliente ${p.clientAppClientId})` : ''}. Qui fait quoi dans Azure figure ci-dessous, et sous l'étape 4. \`cmg-setup azure check\` vérifie l'abonnement, votre rôle et les fournisseurs de ressources.`,
      classic: (p) =>
        `Configuration Manager a besoin d'un certificat de gestion Azure pour accéder à l'API Azure et configurer la passerelle de gestion cloud : chargez-le dans votre abonnement et copiez l'ID d'abonnement associé, que demande l'étape 4 (${p.subscriptionId}). Si vos certificats clients sont émis par une autorité de certification subordonnée et que votre PKI d'entreprise n'est pas sur Internet : une fois la passerelle configurée (étape 4), ouvrez son service cloud dans le portail Azure et chargez chaque certificat d'autorité subordonnée dans l'onglet Certificats, notez leurs empreintes numériques, puis ajoutez-les à la base de données du site avec le script de cette étape${p.subCaCount ? '' : ' (indiquez ces certificats à cmg-setup avec --sub-ca-certs pour l\'obtenir)'}.`,
    },
    purposes: {
      'entra.apps': 'Crée (ou complète) les applications Entra serveur et cliente avec Microsoft Graph PowerShell, et affiche leurs ID.',
      'azure.service': 'Importe les deux applications Entra dans ConfigMgr et crée le service Azure de gestion cloud.',
      'subca.update': 'Enregistre les empreintes des autorités secondaires sur la CMG classique (UpdateSubCAThumbprints.vbs de la 1610).',
    },
    verify: {
      'entra.apps': 'Le script se termine par les deux applications et leurs ID d\'application (client) ; une deuxième exécution les trouve et ne crée rien. Centre d\'administration Entra > Inscriptions d\'applications les liste ; les autorisations d\'API de l\'application cliente montrent user_impersonation accordé pour l\'organisation.',
      'azure.service': 'Administration > Services cloud > Services Azure liste le service de gestion cloud, et Locataires Azure Active Directory le locataire avec les deux applications ; une deuxième exécution indique trois fois « Déjà configuré ».',
      'subca.update': 'Le script indique « SubCACertThumbprint de <nom> changé » ; une deuxième exécution indique « Déjà configuré ».',
    },
    entries: {
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
    },
    actions: {
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
    },
  },
};
