import { clientSite, isHierarchy } from '../../domain/hierarchy.ts';
import type { Lang } from '../../model/lang.ts';
import { ALWAYS_ON_INTERNET_ACTIONS, CLIENT_ROLLOUTS, type AlwaysOnInternetAction, type ClientRollout, type PartialAnswers } from '../../model/answers.ts';
import { error, info, warning, type Problem } from '../../model/findings.ts';
import { defineInput } from '../../model/inputs.ts';
import { inputTexts } from './input-texts.ts';
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

/** The action must agree with the older boolean when an answers file still gives it: true = set, false = not set. */
function checkAlwaysOnInternetAction(value: AlwaysOnInternetAction, answers: PartialAnswers): Problem[] {
  const legacy = answers.clientAlwaysOnInternet;
  if (legacy === undefined || (legacy ? value === 'set' : value !== 'set')) return [];
  return [error('ALWAYS_ON_INTERNET_CONFLICT', { legacy: String(legacy), action: value })];
}

export const clients: Step<ClientsPurpose, ClientsAction> = {
  id: 'clients',
  texts,
  runbookParams,
  runbookFiles,
  runbookDiagram,
  runbookActions,
  inputs: [
    /**
     * The first form of the choice, a boolean where false removed the value. Kept, never renamed
     * (DESIGN.md), so earlier answers files and pipelines still run: true still sets it; false no
     * longer removes it but leaves each client's value alone, since a rollout must not delete what
     * CCMALWAYSINF=1 installs set on purpose (documented-facts.md F-CLI-1, F-CLI-2; the plan says
     * so: ALWAYS_ON_INTERNET_FALSE_LEAVES). Not asked: the interview asks the action.
     */
    defineInput({ key: 'clientAlwaysOnInternet', step: 'clients', texts: inputTexts.clientAlwaysOnInternet, kind: 'boolean', notAsked: true, example: 'true' }),
    defineInput({
      key: 'clientAlwaysOnInternetAction',
      step: 'clients',
      texts: inputTexts.clientAlwaysOnInternetAction,
      kind: 'choice',
      choices: ALWAYS_ON_INTERNET_ACTIONS,
      default: (answers) => (answers.clientAlwaysOnInternet === true ? 'set' : 'leave'),
      // An older answers file's clientAlwaysOnInternet leaves only the actions the rule below accepts.
      offered: (answers) => ALWAYS_ON_INTERNET_ACTIONS.filter((value) => checkAlwaysOnInternetAction(value, answers).length === 0),
      validate: checkAlwaysOnInternetAction,
      example: 'leave',
    }),
    defineInput({
      key: 'clientRollout',
      step: 'clients',
      texts: inputTexts.clientRollout,
      kind: 'list',
      choices: CLIENT_ROLLOUTS,
      default: ['script'],
      validate: (value) => (value.length === 0 ? [error('CLIENT_ROLLOUT_EMPTY')] : []),
      example: 'script,configmgr-baseline',
    }),
  ],
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
