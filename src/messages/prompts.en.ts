import type { Catalogue } from './types.ts';

/** What the prompt library says of its own, in English: its own words (src/ui/prompt-theme.ts passes them back to it). */
export const promptsEn: Catalogue['prompts'] = {
  yes: 'Yes',
  no: 'No',
  yesNoError: (p) => `You must answer with "${p.yes}" or "${p.no}"`,
  keys: { space: 'space' },
  actions: { navigate: 'navigate', select: 'select', submit: 'submit', all: 'all', invert: 'invert', toggleVisibility: 'toggle visibility' },
  maskedText: '[input is masked]',
  selectDisabled: 'This option is disabled and cannot be selected.',
  checkboxDisabled: 'This option is disabled and cannot be toggled.',
  plain: {
    number: 'Number',
    numbers: 'Numbers, separated by commas or spaces',
    notAChoice: (p) => `Type a number from 1 to ${p.count}, or one of the values`,
    back: '< back',
  },
};
