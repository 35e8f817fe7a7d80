import type { AnswerKey, Answers, PartialAnswers } from '../../src/model/answers.ts';
import type { Problem } from '../../src/model/findings.ts';
import type { AnyInputSpec } from '../../src/model/inputs.ts';
import { Secret } from '../../src/model/secret.ts';
import { planAtPlace } from '../../src/steps/index.ts';
import { ALL_INPUTS } from '../../src/steps/declarations.ts';
import { contosoAnswers, type ExampleLabPaths } from '../../src/wizard/example.ts';
import type { Step, StepPlan } from '../../src/model/step.ts';

/** The minimum a current-branch run needs, as flag values (commander's raw strings and string arrays): everything else is asked or defaulted. */
export const REQUIRED_VMSS: Record<string, unknown> = {
  serviceName: 'contosocmg.contoso.com',
  subscriptionId: '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6',
  tenantId: 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d',
  serverAppClientId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  resourceGroup: 'rg-contoso-cmg',
  region: 'westeurope',
  siteCode: 'P01',
  smsProvider: 'cm01.contoso.com',
  connectionPointServer: 'cmgcp01.contoso.com',
  managementPoints: ['mp01.contoso.com'],
};

/** The fixed clock of every step test: steps must not read the real one. */
export const NOW = new Date('2026-03-01T00:00:00Z');

/** The certificate files of the tests' answers: fixed Windows paths (a plan does not read them). */
export const TEST_FILES: ExampleLabPaths = {
  root: 'C:\\certs\\contoso-root.cer',
  server: 'C:\\certs\\contosocmg.pfx',
  management: 'C:\\certs\\azure-management.pfx',
};

/**
 * What a complete answers set holds beyond the Contoso answers (src/wizard/example.ts, the one
 * valid answer set: a new required input gets its value there): the inputs the example leaves to
 * their defaults, fixed here as resolution leaves them, and the secrets (fixed test values).
 */
const RESOLVED = {
  deploymentPrefix: 'contosocmg',
  serverCertPassword: new Secret('x', 'env:CMG_SERVER_CERT_PASSWORD'),
  certTemplateGroup: 'ConfigMgr Site Servers',
  subCaCerts: [],
  createEntraApps: false,
  serverAppName: 'CMG-ServerApp',
  clientAppName: 'CMG-ClientApp',
  entraUserDiscovery: false,
  azureServiceName: 'Cloud Management',
  useExistingResourceGroup: false,
  azureAuth: 'cli',
  vmSize: 'standard',
  verifyClientCrl: false,
  enforceTls12: true,
  contentEnabled: true,
  trafficWarningPct: 50,
  trafficCriticalPct: 90,
  trafficStopService: false,
  usePkiClientCert: true,
  clientsCheckCrl: false,
  distributionPoints: [],
  managementPointSecurity: 'enhanced-http',
  managementPointsInternetOnly: false,
  clientAlwaysOnInternetAction: 'leave',
} satisfies Partial<Answers>;

/** The keys in the order the inputs are declared (ALL_INPUTS), as the wizard asks them. */
function declaredOrder<T extends object>(answers: T): T {
  const order = ALL_INPUTS.map((spec) => spec.key as string);
  return Object.fromEntries(Object.entries(answers).sort(([left], [right]) => order.indexOf(left) - order.indexOf(right))) as T;
}

/**
 * A complete, valid current-branch (VMSS) answers set: the Contoso answers (the built-in example's)
 * with the tests' certificate paths, completed. Overrides replace keys; pass `undefined` to clear
 * an optional one.
 */
export function vmssAnswers(overrides: Partial<Answers> = {}): Answers {
  const contoso = contosoAnswers('vmss', 'public', TEST_FILES);
  if (!('tenantId' in contoso)) throw new Error('the Contoso answers of a vmss CMG name its tenant');
  return {
    ...declaredOrder({ ...RESOLVED, ...contoso, siteVersion: '2403', serverAppIdUri: `api://${contoso.tenantId}/ConfigMgrService` }),
    ...overrides,
  };
}

/** A complete, valid classic (1610 article, cloud service) answers set on the last classic-capable site version. */
export function classicAnswers(overrides: Partial<Answers> = {}): Answers {
  const contoso = contosoAnswers('classic', 'public', TEST_FILES);
  if (!('siteVersion' in contoso)) throw new Error('the Contoso answers of a classic CMG name its site version');
  const { managementCertPath, ...rest } = contoso;
  return {
    ...declaredOrder({ ...RESOLVED, ...rest, managementPointSecurity: 'https' }),
    managementCertPath,
    managementCertPassword: new Secret('x', 'env:CMG_MANAGEMENT_CERT_PASSWORD'),
    ...overrides,
  };
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
