import { code } from '../../emit/runbook/markdown.ts';
import type { Answers } from '../../model/answers.ts';
import type { Params } from '../../model/text.ts';

/** Step 1's values for the runbook's texts (Step.runbookParams): the runbook adds them to the shared ones (emit/runbook/context.ts). */
export function runbookParams(answers: Answers): Params {
  const optional = (value: string | undefined) => (value === undefined || value === '' ? '' : code(value));
  return {
    serverCert: optional(answers.serverCertPath),
    group: code(answers.certTemplateGroup),
  };
}
