/**
 * What the certificate files said, as plain data for the steps (which do no I/O and must not
 * load node-forge) and for plan.json. Made by assess.ts before the steps plan.
 */
import type { StepId } from './step-id.ts';
import type { Finding } from './findings.ts';
import type { AnswerKey, SecretKey } from './answers.ts';
import type { Secret } from './secret.ts';

/**
 * What a certificate file is for, which decides how it is checked (certs/assess.ts): the CMG's
 * server .pfx, a client root or intermediate (.cer), the classic Azure management .pfx, a sub-CA
 * (.cer) of the classic model. The .pfx roles are read with their password.
 */
export type CertificateRole = 'server' | 'client-authority' | 'management' | 'sub-ca';

/** A certificate file a step's input names, as the step declares it (Step.certificateReads). */
export interface StepCertificateRead {
  /** The input that names the file; the file's findings go to it. */
  input: AnswerKey;
  path: string;
  role: CertificateRole;
  /** The .pfx's password (absent = empty); undefined for a .cer. */
  password?: Secret | undefined;
  /** The secret input that holds that password: at a terminal a wrong one is asked again under it. */
  passwordInput?: SecretKey;
}

/** A declared read with the step it belongs to, as collected from the registry (wizard/certificate-reads.ts). */
export interface CertificateRead extends StepCertificateRead {
  step: StepId;
}

/** The .pfx roles: read with a password (an absent one is the empty password). */
export const PFX_ROLES: ReadonlySet<CertificateRole> = new Set(['server', 'management']);

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
