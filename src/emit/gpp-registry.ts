import { createHash } from 'node:crypto';

/**
 * Group Policy Preferences "Registry" items: the Registry.xml that GPMC reads when the file is
 * dropped on Computer Configuration > Preferences > Windows Settings > Registry.
 *
 * Shape, from Microsoft's [MS-GPPREF] open specification, pages under
 * https://learn.microsoft.com/openspecs/windows_protocols/ms-gppref/:
 * - "Outer and Inner Element Names and CLSIDs" (12512ed6-0632-4e90-a112-d3d2cd41df6c): the outer element
 *   `RegistrySettings` {A3CCFC41-DFDB-43a5-8D26-0FE8B954DA51}, the inner `Registry`
 *   {9CD4B2F4-923D-47f5-A062-E897DD1DAD50};
 * - 2.2.1.17.1 "Element-Specific Attributes" (e5c0cb82-7768-4b9d-ba87-2a8a4684afee): `Properties` takes action C/R/U/D
 *   (Update creates a missing value and changes only what the item defines; Delete removes the
 *   value), hive, key without the hive and without leading or trailing backslash, name, type
 *   (REG_SZ, REG_DWORD, REG_EXPAND_SZ or REG_MULTI_SZ), value, displayDecimal, default;
 * - 4.2.22 "Applications XML Sample" (7e9fb7d9-78ce-49d7-b570-c1283f181cd8): a REG_DWORD item written as
 *   `<Registry … image="12" changed="2010-01-17 20:40:03" uid="{…}"><Properties action="U"
 *   displayDecimal="0" default="0" hive="…" key="…" name="…" type="REG_DWORD" value="00000001"/>`.
 * Import by drag and drop on the Registry node: Microsoft's Windows Firewall guide, "Appendix A:
 * Sample GPO template files" (learn.microsoft.com, 2023).
 */
export const GPP_REGISTRY_SETTINGS_CLSID = '{A3CCFC41-DFDB-43a5-8D26-0FE8B954DA51}';
export const GPP_REGISTRY_CLSID = '{9CD4B2F4-923D-47f5-A062-E897DD1DAD50}';

/** U: create or update the value; D: delete it. (C and R exist too; this tool needs neither.) */
export type GppAction = 'U' | 'D';

export type GppRegistryItem =
  | { action: GppAction; hive: 'HKEY_LOCAL_MACHINE'; key: string; name: string; type: 'REG_DWORD'; value: number }
  | { action: GppAction; hive: 'HKEY_LOCAL_MACHINE'; key: string; name: string; type: 'REG_SZ'; value: string };

/**
 * The icon GPMC shows: it only matters to the editor. GPMC writes 12 for an updated REG_DWORD
 * (the MS-GPPREF sample above) and 7 for an updated REG_SZ (GPMC exports); the icons go
 * create, replace, update, delete in a row, so a deleted value is one further (13, 8).
 */
const IMAGE: Record<GppRegistryItem['type'], Record<GppAction, number>> = {
  REG_SZ: { U: 7, D: 8 },
  REG_DWORD: { U: 12, D: 13 },
};

// XML 1.0 allows tab, LF, CR and everything from U+0020 except lone surrogates and U+FFFE/U+FFFF.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export class NotXmlTextError extends Error {
  constructor(readonly value: string) {
    super('value contains a character XML 1.0 cannot carry');
    this.name = 'NotXmlTextError';
  }
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** A value as the text of a double-quoted attribute; whitespace escaped so parsers keep it as is. */
export function xmlAttribute(value: string): string {
  if (NOT_XML.test(value)) throw new NotXmlTextError(value);
  return value.replace(/[&<>"'\t\n\r]/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char);
}

/** `changed` as GPMC writes it: UTC, `YYYY-MM-DD HH:MM:SS`. */
export function gppTimestamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

/** The data as GPP stores it: REG_DWORD as eight upper-case hex digits. */
export function gppValue(item: GppRegistryItem): string {
  if (item.type === 'REG_SZ') return item.value;
  if (!Number.isInteger(item.value) || item.value < 0 || item.value > 0xffffffff) throw new Error(`not a DWORD: ${item.value}`);
  return item.value.toString(16).toUpperCase().padStart(8, '0');
}

/** Fixed namespace of cmg-setup's name-based GUIDs (RFC 4122 version 5). */
const UID_NAMESPACE = Buffer.from('6f1c2a9e4b7d4e35a1c08d3f5b2e7a46', 'hex');

/**
 * The item's uid, derived from what it does (RFC 4122 version 5, SHA-1): the same item gets the
 * same uid on every run, and a different item a different one. GPMC writes upper case in braces.
 */
export function gppUid(item: GppRegistryItem): string {
  const name = [item.action, item.hive, item.key, item.name, item.type, gppValue(item)].join('\u0000');
  const bytes = createHash('sha1').update(UID_NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex').toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}

function attributes(pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs.map(([name, value]) => ` ${name}="${xmlAttribute(value)}"`).join('');
}

function registryElement(item: GppRegistryItem, changed: string): string {
  if (item.key.startsWith('\\') || item.key.endsWith('\\')) throw new Error(`registry key with a leading or trailing backslash: ${item.key}`);
  const registry = attributes([
    ['clsid', GPP_REGISTRY_CLSID],
    ['name', item.name],
    ['status', item.name],
    ['image', String(IMAGE[item.type][item.action])],
    ['changed', changed],
    ['uid', gppUid(item)],
  ]);
  const properties = attributes([
    ['action', item.action],
    ['displayDecimal', '0'],
    ['default', '0'],
    ['hive', item.hive],
    ['key', item.key],
    ['name', item.name],
    ['type', item.type],
    ['value', gppValue(item)],
  ]);
  return `\t<Registry${registry}><Properties${properties}/></Registry>`;
}

/** Registry.xml for `items`, every one stamped `changed` at `now` (the run's injected clock). UTF-8, CRLF. */
export function gppRegistryXml(items: readonly GppRegistryItem[], now: Date): string {
  if (items.length === 0) throw new Error('a Registry.xml needs at least one item');
  const changed = gppTimestamp(now);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<RegistrySettings clsid="${GPP_REGISTRY_SETTINGS_CLSID}">`,
    ...items.map((item) => registryElement(item, changed)),
    '</RegistrySettings>',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
