import { realpathSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { CancelledError, OutputError, UsageError, ValidationFailedError } from '../model/errors.ts';
import { parseLang, parseNow } from './common-options.ts';
import { renderAnswersYaml } from '../wizard/answers-yaml.ts';
import { renderRunbook } from '../emit/runbook.ts';
import { assertOutputFree, writeOutput, type OutputFile } from '../output/write-output.ts';
import { assertAnswersFileFree, assertAnswersOutsideOutput, saveAnswers } from '../output/save-answers.ts';
import { repairLeftovers, reportReplaced } from './output-notices.ts';
import { ALL_INPUTS, inputSpec } from '../steps/index.ts';
import { equivalentCommand } from '../wizard/equivalent-command.ts';
import { catalogue, codeText } from '../messages/i18n.ts';
import { type Lang } from '../model/lang.ts';
import { confirmWrite, inquirerPrompter } from '../ui/prompter.ts';
import { paint, renderPlan } from '../ui/render.ts';
import { processTerminal, type Terminal } from '../ui/terminal.ts';
import { withProgress } from '../ui/progress.ts';
import { azureNoticeLine } from '../ui/azure-check.ts';
import { readAnswersFile } from '../wizard/answers-file.ts';
import { scriptPaths } from '../domain/script-paths.ts';
import { hasErrors } from '../model/findings.ts';
import { planDocument } from '../wizard/plan-document.ts';
import { resolveInputs, type PathFacts } from '../wizard/resolve.ts';
import { type Resolution } from '../model/plan.ts';
import { readCertificateReport } from '../wizard/certificate-reads.ts';
import { azureChecks } from '../wizard/azure-checks.ts';
import { type CertificateReport } from '../model/certificates.ts';
import { planSteps } from '../wizard/runner.ts';
import { allArtifacts, allFindings, type PlanResult } from '../model/plan.ts';
import { readSecret } from '../wizard/secrets.ts';
import { Secret } from '../model/secret.ts';
import { prepareExample, type PreparedExample } from './example.ts';
import { readSecretFlags } from './secret-flags.ts';
import { stdinWaitMs } from './stdin-wait.ts';
import { azureLimits } from './azure-limits.ts';
import type { AzureOutcome } from '../model/azure-outcome.ts';
import { jsonText } from '../ui/json-text.ts';

type PromisedFiles = ReadonlyMap<string, Uint8Array>;

/** Reads and checks the certificate files the steps declare before any step plans; node-forge loads only when there is one. */
async function certificateReport(resolution: Resolution, now: Date, promised: PromisedFiles): Promise<CertificateReport> {
  return readCertificateReport(resolution, now, promised);
}

/** The .pfx inputs whose password the admin can type again after a mistake. */
const PFX_PASSWORDS = [
  ['serverCertPath', 'serverCertPassword'],
  ['managementCertPath', 'managementCertPassword'],
] as const;
const PASSWORD_ATTEMPTS = 3;

/**
 * At a terminal a mistyped .pfx password is asked again, like certutil and the console's import
 * wizard do; elsewhere CERT_BAD_PASSWORD stays a finding (exit 3).
 */
export async function certificateReportWithRetry(resolution: Resolution, now: Date, promised: PromisedFiles, terminal: Pick<Terminal, 'lang' | 'canPrompt' | 'stderr'>, askPassword = (key: 'serverCertPassword' | 'managementCertPassword') => inquirerPrompter(terminal.lang).askSecret(inputSpec(key))): Promise<CertificateReport> {
  let report = await certificateReport(resolution, now, promised);
  for (let attempt = 1; terminal.canPrompt && attempt <= PASSWORD_ATTEMPTS; attempt += 1) {
    const wrong = PFX_PASSWORDS.filter(([path]) => report.findings.some((finding) => finding.code === 'CERT_BAD_PASSWORD' && finding.input === path));
    if (wrong.length === 0) break;
    for (const [path, password] of wrong) {
      terminal.stderr.write(`${codeText(terminal.lang, 'CERT_BAD_PASSWORD', { path: resolution.answers[path] ?? '' })}\n`);
      resolution.answers[password] = new Secret(await askPassword(password), 'prompt');
      resolution.sources[password] = 'prompt';
    }
    report = await certificateReport(resolution, now, promised);
  }
  return report;
}

/**
 * The read-only Azure preflight, when a sign-in is configured and not --offline. A sign-in or
 * Azure failure ends the run (exit 4 or 5) rather than pass for a clean plan.
 */
async function azureOutcome(resolution: Resolution, options: RunOptions, terminal: Terminal): Promise<AzureOutcome> {
  const limits = azureLimits(options);
  if (options.offline) return { ran: false, reason: 'offline' };
  const auth = resolution.answers.azureAuth;
  // Inputs the checks read that already failed validation would only produce noise in Azure.
  if (!auth || hasErrors(resolution.findings.filter((finding) => finding.step === 'azure' || finding.step === 'general'))) return { ran: false, reason: 'no-sign-in' };
  const { runPreflight } = await import('../azure/preflight.ts');
  const findings = await withProgress(terminal, catalogue(terminal.lang).ui.azureProgress, (print) =>
    runPreflight({
      answers: resolution.answers,
      checks: azureChecks(resolution.answers),
      auth,
      limits,
      canPrompt: terminal.canPrompt,
      registerProviders: false,
      servicePrincipal: { clientId: resolution.answers.azureClientId, secret: resolution.answers.azureClientSecret },
      notify: print,
      warn: (code, params) => print(azureNoticeLine(code, params, terminal.lang)),
    }),
  );
  return { ran: true, findings };
}

interface RunOptions {
  saveAnswers?: string;
  offline?: boolean;
  azureTimeout?: string;
  azureDeadline?: string;
  answers?: string;
  yes?: boolean;
  interactive?: boolean;
  example?: boolean;
  now?: string;
  dryRun?: boolean;
  json?: boolean;
  out: string;
  force?: boolean;
  lang?: string;
  color: boolean;
}

/**
 * Symbolic links are followed: an admin may name the current certificate through a link, and
 * what is read (src/files/read-regular-file.ts) is the file it leads to. What --force may
 * delete is judged on that file too (refuseInputsInsideOutput).
 */
function statPath(promised: PromisedFiles): PathFacts {
  return (path) => {
    if (promised.has(resolve(path))) return 'file';
    try {
      return statSync(path).isFile() ? 'file' : 'other';
    } catch {
      return 'missing';
    }
  };
}

/** The path as given and, when it exists, the file it really is (links and linked folders resolved). */
function locations(path: string): string[] {
  const given = resolve(path);
  try {
    return [given, realpathSync(given)];
  } catch {
    return [given];
  }
}

/**
 * Replacing the output must not delete a certificate the answers point into, directly or through
 * a link (`current.pfx -> cmg-setup-output/...`): the real paths are compared as well.
 */
function refuseInputsInsideOutput(result: PlanResult, out: string, promised: PromisedFiles): void {
  const { answers } = result.resolution;
  const paths = [answers.serverCertPath, answers.managementCertPath, ...answers.clientRootCerts, ...answers.subCaCerts].filter((path): path is string => typeof path === 'string');
  const target = resolve(out);
  const targets = locations(out);
  const isInside = (path: string) => targets.some((folder) => (path + sep).startsWith(folder + sep) && relative(folder, path) !== '');
  const inside = paths.filter((path) => !promised.has(resolve(path))).flatMap(locations).find(isInside);
  if (inside) throw new OutputError('OUTPUT_INSIDE_INPUT', { path: target, file: inside });
}

function outputFiles(result: PlanResult, lang: Lang): OutputFile[] {
  const document = planDocument(result, { lang, command: 'run' });
  return [
    { path: 'RUNBOOK.md', content: renderRunbook(result, lang) },
    { path: 'plan.json', content: jsonText(document) },
    { path: 'answers.yaml', content: renderAnswersYaml(result) },
    ...allArtifacts(result).map((artifact) => ({ path: artifact.path, content: artifact.content, ...(artifact.privateKey ? { privateKey: true } : {}) })),
  ];
}

/** `cmg-setup`, `cmg-setup run` and `cmg-setup plan`: resolve, plan every step, then (run) write. */
export async function runWizard(command: Command, mode: 'run' | 'plan'): Promise<void> {
  const options = command.opts<RunOptions>();
  const dryRun = mode === 'plan' || options.dryRun === true;
  const lang = parseLang(options.lang, process.env);
  const terminal = processTerminal(options, lang);
  const now = parseNow(options.now);
  // A bad --azure-timeout is a usage error even when the checks will not run (--offline, no sign-in).
  azureLimits(options);
  const text = catalogue(lang);
  const human = terminal.json ? terminal.stderr : terminal.stdout;

  const flags = new Map<string, unknown>();
  for (const spec of ALL_INPUTS) {
    if (spec.kind !== 'secret' && command.getOptionValueSource(spec.key) === 'cli') flags.set(spec.key, command.getOptionValue(spec.key));
  }
  const secretFlags = readSecretFlags(command, ALL_INPUTS, ['labPassword']);
  const labPasswordRequest = secretFlags.get('labPassword');
  secretFlags.delete('labPassword');
  if (options.example && options.answers) throw new UsageError([{ code: 'EXAMPLE_WITH_ANSWERS' }]);
  const answersFile = options.answers ? readAnswersFile(options.answers, ALL_INPUTS) : undefined;
  repairLeftovers(options.out, !dryRun, terminal);
  if (!dryRun) assertOutputFree(options.out, options.force === true, options.answers ? { answersFile: options.answers } : {});
  if (options.saveAnswers) {
    if (!dryRun) assertAnswersOutsideOutput(options.saveAnswers, options.out);
    assertAnswersFileFree(options.saveAnswers, options.force === true);
  }

  let example: PreparedExample | undefined;
  if (options.example) {
    const password = labPasswordRequest && labPasswordRequest.from !== 'prompt' ? await readSecret('labPassword', labPasswordRequest, { stdin: process.stdin, env: process.env, stdinTimeoutMs: stdinWaitMs(terminal, process.env) }) : undefined;
    const progress = <T>(work: () => Promise<T>) => withProgress(terminal, text.ui.labProgress, work);
    example = await prepareExample({ progress, flags, env: process.env, dryRun, out: options.out, now, password });
    human.write(`${text.ui.labMade({ serviceName: String(example.values.get('serviceName')) })}\n`);
    if (!password) human.write(`${text.ui.labPasswordGenerated}\n`);
  }

  try {
    const promised: PromisedFiles = example?.promisedFiles ?? new Map();
    const resolution = await resolveInputs({
      specs: ALL_INPUTS,
      flags,
      secretFlags,
      env: process.env,
      ...(answersFile ? { answersFile } : {}),
      ...(example ? { example: { values: example.values, secrets: example.secrets } } : {}),
      ...(terminal.canPrompt ? { prompter: inquirerPrompter(lang) } : {}),
      stdin: process.stdin,
      stdinTimeoutMs: stdinWaitMs(terminal, process.env),
      statPath: statPath(promised),
    });
    const certificates = await certificateReportWithRetry(resolution, now, promised, terminal);
    const result = planSteps(resolution, now, {
      extraArtifacts: example?.artifacts ?? [],
      certificates,
      azure: await azureOutcome(resolution, options, terminal),
      lang,
      // Paths as the certificate checks resolved them (from this folder), written for the scripts.
      scriptPath: scriptPaths({ cwd: process.cwd(), out: options.out }),
    });
    const findings = allFindings(result);
    const failed = hasErrors(findings);

    if (!terminal.json) human.write(`${renderPlan(planDocument(result, { lang, command: mode }), terminal)}\n`);
    // Saved once the plan holds: a file that fails validation would only fail again next time.
    if (options.saveAnswers && !failed) human.write(`${text.ui.answersSaved({ path: saveAnswers(options.saveAnswers, renderAnswersYaml(result)) })}\n`);
    if (failed || dryRun) {
      if (terminal.json) terminal.stdout.write(jsonText(planDocument(result, { lang, command: dryRun ? 'plan' : 'run', output: { path: resolve(options.out), written: false } })));
      if (failed) throw new ValidationFailedError(findings);
      if (!terminal.json) human.write(`${paint(terminal).dim(text.ui.planWritesNothing)}\n`);
      return;
    }

    refuseInputsInsideOutput(result, options.out, promised);
    const files = outputFiles(result, lang);
    if (terminal.canPrompt && !(await confirmWrite(lang, files.length + 1, resolve(options.out)))) throw new CancelledError('declined');
    const written = writeOutput({ out: options.out, files, force: options.force === true, now, env: process.env });
    if (terminal.json) {
      terminal.stdout.write(jsonText(planDocument(result, { lang, command: 'run', output: { path: written.path, written: true } })));
    } else {
      human.write(`${text.ui.wroteOutput({ count: written.files, path: written.path })}\n`);
    }
    reportReplaced(written, terminal);
    if (Object.values(resolution.sources).includes('prompt')) {
      const extra = command.getOptionValueSource('out') === 'cli' ? ['--out', options.out] : [];
      terminal.stderr.write(`${text.ui.equivalentCommand}\n  ${equivalentCommand(resolution, mode, extra)}\n`);
    }
  } finally {
    example?.cleanup();
  }
}
