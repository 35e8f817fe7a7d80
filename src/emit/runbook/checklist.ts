import { formText, type RunbookContext } from './context.ts';
import { code, protectAngles } from './markdown.ts';
import type { Section } from './order.ts';
import { actionTitle } from './sections.ts';

/**
 * `- [ ]` lines in the order of the runbook: per step the actions by hand before its files, the
 * procedures of its guidance, its files (then those of earlier steps listed under it), and the
 * actions after them; the lab PKI's files first.
 */
export function checklistItems(context: RunbookContext, sections: readonly Section[]): string[] {
  const { text, result, params } = context;
  const item = (label: string, what: string) => `- [ ] ${label} ${what}`;
  const file = (path: string, purpose: string) => text.runbook.checklistFile({ file: code(path), purpose: protectAngles(formText(context.files[purpose]?.purpose, params) ?? '') });
  const lines = result.extraArtifacts.map((artifact) => item(text.runbook.checklistLab, file(artifact.path, artifact.purpose)));
  for (const section of sections) {
    const label = text.runbook.checklistStep({ number: section.outcome.number });
    lines.push(...section.before.map((action) => item(label, protectAngles(actionTitle(context, action)))));
    lines.push(...section.guidance.map((entry) => item(label, text.runbook.checklistGuidance[entry.key])));
    lines.push(...section.artifacts.map((artifact) => item(label, file(artifact.path, artifact.purpose))));
    // What earlier steps left for this one is ticked here, after the step's own files.
    for (const moved of section.movedIn) {
      lines.push(...moved.guidance.map((entry) => item(label, text.runbook.checklistGuidance[entry.key])));
      lines.push(...moved.artifacts.map((artifact) => item(label, file(artifact.path, artifact.purpose))));
    }
    lines.push(...section.after.map((action) => item(label, protectAngles(actionTitle(context, action)))));
  }
  return lines;
}

export function checklist(context: RunbookContext, sections: readonly Section[]): string[] {
  const { text } = context;
  return [`## ${text.runbook.checklistTitle}`, '', text.runbook.checklistIntro, '', ...checklistItems(context, sections), ''];
}
