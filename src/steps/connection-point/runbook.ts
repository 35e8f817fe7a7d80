import { allRoleServers } from '../../domain/hierarchy.ts';
import { connectionPointPorts, formatPortRange } from '../../domain/ports.ts';
import { code, codeList } from '../../emit/runbook/markdown.ts';
import { DOCS } from '../../emit/runbook/sources.ts';
import type { Answers } from '../../model/answers.ts';
import type { DiagramPart } from '../../model/diagram.ts';
import type { ManualAction, RunbookFile } from '../../model/runbook.ts';
import type { Params } from '../../model/text.ts';
import type { ConnectionPointPurpose, ConnectionPointAction } from './texts.ts';

/** Step 6's values for the runbook's texts (Step.runbookParams): the runbook adds them to the shared ones (emit/runbook/context.ts). */
export function runbookParams(answers: Answers): Params {
  const ports = connectionPointPorts(answers.model, answers.vmCount);
  return {
    // In a hierarchy, the primary sites' connection points (domain/hierarchy.ts); otherwise the answers' own.
    connectionPoint: codeList(allRoleServers(answers).connectionPoints),
    proxy: answers.proxyServer ? code(`${answers.proxyServer}:${answers.proxyPort ?? ''}`) : '',
    // Outbound ports from the connection point to the CMG (cmg-reference.md, "Network facts").
    ports: ports.map(formatPortRange).join(', '),
    proxyPorts: ports.filter((range) => range.protocol === 'HTTPS').map(formatPortRange).join(', '),
    // The 1610 article's proxy rule (from 10124, one port per VM) differs from today's for one VM (443): both are given (F-RB-9).
    articleProxyPort: answers.model === 'classic' && answers.vmCount === 1 ? 'yes' : '',
  };
}

/** Step 6 in the diagram: the connection point(s), the proxy when there is one, and the outbound ports to the CMG. */
export function runbookDiagram(answers: Answers): DiagramPart {
  const proxy = answers.proxyServer !== undefined && answers.proxyServer !== '';
  const ports = connectionPointPorts(answers.model, answers.vmCount);
  // A proxy carries HTTPS only: a classic CMG's TCP-TLS ports cannot cross it (cmg-reference.md).
  const outbound = (proxy ? ports.filter((range) => range.protocol === 'HTTPS') : ports).map(formatPortRange).join(', ');
  return {
    nodes: [
      { id: 'cp', kind: 'connection-point', lines: [{ label: 'connectionPoint' }, ...allRoleServers(answers).connectionPoints] },
      ...(proxy ? [{ id: 'proxy', kind: 'proxy' as const, lines: [{ label: 'proxy' as const }, `${answers.proxyServer}:${answers.proxyPort ?? ''}`] }] : []),
    ],
    edges: proxy
      ? [
          { kind: 'outbound', from: 'cp', to: 'proxy', label: `${answers.proxyPort ?? ''}` },
          { kind: 'outbound', from: 'proxy', to: 'cmg', label: outbound },
        ]
      : [{ kind: 'outbound', from: 'cp', to: 'cmg', label: outbound }],
  };
}

/** Step 6's actions by hand that apply to these answers. */
export function runbookActions(answers: Answers): ManualAction<ConnectionPointAction>[] {
  // F-MP-9: with PKI client certificates and an HTTPS management point (always, in the 1610 article).
  // Current branch: only with HTTPS management points (the connection point then authenticates to
  // them: 403 CMGConnector_Clientcertificaterequired otherwise); with Enhanced HTTP it needs none.
  if (answers.model !== 'classic' && !(answers.clientAuth === 'pki' && answers.managementPointSecurity === 'https')) return [];
  const sources = answers.model === 'classic' ? [DOCS.article1610] : [DOCS.setupConnectionPoint, DOCS.configureAuthentication];
  return [{ id: 'connection-point-certificate', at: 'before', who: 'server-admin', sources }];
}

/** Who runs or uses each kind of file of this step, and the pages it rests on (the runbook's **Who:** and **Source:**; docs/reference/documented-facts.md, section 3). */
export const runbookFiles: Record<ConnectionPointPurpose, RunbookFile> = {
  'connection-point.add': { who: 'configmgr-admin', sources: [DOCS.setupConnectionPoint, DOCS.addConnectionPoint] },
};
