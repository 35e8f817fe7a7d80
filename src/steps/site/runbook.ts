import { DOCS } from '../../emit/runbook/sources.ts';
import type { Answers } from '../../model/answers.ts';
import type { DiagramPart } from '../../model/diagram.ts';
import type { RunbookFile } from '../../model/runbook.ts';
import type { Params } from '../../model/text.ts';
import type { SitePurpose } from './texts.ts';

/** Step 5's values for the runbook's texts (Step.runbookParams): the runbook adds them to the shared ones (emit/runbook/context.ts). */
export function runbookParams(answers: Answers, facts: Record<string, unknown>): Params {
  // What its script sets, as its plan decided (index.ts, siteParts): the PKI client settings,
  // Enhanced HTTP (documented-facts.md F-MP-2), or both; each 'yes' when the script sets it.
  return {
    sitePki: facts.pkiClientSettings === true ? 'yes' : '',
    siteEnhancedHttp: facts.enhancedHttp === true ? 'yes' : '',
  };
}

/** Step 5 in the diagram: the site and its SMS Provider. */
export function runbookDiagram(answers: Answers): DiagramPart {
  return {
    nodes: [{ id: 'site', kind: 'site', lines: [{ label: 'site', params: { siteCode: answers.siteCode } }, { label: 'smsProvider', params: { server: answers.smsProvider } }] }],
    edges: [],
  };
}

/** Who runs or uses each kind of file of this step, and the pages it rests on (the runbook's **Who:** and **Source:**; docs/reference/documented-facts.md, section 3). */
export const runbookFiles: Record<SitePurpose, RunbookFile> = {
  'site.settings': { who: 'configmgr-admin', sources: [DOCS.setupSite, DOCS.setSite] },
};
