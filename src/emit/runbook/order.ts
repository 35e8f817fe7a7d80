import type { StepId } from '../../model/step-id.ts';
import type { Artifact, Guidance, GuidanceKey } from '../../model/step.ts';
import type { Catalogue } from '../../messages/types.ts';
import type { StepOutcome } from '../../model/plan.ts';
import { actionsFor, type ManualAction } from './actions.ts';
import type { RunbookContext } from './context.ts';

type MovedReason = keyof Catalogue['runbook']['movedReasons'];

interface Placement {
  step: StepId;
  reason: MovedReason;
}

/**
 * Files and procedures the runbook lists under a later step than the one that makes them, by
 * artifact purpose and guidance key. A step keeps its files in its own folder (the classic
 * sub-CA script is step 3's, as in the 1610 article); the runbook lists them when they can run.
 */
const PLACED_BY_PURPOSE: Record<string, Placement> = {
  // The 1610 article, step 3: "après avoir configuré une passerelle de gestion cloud"; the script
  // writes SubCACertThumbprint of the CMG's SMS_AzureService instance, which step 4 creates
  // (documented-facts F-RB-7).
  'subca.update': { step: 'gateway', reason: 'subCaAfterGateway' },
};

const PLACED_BY_GUIDANCE: Partial<Record<GuidanceKey, Placement>> = {
  // The upload to the CMG's cloud service, which exists once step 4 has run (F-RB-7).
  subCaPortal: { step: 'gateway', reason: 'subCaAfterGateway' },
};

/** What one step lends to a later one. */
export interface Moved {
  from: StepOutcome;
  to: StepOutcome;
  reason: MovedReason;
  guidance: Guidance[];
  artifacts: Artifact[];
}

/** One step's part of the runbook, in the order it is printed (and ticked in the checklist). */
export interface Section {
  outcome: StepOutcome;
  before: ManualAction[];
  /** The step's own procedures and files that stay under it. */
  guidance: Guidance[];
  artifacts: Artifact[];
  /** Items of earlier steps listed here, after this step's files. */
  movedIn: Moved[];
  /** Items of this step listed under a later one. */
  movedAway: Moved[];
  after: ManualAction[];
}

function placementOf(key: { purpose: string } | { key: GuidanceKey }): Placement | undefined {
  return 'purpose' in key ? PLACED_BY_PURPOSE[key.purpose] : PLACED_BY_GUIDANCE[key.key];
}

/**
 * The runbook's order: per step, its actions before the files, its procedures, its files, what
 * earlier steps left for it, then its actions after the files. An item placed under a step the
 * plan does not have, or under its own or an earlier step, stays where it is.
 */
export function runbookSections(context: RunbookContext): Section[] {
  const { result } = context;
  const index = new Map(result.steps.map((outcome, position) => [outcome.id, position]));
  const movedTo = (from: StepOutcome, placement: Placement | undefined): StepOutcome | undefined => {
    if (!placement) return undefined;
    const target = index.get(placement.step);
    const own = index.get(from.id) ?? 0;
    return target !== undefined && target > own ? result.steps[target] : undefined;
  };
  const moved: Moved[] = [];
  const lend = (from: StepOutcome, placement: Placement, to: StepOutcome): Moved => {
    let entry = moved.find((candidate) => candidate.from === from && candidate.to === to && candidate.reason === placement.reason);
    if (!entry) {
      entry = { from, to, reason: placement.reason, guidance: [], artifacts: [] };
      moved.push(entry);
    }
    return entry;
  };
  const kept = result.steps.map((outcome) => {
    const guidance: Guidance[] = [];
    const artifacts: Artifact[] = [];
    for (const item of outcome.guidance) {
      const placement = placementOf(item);
      const to = movedTo(outcome, placement);
      if (placement && to) lend(outcome, placement, to).guidance.push(item);
      else guidance.push(item);
    }
    for (const artifact of outcome.artifacts) {
      const placement = placementOf(artifact);
      const to = movedTo(outcome, placement);
      if (placement && to) lend(outcome, placement, to).artifacts.push(artifact);
      else artifacts.push(artifact);
    }
    return { guidance, artifacts };
  });
  return result.steps.map((outcome, position) => ({
    outcome,
    before: actionsFor(outcome, 'before'),
    guidance: kept[position]?.guidance ?? [],
    artifacts: kept[position]?.artifacts ?? [],
    movedIn: moved.filter((entry) => entry.to === outcome),
    movedAway: moved.filter((entry) => entry.from === outcome),
    after: actionsFor(outcome, 'after'),
  }));
}
