import type { DiagramEdge, DiagramEdgeKind, DiagramNode, DiagramNodeKind, DiagramText } from '../../model/diagram.ts';
import type { Text } from '../../model/text.ts';
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

/** Where each kind of node goes, in this order: the layout is the diagram's, which nodes there are is the steps'. */
const NODE_LAYOUT: readonly { kind: DiagramNodeKind; group: 'outside' | 'azure' | 'onprem' }[] = [
  { kind: 'clients', group: 'outside' },
  { kind: 'cmg', group: 'azure' },
  { kind: 'connection-point', group: 'onprem' },
  { kind: 'proxy', group: 'onprem' },
  { kind: 'site', group: 'onprem' },
  { kind: 'role', group: 'onprem' },
];
const EDGE_ORDER: readonly DiagramEdgeKind[] = ['clients', 'outbound', 'role', 'deploys'];

function node({ id, lines }: DiagramNode, indent: string, say: (text: DiagramText) => string): string {
  return `${indent}${id}[${mermaidLabel(...lines.map(say))}]`;
}

function edge({ from, to, label, dotted }: DiagramEdge, say: (text: DiagramText) => string): string {
  const arrow = dotted ? '-.->' : '-->';
  return `    ${from} ${arrow}${label === undefined ? '' : `|${mermaidLabel(say(label))}|`} ${to}`;
}

/** The ```mermaid block, as lines: the nodes and edges the steps gave (StepOutcome.diagram), laid out by kind. */
export function renderDiagram(context: RunbookContext): string[] {
  const { answers, text, result } = context;
  const labels = text.runbook.diagram;
  const say = (line: DiagramText): string => {
    if (typeof line === 'string') return line;
    const label: string | Text = labels[line.label];
    return typeof label === 'function' ? label(line.params ?? {}) : label;
  };
  const nodes = result.steps.flatMap((step) => step.diagram.nodes);
  const edges = result.steps.flatMap((step) => step.diagram.edges);
  const inGroup = (group: string, indent: string) =>
    NODE_LAYOUT.filter((place) => place.group === group).flatMap((place) => nodes.filter((entry) => entry.kind === place.kind).map((entry) => node(entry, indent, say)));
  return [
    '```mermaid',
    'flowchart LR',
    ...inGroup('outside', '    '),
    `    subgraph azure[${mermaidLabel(labels.azure[answers.cloud])}]`,
    ...inGroup('azure', '        '),
    '    end',
    `    subgraph onprem[${mermaidLabel(labels.onPremises)}]`,
    ...inGroup('onprem', '        '),
    '    end',
    ...EDGE_ORDER.flatMap((kind) => edges.filter((entry) => entry.kind === kind).map((entry) => edge(entry, say))),
    '```',
  ];
}
