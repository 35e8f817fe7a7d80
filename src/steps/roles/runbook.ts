import { allRoleServers } from '../../domain/hierarchy.ts';
import { atLeast } from '../../domain/site.ts';
import { codeList } from '../../emit/runbook/markdown.ts';
import { DOCS } from '../../emit/runbook/sources.ts';
import type { Answers } from '../../model/answers.ts';
import type { DiagramNode, DiagramPart } from '../../model/diagram.ts';
import type { ManualAction, RunbookFile } from '../../model/runbook.ts';
import type { Params } from '../../model/text.ts';
import type { RolesPurpose, RolesAction } from './texts.ts';

/** Set-CMManagementPoint resets the client connection type when it turns CMG traffic on from 1902 (documented-facts.md F-MP-11). */
const CONNECTION_TYPE_RESET = '1902';

/** Step 7's values for the runbook's texts (Step.runbookParams): the runbook adds them to the shared ones (emit/runbook/context.ts). */
export function runbookParams(answers: Answers): Params {
  // In a hierarchy the roles are the primary sites' (domain/hierarchy.ts); otherwise the answers' own.
  const servers = allRoleServers(answers);
  return {
    managementPoints: codeList(servers.managementPoints),
    softwareUpdatePoints: codeList(servers.softwareUpdatePoints),
    distributionPoints: codeList(answers.distributionPoints ?? []),
    // The 1610 article's step 7 goes role by role: management, software update, distribution points.
    roles: codeList([...servers.managementPoints, ...servers.softwareUpdatePoints, ...(answers.model === 'classic' ? (answers.distributionPoints ?? []) : [])]),
    // How the management points are secured (F-MP-1: HTTPS or Enhanced HTTP), and Internet only (F-MP-5).
    mpSecurity: answers.managementPointSecurity,
    internetOnly: answers.managementPointsInternetOnly ? 'yes' : '',
    // F-MP-11: from 1902 turning CMG traffic on "reset[s] client connection type" (1902 release notes).
    connectionTypeReset: atLeast(answers.siteVersion, CONNECTION_TYPE_RESET) ? 'yes' : '',
  };
}

/** Step 7 in the diagram: each role that takes CMG traffic, reached through the connection point. */
export function runbookDiagram(answers: Answers): DiagramPart {
  // In a hierarchy, every primary site's roles (domain/hierarchy.ts).
  const servers = allRoleServers(answers);
  const roles: DiagramNode[] = [
    ...servers.managementPoints.map((server, index) => ({ id: `mp${index + 1}`, kind: 'role' as const, lines: [{ label: 'managementPoint' as const }, server] })),
    ...servers.softwareUpdatePoints.map((server, index) => ({ id: `sup${index + 1}`, kind: 'role' as const, lines: [{ label: 'softwareUpdatePoint' as const }, server] })),
    // The 1610 article lists distribution points too; current branch has no such option.
    ...(answers.model === 'classic' ? (answers.distributionPoints ?? []).map((server, index) => ({ id: `dp${index + 1}`, kind: 'role' as const, lines: [{ label: 'distributionPoint' as const }, server] })) : []),
  ];
  return { nodes: roles, edges: roles.map((role) => ({ kind: 'role', from: 'cp', to: role.id })) };
}

/** Step 7's actions by hand that apply to these answers, in the runbook's order. */
export function runbookActions(answers: Answers): ManualAction<RolesAction>[] {
  const vmss = answers.model === 'vmss';
  return [
    // F-MP-7: ASP.NET 4.5 on the management points for Entra client authentication.
    ...(vmss && answers.clientAuth === 'entra' ? [{ id: 'aspnet', at: 'before', who: 'server-admin', sources: [DOCS.clientsWithEntra] } as const] : []),
    // F-RB-6, F-RB-12: the References tab; the cmdlet's name form for a CMG is undocumented.
    ...(vmss ? [{ id: 'boundary-groups', at: 'after', who: 'configmgr-admin', sources: [DOCS.setupBoundaryGroups, DOCS.setBoundaryGroup] } as const] : []),
  ];
}

/** Who runs or uses each kind of file of this step, and the pages it rests on (the runbook's **Who:** and **Source:**; docs/reference/documented-facts.md, section 3). */
export const runbookFiles: Record<RolesPurpose, RunbookFile> = {
  'roles.enable': { who: 'configmgr-admin', sources: [DOCS.setupRoles, DOCS.setManagementPoint] },
};
