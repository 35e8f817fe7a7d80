import type { ClientCode } from '../model/codes.ts';
import type { Text } from './types.ts';

/** Step 8 (clients at scale): finding texts (its artifact purposes and runbook entries are in steps/clients/texts.ts). */
export const clientCodesEn: Record<ClientCode, Text> = {
  CLIENT_INSTALL_ON_INTRANET: () =>
    'Classic CMG: no ccmsetup command line for internet-only clients. Installing a client straight through the CMG (ccmsetup /mp:https://<CMG>/CCM_Proxy_MutualAuth/<ID>) is documented for current branch only; install clients on the intranet, where they learn the CMG.',
};
