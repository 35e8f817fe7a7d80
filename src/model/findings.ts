import type { Code } from './codes.ts';
import type { StepId } from './step-id.ts';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A check's outcome. `code` is stable (scripts and pipelines match on it); the human text is
 * rendered from the message catalogue in the chosen language, with `params` filled in.
 */
export interface Finding {
  severity: Severity;
  code: Code;
  step: StepId | 'general';
  input?: string;
  params?: Record<string, string | number>;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

/** What a rule returns before the wizard knows which step and input it belongs to. */
export type Problem = Omit<Finding, 'step' | 'input'>;

export function error(code: Code, params?: Problem['params']): Problem {
  return params ? { severity: 'error', code, params } : { severity: 'error', code };
}

export function warning(code: Code, params?: Problem['params']): Problem {
  return params ? { severity: 'warning', code, params } : { severity: 'warning', code };
}

export function info(code: Code, params?: Problem['params']): Problem {
  return params ? { severity: 'info', code, params } : { severity: 'info', code };
}

/** A step's finding, with the input it is about when there is one. */
export interface StepFinding extends Problem {
  input?: string;
}
