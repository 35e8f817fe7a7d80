import { ValidationFailedError } from '../../model/errors.ts';
import { armEndpointFor } from '../../azure/endpoints.ts';
import { ALL_INPUTS } from '../../steps/declarations.ts';
import { azureNoticeLine, renderAzureCheck } from '../../ui/azure-check.ts';
import { catalogue, codeText } from '../../messages/i18n.ts';
import { withProgress } from '../../ui/progress.ts';
import { readAnswersFile } from '../../wizard/answers-file.ts';
import { countBySeverity, hasErrors, type Finding } from '../../model/findings.ts';
import { resolveInputs } from '../../wizard/resolve.ts';
import { azureLimits } from '../azure-limits.ts';
import { parseLang } from '../common-options.ts';
import { commandTerminal, type CommandIO } from '../io.ts';
import { readSecretFlags, type SecretFlagValues } from '../secret-flags.ts';
import { stdinWaitMs } from '../stdin-wait.ts';
import { jsonText } from '../../ui/json-text.ts';
import { azureChecks } from '../../wizard/azure-checks.ts';
import { writeWrapped } from '../../ui/wrap.ts';

/** The answers the preflight reads; anything else in an answers file is accepted and ignored. */
const CHECKED_KEYS: ReadonlySet<string> = new Set([
  'model', 'cloud', 'siteVersion', 'serviceName', 'deploymentPrefix',
  'subscriptionId', 'tenantId', 'resourceGroup', 'useExistingResourceGroup', 'azureAuth', 'azureClientId', 'azureClientSecret', 'armEndpoint',
  'region', 'vmSize', 'contentEnabled',
]);

export interface AzureCheckOptions {
  /** The inputs given as flags on the command line (not their defaults). */
  inputs: ReadonlyMap<string, unknown>;
  /** `--<secret>-stdin|-file|-env` as given. */
  secretFlags: SecretFlagValues;
  answers?: string;
  registerProviders?: boolean;
  azureTimeout?: string;
  azureDeadline?: string;
  json?: boolean;
  interactive?: boolean;
  lang?: string;
}

/** `cmg-setup azure check`: sign in and run the read-only preflight (plus --register-providers). */
export async function azureCheckCommand(options: AzureCheckOptions, io: CommandIO): Promise<void> {
  const lang = parseLang(options.lang, io.env);
  const terminal = commandTerminal(io, options, lang);
  const limits = azureLimits(options);
  const specs = ALL_INPUTS.filter((spec) => CHECKED_KEYS.has(spec.key));
  const flags = new Map<string, unknown>();
  for (const spec of specs) {
    if (spec.kind !== 'secret' && options.inputs.has(spec.key)) flags.set(spec.key, options.inputs.get(spec.key));
  }
  const answersFile = options.answers ? readAnswersFile(options.answers, ALL_INPUTS) : undefined;
  const resolution = await resolveInputs({
    specs,
    flags,
    secretFlags: readSecretFlags(options.secretFlags, specs),
    env: io.env,
    ...(answersFile ? { answersFile } : {}),
    ...(terminal.canPrompt ? { prompter: io.prompter(lang) } : {}),
    stdin: io.stdin,
    stdinTimeoutMs: stdinWaitMs(terminal, io.env),
    statPath: () => 'file',
  });
  const { answers } = resolution;
  const endpoint = armEndpointFor(answers.cloud, answers.armEndpoint);
  let findings: Finding[] = resolution.findings;
  if (!hasErrors(findings)) {
    const { runPreflight } = await import('../../azure/preflight.ts');
    const checked = await withProgress(terminal, catalogue(lang).ui.azureProgress, (print) =>
      runPreflight({
        answers,
        checks: azureChecks(answers),
        // `az login` is where most admins already are; every other sign-in is chosen explicitly.
        auth: answers.azureAuth ?? 'cli',
        limits,
        canPrompt: terminal.canPrompt,
        registerProviders: options.registerProviders === true,
        servicePrincipal: { clientId: answers.azureClientId, secret: answers.azureClientSecret },
        notify: print,
        warn: (code, params) => print(azureNoticeLine(code, params, lang)),
      }),
    );
    findings = [...findings, ...checked.map((finding) => ({ ...finding, step: 'azure' as const }))];
  }
  if (terminal.json) {
    const { error: errors, warning: warnings, info: infos } = countBySeverity(findings);
    const document = {
      schemaVersion: 1,
      command: 'azure check',
      subscriptionId: answers.subscriptionId,
      armEndpoint: endpoint,
      summary: { ok: errors === 0, errors, warnings, infos },
      findings: findings.map((finding) => ({ severity: finding.severity, code: finding.code, ...(finding.input ? { input: finding.input } : {}), message: codeText(lang, finding.code, finding.params) })),
    };
    terminal.stdout.write(jsonText(document));
  } else {
    writeWrapped(terminal, 'stdout', renderAzureCheck({ subscriptionId: answers.subscriptionId, endpoint, findings }, terminal));
  }
  if (hasErrors(findings)) throw new ValidationFailedError(findings, true, terminal.json ? undefined : 'stdout');
}
