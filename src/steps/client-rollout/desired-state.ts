import type { Answers } from '../../wizard/answers.ts';

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
  /** ClientAlwaysOnInternet = 1 (REG_DWORD) when true; the value removed when false. */
  alwaysOnInternet: boolean;
  /**
   * CMGFQDNs (REG_SZ) = `https://<serviceName>`; undefined when it does not apply. It is then
   * left alone rather than removed: the client writes it itself once it learns a CMG.
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

export function desiredClientState(answers: Pick<Answers, 'model' | 'serviceName' | 'clientAlwaysOnInternet'>): DesiredClientState {
  const state: DesiredClientState = { serviceName: answers.serviceName, alwaysOnInternet: answers.clientAlwaysOnInternet };
  if (cmgFqdnsApplies(answers)) state.cmgFqdns = `https://${answers.serviceName}`;
  return state;
}
