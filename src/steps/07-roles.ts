import { checkFqdnList } from '../domain/fqdn.ts';
import { hasCmgCmdlets } from '../domain/site.ts';
import { psMessage, renderScript, scriptTexts, type PsParameter } from '../emit/powershell.ts';
import type { Lang } from '../ui/i18n.ts';
import type { ScriptTexts } from '../ui/messages/types.ts';
import type { Answers } from '../wizard/answers.ts';
import { info, warning } from '../wizard/findings.ts';
import { defineInput } from '../wizard/inputs.ts';
import { stepFolder } from './ids.ts';
import { siteParameters } from './site-parameters.ts';
import type { Step, StepFinding } from './step.ts';

interface RoleLoop {
  variable: string;
  getCommand: string;
  setLine: string;
  /** The role's texts: not a role of the site, the ShouldProcess action, done. */
  text: ScriptTexts['roles']['managementPoint'];
}

/**
 * Get-CMManagementPoint, Get-CMSoftwareUpdatePoint and Get-CMDistributionPoint take
 * -SiteSystemServerName and -SiteCode (their SearchByName set in the cmdlet reference): a server
 * that does not hold the role stops the script before anything changes.
 */
function roleLoop({ variable, getCommand, setLine, text }: RoleLoop): string[] {
  return [
    `foreach ($server in ${variable}) {`,
    `    $role = ${getCommand} -SiteSystemServerName $server -SiteCode $SiteCode`,
    '    if (-not $role) {',
    `        throw ${psMessage(text.missing, '$server', '$SiteCode')}`,
    '    }',
    `    if ($PSCmdlet.ShouldProcess($server, ${psMessage(text.action)})) {`,
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
  const body = [
    // Since 1902 Set-CMManagementPoint refuses -EnableCloudGateway unless the MP uses SSL.
    ...roleLoop({
      variable: '$ManagementPoints',
      getCommand: 'Get-CMManagementPoint',
      setLine: 'Set-CMManagementPoint -SiteSystemServerName $server -SiteCode $SiteCode -EnableSsl $true -EnableCloudGateway $true',
      text: text.managementPoint,
    }),
    ...roleLoop({
      variable: '$SoftwareUpdatePoints',
      getCommand: 'Get-CMSoftwareUpdatePoint',
      setLine: 'Set-CMSoftwareUpdatePoint -SiteSystemServerName $server -SiteCode $SiteCode -EnableCloudGateway $true',
      text: text.softwareUpdatePoint,
    }),
    // Set-CMDistributionPoint has no EnableCloudGateway parameter: it is an alias of -AllowProxyTraffic.
    ...(classic
      ? roleLoop({
          variable: '$DistributionPoints',
          getCommand: 'Get-CMDistributionPoint',
          setLine: 'Set-CMDistributionPoint -SiteSystemServerName $server -SiteCode $SiteCode -AllowProxyTraffic $true',
          text: text.distributionPoint,
        })
      : []),
  ];
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
