/** A run's plan as plain data: the resolved answers with where each came from, and what every step planned. Made by src/wizard/; read by the emitters and the terminal. */
import type { AnswerKey, Answers } from './answers.ts';
import type { Finding } from './findings.ts';
import type { Lang } from './lang.ts';
import type { Params } from './text.ts';
import type { DiagramPart } from './diagram.ts';
import type { ManualAction, RunbookFile } from './runbook.ts';
import type { Artifact, Guidance, StepTexts } from './step.ts';
import type { StepId } from './step-id.ts';

export type ValueSource = 'flag' | 'env' | 'answers' | 'example' | 'prompt' | 'default';

export interface Resolution {
  answers: Answers;
  sources: Partial<Record<AnswerKey, ValueSource>>;
  findings: Finding[];
}

export interface StepOutcome {
  id: StepId;
  number: number;
  /** The step's own texts in each language (its title, what the runbook says of it): plan.json and the runbook may speak another language than the scripts. */
  texts: Record<Lang, StepTexts>;
  findings: Finding[];
  artifacts: Artifact[];
  guidance: Guidance[];
  facts: Record<string, unknown>;
  /** The values the step gives the runbook's texts (Step.runbookParams), from the answers and its facts. */
  params: Params;
  /** What the step puts in the runbook's diagram (Step.runbookDiagram). */
  diagram: DiagramPart;
  /** Who runs or uses each kind of file of the step, and its sources, by purpose (Step.runbookFiles). */
  files: Record<string, RunbookFile>;
  /** Its actions by hand that apply to this run (Step.runbookActions). */
  actions: ManualAction[];
}

export interface PlanResult {
  resolution: Resolution;
  now: Date;
  general: Finding[];
  steps: StepOutcome[];
  /** Files that are not a step's own (the lab PKI of --example). */
  extraArtifacts: Artifact[];
}

export function allFindings(result: PlanResult): Finding[] {
  return [...result.general, ...result.steps.flatMap((step) => step.findings)];
}

export function allArtifacts(result: PlanResult): Artifact[] {
  return [...result.extraArtifacts, ...result.steps.flatMap((step) => step.artifacts)];
}
