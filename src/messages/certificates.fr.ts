import type { CertificateCode } from '../model/codes.ts';
import type { Params, Text } from './types.ts';

/** « <fichier> : » quand un constat nomme son fichier (l'assistant en lit plusieurs), rien dans `cert inspect`. */
const at = (p: Params) => (p.path ? `${p.path} : ` : '');
const REEXPORT = 'exportez-le de nouveau depuis le magasin de certificats en .pfx avec le chiffrement « TripleDES-SHA1 » ou « AES256-SHA256 »';
const REEXPORT_SENTENCE = 'Exportez-le de nouveau depuis le magasin de certificats en .pfx avec le chiffrement « TripleDES-SHA1 » ou « AES256-SHA256 ».';

/** Constats sur les fichiers de certificats (étapes 1 à 3 et `cert inspect`). */
export const certificateCodesFr: Record<CertificateCode, Text> = {
  // lecture du fichier
  CERT_FILE_MISSING: (p) => `Fichier introuvable : ${p.path}. Vérifiez le chemin (les chemins relatifs partent du dossier courant).`,
  CERT_FILE_UNREADABLE: (p) => `Impossible de lire ${p.path} (${p.reason}). Vérifiez qu'il s'agit d'un fichier et que vous avez le droit de le lire.`,
  CERT_FILE_EMPTY: (p) => `${at(p)}le fichier est vide. Exportez de nouveau le certificat.`,
  CERT_FILE_TOO_LARGE: (p) => `${at(p)}le fichier fait ${p.size} octets ; un fichier de certificat fait quelques Kio et cmg-setup en lit au plus ${p.limit}. Vérifiez qu'il s'agit du bon fichier.`,
  CERT_TRUNCATED: (p) => `${at(p)}le fichier s'arrête trop tôt : il a été tronqué lors d'une copie ou d'un téléchargement. Copiez-le de nouveau depuis l'endroit où il a été exporté.`,
  CERT_UNREADABLE: (p) => `${at(p)}${p.reason === 'key' ? 'la clé privée du fichier est illisible' : p.reason === 'decoder' ? 'le fichier n\'a pas pu être décodé' : 'ce n\'est ni un certificat (.cer/.pem) ni un fichier PKCS #12 (.pfx)'}. Exportez-le de nouveau depuis le magasin de certificats.`,
  CERT_NO_CERTIFICATE: (p) => `${at(p)}le fichier ${p.format === 'pfx' ? '.pfx' : 'PEM'} ne contient aucun certificat. Exportez le certificat lui-même.`,
  CERT_PFX_ITERATIONS: (p) => `${at(p)}le .pfx demande ${p.iterations} itérations de dérivation de clé ; les exportations réelles en utilisent de 2 000 à 10 000 et cmg-setup en refuse plus de ${p.limit} plutôt que de calculer pendant des minutes. ${REEXPORT_SENTENCE}`,
  CERT_PFX_UNSUPPORTED: (p) => `${at(p)}le .pfx est protégé par ${p.algorithm}, que cmg-setup ne sait pas ouvrir (et ConfigMgr peut-être pas non plus) : ${REEXPORT}.`,
  CERT_BAD_PASSWORD: (p) => `${at(p)}mot de passe incorrect pour ce .pfx.`,
  CERT_PASSWORD_MISSING: (p) => `${at(p)}ce .pfx nécessite son mot de passe : indiquez-le avec --password-stdin, --password-file ou --password-env.`,
  CERT_PFX_NO_MAC: (p) => `${at(p)}le .pfx n'a pas de contrôle d'intégrité (MAC) : un fichier abîmé ou modifié passerait inaperçu, et certains outils d'importation le refusent. Préférez une exportation normale.`,
  CERT_DECODE_TIMEOUT: (p) => `${at(p)}la lecture du fichier a duré plus de ${p.seconds} s et a été arrêtée. ${REEXPORT_SENTENCE}`,
  CERT_NEEDS_PFX: (p) => `${at(p)}il s'agit d'un certificat ${p.format === 'pem' ? 'PEM' : 'DER'} sans sa clé privée ; la CMG a besoin du certificat avec sa clé privée, dans un .pfx protégé par mot de passe. Exportez-le avec « Oui, exporter la clé privée » (si l'option est grisée, le modèle n'autorise pas l'exportation : corrigez le modèle et demandez de nouveau le certificat).`,
  CERT_PFX_NOT_CER: (p) => `${at(p)}il s'agit d'un .pfx (avec une clé privée) ; indiquez plutôt le certificat public de l'autorité : un .cer exporté depuis l'onglet Chemin d'accès de certification, en DER ou en Base 64.`,
  CERT_CONTAINS_PRIVATE_KEY: (p) => `${at(p)}le fichier contient une clé privée ; un certificat d'autorité pour la CMG doit être uniquement public. Exportez le certificat sans sa clé et gardez le fichier de clé privé.`,
  CERT_SEVERAL_IN_FILE: (p) => `${at(p)}le fichier contient ${p.count} certificats ; indiquez un fichier par certificat (chacun est chargé comme racine ou comme intermédiaire).`,
  // clés
  CERT_NO_PRIVATE_KEY: (p) => `${at(p)}le .pfx ne contient pas de clé privée. Exportez-le de nouveau avec « Oui, exporter la clé privée ».`,
  CERT_KEY_MISMATCH: (p) => `${at(p)}la clé privée du .pfx n'appartient à aucun de ses certificats. Exportez ensemble le certificat et sa propre clé depuis le magasin de certificats.`,
  CERT_SEVERAL_KEYS: (p) => `${at(p)}le .pfx contient ${p.count} clés privées ; la CMG en attend exactement une, celle de son certificat serveur. Exportez ce certificat seul.`,
  CERT_KEY_NOT_RSA: (p) => `${at(p)}la clé est de type ${p.keyType} ; une CMG exige une clé RSA (2048 ou 4096 bits). Demandez un nouveau certificat avec une clé RSA.`,
  CERT_WEAK_KEY: (p) => `${at(p)}la clé RSA fait ${p.bits} bits ; il en faut au moins ${p.minimum}. Demandez un nouveau certificat (taille de clé minimale du modèle : 2048).`,
  CERT_KEY_SIZE_UNUSUAL: (p) => `${at(p)}la clé RSA fait ${p.bits} bits ; la documentation de la CMG ne cite que 2048 et 4096.`,
  // dates et signatures
  CERT_NOT_YET_VALID: (p) => `${at(p)}${p.subject} n'est valide qu'à partir du ${p.notBefore}. Attendez, ou vérifiez l'horloge de l'autorité de certification et de cet ordinateur.`,
  CERT_EXPIRED: (p) => `${at(p)}${p.subject} a expiré le ${p.notAfter}. Renouvelez-le (pour le certificat serveur : avec un CN identique, casse comprise).`,
  CERT_EXPIRES_SOON: (p) => `${at(p)}${p.subject} expire le ${p.notAfter}, dans ${p.days} jours ; ConfigMgr ne prévient pas avant l'expiration d'un certificat de CMG. Planifiez son renouvellement dès maintenant.`,
  CERT_WEAK_SIGNATURE: (p) => `${at(p)}${p.subject} est signé avec ${p.hash}, que Windows n'approuve plus pour TLS. Faites-le réémettre en SHA-256.`,
  // usages
  CERT_NO_EKU: (p) => `${at(p)}le certificat n'a pas d'utilisation améliorée de la clé ; la CMG exige Authentification du serveur (1.3.6.1.5.5.7.3.1). Utilisez un modèle fondé sur Serveur Web.`,
  CERT_ANY_EKU: (p) => `${at(p)}le certificat autorise « tout usage » mais ne mentionne pas Authentification du serveur (1.3.6.1.5.5.7.3.1) ; utilisez un modèle fondé sur Serveur Web.`,
  CERT_NO_SERVER_AUTH: (p) => `${at(p)}l'utilisation améliorée de la clé du certificat ne comprend pas Authentification du serveur (1.3.6.1.5.5.7.3.1) (elle contient : ${p.ekus}). Utilisez un modèle fondé sur Serveur Web.`,
  CERT_KEY_USAGE: (p) => `${at(p)}l'utilisation de la clé n'autorise ni Signature numérique ni Chiffrement de clé : TLS ne peut pas utiliser la clé. Corrigez le modèle et demandez de nouveau le certificat.`,
  CERT_LEAF_IS_CA: (p) => `${at(p)}il s'agit d'un certificat d'autorité (Contraintes de base CA:true) ; la CMG a besoin d'un certificat serveur d'entité finale.`,
  // noms
  CERT_NO_COMMON_NAME: (p) => `${at(p)}le sujet n'a pas de nom commun (CN) ; ConfigMgr tire le nom du service de la CMG du CN. Demandez le certificat avec le type de nom d'objet « Nom commun ».`,
  CERT_BAD_WILDCARD: (p) => `${at(p)}le nom commun ${p.commonName} n'est pas un caractère générique utilisable : seule une étiquette entière la plus à gauche (*.contoso.com) est permise.`,
  CERT_NO_SAN: (p) => `${at(p)}le certificat n'a pas de nom de sujet alternatif ; ConfigMgr lit le CN, mais les clients TLS actuels ne vérifient que le SAN. Ajoutez DNS=${p.commonName} à la demande.`,
  CERT_CN_NOT_IN_SAN: (p) => `${at(p)}le CN ${p.commonName} ne figure pas parmi les noms de sujet alternatifs (${p.names}) ; les clients vérifient le SAN et refuseraient la CMG. Ajoutez-le à la demande.`,
  CERT_WILDCARD_CLASSIC: (p) => `${at(p)}${p.commonName} est un certificat générique ; la CMG classique (1610) ne prend pas en charge les caractères génériques (apparus avec la 1802). Demandez un certificat pour le nom du service cloud.`,
  CERT_WILDCARD_NEEDS_NAME: (p) => `${at(p)}${p.commonName} est un certificat générique : indiquez le nom de service à utiliser avec --service-name (par exemple ${String(p.commonName).replace('*', 'contosocmg')}).`,
  CERT_NAME_MISMATCH: (p) => `${at(p)}le CN du certificat est ${p.commonName}, mais le nom du service est ${p.serviceName}. ConfigMgr tire le nom du service du CN : utilisez un certificat émis pour ${p.serviceName} ou changez le nom du service.`,
  CERT_CN_CASE: (p) => `${at(p)}le CN est ${p.commonName} et le nom du service ${p.serviceName} : la casse diffère. ConfigMgr conserve le CN tel quel et les renouvellements doivent le reproduire exactement : utilisez ${p.commonName}.`,
  CERT_WILDCARD_SERVICE_NAME: (p) => `${at(p)}certificat générique ${p.commonName} : le nom du service de la CMG sera ${p.serviceName}.`,
  CERT_PUBLIC_CA_AZURE_DOMAIN: (p) => `${at(p)}${p.serviceName} appartient à un domaine Azure de Microsoft, or le certificat vient d'une autorité publique (${p.issuer}) ; une autorité publique ne peut pas émettre de tels noms. Utilisez votre propre domaine avec un CNAME, ou votre PKI d'entreprise.`,
  // chaîne
  CERT_CHAIN_NOT_CA: (p) => `${at(p)}le .pfx contient aussi ${p.subject}, qui n'est pas un certificat d'autorité. Exportez le certificat serveur avec sa seule chaîne.`,
  CERT_SELF_SIGNED: (p) => `${at(p)}${p.subject} est auto-signé : les clients n'approuveront pas la CMG s'il n'est pas dans leur magasin Autorités de certification racines de confiance. Acceptable pour un laboratoire seulement.`,
  CERT_CHAIN_NOT_INCLUDED: (p) => `${at(p)}l'autorité émettrice (${p.issuer}) ne figure pas dans le .pfx : chaque client doit déjà approuver cette chaîne (la racine dans Autorités de certification racines de confiance).`,
  CERT_CHAIN_BROKEN: (p) => `${at(p)}le .pfx contient une autorité nommée ${p.issuer}, mais sa clé n'a pas signé ${p.subject} : la chaîne est incohérente. Exportez de nouveau le certificat avec « Inclure tous les certificats dans le chemin d'accès de certification ».`,
  CERT_PFX_AES_CLASSIC: (p) => `${at(p)}le .pfx est chiffré en AES, qu'Azure Cloud Services (classique) refuse. Exportez-le de nouveau avec le chiffrement « TripleDES-SHA1 ».`,
  CERT_KSP_CLASSIC: (p) => `${at(p)}la clé privée a été créée par ${p.provider}, un fournisseur de stockage de clés CNG ; la CMG classique (1610) exige une clé CryptoAPI (CSP) héritée. Dupliquez le modèle avec la compatibilité Windows Server 2003 et demandez de nouveau le certificat.`,
  CERT_SERVER_SUMMARY: (p) => `${at(p)}certificat serveur ${p.thumbprint}, valide jusqu'au ${p.notAfter}.`,
  CERT_MANAGEMENT_UPLOAD: (p) => `${at(p)}certificat de gestion ${p.thumbprint} : chargez sa partie publique (.cer) dans les certificats de gestion de l'abonnement, dans le portail Azure.`,
  // autorités
  CERT_AUTHORITY_KIND: (p) => `${at(p)}autorité ${p.kind === 'root' ? 'racine' : 'intermédiaire'} ${p.subject} (${p.thumbprint}), valide jusqu'au ${p.notAfter}.`,
  CERT_NOT_CA: (p) => `${at(p)}${p.subject} n'est pas un certificat d'autorité : il s'agit sans doute du certificat client ou serveur lui-même. Exportez plutôt la racine (et chaque intermédiaire) depuis son onglet Chemin d'accès de certification.`,
  CLASSIC_ROOT_NOT_ROOT: (p) => `${at(p)}${p.subject} est une autorité intermédiaire ; la CMG classique attend exactement une racine. Indiquez ici la racine ; les intermédiaires se donnent comme certificats d'autorité secondaire (étape 3).`,
  CERT_INTERMEDIATE_WITHOUT_ROOT: (p) => `${at(p)}l'intermédiaire ${p.subject} est indiqué sans son émetteur (${p.issuer}) : les clients reçoivent une erreur 401 de la CMG si toute la chaîne jusqu'à la racine n'est pas fournie. Ajoutez la racine.`,
  SUBCA_IS_ROOT: (p) => `${at(p)}${p.subject} est une racine, pas une autorité secondaire : indiquez-la comme certificat racine client (étape 2).`,
  SUBCA_NOT_FROM_CLIENT_ROOT: (p) => `${at(p)}l'autorité secondaire ${p.subject} n'a pas été émise par la racine client indiquée à l'étape 2 (son émetteur : ${p.issuer}). Vérifiez qu'elle appartient à la chaîne des certificats clients.`,
};
