/**
 * cmdlet-facts.json, the ConfigMgr cmdlet syntax the stand-in is built from: it is what a fresh
 * extraction from the docs repository gives (when a clone is at hand: CI has no network, so the
 * committed file is what CI uses), it knows every cmdlet the tool emits, and the extractor reads
 * every syntax form the pages use. Needs no PowerShell.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/cmdlet-facts/parse-page.mjs';
import { ROOT } from '../support/powershell.ts';
import { workspace } from './fixtures.ts';

const FACTS_FILE = join(ROOT, 'test', 'powershell', 'standin', 'cmdlet-facts.json');
const EXTRACTOR = join(ROOT, 'scripts', 'extract-cmdlet-facts.mjs');
/** A clone (or bare mirror) of MicrosoftDocs/sccm-docs-powershell-ref. */
const MIRROR = process.env.CMG_DOCS_MIRROR ?? '/work/.mirror/MicrosoftDocs+sccm-docs-powershell-ref/repo';

interface Epoch {
  siteVersions: { from: string | null; until: string | null };
  absent?: boolean;
  commit?: string;
  releaseNoteFacts?: { parameters: string[]; onPage: string; external?: unknown }[];
  disagreements?: unknown[];
  parameterSets?: Record<string, { parameters: Record<string, { mandatory: boolean }> }>;
  parameters?: Record<string, { type: string; aliases: string[] }>;
}
interface Facts {
  source: { repo: string; commit: string; date: string };
  cmdlets: Record<string, { emitted: boolean; epochs: Epoch[] }>;
  missingPages: string[];
}

const facts = JSON.parse(readFileSync(FACTS_FILE, 'utf8')) as Facts;

describe('cmdlet-facts.json', () => {
  it.skipIf(!existsSync(MIRROR))(`matches a fresh extraction from the docs repository (skipped without a clone at ${MIRROR}; set CMG_DOCS_MIRROR)`, () => {
    const space = workspace('cmg-facts-');
    try {
      const out = space.path('facts.json');
      const run = spawnSync(process.execPath, [EXTRACTOR, '--git-dir', MIRROR, '--commit', facts.source.commit, '--out', out], { encoding: 'utf8' });
      expect(run.stderr).not.toMatch(/extract-cmdlet-facts:/);
      expect(run.status).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(FACTS_FILE, 'utf8'));
    } finally {
      space.remove();
    }
  }, 60_000);

  it('names its source: the docs repository and commit', () => {
    expect(facts.source).toEqual({ repo: 'MicrosoftDocs/sccm-docs-powershell-ref', commit: expect.stringMatching(/^[0-9a-f]{40}$/), date: expect.any(String) });
  });

  it('has every ConfigMgr cmdlet the tool emits (src/ and the golden files), or lists it as having no page', () => {
    const emitted = new Set<string>();
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(ts|ps1|md)$/.test(entry.name)) for (const match of readFileSync(path, 'utf8').matchAll(/\b(?:Add|Get|New|Remove|Set|Start|Stop|Sync|Import|Invoke)-CM[A-Za-z]+\b/g)) emitted.add(match[0]);
      }
    };
    walk(join(ROOT, 'src'));
    walk(join(ROOT, 'test', 'emit', '__golden__'));
    expect(emitted.size).toBeGreaterThanOrEqual(16);
    expect([...emitted].filter((name) => !(name in facts.cmdlets) && !facts.missingPages.includes(name))).toEqual([]);
  });

  it('New-CMCloudManagementGateway: absent before 1702, the classic syntax until 2010, two sets since, -ServiceCertPassword mandatory from 2107', () => {
    const epochs = facts.cmdlets['New-CMCloudManagementGateway']!.epochs;
    expect(epochs.map((epoch) => [epoch.siteVersions.from, epoch.siteVersions.until, epoch.absent ?? false])).toEqual([
      [null, '1702', true],
      ['1702', '2010', false],
      ['2010', '2107', false],
      ['2107', '2207', false],
      ['2207', '2309', false],
      ['2309', '2603', false],
      ['2603', null, false],
    ]);
    const [, classic, early] = epochs as [Epoch, Epoch, Epoch];
    const current = epochs.at(-1) as Epoch;
    expect(Object.keys(classic.parameterSets!)).toEqual(['__AllParameterSets']);
    expect(classic.parameterSets!.__AllParameterSets!.parameters.ServiceCName).toEqual({ mandatory: true, position: null });
    expect(Object.keys(current.parameterSets!)).toEqual(['Interactive', 'Non-Interactive']);
    expect(early.parameterSets!['Non-Interactive']!.parameters.ServiceCertPassword!.mandatory).toBe(false);
    expect(current.parameterSets!['Non-Interactive']!.parameters.ServiceCertPassword!.mandatory).toBe(true);
    expect(current.parameters!.CARootCert).toMatchObject({ type: 'Hashtable', aliases: ['CARootCertification', 'CARootCertifications'] });
    // 2207 to now: the same two sets; what the release notes add is recorded beside them, never put in a set.
    for (const epoch of epochs.slice(3)) expect(Object.keys(epoch.parameterSets!)).toEqual(['Interactive', 'Non-Interactive']);
  });

  it('New-CMCloudManagementGateway from 2207: -VMSSVMSize/-Version (release notes only), -TenantId (described, in no set), -IsUsingExistingGroup with -ServerAppClientId (2603, external)', () => {
    const byRange = Object.fromEntries(facts.cmdlets['New-CMCloudManagementGateway']!.epochs.map((epoch) => [`${epoch.siteVersions.from}`, epoch]));
    const notes = (from: string) => (byRange[from]!.releaseNoteFacts ?? []).map((item) => [item.parameters.join('+'), item.onPage, item.external ? 'external' : 'checked']);
    expect(notes('2107')).toEqual([]);
    expect(notes('2207')).toEqual([['VMSSVMSize+Version', 'absent', 'checked']]);
    expect(notes('2309')).toEqual([['VMSSVMSize+Version', 'absent', 'checked'], ['TenantId', 'described-only', 'checked']]);
    expect(notes('2603')).toEqual([['VMSSVMSize+Version', 'absent', 'checked'], ['TenantId', 'described-only', 'checked'], ['IsUsingExistingGroup+ServerAppClientId', 'separate-sets', 'external']]);
    for (const from of ['2309', '2603']) {
      expect(byRange[from]!.parameters).not.toHaveProperty('TenantId');
      expect(byRange[from]!.disagreements).toContainEqual({ parameter: 'TenantId', set: null, field: 'Parameter', syntax: 'absent from every set', parameters: 'described (String)' });
    }
    expect(byRange['2603']!.parameterSets!.Interactive!.parameters).toHaveProperty('IsUsingExistingGroup');
    expect(byRange['2603']!.parameterSets!['Non-Interactive']!.parameters).not.toHaveProperty('IsUsingExistingGroup');
  });

  it('the scripted onboarding (2010), Set-UpdateServerApplication (2309, empty SYNTAX), and the 2207 app cmdlets that have no page', () => {
    for (const name of ['Import-CMAADServerApplication', 'Import-CMAADClientApplication', 'Get-CMAADApplication', 'New-CMCloudManagementAzureService', 'Get-CMAzureService']) {
      expect(facts.cmdlets[name]!.epochs.map((epoch) => [epoch.siteVersions.from, epoch.siteVersions.until, epoch.absent ?? false])).toEqual([[null, '2010', true], ['2010', null, false]]);
    }
    const update = facts.cmdlets['Set-UpdateServerApplication']!.epochs;
    expect(update.map((epoch) => [epoch.siteVersions.from, epoch.siteVersions.until, epoch.absent ?? false])).toEqual([[null, '2309', true], ['2309', null, false]]);
    expect(update[1]!.parameterSets).toEqual({});
    expect(update[1]!.disagreements).toContainEqual({ parameter: 'TenantId', set: null, field: 'Parameter', syntax: 'absent from every set', parameters: 'described (String)' });
    expect(facts.missingPages).toEqual(expect.arrayContaining(['New-CMAADServerApplication', 'New-CMAADClientApplication']));
  });
});

describe('the page parser', () => {
  const page = [
    '# Do-CMThing',
    '## SYNTAX',
    '### ByName (Default)',
    '```',
    'Do-CMThing [-Optional <String>] -Required <Int32> [-Switch] [-SiteCode <String>] [-Name] <String>',
    ' [[-Label] <String[]>] [-WhatIf] [-Confirm] [<CommonParameters>]',
    '```',
    '### ByValue',
    '```',
    'Do-CMThing -InputObject <IResultObject> -Required <Int32> [-WhatIf] [-Confirm] [<CommonParameters>]',
    '```',
    '## DESCRIPTION',
    '## PARAMETERS',
    ...['Optional:String:(All):False:Named:', 'Required:Int32:(All):True:Named:', 'Switch:SwitchParameter:ByName:False:Named:', 'SiteCode:String:ByName:True:Named:', 'Name:String:ByName:True:0:ServerName', 'Label:String[]:ByName:False:1:', 'InputObject:IResultObject:ByValue:True:Named:', 'Extra:String:(All):False:Named:'].flatMap((line) => {
      const [name, type, sets, required, position, aliases] = line.split(':');
      return [`### -${name}`, '', '```yaml', `Type: ${type}`, `Parameter Sets: ${sets}`, `Aliases: ${aliases}`, '', `Required: ${required}`, `Position: ${position}`, 'Accept pipeline input: False', '```', ''];
    }),
    '### CommonParameters',
    '## INPUTS',
  ].join('\n');

  it('reads each syntax form: mandatory, optional, switch, positional (mandatory and optional), and which sets have ShouldProcess', () => {
    const parsed = parsePage('Do-CMThing', page);
    expect(parsed.defaultParameterSet).toBe('ByName');
    expect(parsed.supportsShouldProcess).toBe(true);
    expect(parsed.parameterSets.ByName!.parameters).toEqual({
      Optional: { mandatory: false, position: null },
      Required: { mandatory: true, position: null },
      Switch: { mandatory: false, position: null },
      SiteCode: { mandatory: false, position: null },
      Name: { mandatory: true, position: 0 },
      Label: { mandatory: false, position: 1 },
    });
    expect(parsed.parameters.Switch!.type).toBe('SwitchParameter');
    expect(parsed.parameters.Name!.aliases).toEqual(['ServerName']);
    expect(parsed.parameters.Label!.type).toBe('String[]');
  });

  it('records an empty SYNTAX section (a page written by hand) as no parameter set, each described parameter outside every set', () => {
    const handWritten = ['# Set-Thing', '## SYNTAX', '', '## DESCRIPTION', '## PARAMETERS', '### -TenantId', '', '```yaml', 'Type: String', 'Position: Named', '```', '## INPUTS'].join('\n');
    const parsed = parsePage('Set-Thing', handWritten);
    expect(parsed.parameterSets).toEqual({});
    expect(parsed.parameters).toEqual({});
    expect(parsed.supportsShouldProcess).toBe(false);
    expect(parsed.disagreements).toEqual([
      { parameter: null, set: null, field: 'SYNTAX', syntax: 'empty', parameters: '1 described' },
      { parameter: 'TenantId', set: null, field: 'Parameter', syntax: 'absent from every set', parameters: 'described (String)' },
    ]);
    // Text under SYNTAX that is not a syntax block is still a parse error, not an empty syntax.
    expect(() => parsePage('Set-Thing', handWritten.replace('## SYNTAX\n', '## SYNTAX\nSet-Thing -TenantId x\n'))).toThrow(/no syntax block/);
  });

  it('records where PARAMETERS disagrees with SYNTAX, and keeps what SYNTAX says', () => {
    const parsed = parsePage('Do-CMThing', page);
    expect(parsed.disagreements).toEqual([
      { parameter: 'SiteCode', set: 'ByName', field: 'Required', syntax: false, parameters: true },
      { parameter: 'Extra', set: null, field: 'Parameter', syntax: 'absent from every set', parameters: 'described (String)' },
    ]);
    expect(parsed.parameterSets.ByName!.parameters.SiteCode!.mandatory).toBe(false);
    expect(parsed.parameters).not.toHaveProperty('Extra');
  });
});
