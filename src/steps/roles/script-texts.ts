import type { Lang } from '../../model/lang.ts';

/**
 * The texts of this step's own scripts, in every language (the scripts several steps share
 * take theirs from src/messages/script.*.ts). Same rules as ScriptTexts: PowerShell -f
 * placeholders ({0}, {1:yyyy-MM-dd}) and never a brace of their own; emitted through psQuote.
 */
type Texts<K extends string> = Record<K, string>;

/** Step 7: Enable-CmgTraffic.ps1; per role: not a role of the site, already accepting CMG traffic, the ShouldProcess action, done. */
export type RolesTexts = Texts<
  | 'synopsis' | 'vmssDescription' | 'classicDescription' | 'managementPointsHelp' | 'softwareUpdatePointsHelp' | 'distributionPointsHelp'
  | 'enhancedHttpSentence' | 'httpsSentence' | 'internetOnlySentence'
  | 'managementPointHttpsAction' | 'managementPointRefused' | 'managementPointInternetOnlyAlready' | 'managementPointInternetOnlyDone' | 'noIntranetManagementPoint'
  | 'managementPointNotApplied' | 'managementPointUnverified' | 'managementPointInternetOnlyAction' | 'managementPointHttpsInternetOnlyAction'
> &
  Record<'managementPoint' | 'softwareUpdatePoint' | 'distributionPoint', Texts<'missing' | 'alreadyConfigured' | 'action' | 'done'>>;

/** What Enable-CmgTraffic.ps1 says, in each language. */
export const rolesTexts: Record<Lang, RolesTexts> = {
  en: {
    synopsis: 'lets management points and software update points accept CMG traffic.',
    vmssDescription:
      'Checks that every server holds its role, then sets -EnableCloudGateway on every management point and software update point that does not accept CMG traffic yet. {0}',
    classicDescription:
      'Checks that every server holds its role, then sets -EnableCloudGateway on every management point and software update point, and -AllowProxyTraffic on the distribution points the 1610 article lists, where CMG traffic is not allowed yet. {0}',
    managementPointsHelp: 'Management points that accept CMG traffic.',
    softwareUpdatePointsHelp: 'Software update points that accept CMG traffic.',
    distributionPointsHelp: 'Distribution points (the 1610 article only).',
    enhancedHttpSentence:
      'The management points stay HTTP: the site\'s Enhanced HTTP option (Set-CmgSiteSettings.ps1, step 5) secures their CMG traffic, and the script never passes -EnableSsl.',
    httpsSentence:
      'A management point that is not HTTPS yet is switched to HTTPS client connections (-EnableSsl $true): it needs a PKI web server certificate bound in IIS first, and clients without a PKI client certificate, an Entra token or a registration token stop using it.',
    internetOnlySentence:
      'The management points serve internet clients only (-ClientConnectionType Internet); before any change the script stops if no other management point of the site would serve on-premises clients.',
    managementPointHttpsAction:
      'Switch the management point to HTTPS client connections and allow cloud management gateway traffic (clients without a PKI client certificate, an Entra token or a registration token stop using it)',
    managementPointRefused:
      'Set-CMManagementPoint refused CMG traffic on the HTTP management point {0}: {1} Since 1902 the cmdlet blocks -EnableCloudGateway without SSL, and whether it allows it under Enhanced HTTP is not documented. Check that Set-CmgSiteSettings.ps1 (step 5) turned Enhanced HTTP on, then tick Allow Configuration Manager cloud management gateway traffic in the properties of the management point (Administration > Site Configuration > Servers and Site System Roles), or generate the script again with --management-point-security https.',
    managementPointNotApplied: 'The call returned without an error, but read again the management point still does not allow CMG traffic (its AllowProxyTraffic property is not 1).',
    managementPointUnverified:
      'Set-CMManagementPoint returned without an error for {0}, but the management point has no AllowProxyTraffic property to read back: check in its properties (Administration > Site Configuration > Servers and Site System Roles) that Allow Configuration Manager cloud management gateway traffic is ticked.',
    managementPointInternetOnlyAction:
      'Allow cloud management gateway traffic on the management point and make it serve internet clients only (on-premises clients stop using it)',
    managementPointHttpsInternetOnlyAction:
      'Switch the management point to HTTPS client connections, allow cloud management gateway traffic and make it serve internet clients only (on-premises clients stop using it)',
    managementPointInternetOnlyAlready: 'Already configured: the management point {0} accepts CMG traffic, from internet clients only.',
    managementPointInternetOnlyDone: '{0}: management point accepts CMG traffic, from internet clients only.',
    noIntranetManagementPoint:
      'Site {0} has no other management point for on-premises clients: made Internet only, the listed ones would serve none. Add a management point for the intranet first, or generate the script again without --management-points-internet-only. Nothing was changed.',
    managementPoint: {
      missing: '{0} is not a management point of site {1}.',
      alreadyConfigured: 'Already configured: the management point {0} accepts CMG traffic.',
      action: 'Allow cloud management gateway traffic on the management point',
      done: '{0}: management point accepts CMG traffic.',
    },
    softwareUpdatePoint: {
      missing: '{0} is not a software update point of site {1}.',
      alreadyConfigured: 'Already configured: the software update point {0} accepts CMG traffic.',
      action: 'Allow cloud management gateway traffic on the software update point',
      done: '{0}: software update point accepts CMG traffic.',
    },
    distributionPoint: {
      missing: '{0} is not a distribution point of site {1}.',
      alreadyConfigured: 'Already configured: the distribution point {0} accepts CMG traffic.',
      action: 'Allow cloud management gateway traffic on the distribution point',
      done: '{0}: distribution point accepts CMG traffic.',
    },
  },
  fr: {
    synopsis: 'autorise les points de gestion et les points de mise à jour logicielle à accepter le trafic de la passerelle de gestion cloud.',
    vmssDescription:
      'Vérifie que chaque serveur héberge son rôle, puis définit -EnableCloudGateway sur chaque point de gestion et chaque point de mise à jour logicielle qui n\'accepte pas encore le trafic de la CMG. {0}',
    classicDescription:
      'Vérifie que chaque serveur héberge son rôle, puis définit -EnableCloudGateway sur chaque point de gestion et chaque point de mise à jour logicielle, et -AllowProxyTraffic sur les points de distribution qu\'énumère l\'article 1610, là où le trafic de la CMG n\'est pas encore autorisé. {0}',
    managementPointsHelp: 'Points de gestion qui acceptent le trafic de la CMG.',
    softwareUpdatePointsHelp: 'Points de mise à jour logicielle qui acceptent le trafic de la CMG.',
    distributionPointsHelp: 'Points de distribution (article 1610 uniquement).',
    enhancedHttpSentence:
      'Les points de gestion restent en HTTP : l\'option HTTP amélioré du site (Set-CmgSiteSettings.ps1, étape 5) sécurise leur trafic CMG, et le script ne passe jamais -EnableSsl.',
    httpsSentence:
      'Un point de gestion qui n\'est pas encore en HTTPS passe en connexions client HTTPS (-EnableSsl $true) : il lui faut d\'abord un certificat de serveur web PKI lié dans IIS, et les clients sans certificat client PKI, sans jeton Entra ni jeton d\'inscription cessent de l\'utiliser.',
    internetOnlySentence:
      'Les points de gestion ne servent que les clients Internet (-ClientConnectionType Internet) ; avant toute modification, le script s\'arrête si aucun autre point de gestion du site ne servirait les clients locaux.',
    managementPointHttpsAction:
      'Passer le point de gestion en connexions client HTTPS et autoriser le trafic de la passerelle de gestion cloud (les clients sans certificat client PKI, sans jeton Entra ni jeton d\'inscription cessent de l\'utiliser)',
    managementPointRefused:
      'Set-CMManagementPoint a refusé le trafic de la CMG sur le point de gestion HTTP {0} : {1} Depuis la 1902, l\'applet de commande bloque -EnableCloudGateway sans SSL, et la documentation ne dit pas si elle l\'accepte avec HTTP amélioré. Vérifiez que Set-CmgSiteSettings.ps1 (étape 5) a activé HTTP amélioré, puis cochez Autoriser le trafic de la passerelle de gestion cloud Configuration Manager dans les propriétés du point de gestion (Administration > Configuration du site > Serveurs et rôles de système de site), ou générez de nouveau le script avec --management-point-security https.',
    managementPointNotApplied: 'L\'appel s\'est terminé sans erreur, mais relu, le point de gestion n\'autorise toujours pas le trafic de la CMG (sa propriété AllowProxyTraffic ne vaut pas 1).',
    managementPointUnverified:
      'Set-CMManagementPoint s\'est terminé sans erreur pour {0}, mais le point de gestion n\'a pas de propriété AllowProxyTraffic à relire : vérifiez dans ses propriétés (Administration > Configuration du site > Serveurs et rôles de système de site) que Autoriser le trafic de la passerelle de gestion cloud Configuration Manager est coché.',
    managementPointInternetOnlyAction:
      'Autoriser le trafic de la passerelle de gestion cloud sur le point de gestion et ne lui faire servir que les clients Internet (les clients locaux cessent de l\'utiliser)',
    managementPointHttpsInternetOnlyAction:
      'Passer le point de gestion en connexions client HTTPS, autoriser le trafic de la passerelle de gestion cloud et ne lui faire servir que les clients Internet (les clients locaux cessent de l\'utiliser)',
    managementPointInternetOnlyAlready: 'Déjà configuré : le point de gestion {0} accepte le trafic de la CMG, des seuls clients Internet.',
    managementPointInternetOnlyDone: '{0} : le point de gestion accepte le trafic de la CMG, des seuls clients Internet.',
    noIntranetManagementPoint:
      'Le site {0} n\'a pas d\'autre point de gestion pour les clients locaux : réservés à Internet, ceux de la liste n\'en serviraient aucun. Ajoutez d\'abord un point de gestion pour l\'intranet, ou générez de nouveau le script sans --management-points-internet-only. Rien n\'a été modifié.',
    managementPoint: {
      missing: '{0} n\'est pas un point de gestion du site {1}.',
      alreadyConfigured: 'Déjà configuré : le point de gestion {0} accepte le trafic de la CMG.',
      action: 'Autoriser le trafic de la passerelle de gestion cloud sur le point de gestion',
      done: '{0} : le point de gestion accepte le trafic de la CMG.',
    },
    softwareUpdatePoint: {
      missing: '{0} n\'est pas un point de mise à jour logicielle du site {1}.',
      alreadyConfigured: 'Déjà configuré : le point de mise à jour logicielle {0} accepte le trafic de la CMG.',
      action: 'Autoriser le trafic de la passerelle de gestion cloud sur le point de mise à jour logicielle',
      done: '{0} : le point de mise à jour logicielle accepte le trafic de la CMG.',
    },
    distributionPoint: {
      missing: '{0} n\'est pas un point de distribution du site {1}.',
      alreadyConfigured: 'Déjà configuré : le point de distribution {0} accepte le trafic de la CMG.',
      action: 'Autoriser le trafic de la passerelle de gestion cloud sur le point de distribution',
      done: '{0} : le point de distribution accepte le trafic de la CMG.',
    },
  },
};
