import type { ChoiceTexts, InputTextsOf } from '../../model/inputs.ts';
import type { Cloud, Model } from '../../model/answers.ts';

/**
 * The help line and the prompt of each input this step declares (index.ts), in every language:
 * an input without its texts, or without one language, does not compile.
 */
export const inputTexts = {
  model: {
    // Azure retired Cloud Services (classic) on 31 Aug 2024 (cmg-reference.md section 0, S26).
    en: {
      help: 'Deployment model: vmss (current branch, virtual machine scale set) or classic (the 1610 cloud service, retired).',
      prompt: 'Deployment model',
      choices: { vmss: 'current branch: virtual machine scale set', classic: 'the 1610 cloud service, retired by Azure on 31 Aug 2024' },
    },
    fr: {
      help: 'Modèle de déploiement : vmss (branche actuelle, groupe de machines virtuelles identiques) ou classic (service cloud de la version 1610, mis hors service).',
      prompt: 'Modèle de déploiement',
      choices: { vmss: 'branche actuelle : groupe de machines virtuelles identiques', classic: 'service cloud de la 1610, retiré par Azure le 31 août 2024' },
    },
  } satisfies ChoiceTexts<Model>,
  cloud: {
    // Scale sets in Azure US Government from 2111 (cmg-reference.md section 0).
    en: { help: 'Azure cloud: public or usgov (Azure US Government).', prompt: 'Azure cloud', choices: { public: 'Azure global cloud', usgov: 'Azure US Government (scale sets from ConfigMgr 2111)' } },
    fr: { help: 'Cloud Azure : public ou usgov (Azure US Government).', prompt: 'Cloud Azure', choices: { public: 'cloud Azure mondial', usgov: 'Azure US Government (groupes identiques dès ConfigMgr 2111)' } },
  } satisfies ChoiceTexts<Cloud>,
  siteVersion: {
    en: { help: 'ConfigMgr version of the site (YYMM, e.g. 2403); gates syntax and warnings.', prompt: 'ConfigMgr site version (YYMM)' },
    fr: { help: 'Version ConfigMgr du site (AAMM, p. ex. 2403) ; détermine la syntaxe et les avertissements.', prompt: 'Version ConfigMgr du site (AAMM)' },
  },
} satisfies InputTextsOf<'model' | 'cloud' | 'siteVersion'>;
