import type { Lang } from '../../model/lang.ts';
import type { StepTexts } from '../../model/step.ts';
import { declaration } from './declaration.ts';

/** What the files of this step are for: the keys of its runbook texts, and the only purposes its plan may give an artifact. */
export type RolesPurpose = 'roles.enable';

/** Its actions by hand: the keys of their texts, and the only ids its runbookActions may give. */
export type RolesAction = 'aspnet' | 'boundary-groups';

/** Step 7's own texts in each language: its title, the 1610 article's title for it, and what the runbook says of it (params: the runbook's values, src/emit/runbook/context.ts). */
export const texts: Record<Lang, StepTexts<RolesPurpose, RolesAction>> = {
  en: {
    title: declaration.title.en,
    interview: { does: 'The management points and software update points that accept CMG traffic.', runs: 'Its script runs on the site server.' },
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
    purposes: {
      // M2: Internet only (F-MP-5).
      'roles.enable': (p) =>
        p.internetOnly
          ? 'Lets the management and software update points accept CMG traffic, and makes the management points Internet only.'
          : 'Lets the management and software update points accept CMG traffic.',
    },
    verify: {
      // M2: F-MP-5 (Internet only).
      'roles.enable': (p) =>
        `Each role's properties show "Allow Configuration Manager cloud management gateway traffic" ticked${p.internetOnly ? ", and each management point's client connections Internet only" : ''}.`,
    },
    entries: {
      // M2, N10: what step 7 does follows managementPointSecurity and managementPointsInternetOnly (steps/roles/index.ts).
      'roles.enable': {
        how: (p) =>
          `Windows PowerShell on a machine with the ConfigMgr console, as a ConfigMgr Full Administrator. ${
            p.mpSecurity === 'https'
              ? 'Each management point needs a server authentication certificate bound to HTTPS in IIS first.'
              : // F-MP-3: the site gives an HTTP MP its certificate within 30 minutes of Enhanced HTTP; F-MP-11: a refusal stops the script.
                'Run it once step 5 has turned Enhanced HTTP on: the management points stay HTTP and need no certificate of their own. If Set-CMManagementPoint refuses CMG traffic on an HTTP management point, the script stops and says what to do in the console.'
          }${
            // F-MP-5, F-MP-10: the script checks that another management point serves the intranet.
            p.internetOnly ? ' Before any change it stops if no other management point of the site would serve on-premises clients.' : ''
          }`,
        changes: (p) =>
          `Each management point: ${
            p.mpSecurity === 'https' ? 'client connections HTTPS and "Allow Configuration Manager cloud management gateway traffic" ticked (a management point that used HTTP now uses HTTPS)' : '"Allow Configuration Manager cloud management gateway traffic" ticked; it stays HTTP (one that is HTTPS already stays HTTPS)'
          }${
            p.internetOnly
              ? ', and its client connections Internet only (-ClientConnectionType Internet): on-premises clients stop using it.'
              : !p.connectionTypeReset
                ? '.'
                : // N10, F-MP-11: 1902 "reset client connection type when enable/disable cloud gateway"; 2207: InternetAndIntranet is the default.
                '. Turning CMG traffic on also resets its client connection type (Set-CMManagementPoint since 1902), to Internet and intranet by default from 2207: a management point set to Intranet only then serves internet clients too.'
          } Each software update point (and, classic, each distribution point): "Allow Configuration Manager cloud management gateway traffic" ticked.`,
        console: (p) =>
          `Administration > Site Configuration > Servers and Site System Roles > the server > the role > Properties: ${p.mpSecurity === 'https' ? 'Client Connections HTTPS, ' : ''}"Allow Configuration Manager cloud management gateway traffic"${p.internetOnly ? '; for a management point, client connections from the internet only' : ''}.`,
        rollback: (p) =>
          `Per role, in its properties or from the site drive: \`Set-CMManagementPoint -SiteSystemServerName <server> -SiteCode <site code> -EnableCloudGateway $false${
            // F-MP-5: -ClientConnectionType Internet | Intranet | InternetAndIntranet; in the same call, since disabling resets the type too (F-MP-11).
            p.internetOnly ? ' -ClientConnectionType InternetAndIntranet' : ''
          }\`${p.internetOnly ? " (or, in place of InternetAndIntranet, the connection type it had before the script made it Internet only)" : ''}${p.mpSecurity === 'https' ? ' (then `-EnableSsl $false` if it used HTTP before)' : ''}, \`Set-CMSoftwareUpdatePoint -SiteSystemServerName <server> -SiteCode <site code> -EnableCloudGateway $false\`, classic distribution points \`Set-CMDistributionPoint -SiteSystemServerName <server> -SiteCode <site code> -AllowProxyTraffic $false\`.`,
      },
    },
    actions: {
      aspnet: {
        title: () => 'ASP.NET 4.5 enabled on the management points',
        where: (p) => `each management point (${p.managementPoints}): the Windows feature ASP.NET 4.5, in Server Manager > Add Roles and Features`,
        what: () => 'Clients authenticate with Microsoft Entra ID: enable ASP.NET 4.5 on each management point, with the options Windows selects along with it.',
      },
      'boundary-groups': {
        title: () => 'the CMG in boundary groups (optional)',
        where: () => 'console: Administration > Hierarchy Configuration > Boundary Groups > the group > Properties > References tab',
        what: (p) =>
          `For clients of a boundary group (VPN, branch offices) that should use the CMG by boundary group relationships, add the CMG ${p.serviceName} on the References tab. From the site drive: \`Set-CMBoundaryGroup -Name '<boundary group>' -AddSiteSystemServer (Get-CMSiteSystemServer -Name '<service name>')\`, as the cmdlet's example does with a classic CMG's name; which name a CMG has there is not documented: if Get-CMSiteSystemServer returns nothing, use the console.`,
      },
    },
  },
  fr: {
    title: declaration.title.fr,
    interview: { does: 'Les points de gestion et les points de mise à jour logicielle qui acceptent le trafic de la CMG.', runs: 'Son script s\'exécute sur le serveur de site.' },
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
    purposes: {
      // M2 : Internet uniquement (F-MP-5).
      'roles.enable': (p) =>
        p.internetOnly
          ? 'Autorise les points de gestion et de mise à jour logicielle à accepter le trafic de la CMG, et réserve les points de gestion aux clients Internet.'
          : 'Autorise les points de gestion et de mise à jour logicielle à accepter le trafic de la CMG.',
    },
    verify: {
      // M2 : F-MP-5 (Internet uniquement).
      'roles.enable': (p) =>
        `Les propriétés de chaque rôle indiquent « Autoriser le trafic de la passerelle de gestion cloud Configuration Manager » coché${p.internetOnly ? ', et les connexions client de chaque point de gestion Internet uniquement' : ''}.`,
    },
    entries: {
      // M2, N10 : ce que fait l'étape 7 suit managementPointSecurity et managementPointsInternetOnly (steps/roles/index.ts).
      'roles.enable': {
        how: (p) =>
          `Windows PowerShell sur une machine dotée de la console Configuration Manager, avec un compte Administrateur complet. ${
            p.mpSecurity === 'https'
              ? "Chaque point de gestion doit d'abord avoir un certificat d'authentification serveur lié à HTTPS dans IIS."
              : // F-MP-3 : le site donne son certificat au point de gestion HTTP dans les 30 minutes ; F-MP-11 : un refus arrête le script.
                "Exécutez-le une fois que l'étape 5 a activé HTTP amélioré : les points de gestion restent en HTTP et n'ont besoin d'aucun certificat propre. Si Set-CMManagementPoint refuse le trafic de la CMG sur un point de gestion HTTP, le script s'arrête et dit quoi faire dans la console."
          }${
            // F-MP-5, F-MP-10 : le script vérifie qu'un autre point de gestion sert l'intranet.
            p.internetOnly ? " Avant toute modification, il s'arrête si aucun autre point de gestion du site ne servirait les clients locaux." : ''
          }`,
        changes: (p) =>
          `Chaque point de gestion : ${
            p.mpSecurity === 'https'
              ? 'connexions client HTTPS et « Autoriser le trafic de la passerelle de gestion cloud Configuration Manager » coché (un point de gestion en HTTP passe en HTTPS)'
              : '« Autoriser le trafic de la passerelle de gestion cloud Configuration Manager » coché ; il reste en HTTP (celui qui est déjà en HTTPS le reste)'
          }${
            p.internetOnly
              ? ', et ses connexions client Internet uniquement (-ClientConnectionType Internet) : les clients locaux cessent de l\'utiliser.'
              : !p.connectionTypeReset
                ? '.'
                : // N10, F-MP-11 : 1902 « reset client connection type when enable/disable cloud gateway » ; 2207 : InternetAndIntranet par défaut.
                '. Activer le trafic de la CMG réinitialise aussi son type de connexion client (Set-CMManagementPoint depuis 1902), à Internet et intranet par défaut à partir de 2207 : un point de gestion réservé à l\'intranet sert alors aussi les clients Internet.'
          } Chaque point de mise à jour logicielle (et, en modèle classique, chaque point de distribution) : « Autoriser le trafic de la passerelle de gestion cloud Configuration Manager » coché.`,
        console: (p) =>
          `Administration > Configuration du site > Serveurs et rôles de système de site > le serveur > le rôle > Propriétés : ${p.mpSecurity === 'https' ? 'Connexions client HTTPS, ' : ''}« Autoriser le trafic de la passerelle de gestion cloud Configuration Manager »${p.internetOnly ? ' ; pour un point de gestion, connexions client depuis Internet uniquement' : ''}.`,
        rollback: (p) =>
          `Pour chaque rôle, dans ses propriétés ou depuis le lecteur du site : \`Set-CMManagementPoint -SiteSystemServerName <serveur> -SiteCode <code de site> -EnableCloudGateway $false${
            // F-MP-5 : -ClientConnectionType Internet | Intranet | InternetAndIntranet ; dans le même appel, car la désactivation réinitialise aussi le type (F-MP-11).
            p.internetOnly ? ' -ClientConnectionType InternetAndIntranet' : ''
          }\`${p.internetOnly ? " (ou, à la place d'InternetAndIntranet, le type de connexion qu'il avait avant que le script le réserve à Internet)" : ''}${p.mpSecurity === 'https' ? " (puis `-EnableSsl $false` s'il était en HTTP)" : ''}, \`Set-CMSoftwareUpdatePoint -SiteSystemServerName <serveur> -SiteCode <code de site> -EnableCloudGateway $false\`, points de distribution du modèle classique : \`Set-CMDistributionPoint -SiteSystemServerName <serveur> -SiteCode <code de site> -AllowProxyTraffic $false\`.`,
      },
    },
    actions: {
      aspnet: {
        title: () => 'ASP.NET 4.5 activé sur les points de gestion',
        where: (p) => `chaque point de gestion (${p.managementPoints}) : la fonctionnalité Windows ASP.NET 4.5, dans Gestionnaire de serveur > Ajouter des rôles et fonctionnalités`,
        what: () => "Les clients s'authentifient avec Microsoft Entra ID : activez ASP.NET 4.5 sur chaque point de gestion, avec les options que Windows sélectionne avec lui.",
      },
      'boundary-groups': {
        title: () => 'la passerelle dans les groupes de limites (facultatif)',
        where: () => 'console : Administration > Configuration de la hiérarchie > Groupes de limites > le groupe > Propriétés > onglet Références',
        what: (p) =>
          `Pour les clients d'un groupe de limites (VPN, agences) qui doivent utiliser la passerelle selon les relations des groupes de limites, ajoutez la passerelle ${p.serviceName} dans l'onglet Références. Depuis le lecteur du site : \`Set-CMBoundaryGroup -Name '<groupe de limites>' -AddSiteSystemServer (Get-CMSiteSystemServer -Name '<nom du service>')\`, comme le fait l'exemple de l'applet de commande avec le nom d'une passerelle classique ; le nom qu'y porte une passerelle n'est pas documenté : si Get-CMSiteSystemServer ne renvoie rien, utilisez la console.`,
      },
    },
  },
};
