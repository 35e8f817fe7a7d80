import { join } from 'node:path';
import { UsageError, ValidationFailedError } from '../../model/errors.ts';
import { checkDeploymentPrefix } from '../../domain/azure-names.ts';
import { firstLabel } from '../../domain/fqdn.ts';
import { checkServiceNameSyntax } from '../../domain/service-name.ts';
import type { Problem } from '../../model/findings.ts';
import { assertOutputFree, writeOutput } from '../../output/write-output.ts';
import { catalogue } from '../../messages/i18n.ts';
import type { Lang } from '../../model/lang.ts';
import { findingsDocument, renderFindingLines } from '../../ui/render.ts';
import { Secret } from '../../model/secret.ts';
import { readSecret } from '../../wizard/secrets.ts';
import { parseLang } from '../common-options.ts';
import { commandTerminal, runClock, type CommandIO } from '../io.ts';
import { repairLeftovers, reportReplaced } from '../output-notices.ts';
import { ownerOnlyFor } from '../key-access.ts';
import type { Terminal } from '../../ui/terminal.ts';
import { withProgress } from '../../ui/progress.ts';
import { readSecretFlag } from '../secret-flags.ts';
import { stdinWaitMs } from '../stdin-wait.ts';
import { jsonText } from '../../ui/json-text.ts';
import type { CertCommonOptions, PasswordSourceOptions } from './cert-options.ts';
import { writeWrapped } from '../../ui/wrap.ts';

export interface CertLabOptions extends CertCommonOptions, PasswordSourceOptions {
  serviceName?: string;
  out: string;
  force?: boolean;
  /** classic: the retired model's Azure management certificate too (certs/lab.ts); vmss when absent. */
  model?: 'vmss' | 'classic';
}

/**
 * The wizard's name rules, so the lab certificate is one `run` accepts: the name's syntax, then
 * its first label as the deployment prefix (3-24 lowercase letters and digits). The lab has no
 * model, so only the rules both models share stop it (classic lets a prefix start with a digit).
 */
function labNameProblems(serviceName: string): Problem[] {
  const syntax = checkServiceNameSyntax(serviceName);
  if (syntax.length > 0) return syntax;
  return checkDeploymentPrefix(firstLabel(serviceName), 'classic').filter((problem) => problem.severity === 'error');
}

/** A new password is typed twice: a typo would lock the admin out of the files just made. */
async function askNewPassword(io: Pick<CommandIO, 'prompter'>, lang: Lang, terminal: Terminal, classic: boolean): Promise<string> {
  const prompter = io.prompter(lang);
  // The declarations load only when a password is asked: `cert` commands start without them (issue 15).
  const { inputSpec } = await import('../../steps/declarations.ts');
  // The server certificate's secret input, asked with what this password protects: the lab's .pfx files (issue 17).
  const server = inputSpec('serverCertPassword');
  const prompt = classic ? catalogue(lang).ui.labPasswordPromptClassic : catalogue(lang).ui.labPasswordPrompt;
  const spec = { ...server, texts: { ...server.texts, [lang]: { ...server.texts[lang], prompt } } };
  for (;;) {
    const first = await prompter.askSecret(spec);
    const second = await prompter.askSecret(spec, { again: true });
    if (first === second) return first;
    writeWrapped(terminal, 'stderr', catalogue(lang).ui.passwordsDiffer);
  }
}

/** `cmg-setup cert lab`: a throw-away PKI for a lab CMG, written like any output (staged, 0600 keys). */
export async function certLabCommand(options: CertLabOptions, io: CommandIO): Promise<void> {
  const lang = parseLang(options.lang, io.env);
  const terminal = commandTerminal(io, options, lang);
  const now = runClock(io, options.now);
  const request = readSecretFlag({ passwordStdin: options.passwordStdin, passwordFile: options.passwordFile, passwordEnv: options.passwordEnv }, 'password');
  const missing = [...(options.serviceName ? [] : [{ code: 'LAB_SERVICE_NAME_MISSING' as const }]), ...(request || terminal.canPrompt ? [] : [{ code: 'LAB_PASSWORD_MISSING' as const }])];
  if (missing.length > 0) throw new UsageError(missing);
  const serviceName = options.serviceName as string;
  const findings = labNameProblems(serviceName).map((problem) => ({ ...problem, step: 'server-certificate' as const, input: 'serviceName' }));
  if (findings.length > 0) {
    writeWrapped(terminal, 'stderr', renderFindingLines(findings, lang));
    if (terminal.json) terminal.stdout.write(jsonText(findingsDocument('cert lab', findings, lang)));
    throw new ValidationFailedError(findings);
  }
  repairLeftovers(options.out, true, terminal);
  assertOutputFree(options.out, options.force === true);
  let password: Secret;
  if (request && request.from !== 'prompt') {
    password = await readSecret('password', request, { stdin: io.stdin, env: io.env, stdinTimeoutMs: stdinWaitMs(terminal, io.env) });
  } else {
    password = new Secret(await askNewPassword(io, lang, terminal, options.model === 'classic'), 'prompt');
  }
  const { createLabPki } = await import('../../certs/lab.ts');
  const management = options.model === 'classic';
  const lab = await withProgress(terminal, catalogue(lang).ui.labProgress({ keys: management ? 4 : 3 }), () => createLabPki({ serviceName, password: password.reveal(), now, management }));
  const written = writeOutput({
    out: options.out,
    files: lab.files.map((file) => ({ path: file.name, content: file.content, privateKey: file.privateKey })),
    force: options.force === true,
    now,
    env: io.env,
    ownerOnly: ownerOnlyFor(io),
  });
  reportReplaced(written, terminal);
  const names = lab.files.map((file) => file.name);
  if (terminal.json) terminal.stdout.write(jsonText({ schemaVersion: 1, path: written.path, serviceName, files: names }));
  else {
    const keys = lab.files.filter((file) => file.privateKey).map((file) => join(written.path, file.name));
    terminal.stdout.write(`${catalogue(lang).ui.labWritten({ path: written.path, files: names.join(', ') })}\n${catalogue(lang).ui.keyFilesOwnerOnly({ files: keys.join(', ') })}\n`);
  }
}
