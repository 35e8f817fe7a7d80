import type { Answers } from '../../model/answers.ts';

/**
 * PKI client authentication with no client root given (current branch): clients get 401 until the
 * CMG trusts their chain, so the plan warns (CLIENT_ROOTS_MISSING) and the interview asks at the
 * question (issue 17). Classic needs exactly one root, an error of its own (CLASSIC_ONE_ROOT).
 */
export function clientRootsMissing(answers: Pick<Answers, 'clientAuth' | 'model' | 'clientRootCerts'>): boolean {
  return answers.clientAuth === 'pki' && answers.model !== 'classic' && answers.clientRootCerts.length === 0;
}
