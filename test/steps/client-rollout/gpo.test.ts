import { describe, expect, it } from 'vitest';
import { GPP_REGISTRY_CLSID, GPP_REGISTRY_SETTINGS_CLSID, gppUid } from '../../../src/emit/gpp-registry.ts';
import { desiredClientState } from '../../../src/steps/client-rollout/desired-state.ts';
import { gpoRegistryXml, gppItems } from '../../../src/steps/client-rollout/gpo.ts';
import { classicAnswers, NOW, vmssAnswers } from '../../support/answers.ts';
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
const CMG_FQDNS_SET = [
  ['action', 'U'],
  ['displayDecimal', '0'],
  ['default', '0'],
  ['hive', 'HKEY_LOCAL_MACHINE'],
  ['key', 'SOFTWARE\\Microsoft\\CCM'],
  ['name', 'CMGFQDNs'],
  ['type', 'REG_SZ'],
  ['value', 'https://contosocmg.contoso.com'],
];

describe.each([
  ['vmss, on', vmssAnswers({ clientAlwaysOnInternet: true }), [['ClientAlwaysOnInternet', '12', ALWAYS_ON_SET], ['CMGFQDNs', '7', CMG_FQDNS_SET]]],
  ['vmss, off', vmssAnswers({ clientAlwaysOnInternet: false }), [['ClientAlwaysOnInternet', '13', ALWAYS_ON_DELETE], ['CMGFQDNs', '7', CMG_FQDNS_SET]]],
  ['classic, on', classicAnswers({ clientAlwaysOnInternet: true }), [['ClientAlwaysOnInternet', '12', ALWAYS_ON_SET]]],
  ['classic, off', classicAnswers({ clientAlwaysOnInternet: false }), [['ClientAlwaysOnInternet', '13', ALWAYS_ON_DELETE]]],
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

  it('updates (on) or deletes (off) ClientAlwaysOnInternet as a REG_DWORD under HKLM; CMGFQDNs as REG_SZ on current branch', () => {
    expect(items.map((item) => item.children[0]?.attributes)).toEqual(expected.map(([, , properties]) => properties));
  });
});

describe('Registry.xml and the clock', () => {
  it('only `changed` follows ctx.now: uids and everything else stay the same', () => {
    const state = desiredClientState(vmssAnswers({ clientAlwaysOnInternet: true }));
    const first = gpoRegistryXml(state, NOW);
    const later = gpoRegistryXml(state, new Date('2031-07-14T12:34:56Z'));
    expect(later.split('2031-07-14 12:34:56').length - 1).toBe(2);
    expect(later.replaceAll('2031-07-14 12:34:56', '2026-03-01 00:00:00')).toBe(first);
  });

  it('gives the set and the delete item of the same value different uids', () => {
    const on = gppItems(desiredClientState(classicAnswers({ clientAlwaysOnInternet: true })));
    const off = gppItems(desiredClientState(classicAnswers({ clientAlwaysOnInternet: false })));
    expect(gppUid(on[0]!)).not.toBe(gppUid(off[0]!));
  });
});
