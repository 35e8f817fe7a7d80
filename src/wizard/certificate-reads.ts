/**
 * The certificate files a run reads, collected from the steps (Step.certificateReads) in the
 * registry's order, and their report. Deciding costs no node-forge load: the certs adapter is
 * imported only when there is a file to read.
 */
import { resolve } from 'node:path';
import { STEPS } from '../steps/index.ts';
import type { Answers } from '../model/answers.ts';
import type { Step } from '../model/step.ts';
import type { Resolution } from '../model/plan.ts';
import { EMPTY_REPORT, type CertificateRead, type CertificateReport } from '../model/certificates.ts';

/** What every step declares, each read tagged with its step; inputs that already failed (missing file, ...) are left out. */
export function certificateReads(answers: Answers, failedInputs: ReadonlySet<string> = new Set(), steps: readonly Step[] = STEPS): CertificateRead[] {
  return steps.flatMap((step) => (step.certificateReads?.(answers) ?? []).filter((read) => !failedInputs.has(read.input)).map((read): CertificateRead => ({ ...read, step: step.id })));
}

/**
 * Reads and checks the files the steps declare (those `only` keeps), before any step plans.
 * @param promised files cmg-setup itself is about to write (the --example lab PKI), by resolved path.
 */
export async function readCertificateReport(resolution: Resolution, now: Date, promised: ReadonlyMap<string, Uint8Array>, steps: readonly Step[] = STEPS, only: (read: CertificateRead) => boolean = () => true): Promise<CertificateReport> {
  const failedInputs = new Set(resolution.findings.filter((finding) => finding.severity === 'error' && finding.input).map((finding) => finding.input as string));
  const reads = certificateReads(resolution.answers, failedInputs, steps).filter(only);
  if (reads.length === 0) return EMPTY_REPORT;
  const { assessCertificates, readCertificates } = await import('../certs/assess.ts');
  const evidence = await readCertificates(reads, promised, (path) => resolve(path));
  return assessCertificates(reads, resolution.answers, evidence, now);
}
