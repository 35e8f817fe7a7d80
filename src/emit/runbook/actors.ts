import type { ExtraPurpose } from '../../messages/types.ts';
import type { Actor, RunbookFile } from '../../model/runbook.ts';
import type { Artifact } from '../../model/step.ts';

/**
 * Who runs or uses the files that are no step's own (the lab PKI of --example), and the pages
 * they rest on (none: the lab PKI is cmg-setup's own). A step's files say it in its folder's
 * runbook.ts (Step.runbookFiles), one for every purpose it knows, or it does not compile.
 */
export const EXTRA_FILES: Record<ExtraPurpose, RunbookFile> = {
  'lab.pki': { who: 'client-admin', sources: [] },
};

/** Used only for a file whose purpose says no one: the machine's usual administrator. */
const BY_MACHINE: Record<Artifact['runOn'], Actor> = {
  'ca-server': 'server-admin',
  'admin-workstation': 'configmgr-admin',
  'site-server': 'configmgr-admin',
  'azure-portal': 'azure-owner',
  'connection-point': 'server-admin',
  client: 'client-admin',
};

export function actorOf(artifact: Pick<Artifact, 'runOn'>, file: Partial<RunbookFile> | undefined): Actor {
  return file?.who ?? BY_MACHINE[artifact.runOn];
}
