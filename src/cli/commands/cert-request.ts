import { join } from 'node:path';
import { UsageError, ValidationFailedError } from '../../model/errors.ts';
import { checkDeploymentPrefix } from '../../domain/azure-names.ts';
import { firstLabel } from '../../domain/fqdn.ts';
import { checkServiceName } from '../../domain/service-name.ts';
import { certificateRequestScript } from '../../emit/certificate-request-script.ts';
import { checkCertTemplate } from '../../domain/cert-template.ts';
import { renderCertreqInf } from '../../emit/certreq-inf.ts';
import { assertOutputFree, writeOutput } from '../../output/write-output.ts';
import { catalogue } from '../../messages/i18n.ts';
import { withProgress } from '../../ui/progress.ts';
import { findingsDocument, renderFindingLines } from '../../ui/render.ts';
import type { Cloud, Model } from '../../model/answers.ts';
import type { Problem } from '../../model/findings.ts';
import { parseLang } from '../common-options.ts';
import { commandTerminal, runClock, type CommandIO } from '../io.ts';
import { repairLeftovers, reportReplaced } from '../output-notices.ts';
import { ownerOnlyFor } from '../key-access.ts';
import { jsonText } from '../../ui/json-text.ts';
import { generateServerKey } from '../../certs/server-key.ts';
import { writeWrapped } from '../../ui/wrap.ts';

export interface CertRequestOptions {
  serviceName?: string;
  out: string;
  keySize: '2048' | '4096';
  model: Model;
  cloud: Cloud;
  template?: string;
  force?: boolean;
  now?: string;
  json?: boolean;
  lang?: string;
}

/**
 * The wizard's step-1 rules for the name: a wildcard request is fine for a scale-set CMG (the
 * prefix is chosen under it, so there is no prefix to check yet); not for classic (1610). Any
 * other name's first label becomes the deployment prefix, so the prefix rules apply to it here
 * as in `run` (an upper-case CN would make a certificate the wizard then refuses).
 */
function checkRequestName(name: string, model: Model, cloud: Cloud): Problem[] {
  if (name.startsWith('*.') && model === 'vmss') return checkServiceName(name.slice(2), { model, cloud });
  const problems = checkServiceName(name, { model, cloud });
  return problems.length > 0 ? problems : checkDeploymentPrefix(firstLabel(name), model);
}

/** The template name goes into an INF, which has no escaping: the wizard's certTemplate rule. */
function checkTemplate(template: string | undefined): Problem[] {
  return template === undefined ? [] : checkCertTemplate(template);
}

/** `cmg-setup cert request`: key, CSR, certreq INF and the script that requests and exports the certificate. */
export async function certRequestCommand(options: CertRequestOptions, io: CommandIO): Promise<void> {
  const lang = parseLang(options.lang, io.env);
  const terminal = commandTerminal(io, options, lang);
  const now = runClock(io, options.now);
  const text = catalogue(lang);
  if (!options.serviceName) throw new UsageError([{ code: 'REQUEST_SERVICE_NAME_MISSING' }]);
  const serviceName = options.serviceName;
  const findings = [
    ...checkRequestName(serviceName, options.model, options.cloud).map((problem) => ({ ...problem, input: 'serviceName' })),
    ...checkTemplate(options.template).map((problem) => ({ ...problem, input: 'template' })),
  ].map((problem) => ({ ...problem, step: 'server-certificate' as const }));
  // Warnings (a classic prefix starting with a digit) are said and do not stop the request.
  if (findings.length > 0) writeWrapped(terminal, 'stderr', renderFindingLines(findings, lang));
  if (findings.some((finding) => finding.severity === 'error')) {
    if (terminal.json) terminal.stdout.write(jsonText(findingsDocument('cert request', findings, lang)));
    throw new ValidationFailedError(findings);
  }
  repairLeftovers(options.out, true, terminal);
  assertOutputFree(options.out, options.force === true);
  const keySize = options.keySize === '4096' ? 4096 : 2048;
  const base = serviceName.replace(/^\*\./, 'wildcard.');
  const names = { key: `${base}.key`, csr: `${base}.csr`, inf: `${base}.inf`, script: 'Request-CmgServerCertificate.ps1', pfx: `${base}.pfx` };
  // The key is started first, on the thread pool; node-forge (for the CSR) and the declarations
  // (step 1's place among the steps, "Step 1: " in the script) load meanwhile (issue 15).
  const key = generateServerKey(keySize);
  // Awaited below: a failure is reported there, not as an unhandled rejection while the modules load.
  key.catch(() => undefined);
  const { request, stepPosition } = await withProgress(terminal, text.request.progress({ keySize }), async () => {
    const [{ createServerRequest }, { stepPosition }] = await Promise.all([import('../../certs/request.ts'), import('../../steps/declarations.ts')]);
    return { request: await createServerRequest({ serviceName, keySize, key }), stepPosition };
  });
  const written = writeOutput({
    out: options.out,
    files: [
      { path: names.key, content: request.keyPem, privateKey: true },
      { path: names.csr, content: request.csrPem },
      { path: names.inf, content: renderCertreqInf({ serviceName, keySize, model: options.model, ...(options.template ? { template: options.template } : {}) }) },
      { path: names.script, content: certificateRequestScript({ step: stepPosition('server-certificate'), serviceName, model: options.model, infFileName: names.inf, lang, ...(options.template ? { template: options.template } : {}) }) },
    ],
    force: options.force === true,
    now,
    env: io.env,
    ownerOnly: ownerOnlyFor(io),
  });
  reportReplaced(written, terminal);
  const files = [names.key, names.csr, names.inf, names.script];
  if (terminal.json) {
    terminal.stdout.write(jsonText({ schemaVersion: 1, path: written.path, serviceName, keySize, model: options.model, files }));
    return;
  }
  terminal.stdout.write(`${text.request.written({ path: written.path, files: files.join(', ') })}\n${text.ui.keyFilesOwnerOnly({ files: join(written.path, names.key) })}\n${text.request.nextSteps({ ...names, serviceName })}\n`);
}
