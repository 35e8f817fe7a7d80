import type { ChoiceTexts, InputTextsOf } from '../../model/inputs.ts';
import type { AlwaysOnInternetAction, ClientRollout } from '../../model/answers.ts';

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
    // ClientAlwaysOnInternet = 1 keeps a client on the CMG even on-premises; without it the client decides (cmg-reference.md step 8, S32).
    en: {
      help: 'What the client rollout does with ClientAlwaysOnInternet: set (1: clients always use the CMG), remove, or leave (each client keeps its value; clients installed with CCMALWAYSINF=1 have it on purpose).',
      prompt: 'ClientAlwaysOnInternet on existing clients: set, remove or leave as it is?',
      choices: { set: '1: clients always use the CMG, even on-premises', remove: 'deleted: clients choose intranet or internet again', leave: 'each client keeps its value' },
    },
    fr: {
      help: 'Ce que le déploiement client fait de ClientAlwaysOnInternet : set (1 : les clients passent toujours par la CMG), remove (supprimer) ou leave (chaque client garde sa valeur ; ceux installés avec CCMALWAYSINF=1 l\'ont volontairement).',
      prompt: 'ClientAlwaysOnInternet sur les clients existants : définir, supprimer ou laisser tel quel ?',
      choices: { set: '1 : les clients passent toujours par la CMG, même en local', remove: 'supprimée : les clients choisissent de nouveau', leave: 'chaque client garde sa valeur' },
    },
  } satisfies ChoiceTexts<AlwaysOnInternetAction>,
  clientRollout: {
    en: {
      help: 'How the client change is delivered: script, configmgr-baseline, gpo, intune.',
      prompt: 'How should the client change be delivered?',
      choices: {
        script: 'Set-CmgClient.ps1, run on each client',
        'configmgr-baseline': 'configuration item: discovery and remediation scripts',
        gpo: 'Group Policy Preferences Registry.xml',
        intune: 'Intune remediation: detection and remediation scripts',
      },
    },
    fr: {
      help: 'Mode de déploiement de la modification sur les clients : script, configmgr-baseline, gpo, intune.',
      prompt: 'Comment déployer la modification client ?',
      choices: {
        script: 'Set-CmgClient.ps1, exécuté sur chaque client',
        'configmgr-baseline': 'élément de configuration : détection et correction',
        gpo: 'Registry.xml des préférences de stratégie de groupe',
        intune: 'correction Intune : scripts de détection et correction',
      },
    },
  } satisfies ChoiceTexts<ClientRollout>,
} satisfies InputTextsOf<'clientAlwaysOnInternet' | 'clientAlwaysOnInternetAction' | 'clientRollout'>;
