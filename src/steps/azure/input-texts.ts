import type { ChoiceTexts, InputTextsOf } from '../../model/inputs.ts';
import type { AzureAuth } from '../../model/answers.ts';

/**
 * The help line and the prompt of each input this step declares (index.ts), in every language:
 * an input without its texts, or without one language, does not compile.
 */
export const inputTexts = {
  subscriptionId: {
    en: { help: 'Azure subscription ID (GUID).', prompt: 'Azure subscription ID' },
    fr: { help: 'ID de l\'abonnement Azure (GUID).', prompt: 'ID de l\'abonnement Azure' },
  },
  managementCertPath: {
    en: { help: 'Classic: Azure management certificate (.pfx).', prompt: 'Azure management certificate (.pfx) path' },
    fr: { help: 'Classique : certificat de gestion Azure (.pfx).', prompt: 'Chemin du certificat de gestion Azure (.pfx)' },
  },
  managementCertPassword: {
    en: { help: 'Classic: password of the management certificate .pfx.', prompt: 'Password of the management certificate (.pfx)' },
    fr: { help: 'Classique : mot de passe du fichier .pfx du certificat de gestion.', prompt: 'Mot de passe du certificat de gestion (.pfx)' },
  },
  subCaCerts: {
    en: { help: 'Classic: subordinate CA certificates (.cer) whose thumbprints go to the site database.', prompt: 'Subordinate CA certificates (.cer), comma-separated' },
    fr: {
      help: 'Classique : certificats d\'autorité de certification subordonnée (.cer) dont les empreintes numériques sont enregistrées dans la base de données du site.',
      prompt: 'Certificats d\'AC subordonnée (.cer), séparés par des virgules',
    },
  },
  tenantId: {
    en: { help: 'Entra tenant ID (GUID).', prompt: 'Entra tenant ID' },
    fr: { help: 'ID du locataire Entra (GUID).', prompt: 'ID du locataire Entra' },
  },
  tenantName: {
    en: {
      help: 'Name of the Entra tenant as ConfigMgr records it when it imports the server app, e.g. contoso.onmicrosoft.com (Entra admin center > Custom domain names).',
      prompt: 'Entra tenant name (e.g. contoso.onmicrosoft.com)',
    },
    fr: {
      help: 'Nom du locataire Entra tel que ConfigMgr l\'enregistre à l\'importation de l\'application serveur, par exemple contoso.onmicrosoft.com (centre d\'administration Entra > Noms de domaine personnalisés).',
      prompt: 'Nom du locataire Entra (par exemple contoso.onmicrosoft.com)',
    },
  },
  createEntraApps: {
    en: {
      help: 'No Entra apps yet: also write 03-azure/New-CmgEntraApps.ps1, which creates the server and client apps with Microsoft Graph PowerShell (for an Entra Global Administrator); the client IDs are given afterwards.',
      prompt: 'No Entra apps yet: write the script that creates them?',
    },
    fr: {
      help: 'Pas encore d\'applications Entra : écrit aussi 03-azure/New-CmgEntraApps.ps1, qui crée les applications serveur et cliente avec Microsoft Graph PowerShell (pour un administrateur général Entra) ; les ID clients sont donnés ensuite.',
      prompt: 'Pas encore d\'applications Entra : écrire le script qui les crée ?',
    },
  },
  serverAppName: {
    en: { help: 'Display name of the Entra server (web) app registration.', prompt: 'Entra server app name' },
    fr: { help: 'Nom d\'affichage de l\'inscription de l\'application serveur (web) Entra.', prompt: 'Nom de l\'application serveur Entra' },
  },
  serverAppClientId: {
    en: { help: 'Client ID of the Entra server (web) app (GUID).', prompt: 'Entra server app client ID' },
    fr: { help: 'ID client de l\'application serveur (web) Entra (GUID).', prompt: 'ID client de l\'application serveur Entra' },
  },
  serverAppIdUri: {
    en: { help: 'Application ID URI of the Entra server app (Expose an API), e.g. api://<tenant ID>/ConfigMgrService.', prompt: 'Server app Application ID URI' },
    fr: {
      help: 'URI d\'ID d\'application de l\'application serveur Entra (Exposer une API), par exemple api://<ID du locataire>/ConfigMgrService.',
      prompt: 'URI d\'ID d\'application de l\'application serveur',
    },
  },
  clientAppName: {
    en: { help: 'Display name of the Entra client (native) app registration.', prompt: 'Entra client app name' },
    fr: { help: 'Nom d\'affichage de l\'inscription de l\'application cliente (native) Entra.', prompt: 'Nom de l\'application cliente Entra' },
  },
  clientAppClientId: {
    en: { help: 'Client ID of the Entra client (native) app (GUID).', prompt: 'Entra client app client ID' },
    fr: { help: 'ID client de l\'application cliente (native) Entra (GUID).', prompt: 'ID client de l\'application cliente Entra' },
  },
  serverAppSecretExpiry: {
    en: {
      help: 'Expiry date of the server app\'s client secret, YYYY-MM-DD, as the Entra admin center shows it (unset: the script asks for it).',
      prompt: 'Expiry date of the server app secret (YYYY-MM-DD)',
    },
    fr: {
      help: 'Date d\'expiration du secret client de l\'application serveur, AAAA-MM-JJ, telle que l\'affiche le centre d\'administration Entra (absente : le script la demande).',
      prompt: 'Date d\'expiration du secret de l\'application serveur (AAAA-MM-JJ)',
    },
  },
  entraUserDiscovery: {
    en: { help: 'Turn on Entra user discovery in the Cloud Management service (the server app then needs Microsoft Graph Directory.Read.All).', prompt: 'Turn on Entra user discovery?' },
    fr: {
      help: 'Active la découverte des utilisateurs Entra dans le service de gestion cloud (l\'application serveur a alors besoin de Directory.Read.All de Microsoft Graph).',
      prompt: 'Activer la découverte des utilisateurs Entra ?',
    },
  },
  azureServiceName: {
    en: { help: 'Name of the Cloud Management Azure service in ConfigMgr (Administration > Cloud Services > Azure Services).', prompt: 'Azure service name in ConfigMgr' },
    fr: { help: 'Nom du service Azure de gestion cloud dans ConfigMgr (Administration > Services cloud > Services Azure).', prompt: 'Nom du service Azure dans ConfigMgr' },
  },
  resourceGroup: {
    en: { help: 'Azure resource group of the CMG.', prompt: 'Azure resource group' },
    fr: { help: 'Groupe de ressources Azure de la CMG.', prompt: 'Groupe de ressources Azure' },
  },
  useExistingResourceGroup: {
    en: { help: 'The resource group already exists (it must be in the CMG region).', prompt: 'Does the resource group already exist?' },
    fr: { help: 'Le groupe de ressources existe déjà (il doit se trouver dans la région de la CMG).', prompt: 'Le groupe de ressources existe-t-il déjà ?' },
  },
  azureAuth: {
    // src/azure/credential.ts: one credential per choice.
    en: {
      help: 'How cmg-setup signs in for its read-only Azure checks.',
      prompt: 'Sign-in for the read-only Azure checks',
      choices: {
        cli: 'the Azure CLI\'s sign-in (az login)',
        'device-code': 'a code to enter in a browser on any device',
        browser: 'a browser on this machine',
        'service-principal': 'an app registration\'s client ID and secret',
        'managed-identity': 'the managed identity of this Azure machine',
        environment: 'the AZURE_CLIENT_ID, AZURE_TENANT_ID... variables',
      },
    },
    fr: {
      help: 'Mode de connexion de cmg-setup pour ses vérifications Azure en lecture seule.',
      prompt: 'Connexion pour les vérifications Azure en lecture seule',
      choices: {
        cli: 'la connexion d\'Azure CLI (az login)',
        'device-code': 'un code à saisir dans un navigateur, sur tout appareil',
        browser: 'un navigateur sur cette machine',
        'service-principal': 'l\'ID client et le secret d\'une application',
        'managed-identity': 'l\'identité managée de cette machine Azure',
        environment: 'les variables AZURE_CLIENT_ID, AZURE_TENANT_ID...',
      },
    },
  } satisfies ChoiceTexts<AzureAuth>,
  azureClientId: {
    en: { help: 'Application (client) ID of the service principal for --azure-auth service-principal.', prompt: 'Service principal application (client) ID' },
    fr: { help: 'ID d\'application (client) du principal de service pour --azure-auth service-principal.', prompt: 'ID d\'application (client) du principal de service' },
  },
  azureClientSecret: {
    en: { help: 'Client secret of that service principal (a secret: from stdin, a file or an environment variable).', prompt: 'Service principal client secret' },
    fr: { help: 'Secret client de ce principal de service (un secret : par l\'entrée standard, un fichier ou une variable d\'environnement).', prompt: 'Secret client du principal de service' },
  },
  armEndpoint: {
    en: { help: 'Azure Resource Manager address override (a proxy or a test double); TLS trust through NODE_EXTRA_CA_CERTS.', prompt: 'Azure Resource Manager address' },
    fr: { help: 'Remplace l\'adresse d\'Azure Resource Manager (proxy ou doublure de test) ; confiance TLS via NODE_EXTRA_CA_CERTS.', prompt: 'Adresse d\'Azure Resource Manager' },
  },
} satisfies InputTextsOf<'subscriptionId' | 'managementCertPath' | 'managementCertPassword' | 'subCaCerts' | 'tenantId' | 'tenantName' | 'createEntraApps' | 'serverAppName' | 'serverAppClientId' | 'serverAppIdUri' | 'clientAppName' | 'clientAppClientId' | 'serverAppSecretExpiry' | 'entraUserDiscovery' | 'azureServiceName' | 'resourceGroup' | 'useExistingResourceGroup' | 'azureAuth' | 'azureClientId' | 'azureClientSecret' | 'armEndpoint'>;
