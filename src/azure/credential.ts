/**
 * One credential per `azureAuth` choice, never DefaultAzureCredential: its chain probes managed
 * identity (IMDS) and stalls on a laptop (reliability.md ). Interactive sign-ins need a
 * person at the terminal; without one the run ends with exit 4 and says which sign-in to use.
 */
import { AzureCliCredential, ClientSecretCredential, DeviceCodeCredential, EnvironmentCredential, InteractiveBrowserCredential, ManagedIdentityCredential } from '@azure/identity';
import type { TokenCredential } from '@azure/core-auth';
import { AzureAuthError } from '../model/errors.ts';
import type { AzureAuth } from '../model/answers.ts';
import type { Secret } from '../model/secret.ts';

export interface CredentialOptions {
  auth: AzureAuth;
  tenantId: string | undefined;
  authorityHost: string;
  canPrompt: boolean;
  servicePrincipal?: { clientId: string | undefined; secret: Secret | undefined };
  /** Where device-code instructions go (stderr: stdout may be JSON). */
  notify: (message: string) => void;
}

const INTERACTIVE: ReadonlySet<AzureAuth> = new Set(['device-code', 'browser']);

export function createCredential(options: CredentialOptions): TokenCredential {
  const { auth, tenantId, authorityHost } = options;
  if (INTERACTIVE.has(auth) && !options.canPrompt) throw new AzureAuthError('AZURE_INTERACTIVE_SIGN_IN', { auth });
  const tenant = tenantId ? { tenantId } : {};
  switch (auth) {
    case 'cli':
      // The token comes from whatever `az` is on the PATH, signed in to this cloud (az cloud set).
      return new AzureCliCredential(tenant);
    case 'device-code':
      return new DeviceCodeCredential({ ...tenant, authorityHost, userPromptCallback: (info) => options.notify(info.message) });
    case 'browser':
      return new InteractiveBrowserCredential({ ...tenant, authorityHost });
    case 'managed-identity':
      return new ManagedIdentityCredential();
    case 'environment':
      // AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH (+ _PASSWORD).
      return new EnvironmentCredential({ authorityHost });
    case 'service-principal': {
      const clientId = options.servicePrincipal?.clientId;
      const secret = options.servicePrincipal?.secret;
      if (!tenantId || !clientId || !secret) throw new AzureAuthError('AZURE_SERVICE_PRINCIPAL_INCOMPLETE', { missing: [!tenantId && 'tenantId', !clientId && 'azureClientId', !secret && 'azureClientSecret'].filter(Boolean).join(', ') });
      return new ClientSecretCredential(tenantId, clientId, secret.reveal(), { authorityHost });
    }
  }
}
