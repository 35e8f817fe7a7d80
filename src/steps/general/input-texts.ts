import type { InputTextsOf } from '../../model/inputs.ts';

/**
 * The help line and the prompt of each input this step declares (index.ts), in every language:
 * an input without its texts, or without one language, does not compile.
 */
export const inputTexts = {
  model: {
    en: { help: 'Deployment model: vmss (current branch, virtual machine scale set) or classic (the 1610 cloud service, retired).', prompt: 'Deployment model' },
    fr: {
      help: 'Modèle de déploiement : vmss (branche actuelle, groupe de machines virtuelles identiques) ou classic (service cloud de la version 1610, mis hors service).',
      prompt: 'Modèle de déploiement',
    },
  },
  cloud: {
    en: { help: 'Azure cloud: public or usgov (Azure US Government).', prompt: 'Azure cloud' },
    fr: { help: 'Cloud Azure : public ou usgov (Azure US Government).', prompt: 'Cloud Azure' },
  },
  siteVersion: {
    en: { help: 'ConfigMgr version of the site (YYMM, e.g. 2403); gates syntax and warnings.', prompt: 'ConfigMgr site version (YYMM)' },
    fr: { help: 'Version ConfigMgr du site (AAMM, p. ex. 2403) ; détermine la syntaxe et les avertissements.', prompt: 'Version ConfigMgr du site (AAMM)' },
  },
} satisfies InputTextsOf<'model' | 'cloud' | 'siteVersion'>;
