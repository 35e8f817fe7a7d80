import type { Catalogue } from './types.ts';

/** The resume state beside --out (issue 14): what a run says when it keeps, reloads or drops the answers. */
export const resumeEn: Catalogue['resume'] = {
  resumed: (p) =>
    `Resuming from ${p.path}: ${p.steps === '' ? 'the general settings' : `steps ${p.steps}`} answered (${p.answers} answers); asking the rest and ${p.secrets} password(s). Every check runs again.`,
  kept: (p) => `Answers kept in ${p.path}. Resume with: ${p.command}`,
  keptAfterPlan: (p) => `Answers kept in ${p.path}. Write the output with: ${p.command}`,
  removed: (p) => `Removed ${p.path}: the output's answers.yaml holds these answers now.`,
  discarded: (p) => `Discarded the answers kept in ${p.path}; starting over.`,
  notKept: (p) => `Could not keep the answers in ${p.path} (${p.reason}): the interview goes on, but cannot be resumed if it stops.`,
};
