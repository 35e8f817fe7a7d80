import type { GuidanceKey, Machine } from '../model/step.ts';
import type { Code } from '../model/codes.ts';
import type { Params, RunbookEntry, RunbookText, Text } from '../model/text.ts';
import type { Actor, Citation } from '../model/runbook.ts';

export type { Params, Text };

export type HelpKey =
  | 'answers' | 'yes' | 'interactive' | 'noInteractive' | 'example' | 'labPasswordStdin' | 'labPasswordFile' | 'labPasswordEnv'
  | 'now' | 'dryRun' | 'json' | 'out' | 'force' | 'lang' | 'noColor'
  | 'program' | 'run' | 'plan' | 'steps' | 'schema' | 'cert' | 'certLab' | 'certLabServiceName' | 'certLabOut'
  | 'passwordStdin' | 'passwordFile' | 'passwordEnv' | 'version'
  | 'certInspect' | 'certInspectRole' | 'certInspectServiceName' | 'certInspectModel' | 'certInspectCloud' | 'certLabModel'
  | 'certRequest' | 'certRequestServiceName' | 'certRequestOut' | 'certRequestKeySize' | 'certRequestModel' | 'certRequestTemplate'
  | 'offline' | 'azureTimeout' | 'azureDeadline' | 'azure' | 'azureCheck' | 'registerProviders' | 'saveAnswers' | 'resume' | 'fresh'
  | 'completion' | 'completionShell';


/** The runbook texts of a kind of file; a step's own are in its folder's texts.ts (model/step.ts StepTexts). */
export type { RunbookEntry, RunbookText } from '../model/text.ts';

/** The files that are no step's own (the lab PKI of --example): their runbook texts stay in the catalogue. */
export type ExtraPurpose = 'lab.pki';

export type { Actor } from '../model/runbook.ts';


/** Texts of one generated script (or of what several share), one key per message. */
type Texts<K extends string> = Record<K, string>;

/**
 * What the generated PowerShell says where several steps (or the `cert request` command) share it;
 * a step's own scripts take their texts from its folder (src/steps/<id>/script-texts.ts, a
 * Record<Lang, ...> of the same kind). Comment-based help (synopsis, description, parameter help)
 * and every message it prints, prompts, throws or passes to ShouldProcess. A message that takes
 * values carries PowerShell `-f` placeholders (`{0}`, `{1:yyyy-MM-dd}`) and never a brace of its
 * own; generators emit each text through psQuote, never by interpolation. Help texts go into the
 * `<# #>` block as written: they hold no value of the admin's.
 */
export interface ScriptTexts {
  /** The help footer every script has, and the two parameters every site-side script opens the site drive with (and what it says when it cannot). */
  common: Texts<'stepOf' | 'generated' | 'whatIfFirst' | 'siteCodeHelp' | 'smsProviderHelp' | 'siteDriveFailed'>;
  /** Step 1: Request-CmgServerCertificate.ps1 (the wizard and `cert request`). */
  certificateRequest: Texts<
    | 'synopsis' | 'description' | 'infPathHelp' | 'requestPathHelp' | 'certificatePathHelp' | 'pfxPathHelp' | 'certificationAuthorityHelp'
    | 'certificateTemplateHelp' | 'alreadyDone' | 'existingRequest' | 'createAction' | 'newFailed' | 'issuedCertificate' | 'submitAction'
    | 'submitFailed' | 'submitFailedTemplate' | 'pending' | 'wrongSubject' | 'alreadyInstalled' | 'installAction' | 'acceptFailed' | 'exportAction'
    | 'noCertificate' | 'pfxPasswordPrompt' | 'pfxPasswordEmpty' | 'exported'
  >;
  /** Step 4: New-CmgGateway.ps1 (both models) and Wait-CmgReady.ps1. */
  gateway: Texts<
    | 'vmssSynopsis' | 'vmssDescription' | 'classicSynopsis' | 'classicDescription' | 'waitSynopsis' | 'waitDescription'
    | 'serviceNameHelp' | 'classicServiceNameHelp' | 'serviceCertPathHelp' | 'managementCertPathHelp' | 'clientRootCertPathsHelp' | 'rootCertPathHelp'
    | 'subscriptionIdHelp' | 'resourceGroupHelp' | 'serverAppClientIdHelp' | 'regionHelp' | 'vmInstanceCountHelp' | 'checkClientCertRevocationHelp'
    | 'enforceTls12Help' | 'contentEnabledHelp' | 'trafficOutGbHelp' | 'trafficWarningPctHelp' | 'trafficCriticalPctHelp' | 'trafficOutStopServiceHelp'
    | 'descriptionHelp' | 'waitServiceNameHelp' | 'timeoutMinutesHelp' | 'pollSecondsHelp'
    | 'tenantIdHelp' | 'existingResourceGroupHelp' | 'versionValueHelp' | 'vmssVmSizeValueHelp' | 'updateServerAppHelp' | 'unattendedHelp' | 'serviceCertPasswordHelp'
    | 'alreadyConfigured' | 'serverCertNotFound' | 'managementCertNotFound' | 'clientRootNotFound' | 'createVmssAction' | 'createClassicAction'
    | 'serverCertPasswordPrompt' | 'managementCertPasswordPrompt' | 'startedVmss' | 'startedClassic'
    | 'unattendedNoPassword' | 'missingParameter' | 'existingGroupMissing' | 'parameterWrongSet' | 'noValues' | 'noMatch' | 'notAValue' | 'scaleSetMeaning' | 'vmSizeMeaning'
    | 'updateServerAppMissing' | 'updateServerAppAction' | 'serverAppUpdated' | 'serverAppNeedsUpdate' | 'severalGateways' | 'gatewayNameUnresolved'
    | 'noGateway' | 'state' | 'ready' | 'notReady' | 'stateUnknownLabel' | 'stateUnknown' | 'stateStop'
    | 'stateRunningLabel' | 'stateProvisioningLabel' | 'stateDeploymentStartingLabel' | 'stateStoppingLabel' | 'stateStoppedLabel' | 'stateDeletingLabel'
  >;
}

/** Texts that take the admin's values, each already a Markdown code span (`` `value` ``). */
type Span<K extends string> = (values: Record<K, string>) => string;

/**
 * The Markdown documents written beside the scripts. The generator lays out the document
 * (headings, numbered steps, code blocks) and formats every value of the admin's as a code span,
 * exactly as it did before these texts had a French side; a text never wraps a value in
 * backticks itself. Constants (`/NoCRLCheck`, `MutualAuthPath`) and the log lines the client
 * writes stay as they are in both languages.
 */
export interface DocumentTexts {
  /** 04-gateway/console-walkthrough-1610.md: the 1610 article's console procedure, in the console's labels. */
  consoleWalkthrough: {
    title: string;
    retired: string;
    createTitle: string;
    /** Before 1802 the CMG is a pre-release feature: consent (the 2017 page's label), then turn it on. */
    consent: string;
    turnOn: string;
    /** From 1802: a full feature, nothing to turn on. */
    generallyAvailable: string;
    createPath: string;
    /** `managementCert` is '' when the answers give no path. */
    generalPage: Span<'subscriptionId' | 'managementCert'>;
    /** `serverCert` and `clientRoot` are '' when the answers give no file. */
    settingsPage: Span<'region' | 'vmCount' | 'serverCert' | 'clientRoot' | 'serviceName'>;
    revocationKept: string;
    revocationCleared: string;
    alertsNone: string;
    /** Plain numbers, not code spans. */
    alerts: (values: { thresholdGb: number; warningPct: number; criticalPct: number }) => string;
    finish: string;
    /** `ports` is plain text (`TCP-TLS 10140-10141, HTTPS 10124-10125`). */
    ports: (values: { ports: string }) => string;
    /** Through a proxy, one VM: the 1610 article (10124) and today's data-flow page (443) disagree. */
    proxyOneVm: string;
    /** Through a proxy, two or more VMs: `range` is plain text (`HTTPS 10124-10125`). */
    proxyVms: (values: { range: string }) => string;
    connectionPointTitle: string;
    connectionPointServer: Span<'server'>;
    connectionPointRole: Span<'serviceName'>;
    connectionPointCertificate: string;
    rolesTitle: string;
    rolesIntro: string;
  };
  /**
   * 04-gateway/console-walkthrough-scale-set.md: the current-branch console procedure (setup page,
   * "Set up a CMG"), written where no script can be sure to create a scale set (before 2207) or to
   * use an existing resource group (before 2603). Console labels as the English docs give them.
   */
  scaleSetWalkthrough: {
    title: string;
    /** `classicOffered` is 'yes' where the console also offers the cloud service (classic): before 2203. */
    whyVersion: Span<'siteVersion' | 'classicOffered'>;
    whyExistingGroup: Span<'siteVersion'>;
    /** '' where the labels are the docs' own language. */
    labelsNote: string;
    createTitle: string;
    topLevel: string;
    featurePreRelease: string;
    featureOptional: string;
    createPath: string;
    generalPage: Span<'environment' | 'subscriptionId' | 'classicOffered'>;
    generalPage2309: Span<'environment' | 'subscriptionId' | 'tenantId'>;
    /** `serverCert` is '' when the answers give no file. */
    settingsPage: Span<'serverCert' | 'serviceName'>;
    description: Span<'description'>;
    region: Span<'region'>;
    resourceGroupNew: Span<'resourceGroup'>;
    resourceGroupExisting: Span<'resourceGroup' | 'region'>;
    vmSize: Span<'vmSize'>;
    vmCount: Span<'vmCount'>;
    certificates: Span<'certificates'>;
    certificatesNone: string;
    revocationKept: string;
    revocationCleared: string;
    tls12On: string;
    tls12Off: string;
    contentOn: string;
    contentOff: string;
    alertsNone: string;
    /** Plain numbers, not code spans. */
    alerts: (values: { thresholdGb: number; warningPct: number; criticalPct: number; stop: boolean }) => string;
    finish: Span<'waitScript'>;
  };
  /** 08-clients/ccmsetup-internet-clients.md: installing internet-only clients through the CMG. */
  ccmsetup: {
    title: string;
    /** `share` is the site's Client share, built with `siteServerPlaceholder`. */
    intro: Span<'serviceName' | 'siteCode' | 'share'>;
    /** Placeholders inside code spans: the site server in the Client share, the MP role ID in the CMG endpoint. */
    siteServerPlaceholder: string;
    mpRoleIdPlaceholder: string;
    mpRoleIdTitle: string;
    /** `endpoint` holds mpRoleIdPlaceholder. */
    mpRoleIdIntro: Span<'endpoint'>;
    /** `example`: the endpoint with a sample ID; `placeholder`: the command's MP_ROLE_ID. */
    mpRoleIdResult: Span<'example' | 'placeholder'>;
    pkiTitle: string;
    pkiCertificate: string;
    pkiCrlChecked: string;
    pkiNoCrlCheck: string;
    tokenTitle: string;
    tokenWhere: string;
    tokenCopy: Span<'placeholder'>;
    /** `mp`: the SMSMP value, as in the command. */
    tokenSmsmp: Span<'mp'>;
    entraTitle: string;
    entraJoined: string;
    entraUri: Span<'placeholder'>;
    entraPortal: string;
    commandTitle: string;
    alwaysOn: string;
    notAlwaysOn: string;
    check: string;
  };
}

/**
 * What the prompt library (@inquirer/prompts) prints of its own, through the themes of
 * src/ui/prompt-theme.ts: the yes/no words (which are also the answers a yes/no question accepts,
 * by their first letters), the key hints under a list, and its error lines.
 */
export interface PromptTexts {
  /** A yes/no question accepts any start of these (and always y/yes/n/no too); its hint is their first letters, `(Y/n)`. */
  yes: string;
  no: string;
  /** An answer to a yes/no question that is neither (params: yes, no). */
  yesNoError: Text;
  /** Keys the hints name by a word; the others (↑↓, ⏎, ctrl+t, a letter) are shown as they are. */
  keys: Record<'space', string>;
  /** What a key does, in the hints under a list or a password. */
  actions: Record<'navigate' | 'select' | 'submit' | 'all' | 'invert' | 'toggleVisibility', string>;
  /** A password prompt without a mask character shows this instead of the typing. */
  maskedText: string;
  /** Enter (select) or space (checkbox) on a choice that cannot be taken. */
  selectDisabled: string;
  checkboxDisabled: string;
  /** The plain prompter's own words (a terminal that moves no cursor, TERM=dumb: src/ui/plain-prompter.ts). */
  plain: {
    /** The answer line under a numbered list: its number (or the value itself). */
    number: string;
    /** The answer line under a list to tick: its numbers. */
    numbers: string;
    /** An answer that is neither a number of the list nor one of its values (params: count). */
    notAChoice: Text;
    /** After a question that can go back: a lone `<` goes back (Shift+Tab in the rich prompts). */
    back: string;
  };
}

/** The placeholders of option values in help and errors (`--out <dir>`), by the name the flags give them. */
export type Placeholder = 'value' | 'items' | 'json' | 'path' | 'VAR' | 'file' | 'iso-date' | 'seconds' | 'dir' | 'lang' | 'fqdn' | 'role' | 'model' | 'cloud' | 'bits' | 'name';

/**
 * What commander prints of its own (src/cli/program.ts): the help's titles, usage words and the
 * parenthesised facts after a description, the help option and command, and its errors. Values
 * (a flag as typed, a command name) are quoted as commander quotes them, `'--bogus'`.
 */
export interface CommanderTexts {
  titles: Record<'usage' | 'arguments' | 'options' | 'globalOptions' | 'commands', string>;
  /** The usage line's `[options]` and `[command]`, and the `help [command]` command's term. */
  usageOptions: string;
  usageCommand: string;
  helpCommandTerm: string;
  helpDescription: string;
  /** The one positional argument of a command (`cert inspect <file>`). */
  fileArgument: string;
  placeholders: Record<Placeholder, string>;
  /** The facts commander adds after a description, joined by ', ' in one parenthesis (params: value). */
  choices: Text;
  defaultValue: Text;
  preset: Text;
  env: Text;
  /** Opens every error line; main.ts takes it off for the JSON document's message. */
  errorPrefix: string;
  unknownOption: Text;
  unknownCommand: Text;
  missingArgument: Text;
  optionMissingArgument: Text;
  mandatoryOption: Text;
  /** params: command ('' for the program itself), expected, received. */
  excessArguments: Text;
  /** params: option, value, reason; the env form adds env; the argument form takes argument, value, reason. */
  invalidOptionValue: Text;
  invalidEnvValue: Text;
  invalidArgumentValue: Text;
  /** The reason a value outside an option's choices is refused (params: choices). */
  allowedChoices: Text;
}

/**
 * Everything the tool says to a person. `en` and `fr` implement this one type, so a key missing
 * from either fails the type check (and a test compares them at run time too). An input's help
 * line and prompt are not here: they sit with its declaration (src/steps/<id>/input-texts.ts).
 */
export interface Catalogue {
  /** The heading of the inputs and findings that belong to no step (each step's title is in its folder's texts.ts). */
  generalTitle: string;
  machines: Record<Machine, string>;
  /** What a file that is no step's own is for (the runbook's line under the file, and the checklist's); a step's are in its texts.ts. */
  purposes: Record<ExtraPurpose, RunbookText>;
  /** How to verify that a file that is no step's own did its job (the runbook's "check" line). */
  verify: Record<ExtraPurpose, RunbookText>;
  /**
   * Runbook procedures (markdown lines), by key. Values arrive as Markdown code spans (plain
   * words and numbers as they are), so a text never wraps them in backticks itself.
   */
  guidance: Record<GuidanceKey, Text>;
  /**
   * Findings and usage problems, by stable code. The same text serves the terminal (values shown
   * escaped) and the runbook (values as code spans, plain words as they are): a text never wraps
   * a value in backticks or Markdown of its own, and compares only plain-word selectors.
   */
  codes: Record<Code, Text>;
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
    /** The `--no-…` form of a boolean input whose default is true. */
    helpNegation: Text;
    /** After an unknown command or option: the closest known one. */
    didYouMean: Text;
    helpExamples: string;
    helpExitCodes: string;
    missingHeader: Text;
    /** Prompting is off only because standard output is not a terminal. */
    missingHeaderStdout: Text;
    missingLine: Text;
    missingSecretLine: Text;
    missingFooter: string;
    usageHeader: string;
    findingsHeader: Text;
    summaryLine: Text;
    planWritesNothing: string;
    wroteOutput: Text;
    cancelled: string;
    equivalentCommand: string;
    equivalentSecrets: string;
    equivalentThen: string;
    equivalentAnswers: string;
    equivalentAnswersSecrets: string;
    equivalentAnswersOnly: string;
    equivalentSaveAnswers: string;
    internalError: Text;
    optionalHint: string;
    noneChoice: string;
    labMade: Text;
    labPasswordGenerated: string;
    labProgress: (p: { keys: 3 | 4 }) => string;
    secretAgain: string;
    passwordsDiffer: string;
    /** `cert lab`'s password question: what the password protects. */
    labPasswordPrompt: string;
    labPasswordPromptClassic: string;
    stepsHeader: string;
    requiredMarker: string;
    /** After an input that only a flag or the environment may set (armEndpoint). */
    stepsCommandLineOnly: string;
    keyReplaced: Text;
    /** After cert lab and cert request: where the private key files are, readable by the admin alone (params: files). */
    keyFilesOwnerOnly: Text;
    labWritten: Text;
    azureProgress: string;
    answersSaved: Text;
    /** What a killed run left beside --out, and what this run did with it (src/output/leftovers.ts). */
    leftoverRestored: Text;
    leftoverRemoved: Text;
    leftoverKept: Text;
    leftoverFound: Text;
    /** The earlier output moved aside by --force but not deleted: something else appeared in it. */
    retiredKept: Text;
    azureHeader: Text;
  };
  /** Descriptions of options and commands that are not inputs. */
  help: Record<HelpKey, string>;
  /** The resume state beside --out (src/cli/wizard/resume.ts): kept, reloaded, discarded, removed. */
  resume: {
    /** --resume: what the state held and what is asked (params: path, steps `1-4` or '', answers, secrets). */
    resumed: Text;
    /** A run that stopped or failed: where the answers are and the command that goes on (params: path, command). */
    kept: Text;
    /** A plan that succeeded keeps them too: nothing was written yet. */
    keptAfterPlan: Text;
    /** A run that wrote its output removed the state. */
    removed: Text;
    /** --fresh removed it before asking. */
    discarded: Text;
    /** The state could not be written (params: path, reason): said once, the interview goes on. */
    notKept: Text;
  };
  /** `cert inspect` output labels. */
  inspect: {
    header: Text;
    /** Each role `cert inspect --role` takes (src/certs/inspect.ts ROLES; src/ui/certificate-details.ts indexes this by it, so a new role needs a text here). */
    roles: Record<'server' | 'client-root' | 'management', string>;
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
      /** How the site creates and watches the CMG (params: model). */
      deploys: Text;
    };
    /** The outbound ports under the diagram (params: ports, proxy). */
    ports: Text;
    labTitle: string;
    labIntro: string;
    stepTitle: Text;
    /** Heading of an action by hand (params: title). */
    manualHeading: Text;
    /** Who does an item (the **Who:** field). */
    actors: Record<Actor, string>;
    /** Sources that have no live page to link to (retired articles), cited by name. */
    citations: Record<Citation, string>;
    /** Between two sources of a **Source:** line (a cited name holds commas). */
    sourcesJoin: string;
    /** Above items another step makes but the runbook lists here (params: from, reason). */
    movedHere: Text;
    /** In the step that makes them (params: to, reason). */
    movedAway: Text;
    /** Why an item is listed under another step, by the key src/emit/runbook/order.ts gives it. */
    movedReasons: Record<'subCaAfterGateway', string>;
    fields: Record<'who' | 'where' | 'site' | 'what' | 'how' | 'run' | 'changes' | 'check' | 'console' | 'rollback' | 'source' | 'keys', string>;
    /** The **Private keys:** field of a block whose files hold keys: where they are, and who can read them (params: files). */
    keysOwnerOnly: Text;
    /** A script that changes something: with -WhatIf first (params: whatIf, run). */
    runWithWhatIf: Text;
    /** A script that only reads (params: run). */
    runReadOnly: Text;
    nothingToRun: string;
    /** A hierarchy: the step is done at each primary site, not at the CAS (params: siteCode, sites). */
    atPrimarySites: Text;
    /** A hierarchy: which values the placeholders of steps 5-7 take (params: siteCode). */
    placeholdersPerSite: Text;
    /** A hierarchy: the block of one primary site's script (params: siteCode, smsProvider). */
    primarySite: Text;
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
  /** What the runbook says about each file that is no step's own, by purpose (a step's are in its texts.ts). */
  runbookEntries: Record<ExtraPurpose, RunbookEntry>;
  /** What the prompt library says of its own (src/ui/prompt-theme.ts). */
  prompts: PromptTexts;
  /** What commander says of its own (src/cli/program.ts). */
  commander: CommanderTexts;
  /** What the generated PowerShell scripts say. */
  script: ScriptTexts;
  /** What the generated Markdown documents (beside the scripts) say. */
  documents: DocumentTexts;
  /** What the interview says between questions, and its review. */
  interview: InterviewTexts;
}

/** src/messages/interview.<lang>.ts. */
export interface InterviewTexts {
  readyTitle: string;
  ready: readonly string[];
  /** The keys of the interview, said once under the list. */
  keys: string;
  /** The same with the plain prompts (TERM=dumb, src/ui/plain-prompter.ts): a line `<` goes back, and Esc is not a key a line carries. */
  plainKeys: string;
  /** Beside a question that can go back. */
  backHint: string;
  generalHeading: string;
  generalLines: { does: string; runs: string };
  stepHeading: Text;
  recommended: string;
  /** Under every step's heading once classic is chosen: the retirement stays in view. */
  classicBanner: string;
  classicContinue: string;
  refused: Text;
  certificateRead: Text;
  stepProblems: string;
  clientRootsEmpty: string;
  /** Before the list of given values that break a rule, found before the first question. */
  refusedBeforeAsking: string;
  /** Before the list of given values that break a rule, each asked at its turn. */
  refusedUpfront: string;
  reviewTitle: string;
  secretValue: string;
  /** Where a derived value (the deployment prefix) comes from, in the review. */
  derived: string;
  /** A derived value, shown when it is known (it is never asked). */
  derivedValue: Text;
  noValue: string;
  sources: Record<'flag' | 'env' | 'answers' | 'example' | 'prompt' | 'default', string>;
  reviewQuestion: string;
  reviewFailed: string;
  write: Text;
  edit: Text;
  quit: string;
}
