import { checkFqdnList } from '../domain/fqdn.ts';
import { hasCmgCmdlets } from '../domain/site.ts';
import { renderScript, type PsParameter } from '../emit/powershell.ts';
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
  what: string;
}

/**
 * Get-CMManagementPoint, Get-CMSoftwareUpdatePoint and Get-CMDistributionPoint take
 * -SiteSystemServerName and -SiteCode (their SearchByName set in the cmdlet reference): a server
 * that does not hold the role stops the script before anything changes.
 */
function roleLoop({ variable, getCommand, setLine, what }: RoleLoop): string[] {
  return [
    `foreach ($server in ${variable}) {`,
    `    $role = ${getCommand} -SiteSystemServerName $server -SiteCode $SiteCode`,
    '    if (-not $role) {',
    `        throw ('{0} is not a ${what} of site {1}.' -f $server, $SiteCode)`,
    '    }',
    `    if ($PSCmdlet.ShouldProcess($server, 'Allow cloud management gateway traffic on the ${what}')) {`,
    `        ${setLine}`,
    `        Write-Host ('{0}: ${what} accepts CMG traffic.' -f $server)`,
    '    }',
    '}',
  ];
}

function rolesScript(answers: Answers): string {
  const classic = answers.model === 'classic';
  const parameters: PsParameter[] = [
    ...siteParameters(answers),
    { name: 'ManagementPoints', type: 'string[]', default: answers.managementPoints, help: 'Management points that accept CMG traffic.' },
    { name: 'SoftwareUpdatePoints', type: 'string[]', default: answers.softwareUpdatePoints, help: 'Software update points that accept CMG traffic.' },
  ];
  if (classic) parameters.push({ name: 'DistributionPoints', type: 'string[]', default: answers.distributionPoints, help: 'Distribution points (the 1610 article only).' });
  const body = [
    // Since 1902 Set-CMManagementPoint refuses -EnableCloudGateway unless the MP uses SSL.
    ...roleLoop({
      variable: '$ManagementPoints',
      getCommand: 'Get-CMManagementPoint',
      setLine: 'Set-CMManagementPoint -SiteSystemServerName $server -SiteCode $SiteCode -EnableSsl $true -EnableCloudGateway $true',
      what: 'management point',
    }),
    ...roleLoop({
      variable: '$SoftwareUpdatePoints',
      getCommand: 'Get-CMSoftwareUpdatePoint',
      setLine: 'Set-CMSoftwareUpdatePoint -SiteSystemServerName $server -SiteCode $SiteCode -EnableCloudGateway $true',
      what: 'software update point',
    }),
    // Set-CMDistributionPoint has no EnableCloudGateway parameter: it is an alias of -AllowProxyTraffic.
    ...(classic
      ? roleLoop({
          variable: '$DistributionPoints',
          getCommand: 'Get-CMDistributionPoint',
          setLine: 'Set-CMDistributionPoint -SiteSystemServerName $server -SiteCode $SiteCode -AllowProxyTraffic $true',
          what: 'distribution point',
        })
      : []),
  ];
  return renderScript({
    synopsis: 'Step 7 of 8: lets management points and software update points accept CMG traffic.',
    description: classic
      ? 'Sets -EnableCloudGateway on every management point (with SSL) and software update point, and -AllowProxyTraffic on the distribution points the 1610 article lists.'
      : 'Sets -EnableCloudGateway on every management point (with SSL) and software update point. Setting the same values again changes nothing.',
    parameters,
    siteDrive: true,
    body,
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
  plan({ answers }) {
    if (!hasCmgCmdlets(answers.siteVersion)) {
      // 1610: no cmdlet for this step yet; the walkthrough of step 4 covers it in the console.
      return { findings: [{ ...info('CLASSIC_CONSOLE_ONLY', { siteVersion: answers.siteVersion }), input: 'siteVersion' }], artifacts: [], facts: {} };
    }
    const findings: StepFinding[] = [info('MP_SSL_REQUIRED', { count: answers.managementPoints.length })];
    if (answers.softwareUpdatePoints.length === 0) findings.push({ ...warning('ROLES_NO_SUP'), input: 'softwareUpdatePoints' });
    if (answers.model === 'classic' && answers.distributionPoints.length > 0) findings.push({ ...warning('CLASSIC_DISTRIBUTION_POINTS'), input: 'distributionPoints' });
    const path = `${stepFolder('roles')}/Enable-CmgTraffic.ps1`;
    return { findings, artifacts: [{ path, content: rolesScript(answers), purpose: 'roles.enable', runOn: 'site-server' }], facts: {} };
  },
};
