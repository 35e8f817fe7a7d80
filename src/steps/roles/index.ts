import { allRoleServers, siteTargets } from '../../domain/hierarchy.ts';
import { hasCmgCmdlets } from '../../domain/site.ts';
import { fillText, psMessage, renderScript, type PsParameter } from '../../emit/powershell.ts';
import type { Lang } from '../../model/lang.ts';
import { type Answers } from '../../model/answers.ts';
import { info, warning } from '../../model/findings.ts';
import { SITE_CONTROL_PROPERTY_TEST } from '../shared/site-control-properties.ts';
import { siteParameters } from '../shared/site-parameters.ts';
import type { Step, StepPosition } from '../../model/step.ts';
import type { StepFinding } from '../../model/findings.ts';
import { runbookActions, runbookDiagram, runbookFiles, runbookParams } from './runbook.ts';
import { texts, type RolesPurpose, type RolesAction } from './texts.ts';
import { rolesTexts, type RolesTexts } from './script-texts.ts';
import { declaration } from './declaration.ts';

type RoleTexts = RolesTexts['managementPoint'];

interface RoleLoop {
  /** The script parameter listing the servers, e.g. `ManagementPoints`. */
  list: string;
  getCommand: string;
  /** PowerShell condition on `$role`: the role is as this script wants it already. */
  configured: string;
  /** PowerShell expression: what ShouldProcess announces for `$role`. */
  action: string;
  /** The lines that change the role of `$server`. */
  setLines: string[];
  /** Not a role of the site, already configured, done. */
  missing: string;
  alreadyConfigured: string;
  done: string;
}

/** The roles found for one list, by server: `$ManagementPoints` -> `$managementPointRoles`. */
const found = (list: string) => `$${list[0]?.toLowerCase()}${list.slice(1, -1)}Roles`;

/**
 * Get-CMManagementPoint, Get-CMSoftwareUpdatePoint and Get-CMDistributionPoint take
 * -SiteSystemServerName and -SiteCode (their SearchByName set in the cmdlet reference). Every
 * server of every list is looked up before anything changes: one that does not hold its role
 * stops the script with the site as it was.
 */
function findRoles({ list, getCommand, missing }: RoleLoop): string[] {
  return [
    `${found(list)} = [ordered]@{}`,
    `foreach ($server in $${list}) {`,
    `    $role = ${getCommand} -SiteSystemServerName $server -SiteCode $SiteCode`,
    '    if (-not $role) {',
    `        throw ${psMessage(missing, '$server', '$SiteCode')}`,
    '    }',
    `    ${found(list)}[$server] = $role`,
    '}',
  ];
}

function enableRoles({ list, configured, action, setLines, alreadyConfigured, done }: RoleLoop): string[] {
  return [
    `foreach ($server in ${found(list)}.Keys) {`,
    `    $role = ${found(list)}[$server]`,
    `    if (${configured}) {`,
    `        Write-Host ${psMessage(alreadyConfigured, '$server')}`,
    '    }',
    `    elseif ($PSCmdlet.ShouldProcess($server, ${action})) {`,
    ...setLines.map((line) => `        ${line}`),
    `        Write-Host ${psMessage(done, '$server')}`,
    '    }',
    '}',
  ];
}

// AllowProxyTraffic is the site control property -EnableCloudGateway (and the DP's
// -AllowProxyTraffic) sets (site-control-properties.ts).
const CLOUD_TRAFFIC = "Test-CmgSiteControlProperty $role 'AllowProxyTraffic' 'Value' 1";
// SslState 1 (HTTPS) or 3 (always HTTPS): the SMS_SCI_SysResUse class page's table.
const HTTPS_STATE = '$role.SslState -in 1, 3';
// Internet only: MPInternetFacing 1 and MPIntranetFacing 0 are the Props community tooling reads
// for -ClientConnectionType (dsccommunity/ConfigMgrCBDsc DSC_CMManagementPoint.psm1 at
// 213da8af80819f05a2460cd06d4699d6f1daa91d, Get-TargetResource; UNCONFIRMED,
// documented-facts.md F-MP-10): not found, the script sets the value again.
const INTERNET_ONLY = "(Test-CmgSiteControlProperty $role 'MPInternetFacing' 'Value' 1) -and (Test-CmgSiteControlProperty $role 'MPIntranetFacing' 'Value' 0)";

/**
 * The management points, as the admin chose to secure them (documented-facts.md F-MP-1: a
 * CMG-enabled management point "needs to require HTTPS, or configure the site for Enhanced HTTP").
 * - Enhanced HTTP: the MP stays HTTP (configure-authentication.md: "you can configure the
 *   management point for HTTP"), so the script never passes -EnableSsl, and an MP that is already
 *   HTTPS stays so. Set-CMManagementPoint "block[s] user to enable cloud gateway
 *   (-EnableCloudGateway) without SSL" since 1902 (its release notes), "to align with UI", and the
 *   console allows it on an HTTP MP once the site has Enhanced HTTP: whether the cmdlet does too is
 *   not documented (F-MP-11). So the call is made, and a refusal stops the script with what to do
 *   (the console checkbox), rather than switching the MP to HTTPS.
 * - HTTPS: -EnableSsl $true with -EnableCloudGateway (required together since 1902). ShouldProcess
 *   says, for an MP that is not HTTPS yet, that it is switched to HTTPS and what that does to
 *   clients without a client certificate (F-MP-4): -WhatIf shows it before anything changes.
 * - Internet only (configure-authentication.md: "Configure the CMG-enabled management points as
 *   Internet only. Then your on-premises clients don't try to use them."): -ClientConnectionType
 *   Internet in the same call; 1902 "added code to reset client connection type when
 *   enable/disable cloud gateway", so the type is never set in a call of its own.
 */
function managementPointLoop(answers: Answers, text: RolesTexts): RoleLoop {
  const mp: RoleTexts = text.managementPoint;
  const internetOnly = answers.managementPointsInternetOnly;
  const https = answers.managementPointSecurity === 'https';
  const connection = internetOnly ? ' -ClientConnectionType Internet' : '';
  const configured = [...(https ? [HTTPS_STATE] : []), CLOUD_TRAFFIC, ...(internetOnly ? [INTERNET_ONLY] : [])].map((test) => `(${test})`).join(' -and ');
  const setLines = https
    ? [`Set-CMManagementPoint -SiteSystemServerName $server -SiteCode $SiteCode -EnableSsl $true -EnableCloudGateway $true${connection}`]
    : [
        'try {',
        `    Set-CMManagementPoint -SiteSystemServerName $server -SiteCode $SiteCode -EnableCloudGateway $true${connection}`,
        '}',
        'catch {',
        `    throw ${psMessage(text.managementPointRefused, '$server', '$_.Exception.Message')}`,
        '}',
        // F-MP-11: the 1902 "block" on -EnableCloudGateway without SSL may come as no error at all
        // (a warning, or a call that changes nothing). So the MP is read again: AllowProxyTraffic
        // (the Prop -EnableCloudGateway sets, community name, site-control-properties.ts) not 1 is
        // a refusal. A site whose Props have no AllowProxyTraffic cannot be checked that way: the
        // script says so rather than claim either outcome.
        '$role = Get-CMManagementPoint -SiteSystemServerName $server -SiteCode $SiteCode',
        "if (@($role.Props | Where-Object { $_.PropertyName -ceq 'AllowProxyTraffic' }).Count -eq 0) {",
        `    Write-Warning ${psMessage(text.managementPointUnverified, '$server')}`,
        '}',
        `elseif (-not (${CLOUD_TRAFFIC})) {`,
        `    throw ${psMessage(text.managementPointRefused, '$server', psMessage(text.managementPointNotApplied))}`,
        '}',
      ];
  // Review S2: with Internet only, ShouldProcess (and -WhatIf) names what on-premises clients lose.
  const plainAction = psMessage(internetOnly ? text.managementPointInternetOnlyAction : mp.action);
  const httpsAction = psMessage(internetOnly ? text.managementPointHttpsInternetOnlyAction : text.managementPointHttpsAction);
  return {
    list: 'ManagementPoints',
    getCommand: 'Get-CMManagementPoint',
    configured,
    action: https ? `$(if (${HTTPS_STATE}) { ${plainAction} } else { ${httpsAction} })` : plainAction,
    setLines,
    missing: mp.missing,
    alreadyConfigured: internetOnly ? text.managementPointInternetOnlyAlready : mp.alreadyConfigured,
    done: internetOnly ? text.managementPointInternetOnlyDone : mp.done,
  };
}

/**
 * Before any management point is made Internet only, the site must keep one for its on-premises
 * clients: another management point of the site, not known to be Internet only already.
 * NetworkOSPath is `\\<server>` (SMS_SCI_SysResUse class page); Where-Object, never WQL.
 */
function intranetGuard(text: RolesTexts): string[] {
  return [
    "$intranetManagementPoints = @(Get-CMManagementPoint -SiteCode $SiteCode | Where-Object { $ManagementPoints -notcontains ($_.NetworkOSPath -replace '^\\\\\\\\', '') -and -not (Test-CmgSiteControlProperty $_ 'MPIntranetFacing' 'Value' 0) })",
    'if ($intranetManagementPoints.Count -eq 0) {',
    `    throw ${psMessage(text.noIntranetManagementPoint, '$SiteCode')}`,
    '}',
  ];
}

function rolesScript(answers: Answers, step: StepPosition, lang: Lang): string {
  const text = rolesTexts[lang];
  const classic = answers.model === 'classic';
  const parameters: PsParameter[] = [
    ...siteParameters(answers, lang),
    { name: 'ManagementPoints', type: 'string[]', default: answers.managementPoints, help: text.managementPointsHelp },
    { name: 'SoftwareUpdatePoints', type: 'string[]', default: answers.softwareUpdatePoints, help: text.softwareUpdatePointsHelp },
  ];
  if (classic) parameters.push({ name: 'DistributionPoints', type: 'string[]', default: answers.distributionPoints, help: text.distributionPointsHelp });
  const role = (list: string, getCommand: string, setLine: string, texts: RoleTexts): RoleLoop => ({
    list,
    getCommand,
    configured: CLOUD_TRAFFIC,
    action: psMessage(texts.action),
    setLines: [setLine],
    missing: texts.missing,
    alreadyConfigured: texts.alreadyConfigured,
    done: texts.done,
  });
  const loops: RoleLoop[] = [
    managementPointLoop(answers, text),
    role('SoftwareUpdatePoints', 'Get-CMSoftwareUpdatePoint', 'Set-CMSoftwareUpdatePoint -SiteSystemServerName $server -SiteCode $SiteCode -EnableCloudGateway $true', text.softwareUpdatePoint),
    // Set-CMDistributionPoint has no EnableCloudGateway parameter: it is an alias of -AllowProxyTraffic.
    ...(classic ? [role('DistributionPoints', 'Get-CMDistributionPoint', 'Set-CMDistributionPoint -SiteSystemServerName $server -SiteCode $SiteCode -AllowProxyTraffic $true', text.distributionPoint)] : []),
  ];
  const sentences = [
    answers.managementPointSecurity === 'https' ? text.httpsSentence : text.enhancedHttpSentence,
    ...(answers.managementPointsInternetOnly ? [text.internetOnlySentence] : []),
  ];
  const body = [
    ...SITE_CONTROL_PROPERTY_TEST,
    ...loops.flatMap(findRoles),
    ...(answers.managementPointsInternetOnly ? intranetGuard(text) : []),
    ...loops.flatMap(enableRoles),
  ];
  return renderScript({
    step,
    synopsis: text.synopsis,
    description: fillText(classic ? text.classicDescription : text.vmssDescription, sentences.join(' ')),
    parameters,
    siteDrive: true,
    body,
    lang,
  });
}

/** What the plan says about the management points, for the way the admin chose to secure them. */
function managementPointFindings(answers: Answers): StepFinding[] {
  const count = answers.managementPoints.length;
  const findings: StepFinding[] = [];
  if (answers.managementPointSecurity === 'https') {
    findings.push({ ...warning('MP_HTTPS_INTRANET_CLIENTS', { count }), input: 'managementPointSecurity' });
    // deploy-clients-cmg-token.md: "With an HTTPS management point, the client needs to first register
    // regardless of internet/intranet management point" with a PKI certificate, an Entra token or a
    // bulk registration token: the intranet registration with a self-signed certificate is gone.
    if (answers.clientAuth === 'token') findings.push({ ...warning('MP_HTTPS_TOKEN_REGISTRATION'), input: 'managementPointSecurity' });
  } else {
    findings.push({ ...info('MP_ENHANCED_HTTP', { count }), input: 'managementPointSecurity' });
  }
  if (answers.managementPointsInternetOnly) findings.push({ ...warning('MP_INTERNET_ONLY', { count }), input: 'managementPointsInternetOnly' });
  return findings;
}

export const roles: Step<RolesPurpose, RolesAction> = {
  ...declaration,
  texts,
  runbookParams,
  runbookFiles,
  runbookDiagram,
  runbookActions,
  plan({ answers, position, folder, lang = 'en' }) {
    if (!hasCmgCmdlets(answers.siteVersion)) {
      // 1610: no cmdlet for this step yet; the walkthrough of step 4 covers it in the console.
      return { findings: [{ ...info('CLASSIC_CONSOLE_ONLY', { siteVersion: answers.siteVersion }), input: 'siteVersion' }], artifacts: [], facts: {} };
    }
    // One script per primary site of a hierarchy, with that site's roles (F-HIER-2); the CAS has none.
    const targets = siteTargets(answers);
    const findings: StepFinding[] = [];
    findings.push(...managementPointFindings({ ...answers, managementPoints: allRoleServers(answers).managementPoints }));
    for (const target of targets) {
      if (target.answers.softwareUpdatePoints.length === 0) {
        findings.push(target.site ? { ...warning('ROLES_NO_SUP_SITE', { siteCode: target.site }), input: 'primarySites' } : { ...warning('ROLES_NO_SUP'), input: 'softwareUpdatePoints' });
      }
    }
    if (answers.model === 'classic' && answers.distributionPoints.length > 0) findings.push({ ...warning('CLASSIC_DISTRIBUTION_POINTS'), input: 'distributionPoints' });
    const artifacts = targets.map((target) => ({
      path: `${folder}/${target.folder}Enable-CmgTraffic.ps1`,
      content: rolesScript(target.answers, position, lang),
      purpose: 'roles.enable' as const,
      runOn: 'site-server' as const,
      ...(target.site ? { site: target.site } : {}),
    }));
    return {
      findings,
      artifacts,
      facts: { managementPointSecurity: answers.managementPointSecurity, internetOnly: answers.managementPointsInternetOnly },
    };
  },
};
