import type { Prompter } from '../../src/wizard/prompter-port.ts';

/**
 * The interview's own questions and text, for a fake prompter that only scripts the inputs:
 * yes/no questions take their offered answer, nothing is shown, and a select (the review) is
 * never expected.
 */
export const quietInterview: Pick<Prompter, 'confirm' | 'select' | 'say'> = {
  confirm: async ({ fallback }) => fallback,
  select: async () => {
    throw new Error('no select expected');
  },
  say: () => {},
};
