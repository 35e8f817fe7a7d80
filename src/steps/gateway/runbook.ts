import type { Answers } from '../../model/answers.ts';
import type { Params } from '../../model/text.ts';

/** Step 4's values for the runbook's texts (Step.runbookParams): the runbook adds them to the shared ones (emit/runbook/context.ts). */
export function runbookParams(answers: Answers): Params {
  return {
    verifyCrl: answers.verifyClientCrl ? 'yes' : '',
    threshold: answers.trafficThresholdGb ?? '',
    warningPct: answers.trafficWarningPct,
    criticalPct: answers.trafficCriticalPct,
  };
}
