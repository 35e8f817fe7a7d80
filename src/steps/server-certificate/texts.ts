import type { Lang } from '../../model/lang.ts';
import type { StepTexts } from '../../model/step.ts';

/** Step 1's own texts in each language: its title, the 1610 article's title for it, and what the runbook says of it (params: the runbook's values, src/emit/runbook/context.ts). */
export const texts: Record<Lang, StepTexts> = {
  en: {
    title: 'Server certificate',
    classicTitle: 'Configure required certificates',
    intro: {
      vmss: (p) =>
        `The CMG needs a server authentication certificate whose common name (CN) is the service name ${p.serviceName}, the name clients connect to (its case counts), with an exportable private key (RSA 2048 or 4096), from a CA whose root every internet client trusts: a public CA, or your enterprise PKI with its root deployed to the clients. ${p.serverCert ? `This run uses ${p.serverCert}.` : 'No certificate was given: the files below request it from your CA; give the .pfx to cmg-setup afterwards.'}`,
      classic: (p) =>
        `Create a custom SSL certificate for the CMG the same way as the service certificate of a cloud-based distribution point, with two differences: give the security group of the ConfigMgr servers (${p.group}) Read and Enroll permissions on the new certificate template, and request the certificate with a common name (CN) that is an FQDN ending in cloudapp.net (Azure public cloud) or usgovcloudapp.net (Azure US Government): ${p.serviceName}.${p.serverCert ? ` This run uses ${p.serverCert}.` : ''}`,
    },
  },
  fr: {
    title: 'Certificat serveur',
    classicTitle: 'Configurer les certificats requis',
    intro: {
      vmss: (p) =>
        `La passerelle de gestion cloud a besoin d'un certificat d'authentification serveur dont le nom commun (CN) est le nom du service ${p.serviceName}, le nom que joignent les clients (la casse compte), avec une clé privée exportable (RSA 2048 ou 4096), émis par une autorité dont chaque client Internet approuve le certificat racine : une autorité publique, ou votre PKI d'entreprise avec son certificat racine déployé sur les clients. ${p.serverCert ? `Cette exécution utilise ${p.serverCert}.` : "Aucun certificat n'a été indiqué : les fichiers ci-dessous le demandent à votre autorité de certification ; indiquez ensuite le .pfx à cmg-setup."}`,
      classic: (p) =>
        `Créez un certificat SSL personnalisé pour la passerelle de gestion cloud de la même façon que le certificat de service d'un point de distribution cloud, à deux différences près : accordez les autorisations Lecture et Inscription sur le nouveau modèle de certificat au groupe de sécurité des serveurs Configuration Manager (${p.group}), et demandez le certificat avec un nom commun (CN) qui est un nom de domaine complet se terminant par cloudapp.net (cloud public Azure) ou usgovcloudapp.net (Azure US Government) : ${p.serviceName}.${p.serverCert ? ` Cette exécution utilise ${p.serverCert}.` : ''}`,
    },
  },
};
