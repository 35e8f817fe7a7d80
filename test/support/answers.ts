import type { AnswerKey, Answers, PartialAnswers } from '../../src/model/answers.ts';
import type { Problem } from '../../src/model/findings.ts';
import type { AnyInputSpec } from '../../src/model/inputs.ts';
import { Secret } from '../../src/model/secret.ts';
import { ALL_INPUTS, planAtPlace } from '../../src/steps/index.ts';
import type { Step, StepPlan } from '../../src/model/step.ts';

/** The fixed clock of every step test: steps must not read the real one. */
export const NOW = new Date('2026-03-01T00:00:00Z');

/**
 * A complete, valid current-branch (VMSS) answers set, modelled on the built-in Contoso example
 * (src/wizard/example.ts). Overrides replace keys; pass `undefined` to clear an optional one.
 */
export function vmssAnswers(overrides: Partial<Answers> = {}): Answers {
  return {
    model: 'vmss',
    cloud: 'public',
    siteVersion: '2403',
    serviceName: 'contosocmg.contoso.com',
    deploymentPrefix: 'contosocmg',
    serverCertPath: 'C:\\certs\\contosocmg.pfx',
    serverCertPassword: new Secret('x', 'env:CMG_SERVER_CERT_PASSWORD'),
    certTemplateGroup: 'ConfigMgr Site Servers',
    clientAuth: 'pki',
    clientRootCerts: ['C:\\certs\\contoso-root.cer'],
    subscriptionId: '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6',
    subCaCerts: [],
    tenantId: 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d',
    tenantName: 'contoso.onmicrosoft.com',
    createEntraApps: false,
    serverAppName: 'CMG-ServerApp',
    serverAppClientId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    serverAppIdUri: 'api://b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d/ConfigMgrService',
    clientAppName: 'CMG-ClientApp',
    clientAppClientId: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
    entraUserDiscovery: false,
    azureServiceName: 'Cloud Management',
    resourceGroup: 'rg-contoso-cmg',
    useExistingResourceGroup: false,
    azureAuth: 'cli',
    region: 'westeurope',
    vmCount: 2,
    vmSize: 'standard',
    verifyClientCrl: false,
    enforceTls12: true,
    contentEnabled: true,
    trafficThresholdGb: 200,
    trafficWarningPct: 50,
    trafficCriticalPct: 90,
    trafficStopService: false,
    description: 'Contoso CMG (cmg-setup example, lab PKI)',
    siteCode: 'P01',
    smsProvider: 'cm01.contoso.com',
    usePkiClientCert: true,
    clientsCheckCrl: false,
    connectionPointServer: 'cmgcp01.contoso.com',
    managementPoints: ['mp01.contoso.com'],
    softwareUpdatePoints: ['sup01.contoso.com'],
    distributionPoints: [],
    managementPointSecurity: 'enhanced-http',
    managementPointsInternetOnly: false,
    clientAlwaysOnInternetAction: 'leave',
    clientRollout: ['script'],
    ...overrides,
  };
}

/** A complete, valid classic (1610 article, cloud service) answers set on the last classic-capable site version. */
export function classicAnswers(overrides: Partial<Answers> = {}): Answers {
  const base = vmssAnswers({
    model: 'classic',
    siteVersion: '1810',
    serviceName: 'contosocmg.cloudapp.net',
    managementCertPath: 'C:\\certs\\azure-management.pfx',
    managementCertPassword: new Secret('x', 'env:CMG_MANAGEMENT_CERT_PASSWORD'),
    managementPointSecurity: 'https',
  });
  delete base.tenantId;
  delete base.tenantName;
  delete base.serverAppIdUri;
  delete base.serverAppClientId;
  delete base.clientAppClientId;
  delete base.resourceGroup;
  return { ...base, ...overrides };
}

export function planStep(step: Step, answers: Answers): StepPlan {
  return planAtPlace(step, { answers, now: NOW });
}

/** `[severity, code]` pairs in order: the shape most step assertions compare. */
export function codesOf(plan: Pick<StepPlan, 'findings'>): Array<[string, string]> {
  return plan.findings.map((finding) => [finding.severity, finding.code]);
}

/** The one declaration of an input, as the wizard resolves it. */
export function inputSpec(key: AnswerKey): AnyInputSpec {
  const spec = ALL_INPUTS.find((candidate) => candidate.key === key);
  if (!spec) throw new Error(`no input declared for ${key}`);
  return spec;
}

/** Runs an input's declared validator the way resolution does: (value, answers resolved so far). */
export function validateInput(key: AnswerKey, value: unknown, answers: PartialAnswers = {}): Problem[] {
  const { validate } = inputSpec(key);
  if (!validate) throw new Error(`input ${key} declares no validator`);
  return validate(value as never, answers);
}
