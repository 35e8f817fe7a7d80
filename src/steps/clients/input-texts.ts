import type { InputTextsOf } from '../../model/inputs.ts';

/**
 * The help line and the prompt of each input this step declares (index.ts), in every language:
 * an input without its texts, or without one language, does not compile.
 */
export const inputTexts = {
  clientAlwaysOnInternet: {
    en: {
      help: 'Older form of --client-always-on-internet-action, kept for earlier answers files: true = set, false = leave each client\'s value alone (it no longer removes it).',
      prompt: 'Force clients to always use the CMG?',
    },
    fr: {
      help: 'Ancienne forme de --client-always-on-internet-action, conservée pour les fichiers de réponses existants : true = définir, false = laisser la valeur de chaque client (elle n\'est plus supprimée).',
      prompt: 'Obliger les clients à toujours passer par la CMG ?',
    },
  },
  clientAlwaysOnInternetAction: {
    en: {
      help: 'What the client rollout does with ClientAlwaysOnInternet: set (1: clients always use the CMG), remove, or leave (each client keeps its value; clients installed with CCMALWAYSINF=1 have it on purpose).',
      prompt: 'ClientAlwaysOnInternet on existing clients: set, remove or leave as it is?',
    },
    fr: {
      help: 'Ce que le déploiement client fait de ClientAlwaysOnInternet : set (1 : les clients passent toujours par la CMG), remove (supprimer) ou leave (chaque client garde sa valeur ; ceux installés avec CCMALWAYSINF=1 l\'ont volontairement).',
      prompt: 'ClientAlwaysOnInternet sur les clients existants : définir, supprimer ou laisser tel quel ?',
    },
  },
  clientRollout: {
    en: { help: 'How the client change is delivered: script, configmgr-baseline, gpo, intune.', prompt: 'Client change delivery, comma-separated' },
    fr: {
      help: 'Mode de déploiement de la modification sur les clients : script, configmgr-baseline, gpo, intune.',
      prompt: 'Modes de déploiement de la modification client, séparés par des virgules',
    },
  },
} satisfies InputTextsOf<'clientAlwaysOnInternet' | 'clientAlwaysOnInternetAction' | 'clientRollout'>;
