import type { Lang } from '../../model/lang.ts';
import type { StepTexts } from '../../model/step.ts';

/** Step 5's own texts in each language: its title, the 1610 article's title for it, and what the runbook says of it (params: the runbook's values, src/emit/runbook/context.ts). */
export const texts: Record<Lang, StepTexts> = {
  en: {
    title: 'Site settings',
    classicTitle: 'Configure primary site for client certification authentication',
    intro: {
      vmss: (p) =>
        `${
          p.clientAuth === 'pki'
            ? 'Clients use PKI client certificates, so the primary site must use them: "Use PKI client certificate (client authentication capability) when available" ticked, and "Clients check the certificate revocation list (CRL) for site systems" cleared unless your CRL is published on the internet.'
            : `Clients authenticate with ${p.clientAuth === 'entra' ? 'Microsoft Entra ID' : 'site tokens'}: the site's client certificate settings stay as they are.`
        }${
          // F-MP-1, F-MP-2: an HTTP management point takes CMG traffic once the site has Enhanced HTTP.
          p.siteEnhancedHttp ? ' The management points stay HTTP, so the site turns on Enhanced HTTP, "Use Configuration Manager-generated certificates for HTTP site systems": it secures their CMG traffic.' : ''
        }`,
      classic: (p) =>
        `In the console, go to Administration > Site Configuration > Sites, select the primary site of the clients to manage through the CMG (${p.siteCode}) and choose Properties. On the Client Computer Communication tab (Communication Security from 1906), tick "Use PKI client certificate (client authentication capability) when available", and make sure "Clients check the certificate revocation list (CRL) for site systems" is cleared: it is needed only if you publish your CRL on the internet. The script below does the same.`,
    },
  },
  fr: {
    title: 'Paramètres du site',
    classicTitle: "Configurer le site principal pour l'authentification par certificat client",
    intro: {
      vmss: (p) =>
        `${
          p.clientAuth === 'pki'
            ? "Les clients utilisent des certificats clients PKI : le site principal doit donc les utiliser. « Utiliser le certificat client PKI (fonctionnalité d'authentification du client) lorsqu'il est disponible » est coché, et « Les clients vérifient la liste de révocation des certificats (CRL) pour les systèmes de site » est décoché, sauf si votre liste de révocation est publiée sur Internet."
            : `Les clients s'authentifient avec ${p.clientAuth === 'entra' ? 'Microsoft Entra ID' : 'des jetons de site'} : les paramètres de certificat client du site restent tels quels.`
        }${
          // F-MP-1, F-MP-2 : un point de gestion HTTP accepte le trafic de la CMG une fois le site en HTTP amélioré.
          p.siteEnhancedHttp ? ' Les points de gestion restent en HTTP : le site active donc HTTP amélioré, « Utiliser les certificats générés par Configuration Manager pour les systèmes de site HTTP », qui sécurise leur trafic CMG.' : ''
        }`,
      classic: (p) =>
        `Dans la console, accédez à Administration > Configuration du site > Sites, sélectionnez le site principal des clients à gérer par la passerelle de gestion cloud (${p.siteCode}) et choisissez « Propriétés ». Dans l'onglet Communications des ordinateurs clients (Sécurité des communications à partir de 1906), cochez « Utiliser le certificat client PKI (fonctionnalité d'authentification du client) lorsqu'il est disponible », et veillez à décocher « Les clients vérifient la liste de révocation des certificats (CRL) pour les systèmes de site » : cette option n'est nécessaire que si vous publiez votre liste de révocation sur Internet. Le script ci-dessous fait de même.`,
    },
  },
};
