import type { StepOutcome } from '../../model/plan.ts';
import type { ManualAction } from '../../model/runbook.ts';

/**
 * An action by hand: what it is comes from the catalogue (`text.runbook.manual[id]`); which runs
 * need it, under which step, before or after that step's files, who does it and the pages it rests
 * on, the step says (Step.runbookActions, in its folder's runbook.ts), and the runner keeps them on
 * its outcome. Within a step and a position, the step's order is the runbook's order.
 */
export type { ManualAction };

/** The actions of one step and position that apply to this run, in the runbook's order. */
export function actionsFor(outcome: StepOutcome, at: ManualAction['at']): ManualAction[] {
  return outcome.actions.filter((action) => action.at === at);
}
