import type { Lang } from '../../model/lang.ts';
import type { StepTexts } from '../../model/step.ts';

/** Step 6's own texts in each language: its title, the 1610 article's title for it, and what the runbook says of it (params: the runbook's values, src/emit/runbook/context.ts). */
export const texts: Record<Lang, StepTexts> = {
  en: {
    title: 'Connection point',
    classicTitle: 'Add the cloud management gateway connector point',
    intro: {
      vmss: (p) =>
        `The CMG connection point on ${p.connectionPoint} links the CMG to the on-premises roles. It only opens outbound connections, to ${p.ports}${p.proxy ? ` through the proxy ${p.proxy}` : ''}. The server must already be a site system of site ${p.siteCode}.`,
      classic: (p) =>
        `The cloud management gateway connector point is a new site system role that communicates with the CMG. Add it on ${p.connectionPoint} with the Add Site System Roles wizard (Administration > Site Configuration > Servers and Site System Roles).${p.cmdlets ? ' The script below does the same.' : ''}`,
    },
  },
  fr: {
    title: 'Point de connexion',
    classicTitle: 'Ajouter le point de connexion de passerelle de gestion cloud',
    intro: {
      vmss: (p) =>
        `Le point de connexion de la passerelle de gestion cloud, sur ${p.connectionPoint}, relie la passerelle aux rôles du réseau local. Il n'ouvre que des connexions sortantes, vers ${p.ports}${p.proxy ? ` par le proxy ${p.proxy}` : ''}. Le serveur doit déjà être un système de site du site ${p.siteCode}.`,
      classic: (p) =>
        `Le point de connexion de passerelle de gestion cloud est un nouveau rôle de système de site qui communique avec la passerelle. Ajoutez-le sur ${p.connectionPoint} avec l'Assistant Ajout des rôles de système de site (Administration > Configuration du site > Serveurs et rôles de système de site).${p.cmdlets ? ' Le script ci-dessous fait de même.' : ''}`,
    },
  },
};
