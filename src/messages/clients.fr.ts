import type { ClientCode } from '../model/codes.ts';
import type { Text } from './types.ts';

/** Step 8 (clients at scale): finding texts (its artifact purposes and runbook entries are in steps/clients/texts.ts). */
export const clientCodesFr: Record<ClientCode, Text> = {
  CLIENT_INSTALL_ON_INTRANET: () =>
    'CMG classique : aucune ligne de commande ccmsetup pour les clients Internet uniquement. L\'installation d\'un client directement par la CMG (ccmsetup /mp:https://<CMG>/CCM_Proxy_MutualAuth/<ID>) n\'est documentée que pour la branche actuelle ; installez les clients sur l\'intranet, où ils découvrent la CMG.',
};
