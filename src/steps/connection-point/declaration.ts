import { checkFqdn } from '../../domain/fqdn.ts';
import { isHierarchy } from '../../domain/hierarchy.ts';
import { error } from '../../model/findings.ts';
import { defineInput, flagName } from '../../model/inputs.ts';
import { inputTexts } from './input-texts.ts';
import type { StepDeclaration } from '../../model/step.ts';

/** This step's id, title and inputs: all that --help, `steps` and `schema` need (src/steps/declarations.ts); index.ts plans from them. */
export const declaration = {
  id: 'connection-point',
  title: { en: 'Connection point', fr: 'Point de connexion' },
  inputs: [
    // In a hierarchy each primary site names its own connection point (primarySites, F-HIER-1).
    // Offered at the prompt: on a single site the connection point often shares the SMS Provider's server.
    defineInput({ key: 'connectionPointServer', step: 'connection-point', texts: inputTexts.connectionPointServer, kind: 'string', relevant: (answers) => !isHierarchy(answers), required: () => true, suggested: (answers) => answers.smsProvider, validate: (value) => checkFqdn(value), example: 'cmgcp01.contoso.com' }),
    defineInput({ key: 'proxyServer', step: 'connection-point', texts: inputTexts.proxyServer, kind: 'string', validate: (value) => checkFqdn(value, 'FQDN_INVALID', flagName('proxyPort')), example: 'proxy.contoso.com' }),
    defineInput({
      key: 'proxyPort',
      step: 'connection-point',
      texts: inputTexts.proxyPort,
      kind: 'integer',
      relevant: (answers) => answers.proxyServer !== undefined,
      required: () => true,
      validate: (value) => (value < 1 || value > 65535 ? [error('PROXY_PORT_RANGE', { value })] : []),
      example: '8080',
    }),
  ],
} satisfies StepDeclaration;
