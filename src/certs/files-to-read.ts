/** Which certificate files a run reads; apart from assess.ts so that deciding costs no node-forge load. */
import type { Answers } from '../model/answers.ts';

export interface FileRequest {
  path: string;
  password: string | undefined;
}

/** The files to read; those whose input already failed (missing file, ...) are left out. */
export function filesToRead(answers: Answers, failedInputs: ReadonlySet<string>): FileRequest[] {
  const requests: FileRequest[] = [];
  if (answers.serverCertPath && !failedInputs.has('serverCertPath')) requests.push({ path: answers.serverCertPath, password: answers.serverCertPassword?.reveal() ?? '' });
  if (answers.clientAuth === 'pki' && !failedInputs.has('clientRootCerts')) requests.push(...answers.clientRootCerts.map((path) => ({ path, password: undefined })));
  if (answers.model === 'classic') {
    if (answers.managementCertPath && !failedInputs.has('managementCertPath')) requests.push({ path: answers.managementCertPath, password: answers.managementCertPassword?.reveal() ?? '' });
    if (!failedInputs.has('subCaCerts')) requests.push(...answers.subCaCerts.map((path) => ({ path, password: undefined })));
  }
  return requests;
}
