import { inputSpec } from '../steps/index.ts';
import { codeText } from '../messages/i18n.ts';
import { inquirerPrompter } from '../ui/prompter.ts';
import { type Terminal } from '../ui/terminal.ts';
import { type Resolution } from '../model/plan.ts';
import { readCertificateReport } from '../wizard/certificate-reads.ts';
import { type CertificateReport } from '../model/certificates.ts';
import { Secret } from '../model/secret.ts';

/** Certificate files named by the --example lab that exist only once the output is written, with their content. */
export type PromisedFiles = ReadonlyMap<string, Uint8Array>;

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
  let report = await readCertificateReport(resolution, now, promised);
  for (let attempt = 1; terminal.canPrompt && attempt <= PASSWORD_ATTEMPTS; attempt += 1) {
    const wrong = PFX_PASSWORDS.filter(([path]) => report.findings.some((finding) => finding.code === 'CERT_BAD_PASSWORD' && finding.input === path));
    if (wrong.length === 0) break;
    for (const [path, password] of wrong) {
      terminal.stderr.write(`${codeText(terminal.lang, 'CERT_BAD_PASSWORD', { path: resolution.answers[path] ?? '' })}\n`);
      resolution.answers[password] = new Secret(await askPassword(password), 'prompt');
      resolution.sources[password] = 'prompt';
    }
    report = await readCertificateReport(resolution, now, promised);
  }
  return report;
}
