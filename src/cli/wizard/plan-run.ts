import { findInput, inputSpec } from '../../steps/declarations.ts';
import { AzureAuthError, AzureUnavailableError } from '../../model/errors.ts';
import { renderError } from '../../ui/render.ts';
import { scriptPaths } from '../../domain/script-paths.ts';
import type { PlanResult, Resolution } from '../../model/plan.ts';
import type { Terminal } from '../../ui/terminal.ts';
import { planSteps } from '../../wizard/runner.ts';
import type { PreparedExample } from '../example.ts';
import type { CommandIO } from '../io.ts';
import { azureOutcome } from './azure-outcome.ts';
import { certificateReportWithRetry, type PromisedFiles } from './certificate-report.ts';
import type { WizardOptions } from './options.ts';
import type { SecretKey } from '../../model/answers.ts';
import { writeWrapped } from '../../ui/wrap.ts';

/** Every step planned from the answers, once the certificate files and (when signed in) Azure have been checked. */
export async function planRun(
  resolution: Resolution,
  context: { now: Date; promised: PromisedFiles; example: PreparedExample | undefined; terminal: Terminal },
  options: Pick<WizardOptions, 'offline' | 'azureTimeout' | 'azureDeadline' | 'out'>,
  io: Pick<CommandIO, 'cwd' | 'prompter'>,
): Promise<PlanResult> {
  const { now, promised, example, terminal } = context;
  const askPassword = (key: SecretKey) => io.prompter(terminal.lang).askSecret(inputSpec(key));
  const certificates = await certificateReportWithRetry(resolution, now, promised, terminal, askPassword);
  return planSteps(resolution, now, {
    extraArtifacts: example?.artifacts ?? [],
    certificates,
    azure: await azureOutcome(resolution, options, terminal),
    lang: terminal.lang,
    // Paths as the certificate checks resolved them (from this folder), written for the scripts.
    scriptPath: scriptPaths({ cwd: io.cwd, out: options.out }),
  });
}

/**
 * At a terminal, before the review: an Azure failure (a sign-in refused, Azure out of reach) does
 * not throw the answers away. It is said, the plan is made without Azure's checks, and the review
 * offers to change a step (Azure's sign-in) or to quit with the failure's own exit code (4 or 5).
 */
export async function planForReview(
  resolution: Resolution,
  context: Parameters<typeof planRun>[1],
  options: Parameters<typeof planRun>[2],
  io: Parameters<typeof planRun>[3],
): Promise<{ result: PlanResult; azureFailure?: AzureAuthError | AzureUnavailableError }> {
  try {
    return { result: await planRun(resolution, context, options, io) };
  } catch (error) {
    if (!(error instanceof AzureAuthError || error instanceof AzureUnavailableError)) throw error;
    writeWrapped(context.terminal, 'stderr', renderError(error, context.terminal.lang, findInput));
    return { result: await planRun(resolution, context, { ...options, offline: true }, io), azureFailure: error };
  }
}
