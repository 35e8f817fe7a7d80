import { error, info, warning } from '../../model/findings.ts';
import { exportClientChainScript } from './client-chain-script.ts';
import type { Artifact, Step } from '../../model/step.ts';
import type { StepFinding } from '../../model/findings.ts';
import { runbookFiles, runbookParams } from './runbook.ts';
import { texts, type ClientRootPurpose } from './texts.ts';
import { declaration } from './declaration.ts';
import { clientRootsMissing } from './roots-missing.ts';

export const clientRoot: Step<ClientRootPurpose> = {
  ...declaration,
  texts,
  runbookParams,
  runbookFiles,
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
    } else if (clientRootsMissing(answers)) {
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
