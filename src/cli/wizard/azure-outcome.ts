import type { AzureOutcome } from '../../model/azure-outcome.ts';
import { hasErrors } from '../../model/findings.ts';
import type { Resolution } from '../../model/plan.ts';
import { catalogue } from '../../messages/i18n.ts';
import { azureNoticeLine } from '../../ui/azure-check.ts';
import { withProgress } from '../../ui/progress.ts';
import type { Terminal } from '../../ui/terminal.ts';
import { azureLimits } from '../azure-limits.ts';
import type { WizardOptions } from './options.ts';
import { azureChecks } from '../../wizard/azure-checks.ts';

/**
 * The read-only Azure preflight, when a sign-in is configured and not --offline. A sign-in or
 * Azure failure ends the run (exit 4 or 5) rather than pass for a clean plan.
 */
export async function azureOutcome(resolution: Resolution, options: Pick<WizardOptions, 'offline' | 'azureTimeout' | 'azureDeadline'>, terminal: Terminal): Promise<AzureOutcome> {
  const limits = azureLimits(options);
  if (options.offline) return { ran: false, reason: 'offline' };
  const auth = resolution.answers.azureAuth;
  // Inputs the checks read that already failed validation would only produce noise in Azure.
  if (!auth || hasErrors(resolution.findings.filter((finding) => finding.step === 'azure' || finding.step === 'general'))) return { ran: false, reason: 'no-sign-in' };
  const { runPreflight } = await import('../../azure/preflight.ts');
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
