import type { InputTextsOf } from '../../model/inputs.ts';

/**
 * The help line and the prompt of each input this step declares (index.ts), in every language:
 * an input without its texts, or without one language, does not compile.
 */
export const inputTexts = {
  serviceName: {
    en: { help: 'CMG service name: the FQDN clients connect to, the CN of the server certificate.', prompt: 'CMG service name (FQDN, the server certificate CN)' },
    fr: { help: 'Nom du service CMG : le FQDN auquel les clients se connectent, CN du certificat d\'authentification serveur.', prompt: 'Nom du service CMG (FQDN, CN du certificat serveur)' },
  },
  deploymentPrefix: {
    en: { help: 'Azure deployment prefix: first label of the service name; 3-24 lowercase letters and digits, starting with a letter.', prompt: 'Deployment prefix' },
    fr: { help: 'Préfixe de déploiement Azure : première étiquette du nom du service ; 3 à 24 lettres minuscules et chiffres, commençant par une lettre.', prompt: 'Préfixe de déploiement' },
  },
  serverCertPath: {
    en: { help: 'Path of the CMG server authentication certificate (.pfx).', prompt: 'Server certificate (.pfx) path, if you have it' },
    fr: { help: 'Chemin du certificat d\'authentification serveur de la CMG (.pfx).', prompt: 'Chemin du certificat serveur (.pfx), si vous l\'avez' },
  },
  serverCertPassword: {
    en: { help: 'Password of the server certificate .pfx.', prompt: 'Password of the server certificate (.pfx)' },
    fr: { help: 'Mot de passe du fichier .pfx du certificat serveur.', prompt: 'Mot de passe du certificat serveur (.pfx)' },
  },
  certTemplateGroup: {
    en: { help: 'Group given Read + Enroll on the certificate template.', prompt: 'Group with Read + Enroll on the certificate template' },
    fr: { help: 'Groupe qui reçoit les autorisations Lecture + Inscription sur le modèle de certificat.', prompt: 'Groupe ayant Lecture + Inscription sur le modèle de certificat' },
  },
  certTemplate: {
    en: {
      help: 'Name of the certificate template (its template name, not its display name) the certreq INF asks an enterprise CA for: the value `cert request --template` takes. Without it the INF works only with a standalone CA.',
      prompt: 'Certificate template name for an enterprise CA (leave empty for a standalone CA)',
    },
    fr: {
      help: 'Nom du modèle de certificat (son nom de modèle, pas son nom complet) que l\'INF certreq demande à une autorité d\'entreprise : la valeur que prend `cert request --template`. Sans lui, l\'INF ne fonctionne qu\'avec une autorité autonome.',
      prompt: 'Nom du modèle de certificat pour une autorité d\'entreprise (vide pour une autorité autonome)',
    },
  },
} satisfies InputTextsOf<'serviceName' | 'deploymentPrefix' | 'serverCertPath' | 'serverCertPassword' | 'certTemplateGroup' | 'certTemplate'>;
