/** The values a text is formed with: the admin's (names, counts) as strings and numbers. */
export type Params = Record<string, string | number>;

/** A text formed from values; every language gives the same keys (src/messages/, a step's texts.ts). */
export type Text = (params: Params) => string;

/**
 * A text of the runbook about one kind of file: fixed, or formed from the run's values (the
 * runbook's params, src/emit/runbook/context.ts) where what the file does depends on the answers
 * (how the management points are secured, the proxy, the ClientAlwaysOnInternet action, ...).
 */
export type RunbookText = string | Text;

/** What the runbook says about one kind of file (by artifact purpose). */
export interface RunbookEntry {
  /** How to run or use it there, e.g. "elevated PowerShell: .\\Set-CmgSiteSettings.ps1 -WhatIf, then without". */
  how: RunbookText;
  /** What it changes, in the admin's words. */
  changes: RunbookText;
  /** The console (or portal) path for those who prefer it; absent when there is none. */
  console?: RunbookText;
  /** How to undo it. */
  rollback: RunbookText;
}
