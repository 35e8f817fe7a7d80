import { allRoleServers } from '../../domain/hierarchy.ts';
import { formatPortRange } from '../../domain/ports.ts';
import { visible } from '../../messages/visible.ts';
import type { RunbookContext } from './context.ts';

/**
 * The set-up as a Mermaid flowchart. Node ids are cmg-setup's own (`mp1`, `sup2`); every label
 * is a quoted string whose text passes through `mermaidText`, so no value can end the label,
 * start a statement, open an HTML tag or close the Markdown fence.
 */

/** Characters a label keeps as they are; everything else becomes a Mermaid entity code (#34;). */
const SAFE = /[\p{L}\p{N} .,:_/()'-]/u;

/**
 * Controls and bidi characters are first written as visible escapes: as entity codes the
 * rendered diagram would still apply them (an RLO reversing the rest of a label).
 */
export function mermaidText(text: string): string {
  let out = '';
  for (const character of visible(text)) out += SAFE.test(character) ? character : `#${character.codePointAt(0)};`;
  return out;
}

/** A quoted label of one or more lines. */
export function mermaidLabel(...lines: readonly string[]): string {
  return `"${lines.map(mermaidText).join('<br/>')}"`;
}

interface Node {
  id: string;
  lines: string[];
}

interface Edge {
  from: string;
  to: string;
  label?: string;
  dotted?: boolean;
}

function node({ id, lines }: Node, indent: string): string {
  return `${indent}${id}[${mermaidLabel(...lines)}]`;
}

function edge({ from, to, label, dotted }: Edge): string {
  const arrow = dotted ? '-.->' : '-->';
  return `    ${from} ${arrow}${label === undefined ? '' : `|${mermaidLabel(label)}|`} ${to}`;
}

/** The ```mermaid block, as lines. */
export function renderDiagram(context: RunbookContext): string[] {
  const { answers, text, deployment, ports } = context;
  const labels = text.runbook.diagram;
  // In a hierarchy, every primary site's roles and connection points (domain/hierarchy.ts).
  const servers = allRoleServers(answers);
  const roles: Node[] = [
    ...servers.managementPoints.map((server, index) => ({ id: `mp${index + 1}`, lines: [labels.managementPoint, server] })),
    ...servers.softwareUpdatePoints.map((server, index) => ({ id: `sup${index + 1}`, lines: [labels.softwareUpdatePoint, server] })),
    // The 1610 article lists distribution points too; current branch has no such option.
    ...(answers.model === 'classic' ? (answers.distributionPoints ?? []).map((server, index) => ({ id: `dp${index + 1}`, lines: [labels.distributionPoint, server] })) : []),
  ];
  const proxy: Node | undefined = answers.proxyServer ? { id: 'proxy', lines: [labels.proxy, `${answers.proxyServer}:${answers.proxyPort ?? ''}`] } : undefined;
  const onPremises: Node[] = [
    { id: 'cp', lines: [labels.connectionPoint, ...servers.connectionPoints] },
    ...(proxy ? [proxy] : []),
    { id: 'site', lines: [labels.site({ siteCode: answers.siteCode }), labels.smsProvider({ server: answers.smsProvider })] },
    ...roles,
  ];
  const cmg: Node = {
    id: 'cmg',
    lines: [labels.cmg, answers.serviceName, labels.deployment({ name: deployment }), labels.region({ region: answers.region }), labels.vmInstances({ count: answers.vmCount })],
  };
  // A proxy carries HTTPS only: a classic CMG's TCP-TLS ports cannot cross it (cmg-reference.md).
  const outbound = (proxy ? ports.filter((range) => range.protocol === 'HTTPS') : ports).map(formatPortRange).join(', ');
  const edges: Edge[] = [
    { from: 'clients', to: 'cmg', label: labels.https443 },
    ...(proxy ? [{ from: 'cp', to: 'proxy', label: `${answers.proxyPort ?? ''}` }, { from: 'proxy', to: 'cmg', label: outbound }] : [{ from: 'cp', to: 'cmg', label: outbound }]),
    ...roles.map((role) => ({ from: 'cp', to: role.id })),
    { from: 'site', to: 'cmg', label: labels.deploys[answers.model], dotted: true },
  ];
  return [
    '```mermaid',
    'flowchart LR',
    node({ id: 'clients', lines: [labels.internetClients] }, '    '),
    `    subgraph azure[${mermaidLabel(labels.azure[answers.cloud])}]`,
    node(cmg, '        '),
    '    end',
    `    subgraph onprem[${mermaidLabel(labels.onPremises)}]`,
    ...onPremises.map((entry) => node(entry, '        ')),
    '    end',
    ...edges.map(edge),
    '```',
  ];
}
