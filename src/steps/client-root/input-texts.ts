import type { InputTextsOf } from '../../model/inputs.ts';

/**
 * The help line and the prompt of each input this step declares (index.ts), in every language:
 * an input without its texts, or without one language, does not compile.
 */
export const inputTexts = {
  clientAuth: {
    en: { help: 'How clients authenticate to the CMG: pki, entra or token (classic: pki only).', prompt: 'Client authentication' },
    fr: { help: 'Mode d\'authentification des clients auprès de la CMG : pki, entra ou token (classique : pki uniquement).', prompt: 'Authentification des clients' },
  },
  clientRootCerts: {
    en: { help: 'Trusted root and intermediate certificates (.cer) of the client certificates.', prompt: 'Client root and intermediate certificates (.cer), comma-separated' },
    fr: { help: 'Certificats racines et intermédiaires approuvés (.cer) des certificats clients.', prompt: 'Certificats racines et intermédiaires des clients (.cer), séparés par des virgules' },
  },
} satisfies InputTextsOf<'clientAuth' | 'clientRootCerts'>;
