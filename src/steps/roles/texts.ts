import type { Lang } from '../../model/lang.ts';
import type { StepTexts } from '../../model/step.ts';

/** Step 7's own texts in each language: its title, the 1610 article's title for it, and what the runbook says of it (params: the runbook's values, src/emit/runbook/context.ts). */
export const texts: Record<Lang, StepTexts> = {
  en: {
    title: 'Management and software update points',
    classicTitle: 'Configure roles for cloud management gateway traffic',
    intro: {
      vmss: (p) =>
        `Only the roles that accept CMG traffic serve internet clients: the management points ${p.managementPoints}${p.softwareUpdatePoints ? ` and the software update points ${p.softwareUpdatePoints}` : ' (no software update point: internet clients get no software updates through the CMG)'}. ${
          // F-MP-1, F-MP-12: Enhanced HTTP (step 5) instead of HTTPS; the script never passes -EnableSsl then.
          p.mpSecurity === 'https'
            ? 'The script turns HTTPS on for each management point, so each needs a server authentication certificate bound in IIS.'
            : 'The management points stay HTTP: Enhanced HTTP, which step 5 turns on, secures their CMG traffic, and the script never turns HTTPS on.'
        }${
          // F-MP-5: "Then your on-premises clients don't try to use them."
          p.internetOnly ? ' They become Internet only: on-premises clients stop using them, so another management point of the site must serve the intranet.' : ''
        }`,
      classic: (p) =>
        `The last step of the set-up: configure the site system roles to accept CMG traffic. The article names the management point, distribution point and software update point roles (distribution points are a leftover of technical preview 1606: from August 2017 only management and software update points are supported). Configure each role separately: Administration > Site Configuration > Servers and Site System Roles, choose the site system server, then the role and Properties; under Client Connections choose HTTPS, tick "Allow Configuration Manager cloud management gateway traffic" and choose OK. Repeat for each role: ${p.roles}.${p.cmdlets ? ' The script below does the same.' : ''}`,
    },
  },
  fr: {
    title: 'Points de gestion et de mise à jour logicielle',
    classicTitle: 'Configurer des rôles pour le trafic de la passerelle de gestion cloud',
    intro: {
      vmss: (p) =>
        `Seuls les rôles qui acceptent le trafic de la passerelle servent les clients Internet : les points de gestion ${p.managementPoints}${p.softwareUpdatePoints ? ` et les points de mise à jour logicielle ${p.softwareUpdatePoints}` : " (aucun point de mise à jour logicielle : les clients Internet ne reçoivent aucune mise à jour logicielle par la passerelle)"}. ${
          // F-MP-1, F-MP-12 : HTTP amélioré (étape 5) au lieu de HTTPS ; le script ne passe alors jamais -EnableSsl.
          p.mpSecurity === 'https'
            ? "Le script active HTTPS sur chaque point de gestion : chacun doit avoir un certificat d'authentification serveur lié dans IIS."
            : "Les points de gestion restent en HTTP : HTTP amélioré, que l'étape 5 active, sécurise leur trafic CMG, et le script n'active jamais HTTPS."
        }${
          // F-MP-5 : « Then your on-premises clients don't try to use them. »
          p.internetOnly ? " Ils deviennent Internet uniquement : les clients locaux cessent de les utiliser, un autre point de gestion du site doit donc servir l'intranet." : ''
        }`,
      classic: (p) =>
        `La dernière étape de la configuration : configurer les rôles de système de site pour qu'ils acceptent le trafic de la passerelle de gestion cloud. L'article cite les rôles de point de gestion, de point de distribution et de point de mise à jour logicielle (le point de distribution vient de la version d'évaluation technique 1606 : depuis août 2017, seuls les points de gestion et de mise à jour logicielle sont pris en charge). Configurez chaque rôle séparément : Administration > Configuration du site > Serveurs et rôles de système de site, choisissez le serveur de système de site, puis le rôle et « Propriétés » ; sous Connexions client, choisissez HTTPS, cochez « Autoriser le trafic de la passerelle de gestion cloud Configuration Manager » et choisissez « OK ». Répétez pour chaque rôle : ${p.roles}.${p.cmdlets ? ' Le script ci-dessous fait de même.' : ''}`,
    },
  },
};
