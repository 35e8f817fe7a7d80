import type { Answers, Cloud, Model } from '../model/answers.ts';

/** Where --example puts its lab PKI inside the output folder. */
export const LAB_FOLDER = '00-lab-pki';

export interface ExampleLabPaths {
  root: string;
  server: string;
  management: string;
}

/**
 * The Contoso answers: the one valid answer set. The example (--example, below), the tests'
 * complete answers (test/support/answers.ts), the end-to-end answers file (test/cli/fixtures.ts)
 * and the fuzzers (test/wizard/fuzz.test.ts) all start from these values, so an input that becomes
 * required gets its valid value here, once.
 *
 * These are the values a person has to give for the model and cloud; every other input keeps its
 * default. The certificate files are the caller's: the example's lab PKI, or a test's own paths.
 */
export function contosoAnswers(model: Model, cloud: Cloud, files: ExampleLabPaths) {
  const classic = model === 'classic';
  const serviceName = classic ? `contosocmg.${cloud === 'usgov' ? 'usgovcloudapp.net' : 'cloudapp.net'}` : 'contosocmg.contoso.com';
  const common = {
    model,
    cloud,
    serviceName,
    serverCertPath: files.server,
    clientAuth: 'pki',
    clientRootCerts: [files.root],
    subscriptionId: '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6',
    region: cloud === 'usgov' ? 'usgovvirginia' : 'westeurope',
    vmCount: 2,
    trafficThresholdGb: 200,
    description: 'Contoso CMG (cmg-setup example, lab PKI)',
    siteCode: 'P01',
    smsProvider: 'cm01.contoso.com',
    connectionPointServer: 'cmgcp01.contoso.com',
    managementPoints: ['mp01.contoso.com'],
    softwareUpdatePoints: ['sup01.contoso.com'],
    clientRollout: ['script'],
  } satisfies Partial<Answers>;
  if (classic) return { ...common, siteVersion: '1810', managementCertPath: files.management } satisfies Partial<Answers>;
  return {
    ...common,
    tenantId: 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d',
    tenantName: 'contoso.onmicrosoft.com',
    serverAppClientId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    clientAppClientId: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
    resourceGroup: 'rg-contoso-cmg',
  } satisfies Partial<Answers>;
}

/**
 * What --example makes for its run: the lab PKI's files and their password. The environment never
 * gives these under --example: a CMG_SERVER_CERT_PASSWORD (or a CMG_SERVER_CERT_PATH) left in the
 * shell from a real run would pair the lab's files with another password, or another certificate
 * with the lab's password, and the example would fail on a value nobody typed for it (issue 17).
 * Every other CMG_* variable still applies, as its flag does (CMG_MODEL, CMG_CLOUD and
 * CMG_SERVICE_NAME shape the lab itself): those are values the example has no stake in. A flag
 * still wins, even for these (--server-cert-path with --server-cert-password-env: the example with
 * one's own certificate), since a flag is typed for this very run; --lab-password-* chooses the
 * lab's password.
 */
export const EXAMPLE_GENERATED: ReadonlySet<string> = new Set(['serverCertPath', 'serverCertPassword', 'managementCertPath', 'managementCertPassword', 'clientRootCerts']);

/**
 * The built-in Contoso example: the Contoso answers for either model, pointing at a lab PKI made
 * for the run. Flags and environment variables still override any of it, but for what the example
 * makes itself (EXAMPLE_GENERATED), which only a flag overrides.
 */
export function exampleAnswers(model: Model, cloud: Cloud, lab: ExampleLabPaths): Map<string, unknown> {
  return new Map(Object.entries(contosoAnswers(model, cloud, lab)));
}
