import { checkDeploymentPrefix } from '../../domain/azure-names.ts';
import { checkCertTemplate } from '../../domain/cert-template.ts';
import { firstLabel } from '../../domain/fqdn.ts';
import { checkServiceName } from '../../domain/service-name.ts';
import { error } from '../../model/findings.ts';
import { defineInput } from '../../model/inputs.ts';
import { inputTexts } from './input-texts.ts';
import { checkFreeText } from '../shared/free-text.ts';
import type { StepDeclaration } from '../../model/step.ts';

/** This step's id, title and inputs: all that --help, `steps` and `schema` need (src/steps/declarations.ts); index.ts plans from them. */
export const declaration = {
  id: 'server-certificate',
  title: { en: 'Server certificate', fr: 'Certificat serveur' },
  inputs: [
    defineInput({
      key: 'serviceName',
      step: 'server-certificate',
      texts: inputTexts.serviceName,
      kind: 'string',
      required: () => true,
      // Its first label is the deployment prefix (derived, not asked): a name whose label cannot be
      // one is refused here, at its own prompt, rather than leaving a prefix no value can satisfy.
      validate: (value, answers) => {
        const problems = checkServiceName(value, answers);
        return problems.length > 0 ? problems : checkDeploymentPrefix(firstLabel(value), answers.model ?? 'vmss');
      },
      example: 'contosocmg.contoso.com',
    }),
    defineInput({
      key: 'deploymentPrefix',
      step: 'server-certificate',
      texts: inputTexts.deploymentPrefix,
      kind: 'string',
      derived: true,
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
    defineInput({ key: 'serverCertPath', step: 'server-certificate', texts: inputTexts.serverCertPath, kind: 'string', path: true, example: 'C:\\certs\\contosocmg.pfx' }),
    defineInput({
      key: 'serverCertPassword',
      step: 'server-certificate',
      texts: inputTexts.serverCertPassword,
      kind: 'secret',
      relevant: (answers) => answers.serverCertPath !== undefined,
      required: () => true,
      example: 'env:CMG_SERVER_CERT_PASSWORD',
    }),
    defineInput({
      key: 'certTemplateGroup',
      step: 'server-certificate',
      texts: inputTexts.certTemplateGroup,
      kind: 'string',
      default: 'ConfigMgr Site Servers',
      // The group is what the template gives Read + Enroll so that the site servers can request the
      // certificate (cmg-reference.md step 1): with a .pfx in hand that request is done, and no
      // script or INF of this step uses the group. Not asked then; the runbook's template procedure
      // names the default, as for an admin who kept it.
      relevant: (answers) => answers.serverCertPath === undefined,
      validate: (value) => checkFreeText(value, 'CERT_TEMPLATE_GROUP_INVALID', 256),
      example: 'ConfigMgr Site Servers',
    }),
    // What the certreq INF asks an enterprise CA for, and `cert request --template` takes the same
    // value. Only where the wizard writes a request: no .pfx given.
    defineInput({
      key: 'certTemplate',
      step: 'server-certificate',
      texts: inputTexts.certTemplate,
      kind: 'string',
      relevant: (answers) => answers.serverCertPath === undefined,
      validate: (value) => checkCertTemplate(value),
      example: 'CmgServer',
    }),
  ],
} satisfies StepDeclaration;
