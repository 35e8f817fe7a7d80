import { UsageError, ValidationFailedError } from '../../model/errors.ts';
import { renderInspection } from '../../ui/certificate-details.ts';
import { codeText } from '../../messages/i18n.ts';
import type { Lang } from '../../model/lang.ts';
import type { Terminal } from '../../ui/terminal.ts';
import type { Cloud, Model } from '../../model/answers.ts';
import type { Finding } from '../../model/findings.ts';
import { readSecret } from '../../wizard/secrets.ts';
import { parseLang } from '../common-options.ts';
import { commandTerminal, runClock, type CommandIO } from '../io.ts';
import { readSecretFlag } from '../secret-flags.ts';
import { stdinWaitMs } from '../stdin-wait.ts';
import { jsonText } from '../../ui/json-text.ts';
import { readCertificateFile } from '../../certs/read.ts';
import { evidenceFrom } from '../../certs/evidence.ts';
import { defaultRole, inspectEvidence } from '../../certs/inspect.ts';
import type { CertCommonOptions, PasswordSourceOptions } from './cert-options.ts';
import { writeWrapped } from '../../ui/wrap.ts';

export interface CertInspectOptions extends CertCommonOptions, PasswordSourceOptions {
  file: string;
  role?: 'server' | 'client-root' | 'management';
  serviceName?: string;
  model: Model;
  cloud: Cloud;
}

/** At a terminal a mistyped password is asked again, like certutil does; elsewhere it is a finding. */
const PASSWORD_ATTEMPTS = 3;

async function askPassword(io: Pick<CommandIO, 'prompter'>, lang: Lang, role: string): Promise<string> {
  // The declarations load only when a password is asked: `cert` commands start without them (issue 15).
  const { inputSpec } = await import('../../steps/declarations.ts');
  return io.prompter(lang).askSecret(inputSpec(role === 'management' ? 'managementCertPassword' : 'serverCertPassword'));
}

/** `cmg-setup cert inspect <file>`: one certificate file checked for one role. */
export async function certInspectCommand(options: CertInspectOptions, io: CommandIO): Promise<void> {
  const path = options.file;
  const lang = parseLang(options.lang, io.env);
  const terminal: Terminal = commandTerminal(io, options, lang);
  const now = runClock(io, options.now);
  const request = readSecretFlag({ passwordStdin: options.passwordStdin, passwordFile: options.passwordFile, passwordEnv: options.passwordEnv }, 'password');
  let password = request && request.from !== 'prompt' ? (await readSecret('password', request, { stdin: io.stdin, env: io.env, stdinTimeoutMs: stdinWaitMs(terminal, io.env) })).reveal() : undefined;

  let outcome = await readCertificateFile(path, password);
  for (let attempt = 1; !outcome.ok; attempt += 1) {
    const needsPassword = 'needsPassword' in outcome || outcome.problem.code === 'CERT_BAD_PASSWORD';
    if (!needsPassword || !terminal.canPrompt || request || attempt > PASSWORD_ATTEMPTS) break;
    if ('problem' in outcome) writeWrapped(terminal, 'stderr', codeText(lang, 'CERT_BAD_PASSWORD', {}));
    password = await askPassword(io, lang, options.role ?? 'server');
    outcome = await readCertificateFile(path, password);
  }
  if (!outcome.ok && 'needsPassword' in outcome) throw new UsageError([{ code: 'CERT_PASSWORD_MISSING', params: { path } }]);

  const evidence = evidenceFrom(outcome);
  const role = options.role ?? defaultRole(evidence, path);
  const result = inspectEvidence(path, evidence, { role, serviceName: options.serviceName, model: options.model, cloud: options.cloud, now });
  const findings: Finding[] = result.problems.map((problem) => ({ ...problem, step: role === 'client-root' ? 'client-root' : role === 'management' ? 'azure' : 'server-certificate' }));
  if (terminal.json) {
    const document = {
      schemaVersion: 1,
      file: path,
      role,
      certificate: result.certificate,
      findings: findings.map((finding) => ({ severity: finding.severity, code: finding.code, message: codeText(lang, finding.code, finding.params) })),
    };
    terminal.stdout.write(jsonText(document));
  } else {
    writeWrapped(terminal, 'stdout', renderInspection({ path, role, certificate: result.certificate, findings }, terminal));
  }
  if (findings.some((finding) => finding.severity === 'error')) throw new ValidationFailedError(findings, true, terminal.json ? undefined : 'stdout');
}
