import { checkFqdn } from '../../domain/fqdn.ts';
import { checkPrimarySites, PRIMARY_SITE_FIELDS } from '../../domain/hierarchy.ts';
import { checkSiteCode } from '../../domain/site.ts';
import type { PartialAnswers } from '../../model/answers.ts';
import { defineInput } from '../../model/inputs.ts';
import { inputTexts } from './input-texts.ts';
import type { StepDeclaration } from '../../model/step.ts';

export function usesPkiClientCertificates(answers: PartialAnswers): boolean {
  return answers.model === 'classic' || answers.clientAuth === 'pki';
}

/** This step's id, title and inputs: all that --help, `steps` and `schema` need (src/steps/declarations.ts); index.ts plans from them. */
export const declaration = {
  id: 'site',
  title: { en: 'Site settings', fr: 'Paramètres du site' },
  inputs: [
    defineInput({
      key: 'siteCode',
      step: 'site',
      texts: inputTexts.siteCode,
      kind: 'string',
      required: () => true,
      // Site codes are case-insensitive; the console and the site drive show them in capitals.
      normalize: (value) => value.toUpperCase(),
      validate: checkSiteCode,
      example: 'P01',
    }),
    defineInput({ key: 'smsProvider', step: 'site', texts: inputTexts.smsProvider, kind: 'string', required: () => true, validate: (value) => checkFqdn(value), example: 'cm01.contoso.com' }),
    /**
     * The primary sites below a central administration site (siteCode/smsProvider above are then
     * the CAS's: steps 3 and 4 run against it). Never asked (a records input). Current branch
     * only: the classic 1610 walkthrough and goldens stay one site. documented-facts.md F-HIER-1..5.
     */
    defineInput({
      key: 'primarySites',
      step: 'site',
      texts: inputTexts.primarySites,
      kind: 'records',
      fields: PRIMARY_SITE_FIELDS,
      // No default: absent means a standalone primary, and plan.json stays as it was.
      relevant: (answers) => answers.model === 'vmss',
      validate: (value, answers) => checkPrimarySites(value, answers),
      example: '[{"siteCode":"P01","smsProvider":"cm01.contoso.com","connectionPointServer":"cmgcp01.contoso.com","managementPoints":["mp01.contoso.com"],"softwareUpdatePoints":["sup01.contoso.com"]}]',
    }),
    // Only PKI client authentication uses them (siteParts; the ccmsetup line's /NoCRLCheck too):
    // "In CB this step applies only when clients use PKI client-auth certificates" (cmg-reference.md step 5).
    defineInput({ key: 'usePkiClientCert', step: 'site', texts: inputTexts.usePkiClientCert, kind: 'boolean', default: true, relevant: usesPkiClientCertificates, advanced: true, example: 'true' }),
    defineInput({ key: 'clientsCheckCrl', step: 'site', texts: inputTexts.clientsCheckCrl, kind: 'boolean', default: false, relevant: usesPkiClientCertificates, example: 'false' }),
  ],
} satisfies StepDeclaration;
