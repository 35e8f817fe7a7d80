import { gppRegistryXml, type GppRegistryItem } from '../../emit/gpp-registry.ts';
import { ALWAYS_ON_INTERNET, CCM_KEY, CCM_SECURITY_KEY, CMG_FQDNS, type DesiredClientState } from './desired-state.ts';

/** The desired state as Group Policy Preferences registry items (computer side, HKLM). */
export function gppItems(state: DesiredClientState): GppRegistryItem[] {
  const items: GppRegistryItem[] = [
    { action: state.alwaysOnInternet ? 'U' : 'D', hive: 'HKEY_LOCAL_MACHINE', key: CCM_SECURITY_KEY, name: ALWAYS_ON_INTERNET, type: 'REG_DWORD', value: state.alwaysOnInternet ? 1 : 0 },
  ];
  if (state.cmgFqdns !== undefined) items.push({ action: 'U', hive: 'HKEY_LOCAL_MACHINE', key: CCM_KEY, name: CMG_FQDNS, type: 'REG_SZ', value: state.cmgFqdns });
  return items;
}

/** `Registry.xml`, stamped with the run's clock so the same --now gives the same bytes. */
export function gpoRegistryXml(state: DesiredClientState, now: Date): string {
  return gppRegistryXml(gppItems(state), now);
}
