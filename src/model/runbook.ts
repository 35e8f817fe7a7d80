/**
 * What a step tells the runbook as plain data besides its texts: its actions by hand (who does
 * them, before or after its files, and the pages they rest on). What each action says is the
 * catalogue's (`runbook.manual`), by id.
 */

/** An action with no file to run; its text is the catalogue's, by this id. */
export type ManualActionId =
  | 'entra-roles' | 'resource-providers' | 'azure-service' | 'user-discovery' | 'management-certificate'
  | 'service-connection-point' | 'optional-feature' | 'pre-release-feature' | 'azure-rights' | 'dns-cname'
  | 'connection-point-certificate' | 'aspnet' | 'boundary-groups' | 'client-settings';

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

/** An action by hand that applies to this run, under the step that gives it, in the runbook's order. */
export interface ManualAction {
  id: ManualActionId;
  /** 'before': a prerequisite of the step's files; 'after': once they ran. */
  at: 'before' | 'after';
  who: Actor;
  /** The pages it rests on. */
  sources: readonly Source[];
}
