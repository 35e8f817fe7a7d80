import { checkDeploymentPrefix } from '../domain/azure-names.ts';
import { AZURE_OWNED_SUFFIXES, CLOUDS, deploymentName, isUnder } from '../domain/clouds.ts';
import { firstLabel } from '../domain/fqdn.ts';
import { checkServiceNameSyntax } from '../domain/service-name.ts';
import { error, info, warning, type Problem } from '../wizard/findings.ts';
import { defineInput } from '../wizard/inputs.ts';
import type { PartialAnswers } from '../wizard/answers.ts';
import { checkFreeText } from './free-text.ts';
import type { Step, StepFinding } from './step.ts';

function checkServiceName(value: string, answers: PartialAnswers): Problem[] {
  const invalid = checkServiceNameSyntax(value);
  if (invalid.length > 0) return invalid;
  const cloud = answers.cloud ?? 'public';
  const classicSuffixes = Object.values(CLOUDS).map((facts) => facts.classicSuffix);
  if (answers.model === 'classic') {
    const suffix = CLOUDS[cloud].classicSuffix;
    // The 1610 wizard builds the cloud service name from the CN, so it must be in the cloud's own domain.
    if (!isUnder(value, suffix) || value.split('.').length !== suffix.split('.').length + 1) {
      return [error('SERVICE_NAME_CLASSIC_DOMAIN', { value, suffix, cloud })];
    }
    return [];
  }
  if (classicSuffixes.some((suffix) => isUnder(value, suffix))) return [error('SERVICE_NAME_CLASSIC_ON_VMSS', { value })];
  // A name in the other cloud's Azure domain can be neither this CMG's deployment name nor a CNAME source.
  const other = Object.entries(CLOUDS).find(([name, facts]) => name !== cloud && isUnder(value, facts.vmssSuffix));
  if (other) return [error('SERVICE_NAME_WRONG_CLOUD', { value, cloud, suffix: other[1].vmssSuffix })];
  return [];
}

export const serverCertificate: Step = {
  id: 'server-certificate',
  inputs: [
    defineInput({
      key: 'serviceName',
      step: 'server-certificate',
      kind: 'string',
      required: () => true,
      validate: checkServiceName,
      example: 'contosocmg.contoso.com',
    }),
    defineInput({
      key: 'deploymentPrefix',
      step: 'server-certificate',
      kind: 'string',
      // Always derivable once serviceName is known, so it is never reported missing on its own.
      default: (answers) => (answers.serviceName ? firstLabel(answers.serviceName) : undefined),
      validate: (value, answers) => {
        const problems = checkDeploymentPrefix(value, answers.model ?? 'vmss');
        // The console derives the deployment name from the certificate's CN; it cannot differ.
        if (answers.serviceName && value !== firstLabel(answers.serviceName)) {
          problems.push(error('DEPLOYMENT_PREFIX_MISMATCH', { value, label: firstLabel(answers.serviceName) }));
        }
        return problems;
      },
      example: 'contosocmg',
    }),
    defineInput({ key: 'serverCertPath', step: 'server-certificate', kind: 'string', path: true, example: 'C:\\certs\\contosocmg.pfx' }),
    defineInput({
      key: 'serverCertPassword',
      step: 'server-certificate',
      kind: 'secret',
      relevant: (answers) => answers.serverCertPath !== undefined,
      required: () => true,
      example: 'env:CMG_SERVER_CERT_PASSWORD',
    }),
    defineInput({
      key: 'certTemplateGroup',
      step: 'server-certificate',
      kind: 'string',
      default: 'ConfigMgr Site Servers',
      validate: (value) => checkFreeText(value, 'CERT_TEMPLATE_GROUP_INVALID', 256),
      example: 'ConfigMgr Site Servers',
    }),
  ],
  plan({ answers }) {
    const findings: StepFinding[] = [];
    if (answers.serverCertPath) {
      // Honest about scope: the file exists, but its content is not inspected yet.
      findings.push({ ...info('CERT_CONTENT_NOT_CHECKED', { path: answers.serverCertPath }), input: 'serverCertPath' });
    } else {
      findings.push({ ...info('SERVER_CERT_NOT_GIVEN'), input: 'serverCertPath' });
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
    return { findings, artifacts: [], facts: { serviceName: answers.serviceName, deploymentName: deployment } };
  },
};
