import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  GPP_REGISTRY_CLSID,
  GPP_REGISTRY_SETTINGS_CLSID,
  gppRegistryXml,
  gppTimestamp,
  gppUid,
  gppValue,
  NotXmlTextError,
  xmlAttribute,
  type GppRegistryItem,
} from '../../src/emit/gpp-registry.ts';
import { attribute, parseXml } from '../steps/clients/rollout/gpp-xml.ts';

const NOW = new Date('2026-03-01T00:00:00Z');
const DWORD: GppRegistryItem = { action: 'U', hive: 'HKEY_LOCAL_MACHINE', key: 'SOFTWARE\\Microsoft\\CCM\\Security', name: 'ClientAlwaysOnInternet', type: 'REG_DWORD', value: 1 };
const STRING: GppRegistryItem = { action: 'U', hive: 'HKEY_LOCAL_MACHINE', key: 'SOFTWARE\\Microsoft\\CCM', name: 'CMGFQDNs', type: 'REG_SZ', value: 'https://contosocmg.contoso.com' };

describe('xmlAttribute', () => {
  it.each([
    ['a&b', 'a&amp;b'],
    ['<x>', '&lt;x&gt;'],
    ['say "hi"', 'say &quot;hi&quot;'],
    ["it's", 'it&apos;s'],
    ['tab\there', 'tab&#9;here'],
    ['line\r\nbreak', 'line&#13;&#10;break'],
    ['https://contosocmg.contoso.com', 'https://contosocmg.contoso.com'],
  ])('%j -> %j', (value, escaped) => {
    expect(xmlAttribute(value)).toBe(escaped);
  });

  it.each(['\u0000', 'a\u0001b', '\u001F', '\uFFFE', '\uD800', 'x\uDC00'])('refuses %j, which XML 1.0 cannot carry', (value) => {
    expect(() => xmlAttribute(value)).toThrow(NotXmlTextError);
  });

  it('round-trips any XML-legal text through a real parser', () => {
    const legal = fc.string({ unit: 'grapheme' }).filter((value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(value));
    fc.assert(
      fc.property(legal, (value) => {
        const root = parseXml(`<a v="${xmlAttribute(value)}"/>`);
        expect(attribute(root, 'v')).toBe(value);
      }),
    );
  });
});

describe('values, timestamps and uids', () => {
  it('writes REG_DWORD as eight upper-case hex digits and refuses what is not a DWORD', () => {
    expect(gppValue(DWORD)).toBe('00000001');
    expect(gppValue({ ...DWORD, value: 0xabcdef })).toBe('00ABCDEF');
    expect(gppValue({ ...DWORD, value: 0xffffffff })).toBe('FFFFFFFF');
    expect(() => gppValue({ ...DWORD, value: -1 })).toThrow('not a DWORD');
    expect(() => gppValue({ ...DWORD, value: 2 ** 32 })).toThrow('not a DWORD');
    expect(() => gppValue({ ...DWORD, value: 1.5 })).toThrow('not a DWORD');
    expect(gppValue(STRING)).toBe('https://contosocmg.contoso.com');
  });

  it('stamps `changed` in UTC as GPMC writes it', () => {
    expect(gppTimestamp(new Date('2026-03-01T09:08:07.654Z'))).toBe('2026-03-01 09:08:07');
  });

  it('derives the uid from the item: same item, same uid; any difference, another uid', () => {
    expect(gppUid(DWORD)).toBe(gppUid({ ...DWORD }));
    expect(gppUid(DWORD)).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}$/);
    const variants: GppRegistryItem[] = [{ ...DWORD, action: 'D' }, { ...DWORD, value: 0 }, { ...DWORD, key: 'SOFTWARE\\Microsoft\\CCM' }, { ...DWORD, name: 'Other' }, STRING];
    const uids = new Set([DWORD, ...variants].map(gppUid));
    expect(uids.size).toBe(variants.length + 1);
  });
});

describe('gppRegistryXml', () => {
  const xml = gppRegistryXml([DWORD, { ...STRING, action: 'D' }], NOW);

  it('is a declared UTF-8 XML document with CRLF line ends', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\r\n')).toBe(true);
    expect(xml.endsWith('</RegistrySettings>\r\n')).toBe(true);
    expect(xml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('parses as RegistrySettings > Registry > Properties, every attribute in GPMC\'s order', () => {
    const root = parseXml(xml);
    expect(root.name).toBe('RegistrySettings');
    expect(root.attributes).toEqual([['clsid', GPP_REGISTRY_SETTINGS_CLSID]]);
    expect(root.children.map((child) => child.name)).toEqual(['Registry', 'Registry']);
    const [dword, deleted] = root.children;
    expect(dword?.attributes).toEqual([
      ['clsid', GPP_REGISTRY_CLSID],
      ['name', 'ClientAlwaysOnInternet'],
      ['status', 'ClientAlwaysOnInternet'],
      ['image', '12'],
      ['changed', '2026-03-01 00:00:00'],
      ['uid', gppUid(DWORD)],
    ]);
    expect(dword?.children.map((child) => [child.name, child.attributes, child.children])).toEqual([
      [
        'Properties',
        [
          ['action', 'U'],
          ['displayDecimal', '0'],
          ['default', '0'],
          ['hive', 'HKEY_LOCAL_MACHINE'],
          ['key', 'SOFTWARE\\Microsoft\\CCM\\Security'],
          ['name', 'ClientAlwaysOnInternet'],
          ['type', 'REG_DWORD'],
          ['value', '00000001'],
        ],
        [],
      ],
    ]);
    expect(attribute(deleted!, 'image')).toBe('8');
    expect(attribute(deleted!.children[0]!, 'action')).toBe('D');
    expect(attribute(deleted!.children[0]!, 'type')).toBe('REG_SZ');
  });

  it('escapes every attribute value: hostile text comes back unchanged from the parser', () => {
    const hostile = 'x" injected="1"/><Registry clsid="{evil}"><!-- & \'quote\' <tag> \t\r\n';
    const root = parseXml(gppRegistryXml([{ ...STRING, name: hostile, value: hostile }], NOW));
    expect(root.children).toHaveLength(1);
    const item = root.children[0]!;
    expect(attribute(item, 'name')).toBe(hostile);
    expect(attribute(item, 'status')).toBe(hostile);
    expect(attribute(item.children[0]!, 'value')).toBe(hostile);
    expect(item.attributes.map(([name]) => name)).toEqual(['clsid', 'name', 'status', 'image', 'changed', 'uid']);
  });

  it('refuses an empty list and keys that start or end with a backslash', () => {
    expect(() => gppRegistryXml([], NOW)).toThrow('at least one item');
    expect(() => gppRegistryXml([{ ...DWORD, key: '\\SOFTWARE\\Microsoft' }], NOW)).toThrow('backslash');
    expect(() => gppRegistryXml([{ ...DWORD, key: 'SOFTWARE\\Microsoft\\' }], NOW)).toThrow('backslash');
  });

  it('takes `changed` from the clock it is given, and nothing else from it', () => {
    const later = gppRegistryXml([DWORD], new Date('2030-12-31T23:59:59Z'));
    expect(later).toContain('changed="2030-12-31 23:59:59"');
    expect(later.replace('2030-12-31 23:59:59', '2026-03-01 00:00:00')).toBe(gppRegistryXml([DWORD], NOW));
  });
});

describe('the XML parser these tests rely on', () => {
  it.each(['<a><b></a>', '<a x="1" x="2"/>', '<a x="<"/>', '<a>&bogus;</a>', '<a/><b/>', '<a x=1/>'])('refuses malformed %j', (xml) => {
    expect(() => parseXml(xml)).toThrow(/XML|root/);
  });
});
