import { resolve } from 'node:path';
import { catalogue } from '../../messages/i18n.ts';
import type { PlanResult, Resolution } from '../../model/plan.ts';
import type { WriteResult } from '../../output/write-output.ts';
import { jsonText } from '../../ui/json-text.ts';
import { paint } from '../../ui/render.ts';
import type { Terminal } from '../../ui/terminal.ts';
import { equivalentCommand } from '../../wizard/equivalent-command.ts';
import { planDocument } from '../../wizard/plan-document.ts';
import { reportReplaced } from '../output-notices.ts';
import type { WizardOptions } from './options.ts';

/** A plan that failed validation or was only a plan: its document (--json), or the reminder that nothing was written. */
export function reportUnwritten(result: PlanResult, outcome: { failed: boolean; dryRun: boolean }, out: string, terminal: Terminal, human: NodeJS.WritableStream): void {
  const { failed, dryRun } = outcome;
  if (terminal.json) terminal.stdout.write(jsonText(planDocument(result, { lang: terminal.lang, command: dryRun ? 'plan' : 'run', output: { path: resolve(out), written: false } })));
  if (!failed && !terminal.json) human.write(`${paint(terminal).dim(catalogue(terminal.lang).ui.planWritesNothing)}\n`);
}

/** What a run wrote: its document (--json) or one line, then what --force replaced. */
export function reportWritten(result: PlanResult, written: WriteResult, terminal: Terminal, human: NodeJS.WritableStream): void {
  if (terminal.json) {
    terminal.stdout.write(jsonText(planDocument(result, { lang: terminal.lang, command: 'run', output: { path: written.path, written: true } })));
  } else {
    human.write(`${catalogue(terminal.lang).ui.wroteOutput({ count: written.files, path: written.path })}\n`);
  }
  reportReplaced(written, terminal);
}

/** After a run that asked anything: the same run as one command line, to skip the prompts next time. */
export function reportEquivalentCommand(resolution: Resolution, options: Pick<WizardOptions, 'mode' | 'out' | 'outGiven'>, terminal: Pick<Terminal, 'lang' | 'stderr'>): void {
  if (!Object.values(resolution.sources).includes('prompt')) return;
  const extra = options.outGiven ? ['--out', options.out] : [];
  terminal.stderr.write(`${catalogue(terminal.lang).ui.equivalentCommand}\n  ${equivalentCommand(resolution, options.mode, extra)}\n`);
}
