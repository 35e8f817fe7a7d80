/**
 * What the certificate files said, as plain data for the steps (which do no I/O and must not
 * load node-forge) and for plan.json. Made by assess.ts before the steps plan.
 */
import type { StepId } from './step.ts';
import type { Finding } from './findings.ts';

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

/** What `cert inspect` shows of one certificate (certs/inspect.ts makes it; the terminal and the JSON report print it). */
export interface CertificateDetails {
  subject: string;
  subjectAlternativeNames: string[] | null;
  issuer: string;
  notBefore: string;
  notAfter: string;
  key: { type: string; bits: number | null; curve: string | null };
  signatureHash: string;
  extendedKeyUsages: string[] | null;
  thumbprintSha1: string;
  serialNumber: string;
  isCa: boolean;
  selfSigned: boolean;
  /** PFX only: how the file is protected. */
  pfx?: { certificates: string[]; keys: string[]; mac: string | null };
}
