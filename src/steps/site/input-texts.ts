import type { InputTextsOf } from '../../model/inputs.ts';

/**
 * The help line and the prompt of each input this step declares (index.ts), in every language:
 * an input without its texts, or without one language, does not compile.
 */
export const inputTexts = {
  siteCode: {
    en: { help: 'Site code of the primary (or top-level) site: 3 letters or digits.', prompt: 'Site code' },
    fr: { help: 'Code du site principal (ou du site de niveau supérieur) : 3 lettres ou chiffres.', prompt: 'Code de site' },
  },
  smsProvider: {
    en: { help: 'FQDN of the SMS Provider the scripts connect to.', prompt: 'SMS Provider FQDN' },
    fr: { help: 'FQDN du fournisseur SMS auquel les scripts se connectent.', prompt: 'FQDN du fournisseur SMS' },
  },
  primarySites: {
    en: {
      help: 'Hierarchy only: the primary sites below the central administration site given by --site-code and --sms-provider, as JSON (or a YAML list in the answers file): each with siteCode, smsProvider, connectionPointServer, managementPoints and optionally softwareUpdatePoints. Steps 5-7 then write one script per primary site (05-site/P01/...); the CMG and the Azure service stay at the central administration site. Empty: a standalone primary site.',
      prompt: 'Primary sites below the central administration site',
    },
    fr: {
      help: "Hiérarchie uniquement : les sites principaux sous le site d'administration centrale indiqué par --site-code et --sms-provider, en JSON (ou une liste YAML dans le fichier de réponses) : chacun avec siteCode, smsProvider, connectionPointServer, managementPoints et, au besoin, softwareUpdatePoints. Les étapes 5 à 7 écrivent alors un script par site principal (05-site/P01/...) ; la CMG et le service Azure restent au site d'administration centrale. Vide : un site principal autonome.",
      prompt: "Sites principaux sous le site d'administration centrale",
    },
  },
  usePkiClientCert: {
    en: { help: 'Site setting: use PKI client certificates when available.', prompt: 'Use PKI client certificates when available?' },
    fr: { help: 'Paramètre du site : utiliser les certificats clients PKI lorsqu\'ils sont disponibles.', prompt: 'Utiliser les certificats clients PKI lorsqu\'ils sont disponibles ?' },
  },
  clientsCheckCrl: {
    en: { help: 'Site setting: clients check the CRL for site systems.', prompt: 'Clients check the CRL for site systems?' },
    fr: { help: 'Paramètre du site : les clients vérifient la CRL des systèmes de site.', prompt: 'Les clients vérifient-ils la CRL des systèmes de site ?' },
  },
} satisfies InputTextsOf<'siteCode' | 'smsProvider' | 'primarySites' | 'usePkiClientCert' | 'clientsCheckCrl'>;
