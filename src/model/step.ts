import type { AzureOutcome } from './azure-outcome.ts';
import type { CertificateReport } from './certificates.ts';
import type { Answers } from './answers.ts';
import type { Problem } from './findings.ts';
import type { AnyInputSpec } from './inputs.ts';
import type { StepId } from './step-ids.ts';
import type { Lang } from './lang.ts';

/** Where the admin runs or uses an artifact; the runbook groups by it. */
export type Machine = 'ca-server' | 'admin-workstation' | 'site-server' | 'azure-portal' | 'connection-point' | 'client';

export interface Artifact {
  /** Relative to the output folder, with forward slashes: `04-gateway/New-CmgGateway.ps1`. */
  path: string;
  content: string | Uint8Array;
  /** Catalogue key of what it is for (runbook text). */
  purpose: string;
  runOn: Machine;
  /** The primary site of a hierarchy this script is run against (its folder, `05-site/P01/`); absent otherwise. */
  site?: string;
  /** Holds a private key: created 0600 inside a 0700 folder. */
  privateKey?: boolean;
}

export interface StepFinding extends Problem {
  input?: string;
}

/** Text for the runbook from the message catalogue (`guidance`), with the admin's values. */
export interface Guidance {
  key: GuidanceKey;
  params: Record<string, string | number>;
}

export interface StepPlan {
  findings: StepFinding[];
  artifacts: Artifact[];
  /** Console or portal procedures the runbook spells out for this step. */
  guidance?: Guidance[];
  /** Plain data derived by the step (names, ports), published in plan.json. */
  facts: Record<string, unknown>;
}

export interface StepContext {
  answers: Answers;
  now: Date;
  /** What the certificate files said; absent when none was read (unit tests of a step). */
  certificates?: CertificateReport;
  /** The Azure preflight's findings, or why it did not run; absent = not configured. */
  azure?: AzureOutcome;
  /** Language of what the generated scripts and Markdown documents say (--lang); absent = English. */
  lang?: Lang;
  /** How a script names a file of the answers (domain/script-paths.ts); absent = as given. */
  scriptPath?: ScriptPath;
}

/** A step is one file: its input declarations and a pure plan(). No I/O, no prompts. */
export interface Step {
  id: StepId;
  inputs: AnyInputSpec[];
  plan(ctx: StepContext): StepPlan;
}

/** Where a script's step stands among all of them (step-ids.ts stepPosition): its synopsis opens with it. */
export interface StepPosition {
  number: number;
  total: number;
}

/**
 * How a generated script names a file the answers gave (a certificate): `path` as given, `folder`
 * the script's own folder in the output (`04-gateway`).
 */
export type ScriptPath = (path: string, folder: string) => string;

/** Procedures spelled out in the runbook, each with the admin's values. */
export type GuidanceKey = 'certificateTemplate' | 'clientChainConsole' | 'subCaPortal' | 'serverAppUpdate';
