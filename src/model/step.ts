import type { AzureOutcome } from './azure-outcome.ts';
import type { AzureCheckRequest } from './azure-checks.ts';
import type { CertificateReport, StepCertificateRead } from './certificates.ts';
import type { DiagramPart } from './diagram.ts';
import type { ManualAction, ManualText, RunbookFile } from './runbook.ts';
import type { Answers } from './answers.ts';
import type { StepFinding } from './findings.ts';
import type { StepId } from './step-id.ts';
import type { AnyInputSpec } from './inputs.ts';
import type { Lang } from './lang.ts';
import type { Params, RunbookEntry, RunbookText, Text } from './text.ts';

/** Where the admin runs or uses an artifact; the runbook groups by it. */
export type Machine = 'ca-server' | 'admin-workstation' | 'site-server' | 'azure-portal' | 'connection-point' | 'client';

/** A file of the plan; `P` is the purposes its step knows (the keys of its texts), so an unknown one does not compile. */
export interface Artifact<P extends string = string> {
  /** Relative to the output folder, with forward slashes: `04-gateway/New-CmgGateway.ps1`. */
  path: string;
  content: string | Uint8Array;
  /** What it is for: the key of its runbook texts (its step's texts.ts, or the catalogue's for the lab PKI). */
  purpose: P;
  runOn: Machine;
  /** The primary site of a hierarchy this script is run against (its folder, `05-site/P01/`); absent otherwise. */
  site?: string;
  /** Holds a private key: created 0600 inside a 0700 folder. */
  privateKey?: boolean;
}

/** Text for the runbook from the message catalogue (`guidance`), with the admin's values. */
export interface Guidance {
  key: GuidanceKey;
  params: Record<string, string | number>;
}

export interface StepPlan<P extends string = string> {
  findings: StepFinding[];
  artifacts: Artifact<P>[];
  /** Console or portal procedures the runbook spells out for this step. */
  guidance?: Guidance[];
  /** Plain data derived by the step (names, ports), published in plan.json. */
  facts: Record<string, unknown>;
}

/** What a step plans from; its place among the steps is given to it, never written in it. */
export interface StepContext {
  answers: Answers;
  now: Date;
  /** Its place among the steps (the registry's order): its scripts' synopses open with "Step 4: ". */
  position: StepPosition;
  /** Its folder in the output, from its place and id: `04-gateway`. */
  folder: string;
  /** What the certificate files said; absent when none was read (unit tests of a step). */
  certificates?: CertificateReport;
  /** The Azure preflight's findings, or why it did not run; absent = not configured. */
  azure?: AzureOutcome;
  /** Language of what the generated scripts and Markdown documents say (--lang); absent = English. */
  lang?: Lang;
  /** How a script names a file of the answers (domain/script-paths.ts); absent = as given. */
  scriptPath?: ScriptPath;
}

/** A step's own texts in one language (its folder's texts.ts): a language that lacks one does not compile. */
export interface StepTexts<P extends string = string, A extends string = string> {
  /** Its heading in the help, the review and the runbook: its declaration's title in this language. */
  title: string;
  /** What the interview says under the step's heading: what the step does, and where its output runs (two lines). */
  interview: { does: string; runs: string };
  /** The 1610 article's title for this step: the classic runbook follows the article. */
  classicTitle: string;
  /** What the runbook says the step is about, with the run's values; for classic, the article's step in its own words. */
  intro: Record<'vmss' | 'classic', Text>;
  /** What each kind of file the step writes is for, by purpose (the runbook's line under the file, and the checklist's). */
  purposes: Record<P, RunbookText>;
  /** How to verify that a file did its job, by purpose (the runbook's "check" line). */
  verify: Record<P, RunbookText>;
  /** What the runbook says about each kind of file, by purpose: how to run it, what it changes, the console, the rollback. */
  entries: Record<P, RunbookEntry>;
  /** What each of its actions by hand says (title, where, what), by id (Step.runbookActions). */
  actions: Record<A, ManualText>;
}

/**
 * What is known of a step without its plan (its folder's declaration.ts): enough for --help,
 * `steps` and `schema`, which load only these (src/steps/declarations.ts) and not the generators.
 */
export interface StepDeclaration {
  id: StepId;
  /** Its heading, in every language. */
  title: Record<Lang, string>;
  inputs: AnyInputSpec[];
}

/** A step is one folder (src/steps/<id>/): its declaration (declaration.ts), its texts and a pure plan(). No I/O, no prompts. */
export interface Step<P extends string = string, A extends string = string> extends StepDeclaration {
  texts: Record<Lang, StepTexts<P, A>>;
  plan(ctx: StepContext): StepPlan<P>;
  /**
   * The certificate files its inputs name, read and checked (certs/assess.ts) before any step plans;
   * their findings come back to this step and the read's input. Pure: no I/O.
   */
  certificateReads?(answers: Answers): StepCertificateRead[];
  /** What the read-only Azure preflight checks for it (azure/checks.ts runs them in the steps' order). Pure. */
  azureChecks?(answers: Answers): AzureCheckRequest[];
  /**
   * The values its runbook texts take, from the answers and its own plan's facts (names as code
   * spans, flags 'yes' or ''): the runner keeps them on its outcome and the runbook adds them to
   * the shared ones (emit/runbook/context.ts). Any runbook text may read them; absent = none.
   */
  runbookParams?(answers: Answers, facts: Record<string, unknown>): Params;
  /** Who runs or uses each kind of file it writes, and the pages it rests on, by purpose: one for every purpose, or it does not compile. */
  runbookFiles: Record<P, RunbookFile>;
  /** What it puts in the runbook's set-up diagram (nodes and edges as plain data), from the answers and its plan's facts; absent = nothing. */
  runbookDiagram?(answers: Answers, facts: Record<string, unknown>): DiagramPart;
  /** The actions by hand of this step that apply to these answers, in the runbook's order; absent = none. */
  runbookActions?(answers: Answers, facts: Record<string, unknown>): ManualAction<A>[];
}

/** Where a script's step stands among all of them (steps/declarations.ts stepPosition): its synopsis opens with it. */
export interface StepPosition {
  number: number;
}

/**
 * How a generated script names a file the answers gave (a certificate): `path` as given, `folder`
 * the script's own folder in the output (`04-gateway`).
 */
export type ScriptPath = (path: string, folder: string) => string;

/** Procedures spelled out in the runbook, each with the admin's values. */
export type GuidanceKey = 'certificateTemplate' | 'clientChainConsole' | 'subCaPortal' | 'serverAppUpdate';
