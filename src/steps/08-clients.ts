import type { Lang } from '../ui/i18n.ts';
import { CLIENT_ROLLOUTS, type ClientRollout } from '../wizard/answers.ts';
import { error, info, warning } from '../wizard/findings.ts';
import { defineInput } from '../wizard/inputs.ts';
import { baselineDiscoveryScript, baselineRemediationScript } from './client-rollout/baseline.ts';
import { ccmsetupMarkdown } from './client-rollout/ccmsetup.ts';
import { desiredClientState, type DesiredClientState } from './client-rollout/desired-state.ts';
import { gpoRegistryXml } from './client-rollout/gpo.ts';
import { intuneDetectionScript, intuneRemediationScript } from './client-rollout/intune.ts';
import { clientScript } from './client-rollout/script.ts';
import { stepFolder } from './ids.ts';
import type { Artifact, Step, StepFinding } from './step.ts';

const folder = stepFolder('clients');

/** Where each delivery of the one client change lands in the output, and what it is. */
const FORMS: Record<ClientRollout, (state: DesiredClientState, now: Date, lang: Lang) => Artifact[]> = {
  script: (state, _now, lang) => [{ path: `${folder}/Set-CmgClient.ps1`, content: clientScript(state, lang), purpose: 'clients.script', runOn: 'client' }],
  // Pasted into the console: where the admin uses them, not where they run.
  'configmgr-baseline': (state, _now, lang) => [
    { path: `${folder}/configmgr-baseline/CmgClient-Discovery.ps1`, content: baselineDiscoveryScript(state, lang), purpose: 'clients.baseline.discovery', runOn: 'site-server' },
    { path: `${folder}/configmgr-baseline/CmgClient-Remediation.ps1`, content: baselineRemediationScript(state, lang), purpose: 'clients.baseline.remediation', runOn: 'site-server' },
  ],
  gpo: (state, now) => [{ path: `${folder}/gpo/Registry.xml`, content: gpoRegistryXml(state, now), purpose: 'clients.gpo', runOn: 'admin-workstation' }],
  intune: (state, _now, lang) => [
    { path: `${folder}/intune/Detect-CmgClient.ps1`, content: intuneDetectionScript(state, lang), purpose: 'clients.intune.detection', runOn: 'admin-workstation' },
    { path: `${folder}/intune/Remediate-CmgClient.ps1`, content: intuneRemediationScript(state, lang), purpose: 'clients.intune.remediation', runOn: 'admin-workstation' },
  ],
};

export const clients: Step = {
  id: 'clients',
  inputs: [
    defineInput({ key: 'clientAlwaysOnInternet', step: 'clients', kind: 'boolean', default: false, example: 'false' }),
    defineInput({
      key: 'clientRollout',
      step: 'clients',
      kind: 'list',
      choices: CLIENT_ROLLOUTS,
      default: ['script'],
      validate: (value) => (value.length === 0 ? [error('CLIENT_ROLLOUT_EMPTY')] : []),
      example: 'script,configmgr-baseline',
    }),
  ],
  plan({ answers, now, lang = 'en' }) {
    const findings: StepFinding[] = [];
    if (answers.clientAlwaysOnInternet) findings.push({ ...warning('ALWAYS_ON_INTERNET'), input: 'clientAlwaysOnInternet' });
    const state = desiredClientState(answers);
    // In the order of CLIENT_ROLLOUTS whatever the order given, each form once.
    const artifacts = CLIENT_ROLLOUTS.filter((form) => answers.clientRollout.includes(form)).flatMap((form) => FORMS[form](state, now, lang));
    // New internet-only clients need the ccmsetup line whichever way existing clients get the
    // change, so it is always written; the rollout choices are about existing clients. The
    // reference documents installing through the CMG for current branch only.
    if (answers.model === 'vmss') {
      artifacts.push({ path: `${folder}/ccmsetup-internet-clients.md`, content: ccmsetupMarkdown(state, answers, lang), purpose: 'clients.ccmsetup', runOn: 'client' });
    } else {
      findings.push(info('CLIENT_INSTALL_ON_INTRANET'));
    }
    return { findings, artifacts, facts: { clientState: { alwaysOnInternet: state.alwaysOnInternet, cmgFqdns: state.cmgFqdns ?? null } } };
  },
};
