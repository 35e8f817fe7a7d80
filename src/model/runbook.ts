import type { Text } from './text.ts';

/**
 * What a step tells the runbook as plain data besides its texts: its actions by hand (who does
 * them, before or after its files, and the pages they rest on), who uses its files. What each
 * action says is in the step's texts (StepTexts.actions), by id.
 */

/** One action by hand: a short title (the checklist line), where it is done, and what to do there. */
export interface ManualText {
  title: Text;
  where: Text;
  what: Text;
}

/** Who does an item of the runbook (src/emit/runbook/actors.ts; docs/reference/documented-facts.md, section 3). */
export type Actor =
  | 'configmgr-admin' | 'top-level-admin' | 'features-admin' | 'entra-admin' | 'azure-owner' | 'azure-contributor' | 'azure-admin'
  | 'dns-admin' | 'server-admin' | 'client-admin' | 'gpo-admin' | 'intune-admin';

/** A retired page with no live address, cited by its name from the catalogue. */
export type Citation = 'article1610' | 'preRelease2017';

/**
 * Where an item of the runbook comes from: a live Microsoft Learn page, or, for a retired page
 * with no live address, its name from the catalogue (emit/runbook/sources.ts lists them).
 */
export type Source = { url: string } | { cite: Citation };

/** Who runs or uses one kind of file, and the pages it rests on (the runbook's **Who:** and **Source:**). */
export interface RunbookFile {
  who: Actor;
  sources: readonly Source[];
}

/** An action by hand that applies to this run, under the step that gives it, in the runbook's order; `A` is its step's action ids. */
export interface ManualAction<A extends string = string> {
  /** The key of its texts in its step's texts.ts (StepTexts.actions). */
  id: A;
  /** 'before': a prerequisite of the step's files; 'after': once they ran. */
  at: 'before' | 'after';
  who: Actor;
  /** The pages it rests on. */
  sources: readonly Source[];
}
