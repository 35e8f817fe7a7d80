import { resolve } from 'node:path';
import { inputSpec } from '../steps/index.ts';
import { codeText } from '../messages/i18n.ts';
import { inquirerPrompter } from '../ui/prompter.ts';
import { type Terminal } from '../ui/terminal.ts';
import { type Resolution } from '../model/plan.ts';
import { filesToRead } from '../certs/files-to-read.ts';
import { EMPTY_REPORT, type CertificateReport } from '../model/certificates.ts';
import { Secret } from '../model/secret.ts';

/** Certificate files named by the --example lab that exist only once the output is written, with their content. */
export type PromisedFiles = ReadonlyMap<string, Uint8Array>;

/** Reads and checks the certificate files before any step plans; node-forge loads only when there is one. */
async function certificateReport(resolution: Resolution, now: Date, promised: PromisedFiles): Promise<CertificateReport> {
  const failedInputs = new Set(resolution.findings.filter((finding) => finding.severity === 'error' && finding.input).map((finding) => finding.input as string));
  const requests = filesToRead(resolution.answers, failedInputs);
  if (requests.length === 0) return EMPTY_REPORT;
  const { assessCertificates, readCertificates } = await import('../certs/assess.ts');
  const evidence = await readCertificates(requests, promised, (path) => resolve(path));
  return assessCertificates(resolution.answers, evidence, now);
}

/** The .pfx inputs whose password the admin can type again after a mistake. */
const PFX_PASSWORDS = [
  ['serverCertPath', 'serverCertPassword'],
  ['managementCertPath', 'managementCertPassword'],
] as const;
const PASSWORD_ATTEMPTS = 3;

/**
 * At a terminal a mistyped .pfx password is asked again, like certutil and the console's import
 * wizard do; elsewhere CERT_BAD_PASSWORD stays a finding (exit 3).
 */
export async function certificateReportWithRetry(resolution: Resolution, now: Date, promised: PromisedFiles, terminal: Pick<Terminal, 'lang' | 'canPrompt' | 'stderr'>, askPassword = (key: 'serverCertPassword' | 'managementCertPassword') => inquirerPrompter(terminal.lang).askSecret(inputSpec(key))): Promise<CertificateReport> {
  let report = await certificateReport(resolution, now, promised);
  for (let attempt = 1; terminal.canPrompt && attempt <= PASSWORD_ATTEMPTS; attempt += 1) {
    const wrong = PFX_PASSWORDS.filter(([path]) => report.findings.some((finding) => finding.code === 'CERT_BAD_PASSWORD' && finding.input === path));
    if (wrong.length === 0) break;
    for (const [path, password] of wrong) {
      terminal.stderr.write(`${codeText(terminal.lang, 'CERT_BAD_PASSWORD', { path: resolution.answers[path] ?? '' })}\n`);
      resolution.answers[password] = new Secret(await askPassword(password), 'prompt');
      resolution.sources[password] = 'prompt';
    }
    report = await certificateReport(resolution, now, promised);
  }
  return report;
}
