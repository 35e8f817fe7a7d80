import { clientSite, isHierarchy } from '../../domain/hierarchy.ts';
import type { Lang } from '../../model/lang.ts';
import { CLIENT_ROLLOUTS, type ClientRollout } from '../../model/answers.ts';
import { info, warning } from '../../model/findings.ts';
import { baselineDiscoveryScript, baselineRemediationScript } from './rollout/baseline.ts';
import { ccmsetupMarkdown } from './rollout/ccmsetup.ts';
import { desiredClientState, formHasWork, type DesiredClientState } from './rollout/desired-state.ts';
import { gpoRegistryXml } from './rollout/gpo.ts';
import { intuneDetectionScript, intuneRemediationScript } from './rollout/intune.ts';
import { clientScript } from './rollout/script.ts';
import type { Artifact, Step, StepPosition } from '../../model/step.ts';
import type { StepFinding } from '../../model/findings.ts';
import { runbookActions, runbookDiagram, runbookFiles, runbookParams } from './runbook.ts';
import { texts, type ClientsPurpose, type ClientsAction } from './texts.ts';
import { declaration } from './declaration.ts';

/** The step's place: its output folder and its number among the steps. */
interface Place {
  folder: string;
  position: StepPosition;
}

/** Where each delivery of the one client change lands in the output, and what it is. */
const FORMS: Record<ClientRollout, (state: DesiredClientState, place: Place, now: Date, lang: Lang) => Artifact<ClientsPurpose>[]> = {
  script: (state, { folder, position }, _now, lang) => [{ path: `${folder}/Set-CmgClient.ps1`, content: clientScript(state, position, lang), purpose: 'clients.script', runOn: 'client' }],
  // Pasted into the console: where the admin uses them, not where they run.
  'configmgr-baseline': (state, { folder, position }, _now, lang) => [
    { path: `${folder}/configmgr-baseline/CmgClient-Discovery.ps1`, content: baselineDiscoveryScript(state, position, lang), purpose: 'clients.baseline.discovery', runOn: 'site-server' },
    { path: `${folder}/configmgr-baseline/CmgClient-Remediation.ps1`, content: baselineRemediationScript(state, position, lang), purpose: 'clients.baseline.remediation', runOn: 'site-server' },
  ],
  gpo: (state, { folder }, now) => [{ path: `${folder}/gpo/Registry.xml`, content: gpoRegistryXml(state, now), purpose: 'clients.gpo', runOn: 'admin-workstation' }],
  intune: (state, { folder, position }, _now, lang) => [
    { path: `${folder}/intune/Detect-CmgClient.ps1`, content: intuneDetectionScript(state, position, lang), purpose: 'clients.intune.detection', runOn: 'admin-workstation' },
    { path: `${folder}/intune/Remediate-CmgClient.ps1`, content: intuneRemediationScript(state, position, lang), purpose: 'clients.intune.remediation', runOn: 'admin-workstation' },
  ],
};

export const clients: Step<ClientsPurpose, ClientsAction> = {
  ...declaration,
  texts,
  runbookParams,
  runbookFiles,
  runbookDiagram,
  runbookActions,
  plan({ answers, now, position, folder, lang = 'en' }) {
    const findings: StepFinding[] = [];
    const action = answers.clientAlwaysOnInternetAction;
    if (action === 'set') findings.push({ ...warning('ALWAYS_ON_INTERNET'), input: 'clientAlwaysOnInternetAction' });
    if (action === 'remove') findings.push({ ...warning('ALWAYS_ON_INTERNET_REMOVE'), input: 'clientAlwaysOnInternetAction' });
    if (action === 'leave' && answers.clientAlwaysOnInternet === false) findings.push({ ...info('ALWAYS_ON_INTERNET_FALSE_LEAVES'), input: 'clientAlwaysOnInternet' });
    const state = desiredClientState(answers);
    if (state.cmgFqdns !== undefined) findings.push(info('CMGFQDNS_BOOTSTRAP'));
    // In the order of CLIENT_ROLLOUTS whatever the order given, each form once; a form with
    // nothing to apply (ClientAlwaysOnInternet left alone, no CMGFQDNs bootstrap) is not written.
    const artifacts: Artifact<ClientsPurpose>[] = [];
    for (const form of CLIENT_ROLLOUTS.filter((candidate) => answers.clientRollout.includes(candidate))) {
      if (form === 'script' || formHasWork(state, form)) artifacts.push(...FORMS[form](state, { folder, position }, now, lang));
      else findings.push({ ...info('CLIENT_ROLLOUT_NOTHING', { form }), input: 'clientRollout' });
    }
    // New internet-only clients need the ccmsetup line whichever way existing clients get the
    // change, so it is always written; the rollout choices are about existing clients. The
    // reference documents installing through the CMG for current branch only.
    if (answers.model === 'vmss') {
      // In a hierarchy SMSSITECODE and SMSMP name the first primary site and its first management
      // point: clients can't be assigned to a CAS (documented-facts.md F-HIER-7), and the plan says so.
      const site = clientSite(answers).answers;
      if (isHierarchy(answers)) findings.push({ ...info('CLIENTS_FIRST_PRIMARY_SITE', { siteCode: site.siteCode, managementPoint: site.managementPoints[0] ?? '' }), input: 'primarySites' });
      artifacts.push({ path: `${folder}/ccmsetup-internet-clients.md`, content: ccmsetupMarkdown(state, site, lang), purpose: 'clients.ccmsetup', runOn: 'client' });
    } else {
      findings.push(info('CLIENT_INSTALL_ON_INTRANET'));
    }
    return { findings, artifacts, facts: { clientState: { alwaysOnInternet: state.alwaysOnInternet, cmgFqdns: state.cmgFqdns ?? null } } };
  },
};
