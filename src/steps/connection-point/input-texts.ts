import type { InputTextsOf } from '../../model/inputs.ts';

/**
 * The help line and the prompt of each input this step declares (index.ts), in every language:
 * an input without its texts, or without one language, does not compile.
 */
export const inputTexts = {
  connectionPointServer: {
    en: { help: 'FQDN of the site system that gets the CMG connection point role.', prompt: 'CMG connection point server (FQDN)' },
    fr: { help: 'FQDN du système de site qui reçoit le rôle de point de connexion de la passerelle de gestion cloud.', prompt: 'Serveur du point de connexion de la CMG (FQDN)' },
  },
  proxyServer: {
    en: { help: 'Internet proxy of the connection point (FQDN).', prompt: 'Internet proxy of the connection point' },
    fr: { help: 'Proxy Internet du point de connexion (FQDN).', prompt: 'Proxy Internet du point de connexion' },
  },
  proxyPort: {
    en: { help: 'Port of the internet proxy, 1-65535.', prompt: 'Proxy port' },
    fr: { help: 'Port du proxy Internet, de 1 à 65535.', prompt: 'Port du proxy' },
  },
} satisfies InputTextsOf<'connectionPointServer' | 'proxyServer' | 'proxyPort'>;
