import { code } from '../../emit/runbook/markdown.ts';
import { DOCS } from '../../emit/runbook/sources.ts';
import type { Answers } from '../../model/answers.ts';
import type { RunbookFile } from '../../model/runbook.ts';
import type { Params } from '../../model/text.ts';
import type { ServerCertificatePurpose } from './texts.ts';

/** Step 1's values for the runbook's texts (Step.runbookParams): the runbook adds them to the shared ones (emit/runbook/context.ts). */
export function runbookParams(answers: Answers): Params {
  const optional = (value: string | undefined) => (value === undefined || value === '' ? '' : code(value));
  return {
    serverCert: optional(answers.serverCertPath),
    group: code(answers.certTemplateGroup),
  };
}

/** Who runs or uses each kind of file of this step, and the pages it rests on (the runbook's **Who:** and **Source:**; docs/reference/documented-facts.md, section 3). */
export const runbookFiles: Record<ServerCertificatePurpose, RunbookFile> = {
  // certreq -new -machine and the computer store need an elevated prompt on the enrolling computer.
  'certificate.inf': { who: 'server-admin', sources: [DOCS.certreq, DOCS.pkiRequirements] },
  'certificate.request': { who: 'server-admin', sources: [DOCS.certreq, DOCS.pkiRequirements] },
};
