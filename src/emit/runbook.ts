import { connectionPointPorts, formatPortRange } from '../domain/ports.ts';
import { catalogue, codeText, type Lang } from '../ui/i18n.ts';
import { allFindings, type PlanResult } from '../wizard/runner.ts';

const SEVERITY_MARK = { error: 'ERROR', warning: 'WARNING', info: 'NOTE' } as const;

/**
 * RUNBOOK.md: what to run, where, in which order. Findings come first so the classic model's
 * retirement warning and any error are the first thing an admin reads.
 */
export function renderRunbook(result: PlanResult, lang: Lang): string {
  const text = catalogue(lang);
  const { answers } = result.resolution;
  const lines = [`# ${text.runbook.title}`, '', text.runbook.generated({ serviceName: answers.serviceName, model: answers.model, cloud: answers.cloud, siteVersion: answers.siteVersion }), ''];
  lines.push(`## ${text.runbook.findingsTitle}`, '');
  const findings = allFindings(result);
  if (findings.length === 0) lines.push(text.runbook.noFindings);
  for (const finding of findings) {
    const where = finding.input ? ` (${finding.input})` : '';
    lines.push(`- **${SEVERITY_MARK[finding.severity]}** \`${finding.code}\`${where}: ${codeText(lang, finding.code, finding.params)}`);
  }
  lines.push('', text.runbook.copyFiles, '');
  if (result.extraArtifacts.length > 0) {
    lines.push(`## ${text.purposes['lab.pki']}`, '');
    for (const artifact of result.extraArtifacts) lines.push(`- \`${artifact.path}\``);
    lines.push('', text.verify['lab.pki'] ?? '', '');
  }
  lines.push(`## ${text.runbook.portsTitle}`, '', connectionPointPorts(answers.model, answers.vmCount).map(formatPortRange).join(', '), '');
  for (const step of result.steps) {
    lines.push(`## ${text.runbook.stepTitle({ number: step.number, title: text.steps[step.id] })}`, '');
    for (const guidance of step.guidance) lines.push(text.guidance[guidance.key](guidance.params), '');
    const runnable = step.artifacts;
    if (runnable.length === 0) lines.push(text.runbook.nothingToRun, '');
    for (const artifact of runnable) {
      lines.push(`- ${text.runbook.runOn({ machine: text.machines[artifact.runOn], file: artifact.path })}. ${text.purposes[artifact.purpose] ?? ''}`);
      const check = text.verify[artifact.purpose];
      if (check) lines.push(text.runbook.check({ text: check }));
    }
    if (runnable.some((artifact) => artifact.path.endsWith('.ps1'))) lines.push('', text.runbook.whatIf);
    lines.push('');
  }
  return lines.join('\n');
}
