import { deploymentName } from '../../domain/clouds.ts';
import { atLeast, cmgIsPreRelease, hasCmgCmdlets, VMSS_GENERALLY_AVAILABLE } from '../../domain/site.ts';
import { catalogue } from '../../messages/i18n.ts';
import type { Lang } from '../../model/lang.ts';
import type { Catalogue, ExtraPurpose, Params, RunbookEntry, RunbookText } from '../../messages/types.ts';
import type { Answers } from '../../model/answers.ts';
import type { ManualText, RunbookFile } from '../../model/runbook.ts';
import { EXTRA_FILES } from './actors.ts';
import type { PlanResult } from '../../model/plan.ts';
import { code, markdownValue } from './markdown.ts';

/** Everything the parts of the runbook read: the plan, the language, and the admin's values. */
export interface RunbookContext {
  result: PlanResult;
  lang: Lang;
  text: Catalogue;
  answers: Answers;
  /** The values the runbook's texts take, user text already as code spans: the shared ones and each step's own (StepOutcome.params). */
  params: Params;
  /** What the runbook says about a kind of file, by its purpose (fileTexts). */
  files: Record<string, FileTexts>;
  /** What each action by hand says, by id: the steps' own texts (StepTexts.actions). */
  actions: Record<string, ManualText>;
}

/** What the runbook and the checklist say about one kind of file; absent where the purpose has none. */
export interface FileTexts extends Partial<RunbookFile> {
  /** What it is for (the line under the file, and the checklist's). */
  purpose?: RunbookText;
  /** How to check it did its job. */
  verify?: RunbookText;
  /** How to run it, what it changes, the console, the rollback. */
  entry?: RunbookEntry;
}

/**
 * The texts of every kind of file, by purpose: each step's own, as its outcome carries them
 * (its folder's texts.ts, and who uses it and its sources from its runbook.ts), and the
 * catalogue's for the files no step made (the lab PKI).
 */
export function fileTexts(result: PlanResult, lang: Lang): Record<string, FileTexts> {
  const text = catalogue(lang);
  const files: Record<string, FileTexts> = {};
  for (const purpose of Object.keys(text.runbookEntries) as ExtraPurpose[]) {
    files[purpose] = { purpose: text.purposes[purpose], verify: text.verify[purpose], entry: text.runbookEntries[purpose], ...EXTRA_FILES[purpose] };
  }
  for (const step of result.steps) {
    const own = step.texts[lang];
    for (const purpose of Object.keys(own.entries)) files[purpose] = { purpose: own.purposes[purpose], verify: own.verify[purpose], entry: own.entries[purpose], ...step.files[purpose] };
  }
  return files;
}

/** A runbook text about a kind of file, formed with the run's values when it depends on them. */
export function formText(value: RunbookText, params: Params): string;
export function formText(value: RunbookText | undefined, params: Params): string | undefined;
export function formText(value: RunbookText | undefined, params: Params): string | undefined {
  return typeof value === 'function' ? value(params) : value;
}

export function runbookContext(result: PlanResult, lang: Lang): RunbookContext {
  const answers = result.resolution.answers;
  const deployment = deploymentName(answers.model, answers.cloud, answers.deploymentPrefix, answers.region);
  // What every part of the runbook speaks of; each step adds its own values (Step.runbookParams, kept on its outcome).
  const shared: Params = {
    model: answers.model,
    cloud: answers.cloud,
    siteVersion: markdownValue(answers.siteVersion),
    serviceName: code(answers.serviceName),
    deploymentName: code(deployment),
    prefix: code(answers.deploymentPrefix),
    region: code(answers.region),
    vmCount: answers.vmCount,
    clientAuth: answers.clientAuth,
    siteCode: code(answers.siteCode),
    smsProvider: code(answers.smsProvider),
    // Clients reach the service name; a name outside Azure's domains needs a CNAME to the deployment.
    cname: answers.model === 'vmss' && answers.serviceName.toLowerCase() !== deployment.toLowerCase() ? 'yes' : '',
    preRelease: cmgIsPreRelease(answers.siteVersion) ? 'yes' : '',
    vmssPreRelease: !atLeast(answers.siteVersion, VMSS_GENERALLY_AVAILABLE) ? 'yes' : '',
    // From 1702 the classic steps 4, 6 and 7 also have scripts beside the console walkthrough.
    cmdlets: hasCmgCmdlets(answers.siteVersion) ? 'yes' : '',
  };
  const params: Params = Object.assign(shared, ...result.steps.map((step) => step.params));
  return { result, lang, text: catalogue(lang), answers, params, files: fileTexts(result, lang), actions: Object.assign({}, ...result.steps.map((step) => step.texts[lang].actions)) };
}
