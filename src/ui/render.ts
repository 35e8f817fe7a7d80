import { Chalk, type ChalkInstance } from 'chalk';
import { AzureAuthError, AzureUnavailableError, CancelledError, isPromptCancellation, MissingInputsError, OutputError, UsageError, ValidationFailedError } from '../model/errors.ts';
import type { Finding, Severity } from '../model/findings.ts';
import { envName, flagName, secretFlags, type FindInput } from '../model/inputs.ts';
import type { PlanDocument } from '../wizard/plan-document.ts';
import { countBySeverity } from '../model/findings.ts';
import { catalogue, codeText } from '../messages/i18n.ts';
import type { Lang } from '../model/lang.ts';
import type { Terminal } from './terminal.ts';
import { visible } from '../messages/visible.ts';

export function paint(terminal: Pick<Terminal, 'color'>): ChalkInstance {
  return new Chalk({ level: terminal.color ? 1 : 0 });
}

/** How an input is named in messages: its flag and its environment variable. */
export function inputLabel(key: string, findInput: FindInput): string {
  const spec = findInput(key);
  // Usage problems may name a command's own option (--lang, --lab-password) rather than an input;
  // a command's own secret (cert inspect's and cert lab's `password`, --example's `labPassword`)
  // has only its three sources.
  if (!spec) return key === 'password' || key === 'labPassword' ? Object.values(secretFlags(key)).join(' / ') : flagName(key);
  if (spec.kind === 'secret') return `${secretFlags(key).env} / ${envName(key)}`;
  return `${flagName(key)} / ${envName(key)}`;
}

export function renderMissing(error: MissingInputsError, lang: Lang, findInput: FindInput): string {
  const text = catalogue(lang).ui;
  const lines = [error.promptsOff === 'stdout' ? text.missingHeaderStdout({ count: error.keys.length }) : text.missingHeader({ count: error.keys.length })];
  for (const key of error.keys) {
    const spec = findInput(key);
    if (spec?.kind === 'secret') {
      const flags = secretFlags(key);
      lines.push(text.missingSecretLine({ key, stdin: flags.stdin, file: flags.file, envFlag: flags.env, env: envName(key) }));
    } else {
      lines.push(text.missingLine({ key, flag: flagName(key), env: envName(key), example: spec?.example ?? '' }));
    }
  }
  lines.push(text.missingFooter);
  return lines.join('\n');
}

export function renderUsage(error: UsageError, lang: Lang, findInput: FindInput): string {
  const lines = [catalogue(lang).ui.usageHeader];
  for (const problem of error.problems) {
    // An unknown answers-file key is the file's text: shown escaped, as every value; it has no flag
    // (the message names the real key's, issue 17), so none is made up from it.
    const flags = problem.code === 'ANSWERS_UNKNOWN_KEY' ? '' : ` (${visible(inputLabel(problem.input ?? '', findInput))})`;
    const label = problem.input ? `${problem.code} ${visible(problem.input)}${flags}: ` : `${problem.code}: `;
    lines.push(`  ${label}${codeText(lang, problem.code, problem.params)}`);
  }
  return lines.join('\n');
}

/** The human form of an error for stderr; never a stack trace. */
export function renderError(error: unknown, lang: Lang, findInput: FindInput): string {
  if (error instanceof MissingInputsError) return renderMissing(error, lang, findInput);
  if (error instanceof UsageError) return renderUsage(error, lang, findInput);
  if (error instanceof OutputError || error instanceof AzureAuthError || error instanceof AzureUnavailableError) {
    return `cmg-setup: ${error.code}: ${codeText(lang, error.code, error.params)}`;
  }
  // A prompt stopped with Ctrl+C is a cancellation like any other, not an internal error.
  if (error instanceof CancelledError || isPromptCancellation(error)) return catalogue(lang).ui.cancelled;
  if (error instanceof ValidationFailedError) {
    const counts = countBySeverity(error.findings);
    const summary = catalogue(lang).ui.summaryLine({ errors: counts.error, warnings: counts.warning, infos: counts.info });
    return error.shown ? summary : [catalogue(lang).interview.refusedBeforeAsking, renderFindingLines(error.findings, lang), summary].join('\n');
  }
  const name = error instanceof Error ? error.name : typeof error;
  return catalogue(lang).ui.internalError({ name });
}

/** Findings as `CODE (input): message` lines, for commands that have no plan to show them in. */
export function renderFindingLines(findings: readonly Finding[], lang: Lang): string {
  return findings.map((finding) => `${finding.code}${finding.input ? ` (${visible(finding.input)})` : ''}: ${codeText(lang, finding.code, finding.params)}`).join('\n');
}

/**
 * The --json document of a command that stopped at its own checks (`cert request`, `cert lab`):
 * the same summary and finding shape as `plan --json` and `cert inspect --json`.
 */
export function findingsDocument(command: string, findings: readonly Finding[], lang: Lang) {
  const { error: errors, warning: warnings, info: infos } = countBySeverity(findings);
  return {
    schemaVersion: 1,
    command,
    summary: { ok: errors === 0, errors, warnings, infos },
    findings: findings.map((finding) => ({ severity: finding.severity, code: finding.code, ...(finding.input ? { input: finding.input } : {}), message: codeText(lang, finding.code, finding.params) })),
  };
}

const MARK = { error: '✖', warning: '▲', info: 'ℹ' } as const;

/** One finding as every command prints it: mark, code, input, text. */
export function findingLine(finding: { severity: Severity; code: string; input?: string | undefined; message: string }, terminal: Pick<Terminal, 'color'>): string {
  const c = paint(terminal);
  const colour = { error: c.red, warning: c.yellow, info: c.cyan } as const;
  const input = finding.input ? ` ${c.dim(`(${visible(finding.input)})`)}` : '';
  return `  ${colour[finding.severity](MARK[finding.severity])} ${c.dim(finding.code)}${input} ${finding.message}`;
}

/** The closing line of every report: red when there is an error. */
export function summaryLine(counts: { errors: number; warnings: number; infos: number }, terminal: Pick<Terminal, 'color' | 'lang'>): string {
  const c = paint(terminal);
  return (counts.errors > 0 ? c.red : c.green)(catalogue(terminal.lang).ui.summaryLine(counts));
}

/** The summary of a list of findings. */
export function findingsSummary(findings: readonly Finding[], terminal: Pick<Terminal, 'color' | 'lang'>): string {
  const { error: errors, warning: warnings, info: infos } = countBySeverity(findings);
  return summaryLine({ errors, warnings, infos }, terminal);
}

/** The plan for people: findings step by step, then the summary line. */
export function renderPlan(document: PlanDocument, terminal: Pick<Terminal, 'color' | 'lang'>): string {
  const c = paint(terminal);
  const text = catalogue(terminal.lang);
  const lines: string[] = [];
  const groups = [
    { number: 0, title: text.generalTitle, findings: document.findings.filter((finding) => finding.step === 'general') },
    ...document.steps.map((step) => ({ number: step.number, title: step.title, findings: step.findings, artifacts: step.artifacts })),
  ];
  for (const group of groups) {
    if (group.findings.length === 0 && !('artifacts' in group && group.artifacts && group.artifacts.length > 0)) continue;
    lines.push(c.bold(group.number === 0 ? group.title : text.ui.findingsHeader({ number: group.number, title: group.title })));
    for (const finding of group.findings) lines.push(findingLine(finding, terminal));
    if ('artifacts' in group && group.artifacts) for (const artifact of group.artifacts) lines.push(`  ${c.green('→')} ${artifact.path}`);
  }
  lines.push('', summaryLine(document.summary, terminal));
  return lines.join('\n');
}
