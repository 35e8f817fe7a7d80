import { createHash } from 'node:crypto';
import type { Artifact } from '../model/step.ts';
import { codeText, catalogue } from '../messages/i18n.ts';
import type { Lang } from '../model/lang.ts';
import { VERSION } from '../model/version.ts';
import { countBySeverity, type Finding } from '../model/findings.ts';
import { ALL_INPUTS } from '../steps/declarations.ts';
import { isRelevant } from '../model/inputs.ts';
import { allFindings, type PlanResult, type Resolution } from '../model/plan.ts';
import { Secret } from '../model/secret.ts';
import type { PartialAnswers } from '../model/answers.ts';

export const PLAN_SCHEMA_VERSION = 1;

export interface DocumentFinding {
  severity: Finding['severity'];
  code: string;
  step: Finding['step'];
  input?: string;
  message: string;
}

function describeFinding(finding: Finding, lang: Lang): DocumentFinding {
  return {
    severity: finding.severity,
    code: finding.code,
    step: finding.step,
    ...(finding.input ? { input: finding.input } : {}),
    message: codeText(lang, finding.code, finding.params),
  };
}

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

function describeArtifact(artifact: Artifact) {
  const bytes = typeof artifact.content === 'string' ? Buffer.byteLength(artifact.content) : artifact.content.length;
  return { path: artifact.path, purpose: artifact.purpose, runOn: artifact.runOn, bytes, sha256: sha256(artifact.content) };
}

/** Every relevant input with where it came from; a secret shows only its source. Also the answers of an interview still under way (the resume state). */
export function describeInputs(resolution: { answers: PartialAnswers; sources: Resolution['sources'] }): Record<string, { value?: unknown; source: string }> {
  const { answers, sources } = resolution;
  const inputs: Record<string, { value?: unknown; source: string }> = {};
  for (const spec of ALL_INPUTS) {
    const value = (answers as unknown as Record<string, unknown>)[spec.key];
    if (value === undefined || !isRelevant(spec, answers)) continue;
    const source = sources[spec.key] ?? 'default';
    inputs[spec.key] = value instanceof Secret ? { source: value.source } : { value, source };
  }
  return inputs;
}

/**
 * The `--json` document and plan.json: versioned, no secrets, human text in the chosen language.
 * plan.json leaves out `output`, so an output folder does not depend on where it was written.
 */
export function planDocument(result: PlanResult, options: { lang: Lang; command: 'plan' | 'run'; output?: { path: string; written: boolean } }) {
  const findings = allFindings(result);
  const counts = countBySeverity(findings);
  const { answers } = result.resolution;
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    tool: { name: 'cmg-setup', version: VERSION },
    command: options.command,
    generatedAt: result.now.toISOString(),
    model: answers.model,
    cloud: answers.cloud,
    siteVersion: answers.siteVersion,
    serviceName: answers.serviceName,
    summary: { ok: counts.error === 0, errors: counts.error, warnings: counts.warning, infos: counts.info },
    findings: findings.map((finding) => describeFinding(finding, options.lang)),
    inputs: describeInputs(result.resolution),
    steps: result.steps.map((step) => ({
      id: step.id,
      number: step.number,
      title: step.texts[options.lang].title,
      findings: step.findings.map((finding) => describeFinding(finding, options.lang)),
      artifacts: step.artifacts.map(describeArtifact),
      facts: step.facts,
    })),
    extraArtifacts: result.extraArtifacts.map(describeArtifact),
    ...(options.output ? { output: options.output } : {}),
  };
}

export type PlanDocument = ReturnType<typeof planDocument>;
