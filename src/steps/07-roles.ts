import { checkFqdnList } from '../domain/fqdn.ts';
import { hasCmgCmdlets } from '../domain/site.ts';
import { psMessage, renderScript, scriptTexts, type PsParameter } from '../emit/powershell.ts';
import type { Lang } from '../ui/i18n.ts';
import type { ScriptTexts } from '../ui/messages/types.ts';
import type { Answers } from '../wizard/answers.ts';
import { info, warning } from '../wizard/findings.ts';
import { defineInput } from '../wizard/inputs.ts';
import { stepFolder } from './ids.ts';
import { SITE_CONTROL_PROPERTY_TEST } from './site-control-properties.ts';
import { siteParameters } from './site-parameters.ts';
import type { Step, StepFinding } from './step.ts';

interface RoleLoop {
  /** The script parameter listing the servers, e.g. `ManagementPoints`. */
  list: string;
  getCommand: string;
  /** PowerShell condition on `$role`: the role accepts CMG traffic already. */
  configured: string;
  setLine: string;
  /** The role's texts: not a role of the site, already configured, the ShouldProcess action, done. */
  text: ScriptTexts['roles']['managementPoint'];
}

/** The roles found for one list, by server: `$ManagementPoints` -> `$managementPointRoles`. */
const found = (list: string) => `$${list[0]?.toLowerCase()}${list.slice(1, -1)}Roles`;

/**
 * Get-CMManagementPoint, Get-CMSoftwareUpdatePoint and Get-CMDistributionPoint take
 * -SiteSystemServerName and -SiteCode (their SearchByName set in the cmdlet reference). Every
 * server of every list is looked up before anything changes: one that does not hold its role
 * stops the script with the site as it was.
 */
function findRoles({ list, getCommand, text }: RoleLoop): string[] {
  return [
    `${found(list)} = [ordered]@{}`,
    `foreach ($server in $${list}) {`,
    `    $role = ${getCommand} -SiteSystemServerName $server -SiteCode $SiteCode`,
    '    if (-not $role) {',
    `        throw ${psMessage(text.missing, '$server', '$SiteCode')}`,
    '    }',
    `    ${found(list)}[$server] = $role`,
    '}',
  ];
}

function enableRoles({ list, configured, setLine, text }: RoleLoop): string[] {
  return [
    `foreach ($server in ${found(list)}.Keys) {`,
    `    $role = ${found(list)}[$server]`,
    `    if (${configured}) {`,
    `        Write-Host ${psMessage(text.alreadyConfigured, '$server')}`,
    '    }',
    `    elseif ($PSCmdlet.ShouldProcess($server, ${psMessage(text.action)})) {`,
    `        ${setLine}`,
    `        Write-Host ${psMessage(text.done, '$server')}`,
    '    }',
    '}',
  ];
}

function rolesScript(answers: Answers, lang: Lang): string {
  const text = scriptTexts(lang).roles;
  const classic = answers.model === 'classic';
  const parameters: PsParameter[] = [
    ...siteParameters(answers, lang),
    { name: 'ManagementPoints', type: 'string[]', default: answers.managementPoints, help: text.managementPointsHelp },
    { name: 'SoftwareUpdatePoints', type: 'string[]', default: answers.softwareUpdatePoints, help: text.softwareUpdatePointsHelp },
  ];
  if (classic) parameters.push({ name: 'DistributionPoints', type: 'string[]', default: answers.distributionPoints, help: text.distributionPointsHelp });
  // AllowProxyTraffic is the site control property -EnableCloudGateway (and the DP's
  // -AllowProxyTraffic) sets (site-control-properties.ts); SslState 1 or 3 is HTTPS
  // (SMS_SCI_SysResUse class page).
  const cloudTraffic = "Test-CmgSiteControlProperty $role 'AllowProxyTraffic' 'Value' 1";
  const loops: RoleLoop[] = [
    // Since 1902 Set-CMManagementPoint refuses -EnableCloudGateway unless the MP uses SSL.
    {
      list: 'ManagementPoints',
      getCommand: 'Get-CMManagementPoint',
      configured: `($role.SslState -in 1, 3) -and (${cloudTraffic})`,
      setLine: 'Set-CMManagementPoint -SiteSystemServerName $server -SiteCode $SiteCode -EnableSsl $true -EnableCloudGateway $true',
      text: text.managementPoint,
    },
    {
      list: 'SoftwareUpdatePoints',
      getCommand: 'Get-CMSoftwareUpdatePoint',
      configured: cloudTraffic,
      setLine: 'Set-CMSoftwareUpdatePoint -SiteSystemServerName $server -SiteCode $SiteCode -EnableCloudGateway $true',
      text: text.softwareUpdatePoint,
    },
    // Set-CMDistributionPoint has no EnableCloudGateway parameter: it is an alias of -AllowProxyTraffic.
    ...(classic
      ? [
          {
            list: 'DistributionPoints',
            getCommand: 'Get-CMDistributionPoint',
            configured: cloudTraffic,
            setLine: 'Set-CMDistributionPoint -SiteSystemServerName $server -SiteCode $SiteCode -AllowProxyTraffic $true',
            text: text.distributionPoint,
          },
        ]
      : []),
  ];
  const body = [...SITE_CONTROL_PROPERTY_TEST, ...loops.flatMap(findRoles), ...loops.flatMap(enableRoles)];
  return renderScript({
    synopsis: text.synopsis,
    description: classic ? text.classicDescription : text.vmssDescription,
    parameters,
    siteDrive: true,
    body,
    lang,
  });
}

export const roles: Step = {
  id: 'roles',
  inputs: [
    defineInput({ key: 'managementPoints', step: 'roles', kind: 'list', required: () => true, validate: (value) => checkFqdnList(value), example: 'mp01.contoso.com,mp02.contoso.com' }),
    defineInput({ key: 'softwareUpdatePoints', step: 'roles', kind: 'list', default: [], validate: (value) => checkFqdnList(value), example: 'sup01.contoso.com' }),
    defineInput({
      key: 'distributionPoints',
      step: 'roles',
      kind: 'list',
      default: [],
      relevant: (answers) => answers.model === 'classic',
      validate: (value) => checkFqdnList(value),
      example: 'dp01.contoso.com',
    }),
  ],
  plan({ answers, lang = 'en' }) {
    if (!hasCmgCmdlets(answers.siteVersion)) {
      // 1610: no cmdlet for this step yet; the walkthrough of step 4 covers it in the console.
      return { findings: [{ ...info('CLASSIC_CONSOLE_ONLY', { siteVersion: answers.siteVersion }), input: 'siteVersion' }], artifacts: [], facts: {} };
    }
    const findings: StepFinding[] = [info('MP_SSL_REQUIRED', { count: answers.managementPoints.length })];
    if (answers.softwareUpdatePoints.length === 0) findings.push({ ...warning('ROLES_NO_SUP'), input: 'softwareUpdatePoints' });
    if (answers.model === 'classic' && answers.distributionPoints.length > 0) findings.push({ ...warning('CLASSIC_DISTRIBUTION_POINTS'), input: 'distributionPoints' });
    const path = `${stepFolder('roles')}/Enable-CmgTraffic.ps1`;
    return { findings, artifacts: [{ path, content: rolesScript(answers, lang), purpose: 'roles.enable', runOn: 'site-server' }], facts: {} };
  },
};
