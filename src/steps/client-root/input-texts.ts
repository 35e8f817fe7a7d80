import type { ChoiceTexts, InputTextsOf } from '../../model/inputs.ts';
import type { ClientAuth } from '../../model/answers.ts';

/**
 * The help line and the prompt of each input this step declares (index.ts), in every language:
 * an input without its texts, or without one language, does not compile.
 */
export const inputTexts = {
  clientAuth: {
    // cmg-reference.md, current branch differences 8: Entra for Windows 10+ Entra joined or hybrid joined devices; site tokens from 2002.
    en: {
      help: 'How clients authenticate to the CMG: pki, entra or token (classic: pki only).',
      prompt: 'Client authentication',
      choices: { pki: 'client authentication certificates from your PKI', entra: 'Microsoft Entra joined or hybrid joined devices', token: 'site tokens, e.g. a bulk registration token (2002+)' },
    },
    fr: {
      help: 'Mode d\'authentification des clients auprès de la CMG : pki, entra ou token (classique : pki uniquement).',
      prompt: 'Authentification des clients',
      choices: { pki: 'certificats d\'authentification client de votre PKI', entra: 'appareils joints ou hybrides joints à Microsoft Entra', token: 'jetons de site, p. ex. jeton d\'inscription en bloc (2002+)' },
    },
  } satisfies ChoiceTexts<ClientAuth>,
  clientRootCerts: {
    en: { help: 'Trusted root and intermediate certificates (.cer) of the client certificates.', prompt: 'Client root and intermediate certificates (.cer), comma-separated' },
    fr: { help: 'Certificats racines et intermédiaires approuvés (.cer) des certificats clients.', prompt: 'Certificats racines et intermédiaires des clients (.cer), séparés par des virgules' },
  },
} satisfies InputTextsOf<'clientAuth' | 'clientRootCerts'>;
