import type { Catalogue } from './types.ts';

/**
 * What the prompt library says of its own, in French. A yes/no question then shows `(O/n)` and
 * accepts o, oui, n, non (the library also keeps accepting y, yes and no).
 */
export const promptsFr: Catalogue['prompts'] = {
  yes: 'Oui',
  no: 'Non',
  yesNoError: (p) => `Répondez par « ${p.yes} » ou « ${p.no} »`,
  keys: { space: 'espace' },
  actions: { navigate: 'parcourir', select: 'choisir', submit: 'valider', all: 'tout', invert: 'inverser', toggleVisibility: 'afficher ou masquer' },
  maskedText: '[saisie masquée]',
  selectDisabled: 'Cette option est désactivée et ne peut pas être choisie.',
  checkboxDisabled: 'Cette option est désactivée et ne peut pas être cochée ni décochée.',
  plain: {
    number: 'Numéro',
    numbers: 'Numéros, séparés par des virgules ou des espaces',
    notAChoice: (p) => `Tapez un numéro de 1 à ${p.count}, ou l'une des valeurs`,
    back: '< retour',
  },
};
