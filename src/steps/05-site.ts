import { checkFqdn } from '../domain/fqdn.ts';
import { checkSiteCode } from '../domain/site.ts';
import { psMessage, renderScript, scriptTexts } from '../emit/powershell.ts';
import type { Lang } from '../ui/i18n.ts';
import type { Answers } from '../wizard/answers.ts';
import { error, info, warning } from '../wizard/findings.ts';
import { defineInput } from '../wizard/inputs.ts';
import { stepFolder } from './ids.ts';
import { siteParameters } from './site-parameters.ts';
import type { Step, StepFinding } from './step.ts';

function siteScript(answers: Answers, lang: Lang): string {
  const text = scriptTexts(lang).site;
  return renderScript({
    synopsis: text.synopsis,
    description: text.description,
    parameters: [
      ...siteParameters(answers, lang),
      { name: 'UsePkiClientCertificate', type: 'bool', default: answers.usePkiClientCert, help: text.usePkiClientCertificateHelp },
      { name: 'ClientsCheckCrl', type: 'bool', default: answers.clientsCheckCrl, help: text.clientsCheckCrlHelp },
    ],
    siteDrive: true,
    lang,
    body: [
      '$site = Get-CMSite -SiteCode $SiteCode',
      'if (-not $site) {',
      `    throw ${psMessage(text.notFound, '$SiteCode', '$SmsProvider')}`,
      '}',
      // The two settings are not exposed as documented properties to compare first; Set-CMSite
      // with the same values is itself idempotent.
      `if ($PSCmdlet.ShouldProcess($SiteCode, ${psMessage(text.action)})) {`,
      '    Set-CMSite -SiteCode $SiteCode -UsePkiClientCertificate $UsePkiClientCertificate -ClientCheckCertificateRevocationListForSiteSystem $ClientsCheckCrl',
      `    Write-Host ${psMessage(text.done, '$SiteCode', '$UsePkiClientCertificate', '$ClientsCheckCrl')}`,
      '}',
    ],
  });
}

export const site: Step = {
  id: 'site',
  inputs: [
    defineInput({
      key: 'siteCode',
      step: 'site',
      kind: 'string',
      required: () => true,
      // Site codes are case-insensitive; the console and the site drive show them in capitals.
      normalize: (value) => value.toUpperCase(),
      validate: checkSiteCode,
      example: 'P01',
    }),
    defineInput({ key: 'smsProvider', step: 'site', kind: 'string', required: () => true, validate: (value) => checkFqdn(value), example: 'cm01.contoso.com' }),
    defineInput({ key: 'usePkiClientCert', step: 'site', kind: 'boolean', default: true, example: 'true' }),
    defineInput({ key: 'clientsCheckCrl', step: 'site', kind: 'boolean', default: false, example: 'false' }),
  ],
  plan({ answers, lang = 'en' }) {
    const findings: StepFinding[] = [];
    // In current branch this step matters only for PKI client authentication.
    if (answers.model === 'vmss' && answers.clientAuth !== 'pki') {
      findings.push(info('SITE_STEP_NOT_NEEDED', { clientAuth: answers.clientAuth }));
      return { findings, artifacts: [], facts: {} };
    }
    if (!answers.usePkiClientCert) findings.push({ ...error('SITE_PKI_OFF'), input: 'usePkiClientCert' });
    if (answers.clientsCheckCrl) findings.push({ ...warning('CLIENTS_CHECK_CRL_ON'), input: 'clientsCheckCrl' });
    const path = `${stepFolder('site')}/Set-CmgSiteSettings.ps1`;
    return { findings, artifacts: [{ path, content: siteScript(answers, lang), purpose: 'site.settings', runOn: 'site-server' }], facts: { siteCode: answers.siteCode } };
  },
};
