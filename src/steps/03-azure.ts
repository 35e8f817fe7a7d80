import { checkResourceGroup } from '../domain/azure-names.ts';
import { checkGuid } from '../domain/guid.ts';
import { AZURE_AUTHS } from '../wizard/answers.ts';
import { error, info } from '../wizard/findings.ts';
import { defineInput } from '../wizard/inputs.ts';
import { stepFolder } from './ids.ts';
import type { Artifact, Step, StepFinding } from './step.ts';
import { subCaThumbprintScript } from './subca-thumbprint-script.ts';

// Azure shows GUIDs in lowercase; one spelling keeps scripts and plans comparable.
const lowerCase = (value: string) => value.toLowerCase();
const isClassic = (answers: { model?: string }) => answers.model === 'classic';
const isVmss = (answers: { model?: string }) => answers.model !== 'classic';

/** Resource providers a CMG deployment needs registered (cmg-reference.md, current branch 4). */
export const RESOURCE_PROVIDERS = {
  vmss: ['Microsoft.KeyVault', 'Microsoft.Storage', 'Microsoft.Network', 'Microsoft.Compute'],
  classic: ['Microsoft.ClassicCompute', 'Microsoft.Storage'],
} as const;

function checkArmEndpoint(value: string) {
  // The sign-in token goes to this host: a look-alike letter (a Cyrillic е in azurе.com) would
  // send it elsewhere, and the URL parser turns it into an xn-- name nobody reads. ASCII only.
  if (/[^\x20-\x7e]/.test(value)) return [error('ARM_ENDPOINT_INVALID', { value, reason: 'ascii' })];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [error('ARM_ENDPOINT_INVALID', { value, reason: 'url' })];
  }
  // The SDK's bearer-token policy refuses plain http, and a query string could carry secrets into logs.
  if (url.protocol !== 'https:') return [error('ARM_ENDPOINT_INVALID', { value, reason: 'https' })];
  if (url.search || url.hash || url.username || url.password) return [error('ARM_ENDPOINT_INVALID', { value: url.origin, reason: 'extra' })];
  return [];
}

export const azure: Step = {
  id: 'azure',
  inputs: [
    defineInput({ key: 'subscriptionId', step: 'azure', kind: 'string', required: () => true, normalize: lowerCase, validate: checkGuid, example: '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6' }),
    defineInput({ key: 'managementCertPath', step: 'azure', kind: 'string', path: true, relevant: isClassic, required: () => true, example: 'C:\\certs\\azure-management.pfx' }),
    defineInput({ key: 'managementCertPassword', step: 'azure', kind: 'secret', relevant: isClassic, required: () => true, example: 'env:CMG_MANAGEMENT_CERT_PASSWORD' }),
    defineInput({ key: 'subCaCerts', step: 'azure', kind: 'list', path: true, default: [], relevant: isClassic, example: 'C:\\certs\\contoso-issuing.cer' }),
    defineInput({ key: 'tenantId', step: 'azure', kind: 'string', relevant: isVmss, required: () => true, normalize: lowerCase, validate: checkGuid, example: 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d' }),
    defineInput({ key: 'serverAppClientId', step: 'azure', kind: 'string', relevant: isVmss, required: () => true, normalize: lowerCase, validate: checkGuid, example: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' }),
    defineInput({
      key: 'clientAppClientId',
      step: 'azure',
      kind: 'string',
      relevant: isVmss,
      // Entra client authentication and ccmsetup's AADCLIENTAPPID need the native (client) app.
      required: (answers) => answers.clientAuth === 'entra',
      normalize: lowerCase,
      validate: (value, answers) => {
        const problems = checkGuid(value);
        if (problems.length === 0 && answers.serverAppClientId?.toLowerCase() === value.toLowerCase()) problems.push(error('APP_IDS_IDENTICAL', { value }));
        return problems;
      },
      example: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
    }),
    defineInput({
      key: 'resourceGroup',
      step: 'azure',
      kind: 'string',
      relevant: isVmss,
      required: () => true,
      validate: (value, answers) => checkResourceGroup(value, answers.siteVersion ?? ''),
      example: 'rg-contoso-cmg',
    }),
    defineInput({ key: 'useExistingResourceGroup', step: 'azure', kind: 'boolean', default: false, relevant: isVmss, example: 'false' }),
    defineInput({ key: 'azureAuth', step: 'azure', kind: 'choice', choices: AZURE_AUTHS, example: 'cli' }),
    defineInput({
      key: 'azureClientId',
      step: 'azure',
      kind: 'string',
      relevant: (answers) => answers.azureAuth === 'service-principal',
      required: () => true,
      normalize: lowerCase,
      validate: checkGuid,
      example: '7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f',
    }),
    defineInput({ key: 'azureClientSecret', step: 'azure', kind: 'secret', relevant: (answers) => answers.azureAuth === 'service-principal', required: () => true, example: 'env:CMG_AZURE_CLIENT_SECRET' }),
    // The preflight sends the admin's Azure token to this address: a committed answers file must not be able to move it.
    defineInput({ key: 'armEndpoint', step: 'azure', kind: 'string', commandLineOnly: true, validate: checkArmEndpoint, example: 'https://management.azure.com' }),
  ],
  plan({ answers, certificates, azure, lang = 'en' }) {
    const findings: StepFinding[] = [];
    const artifacts: Artifact[] = [];
    const providers = RESOURCE_PROVIDERS[answers.model];
    if (azure?.ran) findings.push(...azure.findings);
    // Skipped checks are said, never implied to have passed; a dry run without Azure still passes.
    else findings.push(info('AZURE_PREFLIGHT_SKIPPED', { reason: azure?.reason ?? 'no-sign-in', providers: providers.join(', ') }));
    const facts: Record<string, unknown> = { resourceProviders: providers };
    if (answers.model !== 'classic') return { findings, artifacts, facts };

    if (certificates?.management) facts.managementCertificate = certificates.management;
    const subCas = certificates?.subCas ?? [];
    if (subCas.length === 0) return { findings, artifacts, facts };
    facts.subCaCertificates = subCas;
    // The 1610 article's UpdateSubCAThumbprints.vbs, as a script: the thumbprints come from the files, never typed.
    artifacts.push({
      path: `${stepFolder('azure')}/Update-CmgSubCaThumbprints.ps1`,
      content: subCaThumbprintScript({ serviceCName: answers.serviceName, thumbprints: subCas.map((subCa) => subCa.thumbprint), smsProvider: answers.smsProvider, lang }),
      purpose: 'subca.update',
      runOn: 'site-server',
    });
    return { findings, artifacts, guidance: [{ key: 'subCaPortal', params: { serviceName: answers.serviceName, count: subCas.length } }], facts };
  },
};
