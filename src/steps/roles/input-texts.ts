import type { ChoiceTexts, InputTextsOf } from '../../model/inputs.ts';
import type { ManagementPointSecurity } from '../../model/answers.ts';

/**
 * The help line and the prompt of each input this step declares (index.ts), in every language:
 * an input without its texts, or without one language, does not compile.
 */
export const inputTexts = {
  managementPoints: {
    en: { help: 'Management points that accept CMG traffic (FQDNs).', prompt: 'Management points (FQDNs), comma-separated' },
    fr: { help: 'Points de gestion qui acceptent le trafic de la CMG (FQDN).', prompt: 'Points de gestion (FQDN), séparés par des virgules' },
  },
  softwareUpdatePoints: {
    // Optional, so the question says what an empty answer costs (ROLES_NO_SUP says it again in the plan).
    en: { help: 'Software update points that accept CMG traffic (FQDNs).', prompt: 'Software update points (FQDNs), comma-separated; none: internet clients get no software updates through the CMG' },
    fr: { help: 'Points de mise à jour logicielle qui acceptent le trafic de la CMG (FQDN).', prompt: 'Points de mise à jour logicielle (FQDN), séparés par des virgules ; aucun : les clients sur Internet ne reçoivent aucune mise à jour logicielle par la CMG' },
  },
  distributionPoints: {
    en: { help: 'Classic only: distribution points the 1610 article lists (FQDNs).', prompt: 'Distribution points (FQDNs), comma-separated' },
    fr: { help: 'Classique uniquement : points de distribution cités par l\'article 1610 (FQDN).', prompt: 'Points de distribution (FQDN), séparés par des virgules' },
  },
  managementPointSecurity: {
    // docs/reference/documented-facts.md F-MP-1, F-MP-2 (Enhanced HTTP) and F-MP-4 (an HTTPS MP and clients without a certificate).
    en: {
      help: 'How the site secures the CMG-enabled management points: enhanced-http (they stay HTTP; the site option "Use Configuration Manager-generated certificates for HTTP site systems" is turned on) or https (PKI web server certificates; intranet clients without a client certificate stop using them).',
      prompt: 'How does the site secure the CMG-enabled management points?',
      choices: { 'enhanced-http': 'they stay HTTP; the site turns on Enhanced HTTP', https: 'HTTPS (PKI): clients without a certificate stop using them' },
    },
    fr: {
      help: 'Comment le site sécurise les points de gestion ouverts à la CMG : enhanced-http (ils restent en HTTP ; l\'option de site « Utiliser les certificats générés par Configuration Manager pour les systèmes de site HTTP » est activée) ou https (certificats de serveur web PKI ; les clients de l\'intranet sans certificat client cessent de les utiliser).',
      prompt: 'Comment le site sécurise-t-il les points de gestion ouverts à la CMG ?',
      choices: { 'enhanced-http': 'ils restent en HTTP ; le site active HTTP amélioré', https: 'HTTPS (PKI) : inutilisables pour les clients sans certificat' },
    },
  } satisfies ChoiceTexts<ManagementPointSecurity>,
  managementPointsInternetOnly: {
    en: {
      help: 'Make the CMG-enabled management points serve internet clients only, as Microsoft recommends; another management point must serve on-premises clients.',
      prompt: 'Make the CMG-enabled management points Internet only?',
    },
    fr: {
      help: 'Réserver aux clients Internet les points de gestion ouverts à la CMG, comme le recommande Microsoft ; un autre point de gestion doit servir les clients locaux.',
      prompt: 'Réserver à Internet les points de gestion ouverts à la CMG ?',
    },
  },
} satisfies InputTextsOf<'managementPoints' | 'softwareUpdatePoints' | 'distributionPoints' | 'managementPointSecurity' | 'managementPointsInternetOnly'>;
