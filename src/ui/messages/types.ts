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
  /**
   * RUNBOOK.md (src/emit/runbook/). Parameters that carry the admin's values arrive already
   * formatted as Markdown code spans, so a text never wraps them in backticks itself.
   */
  runbook: {
    title: string;
    generated: Text;
    findingsTitle: string;
    noFindings: string;
    /** Finding severities as the runbook prints them. */
    severity: Record<'error' | 'warning' | 'info', string>;
    /** One finding: mark, code, where (an input, or ''), text. */
    finding: Text;
    beforeTitle: string;
    /** Copy the folder, open PowerShell there, -WhatIf first (markdown paragraphs). */
    before: string;
    valuesIntro: string;
    /** The placeholders the texts use (`<service name>`), shown with this run's values. */
    placeholders: Record<'serviceName' | 'deploymentName' | 'siteCode' | 'smsProvider' | 'connectionPoint', string>;
    diagramTitle: string;
    /** Mermaid labels: these take plain values, escaped for Mermaid afterwards (not code spans). */
    diagram: {
      internetClients: string;
      https443: string;
      azure: Record<'public' | 'usgov', string>;
      cmg: string;
      deployment: Text;
      region: Text;
      vmInstances: Text;
      onPremises: string;
      connectionPoint: string;
      proxy: string;
      managementPoint: string;
      softwareUpdatePoint: string;
      distributionPoint: string;
      site: Text;
      smsProvider: Text;
      deploys: Record<'vmss' | 'classic', string>;
    };
    /** The outbound ports under the diagram (params: ports, proxy). */
    ports: Text;
    labTitle: string;
    labIntro: string;
    stepTitle: Text;
    /** The 1610 article's own step titles: the classic runbook follows them. */
    classicTitles: Record<StepId, string>;
    /** What each step is about; for classic, the article's step in its own meaning. */
    intro: Record<'vmss' | 'classic', Record<StepId, Text>>;
    manualTitle: string;
    /** Actions with no file to run; a text returning '' means none for these answers. */
    manual: Record<'vmss' | 'classic', Partial<Record<StepId, Text>>>;
    fields: Record<'where' | 'how' | 'run' | 'changes' | 'check' | 'console' | 'rollback', string>;
    /** A script that changes something: with -WhatIf first (params: whatIf, run). */
    runWithWhatIf: Text;
    /** A script that only reads (params: run). */
    runReadOnly: Text;
    nothingToRun: string;
    /** 1610: no cmdlet for the step; the console walkthrough covers it (params: file). */
    consoleOnly: Text;
    checklistTitle: string;
    checklistIntro: string;
    /** Label of a checklist item's step (params: number). */
    checklistStep: Text;
    checklistLab: string;
    /** One file of the plan as a checklist line (params: file, purpose). */
    checklistFile: Text;
    /** The procedure a guidance block describes, as one checklist line. */
    checklistGuidance: Record<GuidanceKey, string>;
  };
  /** What the runbook says about each kind of file, by artifact purpose. */
  runbookEntries: Record<string, RunbookEntry>;
}
