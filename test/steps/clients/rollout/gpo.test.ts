import { describe, expect, it } from 'vitest';
import { GPP_REGISTRY_CLSID, GPP_REGISTRY_SETTINGS_CLSID, gppUid } from '../../../../src/emit/gpp-registry.ts';
import { desiredClientState } from '../../../../src/steps/clients/rollout/desired-state.ts';
import { gpoRegistryXml, gppItems } from '../../../../src/steps/clients/rollout/gpo.ts';
import { classicAnswers, NOW, vmssAnswers } from '../../../support/answers.ts';
import { parseXml, type XmlElement } from './gpp-xml.ts';

function registryItems(xml: string): XmlElement[] {
  const root = parseXml(xml);
  expect(root.name).toBe('RegistrySettings');
  expect(root.attributes).toEqual([['clsid', GPP_REGISTRY_SETTINGS_CLSID]]);
  return root.children;
}

const ALWAYS_ON_SET = [
  ['action', 'U'],
  ['displayDecimal', '0'],
  ['default', '0'],
  ['hive', 'HKEY_LOCAL_MACHINE'],
  ['key', 'SOFTWARE\\Microsoft\\CCM\\Security'],
  ['name', 'ClientAlwaysOnInternet'],
  ['type', 'REG_DWORD'],
  ['value', '00000001'],
];
const ALWAYS_ON_DELETE = ALWAYS_ON_SET.map(([name, value]) => [name, name === 'action' ? 'D' : name === 'value' ? '00000000' : value]);

// Issue 11: never CMGFQDNs (a GPO reaches intranet computers and reapplies at every refresh), and
// nothing at all when ClientAlwaysOnInternet is left alone.
describe.each([
  ['vmss, set', vmssAnswers({ clientAlwaysOnInternetAction: 'set' }), [['ClientAlwaysOnInternet', '12', ALWAYS_ON_SET]]],
  ['vmss, remove', vmssAnswers({ clientAlwaysOnInternetAction: 'remove' }), [['ClientAlwaysOnInternet', '13', ALWAYS_ON_DELETE]]],
  ['classic, set', classicAnswers({ clientAlwaysOnInternetAction: 'set' }), [['ClientAlwaysOnInternet', '12', ALWAYS_ON_SET]]],
  ['classic, remove', classicAnswers({ clientAlwaysOnInternetAction: 'remove' }), [['ClientAlwaysOnInternet', '13', ALWAYS_ON_DELETE]]],
] as const)('Registry.xml, %s', (_name, answers, expected) => {
  const state = desiredClientState(answers);
  const items = registryItems(gpoRegistryXml(state, NOW));

  it('holds one Registry element per value, each with exactly one Properties child', () => {
    expect(items.map((item) => [item.name, item.children.map((child) => child.name)])).toEqual(expected.map(() => ['Registry', ['Properties']]));
  });

  it('writes each Registry element with the GPP class ID, its name, icon, the run\'s clock and a uid from its content', () => {
    const uids = gppItems(state).map(gppUid);
    expect(items.map((item) => item.attributes)).toEqual(
      expected.map(([name, image], index) => [
        ['clsid', GPP_REGISTRY_CLSID],
        ['name', name],
        ['status', name],
        ['image', image],
        ['changed', '2026-03-01 00:00:00'],
        ['uid', uids[index]],
      ]),
    );
  });

  it('updates (set) or deletes (remove) ClientAlwaysOnInternet as a REG_DWORD under HKLM; never CMGFQDNs', () => {
    expect(items.map((item) => item.children[0]?.attributes)).toEqual(expected.map(([, , properties]) => properties));
  });
});

describe('Registry.xml, leave', () => {
  it('has no item when ClientAlwaysOnInternet is left alone, so step 8 writes no Registry.xml', () => {
    expect(gppItems(desiredClientState(vmssAnswers({ clientAlwaysOnInternetAction: 'leave' })))).toEqual([]);
  });
});

describe('Registry.xml and the clock', () => {
  it('only `changed` follows ctx.now: uids and everything else stay the same', () => {
    const state = desiredClientState(vmssAnswers({ clientAlwaysOnInternetAction: 'set' }));
    const first = gpoRegistryXml(state, NOW);
    const later = gpoRegistryXml(state, new Date('2031-07-14T12:34:56Z'));
    expect(later.split('2031-07-14 12:34:56').length - 1).toBe(1);
    expect(later.replaceAll('2031-07-14 12:34:56', '2026-03-01 00:00:00')).toBe(first);
  });

  it('gives the set and the delete item of the same value different uids', () => {
    const on = gppItems(desiredClientState(classicAnswers({ clientAlwaysOnInternetAction: 'set' })));
    const off = gppItems(desiredClientState(classicAnswers({ clientAlwaysOnInternetAction: 'remove' })));
    expect(gppUid(on[0]!)).not.toBe(gppUid(off[0]!));
  });
});
