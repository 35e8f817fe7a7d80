import { planAtPlace, STEPS, type PlanInput } from '../steps/index.ts';
import { stepNumber } from '../steps/declarations.ts';
import { planGeneral } from '../steps/general/index.ts';
import type { StepId } from '../model/step-id.ts';
import type { Artifact, Guidance, StepContext, ScriptPath } from '../model/step.ts';
import { EMPTY_REPORT, type CertificateReport } from '../model/certificates.ts';
import type { AzureOutcome } from '../model/azure-outcome.ts';
import type { Lang } from '../model/lang.ts';
import type { Finding } from '../model/findings.ts';
import { hasErrors } from '../model/findings.ts';
import type { PlanResult, Resolution, StepOutcome } from '../model/plan.ts';
import { NO_DIAGRAM } from '../model/diagram.ts';

/**
 * Ask everything first, act last: every step plans (pure, no I/O) before anything is written.
 * The certificate files were read and checked before (`certificates`); steps only use the result.
 * When an input already failed validation, a step may meet values it cannot use; its own
 * failure then adds nothing to what the input finding says.
 */
export interface PlanOptions {
  /** Files that are not a step's own (the lab PKI of --example). */
  extraArtifacts?: Artifact[];
  /** What the certificate files said (read and checked before planning). */
  certificates?: CertificateReport;
  azure?: AzureOutcome;
  /** The language the generated scripts speak (--lang). */
  lang?: Lang;
  /** How scripts name the answers' files (domain/script-paths.ts); absent = as given. */
  scriptPath?: ScriptPath;
}

export function planSteps(resolution: Resolution, now: Date, options: PlanOptions = {}): PlanResult {
  const { extraArtifacts = [], certificates = EMPTY_REPORT, azure, lang = 'en', scriptPath } = options;
  const input: PlanInput = { answers: resolution.answers, now, certificates, ...(azure ? { azure } : {}), lang, ...(scriptPath ? { scriptPath } : {}) };
  const inputErrors = hasErrors(resolution.findings);
  const forStep = (step: StepId | 'general') => [...resolution.findings, ...certificates.findings].filter((finding) => finding.step === step);
  const general = [...planGeneral(input).map((finding) => ({ ...finding, step: 'general' as const })), ...forStep('general')];
  const steps = STEPS.map((step): StepOutcome => {
    const outcome: StepOutcome = { id: step.id, number: stepNumber(step.id), texts: step.texts, findings: forStep(step.id), artifacts: [], guidance: [], facts: {}, params: {}, diagram: NO_DIAGRAM, actions: [], files: step.runbookFiles };
    try {
      const plan = planAtPlace(step, input);
      outcome.findings.push(...plan.findings.map((finding) => ({ ...finding, step: step.id })));
      outcome.artifacts = plan.artifacts;
      outcome.guidance = plan.guidance ?? [];
      outcome.facts = plan.facts;
      outcome.params = step.runbookParams?.(resolution.answers, plan.facts) ?? {};
      outcome.diagram = step.runbookDiagram?.(resolution.answers, plan.facts) ?? NO_DIAGRAM;
      outcome.actions = step.runbookActions?.(resolution.answers, plan.facts) ?? [];
    } catch (error) {
      if (!inputErrors) throw error;
    }
    return outcome;
  });
  return { resolution, now, general, steps, extraArtifacts };
}

