import { codeText } from '../../messages/i18n.ts';
import type { Terminal } from '../../ui/terminal.ts';
import type { Resolution } from '../../model/plan.ts';
import { certificateReads, readCertificateReport } from '../../wizard/certificate-reads.ts';
import type { CertificateRead, CertificateReport } from '../../model/certificates.ts';
import type { Step } from '../../model/step.ts';
import { STEPS } from '../../steps/index.ts';
import { Secret } from '../../model/secret.ts';
import type { SecretKey } from '../../model/answers.ts';
import { writeWrapped } from '../../ui/wrap.ts';

/** Certificate files named by the --example lab that exist only once the output is written, with their content. */
export type PromisedFiles = ReadonlyMap<string, Uint8Array>;

const PASSWORD_ATTEMPTS = 3;

/** Which of the steps' reads to make: all of them (the run's), or those an answer of the interview just completed. */
export interface ReadScope {
  steps?: readonly Step[];
  only?: (read: CertificateRead) => boolean;
}

/**
 * At a terminal a mistyped .pfx password is asked again, like certutil and the console's import
 * wizard do; elsewhere CERT_BAD_PASSWORD stays a finding (exit 3). The interview reads each file
 * as soon as its password is known (interview-hooks.ts, with a scope); the run reads them all
 * again before planning.
 */
export async function certificateReportWithRetry(
  resolution: Resolution,
  now: Date,
  promised: PromisedFiles,
  terminal: Pick<Terminal, 'lang' | 'canPrompt' | 'stderr' | 'columns'>,
  askPassword: (key: SecretKey) => Promise<string>,
  scope: ReadScope = {},
): Promise<CertificateReport> {
  const { steps = STEPS, only = () => true } = scope;
  let report = await readCertificateReport(resolution, now, promised, steps, only);
  for (let attempt = 1; terminal.canPrompt && attempt <= PASSWORD_ATTEMPTS; attempt += 1) {
    // The .pfx files the steps read whose password was wrong (their reads name the secret input).
    const wrong = certificateReads(resolution.answers, new Set(), steps).filter(only).flatMap(({ input, path, passwordInput }) =>
      passwordInput !== undefined && report.findings.some((finding) => finding.code === 'CERT_BAD_PASSWORD' && finding.input === input) ? [{ path, password: passwordInput }] : [],
    );
    if (wrong.length === 0) break;
    for (const { path, password } of wrong) {
      writeWrapped(terminal, 'stderr', codeText(terminal.lang, 'CERT_BAD_PASSWORD', { path }));
      resolution.answers[password] = new Secret(await askPassword(password), 'prompt');
      resolution.sources[password] = 'prompt';
    }
    report = await readCertificateReport(resolution, now, promised, steps, only);
  }
  return report;
}
