/**
 * The matrix the site-server scripts of steps 4-7 run in (issue 10): each golden scenario in
 * English and French, and the hostile answers of both; and what every test file of this folder
 * shares: the scripts on disk, the runs of one batch, and the texts the scripts must print, taken
 * from the catalogue (never retyped), formatted the way PowerShell's -f formats them.
 */
import { join } from 'node:path';
import { deploymentName } from '../../../src/domain/clouds.ts';
import { scriptTexts } from '../../../src/emit/powershell.ts';
import { azureServiceTexts, entraAppsTexts, subCaTexts } from '../../../src/steps/azure/script-texts.ts';
import { clientChainTexts } from '../../../src/steps/client-root/script-texts.ts';
import { clientsTexts } from '../../../src/steps/clients/script-texts.ts';
import { connectionPointTexts } from '../../../src/steps/connection-point/script-texts.ts';
import { rolesTexts } from '../../../src/steps/roles/script-texts.ts';
import { siteTexts } from '../../../src/steps/site/script-texts.ts';
import type { Lang } from '../../../src/model/lang.ts';
import type { Answers } from '../../../src/model/answers.ts';
import { classicUsGov, hostile, vmssPublic } from '../../emit/scenarios.ts';
import { ROOT, runBatch, type StandInCall, type StandInResult, type StandInRun, type StandInSeed } from '../../support/powershell.ts';
import { scenarioArtifacts, writeScenarioScript, type Workspace } from '../fixtures.ts';

export interface Variant {
  /** vmss-en, classic-fr, vmss-hostile… : also the folder its scripts are written to. */
  id: string;
  answers: Answers;
  lang: Lang;
  /** Site version of the stand-in: the scenario's own. */
  siteVersion: string;
}

const variant = (id: string, answers: Answers, lang: Lang): Variant => ({ id, answers, lang, siteVersion: answers.siteVersion });

export const VARIANTS: readonly Variant[] = [
  variant('vmss-en', vmssPublic, 'en'),
  variant('vmss-fr', vmssPublic, 'fr'),
  variant('classic-en', classicUsGov, 'en'),
  variant('classic-fr', classicUsGov, 'fr'),
  variant('vmss-hostile', hostile(vmssPublic), 'en'),
  variant('classic-hostile', hostile(classicUsGov), 'en'),
];

/** What the scripts of these tests say, by section: the shared texts and the steps' own (each test asserts its script's messages). */
export const texts = (lang: Lang) => ({
  ...scriptTexts(lang),
  clientChain: clientChainTexts[lang],
  site: siteTexts[lang],
  connectionPoint: connectionPointTexts[lang],
  roles: rolesTexts[lang],
  subCa: subCaTexts[lang],
  azureService: azureServiceTexts[lang],
  entraApps: entraAppsTexts[lang],
  clients: clientsTexts[lang],
});

/** PowerShell's `'…' -f $a, $b` for the {n} placeholders these texts use: booleans print True/False. */
export function format(text: string, ...values: ReadonlyArray<string | number | boolean>): string {
  return text.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = values[Number(index)];
    if (value === undefined) return placeholder;
    return typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
  });
}

/** The line PowerShell prints for a ShouldProcess call under -WhatIf. */
export const whatIf = (action: string, target: string): string => `What if: Performing the operation "${action}" on target "${target}".`;

const HERE = join(ROOT, 'test', 'powershell', 'site-server');
const PARSE_SCRIPT = join(HERE, 'parse-scripts.ps1');
const SEED_ONLY = join(HERE, 'seed-only.ps1');

/** Writes the script `path` of each variant (BOM, CRLF, as the CLI writes it) under <space>/<variant id>/. */
export function writeScripts(space: Workspace, path: string, variants: readonly Variant[] = VARIANTS): Map<string, string> {
  return new Map(variants.map((entry) => [entry.id, writeScenarioScript(space, entry.answers, path, entry.id, entry.lang)]));
}

const scriptText = (variant: Variant, path: string): string => {
  const artifact = scenarioArtifacts(variant.answers, variant.lang).find((candidate) => candidate.path === path);
  if (!artifact) throw new Error(`${path} is not among the artifacts of ${variant.id}`);
  return String(artifact.content);
};

/**
 * The variants a test file runs `path` in, and the hostile ones it need not run: those whose script
 * is byte for byte their English scenario's (the hostile answers reach no value of that script),
 * whose runs would be the English runs again. Each test file asserts that sameness instead.
 */
export function variantsOf(path: string): { run: Variant[]; same: Array<{ variant: Variant; as: Variant }> } {
  const run: Variant[] = [];
  const same: Array<{ variant: Variant; as: Variant }> = [];
  for (const entry of VARIANTS) {
    const english = entry.id.endsWith('-hostile') ? VARIANTS.find((candidate) => candidate.id === entry.id.replace('-hostile', '-en')) : undefined;
    if (english && scriptText(entry, path) === scriptText(english, path)) same.push({ variant: entry, as: english });
    else run.push(entry);
  }
  return { run, same };
}


/** The first New-PSDrive of a site script: the site drive, opened even under -WhatIf (-WhatIf:$false). */
export function siteDriveCall(answers: Answers): StandInCall {
  return { command: 'New-PSDrive', kind: 'environment', parameterSet: '__AllParameterSets', parameters: { Name: answers.siteCode, PSProvider: 'CMSite', Root: answers.smsProvider, WhatIf: false }, performed: true };
}

/** No site at all: the SMS Provider the scripts name serves none (or cannot be reached). */
export const NO_SITE: StandInSeed = {};

/** What every site script says when its site drive cannot be opened: the catalogue's text, with the stand-in's reason. */
export function siteDriveFailed(answers: Answers, lang: Lang): string {
  const reason = `Cannot connect to the SMS Provider on '${answers.smsProvider}': the stand-in's seed has no site with this provider.`;
  return format(texts(lang).common.siteDriveFailed, answers.siteCode, answers.smsProvider, reason);
}

/** The CMG the scenario names, as SMS_AzureService properties (State 0: Ready in the community table, UNCONFIRMED). */
export function gatewayOf(answers: Answers, properties: Record<string, unknown> = {}): Record<string, unknown> {
  // Fqdn: the deployment name (SMS_AzureService.Fqdn, "Name with .cloudapp.net"; a scale set's is <name>.<region>.cloudapp.azure.com).
  const fqdn = deploymentName(answers.model, answers.cloud, answers.deploymentPrefix, answers.region);
  return { Name: answers.deploymentPrefix, Fqdn: fqdn, ServiceCName: answers.serviceName, ServiceType: 'CloudProxyService', SiteCode: answers.siteCode, State: 0, ...properties };
}

/** Whether a file starts with the UTF-8 BOM (Windows PowerShell 5.1 reads a file without one as ANSI). */
export const hasBom = (bytes: Buffer): boolean => bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));

/** A ConfigMgr read as the stand-in records it. */
export function read(command: string, parameterSet: string, parameters: Record<string, unknown>): StandInCall {
  return { command, kind: 'ConfigMgr', parameterSet, parameters, performed: null };
}

/** A ConfigMgr change as the stand-in records it (performed: false under -WhatIf). */
export function change(command: string, parameterSet: string, parameters: Record<string, unknown>, performed = true): StandInCall {
  return { command, kind: 'ConfigMgr', parameterSet, parameters, performed };
}

/** The calls that could change something: a second run must make none. */
export const changes = (result: StandInResult): StandInCall[] => result.calls.filter((call) => /^(New|Set|Add|Remove)-CM/.test(call.command));

/**
 * One batch for a test file: its runs, plus a parse of every script and, for each seed a run
 * names in `baselines`, that seed's state as the harness builds it (what "changes nothing" leaves).
 */
export class Batch {
  readonly runs: StandInRun[] = [];
  private readonly results = new Map<string, StandInResult>();

  add(run: StandInRun & { id: string }): void {
    // Results are found by id: a second run with the same id would hide the first.
    if (this.runs.some((earlier) => earlier.id === run.id)) throw new Error(`two runs named ${run.id}`);
    this.runs.push(run);
  }

  /** A run of seed-only.ps1 on `seed`: its stateAfter is the state every run that changes nothing must leave. */
  baseline(id: string, seed: StandInSeed, siteVersion: string): void {
    this.add({ id, script: SEED_ONLY, siteVersion, seed });
  }

  parse(id: string, paths: string[]): void {
    this.add({ id, script: PARSE_SCRIPT, siteVersion: '2403', parameters: { Path: paths } });
  }

  async run(): Promise<void> {
    for (const result of (await runBatch(this.runs)).results) this.results.set(result.id as string, result);
  }

  get(id: string): StandInResult {
    const result = this.results.get(id);
    if (!result) throw new Error(`no run ${id} in the batch`);
    return result;
  }
}

/** A run's pipeline from parse-scripts.ps1: each script's parse errors. */
export function parseErrors(result: StandInResult): Record<string, string[]> {
  return Object.fromEntries((result.pipeline as Array<{ path: string; errors: string[] }>).map((entry) => [entry.path, entry.errors]));
}
