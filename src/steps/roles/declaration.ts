import { checkFqdnList } from '../../domain/fqdn.ts';
import { isHierarchy } from '../../domain/hierarchy.ts';
import { MANAGEMENT_POINT_SECURITIES } from '../../model/answers.ts';
import { defineInput } from '../../model/inputs.ts';
import { inputTexts } from './input-texts.ts';
import type { StepDeclaration } from '../../model/step.ts';

/** This step's id, title and inputs: all that --help, `steps` and `schema` need (src/steps/declarations.ts); index.ts plans from them. */
export const declaration = {
  id: 'roles',
  title: { en: 'Management and software update points', fr: 'Points de gestion et de mise à jour logicielle' },
  inputs: [
    // In a hierarchy each primary site lists its own roles (primarySites; "Do this procedure on the primary site", F-HIER-2).
    defineInput({ key: 'managementPoints', step: 'roles', texts: inputTexts.managementPoints, kind: 'list', relevant: (answers) => !isHierarchy(answers), required: () => true, validate: (value) => checkFqdnList(value), example: 'mp01.contoso.com,mp02.contoso.com' }),
    defineInput({ key: 'softwareUpdatePoints', step: 'roles', texts: inputTexts.softwareUpdatePoints, kind: 'list', default: [], relevant: (answers) => !isHierarchy(answers), validate: (value) => checkFqdnList(value), example: 'sup01.contoso.com' }),
    defineInput({
      key: 'distributionPoints',
      step: 'roles',
      texts: inputTexts.distributionPoints,
      kind: 'list',
      default: [],
      relevant: (answers) => answers.model === 'classic',
      validate: (value) => checkFqdnList(value),
      example: 'dp01.contoso.com',
    }),
    /**
     * The default keeps every client type working (documented-facts.md F-MP-12): Enhanced HTTP
     * serves PKI, Entra and token clients through the CMG (enhanced-http.md, scenario 1: "Microsoft
     * Entra joined devices and devices with a Configuration Manager issued token can communicate
     * with a management point configured for HTTP if you enable enhanced HTTP for the site";
     * configure-authentication.md: internet clients "using Azure AD or a client authentication
     * certificate can securely communicate through the CMG with this management point"), and
     * intranet clients keep HTTP. HTTPS cuts off intranet clients without a client certificate and
     * the token clients' intranet registration (F-MP-4). Classic keeps the 1610 article's HTTPS
     * (its clients all have PKI certificates; Enhanced HTTP came later).
     */
    defineInput({
      key: 'managementPointSecurity',
      step: 'roles',
      texts: inputTexts.managementPointSecurity,
      kind: 'choice',
      choices: MANAGEMENT_POINT_SECURITIES,
      default: (answers) => (answers.model === 'classic' ? 'https' : 'enhanced-http'),
      example: 'enhanced-http',
    }),
    defineInput({ key: 'managementPointsInternetOnly', step: 'roles', texts: inputTexts.managementPointsInternetOnly, kind: 'boolean', default: false, example: 'false' }),
  ],
} satisfies StepDeclaration;
