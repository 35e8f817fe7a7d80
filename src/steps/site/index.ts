import { isHierarchy, siteTargets } from '../../domain/hierarchy.ts';
import { fillText, indent, psMessage, renderScript } from '../../emit/powershell.ts';
import type { Lang } from '../../model/lang.ts';
import type { Answers } from '../../model/answers.ts';
import { error, info, warning } from '../../model/findings.ts';
import { siteParameters } from '../shared/site-parameters.ts';
import type { Step, StepPosition } from '../../model/step.ts';
import type { StepFinding } from '../../model/findings.ts';
import { runbookDiagram, runbookFiles, runbookParams } from './runbook.ts';
import { texts, type SitePurpose } from './texts.ts';
import { siteTexts } from './script-texts.ts';
import { declaration, usesPkiClientCertificates } from './declaration.ts';

/** Which settings the site script makes: PKI client certificates (and the CRL option), Enhanced HTTP. */
interface SiteParts {
  pki: boolean;
  enhancedHttp: boolean;
}

/**
 * In current branch the PKI client-certificate settings matter only for PKI client
 * authentication; classic clients are all PKI. Enhanced HTTP is the site option the admin chose to
 * secure the CMG-enabled management points with (step 7, documented-facts.md F-MP-1/F-MP-2).
 */
function siteParts(answers: Answers): SiteParts {
  return { pki: usesPkiClientCertificates(answers), enhancedHttp: answers.managementPointSecurity === 'enhanced-http' };
}

/**
 * Set-CMSite -UseSmsGeneratedCert (alias UseConfigurationManagerGeneratedCertificateForHttp) is
 * "the site property to Use Configuration Manager-generated certificates for HTTP site systems"
 * (Set-CMSite.md L870-L884, in all three parameter sets; F-MP-2). The page gained it in May 2020
 * ("refresh for 2002") and no release note names the version that added it, so the script looks
 * at this console's Set-CMSite before anything changes, and stops with the console path when the
 * parameter is not there; -SetEnhancedHttp $false lets it go on once the admin has done that.
 * Enhanced HTTP is a per-site setting (enhanced-http.md L119, F-HIER-3).
 */
const ENHANCED_HTTP_PARAMETER = "(Get-Command -Name Set-CMSite).Parameters.ContainsKey('UseSmsGeneratedCert')";

function siteScript(answers: Answers, step: StepPosition, lang: Lang, parts: SiteParts): string {
  const text = siteTexts[lang];
  const pkiArguments = parts.pki ? ' -UsePkiClientCertificate $UsePkiClientCertificate -ClientCheckCertificateRevocationListForSiteSystem $ClientsCheckCrl' : '';
  const pkiDone = parts.pki ? [`Write-Host ${psMessage(text.done, '$SiteCode', '$UsePkiClientCertificate', '$ClientsCheckCrl')}`] : [];
  const setSite = (enhancedHttp: boolean) => [
    `Set-CMSite -SiteCode $SiteCode${pkiArguments}${enhancedHttp ? ' -UseSmsGeneratedCert $true' : ''}`,
    ...pkiDone,
    ...(enhancedHttp ? [`Write-Host ${psMessage(text.enhancedHttpDone, '$SiteCode')}`] : []),
  ];
  // The two settings are not exposed as documented properties to compare first; Set-CMSite with
  // the same values is itself idempotent.
  const change = parts.enhancedHttp
    ? [
        'if ($SetEnhancedHttp -and -not ' + ENHANCED_HTTP_PARAMETER + ') {',
        `    throw ${psMessage(text.noEnhancedHttpParameter, '$SiteCode')}`,
        '}',
        ...(parts.pki
          ? []
          : ['if (-not $SetEnhancedHttp) {', `    Write-Host ${psMessage(text.nothingToSet, '$SiteCode')}`, '    return', '}']),
        `if ($PSCmdlet.ShouldProcess($SiteCode, ${psMessage(text.action)})) {`,
        ...(parts.pki ? ['    if ($SetEnhancedHttp) {', ...indent(setSite(true), 2), '    }', '    else {', ...indent(setSite(false), 2), '    }'] : indent(setSite(true))),
        '}',
      ]
    : [`if ($PSCmdlet.ShouldProcess($SiteCode, ${psMessage(text.action)})) {`, ...indent(setSite(false)), '}'];
  const sentences = [...(parts.pki ? [text.pkiSentence] : []), ...(parts.enhancedHttp ? [text.enhancedHttpSentence] : [])];
  return renderScript({
    step,
    synopsis: text.synopsis,
    description: fillText(text.description, sentences.join(' ')),
    parameters: [
      ...siteParameters(answers, lang),
      ...(parts.pki
        ? ([
            { name: 'UsePkiClientCertificate', type: 'bool', default: answers.usePkiClientCert, help: text.usePkiClientCertificateHelp },
            { name: 'ClientsCheckCrl', type: 'bool', default: answers.clientsCheckCrl, help: text.clientsCheckCrlHelp },
          ] as const)
        : []),
      ...(parts.enhancedHttp ? ([{ name: 'SetEnhancedHttp', type: 'bool', default: true, help: text.setEnhancedHttpHelp }] as const) : []),
    ],
    siteDrive: true,
    lang,
    body: [
      '$site = Get-CMSite -SiteCode $SiteCode',
      'if (-not $site) {',
      `    throw ${psMessage(text.notFound, '$SiteCode', '$SmsProvider')}`,
      '}',
      ...change,
    ],
  });
}

export const site: Step<SitePurpose> = {
  ...declaration,
  texts,
  runbookParams,
  runbookFiles,
  runbookDiagram,
  plan({ answers, position, folder, lang = 'en' }) {
    const findings: StepFinding[] = [];
    const parts = siteParts(answers);
    const targets = siteTargets(answers);
    if (isHierarchy(answers)) {
      findings.push({ ...info('HIERARCHY_SITES', { siteCode: answers.siteCode, primaries: targets.map((target) => target.site ?? '').join(', ') }), input: 'primarySites' });
    }
    if (!parts.pki && !parts.enhancedHttp) {
      findings.push(info('SITE_STEP_NOT_NEEDED', { clientAuth: answers.clientAuth }));
      return { findings, artifacts: [], facts: {} };
    }
    if (parts.pki && !answers.usePkiClientCert) findings.push({ ...error('SITE_PKI_OFF'), input: 'usePkiClientCert' });
    if (parts.pki && answers.clientsCheckCrl) findings.push({ ...warning('CLIENTS_CHECK_CRL_ON'), input: 'clientsCheckCrl' });
    // Enhanced HTTP is per site (F-HIER-3): each primary's script sets it for that primary.
    for (const target of targets) {
      if (parts.enhancedHttp) findings.push({ ...info('SITE_ENHANCED_HTTP_PER_SITE', { siteCode: target.answers.siteCode }), input: 'managementPointSecurity' });
    }
    const artifacts = targets.map((target) => ({
      path: `${folder}/${target.folder}Set-CmgSiteSettings.ps1`,
      content: siteScript(target.answers, position, lang, parts),
      purpose: 'site.settings' as const,
      runOn: 'site-server' as const,
      ...(target.site ? { site: target.site } : {}),
    }));
    return {
      findings,
      artifacts,
      facts: { siteCode: answers.siteCode, pkiClientSettings: parts.pki, enhancedHttp: parts.enhancedHttp, ...(isHierarchy(answers) ? { primarySites: targets.map((target) => target.site) } : {}) },
    };
  },
};
