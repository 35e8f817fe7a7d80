import { flagName, isRelevant } from '../../model/inputs.ts';
import type { PlanResult } from '../../model/plan.ts';
import { Secret } from '../../model/secret.ts';
import type { StepId } from '../../model/step-id.ts';
import { catalogue } from '../../messages/i18n.ts';
import { visible } from '../../messages/visible.ts';
import { STEPS } from '../../steps/index.ts';
import { ALL_INPUTS, stepTitle } from '../../steps/declarations.ts';
import { paint, renderPlan } from '../../ui/render.ts';
import { wrapForTerminal } from '../../ui/wrap.ts';
import type { Choice, Prompter } from '../../wizard/prompter-port.ts';
import type { Terminal } from '../../ui/terminal.ts';
import { planDocument } from '../../wizard/plan-document.ts';

/** The plan for the admin to review, step by step (with --json, the document comes later instead). */
export function showPlan(result: PlanResult, mode: 'run' | 'plan', terminal: Terminal, human: NodeJS.WritableStream, columns: number | undefined): void {
  if (!terminal.json) human.write(`${wrapForTerminal(renderPlan(planDocument(result, { lang: terminal.lang, command: mode }), terminal), columns)}\n`);
}

/** What the admin picks at the review: write, answer one step again, or stop. */
export type ReviewChoice = { action: 'write' } | { action: 'quit' } | { action: 'edit'; step: StepId | 'general' };

function shownValue(value: unknown, text: ReturnType<typeof catalogue>['interview']): string {
  if (value instanceof Secret) return text.secretValue;
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return text.noValue;
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? visible(item) : JSON.stringify(item))).join(', ');
  return visible(String(value));
}

/** Every value of the run by step, with where it came from (its flag names it, as in --help). */
export function renderValues(result: PlanResult, terminal: Pick<Terminal, 'lang' | 'color'>): string {
  const text = catalogue(terminal.lang);
  const c = paint(terminal);
  const { answers, sources } = result.resolution;
  const width = Math.max(...ALL_INPUTS.map((spec) => flagName(spec.key).length));
  const lines = [c.bold(text.interview.reviewTitle)];
  for (const step of ['general' as const, ...STEPS.map((entry) => entry.id)]) {
    const specs = ALL_INPUTS.filter((spec) => spec.step === step && !spec.commandLineOnly && isRelevant(spec, answers));
    const title = step === 'general' ? text.generalTitle : stepTitle(step, terminal.lang);
    lines.push('', c.bold(title));
    for (const spec of specs) {
      const value = (answers as unknown as Record<string, unknown>)[spec.key];
      const source = sources[spec.key];
      const from = spec.derived && source === 'default' ? text.interview.derived : source ? text.interview.sources[source] : undefined;
      lines.push(`  ${flagName(spec.key).padEnd(width)}  ${shownValue(value, text.interview)}${from ? c.dim(`  (${from})`) : ''}`);
    }
  }
  return lines.join('\n');
}

/**
 * Before writing, at a terminal: the values and findings, then write (only without errors), change
 * a step, or quit. Editing asks the step's questions again with its values offered.
 */
export async function review(result: PlanResult, failed: boolean, target: { count: number; path: string }, terminal: Pick<Terminal, 'lang' | 'color'>, prompter: Prompter): Promise<ReviewChoice> {
  const text = catalogue(terminal.lang);
  prompter.say(renderValues(result, terminal));
  if (failed) prompter.say(paint(terminal).red(text.interview.reviewFailed));
  const edits: Array<Choice<string>> = [{ value: 'edit:general', name: text.interview.edit({ title: text.generalTitle }) }, ...STEPS.map((step) => ({ value: `edit:${step.id}`, name: text.interview.edit({ title: stepTitle(step.id, terminal.lang) }) }))];
  const choices: Array<Choice<string>> = [...(failed ? [] : [{ value: 'write', name: text.interview.write(target) }]), ...edits, { value: 'quit', name: text.interview.quit }];
  const picked = await prompter.select(text.interview.reviewQuestion, choices, failed ? undefined : 'write');
  if (picked === 'write' || picked === 'quit') return { action: picked };
  return { action: 'edit', step: picked.slice('edit:'.length) as StepId | 'general' };
}
