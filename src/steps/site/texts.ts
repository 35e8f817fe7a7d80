import type { Lang } from '../../model/lang.ts';
import type { StepTexts } from '../../model/step.ts';
import type { Params } from '../../model/text.ts';
import { declaration } from './declaration.ts';

/** Step 5's texts: the PKI client settings only, Enhanced HTTP only, or both (steps/site/index.ts, siteParts). */
function sitePart(p: Params, pki: string, enhancedHttp: string, both: string): string {
  if (p.sitePki && p.siteEnhancedHttp) return both;
  return p.siteEnhancedHttp ? enhancedHttp : pki;
}

const PKI_SETTINGS_EN = '"Use PKI client certificate (client authentication capability) when available" and "Clients check the certificate revocation list (CRL) for site systems"';
// F-MP-2: the option's label (Set-CMSite.md L872) and its parameter, in SetBySiteCodeMandatory (L93).
const ENHANCED_HTTP_EN = '"Use Configuration Manager-generated certificates for HTTP site systems"';
const PKI_ROLLBACK_EN = '`Set-CMSite -SiteCode <site code> -UsePkiClientCertificate $false -ClientCheckCertificateRevocationListForSiteSystem $true`';
const ENHANCED_HTTP_ROLLBACK_EN = '`Set-CMSite -SiteCode <site code> -UseSmsGeneratedCert $false`';

const PKI_SETTINGS_FR = "« Utiliser le certificat client PKI (fonctionnalité d'authentification du client) lorsqu'il est disponible » et « Les clients vérifient la liste de révocation des certificats (CRL) pour les systèmes de site »";
// F-MP-2 : le libellé de l'option (Set-CMSite.md L872) et son paramètre, dans SetBySiteCodeMandatory (L93).
const ENHANCED_HTTP_FR = '« Utiliser les certificats générés par Configuration Manager pour les systèmes de site HTTP »';
const PKI_ROLLBACK_FR = '`Set-CMSite -SiteCode <code de site> -UsePkiClientCertificate $false -ClientCheckCertificateRevocationListForSiteSystem $true`';
const ENHANCED_HTTP_ROLLBACK_FR = '`Set-CMSite -SiteCode <code de site> -UseSmsGeneratedCert $false`';

/** What the files of this step are for: the keys of its runbook texts, and the only purposes its plan may give an artifact. */
export type SitePurpose = 'site.settings';

/** Step 5's own texts in each language: its title, the 1610 article's title for it, and what the runbook says of it (params: the runbook's values, src/emit/runbook/context.ts). */
export const texts: Record<Lang, StepTexts<SitePurpose, never>> = {
  en: {
    title: declaration.title.en,
    interview: { does: 'How the site\'s clients on the internet prove who they are (client authentication).', runs: 'Its script runs on the site server, through the SMS Provider.' },
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
    purposes: {
      // M3: what step 5 sets (steps/site/index.ts, siteParts); Enhanced HTTP is F-MP-2.
      'site.settings': (p) =>
        p.sitePki && p.siteEnhancedHttp
          ? 'Sets the site to use PKI client certificates, and the CRL option, and turns Enhanced HTTP on.'
          : p.siteEnhancedHttp
            ? 'Turns Enhanced HTTP on for the site (Configuration Manager-generated certificates for HTTP site systems).'
            : 'Sets the site to use PKI client certificates, and the CRL option.',
    },
    verify: {
      // M3: F-MP-2 (the option, Communication Security), F-MP-3 (mpcontrol.log, within 30 minutes).
      'site.settings': (p) =>
        `Site Properties > Communication Security shows ${[
          ...(p.sitePki ? ['"Use PKI client certificate (client authentication capability) when available" ticked'] : []),
          ...(p.siteEnhancedHttp ? ['"Use Configuration Manager-generated certificates for HTTP site systems" ticked'] : []),
        ].join(' and ')}.${p.siteEnhancedHttp ? ' Allow up to 30 minutes for each HTTP management point to get its certificate from the site, then check mpcontrol.log on it.' : ''}`,
    },
    entries: {
      // M3: what step 5 sets depends on the answers (steps/site/index.ts, siteParts): the PKI client settings
      // (PKI client authentication, or classic), Enhanced HTTP (Enhanced HTTP management points), or both.
      'site.settings': {
        how: (p) =>
          `Windows PowerShell on a machine with the ConfigMgr console, as a ConfigMgr Full Administrator. Note ${sitePart(p, 'the two settings', 'whether Enhanced HTTP is on', 'the three settings')} in the console before running it.${
            // F-MP-2: no release note names the version that added -UseSmsGeneratedCert; the script checks for it first.
            p.siteEnhancedHttp ? " If this console's Set-CMSite has no -UseSmsGeneratedCert, the script stops before any change: turn Enhanced HTTP on in the console, then run it with `-SetEnhancedHttp $false`." : ''
          }`,
        changes: (p) =>
          sitePart(
            p,
            `Two settings of the primary site, for all its clients: ${PKI_SETTINGS_EN}.`,
            // F-MP-2 (the option, on Communication Security), F-MP-3 (the MP's certificate within 30 minutes, intranet clients keep HTTP), F-HIER-3 (per site).
            `One site-wide setting of the primary site: ${ENHANCED_HTTP_EN} (Enhanced HTTP), for every HTTP site system of the site. Each HTTP management point gets a certificate from the site within 30 minutes; on-premises clients keep HTTP.`,
            `Three settings of the primary site: ${PKI_SETTINGS_EN}, for all its clients, and ${ENHANCED_HTTP_EN} (Enhanced HTTP), for every HTTP site system of the site. Each HTTP management point gets a certificate from the site within 30 minutes; on-premises clients keep HTTP.`,
          ),
        console: 'Administration > Site Configuration > Sites > the site > Properties > Communication Security (Client Computer Communication before 1906).',
        rollback: (p) =>
          sitePart(
            p,
            `Put the two settings back as you noted them, in the console or from the site drive: ${PKI_ROLLBACK_EN} (with your previous values).`,
            `Only if Enhanced HTTP was off before, and after step 7's rollback (a CMG-enabled HTTP management point needs it): clear ${ENHANCED_HTTP_EN} in the console, or from the site drive ${ENHANCED_HTTP_ROLLBACK_EN}.`,
            `Put the PKI settings back as you noted them: ${PKI_ROLLBACK_EN} (with your previous values). Only if Enhanced HTTP was off before, and after step 7's rollback (a CMG-enabled HTTP management point needs it): ${ENHANCED_HTTP_ROLLBACK_EN}.`,
          ),
      },
    },
    actions: {},
  },
  fr: {
    title: declaration.title.fr,
    interview: { does: 'Comment les clients du site prouvent leur identité sur Internet (authentification des clients).', runs: 'Son script s\'exécute sur le serveur de site, par le fournisseur SMS.' },
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
    purposes: {
      // M3 : ce que règle l'étape 5 (steps/site/index.ts, siteParts) ; HTTP amélioré : F-MP-2.
      'site.settings': (p) =>
        p.sitePki && p.siteEnhancedHttp
          ? "Configure le site pour utiliser les certificats clients PKI, règle l'option CRL et active HTTP amélioré."
          : p.siteEnhancedHttp
            ? 'Active HTTP amélioré pour le site (certificats générés par Configuration Manager pour les systèmes de site HTTP).'
            : "Configure le site pour utiliser les certificats clients PKI et règle l'option CRL.",
    },
    verify: {
      // M3 : F-MP-2 (l'option, Sécurité des communications), F-MP-3 (mpcontrol.log, dans les 30 minutes).
      'site.settings': (p) =>
        `Propriétés du site > Sécurité des communications : ${[
          ...(p.sitePki ? ["« Utiliser le certificat client PKI (fonctionnalité d'authentification client) lorsqu'il est disponible » est coché"] : []),
          ...(p.siteEnhancedHttp ? ['« Utiliser les certificats générés par Configuration Manager pour les systèmes de site HTTP » est coché'] : []),
        ].join(' et ')}.${p.siteEnhancedHttp ? ' Laissez à chaque point de gestion HTTP jusqu\'à 30 minutes pour recevoir son certificat du site, puis consultez mpcontrol.log sur celui-ci.' : ''}`,
    },
    entries: {
      // M3 : ce que règle l'étape 5 dépend des réponses (steps/site/index.ts, siteParts) : les paramètres de
      // certificat client PKI, HTTP amélioré, ou les deux.
      'site.settings': {
        how: (p) =>
          `Windows PowerShell sur une machine dotée de la console Configuration Manager, avec un compte Administrateur complet. Notez ${sitePart(p, 'les deux paramètres', "si HTTP amélioré est activé", 'les trois paramètres')} dans la console avant de l'exécuter.${
            // F-MP-2 : aucune note de publication ne dit quelle version a ajouté -UseSmsGeneratedCert ; le script le vérifie d'abord.
            p.siteEnhancedHttp ? " Si le Set-CMSite de cette console n'a pas -UseSmsGeneratedCert, le script s'arrête avant toute modification : activez HTTP amélioré dans la console, puis exécutez-le avec `-SetEnhancedHttp $false`." : ''
          }`,
        changes: (p) =>
          sitePart(
            p,
            `Deux paramètres du site principal, pour tous ses clients : ${PKI_SETTINGS_FR}.`,
            // F-MP-2 (l'option, Sécurité des communications), F-MP-3 (le certificat du point de gestion en 30 minutes, les clients locaux restent en HTTP), F-HIER-3 (par site).
            `Un paramètre de tout le site principal : ${ENHANCED_HTTP_FR} (HTTP amélioré), pour chaque système de site HTTP du site. Chaque point de gestion HTTP reçoit un certificat du site dans les 30 minutes ; les clients locaux restent en HTTP.`,
            `Trois paramètres du site principal : ${PKI_SETTINGS_FR}, pour tous ses clients, et ${ENHANCED_HTTP_FR} (HTTP amélioré), pour chaque système de site HTTP du site. Chaque point de gestion HTTP reçoit un certificat du site dans les 30 minutes ; les clients locaux restent en HTTP.`,
          ),
        console: 'Administration > Configuration du site > Sites > le site > Propriétés > Sécurité des communications (Communications des ordinateurs clients avant 1906).',
        rollback: (p) =>
          sitePart(
            p,
            `Remettez les deux paramètres tels que vous les avez notés, dans la console ou depuis le lecteur du site : ${PKI_ROLLBACK_FR} (avec vos valeurs précédentes).`,
            `Seulement si HTTP amélioré était désactivé avant, et après l'annulation de l'étape 7 (un point de gestion HTTP ouvert à la CMG en a besoin) : décochez ${ENHANCED_HTTP_FR} dans la console, ou depuis le lecteur du site ${ENHANCED_HTTP_ROLLBACK_FR}.`,
            `Remettez les paramètres PKI tels que vous les avez notés : ${PKI_ROLLBACK_FR} (avec vos valeurs précédentes). Seulement si HTTP amélioré était désactivé avant, et après l'annulation de l'étape 7 (un point de gestion HTTP ouvert à la CMG en a besoin) : ${ENHANCED_HTTP_ROLLBACK_FR}.`,
          ),
      },
    },
    actions: {},
  },
};
