import type { Lang } from '../../model/lang.ts';
import type { PlanResult } from '../../model/plan.ts';
import { checklist } from './checklist.ts';
import { runbookContext } from './context.ts';
import { runbookSections } from './order.ts';
import { beforeYouStart, diagram, findings, header, lab, step } from './sections.ts';

/**
 * RUNBOOK.md, the document an admin prints: the findings first (the classic model's retirement
 * above all), how to use the folder, a diagram of the set-up, then per step what to do where,
 * with each file's check, console path and rollback, and a checklist to tick. The order is
 * order.ts's: a file or an action by hand is listed under the step where it can be done.
 */
export function renderRunbook(result: PlanResult, lang: Lang): string {
  const context = runbookContext(result, lang);
  const sections = runbookSections(context);
  const lines = [
    ...header(context),
    ...findings(context),
    ...beforeYouStart(context),
    ...diagram(context),
    ...lab(context),
    ...sections.flatMap((section) => step(context, section)),
    ...checklist(context, sections),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
