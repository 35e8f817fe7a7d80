import { AZURE_OWNED_SUFFIXES, CLOUDS, deploymentName, isUnder } from '../../domain/clouds.ts';
import { error, info, warning } from '../../model/findings.ts';
import { certificateRequestScript } from '../../emit/certificate-request-script.ts';
import { renderCertreqInf } from '../../emit/certreq-inf.ts';
import type { Artifact, Guidance, Step } from '../../model/step.ts';
import type { StepFinding } from '../../model/findings.ts';
import { runbookFiles, runbookParams } from './runbook.ts';
import { texts, type ServerCertificatePurpose } from './texts.ts';
import { declaration } from './declaration.ts';

/** The template minimum and the request's key size: 2048 is what every CMG release accepts. */
const REQUEST_KEY_SIZE = 2048;
const INF_FILE = 'cmg-server-certificate.inf';

export const serverCertificate: Step<ServerCertificatePurpose> = {
  ...declaration,
  texts,
  runbookParams,
  runbookFiles,
  // The CMG's server .pfx: read and checked (certs/assess.ts) before the steps plan.
  certificateReads: (answers) => (answers.serverCertPath ? [{ input: 'serverCertPath', path: answers.serverCertPath, role: 'server', password: answers.serverCertPassword, passwordInput: 'serverCertPassword' }] : []),
  plan({ answers, certificates, position, folder, lang = 'en' }) {
    const findings: StepFinding[] = [];
    const artifacts: Artifact<ServerCertificatePurpose>[] = [];
    const guidance: Guidance[] = [{ key: 'certificateTemplate', params: { group: answers.certTemplateGroup, model: answers.model, serviceName: answers.serviceName, keySize: REQUEST_KEY_SIZE } }];
    if (!answers.serverCertPath) {
      // No certificate yet: the admin gets what requests one for exactly this service name.
      findings.push({ ...info('SERVER_CERT_REQUEST', { folder }), input: 'serverCertPath' });
      // The INF and the script beside it name the same template: in the INF's [RequestAttributes]
      // (and then the script offers no -CertificateTemplate), or, with none in the INF, through
      // the script's -CertificateTemplate (certreq -attrib). An enterprise CA refuses a request that
      // names no template (documented-facts.md F-CERT-3), so without one the INF is for a
      // standalone CA only (F-CERT-4), and the plan says so.
      const template = answers.certTemplate === undefined ? {} : { template: answers.certTemplate };
      if (answers.certTemplate === undefined) findings.push({ ...warning('CERT_REQUEST_STANDALONE_ONLY', { inf: `${folder}/${INF_FILE}` }), input: 'certTemplate' });
      artifacts.push(
        { path: `${folder}/${INF_FILE}`, content: renderCertreqInf({ serviceName: answers.serviceName, keySize: REQUEST_KEY_SIZE, model: answers.model, ...template }), purpose: 'certificate.inf', runOn: 'site-server' },
        {
          path: `${folder}/Request-CmgServerCertificate.ps1`,
          content: certificateRequestScript({ step: position, serviceName: answers.serviceName, model: answers.model, infFileName: INF_FILE, lang, ...template }),
          purpose: 'certificate.request',
          runOn: 'site-server',
        },
      );
    }
    const deployment = deploymentName(answers.model, answers.cloud, answers.deploymentPrefix, answers.region);
    if (answers.model === 'vmss') {
      if (answers.cloud === 'usgov') findings.push(warning('USGOV_DEPLOYMENT_NAME_UNCONFIRMED', { deployment }));
      const ownAzureDomain = isUnder(answers.serviceName, CLOUDS[answers.cloud].vmssSuffix);
      if (ownAzureDomain && answers.serviceName.toLowerCase() !== deployment) {
        findings.push({ ...error('SERVICE_NAME_DEPLOYMENT_MISMATCH', { value: answers.serviceName, deployment }), input: 'serviceName' });
      } else if (ownAzureDomain) {
        findings.push(info('SERVICE_NAME_ENTERPRISE_PKI', { value: answers.serviceName }));
      } else if (!AZURE_OWNED_SUFFIXES.some((suffix) => isUnder(answers.serviceName, suffix))) {
        findings.push(info('SERVICE_NAME_CNAME', { value: answers.serviceName, deployment }));
      }
      // Names in another Azure domain get no advice here: the serviceName rule refuses them.
    }
    const facts = { serviceName: answers.serviceName, deploymentName: deployment, ...(certificates?.server ? { serverCertificate: certificates.server } : {}) };
    return { findings, artifacts, guidance, facts };
  },
};
