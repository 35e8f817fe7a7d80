import { resolve } from 'node:path';
import { catalogue } from '../../messages/i18n.ts';
import type { PlanResult, Resolution } from '../../model/plan.ts';
import type { WriteResult } from '../../output/write-output.ts';
import { jsonText } from '../../ui/json-text.ts';
import { paint } from '../../ui/render.ts';
import type { Terminal } from '../../ui/terminal.ts';
import { equivalentArguments } from '../../wizard/equivalent-command.ts';
import { answersCommandLine, commandLines, fitsWindowsPowerShell, secretLines } from '../../wizard/rerun-lines.ts';
import { planDocument } from '../../wizard/plan-document.ts';
import { reportReplaced } from '../output-notices.ts';
import { shellInUse } from '../shell.ts';
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

/**
 * After a run that asked anything: the same run without prompts, for the shell in use
 * (shell.ts), one option per line: the secrets it reads set first, then the command, then the
 * shorter form from the answers file the run saved (`answersFile`: the output's answers.yaml,
 * or --save-answers; a plan without --save-answers saved none), which records each secret's
 * source as the command reads it (equivalent-command.ts). For PowerShell, a command Windows
 * PowerShell 5.1 would pass wrongly (a records input's JSON) is replaced by the answers file, or
 * by how to save one (powershell-argument.ts).
 */
export function reportEquivalentCommand(
  resolution: Resolution,
  options: Pick<WizardOptions, 'mode' | 'out' | 'outGiven' | 'saveAnswers'>,
  terminal: Pick<Terminal, 'lang' | 'stderr'>,
  where: { platform: NodeJS.Platform; env: NodeJS.ProcessEnv },
  answersFile: string | undefined,
): void {
  if (!Object.values(resolution.sources).includes('prompt')) return;
  const text = catalogue(terminal.lang).ui;
  const shell = shellInUse(where.platform, where.env);
  const extra = options.outGiven ? [['--out', options.out]] : [];
  const command = equivalentArguments(resolution, options.mode, extra);
  const answers = answersFile === undefined ? undefined : answersCommandLine(answersFile, command, extra, shell);
  const indent = (lines: readonly string[]) => lines.map((line) => `  ${line}\n`).join('');
  const secrets = command.secrets.length > 0 ? `${text.equivalentSecrets}\n${indent(secretLines(command.secrets, shell, terminal.lang))}` : '';
  if (shell === 'powershell' && !fitsWindowsPowerShell(command)) {
    terminal.stderr.write(`${text.equivalentCommand}\n${secrets}${answers === undefined ? `${text.equivalentSaveAnswers}\n` : `${text.equivalentAnswersOnly}\n${indent([answers])}`}`);
    return;
  }
  const then = secrets === '' ? '' : `${text.equivalentThen}\n`;
  const shorter = answers === undefined ? '' : `${command.secrets.length > 0 ? text.equivalentAnswersSecrets : text.equivalentAnswers}\n${indent([answers])}`;
  terminal.stderr.write(`${text.equivalentCommand}\n${secrets}${then}${indent(commandLines(command, shell))}${shorter}`);
}
