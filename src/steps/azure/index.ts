import { defaultAppIdUri, parseExpiryDate } from '../../domain/entra-apps.ts';
import { type Answers } from '../../model/answers.ts';
import { error, info, warning } from '../../model/findings.ts';
import { flagName } from '../../model/inputs.ts';
import { azureServiceScript } from './azure-onboarding-script.ts';
import { entraAppsScript } from './entra-apps-script.ts';
import type { Artifact, Step } from '../../model/step.ts';
import type { StepFinding } from '../../model/findings.ts';
import { subCaThumbprintScript } from './subca-thumbprint-script.ts';
import { RESOURCE_PROVIDERS } from '../../domain/azure-resources.ts';
import { azureChecks } from './azure-checks.ts';
import { runbookActions, runbookFiles, runbookParams } from './runbook.ts';
import { texts, type AzurePurpose, type AzureAction } from './texts.ts';
import { declaration } from './declaration.ts';


/**
 * The IDs that name four different things (issue 17): the subscription, the tenant, the server app
 * and the client app. Azure gives each its own GUID, so two that are the same are one ID pasted
 * twice, and the scripts would fail against Azure: an error, on the last of them in this order.
 * Current branch only (classic asks the subscription alone). The Azure checks' own service
 * principal (azureClientId) may be one of the apps: not compared.
 */
const DISTINCT_IDS = ['subscriptionId', 'tenantId', 'serverAppClientId', 'clientAppClientId'] as const;

function repeatedIds(answers: Answers): StepFinding[] {
  const byValue = new Map<string, string[]>();
  for (const key of DISTINCT_IDS) {
    const value = answers[key];
    if (typeof value === 'string' && value !== '') byValue.set(value, [...(byValue.get(value) ?? []), key]);
  }
  return [...byValue]
    // The two apps alone are the client app's own rule (APP_IDS_IDENTICAL, at its question): not said twice.
    .filter(([, keys]) => keys.length > 1 && !(keys.length === 2 && keys[0] === 'serverAppClientId'))
    .map(([value, keys]) => ({ ...error('GUIDS_IDENTICAL', { value, inputs: keys.join(', ') }), input: keys.at(-1) as string }));
}

/** What the plan says about the onboarding that no single input's rule can. */
function onboardingFindings(answers: Answers, now: Date): StepFinding[] {
  const findings: StepFinding[] = repeatedIds(answers);
  const pending = answers.createEntraApps && (!answers.serverAppClientId || !answers.clientAppClientId);
  if (pending) findings.push({ ...warning('ENTRA_APP_IDS_PENDING'), input: 'createEntraApps' });
  // What the import needs and the answers do not give becomes a mandatory parameter of the script.
  const atRunTime = [...(answers.tenantName === undefined ? ['tenantName'] : []), ...(!pending && answers.clientAppClientId === undefined ? ['clientAppClientId'] : [])];
  if (atRunTime.length > 0) {
    findings.push({
      ...warning('ONBOARDING_INPUTS_AT_RUN_TIME', { flags: atRunTime.map(flagName).join(', '), parameters: atRunTime.map((key) => `-${key.charAt(0).toUpperCase()}${key.slice(1)}`).join(', ') }),
      input: atRunTime[0] as string,
    });
  }
  // Graph application permissions need more than an Application Administrator (grant-admin-consent.md L40-L41, F-ROLE-2).
  if (answers.entraUserDiscovery) findings.push({ ...info('ENTRA_DIRECTORY_READ_ALL'), input: 'entraUserDiscovery' });
  if (!answers.createEntraApps && answers.tenantId && answers.serverAppIdUri === defaultAppIdUri(answers.tenantId)) {
    findings.push({ ...info('SERVER_APP_ID_URI_ASSUMED', { value: answers.serverAppIdUri }), input: 'serverAppIdUri' });
  }
  const expiry = answers.serverAppSecretExpiry === undefined ? undefined : parseExpiryDate(answers.serverAppSecretExpiry);
  if (expiry && expiry.getTime() <= Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())) {
    findings.push({ ...error('SECRET_EXPIRY_PAST', { value: answers.serverAppSecretExpiry as string }), input: 'serverAppSecretExpiry' });
  }
  return findings;
}

export const azure: Step<AzurePurpose, AzureAction> = {
  ...declaration,
  texts,
  runbookParams,
  runbookFiles,
  runbookActions,
  azureChecks,
  // Classic: the Azure management .pfx and the sub-CA certificates the cloud service is given.
  certificateReads: (answers) =>
    answers.model === 'classic'
      ? [
          ...(answers.managementCertPath ? [{ input: 'managementCertPath' as const, path: answers.managementCertPath, role: 'management' as const, password: answers.managementCertPassword, passwordInput: 'managementCertPassword' as const }] : []),
          ...answers.subCaCerts.map((path) => ({ input: 'subCaCerts' as const, path, role: 'sub-ca' as const })),
        ]
      : [],
  plan({ answers, certificates, azure, now, position, folder, lang = 'en' }) {
    const findings: StepFinding[] = [];
    const artifacts: Artifact<AzurePurpose>[] = [];
    const providers = RESOURCE_PROVIDERS[answers.model];
    if (azure?.ran) findings.push(...azure.findings);
    // Skipped checks are said, never implied to have passed; a dry run without Azure still passes.
    else findings.push(info('AZURE_PREFLIGHT_SKIPPED', { reason: azure?.reason ?? 'no-sign-in', providers: providers.join(', ') }));
    const facts: Record<string, unknown> = { resourceProviders: providers };
    if (answers.model !== 'classic') {
      findings.push(...onboardingFindings(answers, now));
      // The Entra administrator's script first: the import needs the apps (2010 release notes L34).
      if (answers.createEntraApps) artifacts.push({ path: `${folder}/New-CmgEntraApps.ps1`, content: entraAppsScript(answers, position, lang), purpose: 'entra.apps', runOn: 'admin-workstation' });
      artifacts.push({ path: `${folder}/Register-CmgAzureService.ps1`, content: azureServiceScript(answers, position, lang), purpose: 'azure.service', runOn: 'site-server' });
      facts.azureService = { name: answers.azureServiceName, serverApp: answers.serverAppName, clientApp: answers.clientAppName, appIdUri: answers.serverAppIdUri, userDiscovery: answers.entraUserDiscovery };
      return { findings, artifacts, facts };
    }
    // Classic: the cloud service authenticates with the management certificate; there are no
    // Entra apps to import and no Cloud Management service (the 1610 article; F-ONB-1 is 2010+).
    findings.push(info('AZURE_ONBOARDING_CLASSIC'));

    if (certificates?.management) facts.managementCertificate = certificates.management;
    const subCas = certificates?.subCas ?? [];
    if (subCas.length === 0) return { findings, artifacts, facts };
    facts.subCaCertificates = subCas;
    // The 1610 article's UpdateSubCAThumbprints.vbs, as a script: the thumbprints come from the files, never typed.
    artifacts.push({
      path: `${folder}/Update-CmgSubCaThumbprints.ps1`,
      content: subCaThumbprintScript({ serviceCName: answers.serviceName, thumbprints: subCas.map((subCa) => subCa.thumbprint), smsProvider: answers.smsProvider, step: position, lang }),
      purpose: 'subca.update',
      runOn: 'site-server',
    });
    return { findings, artifacts, guidance: [{ key: 'subCaPortal', params: { serviceName: answers.serviceName, count: subCas.length } }], facts };
  },
};
