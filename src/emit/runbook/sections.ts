import type { Artifact, Guidance } from '../../model/step.ts';
import { codeText } from '../../messages/i18n.ts';
import type { Finding } from '../../model/findings.ts';
import { allArtifacts, allFindings, type StepOutcome } from '../../model/plan.ts';
import { isHierarchy } from '../../domain/hierarchy.ts';
import type { ManualAction } from './actions.ts';
import type { ManualText } from '../../model/runbook.ts';
import { actorOf } from './actors.ts';
import { formText, type RunbookContext } from './context.ts';
import type { Section } from './order.ts';
import { formatSources } from './sources.ts';
import { renderDiagram } from './diagram.ts';
import { code, markdownParams, markdownValue, protectAngles } from './markdown.ts';

/** Findings printed above everything else, before the list: the classic model's retirement. */
export const LEADING_CODES: readonly string[] = ['CLASSIC_RETIRED'];

function findingLine(context: RunbookContext, finding: Finding): string {
  const { text, lang } = context;
  return text.runbook.finding({
    mark: text.runbook.severity[finding.severity],
    code: code(finding.code),
    where: finding.input ? code(finding.input) : '',
    // Values become code spans before the text is formed, so the text around them stays prose.
    text: protectAngles(codeText(lang, finding.code, markdownParams(finding.params ?? {}))),
  });
}

/** The title, then the leading findings as a warning block, then what the run was for. */
export function header(context: RunbookContext): string[] {
  const { text, answers } = context;
  const leading = allFindings(context.result).filter((finding) => LEADING_CODES.includes(finding.code));
  return [
    `# ${text.runbook.title}`,
    '',
    ...leading.flatMap((finding) => [`> ${findingLine(context, finding)}`, '']),
    text.runbook.generated({ serviceName: code(answers.serviceName), model: answers.model, cloud: answers.cloud, siteVersion: markdownValue(answers.siteVersion) }),
    '',
  ];
}

export function findings(context: RunbookContext): string[] {
  const { text } = context;
  const rest = allFindings(context.result).filter((finding) => !LEADING_CODES.includes(finding.code));
  return [`## ${text.runbook.findingsTitle}`, '', ...(rest.length === 0 ? [text.runbook.noFindings] : rest.map((finding) => `- ${findingLine(context, finding)}`)), ''];
}

export function beforeYouStart(context: RunbookContext): string[] {
  const { text, params } = context;
  const placeholders = text.runbook.placeholders;
  const values: Array<[string, string | number | undefined]> = [
    [placeholders.serviceName, params.serviceName],
    [placeholders.deploymentName, params.deploymentName],
    [placeholders.siteCode, params.siteCode],
    [placeholders.smsProvider, params.smsProvider],
    [placeholders.connectionPoint, params.connectionPoint],
  ];
  const perSite = isHierarchy(context.answers) ? [text.runbook.placeholdersPerSite({ siteCode: params.siteCode ?? '' }), ''] : [];
  return [`## ${text.runbook.beforeTitle}`, '', text.runbook.before, '', text.runbook.valuesIntro, '', ...values.map(([name, value]) => `- ${code(name)} = ${value ?? ''}`), '', ...perSite];
}

export function diagram(context: RunbookContext): string[] {
  const { text, params } = context;
  return [`## ${text.runbook.diagramTitle}`, '', ...renderDiagram(context), '', text.runbook.ports(params), ''];
}

/** Consecutive files of the same purpose and machine share one block (the lab PKI's five files). */
function groups(artifacts: readonly Artifact[]): Artifact[][] {
  const out: Artifact[][] = [];
  for (const artifact of artifacts) {
    const last = out.at(-1);
    if (last && last[0]?.purpose === artifact.purpose && last[0]?.runOn === artifact.runOn && last[0]?.site === artifact.site) last.push(artifact);
    else out.push([artifact]);
  }
  return out;
}

/** `.\04-gateway\New-CmgGateway.ps1`: as typed at a PowerShell prompt in the copied folder. */
function invocation(artifact: Artifact): string {
  return `.\\${artifact.path.replace(/\//g, '\\')}`;
}

/**
 * A script directly in its step folder, or in a primary site's folder (`05-site/P01/`), is run
 * where the runbook says; one in another subfolder (`08-clients/intune/`) is handed to another
 * tool (a configuration baseline, Intune), and its entry says how, so it gets no command line that
 * would run it on the wrong machine.
 */
function runsInPlace(artifact: Artifact): boolean {
  return artifact.path.endsWith('.ps1') && (artifact.path.split('/').length === 2 || (artifact.site !== undefined && artifact.path.split('/').length === 3));
}

/** The SMS Provider of a primary site of the hierarchy (its script's default). */
function providerOf(context: RunbookContext, site: string): string {
  return context.answers.primarySites?.find((primary) => primary.siteCode.toUpperCase() === site)?.smsProvider ?? '';
}

/** A script that calls ShouldProcess changes something, so it is run with -WhatIf first. */
function changesSomething(artifact: Artifact): boolean {
  return typeof artifact.content === 'string' && artifact.content.includes('$PSCmdlet.ShouldProcess(');
}

function artifactBlock(context: RunbookContext, files: readonly Artifact[]): string[] {
  const { text, params } = context;
  const first = files[0];
  if (!first) return [];
  const file = context.files[first.purpose];
  const { entry, purpose: purposeText, verify } = file ?? {};
  const fields = text.runbook.fields;
  const lines = [`### ${files.map((file) => code(file.path)).join(', ')}`, ''];
  const purpose = formText(purposeText, params);
  if (purpose) lines.push(protectAngles(purpose), '');
  const field = (label: string, value: string) => lines.push(`- **${label}** ${value}`);
  field(fields.who, text.runbook.actors[actorOf(first, file)]);
  field(fields.where, text.machines[first.runOn]);
  if (first.site !== undefined) field(fields.site, text.runbook.primarySite({ siteCode: code(first.site), smsProvider: code(providerOf(context, first.site)) }));
  // Where each private key is and who can read it (issue 16): write-output.ts restricts them, or writes nothing.
  const keys = files.filter((artifact) => artifact.privateKey);
  if (keys.length > 0) field(fields.keys, text.runbook.keysOwnerOnly({ files: keys.map((key) => code(invocation(key))).join(', ') }));
  if (entry) field(fields.how, protectAngles(formText(entry.how, params)));
  const scripts = files.filter(runsInPlace);
  for (const script of scripts) {
    const run = code(invocation(script));
    field(fields.run, changesSomething(script) ? text.runbook.runWithWhatIf({ whatIf: code(`${invocation(script)} -WhatIf`), run }) : text.runbook.runReadOnly({ run }));
  }
  if (entry) field(fields.changes, protectAngles(formText(entry.changes, params)));
  const check = formText(verify, params);
  if (check) field(fields.check, protectAngles(check));
  const consolePath = formText(entry?.console, params);
  if (consolePath) field(fields.console, protectAngles(consolePath));
  if (entry) field(fields.rollback, protectAngles(formText(entry.rollback, params)));
  const sources = file?.sources;
  if (sources && sources.length > 0) field(fields.source, formatSources(sources, text.runbook));
  lines.push('');
  return lines;
}

/** An action by hand, as a block like a file's: who, where, what to do, and the pages it rests on. */
function actionBlock(context: RunbookContext, action: ManualAction): string[] {
  const { text, params } = context;
  const manual = manualText(context, action);
  const fields = text.runbook.fields;
  return [
    `### ${text.runbook.manualHeading({ title: manual.title(params) })}`,
    '',
    `- **${fields.who}** ${text.runbook.actors[action.who]}`,
    `- **${fields.where}** ${protectAngles(manual.where(params))}`,
    `- **${fields.what}** ${protectAngles(manual.what(params))}`,
    `- **${fields.source}** ${formatSources(action.sources, text.runbook)}`,
    '',
  ];
}

/** The checklist line of an action by hand: its title. */
export function actionTitle(context: RunbookContext, action: ManualAction): string {
  return manualText(context, action).title(context.params);
}

/** What an action by hand says, from its step's texts (StepTexts.actions). */
function manualText(context: RunbookContext, action: ManualAction): ManualText {
  const manual = context.actions[action.id];
  if (!manual) throw new Error(`No text for the action by hand ${action.id}`);
  return manual;
}

/** The throw-away lab PKI of --example: not a step's, so before the steps. */
export function lab(context: RunbookContext): string[] {
  const { text, result } = context;
  if (result.extraArtifacts.length === 0) return [];
  return [`## ${text.runbook.labTitle}`, '', text.runbook.labIntro, '', ...groups(result.extraArtifacts).flatMap((files) => artifactBlock(context, files))];
}

export function stepTitle(context: RunbookContext, step: Pick<StepOutcome, 'number' | 'texts'>): string {
  const { text, answers } = context;
  const texts = step.texts[context.lang];
  const title = answers.model === 'classic' ? texts.classicTitle : texts.title;
  return text.runbook.stepTitle({ number: step.number, title });
}

/** The console walkthrough of the classic model, when the plan has one. */
function walkthrough(context: RunbookContext): Artifact | undefined {
  return allArtifacts(context.result).find((artifact) => artifact.purpose === 'gateway.console');
}

function guidanceBlock(context: RunbookContext, guidance: Guidance): string[] {
  return [context.text.guidance[guidance.key](markdownParams(guidance.params)), ''];
}

/**
 * One step: its introduction, where its moved items went, its actions before the files, its
 * procedures and files, what earlier steps left for it (with why), then its actions after.
 */
export function step(context: RunbookContext, section: Section): string[] {
  const { text, answers, params } = context;
  const { outcome } = section;
  // In a hierarchy steps 5-7 are done at the primary sites: their intro names those, not the CAS.
  const sites = [...new Set(outcome.artifacts.flatMap((artifact) => (artifact.site === undefined ? [] : [artifact.site])))];
  const stepParams = sites.length > 0 ? { ...params, siteCode: sites.map(code).join(', ') } : params;
  const lines = [`## ${stepTitle(context, outcome)}`, '', outcome.texts[context.lang].intro[answers.model](stepParams), ''];
  for (const moved of section.movedAway) lines.push(text.runbook.movedAway({ to: moved.to.number, reason: text.runbook.movedReasons[moved.reason] }), '');
  for (const action of section.before) lines.push(...actionBlock(context, action));
  if (sites.length > 0) lines.push(text.runbook.atPrimarySites({ siteCode: params.siteCode ?? '', sites: sites.map(code).join(', ') }), '');
  for (const guidance of section.guidance) lines.push(...guidanceBlock(context, guidance));
  if (outcome.artifacts.length === 0) {
    const console = walkthrough(context);
    const consoleOnly = outcome.findings.some((finding) => finding.code === 'CLASSIC_CONSOLE_ONLY');
    lines.push(consoleOnly && console ? text.runbook.consoleOnly({ file: code(console.path) }) : text.runbook.nothingToRun, '');
  }
  for (const files of groups(section.artifacts)) lines.push(...artifactBlock(context, files));
  for (const moved of section.movedIn) {
    lines.push(text.runbook.movedHere({ from: moved.from.number, reason: text.runbook.movedReasons[moved.reason] }), '');
    for (const guidance of moved.guidance) lines.push(...guidanceBlock(context, guidance));
    for (const files of groups(moved.artifacts)) lines.push(...artifactBlock(context, files));
  }
  for (const action of section.after) lines.push(...actionBlock(context, action));
  return lines;
}
