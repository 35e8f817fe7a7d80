import type { Code } from '../model/codes.ts';
import type { Finding } from '../model/findings.ts';
import { catalogue, codeText } from '../messages/i18n.ts';
import { findingLine, findingsSummary, paint } from './render.ts';
import type { Terminal } from './terminal.ts';

/**
 * A notice of the preflight (AZURE_ENDPOINT_NOT_MICROSOFT) as one stderr line, in the form of the
 * error lines (`cmg-setup: CODE: text`): greppable in a CI log, and never on stdout, which may be JSON.
 */
export function azureNoticeLine(code: Code, params: Record<string, string | number>, lang: Terminal['lang']): string {
  return `cmg-setup: ${code}: ${codeText(lang, code, params)}`;
}

/** `azure check` for people: one line per check, then the summary. */
export function renderAzureCheck(report: { subscriptionId: string; endpoint: string; findings: readonly Finding[] }, terminal: Pick<Terminal, 'color' | 'lang'>): string {
  const c = paint(terminal);
  const text = catalogue(terminal.lang);
  const lines = [c.bold(text.ui.azureHeader({ subscriptionId: report.subscriptionId, endpoint: report.endpoint }))];
  for (const finding of report.findings) lines.push(findingLine({ ...finding, message: codeText(terminal.lang, finding.code, finding.params) }, terminal));
  lines.push('', findingsSummary(report.findings, terminal));
  return lines.join('\n');
}
