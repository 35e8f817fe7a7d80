import type { Lang } from '../../model/lang.ts';

/**
 * The texts of this step's own scripts, in every language (the scripts several steps share
 * take theirs from src/messages/script.*.ts). Same rules as ScriptTexts: PowerShell -f
 * placeholders ({0}, {1:yyyy-MM-dd}) and never a brace of their own; emitted through psQuote.
 */
type Texts<K extends string> = Record<K, string>;

/** Step 3 (classic): Update-CmgSubCaThumbprints.ps1. */
export type SubCaTexts = Texts<
  | 'synopsis' | 'description' | 'serviceCNameHelp' | 'subCaThumbprintsHelp'
  | 'noThumbprints' | 'notThumbprint' | 'providerUnreachable' | 'providerQueryFailed' | 'noProvider' | 'noService' | 'noProperty'
  | 'alreadyConfigured' | 'setAction' | 'changed'
>;

/** What Update-CmgSubCaThumbprints.ps1 says, in each language. */
export const subCaTexts: Record<Lang, SubCaTexts> = {
  en: {
    synopsis: 'tells the cloud management gateway which sub-CA certificates it trusts (ConfigMgr 1610/1702).',
    description:
      'Finds the CMG (SMS_AzureService, ServiceType CloudProxyService) by its ServiceCName through the SMS Provider and sets SubCACertThumbprint to the semicolon-separated thumbprints of the sub-CA certificates uploaded to the cloud service, unless it already has them. SubCACertThumbprint is not in the SMS_AzureService SDK documentation: only the 1610 article\'s UpdateSubCAThumbprints.vbs sets it.',
    serviceCNameHelp: 'ServiceCName of the CMG: the CN of its server certificate.',
    subCaThumbprintsHelp: 'Thumbprints of the sub-CA certificates uploaded to the cloud service (40 hexadecimal characters, upper case).',
    noThumbprints: 'Give at least one sub-CA certificate thumbprint.',
    notThumbprint: 'Not a certificate thumbprint: {0}. Give 40 hexadecimal characters in upper case, without spaces.',
    providerUnreachable: 'Cannot connect to the SMS Provider {0} over DCOM ({1}). Check the name and the firewall, or pass -SmsProvider.',
    providerQueryFailed: 'Failed to locate SMS provider: {0} does not answer for root\\sms ({1}). Pass -SmsProvider with the name of the SMS Provider.',
    noProvider: 'Failed to locate SMS provider. {0} lists no SMS_ProviderLocation for its local site.',
    noService: 'Failed to get Azure_Service instance. Site {0} has no cloud management gateway with ServiceCName {1}.',
    noProperty:
      'SMS_AzureService on site {0} has no SubCACertThumbprint property: this site version takes intermediate certificates in the CMG wizard (or -CARootCert) instead.',
    alreadyConfigured: 'Already configured: {0} trusts the sub-CA thumbprints {1}. Nothing to do.',
    setAction: 'Set SubCACertThumbprint to {0}',
    changed: 'SubCACertThumbprint of {0} changed from [{1}] to [{2}].',
  },
  fr: {
    synopsis: 'indique à la passerelle de gestion cloud les certificats d\'autorités de certification secondaires qu\'elle approuve (ConfigMgr 1610/1702).',
    description:
      'Trouve la CMG (SMS_AzureService, ServiceType CloudProxyService) par son ServiceCName via le fournisseur SMS et définit SubCACertThumbprint avec les empreintes, séparées par des points-virgules, des certificats d\'autorités de certification secondaires chargés sur le service cloud, sauf si elle les a déjà. SubCACertThumbprint ne figure pas dans la documentation du SDK de SMS_AzureService : seul le script UpdateSubCAThumbprints.vbs de l\'article 1610 le définit.',
    serviceCNameHelp: 'ServiceCName de la CMG : le CN de son certificat serveur.',
    subCaThumbprintsHelp: 'Empreintes des certificats d\'autorités de certification secondaires chargés sur le service cloud (40 caractères hexadécimaux, en majuscules).',
    noThumbprints: 'Indiquez au moins une empreinte de certificat d\'autorité de certification secondaire.',
    notThumbprint: 'Ce n\'est pas une empreinte de certificat : {0}. Indiquez 40 caractères hexadécimaux en majuscules, sans espaces.',
    providerUnreachable: 'Impossible de se connecter au fournisseur SMS {0} par DCOM ({1}). Vérifiez le nom et le pare-feu, ou passez -SmsProvider.',
    providerQueryFailed: 'Impossible de localiser le fournisseur SMS : {0} ne répond pas pour root\\sms ({1}). Passez -SmsProvider avec le nom du fournisseur SMS.',
    noProvider: 'Impossible de localiser le fournisseur SMS. {0} ne répertorie aucun SMS_ProviderLocation pour son site local.',
    noService: 'Impossible d\'obtenir l\'instance Azure_Service. Le site {0} n\'a aucune passerelle de gestion cloud de ServiceCName {1}.',
    noProperty:
      'SMS_AzureService du site {0} n\'a pas de propriété SubCACertThumbprint : cette version du site prend plutôt les certificats intermédiaires dans l\'assistant de la CMG (ou -CARootCert).',
    alreadyConfigured: 'Déjà configuré : {0} approuve les empreintes d\'autorités secondaires {1}. Rien à faire.',
    setAction: 'Définir SubCACertThumbprint à {0}',
    changed: 'SubCACertThumbprint de {0} changé de [{1}] en [{2}].',
  },
};

/** Step 3 (current branch): Register-CmgAzureService.ps1, the scripted onboarding of the 2010 release notes. */
export type AzureServiceTexts = Texts<
  | 'synopsis' | 'description' | 'tenantNameHelp' | 'tenantIdHelp' | 'serverAppNameHelp' | 'serverAppClientIdHelp' | 'serverAppIdUriHelp'
  | 'clientAppNameHelp' | 'clientAppClientIdHelp' | 'secretKeyExpiryHelp' | 'azureServiceNameHelp' | 'enableUserDiscoveryHelp'
  | 'noCmdlet' | 'expiryInvalid' | 'expiryPast' | 'appAmbiguous' | 'appElsewhere' | 'serviceAmbiguous' | 'serviceOtherApps' | 'serviceUnverifiable'
  | 'serverAlready' | 'importServerAction' | 'expiryPrompt' | 'secretPrompt' | 'secretEmpty' | 'appNotFound' | 'serverImported'
  | 'clientAlready' | 'importClientAction' | 'clientImported' | 'serviceAlready' | 'createServiceAction' | 'serviceCreated' | 'serviceUnderOtherName' | 'tenantNameMissing'
>;

/** What Register-CmgAzureService.ps1 says, in each language. */
export const azureServiceTexts: Record<Lang, AzureServiceTexts> = {
  en: {
    synopsis: 'imports the Entra server and client apps into ConfigMgr and creates the Cloud Management Azure service.',
    description:
      'The scripted onboarding of the 2010 release notes: Import-CMAADServerApplication, Import-CMAADClientApplication, Get-CMAADApplication, New-CMCloudManagementAzureService. It looks up the apps and the service first and changes only what is missing; it asks for the server app\'s client secret only when it imports that app. Run it as a ConfigMgr Full Administrator once both apps exist in Entra ID; importing needs no Entra permission.',
    tenantNameHelp: 'Entra tenant name as ConfigMgr records it, e.g. contoso.onmicrosoft.com.',
    tenantIdHelp: 'Entra tenant ID.',
    serverAppNameHelp: 'Display name of the server (web) app registration.',
    serverAppClientIdHelp: 'Application (client) ID of the server app.',
    serverAppIdUriHelp: 'Application ID URI of the server app (Expose an API).',
    clientAppNameHelp: 'Display name of the client (native) app registration.',
    clientAppClientIdHelp: 'Application (client) ID of the client app.',
    secretKeyExpiryHelp: 'Expiry date of the server app\'s client secret, yyyy-MM-dd; empty: asked when the app is imported.',
    azureServiceNameHelp: 'Name of the Cloud Management Azure service in ConfigMgr.',
    enableUserDiscoveryHelp: 'Turn on Entra user discovery in the new service.',
    noCmdlet: 'The ConfigurationManager module has no {0}: the scripted onboarding needs the console of ConfigMgr 2010 or later. Update the console, or onboard in it (Administration > Cloud Services > Azure Services).',
    expiryInvalid: '{0} is not a date written yyyy-MM-dd (e.g. 2027-03-01).',
    expiryPast: 'The secret expiry date {0} is not in the future: add a new client secret to the server app in Entra ID and give its expiry date.',
    appAmbiguous: 'The site has {1} definitions of the app {0}: remove the extra ones under Administration > Cloud Services > Azure Active Directory Tenants, then run this script again.',
    appElsewhere: 'The site already holds the client ID {0}, but not as the {1} of tenant {2}: check -TenantId and the two client IDs (server and client app swapped?), and the apps under Azure Active Directory Tenants. Nothing was changed.',
    serviceAmbiguous: 'The site has {1} Azure services named {0}: give -AzureServiceName a name no other service has.',
    serviceOtherApps: 'The site already has an Azure service named {0}, and it does not use the server app {1}: give -AzureServiceName another name, or check the service under Administration > Cloud Services > Azure Services. Nothing was changed.',
    serviceUnverifiable: 'The site already has an Azure service named {0}, but which apps it uses cannot be read (no AssociatedAadWebApplications property): check it under Administration > Cloud Services > Azure Services, Applications tab. Nothing was changed.',
    serverAlready: 'Already configured: the server app {0} ({1}) is imported.',
    importServerAction: 'Import the Entra server app (Import-CMAADServerApplication)',
    expiryPrompt: 'Expiry date of the client secret of {0} (yyyy-MM-dd)',
    secretPrompt: 'Client secret (Value) of {0}',
    secretEmpty: 'The client secret is empty: copy its Value from the Entra admin center (Certificates & secrets), or from what New-CmgEntraApps.ps1 showed.',
    appNotFound: 'The import of {0} ({1}) ended, but Get-CMAADApplication does not find the app: check Administration > Cloud Services > Azure Active Directory Tenants, then run this script again.',
    serverImported: 'Imported the server app {0} ({1}); its secret expires on {2}: renew it before then, ConfigMgr does not warn for an imported app.',
    clientAlready: 'Already configured: the client app {0} ({1}) is imported.',
    importClientAction: 'Import the Entra client app (Import-CMAADClientApplication)',
    clientImported: 'Imported the client app {0} ({1}).',
    serviceAlready: 'Already configured: the Azure service {0} uses the server app {1}.',
    tenantNameMissing: 'The server app {0} ({1}) is not imported yet, and importing it needs the tenant name (Import-CMAADServerApplication -TenantName): run the script again with -TenantName, for example contoso.onmicrosoft.com. Nothing was changed.',
    serviceUnderOtherName: 'Already configured under the name {0}: that Azure service uses the server app {1} (the console wizard may have made it). No service named {2} was created.',
    createServiceAction: 'Create the Cloud Management Azure service (New-CMCloudManagementAzureService)',
    serviceCreated: 'Created the Cloud Management Azure service {0}. Next: step 4 creates the CMG.',
  },
  fr: {
    synopsis: 'importe les applications Entra serveur et cliente dans ConfigMgr et crée le service Azure de gestion cloud.',
    description:
      'L\'intégration par script des notes de version 2010 : Import-CMAADServerApplication, Import-CMAADClientApplication, Get-CMAADApplication, New-CMCloudManagementAzureService. Il recherche d\'abord les applications et le service et ne change que ce qui manque ; il ne demande le secret client de l\'application serveur que lorsqu\'il importe celle-ci. Exécutez-le en administrateur complet de ConfigMgr une fois les deux applications créées dans Entra ID ; l\'importation ne demande aucune autorisation Entra.',
    tenantNameHelp: 'Nom du locataire Entra tel que ConfigMgr l\'enregistre, par exemple contoso.onmicrosoft.com.',
    tenantIdHelp: 'ID du locataire Entra.',
    serverAppNameHelp: 'Nom d\'affichage de l\'inscription de l\'application serveur (web).',
    serverAppClientIdHelp: 'ID d\'application (client) de l\'application serveur.',
    serverAppIdUriHelp: 'URI d\'ID d\'application de l\'application serveur (Exposer une API).',
    clientAppNameHelp: 'Nom d\'affichage de l\'inscription de l\'application cliente (native).',
    clientAppClientIdHelp: 'ID d\'application (client) de l\'application cliente.',
    secretKeyExpiryHelp: 'Date d\'expiration du secret client de l\'application serveur, yyyy-MM-dd ; vide : demandée à l\'importation de l\'application.',
    azureServiceNameHelp: 'Nom du service Azure de gestion cloud dans ConfigMgr.',
    enableUserDiscoveryHelp: 'Active la découverte des utilisateurs Entra dans le nouveau service.',
    noCmdlet: 'Le module ConfigurationManager n\'a pas {0} : l\'intégration par script demande la console de ConfigMgr 2010 ou ultérieure. Mettez la console à jour, ou faites l\'intégration dans la console (Administration > Services cloud > Services Azure).',
    expiryInvalid: '{0} n\'est pas une date écrite yyyy-MM-dd (par exemple 2027-03-01).',
    expiryPast: 'La date d\'expiration du secret {0} n\'est pas dans le futur : ajoutez un nouveau secret client à l\'application serveur dans Entra ID et donnez sa date d\'expiration.',
    appAmbiguous: 'Le site a {1} définitions de l\'application {0} : supprimez celles en trop sous Administration > Services cloud > Locataires Azure Active Directory, puis exécutez de nouveau ce script.',
    appElsewhere: 'Le site a déjà l\'ID client {0}, mais pas comme {1} du locataire {2} : vérifiez -TenantId et les deux ID clients (applications serveur et cliente inversées ?), ainsi que les applications sous Locataires Azure Active Directory. Rien n\'a été changé.',
    serviceAmbiguous: 'Le site a {1} services Azure nommés {0} : donnez à -AzureServiceName un nom qu\'aucun autre service ne porte.',
    serviceOtherApps: 'Le site a déjà un service Azure nommé {0}, qui n\'utilise pas l\'application serveur {1} : donnez un autre nom à -AzureServiceName, ou vérifiez le service sous Administration > Services cloud > Services Azure. Rien n\'a été changé.',
    serviceUnverifiable: 'Le site a déjà un service Azure nommé {0}, mais les applications qu\'il utilise ne peuvent pas être lues (pas de propriété AssociatedAadWebApplications) : vérifiez-le sous Administration > Services cloud > Services Azure, onglet Applications. Rien n\'a été changé.',
    serverAlready: 'Déjà configuré : l\'application serveur {0} ({1}) est importée.',
    importServerAction: 'Importer l\'application serveur Entra (Import-CMAADServerApplication)',
    expiryPrompt: 'Date d\'expiration du secret client de {0} (yyyy-MM-dd)',
    secretPrompt: 'Secret client (Valeur) de {0}',
    secretEmpty: 'Le secret client est vide : copiez sa Valeur depuis le centre d\'administration Entra (Certificats et secrets), ou depuis ce qu\'a affiché New-CmgEntraApps.ps1.',
    appNotFound: 'L\'importation de {0} ({1}) s\'est terminée, mais Get-CMAADApplication ne trouve pas l\'application : vérifiez Administration > Services cloud > Locataires Azure Active Directory, puis exécutez de nouveau ce script.',
    serverImported: 'Application serveur {0} ({1}) importée ; son secret expire le {2} : renouvelez-le avant, ConfigMgr n\'avertit pas pour une application importée.',
    clientAlready: 'Déjà configuré : l\'application cliente {0} ({1}) est importée.',
    importClientAction: 'Importer l\'application cliente Entra (Import-CMAADClientApplication)',
    clientImported: 'Application cliente {0} ({1}) importée.',
    serviceAlready: 'Déjà configuré : le service Azure {0} utilise l\'application serveur {1}.',
    tenantNameMissing: 'L\'application serveur {0} ({1}) n\'est pas encore importée, et son importation demande le nom du locataire (Import-CMAADServerApplication -TenantName) : exécutez de nouveau le script avec -TenantName, par exemple contoso.onmicrosoft.com. Rien n\'a été changé.',
    serviceUnderOtherName: 'Déjà configuré sous le nom {0} : ce service Azure utilise l\'application serveur {1} (l\'assistant de la console l\'a peut-être créé). Aucun service nommé {2} n\'a été créé.',
    createServiceAction: 'Créer le service Azure de gestion cloud (New-CMCloudManagementAzureService)',
    serviceCreated: 'Service Azure de gestion cloud {0} créé. Ensuite : l\'étape 4 crée la passerelle de gestion cloud.',
  },
};

/** Step 3 (current branch, no apps yet): New-CmgEntraApps.ps1, the two Entra apps with Microsoft Graph PowerShell; `label*` name what an update adds. */
export type EntraAppsTexts = Texts<
  | 'synopsis' | 'description' | 'tenantIdHelp' | 'serverAppNameHelp' | 'serverAppIdUriHelp' | 'clientAppNameHelp' | 'serverAppClientIdHelp'
  | 'clientAppClientIdHelp' | 'enableUserDiscoveryHelp' | 'secretMonthsHelp' | 'graphEnvironmentHelp'
  | 'badSecretMonths' | 'badEnvironment' | 'moduleMissing' | 'wrongTenant' | 'connected' | 'noGraphServicePrincipal' | 'noDirectoryRole'
  | 'severalApps' | 'otherAppId' | 'otherAudience' | 'otherAppIdUri' | 'scopeDisabled'
  | 'serverFound' | 'createServerAction' | 'serverCreated' | 'updateAction' | 'updated'
  | 'labelRedirect' | 'labelIdToken' | 'labelAppIdUri' | 'labelScope' | 'labelDirectoryPermission' | 'labelPublicClient' | 'labelServerPermission'
  | 'servicePrincipalFound' | 'createServicePrincipalAction' | 'servicePrincipalCreated'
  | 'secretExists' | 'addSecretAction' | 'secretOnce' | 'secretValue' | 'secretExpires'
  | 'clientFound' | 'createClientAction' | 'clientCreated' | 'grantExists' | 'grantAction' | 'granted'
  | 'directoryExists' | 'directoryAction' | 'directoryGranted' | 'directoryDenied' | 'consentName' | 'consentDescription'
  | 'summaryTenant' | 'summaryServer' | 'summaryClient' | 'nextStep'
>;

/** What New-CmgEntraApps.ps1 says, in each language. */
export const entraAppsTexts: Record<Lang, EntraAppsTexts> = {
  en: {
    synopsis: 'creates the Entra server (web) and client (native) apps of the CMG with Microsoft Graph PowerShell.',
    description:
      'The app registrations of the page Manually register Microsoft Entra apps for the CMG, made with Microsoft Graph PowerShell: it finds each app by its display name first and adds only what it lacks, then creates the service principals, a client secret on the server app (shown once, written nowhere) and the admin consent of the client app. Run it as an Entra Global Administrator, the role the CMG docs name; an Application Administrator cannot grant the Directory.Read.All application permission of Entra user discovery. It prints the IDs that Register-CmgAzureService.ps1 and cmg-setup need.',
    tenantIdHelp: 'Entra tenant ID to sign in to.',
    serverAppNameHelp: 'Display name of the server (web) app.',
    serverAppIdUriHelp: 'Application ID URI of the server app, unique in the tenant.',
    clientAppNameHelp: 'Display name of the client (native) app.',
    serverAppClientIdHelp: 'Client ID the server app must have if it exists already; empty: any.',
    clientAppClientIdHelp: 'Client ID the client app must have if it exists already; empty: any.',
    enableUserDiscoveryHelp: 'Entra user discovery: give the server app the Microsoft Graph application permission Directory.Read.All, with admin consent.',
    secretMonthsHelp: 'Lifetime of a new client secret in months: 12 or 24.',
    graphEnvironmentHelp: 'Microsoft Graph cloud: Global, USGov or USGovDoD.',
    badSecretMonths: '-SecretMonths is {0}: give 12 or 24.',
    badEnvironment: '-GraphEnvironment is {0}: give one of {1}.',
    moduleMissing: 'The PowerShell module {0} is not installed: run Install-Module Microsoft.Graph.Applications, Microsoft.Graph.Identity.SignIns -Scope CurrentUser, then this script again.',
    wrongTenant: 'Signed in to tenant {1}, not {0}: run Disconnect-MgGraph, then this script again with an account of tenant {0}.',
    connected: 'Signed in as {0} to tenant {1}.',
    noGraphServicePrincipal: 'Found {0} service principals named Microsoft Graph instead of one: the Directory.Read.All permission cannot be looked up. Nothing was changed.',
    noDirectoryRole: 'The Microsoft Graph service principal lists no Directory.Read.All application permission: add it to the server app in the Entra admin center (API permissions). Nothing was changed.',
    severalApps: '{1} app registrations are named {0}: rename or delete the extra ones, or give this script another name. Nothing was changed.',
    otherAppId: 'The app {0} exists with the client ID {1}, not {2}: check the name and the client ID given to cmg-setup. Nothing was changed.',
    otherAudience: 'The app {0} accepts the accounts {1}; the CMG needs accounts in this organizational directory only (AzureADMyOrg): give another name for a new app. Nothing was changed.',
    otherAppIdUri: 'The app {0} has the Application ID URI {1}, not {2}: pass -ServerAppIdUri with it (and --server-app-id-uri to cmg-setup), or change it in the Entra admin center.',
    scopeDisabled: 'The scope user_impersonation of {0} is disabled: enable it in the Entra admin center (Expose an API), then run this script again.',
    serverFound: 'Found the server app {0} ({1}).',
    createServerAction: 'Create the Entra server (web) app registration',
    serverCreated: 'Created the server app {0} ({1}).',
    updateAction: 'Update the app registration: {0}',
    updated: 'Updated {0}: {1}.',
    labelRedirect: 'redirect URI {0}',
    labelIdToken: 'ID tokens (implicit flow)',
    labelAppIdUri: 'Application ID URI {0}',
    labelScope: 'scope user_impersonation',
    labelDirectoryPermission: 'Microsoft Graph Directory.Read.All (application)',
    labelPublicClient: 'public client flows',
    labelServerPermission: 'permission user_impersonation of {0}',
    servicePrincipalFound: 'Found the service principal of {0}.',
    createServicePrincipalAction: 'Create the service principal (enterprise application)',
    servicePrincipalCreated: 'Created the service principal of {0}.',
    secretExists: 'Found the client secret this script made for {0}, valid until {1}. Its value cannot be shown again: if it is lost, delete it in the Entra admin center and run this script again.',
    addSecretAction: 'Add a client secret valid {0} months',
    secretOnce: 'The client secret below is shown this once and written nowhere: copy it now and hand it to the ConfigMgr administrator over a secure channel. A PowerShell transcript, if one is on, records it.',
    secretValue: 'Client secret (Value): {0}',
    secretExpires: 'Secret expiry date: {0}',
    clientFound: 'Found the client app {0} ({1}).',
    createClientAction: 'Create the Entra client (native) app registration',
    clientCreated: 'Created the client app {0} ({1}).',
    grantExists: 'Already granted: admin consent for {0} to use {1}.',
    grantAction: 'Grant admin consent for the permission user_impersonation of {0}',
    granted: 'Granted admin consent: {0} may use {1} on behalf of every user.',
    directoryExists: 'Already granted: Directory.Read.All to {0}.',
    directoryAction: 'Grant the Microsoft Graph application permission Directory.Read.All (admin consent)',
    directoryGranted: 'Granted Directory.Read.All to {0}.',
    directoryDenied: 'Microsoft Graph refused to grant Directory.Read.All to {0}: {1} An Application Administrator or Cloud Application Administrator cannot grant Microsoft Graph application permissions; a Privileged Role Administrator or Global Administrator must run this script again, or grant admin consent on the API permissions of the server app.',
    consentName: 'Access {0}',
    consentDescription: 'Allow the application to access {0} on behalf of the signed-in user.',
    summaryTenant: 'Tenant ID: {0}',
    summaryServer: 'Server app {0}: Application (client) ID {1}, Application ID URI {2}',
    summaryClient: 'Client app {0}: Application (client) ID {1}',
    nextStep: 'Next: on the site server, Register-CmgAzureService.ps1 -ServerAppClientId {0} -ClientAppClientId {1}; and give cmg-setup --server-app-client-id {0} --client-app-client-id {1}.',
  },
  fr: {
    synopsis: 'crée les applications Entra serveur (web) et cliente (native) de la passerelle de gestion cloud avec Microsoft Graph PowerShell.',
    description:
      'Les inscriptions d\'applications de la page Inscrire manuellement des applications Microsoft Entra pour la CMG, faites avec Microsoft Graph PowerShell : il recherche d\'abord chaque application par son nom d\'affichage et n\'ajoute que ce qui lui manque, puis crée les principaux de service, un secret client sur l\'application serveur (affiché une fois, écrit nulle part) et le consentement administrateur de l\'application cliente. Exécutez-le en administrateur général Entra, le rôle que nomme la documentation de la CMG ; un administrateur d\'application ne peut pas accorder l\'autorisation d\'application Directory.Read.All de la découverte des utilisateurs Entra. Il affiche les ID dont Register-CmgAzureService.ps1 et cmg-setup ont besoin.',
    tenantIdHelp: 'ID du locataire Entra auquel se connecter.',
    serverAppNameHelp: 'Nom d\'affichage de l\'application serveur (web).',
    serverAppIdUriHelp: 'URI d\'ID d\'application de l\'application serveur, unique dans le locataire.',
    clientAppNameHelp: 'Nom d\'affichage de l\'application cliente (native).',
    serverAppClientIdHelp: 'ID client que l\'application serveur doit avoir si elle existe déjà ; vide : quelconque.',
    clientAppClientIdHelp: 'ID client que l\'application cliente doit avoir si elle existe déjà ; vide : quelconque.',
    enableUserDiscoveryHelp: 'Découverte des utilisateurs Entra : donne à l\'application serveur l\'autorisation d\'application Microsoft Graph Directory.Read.All, avec consentement administrateur.',
    secretMonthsHelp: 'Durée de vie d\'un nouveau secret client en mois : 12 ou 24.',
    graphEnvironmentHelp: 'Cloud Microsoft Graph : Global, USGov ou USGovDoD.',
    badSecretMonths: '-SecretMonths vaut {0} : donnez 12 ou 24.',
    badEnvironment: '-GraphEnvironment vaut {0} : donnez l\'une des valeurs {1}.',
    moduleMissing: 'Le module PowerShell {0} n\'est pas installé : exécutez Install-Module Microsoft.Graph.Applications, Microsoft.Graph.Identity.SignIns -Scope CurrentUser, puis de nouveau ce script.',
    wrongTenant: 'Connecté au locataire {1}, pas à {0} : exécutez Disconnect-MgGraph, puis de nouveau ce script avec un compte du locataire {0}.',
    connected: 'Connecté en tant que {0} au locataire {1}.',
    noGraphServicePrincipal: '{0} principaux de service nommés Microsoft Graph trouvés au lieu d\'un seul : l\'autorisation Directory.Read.All ne peut pas être recherchée. Rien n\'a été changé.',
    noDirectoryRole: 'Le principal de service Microsoft Graph ne liste aucune autorisation d\'application Directory.Read.All : ajoutez-la à l\'application serveur dans le centre d\'administration Entra (Autorisations d\'API). Rien n\'a été changé.',
    severalApps: '{1} inscriptions d\'applications se nomment {0} : renommez ou supprimez celles en trop, ou donnez un autre nom à ce script. Rien n\'a été changé.',
    otherAppId: 'L\'application {0} existe avec l\'ID client {1}, pas {2} : vérifiez le nom et l\'ID client donnés à cmg-setup. Rien n\'a été changé.',
    otherAudience: 'L\'application {0} accepte les comptes {1} ; la passerelle de gestion cloud demande les comptes de cet annuaire organisationnel uniquement (AzureADMyOrg) : donnez un autre nom pour une nouvelle application. Rien n\'a été changé.',
    otherAppIdUri: 'L\'application {0} a l\'URI d\'ID d\'application {1}, pas {2} : passez-le à -ServerAppIdUri (et à --server-app-id-uri de cmg-setup), ou changez-le dans le centre d\'administration Entra.',
    scopeDisabled: 'L\'étendue user_impersonation de {0} est désactivée : activez-la dans le centre d\'administration Entra (Exposer une API), puis exécutez de nouveau ce script.',
    serverFound: 'Application serveur {0} ({1}) trouvée.',
    createServerAction: 'Créer l\'inscription de l\'application serveur (web) Entra',
    serverCreated: 'Application serveur {0} ({1}) créée.',
    updateAction: 'Mettre à jour l\'inscription d\'application : {0}',
    updated: '{0} mise à jour : {1}.',
    labelRedirect: 'URI de redirection {0}',
    labelIdToken: 'jetons d\'ID (flux implicite)',
    labelAppIdUri: 'URI d\'ID d\'application {0}',
    labelScope: 'étendue user_impersonation',
    labelDirectoryPermission: 'autorisation d\'application Directory.Read.All de Microsoft Graph',
    labelPublicClient: 'flux de clients publics',
    labelServerPermission: 'autorisation user_impersonation de {0}',
    servicePrincipalFound: 'Principal de service de {0} trouvé.',
    createServicePrincipalAction: 'Créer le principal de service (application d\'entreprise)',
    servicePrincipalCreated: 'Principal de service de {0} créé.',
    secretExists: 'Secret client créé par ce script pour {0} trouvé, valide jusqu\'au {1}. Sa valeur ne peut pas être affichée de nouveau : s\'il est perdu, supprimez-le dans le centre d\'administration Entra et exécutez de nouveau ce script.',
    addSecretAction: 'Ajouter un secret client valide {0} mois',
    secretOnce: 'Le secret client ci-dessous n\'est affiché que cette fois et n\'est écrit nulle part : copiez-le maintenant et transmettez-le à l\'administrateur ConfigMgr par un canal sûr. Une transcription PowerShell, si elle est active, l\'enregistre.',
    secretValue: 'Secret client (Valeur) : {0}',
    secretExpires: 'Date d\'expiration du secret : {0}',
    clientFound: 'Application cliente {0} ({1}) trouvée.',
    createClientAction: 'Créer l\'inscription de l\'application cliente (native) Entra',
    clientCreated: 'Application cliente {0} ({1}) créée.',
    grantExists: 'Déjà accordé : consentement administrateur pour que {0} utilise {1}.',
    grantAction: 'Accorder le consentement administrateur pour l\'autorisation user_impersonation de {0}',
    granted: 'Consentement administrateur accordé : {0} peut utiliser {1} au nom de chaque utilisateur.',
    directoryExists: 'Déjà accordé : Directory.Read.All à {0}.',
    directoryAction: 'Accorder l\'autorisation d\'application Microsoft Graph Directory.Read.All (consentement administrateur)',
    directoryGranted: 'Directory.Read.All accordé à {0}.',
    directoryDenied: 'Microsoft Graph a refusé d\'accorder Directory.Read.All à {0} : {1} Un administrateur d\'application ou administrateur d\'application cloud ne peut pas accorder d\'autorisations d\'application Microsoft Graph ; un administrateur de rôle privilégié ou administrateur général doit exécuter de nouveau ce script, ou accorder le consentement administrateur dans les autorisations d\'API de l\'application serveur.',
    consentName: 'Accéder à {0}',
    consentDescription: 'Permet à l\'application d\'accéder à {0} au nom de l\'utilisateur connecté.',
    summaryTenant: 'ID du locataire : {0}',
    summaryServer: 'Application serveur {0} : ID d\'application (client) {1}, URI d\'ID d\'application {2}',
    summaryClient: 'Application cliente {0} : ID d\'application (client) {1}',
    nextStep: 'Ensuite : sur le serveur de site, Register-CmgAzureService.ps1 -ServerAppClientId {0} -ClientAppClientId {1} ; et donnez à cmg-setup --server-app-client-id {0} --client-app-client-id {1}.',
  },
};
