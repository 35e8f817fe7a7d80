import type { Artifact } from '../../model/step.ts';
import type { Actor } from '../../messages/types.ts';

/**
 * Who runs or uses each kind of file, by artifact purpose (docs/reference/documented-facts.md,
 * section 3). The runbook prints it as **Who:**. The machine a file runs on does not say it (an
 * admin workstation serves the ConfigMgr, the Entra and the Group Policy administrator alike), so
 * every purpose is listed: a script engineer adding a purpose adds its line here, and the runbook
 * test fails on an emitted purpose that has none.
 */
export const ACTOR_BY_PURPOSE: Record<string, Actor> = {
  // certreq -new -machine and the computer store need an elevated prompt on the enrolling computer.
  'certificate.inf': 'server-admin',
  'certificate.request': 'server-admin',
  'client-chain.export': 'client-admin',
  // F-ROLE-4: ConfigMgr's own rights for every CMG task in the site.
  'subca.update': 'configmgr-admin',
  // F-ROLE-6: the manual registration page names a Global Administrator for the apps and their consent.
  'entra.apps': 'entra-admin',
  // F-ONB: importing the apps needs no Entra role (manual registration page L174), only ConfigMgr's.
  'azure.service': 'configmgr-admin',
  'gateway.create': 'configmgr-admin',
  'gateway.console': 'configmgr-admin',
  'gateway.console-scale-set': 'configmgr-admin',
  'gateway.wait': 'configmgr-admin',
  'site.settings': 'configmgr-admin',
  'connection-point.add': 'configmgr-admin',
  'roles.enable': 'configmgr-admin',
  'clients.script': 'client-admin',
  'clients.baseline.discovery': 'configmgr-admin',
  'clients.baseline.remediation': 'configmgr-admin',
  'clients.gpo': 'gpo-admin',
  'clients.intune.detection': 'intune-admin',
  'clients.intune.remediation': 'intune-admin',
  'clients.ccmsetup': 'client-admin',
  'lab.pki': 'client-admin',
};

/** Used only for a purpose missing above (the test catches it): the machine's usual administrator. */
const BY_MACHINE: Record<Artifact['runOn'], Actor> = {
  'ca-server': 'server-admin',
  'admin-workstation': 'configmgr-admin',
  'site-server': 'configmgr-admin',
  'azure-portal': 'azure-owner',
  'connection-point': 'server-admin',
  client: 'client-admin',
};

export function actorOf(artifact: Pick<Artifact, 'purpose' | 'runOn'>): Actor {
  return ACTOR_BY_PURPOSE[artifact.purpose] ?? BY_MACHINE[artifact.runOn];
}
