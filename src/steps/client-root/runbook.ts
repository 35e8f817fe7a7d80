import { code } from '../../emit/runbook/markdown.ts';
import { DOCS } from '../../emit/runbook/sources.ts';
import type { Answers } from '../../model/answers.ts';
import type { RunbookFile } from '../../model/runbook.ts';
import type { Params } from '../../model/text.ts';
import type { ClientRootPurpose } from './texts.ts';

/** Step 2's values for the runbook's texts (Step.runbookParams): the runbook adds them to the shared ones (emit/runbook/context.ts). */
export function runbookParams(answers: Answers): Params {
  const optional = (value: string | undefined) => (value === undefined || value === '' ? '' : code(value));
  return {
    clientRootCount: (answers.clientRootCerts ?? []).length,
    clientRoot: optional(answers.clientRootCerts?.[0]),
  };
}

/** Who runs or uses each kind of file of this step, and the pages it rests on (the runbook's **Who:** and **Source:**; docs/reference/documented-facts.md, section 3). */
export const runbookFiles: Record<ClientRootPurpose, RunbookFile> = {
  'client-chain.export': { who: 'client-admin', sources: [DOCS.setupCmg, DOCS.configureAuthentication] },
};
