import type { AzureCode } from '../model/codes.ts';
import type { Text } from './types.ts';

const ids = (p: Record<string, string | number>) => (p.requestId && p.requestId !== '-' ? ` (ID de requête ${p.requestId}, ID de corrélation ${p.correlationId})` : '');

/** The checks AZURE_CHECKS_SKIPPED_UNREGISTERED names (checks.ts CHECKS_BY_NAMESPACE keys). */
const CHECK_NAMES: Record<string, string> = { 'vm-size': 'la taille de VM dans la région', 'dns-name': 'le nom DNS', 'key-vault-name': 'le nom du coffre de clés', 'deleted-key-vaults': 'les coffres de clés supprimés', 'storage-name': 'le nom du compte de stockage' };
const checkNamesFr = (keys: string) => keys.split(', ').map((key) => CHECK_NAMES[key] ?? key).join(', ');

/** Constats et échecs des vérifications Azure (étape 3, `azure check`). */
export const azureCodesFr: Record<AzureCode, Text> = {
  AZURE_PREFLIGHT_SKIPPED: (p) => `Les vérifications Azure n'ont pas été faites (${p.reason === 'offline' ? '--offline' : 'aucune connexion configurée : --azure-auth'}) : vérifiez vous-même que l'abonnement est activé, que vous en êtes propriétaire et que ces fournisseurs de ressources sont inscrits : ${p.providers}. Ou exécutez cmg-setup azure check.`,
  AZURE_SUBSCRIPTION_OK: (p) => `L'abonnement ${p.subscriptionId} existe et est activé.`,
  AZURE_SUBSCRIPTION_NOT_FOUND: (p) => `L'abonnement ${p.subscriptionId} est introuvable pour cette connexion : vérifiez l'ID d'abonnement, le locataire et le compte.`,
  AZURE_SUBSCRIPTION_DISABLED: (p) => `L'abonnement ${p.subscriptionId} est à l'état ${p.state}, pas Enabled : rien ne peut y être déployé.`,
  AZURE_SUBSCRIPTION_OTHER_TENANT: (p) => `L'abonnement ${p.subscriptionId} appartient au locataire ${p.actual}, pas à ${p.tenantId} : les applications Entra et l'abonnement doivent être dans le même locataire.`,
  AZURE_SUBSCRIPTION_WARNED: (p) => `L'abonnement ${p.subscriptionId} est à l'état ${p.state} : il fait encore fonctionner les ressources, mais sera désactivé si rien n'est fait ; vérifiez d'abord sa facturation.`,
  AZURE_PERMISSIONS_OK: (p) => `Le compte connecté peut déployer des ressources et attribuer des rôles dans le groupe de ressources ${p.resourceGroup} (niveau Propriétaire, tous ses rôles réunis).`,
  AZURE_PERMISSIONS_MISSING: (p) => `Le compte connecté n'a pas ${p.actions} sur le groupe de ressources ${p.resourceGroup}, tous ses rôles réunis : créer la CMG exige le rôle ${p.role} (Propriétaire) de l'abonnement (Contributeur seul ne peut pas attribuer de rôles ; Contributeur plus Administrateur de l'accès utilisateur le peut). Connectez-vous avec un propriétaire ou demandez le rôle.`,
  AZURE_PROVIDERS_OK: (p) => `Fournisseurs de ressources inscrits : ${p.providers}.`,
  AZURE_PROVIDER_NOT_REGISTERED: (p) => `Le fournisseur de ressources ${p.namespace} est à l'état ${p.state} dans l'abonnement ; le déploiement de la CMG échoue sans lui. Inscrivez-le (Abonnements > Fournisseurs de ressources) ou exécutez cmg-setup azure check --register-providers.`,
  AZURE_PROVIDER_REGISTERING: (p) => `Inscription de ${p.namespace} demandée : Azure répond ${p.state} ; elle prend quelques minutes. Les vérifications qui ont besoin de ${p.namespace} n'ont pas été faites : relancez cmg-setup azure check quand il indique Registered (Abonnements > Fournisseurs de ressources, ou az provider show --namespace ${p.namespace}).`,
  AZURE_REGION_NO_SCALE_SETS: (p) => `La région ${p.region} ne propose pas de groupes de machines virtuelles identiques à cet abonnement : choisissez une autre région.`,
  AZURE_VM_SIZE_UNAVAILABLE: (p) => `La taille de machine virtuelle ${p.size} n'est pas disponible pour cet abonnement dans ${p.region} : choisissez une autre taille ou une autre région.`,
  AZURE_REGION_OK: (p) => `La région ${p.region} propose les groupes identiques et ${p.size}.`,
  AZURE_RESOURCE_GROUP_NEW: (p) => `Le groupe de ressources ${p.resourceGroup} n'existe pas encore : l'assistant de la CMG le crée dans ${p.region}.`,
  AZURE_RESOURCE_GROUP_MISSING: (p) => `Le groupe de ressources ${p.resourceGroup} n'existe pas, mais useExistingResourceGroup est défini : créez-le dans la région de la CMG ou laissez l'assistant le créer.`,
  AZURE_RESOURCE_GROUP_OTHER_REGION: (p) => `Le groupe de ressources ${p.resourceGroup} se trouve dans ${p.location}, pas dans ${p.region} : l'approvisionnement échoue. Utilisez un groupe situé dans ${p.region} ou un nouveau groupe.`,
  AZURE_RESOURCE_GROUP_EXISTS: (p) => `Le groupe de ressources ${p.resourceGroup} existe déjà : définissez useExistingResourceGroup (--use-existing-resource-group) ou choisissez un autre nom.`,
  AZURE_RESOURCE_GROUP_OK: (p) => `Le groupe de ressources ${p.resourceGroup} existe dans ${p.region}.`,
  AZURE_DNS_NAME_TAKEN: (p) => `Le nom DNS ${p.name} est déjà pris dans ${p.region} : choisissez un autre préfixe de déploiement (et un certificat correspondant).`,
  AZURE_KEY_VAULT_NAME_TAKEN: (p) => `Le nom de coffre de clés ${p.name} n'est pas disponible (${p.reason}) : ces noms sont mondiaux ; choisissez un autre préfixe de déploiement.`,
  AZURE_KEY_VAULT_SOFT_DELETED: (p) => `Un coffre de clés supprimé nommé ${p.name} est conservé (suppression réversible) dans ${p.region} et bloque le nom dans toutes les régions : videz-le (az keyvault purge --name ${p.name} --location ${p.region}) ou choisissez un autre préfixe.`,
  AZURE_STORAGE_NAME_TAKEN: (p) => `Le nom de compte de stockage ${p.name} n'est pas disponible (${p.reason}) : ces noms sont mondiaux ; choisissez un autre préfixe de déploiement.`,
  AZURE_NAMES_FREE: (p) => `Le nom ${p.name} est libre pour l'étiquette DNS et le coffre de clés${p.storage === 'yes' ? ' ainsi que pour le compte de stockage' : ''}.`,
  // échecs (codes de sortie 4 et 5)
  AZURE_INTERACTIVE_SIGN_IN: (p) => `--azure-auth ${p.auth} exige une personne devant un terminal. Ici, utilisez --azure-auth cli (après az login), service-principal, managed-identity ou environment, ou --offline.`,
  AZURE_SERVICE_PRINCIPAL_INCOMPLETE: (p) => `La connexion par principal de service nécessite ${p.missing}.`,
  AZURE_SIGN_IN_FAILED: (p) => `La connexion avec --azure-auth ${p.auth} a échoué${p.auth === 'cli' ? ' : exécutez d\'abord az login (et az cloud set pour US Government)' : ''}.`,
  AZURE_UNAUTHORIZED: (p) => `Azure a refusé la connexion (401)${ids(p)} : reconnectez-vous avec --azure-auth ${p.auth}.`,
  AZURE_FORBIDDEN: (p) => `Azure a refusé l'accès (403)${ids(p)} : le compte a besoin du rôle ${p.role} (Propriétaire) de l'abonnement (au moins Lecteur pour ces vérifications).`,
  AZURE_THROTTLED: (p) => `Azure Resource Manager limite les requêtes de ce compte : réessayez dans ${p.seconds} s${ids(p)}.`,
  AZURE_UNAVAILABLE: (p) => `Azure Resource Manager a répondu ${p.status} après plusieurs tentatives${ids(p)} : réessayez plus tard.`,
  AZURE_TIMEOUT: (p) => `Azure Resource Manager n'a pas répondu en ${p.seconds} s : réessayez plus tard ou augmentez --azure-timeout.`,
  AZURE_DEADLINE: (p) => `Les vérifications Azure ne se sont pas terminées en ${p.seconds} s : réessayez plus tard ou augmentez --azure-deadline.`,
  AZURE_PERMISSIONS_UNVERIFIED: (p) => `Vos autorisations n'ont pas été lues : Azure ne publie cette lecture que pour un groupe de ressources existant, et le groupe n'existe pas encore. Vérifiez vous-même que le compte connecté est propriétaire de l'abonnement ${p.subscriptionId} (ou Contributeur plus Administrateur de l'accès utilisateur) : Abonnements > Contrôle d'accès (IAM) > Afficher mon accès.`,
  AZURE_PERMISSIONS_READ_REFUSED: (p) => `Azure a refusé la lecture de vos autorisations sur le groupe de ressources ${p.resourceGroup} (${p.status} ${p.code}, ${p.request})${ids(p)} : vérifiez vous-même que le compte connecté est propriétaire de l'abonnement ${p.subscriptionId} (ou Contributeur plus Administrateur de l'accès utilisateur) : Abonnements > Contrôle d'accès (IAM) > Afficher mon accès.`,
  AZURE_PROVIDER_REGISTERED_NOW: (p) => `Fournisseur de ressources ${p.namespace} inscrit.`,
  AZURE_CHECKS_SKIPPED_UNREGISTERED: (p) => `Non vérifié, car ${p.namespace} n'est pas inscrit (Azure refuse tout appel vers lui) : ${checkNamesFr(String(p.checks))}. Relancez cmg-setup azure check quand il indique Registered.`,
  AZURE_API_VERSION_REFUSED: (p) => `Azure Resource Manager refuse l'api-version ${p.apiVersion} pour ${p.request} : ${p.message}${ids(p)}. Ce cloud ne sert pas la version qu'utilise cmg-setup ; signalez-le avec les ID de requête et de corrélation.`,
  AZURE_REQUEST_REFUSED: (p) => `Azure Resource Manager a refusé ${p.request} avec ${p.status} ${p.code} : ${p.message}${ids(p)}. Réessayer ne change pas cette réponse.`,
  AZURE_TOO_MANY_PAGES: (p) => `La liste d'Azure Resource Manager pour ${p.request} dépasse ${p.pages} pages${ids(p)} : cmg-setup a cessé de la suivre. Réessayez plus tard ; si cela persiste, vérifiez --arm-endpoint ou le proxy intermédiaire.`,
  AZURE_USGOV_DNS_SUFFIX_ASSUMED: (p) => `La vérification DNS a demandé à Azure si l'étiquette ${p.name} est libre dans ${p.region} ; le nom de la passerelle est supposé être ${p.deployment} (le suffixe DNS des adresses IP publiques d'Azure US Government), ce que les pages de Microsoft sur la passerelle ne confirment pas : vérifiez le nom affiché par la console avant de créer le CNAME.`,
  AZURE_BAD_RESPONSE: (p) => `Azure Resource Manager a envoyé une réponse illisible à ${p.request} (pas du JSON, ou des champs absents ou d'un mauvais type)${ids(p)} : réessayez plus tard ; si cela persiste, vérifiez --arm-endpoint ou le proxy intermédiaire.`,
  AZURE_RESPONSE_TOO_LARGE: (p) => `La réponse d'Azure Resource Manager à ${p.request} dépasse ${p.maxMiB} Mio${ids(p)} : cmg-setup a cessé de la lire, aucune de ses vérifications n'en lit autant. Réessayez plus tard ; si cela persiste, vérifiez --arm-endpoint ou le proxy intermédiaire.`,
  // avis sur stderr, avant la première requête
  AZURE_ENDPOINT_NOT_MICROSOFT: (p) => `Attention : le jeton Azure de cette connexion est envoyé à ${p.host} (--arm-endpoint ou CMG_ARM_ENDPOINT), qui n'est pas le Resource Manager de Microsoft (${p.microsoft}) : qui exploite cette adresse peut agir en votre nom dans Azure jusqu'à l'expiration du jeton (environ une heure). Ne l'utilisez que pour votre propre proxy ou une doublure de test.`,
  AZURE_NETWORK: (p) => `Azure Resource Manager est injoignable (${p.reason}) : vérifiez le réseau, le proxy et --arm-endpoint.`,
};
