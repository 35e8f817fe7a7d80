import { cmgIsPreRelease } from '../../domain/site.ts';
import type { StepId } from '../../model/step.ts';
import type { Actor, ManualActionId } from '../../messages/types.ts';
import type { Answers } from '../../model/answers.ts';
import { DOCS, type Source } from './sources.ts';

/**
 * An action by hand: what it is comes from the catalogue (`text.runbook.manual[id]`); this says
 * which runs need it, under which step, before or after that step's files, who does it and the
 * pages it rests on. Within a step and a position, the order of ACTIONS is the runbook's order.
 */
export interface ManualAction {
  id: ManualActionId;
  step: StepId;
  /** 'before': a prerequisite of the step's files; 'after': once they ran. */
  at: 'before' | 'after';
  who: Actor;
  /** The pages it rests on; a function where they differ by model. */
  sources: readonly Source[] | ((answers: Answers) => readonly Source[]);
  applies: (answers: Answers, flags: ActionFlags) => boolean;
}

/** What the runbook context already worked out that an action depends on. */
export interface ActionFlags {
  /** The service name is not the deployment name: clients need a CNAME. */
  cname: boolean;
}

const vmss = (answers: Answers) => answers.model === 'vmss';
const entra = (answers: Answers) => answers.model === 'vmss' && answers.clientAuth === 'entra';

export const ACTIONS: readonly ManualAction[] = [
  // Step 3. F-ROLE-1, F-ROLE-2: Global Administrator per the CMG pages; Application Administrator
  // within what Entra's consent page allows (no Graph application permission).
  { id: 'entra-roles', step: 'azure', at: 'before', who: 'entra-admin', sources: [DOCS.manualApps, DOCS.adminConsent], applies: vmss },
  // F-ROLE-5: registering needs /register/action (Contributor, Owner).
  { id: 'resource-providers', step: 'azure', at: 'before', who: 'azure-contributor', sources: [DOCS.resourceProviders], applies: vmss },
  { id: 'azure-service', step: 'azure', at: 'after', who: 'configmgr-admin', sources: [DOCS.configureAzureAd], applies: vmss },
  // F-RB-5: federated or synchronized identities need both discoveries; F-RB-13: where each is set.
  { id: 'user-discovery', step: 'azure', at: 'after', who: 'configmgr-admin', sources: [DOCS.clientsWithEntra, DOCS.discoveryMethods, DOCS.setAzureService], applies: entra },
  { id: 'management-certificate', step: 'azure', at: 'before', who: 'azure-admin', sources: [DOCS.article1610], applies: (answers) => answers.model === 'classic' },
  // Step 4. F-RB-1, F-RB-10: the service connection point deploys the CMG, so it must be online.
  { id: 'service-connection-point', step: 'gateway', at: 'before', who: 'top-level-admin', sources: [DOCS.planComponents, DOCS.serviceConnectionPoint, DOCS.setServiceConnectionPoint], applies: vmss },
  // F-RB-2 (CONTRADICTED): said as "if the console lists it"; F-RB-3: the feature's Name is undocumented, so no cmdlet.
  { id: 'optional-feature', step: 'gateway', at: 'before', who: 'features-admin', sources: [DOCS.setupCmg, DOCS.optionalFeatures, DOCS.preReleaseFeatures], applies: vmss },
  // F-RB-8, F-RB-11: the 1610 CMG is pre-release until 1802; consent, then Features (under Cloud Services before 1702).
  { id: 'pre-release-feature', step: 'gateway', at: 'before', who: 'features-admin', sources: [DOCS.preRelease2017, DOCS.article1610], applies: (answers) => answers.model === 'classic' && cmgIsPreRelease(answers.siteVersion) },
  // F-ROLE-3 (CONTRADICTED), F-GW-12, F-RB-14: who the console signs in as; the Non-Interactive set's identity (the server app from 2309).
  { id: 'azure-rights', step: 'gateway', at: 'before', who: 'azure-owner', sources: [DOCS.setupCmg, DOCS.planRequirements, DOCS.newGateway], applies: vmss },
  { id: 'dns-cname', step: 'gateway', at: 'after', who: 'dns-admin', sources: [DOCS.dataFlow], applies: (answers, flags) => answers.model === 'vmss' && flags.cname },
  // Step 6. F-MP-9: with PKI client certificates and an HTTPS management point (always, in the 1610 article).
  {
    id: 'connection-point-certificate',
    step: 'connection-point',
    at: 'before',
    who: 'server-admin',
    sources: (answers) => (answers.model === 'classic' ? [DOCS.article1610] : [DOCS.setupConnectionPoint, DOCS.configureAuthentication]),
    // Current branch: only with HTTPS management points (the connection point then authenticates to
    // them: 403 CMGConnector_Clientcertificaterequired otherwise); with Enhanced HTTP it needs none.
    applies: (answers) => answers.model === 'classic' || (answers.clientAuth === 'pki' && answers.managementPointSecurity === 'https'),
  },
  // Step 7. F-MP-7: ASP.NET 4.5 on the management points for Entra client authentication.
  { id: 'aspnet', step: 'roles', at: 'before', who: 'server-admin', sources: [DOCS.clientsWithEntra], applies: entra },
  // F-RB-6, F-RB-12: the References tab; the cmdlet's name form for a CMG is undocumented.
  { id: 'boundary-groups', step: 'roles', at: 'after', who: 'configmgr-admin', sources: [DOCS.setupBoundaryGroups, DOCS.setBoundaryGroup], applies: vmss },
  // Step 8. F-RB-4: both client settings, for the devices that use the CMG.
  { id: 'client-settings', step: 'clients', at: 'before', who: 'configmgr-admin', sources: [DOCS.planRequirements, DOCS.clientSettings, DOCS.setClientSettingCloudService], applies: () => true },
];

/** The actions of one step and position that apply to these answers, in the runbook's order. */
export function actionsFor(answers: Answers, flags: ActionFlags, step: StepId, at: ManualAction['at']): ManualAction[] {
  return ACTIONS.filter((action) => action.step === step && action.at === at && action.applies(answers, flags));
}

export function sourcesOf(action: ManualAction, answers: Answers): readonly Source[] {
  return typeof action.sources === 'function' ? action.sources(answers) : action.sources;
}
