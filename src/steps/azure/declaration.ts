import { checkResourceGroup } from '../../domain/azure-names.ts';
import { checkAppIdUri, checkExpiryDate, defaultAppIdUri } from '../../domain/entra-apps.ts';
import { checkGuid, withoutBraces } from '../../domain/guid.ts';
import { AZURE_AUTHS, type PartialAnswers } from '../../model/answers.ts';
import { error } from '../../model/findings.ts';
import { defineInput } from '../../model/inputs.ts';
import { inputTexts } from './input-texts.ts';
import { checkFreeText } from '../shared/free-text.ts';
import type { StepDeclaration } from '../../model/step.ts';

// Azure shows GUIDs in lowercase, without braces; one spelling keeps scripts and plans comparable.
const guidSpelling = (value: string) => withoutBraces(value).toLowerCase();
const isClassic = (answers: { model?: string }) => answers.model === 'classic';
const isVmss = (answers: { model?: string }) => answers.model !== 'classic';
/** The client IDs exist once the apps do: an admin who lets step 3 create them gives them afterwards. */
const appIdsRequired = (answers: PartialAnswers) => answers.createEntraApps !== true;

/**
 * Display names reach Entra (New-MgApplication -DisplayName: "Maximum length is 256 characters",
 * its page at 000701007b) and ConfigMgr (-AppName); the tenant and service names only ConfigMgr,
 * whose pages give no limit: the same 256 is this tool's.
 */
const NAME_LENGTH = 256;

/** The Graph script finds each app by its display name: one name for both would find one app twice. */
function checkClientAppName(value: string, answers: PartialAnswers) {
  const problems = checkFreeText(value, 'ENTRA_APP_NAME_INVALID', NAME_LENGTH);
  if (problems.length === 0 && answers.serverAppName !== undefined && answers.serverAppName.toLowerCase() === value.toLowerCase()) problems.push(error('APP_NAMES_IDENTICAL', { value }));
  return problems;
}

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

/** This step's id, title and inputs: all that --help, `steps` and `schema` need (src/steps/declarations.ts); index.ts plans from them. */
export const declaration = {
  id: 'azure',
  title: { en: 'Azure', fr: 'Azure' },
  inputs: [
    defineInput({ key: 'subscriptionId', step: 'azure', texts: inputTexts.subscriptionId, kind: 'string', required: () => true, normalize: guidSpelling, validate: checkGuid, example: '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6' }),
    defineInput({ key: 'managementCertPath', step: 'azure', texts: inputTexts.managementCertPath, kind: 'string', path: true, relevant: isClassic, required: () => true, example: 'C:\\certs\\azure-management.pfx' }),
    defineInput({ key: 'managementCertPassword', step: 'azure', texts: inputTexts.managementCertPassword, kind: 'secret', relevant: isClassic, required: () => true, example: 'env:CMG_MANAGEMENT_CERT_PASSWORD' }),
    defineInput({ key: 'subCaCerts', step: 'azure', texts: inputTexts.subCaCerts, kind: 'list', path: true, default: [], relevant: isClassic, example: 'C:\\certs\\contoso-issuing.cer' }),
    defineInput({ key: 'tenantId', step: 'azure', texts: inputTexts.tenantId, kind: 'string', relevant: isVmss, required: () => true, normalize: guidSpelling, validate: checkGuid, example: 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d' }),
    // Import-CMAADServerApplication -TenantName is mandatory (its page L194-L208); the manual
    // registration page notes it from Custom domain names, "For example, `contoso.onmicrosoft.com`" (L43-L49).
    // Not required, so that answers files written before it keep working: without it the import
    // script takes -TenantName when it is run, and the plan says so (ONBOARDING_INPUTS_AT_RUN_TIME).
    defineInput({ key: 'tenantName', step: 'azure', texts: inputTexts.tenantName, kind: 'string', relevant: isVmss, validate: (value) => checkFreeText(value, 'TENANT_NAME_INVALID', NAME_LENGTH), example: 'contoso.onmicrosoft.com' }),
    defineInput({ key: 'createEntraApps', step: 'azure', texts: inputTexts.createEntraApps, kind: 'boolean', default: false, relevant: isVmss, example: 'false' }),
    // The manual registration page's example names (L61, L129).
    defineInput({ key: 'serverAppName', step: 'azure', texts: inputTexts.serverAppName, kind: 'string', default: 'CMG-ServerApp', relevant: isVmss, validate: (value) => checkFreeText(value, 'ENTRA_APP_NAME_INVALID', NAME_LENGTH), advanced: true, example: 'CMG-ServerApp' }),
    defineInput({ key: 'serverAppClientId', step: 'azure', texts: inputTexts.serverAppClientId, kind: 'string', relevant: isVmss, required: appIdsRequired, normalize: guidSpelling, validate: checkGuid, example: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' }),
    defineInput({
      key: 'serverAppIdUri',
      step: 'azure',
      texts: inputTexts.serverAppIdUri,
      kind: 'string',
      // The first format the CMG pages recommend, api://{tenantId}/{string} (F-APP-5).
      default: (answers) => (answers.tenantId ? defaultAppIdUri(answers.tenantId) : undefined),
      relevant: isVmss,
      validate: (value, answers) => checkAppIdUri(value, answers.tenantId),
      example: 'api://b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d/ConfigMgrService',
    }),
    defineInput({ key: 'clientAppName', step: 'azure', texts: inputTexts.clientAppName, kind: 'string', default: 'CMG-ClientApp', relevant: isVmss, validate: checkClientAppName, advanced: true, example: 'CMG-ClientApp' }),
    defineInput({
      key: 'clientAppClientId',
      step: 'azure',
      texts: inputTexts.clientAppClientId,
      kind: 'string',
      relevant: isVmss,
      // Entra client authentication and ccmsetup's AADCLIENTAPPID need the native (client) app. So does
      // New-CMCloudManagementAzureService (-ClientApp is mandatory, its page L92), but answers files
      // written before step 3 scripted it may lack it: the import script then takes it when run.
      required: (answers) => answers.clientAuth === 'entra' && appIdsRequired(answers),
      normalize: guidSpelling,
      validate: (value, answers) => {
        const problems = checkGuid(value);
        if (problems.length === 0 && answers.serverAppClientId?.toLowerCase() === value.toLowerCase()) problems.push(error('APP_IDS_IDENTICAL', { value }));
        return problems;
      },
      example: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
    }),
    // Import-CMAADServerApplication -SecretKeyExpiry (mandatory, DateTime): "the same date as from the
    // Azure portal" (manual page L185). Absent, the script asks for it when it imports the app.
    defineInput({ key: 'serverAppSecretExpiry', step: 'azure', texts: inputTexts.serverAppSecretExpiry, kind: 'string', relevant: isVmss, validate: checkExpiryDate, example: '2027-03-01' }),
    // Entra user discovery is needed with Entra client authentication for hybrid identities
    // (deploy-clients-cmg-azure.md L40, F-RB-5), and not to create the CMG (configure-azure-ad.md L117).
    defineInput({ key: 'entraUserDiscovery', step: 'azure', texts: inputTexts.entraUserDiscovery, kind: 'boolean', default: (answers) => answers.clientAuth === 'entra', relevant: isVmss, advanced: true, example: 'false' }),
    // "This name is only to identify the connection in Configuration Manager" (configure-azure-ad.md L61).
    defineInput({ key: 'azureServiceName', step: 'azure', texts: inputTexts.azureServiceName, kind: 'string', default: 'Cloud Management', relevant: isVmss, validate: (value) => checkFreeText(value, 'AZURE_SERVICE_NAME_INVALID', NAME_LENGTH), advanced: true, example: 'Contoso Cloud Management' }),
    defineInput({
      key: 'resourceGroup',
      step: 'azure',
      texts: inputTexts.resourceGroup,
      kind: 'string',
      relevant: isVmss,
      required: () => true,
      validate: (value, answers) => checkResourceGroup(value, answers.siteVersion ?? ''),
      // Offered at the prompt: the deployment's own name with the resource group abbreviation of
      // Microsoft's Cloud Adoption Framework (learn.microsoft.com/azure/cloud-adoption-framework/ready/azure-best-practices/resource-abbreviations).
      suggested: (answers) => (answers.deploymentPrefix ? `rg-${answers.deploymentPrefix}` : undefined),
      example: 'rg-contoso-cmg',
    }),
    defineInput({ key: 'useExistingResourceGroup', step: 'azure', texts: inputTexts.useExistingResourceGroup, kind: 'boolean', default: false, relevant: isVmss, example: 'false' }),
    defineInput({ key: 'azureAuth', step: 'azure', texts: inputTexts.azureAuth, kind: 'choice', choices: AZURE_AUTHS, example: 'cli' }),
    defineInput({
      key: 'azureClientId',
      step: 'azure',
      texts: inputTexts.azureClientId,
      kind: 'string',
      relevant: (answers) => answers.azureAuth === 'service-principal',
      required: () => true,
      normalize: guidSpelling,
      validate: checkGuid,
      example: '7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f',
    }),
    defineInput({ key: 'azureClientSecret', step: 'azure', texts: inputTexts.azureClientSecret, kind: 'secret', relevant: (answers) => answers.azureAuth === 'service-principal', required: () => true, example: 'env:CMG_AZURE_CLIENT_SECRET' }),
    // The preflight sends the admin's Azure token to this address: a committed answers file must not be able to move it.
    defineInput({ key: 'armEndpoint', step: 'azure', texts: inputTexts.armEndpoint, kind: 'string', commandLineOnly: true, validate: checkArmEndpoint, example: 'https://management.azure.com' }),
  ],
} satisfies StepDeclaration;
