import { atLeast } from '../../domain/site.ts';
import type { Answers } from '../../model/answers.ts';

/**
 * The site versions that change what step 4 can script (docs/reference/documented-facts.md).
 *
 * - 2207, F-GW-2: "Added parameters **VMSSVMSize** and **Version** to support creating a cloud
 *   management gateway (CMG) using a virtual machine scale set." (2207 release notes, L214-L220).
 *   Before them no parameter asks the cmdlet for a scale set (SYNTAX L18-L41), while the console of
 *   2010 and 2103 still offered the cloud service (classic), which "most customers should use"
 *   (setup page L66): a script there could create the wrong kind of CMG.
 * - 2309, F-GW-1: "A new parameter, TenantId, has been added to the New-CMCloudManagementGateway
 *   cmdlet." (2309 release notes, L79); the page: "Mandatory parameter ..." (L464-L474), in no set.
 * - 2309, F-GW-5: server apps made before 2309 lack http://localhost; creating a CMG with one fails
 *   with "Your server Application needs to be updated" (What's new in 2309, L123-L133).
 * - 2603, F-GW-4: "now allows combining the `-IsUsingExistingGroup $true` parameter with
 *   `-ServerAppClientId`" (What's new in version 2603, Microsoft Learn). Before, the Non-Interactive
 *   set has no way to say the resource group exists (page L23, L36, L298, L331).
 */
export const SCALE_SET_PARAMETERS_VERSION = '2207';
export const TENANT_ID_VERSION = '2309';
export const SERVER_APP_UPDATE_VERSION = '2309';
export const EXISTING_GROUP_WITH_APP_VERSION = '2603';

/** Why step 4 writes the console procedure instead of New-CmgGateway.ps1 (current branch). */
export type ConsoleReason = 'version' | 'existing-group';

export function gatewayConsoleReason(answers: Pick<Answers, 'siteVersion' | 'useExistingResourceGroup'>): ConsoleReason | undefined {
  if (!atLeast(answers.siteVersion, SCALE_SET_PARAMETERS_VERSION)) return 'version';
  if (answers.useExistingResourceGroup && !atLeast(answers.siteVersion, EXISTING_GROUP_WITH_APP_VERSION)) return 'existing-group';
  return undefined;
}

export const passesTenantId = (siteVersion: string): boolean => atLeast(siteVersion, TENANT_ID_VERSION);
export const mayNeedServerAppUpdate = (siteVersion: string): boolean => atLeast(siteVersion, SERVER_APP_UPDATE_VERSION);
