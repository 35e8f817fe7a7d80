import { CancelledError } from '../../model/errors.ts';
import type { PlanResult } from '../../model/plan.ts';
import { renderPlan } from '../../ui/render.ts';
import type { Terminal } from '../../ui/terminal.ts';
import { planDocument } from '../../wizard/plan-document.ts';
import type { CommandIO } from '../io.ts';

/** The plan for the admin to review, step by step (with --json, the document comes later instead). */
export function showPlan(result: PlanResult, mode: 'run' | 'plan', terminal: Terminal, human: NodeJS.WritableStream): void {
  if (!terminal.json) human.write(`${renderPlan(planDocument(result, { lang: terminal.lang, command: mode }), terminal)}\n`);
}

/** Nothing is written until the admin says yes at a terminal (elsewhere --yes or the absence of a terminal stands for it). */
export async function confirmWriting(count: number, path: string, terminal: Pick<Terminal, 'lang' | 'canPrompt'>, io: Pick<CommandIO, 'confirmWrite'>): Promise<void> {
  if (terminal.canPrompt && !(await io.confirmWrite(terminal.lang, count, path))) throw new CancelledError('declined');
}
