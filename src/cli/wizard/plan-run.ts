import { inputSpec } from '../../steps/index.ts';
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
