/**
 * The runbook's actions by hand give ConfigMgr commands for the admin to type (issue 11: the
 * client settings through Set-CMClientSettingCloudService, the service connection point, Entra
 * user discovery, boundary groups). Each is taken from the rendered RUNBOOK.md, its placeholders
 * filled in, and run against the stand-in: PowerShell's own binder, with the parameter sets of
 * cmdlet-facts.json, must put every call in one documented set.
 *
 * Stand-in decision (test-only): the stand-in has no behaviour for these cmdlets (it would stop
 * with StandInNotModelled after binding). This file gives them, in the module's scope, a behaviour
 * that only returns an object of the documented output class (Get-) or marks the call performed
 * (Set-), so a run shows the whole pipeline bound. What the real cmdlets change is not modelled.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { renderRunbook } from '../../src/emit/runbook.ts';
import type { Lang } from '../../src/model/lang.ts';
import { planSteps } from '../../src/wizard/runner.ts';
import { vmssAnswers } from '../support/answers.ts';
import { describePowerShell, runBatch, type StandInResult } from '../support/powershell.ts';
import { workspace, type Workspace } from './fixtures.ts';

const NOW = new Date('2026-03-01T00:00:00Z');
// Entra client authentication on 2403: every action with a command is in this runbook.
const ANSWERS = vmssAnswers({ clientAuth: 'entra', siteVersion: '2403' });

/** The code spans of the runbook's actions by hand that start with a ConfigMgr cmdlet, in order. */
function commands(lang: Lang): string[] {
  const text = renderRunbook(planSteps({ answers: ANSWERS, sources: {}, findings: [] }, NOW), lang);
  const byHand = lang === 'en' ? '### By hand: ' : '### À la main : ';
  let inAction = false;
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) inAction = line.startsWith(byHand);
    else if (inAction) lines.push(line);
  }
  return [...lines.join('\n').matchAll(/`((?:Get|Set)-CM[^`]*)`/g)].map((match) => match[1] as string);
}

/** The placeholders of each language, and the values a run gives them. */
const PLACEHOLDERS: Record<Lang, Record<string, string>> = {
  en: { '<site code>': 'P01', '<Azure service name>': 'Contoso', '<boundary group>': 'Remote BG', '<service name>': 'contosocmg.contoso.com', '<custom settings name>': 'CMG devices' },
  fr: { '<code de site>': 'P01', '<nom du service Azure>': 'Contoso', '<groupe de limites>': 'Remote BG', '<nom du service>': 'contosocmg.contoso.com', '<nom des paramètres personnalisés>': 'CMG devices' },
};

function filled(command: string, lang: Lang): string {
  return Object.entries(PLACEHOLDERS[lang]).reduce((text, [placeholder, value]) => text.split(placeholder).join(value), command);
}

const SEED = {
  sites: [{ SiteCode: 'P01', SiteName: 'Contoso', smsProvider: 'cm01.contoso.com' }],
  // Stand-in decision: the CMG as a site system under its service name (the name form is undocumented, F-RB-12).
  siteSystems: [{ server: 'contosocmg.contoso.com', siteCode: 'P01', roles: {} }],
};

const BEHAVIOURS = `& (Get-Module ConfigurationManager) {
    $script:Behaviours['Get-CMServiceConnectionPoint'] = { param($Context) [CMStandIn.ResultObject]::new('SMS_SCI_SysResUse', 'P01|cm01.contoso.com|SMS_DMP_CONNECTOR') }
    $script:Behaviours['Get-CMAzureService'] = { param($Context) [CMStandIn.ResultObject]::new('SMS_Azure_CloudService', '1') }
    foreach ($name in 'Set-CMServiceConnectionPoint', 'Set-CMCloudManagementAzureService', 'Set-CMBoundaryGroup', 'Set-CMClientSettingCloudService') {
        $script:Behaviours[$name] = { param($Context) $Context.Call.performed = $true }
    }
}`;

describePowerShell("the runbook's ConfigMgr commands bind in one documented parameter set", () => {
  let space: Workspace;
  const english = commands('en');
  // The -Name form of the client settings: the runbook gives it as a replacement for -DefaultSetting.
  const byName = (english.find((command) => command.startsWith('Set-CMClientSettingCloudService')) ?? '').replace('-DefaultSetting', "-Name '<custom settings name>'");
  const runs = [...english, byName];
  const results: StandInResult[] = [];

  beforeAll(async () => {
    space = workspace();
    const batch = runs.map((command, index) => ({
      id: String(index),
      siteVersion: '2403',
      script: space.write(`command-${index}.ps1`, `Set-StrictMode -Version Latest\n$ErrorActionPreference = 'Stop'\n${BEHAVIOURS}\nSet-Location -Path 'P01:\\'\n${filled(command, 'en')}\n`),
      seed: SEED,
      moduleLoaded: true,
      console: { drivesOnImport: ['P01'] },
    }));
    results.push(...(await runBatch(batch)).results);
  }, 120_000);

  afterAll(() => space?.remove());

  it('the runbook gives these commands, the same in French once the placeholders are filled in', () => {
    expect(english).toEqual([
      "Get-CMAzureService -Name '<Azure service name>' | Set-CMCloudManagementAzureService -EnableUserDiscovery $true",
      'Get-CMServiceConnectionPoint -SiteCode <site code> | Set-CMServiceConnectionPoint -Mode Online',
      "Set-CMBoundaryGroup -Name '<boundary group>' -AddSiteSystemServer (Get-CMSiteSystemServer -Name '<service name>')",
      'Set-CMClientSettingCloudService -DefaultSetting -AllowCloudManagementGateway $true -AllowCloudDistributionPoint $true',
    ]);
    expect(commands('fr').map((command) => filled(command, 'fr'))).toEqual(english.map((command) => filled(command, 'en')));
  });

  it('each binds and runs: the exact calls, sets and parameters', () => {
    const calls = results.map((result) => {
      expect(result.error, result.id as string).toBeNull();
      expect(result.exitCode, result.id as string).toBe(0);
      return result.calls.filter((call) => call.kind === 'ConfigMgr').map((call) => [call.command, call.parameterSet, call.parameters, call.performed]);
    });
    expect(calls).toEqual([
      [
        ['Get-CMAzureService', 'SearchByName', { Name: 'Contoso' }, null],
        ['Set-CMCloudManagementAzureService', 'SearchByValueMandatory', { EnableUserDiscovery: true, InputObject: { resultObject: 'SMS_Azure_CloudService', key: '1' } }, true],
      ],
      [
        ['Get-CMServiceConnectionPoint', 'SearchByName', { SiteCode: 'P01' }, null],
        ['Set-CMServiceConnectionPoint', 'ByValue', { InputObject: { resultObject: 'SMS_SCI_SysResUse', key: 'P01|cm01.contoso.com|SMS_DMP_CONNECTOR' }, Mode: 'Online' }, true],
      ],
      [
        ['Get-CMSiteSystemServer', 'SearchByName', { SiteSystemServerName: 'contosocmg.contoso.com' }, null],
        ['Set-CMBoundaryGroup', 'SetByName', { AddSiteSystemServer: [{ resultObject: 'SMS_SCI_SysResUse', key: 'P01|contosocmg.contoso.com|SiteSystem' }], Name: 'Remote BG' }, true],
      ],
      [['Set-CMClientSettingCloudService', 'SetDefaultSetting', { AllowCloudDistributionPoint: true, AllowCloudManagementGateway: true, DefaultSetting: true }, true]],
      [['Set-CMClientSettingCloudService', 'SetCustomSettingByName', { AllowCloudDistributionPoint: true, AllowCloudManagementGateway: true, Name: 'CMG devices' }, true]],
    ]);
  });
});
