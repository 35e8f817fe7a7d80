import type { AlwaysOnInternetAction, Answers, ClientRollout } from '../../../model/answers.ts';

/**
 * The registry locations the client change touches (cmg-reference.md, step 8 and "WMI /
 * registry reference"). Constants: no answer ever names a key or a value.
 */
export const CCM_SECURITY_KEY = 'SOFTWARE\\Microsoft\\CCM\\Security';
export const CCM_KEY = 'SOFTWARE\\Microsoft\\CCM';
export const ALWAYS_ON_INTERNET = 'ClientAlwaysOnInternet';
export const CMG_FQDNS = 'CMGFQDNs';

/** The same keys for PowerShell's registry provider. */
export const PS_CCM_SECURITY_KEY = `HKLM:\\${CCM_SECURITY_KEY}`;
export const PS_CCM_KEY = `HKLM:\\${CCM_KEY}`;

/**
 * What every rollout form converges a client to. One state, rendered by each generator, so the
 * script, the baseline, the GPO and the Intune pair can never disagree.
 */
export interface DesiredClientState {
  /** The CMG service name: what the client's internet management point must be named after. */
  serviceName: string;
  /**
   * ClientAlwaysOnInternet (REG_DWORD): `set` to 1, `remove`d, or left as each client has it
   * (`leave`, the default: CCMALWAYSINF=1 installs set it on purpose, documented-facts.md F-CLI-1;
   * what removing it does to them is not documented, F-CLI-2).
   */
  alwaysOnInternet: AlwaysOnInternetAction;
  /**
   * CMGFQDNs (REG_SZ) = `https://<serviceName>`, the off-premises bootstrap (F-CLI-3); undefined
   * when it does not apply. Only the forms that reach a client off the intranet write it (the
   * client script, the Intune remediation: `bootstrapForms`), and only on a client that lists no
   * internet management point and has no CMGFQDNs: never over a value, which the client itself
   * rewrites once it learns a CMG.
   */
  cmgFqdns?: string;
}

/**
 * CMGFQDNs is one of the reference's current-branch ([CB]) options for clients that never see
 * the intranet (configure-clients.md, S32); the reference gives it no separate first version.
 * A vmss model implies a current-branch site (2010 or later, checked by the general step), so
 * the model is the whole condition.
 */
export function cmgFqdnsApplies(answers: Pick<Answers, 'model'>): boolean {
  return answers.model === 'vmss';
}

export function desiredClientState(answers: Pick<Answers, 'model' | 'serviceName' | 'clientAlwaysOnInternetAction'>): DesiredClientState {
  const state: DesiredClientState = { serviceName: answers.serviceName, alwaysOnInternet: answers.clientAlwaysOnInternetAction };
  if (cmgFqdnsApplies(answers)) state.cmgFqdns = `https://${answers.serviceName}`;
  return state;
}

/**
 * Whether a form writes CMGFQDNs. CMGFQDNs is for installed clients that "aren't connected and
 * can't be connected to your intranet" (configure-clients.md). A configuration baseline reaches a
 * client through its management point or the CMG, so the client talks to the site and "get[s] the
 * location of the CMG service on the next location request" by itself (same page); a Group Policy
 * reaches a client that contacts a domain controller, and such a client "sets its connection type
 * to Currently intranet" (same page, Client location). Neither reaches the clients CMGFQDNs is
 * for, and both refresh: they never write it. The client script (an admin on the device) and the
 * Intune remediation (Intune reaches devices off the intranet) do, as a bootstrap only.
 */
export function writesCmgFqdns(state: DesiredClientState, form: ClientRollout): boolean {
  return state.cmgFqdns !== undefined && (form === 'script' || form === 'intune');
}

/** Whether a form has anything to apply: the ClientAlwaysOnInternet change, or the CMGFQDNs bootstrap. */
export function formHasWork(state: DesiredClientState, form: ClientRollout): boolean {
  return state.alwaysOnInternet !== 'leave' || writesCmgFqdns(state, form);
}
