import { CLIENT_AUTHS, type ClientAuth, type PartialAnswers } from '../../model/answers.ts';
import { error, type Problem } from '../../model/findings.ts';
import { defineInput } from '../../model/inputs.ts';
import { inputTexts } from './input-texts.ts';
import type { StepDeclaration } from '../../model/step.ts';

/**
 * The 1610 cloud service only knew PKI client certificates; site tokens arrived in 2002
 * (cmg-reference.md section 0, the 2002 row, S13; Entra client authentication is a current-branch
 * alternative, its "Current branch differences" 8).
 */
function checkClientAuth(value: ClientAuth, answers: PartialAnswers): Problem[] {
  if (answers.model === 'classic' && value !== 'pki') return [error('CLIENT_AUTH_CLASSIC', { value })];
  if (value === 'token' && (answers.siteVersion ?? '') < '2002') return [error('CLIENT_AUTH_TOKEN_VERSION', { siteVersion: answers.siteVersion ?? '' })];
  return [];
}

/** This step's id, title and inputs: all that --help, `steps` and `schema` need (src/steps/declarations.ts); index.ts plans from them. */
export const declaration = {
  id: 'client-root',
  title: { en: 'Client root certificates', fr: 'Certificats racines des clients' },
  inputs: [
    defineInput({
      key: 'clientAuth',
      step: 'client-root',
      texts: inputTexts.clientAuth,
      kind: 'choice',
      choices: CLIENT_AUTHS,
      default: 'pki',
      // The prompt shows what the rule below accepts for the model and site version: classic, pki only.
      offered: (answers) => CLIENT_AUTHS.filter((value) => checkClientAuth(value, answers).length === 0),
      validate: checkClientAuth,
      example: 'pki',
    }),
    defineInput({
      key: 'clientRootCerts',
      step: 'client-root',
      texts: inputTexts.clientRootCerts,
      kind: 'list',
      path: true,
      // Classic takes exactly one root and has no default: without it the run stops as missing input.
      default: (answers) => (answers.model === 'classic' && answers.clientAuth === 'pki' ? undefined : []),
      relevant: (answers) => answers.clientAuth === 'pki',
      required: (answers) => answers.model === 'classic',
      example: 'C:\\certs\\contoso-root.cer,C:\\certs\\contoso-issuing.cer',
    }),
  ],
} satisfies StepDeclaration;
