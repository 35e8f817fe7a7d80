import type { Params } from './text.ts';

/**
 * What a step puts in the runbook's set-up diagram, as plain data (Step.runbookDiagram): its nodes
 * and edges. The runbook (emit/runbook/diagram.ts) lays them out by kind and escapes every text.
 */

/** A label of the diagram's vocabulary (the catalogue's runbook.diagram), with its values. */
export type DiagramLabel =
  | 'internetClients' | 'https443' | 'cmg' | 'deployment' | 'region' | 'vmInstances' | 'connectionPoint' | 'proxy'
  | 'managementPoint' | 'softwareUpdatePoint' | 'distributionPoint' | 'site' | 'smsProvider' | 'deploys';

/** A line of a node or an edge's label: a value as it is (a server name, ports), or a label with its values. */
export type DiagramText = string | { label: DiagramLabel; params?: Params };

/** What a node is: the diagram places each kind (its subgraph and its order), the steps say which are there. */
export type DiagramNodeKind = 'clients' | 'cmg' | 'connection-point' | 'proxy' | 'site' | 'role';

/** What an edge is: the diagram orders them by kind. */
export type DiagramEdgeKind = 'clients' | 'outbound' | 'role' | 'deploys';

export interface DiagramNode {
  /** cmg-setup's own node id (`mp1`, `sup2`): never a value of the answers. */
  id: string;
  kind: DiagramNodeKind;
  lines: DiagramText[];
}

export interface DiagramEdge {
  kind: DiagramEdgeKind;
  from: string;
  to: string;
  label?: DiagramText;
  dotted?: boolean;
}

export interface DiagramPart {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export const NO_DIAGRAM: DiagramPart = { nodes: [], edges: [] };
