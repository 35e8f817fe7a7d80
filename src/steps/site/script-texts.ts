import type { Lang } from '../../model/lang.ts';

/**
 * The texts of this step's own scripts, in every language (the scripts several steps share
 * take theirs from src/messages/script.*.ts). Same rules as ScriptTexts: PowerShell -f
 * placeholders ({0}, {1:yyyy-MM-dd}) and never a brace of their own; emitted through psQuote.
 */
type Texts<K extends string> = Record<K, string>;

/** Step 5: Set-CmgSiteSettings.ps1. */
export type SiteTexts = Texts<
  | 'synopsis' | 'description' | 'pkiSentence' | 'enhancedHttpSentence' | 'usePkiClientCertificateHelp' | 'clientsCheckCrlHelp' | 'setEnhancedHttpHelp'
  | 'notFound' | 'noEnhancedHttpParameter' | 'nothingToSet' | 'action' | 'done' | 'enhancedHttpDone'
>;

/** What Set-CmgSiteSettings.ps1 says, in each language. */
export const siteTexts: Record<Lang, SiteTexts> = {
  en: {
    synopsis: 'the site\'s client-communication settings for the CMG.',
    description:
      'Runs Set-CMSite on every run: no documented cmdlet reads these settings back, and setting the same values again changes nothing. {0} Console: Administration > Site Configuration > Sites > Properties > Communication Security (Client Computer Communication before 1906).',
    pkiSentence: 'It sets -UsePkiClientCertificate and -ClientCheckCertificateRevocationListForSiteSystem.',
    enhancedHttpSentence:
      'It turns on -UseSmsGeneratedCert, the option "Use Configuration Manager-generated certificates for HTTP site systems" (Enhanced HTTP), once it has checked that this console\'s Set-CMSite has that parameter: no release note says which version added it.',
    usePkiClientCertificateHelp: 'Use PKI client certificate (client authentication capability) when available.',
    clientsCheckCrlHelp: 'Clients check the certificate revocation list (CRL) for site systems.',
    setEnhancedHttpHelp: 'Turn on Enhanced HTTP (-UseSmsGeneratedCert $true). $false leaves the option as it is, for instance once turned on in the console.',
    notFound: 'Site {0} not found through the SMS Provider {1}.',
    noEnhancedHttpParameter:
      'The Set-CMSite of this console has no -UseSmsGeneratedCert parameter, so the script cannot turn on Enhanced HTTP for site {0} (no release note says which version added it). Nothing was changed. Turn it on in the console (Administration > Site Configuration > Sites > {0} > Properties > Communication Security: HTTPS or HTTP, and Use Configuration Manager-generated certificates for HTTP site systems), then run this script again with -SetEnhancedHttp $false.',
    nothingToSet: 'Site {0}: nothing to set (-SetEnhancedHttp $false, and the clients do not use PKI certificates).',
    enhancedHttpDone:
      'Site {0}: Enhanced HTTP on, "Use Configuration Manager-generated certificates for HTTP site systems" (set on every run: no documented cmdlet reads it back). Each HTTP management point gets its certificate within 30 minutes: see mpcontrol.log.',
    action: 'Set the client-communication settings of the site',
    done: 'Site {0}: PKI client certificate {1}, clients check the CRL {2} (set on every run: no documented cmdlet reads them back; the same values change nothing).',
  },
  fr: {
    synopsis: 'paramètres de communication client du site pour la CMG.',
    description:
      'Exécute Set-CMSite à chaque exécution : aucune applet de commande documentée ne relit ces paramètres, et redéfinir les mêmes valeurs ne change rien. {0} Console : Administration > Configuration du site > Sites > Propriétés > Sécurité des communications (Communication de l\'ordinateur client avant la 1906).',
    pkiSentence: 'Il définit -UsePkiClientCertificate et -ClientCheckCertificateRevocationListForSiteSystem.',
    enhancedHttpSentence:
      'Il active -UseSmsGeneratedCert, l\'option « Utiliser les certificats générés par Configuration Manager pour les systèmes de site HTTP » (HTTP amélioré), après avoir vérifié que le Set-CMSite de cette console a ce paramètre : aucune note de publication ne dit quelle version l\'a ajouté.',
    usePkiClientCertificateHelp: 'Utiliser le certificat client PKI (fonctionnalité d\'authentification client) lorsqu\'il est disponible.',
    clientsCheckCrlHelp: 'Les clients vérifient la liste de révocation de certificats (CRL) des systèmes de site.',
    setEnhancedHttpHelp: 'Activer HTTP amélioré (-UseSmsGeneratedCert $true). $false laisse l\'option telle quelle, par exemple une fois activée dans la console.',
    notFound: 'Site {0} introuvable via le fournisseur SMS {1}.',
    noEnhancedHttpParameter:
      'Le Set-CMSite de cette console n\'a pas de paramètre -UseSmsGeneratedCert : le script ne peut donc pas activer HTTP amélioré pour le site {0} (aucune note de publication ne dit quelle version l\'a ajouté). Rien n\'a été modifié. Activez-le dans la console (Administration > Configuration du site > Sites > {0} > Propriétés > Sécurité des communications : HTTPS ou HTTP, et Utiliser les certificats générés par Configuration Manager pour les systèmes de site HTTP), puis relancez ce script avec -SetEnhancedHttp $false.',
    nothingToSet: 'Site {0} : rien à définir (-SetEnhancedHttp $false, et les clients n\'utilisent pas de certificats PKI).',
    enhancedHttpDone:
      'Site {0} : HTTP amélioré activé, « Utiliser les certificats générés par Configuration Manager pour les systèmes de site HTTP » (défini à chaque exécution : aucune applet de commande documentée ne le relit). Chaque point de gestion HTTP reçoit son certificat dans les 30 minutes : voir mpcontrol.log.',
    action: 'Définir les paramètres de communication client du site',
    done: 'Site {0} : certificat client PKI {1}, vérification de la CRL par les clients {2} (défini à chaque exécution : aucune applet de commande documentée ne les relit ; les mêmes valeurs ne changent rien).',
  },
};
