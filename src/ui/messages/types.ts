import type { Machine } from '../../steps/step.ts';
import type { StepId } from '../../steps/ids.ts';
import type { AnswerKey } from '../../wizard/answers.ts';

export type HelpKey =
  | 'answers' | 'yes' | 'interactive' | 'noInteractive' | 'example' | 'labPasswordStdin' | 'labPasswordFile' | 'labPasswordEnv'
  | 'now' | 'dryRun' | 'json' | 'out' | 'force' | 'lang' | 'noColor'
  | 'program' | 'run' | 'plan' | 'steps' | 'schema' | 'cert' | 'certLab' | 'certLabServiceName' | 'certLabOut'
  | 'passwordStdin' | 'passwordFile' | 'passwordEnv' | 'version'
  | 'certInspect' | 'certInspectRole' | 'certInspectServiceName' | 'certInspectModel' | 'certInspectCloud'
  | 'certRequest' | 'certRequestServiceName' | 'certRequestOut' | 'certRequestKeySize' | 'certRequestModel' | 'certRequestTemplate'
  | 'offline' | 'azureTimeout' | 'azureDeadline' | 'azure' | 'azureCheck' | 'registerProviders' | 'saveAnswers';

export type Params = Record<string, string | number>;

/** What the runbook says about one kind of file (by artifact purpose). */
export interface RunbookEntry {
  /** How to run or use it there, e.g. "elevated PowerShell: .\\Set-CmgSiteSettings.ps1 -WhatIf, then without". */
  how: string;
  /** What it changes, in the admin's words. */
  changes: string;
  /** The console (or portal) path for those who prefer it; absent when there is none. */
  console?: string;
  /** How to undo it. */
  rollback: string;
}

/** Procedures spelled out in the runbook, each with the admin's values. */
export type GuidanceKey = 'certificateTemplate' | 'clientChainConsole' | 'subCaPortal';
export type Text = (params: Params) => string;

/**
 * Everything the tool says to a person. `en` and `fr` implement this one type, so a key missing
 * from either fails the type check (and a test compares them at run time too).
 */
export interface Catalogue {
  inputs: Record<AnswerKey, { help: string; prompt: string }>;
  steps: Record<StepId | 'general', string>;
  machines: Record<Machine, string>;
  purposes: Record<string, string>;
  /** How to verify that an artifact did its job, by purpose (the runbook's "check" line). */
  verify: Record<string, string>;
  /** Runbook procedures (markdown lines), by key. */
  guidance: Record<GuidanceKey, Text>;
  /** Findings and usage problems, by stable code. */
  codes: Record<string, Text>;
  ui: {
    helpGroupGeneral: string;
    helpGroupStep: Text;
    helpGroupAutomation: string;
    helpGroupOutput: string;
    helpSecretStdin: Text;
    helpSecretFile: Text;
    helpSecretEnv: Text;
    helpEnvSuffix: Text;
    helpDefaultSuffix: Text;
    helpChoicesSuffix: Text;
    helpExamples: string;
    helpExitCodes: string;
    missingHeader: Text;
    missingLine: Text;
    missingSecretLine: Text;
    missingFooter: string;
    usageHeader: string;
    findingsHeader: Text;
    summaryLine: Text;
    planWritesNothing: string;
    wroteOutput: Text;
    confirmWrite: Text;
    cancelled: string;
    equivalentCommand: string;
    internalError: Text;
    optionalHint: string;
    noneChoice: string;
    labMade: Text;
    labPasswordGenerated: string;
    labProgress: string;
    secretAgain: string;
    passwordsDiffer: string;
    stepsHeader: string;
    requiredMarker: string;
    keyReplaced: Text;
    labWritten: Text;
    azureProgress: string;
    answersSaved: Text;
    azureHeader: Text;
  };
  /** Descriptions of options and commands that are not inputs. */
  help: Record<HelpKey, string>;
  /** `cert inspect` output labels. */
  inspect: {
    header: Text;
    roles: Record<string, string>;
    subject: string;
    alternativeNames: string;
    issuer: string;
    selfSigned: string;
    validity: string;
    validityRange: Text;
    key: string;
    signature: string;
    extendedKeyUsage: string;
    anyPurpose: string;
    thumbprint: string;
    pfxCertificates: string;
    pfxKeys: string;
    pfxMac: string;
    notEncrypted: string;
    none: string;
  };
  /** `cert request` output. */
  request: {
    progress: Text;
    written: Text;
    nextSteps: Text;
  };
  runbook: {
    title: string;
    generated: Text;
    findingsTitle: string;
    noFindings: string;
    copyFiles: string;
    stepTitle: Text;
    nothingToRun: string;
    runOn: Text;
    check: Text;
    whatIf: string;
    portsTitle: string;
  };
}
