import type { Lang } from '../../model/lang.ts';
import type { StepTexts } from '../../model/step.ts';
import { declaration } from './declaration.ts';

/** What the files of this step are for: the keys of its runbook texts, and the only purposes its plan may give an artifact. */
export type ConnectionPointPurpose = 'connection-point.add';

/** Its actions by hand: the keys of their texts, and the only ids its runbookActions may give. */
export type ConnectionPointAction = 'connection-point-certificate';

/** Step 6's own texts in each language: its title, the 1610 article's title for it, and what the runbook says of it (params: the runbook's values, src/emit/runbook/context.ts). */
export const texts: Record<Lang, StepTexts<ConnectionPointPurpose, ConnectionPointAction>> = {
  en: {
    title: declaration.title.en,
    interview: { does: 'The CMG connection point: the site system role that links the site to the gateway.', runs: 'Its script runs on the site server.' },
    classicTitle: 'Add the cloud management gateway connector point',
    intro: {
      vmss: (p) =>
        `The CMG connection point on ${p.connectionPoint} links the CMG to the on-premises roles. It only opens outbound connections, to ${p.ports}${p.proxy ? ` through the proxy ${p.proxy}` : ''}. The server must already be a site system of site ${p.siteCode}.`,
      classic: (p) =>
        `The cloud management gateway connector point is a new site system role that communicates with the CMG. Add it on ${p.connectionPoint} with the Add Site System Roles wizard (Administration > Site Configuration > Servers and Site System Roles).${p.cmdlets ? ' The script below does the same.' : ''}`,
    },
    purposes: {
      // S7: the proxy only when one is given (steps/connection-point/index.ts sets it only then).
      'connection-point.add': (p) => (p.proxy ? 'Adds the CMG connection point role, and the internet proxy of its site system.' : 'Adds the CMG connection point role.'),
    },
    verify: {
      // S4: a second run stops on the role it added (F-CP-2); Keep once checked.
      'connection-point.add':
        'SMS_Cloud_ProxyConnector.log on the connection point shows it connecting to the CMG; the role appears under Servers and Site System Roles. Run again, it stops (the server holds a connection point role) and changes nothing; with `-ExistingConnectionPoint Keep`, once you have checked the role serves <service name>, it says `Kept as you checked`.',
    },
    entries: {
      // S4, S7: what step 6 changes depends on the proxy, and on -ExistingConnectionPoint (F-CP-1, F-CP-2).
      'connection-point.add': {
        how: "Windows PowerShell on a machine with the ConfigMgr console, as a ConfigMgr Full Administrator, once the CMG is Ready. <connection point> must already be a site system of the site. Run again once the role exists, it stops: no documented property says which CMG the role serves. Check in the console that it serves <service name> (the role's properties), then run it with `-ExistingConnectionPoint Keep`; `-ExistingConnectionPoint Relink` moves the role to <service name> instead.",
        changes: (p) =>
          `Adds the CMG connection point role to <connection point>${p.proxy ? `, and sets that site system's internet proxy to ${p.proxy}` : ''}. The server then opens outbound connections to the CMG. With \`-ExistingConnectionPoint Relink\`, it moves the server's existing role to <service name> instead: the CMG that role served loses this connection point.`,
        console: 'Administration > Site Configuration > Servers and Site System Roles > the server > Add Site System Roles > Cloud management gateway connection point.',
        rollback: (p) =>
          `Servers and Site System Roles > the server > the connection point role > Remove Role, or \`Get-CMCloudManagementGatewayConnectionPoint -SiteSystemServerName <connection point> -SiteCode <site code> | Remove-CMCloudManagementGatewayConnectionPoint\`.${
            p.proxy ? ' If the script set the proxy: `Set-CMSiteSystemServer -SiteSystemServerName <connection point> -SiteCode <site code> -EnableProxy $false`.' : ''
          } After a Relink, move the role back instead of removing it: \`Set-CMCloudManagementGatewayConnectionPoint -CloudManagementGatewayName '<previous CMG>' -SiteSystemServerName <connection point> -SiteCode <site code>\`, with the name of the CMG it served before.`,
      },
    },
    actions: {
      'connection-point-certificate': {
        title: () => 'a client authentication certificate on the connection point',
        where: (p) => `${p.connectionPoint}: the computer's Personal store (Cert:\\LocalMachine\\My)`,
        what: (p) =>
          p.model === 'classic'
            ? 'The connection point server needs a client authentication certificate, like every computer managed through the CMG (the article, step 2).'
            : 'Clients use PKI client certificates and the management points use HTTPS: the connection point needs a client authentication certificate. It would need none with Enhanced HTTP.',
      },
    },
  },
  fr: {
    title: declaration.title.fr,
    interview: { does: 'Le point de connexion de la CMG : le rôle de système de site qui relie le site à la passerelle.', runs: 'Son script s\'exécute sur le serveur de site.' },
    classicTitle: 'Ajouter le point de connexion de passerelle de gestion cloud',
    intro: {
      vmss: (p) =>
        `Le point de connexion de la passerelle de gestion cloud, sur ${p.connectionPoint}, relie la passerelle aux rôles du réseau local. Il n'ouvre que des connexions sortantes, vers ${p.ports}${p.proxy ? ` par le proxy ${p.proxy}` : ''}. Le serveur doit déjà être un système de site du site ${p.siteCode}.`,
      classic: (p) =>
        `Le point de connexion de passerelle de gestion cloud est un nouveau rôle de système de site qui communique avec la passerelle. Ajoutez-le sur ${p.connectionPoint} avec l'Assistant Ajout des rôles de système de site (Administration > Configuration du site > Serveurs et rôles de système de site).${p.cmdlets ? ' Le script ci-dessous fait de même.' : ''}`,
    },
    purposes: {
      // S7 : le proxy seulement s'il est indiqué (steps/connection-point/index.ts ne le règle qu'alors).
      'connection-point.add': (p) =>
        p.proxy
          ? 'Ajoute le rôle de point de connexion de la passerelle de gestion cloud, et le proxy Internet de son système de site.'
          : 'Ajoute le rôle de point de connexion de la passerelle de gestion cloud.',
    },
    verify: {
      // S4 : relancé, le script s'arrête sur le rôle qu'il a ajouté (F-CP-2) ; Keep une fois vérifié.
      'connection-point.add':
        "SMS_Cloud_ProxyConnector.log sur le point de connexion montre la connexion à la CMG ; le rôle apparaît sous Serveurs et rôles de système de site. Relancé, il s'arrête (le serveur porte un rôle de point de connexion) et ne change rien ; avec `-ExistingConnectionPoint Keep`, une fois vérifié que le rôle sert <nom du service>, il indique `Conservé comme vous l'avez vérifié`.",
    },
    entries: {
      // S4, S7 : ce que change l'étape 6 dépend du proxy et de -ExistingConnectionPoint (F-CP-1, F-CP-2).
      'connection-point.add': {
        how: "Windows PowerShell sur une machine dotée de la console Configuration Manager, avec un compte Administrateur complet, une fois la passerelle à l'état Prêt. <point de connexion> doit déjà être un système de site du site. Relancé une fois le rôle en place, il s'arrête : aucune propriété documentée ne dit quelle passerelle le rôle sert. Vérifiez dans la console qu'il sert <nom du service> (les propriétés du rôle), puis exécutez-le avec `-ExistingConnectionPoint Keep` ; `-ExistingConnectionPoint Relink` déplace plutôt le rôle vers <nom du service>.",
        changes: (p) =>
          `Ajoute le rôle de point de connexion de la passerelle de gestion cloud à <point de connexion>${p.proxy ? ` et règle le proxy Internet de ce système de site sur ${p.proxy}` : ''}. Le serveur ouvre ensuite des connexions sortantes vers la passerelle. Avec \`-ExistingConnectionPoint Relink\`, il déplace plutôt le rôle existant du serveur vers <nom du service> : la passerelle que ce rôle servait perd ce point de connexion.`,
        console: 'Administration > Configuration du site > Serveurs et rôles de système de site > le serveur > Ajouter des rôles de système de site > Point de connexion de la passerelle de gestion cloud.',
        rollback: (p) =>
          `Serveurs et rôles de système de site > le serveur > le rôle de point de connexion > Supprimer le rôle, ou \`Get-CMCloudManagementGatewayConnectionPoint -SiteSystemServerName <point de connexion> -SiteCode <code de site> | Remove-CMCloudManagementGatewayConnectionPoint\`.${
            p.proxy ? ' Si le script a réglé le proxy : `Set-CMSiteSystemServer -SiteSystemServerName <point de connexion> -SiteCode <code de site> -EnableProxy $false`.' : ''
          } Après un Relink, ramenez le rôle au lieu de le supprimer : \`Set-CMCloudManagementGatewayConnectionPoint -CloudManagementGatewayName '<passerelle précédente>' -SiteSystemServerName <point de connexion> -SiteCode <code de site>\`, avec le nom de la passerelle qu'il servait avant.`,
      },
    },
    actions: {
      'connection-point-certificate': {
        title: () => "un certificat d'authentification client sur le point de connexion",
        where: (p) => `${p.connectionPoint} : le magasin Personnel de l'ordinateur (Cert:\\LocalMachine\\My)`,
        what: (p) =>
          p.model === 'classic'
            ? "Le serveur du point de connexion a besoin d'un certificat d'authentification client, comme chaque ordinateur géré par la passerelle (l'article, étape 2)."
            : "Les clients utilisent des certificats clients PKI et les points de gestion utilisent HTTPS : le point de connexion a besoin d'un certificat d'authentification client. Il n'en aurait pas besoin avec le HTTP amélioré.",
      },
    },
  },
};
