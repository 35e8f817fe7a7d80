import { CLIENT_AUTHS, type ClientAuth, type PartialAnswers } from '../../model/answers.ts';
import { error, info, warning, type Problem } from '../../model/findings.ts';
import { defineInput } from '../../model/inputs.ts';
import { inputTexts } from './input-texts.ts';
import { exportClientChainScript } from './client-chain-script.ts';
import type { Artifact, Step } from '../../model/step.ts';
import type { StepFinding } from '../../model/findings.ts';
import { runbookFiles, runbookParams } from './runbook.ts';
import { texts, type ClientRootPurpose } from './texts.ts';

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

export const clientRoot: Step<ClientRootPurpose> = {
  id: 'client-root',
  texts,
  runbookParams,
  runbookFiles,
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
  // The client roots and intermediates, with PKI client certificates only.
  certificateReads: (answers) => (answers.clientAuth === 'pki' ? answers.clientRootCerts.map((path) => ({ input: 'clientRootCerts', path, role: 'client-authority' })) : []),
  plan({ answers, certificates, position, folder, lang = 'en' }) {
    const findings: StepFinding[] = [];
    if (answers.clientAuth !== 'pki') {
      findings.push(info('CLIENT_ROOTS_NOT_NEEDED', { clientAuth: answers.clientAuth }));
      return { findings, artifacts: [], facts: {} };
    }
    const count = answers.clientRootCerts.length;
    if (answers.model === 'classic' && count !== 1) {
      findings.push({ ...error('CLASSIC_ONE_ROOT', { count }), input: 'clientRootCerts' });
    } else if (count === 0) {
      findings.push({ ...warning('CLIENT_ROOTS_MISSING'), input: 'clientRootCerts' });
    }
    // The script finds the chain on a client; its .cer files are what clientRootCerts takes.
    const artifacts: Artifact<ClientRootPurpose>[] = [
      { path: `${folder}/Export-CmgClientChain.ps1`, content: exportClientChainScript({ step: position, lang }), purpose: 'client-chain.export', runOn: 'client' },
    ];
    const authorities = certificates?.clientAuthorities ?? [];
    return { findings, artifacts, guidance: [{ key: 'clientChainConsole', params: {} }], facts: { clientRootCertCount: count, ...(authorities.length > 0 ? { clientAuthorities: authorities } : {}) } };
  },
};
