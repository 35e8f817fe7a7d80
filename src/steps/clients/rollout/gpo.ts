import { gppRegistryXml, type GppRegistryItem } from '../../../emit/gpp-registry.ts';
import { ALWAYS_ON_INTERNET, CCM_SECURITY_KEY, type DesiredClientState } from './desired-state.ts';

/**
 * The desired state as Group Policy Preferences registry items (computer side, HKLM): the
 * ClientAlwaysOnInternet change only. ClientAlwaysOnInternet left alone is no item at all, and
 * CMGFQDNs never is one: a Group Policy reaches only computers that contact a domain controller,
 * which are not the off-premises clients CMGFQDNs is for, and it reapplies its items at every
 * refresh, over the value the client maintains (desired-state.ts writesCmgFqdns).
 */
export function gppItems(state: DesiredClientState): GppRegistryItem[] {
  const item = (action: 'U' | 'D', value: number): GppRegistryItem => ({ action, hive: 'HKEY_LOCAL_MACHINE', key: CCM_SECURITY_KEY, name: ALWAYS_ON_INTERNET, type: 'REG_DWORD', value });
  return { set: [item('U', 1)], remove: [item('D', 0)], leave: [] }[state.alwaysOnInternet];
}

/** `Registry.xml`, stamped with the run's clock so the same --now gives the same bytes. */
export function gpoRegistryXml(state: DesiredClientState, now: Date): string {
  return gppRegistryXml(gppItems(state), now);
}
