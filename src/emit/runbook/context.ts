import { deploymentName } from '../../domain/clouds.ts';
import { connectionPointPorts, formatPortRange, type PortRange } from '../../domain/ports.ts';
import { allRoleServers } from '../../domain/hierarchy.ts';
import { atLeast, cmgIsPreRelease, hasCmgCmdlets, VMSS_GENERALLY_AVAILABLE } from '../../domain/site.ts';
import { RESOURCE_PROVIDERS } from '../../domain/azure-resources.ts';
import { catalogue } from '../../messages/i18n.ts';
import { type Lang } from '../../model/lang.ts';
import type { Catalogue, ExtraPurpose, Params, RunbookEntry, RunbookText } from '../../messages/types.ts';
import type { Answers } from '../../model/answers.ts';
import type { PlanResult } from '../../model/plan.ts';
import type { ActionFlags } from './actions.ts';
import { code, codeList, markdownValue } from './markdown.ts';

/** Everything the parts of the runbook read: the plan, the language, and the admin's values. */
export interface RunbookContext {
  result: PlanResult;
  lang: Lang;
  text: Catalogue;
  answers: Answers;
  /** The Azure name of the CMG (`<prefix>.cloudapp.net`, `<prefix>.<region>.cloudapp.azure.com`). */
  deployment: string;
  /** Outbound ports from the connection point to the CMG (cmg-reference.md, "Network facts"). */
  ports: PortRange[];
  /** The values the catalogue's runbook texts take, user text already as code spans. */
  params: Params;
  /** What decides which actions by hand apply (actions.ts). */
  flags: ActionFlags;
  /** What the runbook says about a kind of file, by its purpose (fileTexts). */
  files: Record<string, FileTexts>;
}

/** What the runbook and the checklist say about one kind of file; absent where the purpose has none. */
export interface FileTexts {
  /** What it is for (the line under the file, and the checklist's). */
  purpose?: RunbookText;
  /** How to check it did its job. */
  verify?: RunbookText;
  /** How to run it, what it changes, the console, the rollback. */
  entry?: RunbookEntry;
}

/**
 * The texts of every kind of file, by purpose: each step's own, as its outcome carries them
 * (its folder's texts.ts), and the catalogue's for the files no step made (the lab PKI).
 */
export function fileTexts(result: PlanResult, lang: Lang): Record<string, FileTexts> {
  const text = catalogue(lang);
  const files: Record<string, FileTexts> = {};
  for (const purpose of Object.keys(text.runbookEntries) as ExtraPurpose[]) {
    files[purpose] = { purpose: text.purposes[purpose], verify: text.verify[purpose], entry: text.runbookEntries[purpose] };
  }
  for (const step of result.steps) {
    const own = step.texts[lang];
    for (const purpose of Object.keys(own.entries)) files[purpose] = { purpose: own.purposes[purpose], verify: own.verify[purpose], entry: own.entries[purpose] };
  }
  return files;
}

/** Set-CMManagementPoint resets the client connection type when it turns CMG traffic on from 1902 (documented-facts.md F-MP-11). */
const CONNECTION_TYPE_RESET = '1902';

/** A runbook text about a kind of file, formed with the run's values when it depends on them. */
export function formText(value: RunbookText, params: Params): string;
export function formText(value: RunbookText | undefined, params: Params): string | undefined;
export function formText(value: RunbookText | undefined, params: Params): string | undefined {
  return typeof value === 'function' ? value(params) : value;
}

export function runbookContext(result: PlanResult, lang: Lang): RunbookContext {
  const answers = result.resolution.answers;
  // What step 5's script sets, as the step planned it (steps/site/index.ts, siteParts): the PKI client
  // settings, Enhanced HTTP (documented-facts.md F-MP-2), or both.
  const siteFacts = result.steps.find((step) => step.id === 'site')?.facts ?? {};
  const deployment = deploymentName(answers.model, answers.cloud, answers.deploymentPrefix, answers.region);
  const ports = connectionPointPorts(answers.model, answers.vmCount);
  // In a hierarchy the roles are the primary sites' (domain/hierarchy.ts); otherwise the answers' own.
  const servers = allRoleServers(answers);
  const optional = (value: string | undefined) => (value === undefined || value === '' ? '' : code(value));
  // The 1610 article's proxy rule (from 10124, one port per VM) differs from today's for one VM (443): both are given (F-RB-9).
  const articleProxyPort = answers.model === 'classic' && answers.vmCount === 1;
  const params: Params = {
    model: answers.model,
    cloud: answers.cloud,
    siteVersion: markdownValue(answers.siteVersion),
    serviceName: code(answers.serviceName),
    deploymentName: code(deployment),
    prefix: code(answers.deploymentPrefix),
    region: code(answers.region),
    vmCount: answers.vmCount,
    verifyCrl: answers.verifyClientCrl ? 'yes' : '',
    threshold: answers.trafficThresholdGb ?? '',
    warningPct: answers.trafficWarningPct,
    criticalPct: answers.trafficCriticalPct,
    serverCert: optional(answers.serverCertPath),
    group: code(answers.certTemplateGroup),
    clientAuth: answers.clientAuth,
    clientRootCount: (answers.clientRootCerts ?? []).length,
    clientRoot: optional(answers.clientRootCerts?.[0]),
    subscriptionId: code(answers.subscriptionId),
    subCaCount: (answers.subCaCerts ?? []).length,
    tenantId: optional(answers.tenantId),
    serverAppClientId: optional(answers.serverAppClientId),
    clientAppClientId: optional(answers.clientAppClientId),
    resourceGroup: optional(answers.resourceGroup),
    existingResourceGroup: answers.useExistingResourceGroup ? 'yes' : '',
    providers: RESOURCE_PROVIDERS[answers.model].join(', '),
    siteCode: code(answers.siteCode),
    smsProvider: code(answers.smsProvider),
    connectionPoint: codeList(servers.connectionPoints),
    proxy: answers.proxyServer ? code(`${answers.proxyServer}:${answers.proxyPort ?? ''}`) : '',
    ports: ports.map(formatPortRange).join(', '),
    proxyPorts: ports.filter((range) => range.protocol === 'HTTPS').map(formatPortRange).join(', '),
    managementPoints: codeList(servers.managementPoints),
    softwareUpdatePoints: codeList(servers.softwareUpdatePoints),
    distributionPoints: codeList(answers.distributionPoints ?? []),
    // The 1610 article's step 7 goes role by role: management, software update, distribution points.
    roles: codeList([...servers.managementPoints, ...servers.softwareUpdatePoints, ...(answers.model === 'classic' ? (answers.distributionPoints ?? []) : [])]),
    alwaysOnInternet: answers.clientAlwaysOnInternetAction === 'set' ? 'yes' : '',
    // What step 8 does with ClientAlwaysOnInternet: set, remove or leave (F-CLI-1, F-CLI-2).
    alwaysOnInternetAction: answers.clientAlwaysOnInternetAction,
    // Step 5: the PKI client settings and Enhanced HTTP, each 'yes' when its script sets it.
    sitePki: siteFacts.pkiClientSettings === true ? 'yes' : '',
    siteEnhancedHttp: siteFacts.enhancedHttp === true ? 'yes' : '',
    // Step 7: how the management points are secured (F-MP-1: HTTPS or Enhanced HTTP), and Internet only (F-MP-5).
    mpSecurity: answers.managementPointSecurity,
    internetOnly: answers.managementPointsInternetOnly ? 'yes' : '',
    // F-MP-11: from 1902 turning CMG traffic on "reset[s] client connection type" (1902 release notes).
    connectionTypeReset: atLeast(answers.siteVersion, CONNECTION_TYPE_RESET) ? 'yes' : '',
    // Clients reach the service name; a name outside Azure's domains needs a CNAME to the deployment.
    cname: answers.model === 'vmss' && answers.serviceName.toLowerCase() !== deployment.toLowerCase() ? 'yes' : '',
    preRelease: cmgIsPreRelease(answers.siteVersion) ? 'yes' : '',
    articleProxyPort: articleProxyPort ? 'yes' : '',
    vmssPreRelease: !atLeast(answers.siteVersion, VMSS_GENERALLY_AVAILABLE) ? 'yes' : '',
    // From 1702 the classic steps 4, 6 and 7 also have scripts beside the console walkthrough.
    cmdlets: hasCmgCmdlets(answers.siteVersion) ? 'yes' : '',
  };
  return { result, lang, text: catalogue(lang), answers, deployment, ports, params, flags: { cname: params.cname === 'yes' }, files: fileTexts(result, lang) };
}
