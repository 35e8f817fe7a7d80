import type { RunbookContext } from './context.ts';
import { code, protectAngles } from './markdown.ts';
import { manualActions } from './sections.ts';

/**
 * `- [ ]` lines in the order of the runbook: per step the actions by hand, the procedures of
 * its guidance, then one line per file (the lab PKI's files first).
 */
export function checklistItems(context: RunbookContext): string[] {
  const { text, result } = context;
  const item = (label: string, what: string) => `- [ ] ${label} ${what}`;
  const file = (path: string, purpose: string) => text.runbook.checklistFile({ file: code(path), purpose: protectAngles(text.purposes[purpose] ?? '') });
  const lines = result.extraArtifacts.map((artifact) => item(text.runbook.checklistLab, file(artifact.path, artifact.purpose)));
  for (const step of result.steps) {
    const label = text.runbook.checklistStep({ number: step.number });
    lines.push(...manualActions(context, step.id).map((action) => item(label, action)));
    lines.push(...step.guidance.map((guidance) => item(label, text.runbook.checklistGuidance[guidance.key])));
    lines.push(...step.artifacts.map((artifact) => item(label, file(artifact.path, artifact.purpose))));
  }
  return lines;
}

export function checklist(context: RunbookContext): string[] {
  const { text } = context;
  return [`## ${text.runbook.checklistTitle}`, '', text.runbook.checklistIntro, '', ...checklistItems(context), ''];
}
