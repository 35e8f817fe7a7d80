/**
 * What the certificate files said, as plain data for the steps (which do no I/O and must not
 * load node-forge) and for plan.json. Made by assess.ts before the steps plan.
 */
import type { StepId } from '../steps/ids.ts';
import type { Finding } from '../wizard/findings.ts';

export interface CertificateSummary {
  path: string;
  subject: string;
  issuer: string;
  /** SHA-1, uppercase hex: what the console and certlm.msc show. */
  thumbprint: string;
  notBefore: string;
  notAfter: string;
  /** For client authorities and sub-CAs. */
  kind?: 'root' | 'intermediate';
}

export interface CertificateReport {
  /** Every certificate finding, already assigned to its step and input. */
  findings: Array<Finding & { step: StepId }>;
  server?: CertificateSummary;
  clientAuthorities: CertificateSummary[];
  management?: CertificateSummary;
  subCas: CertificateSummary[];
}

export const EMPTY_REPORT: CertificateReport = { findings: [], clientAuthorities: [], subCas: [] };
