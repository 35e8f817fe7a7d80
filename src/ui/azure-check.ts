import { countBySeverity, type Finding } from '../wizard/findings.ts';
import { catalogue, codeText } from './i18n.ts';
import { paint } from './render.ts';
import type { Terminal } from './terminal.ts';

const MARK = { error: '✖', warning: '▲', info: 'ℹ' } as const;

/** `azure check` for people: one line per check, then the summary. */
export function renderAzureCheck(report: { subscriptionId: string; endpoint: string; findings: readonly Finding[] }, terminal: Pick<Terminal, 'color' | 'lang'>): string {
  const c = paint(terminal);
  const text = catalogue(terminal.lang);
  const colour = { error: c.red, warning: c.yellow, info: c.cyan } as const;
  const lines = [c.bold(text.ui.azureHeader({ subscriptionId: report.subscriptionId, endpoint: report.endpoint }))];
  for (const finding of report.findings) {
    const input = finding.input ? ` ${c.dim(`(${finding.input})`)}` : '';
    lines.push(`  ${colour[finding.severity](MARK[finding.severity])} ${c.dim(finding.code)}${input} ${codeText(terminal.lang, finding.code, finding.params)}`);
  }
  const { error: errors, warning: warnings, info: infos } = countBySeverity(report.findings);
  lines.push('', (errors > 0 ? c.red : c.green)(text.ui.summaryLine({ errors, warnings, infos })));
  return lines.join('\n');
}
