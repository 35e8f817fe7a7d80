import { siteTargets } from '../../domain/hierarchy.ts';
import { connectionPointPorts, formatPortRange } from '../../domain/ports.ts';
import { hasCmgCmdlets } from '../../domain/site.ts';
import { psMessage, renderScript } from '../../emit/powershell.ts';
import type { Lang } from '../../model/lang.ts';
import type { Answers } from '../../model/answers.ts';
import { info, warning } from '../../model/findings.ts';
import { findGatewayFunction, gatewayNameFunction } from '../shared/gateway-lookup.ts';
import { SITE_CONTROL_PROPERTY_TEST } from '../shared/site-control-properties.ts';
import { siteParameters } from '../shared/site-parameters.ts';
import type { Step, StepPosition } from '../../model/step.ts';
import type { StepFinding } from '../../model/findings.ts';
import { runbookActions, runbookDiagram, runbookFiles, runbookParams } from './runbook.ts';
import { texts, type ConnectionPointPurpose, type ConnectionPointAction } from './texts.ts';
import { connectionPointTexts } from './script-texts.ts';
import { declaration } from './declaration.ts';

/** What the script does when the server already holds a connection point (its -ExistingConnectionPoint). */
const EXISTING_CHOICES = ['Stop', 'Keep', 'Relink'] as const;

function connectionPointScript(answers: Answers, step: StepPosition, lang: Lang): string {
  const text = connectionPointTexts[lang];
  const proxy = answers.proxyServer !== undefined;
  return renderScript({
    step,
    synopsis: text.synopsis,
    description: text.description,
    parameters: [
      ...siteParameters(answers, lang),
      { name: 'ServiceName', type: 'string', default: answers.serviceName, help: text.serviceNameHelp },
      { name: 'ConnectionPointServer', type: 'string', default: answers.connectionPointServer, help: text.connectionPointServerHelp },
      ...(proxy
        ? ([
            { name: 'ProxyServer', type: 'string', default: answers.proxyServer ?? '', help: text.proxyServerHelp },
            { name: 'ProxyPort', type: 'int', default: answers.proxyPort ?? 0, help: text.proxyPortHelp },
          ] as const)
        : []),
      { name: 'ExistingConnectionPoint', type: 'string', default: 'Stop', help: text.existingConnectionPointHelp },
    ],
    siteDrive: true,
    lang,
    body: [
      'if ($ExistingConnectionPoint -notin ' + EXISTING_CHOICES.map((choice) => `'${choice}'`).join(', ') + ') {',
      `    throw ${psMessage(text.existingChoiceInvalid, '$ExistingConnectionPoint')}`,
      '}',
      // The role can only go on a server that is already a site system, and serves an existing CMG:
      // both are checked before anything changes.
      '$server = Get-CMSiteSystemServer -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode',
      'if (-not $server) {',
      `    throw ${psMessage(text.notSiteSystem, '$ConnectionPointServer', '$SiteCode')}`,
      '}',
      // F-GW-9: the CMG whose ServiceCName is the service name, from the list of every CMG (steps/shared/gateway-lookup.ts).
      ...findGatewayFunction(lang),
      ...gatewayNameFunction(lang),
      '$gateway = Find-CmgGateway -ServiceName $ServiceName',
      'if (-not $gateway) {',
      `    throw ${psMessage(text.noGateway, '$ServiceName')}`,
      '}',
      // A server's connection point names one CMG (Set-CMCloudManagementGatewayConnectionPoint
      // "changes the CMG that the site system server connects to", documented-facts.md F-CP-1), but
      // which one is in no documented property: Get-CMCloudManagementGatewayConnectionPoint returns
      // SMS_SCI_SysResUse, whose Props are undocumented for this role (F-CP-2). So an existing role
      // is never reported as "already configured": the script stops before any change unless the
      // admin, having looked in the console, says Keep or Relink.
      '$existing = Get-CMCloudManagementGatewayConnectionPoint -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode',
      "if ($existing -and $ExistingConnectionPoint -eq 'Stop') {",
      `    throw ${psMessage(text.existingUnknown, '$ConnectionPointServer', '$ServiceName')}`,
      '}',
      // The name Add-/Set- take (-CloudManagementGatewayName, undocumented form): found before any
      // change, and it stops here when no form answers (steps/shared/gateway-lookup.ts). Keep needs no name.
      "if (-not ($existing -and $ExistingConnectionPoint -eq 'Keep')) {",
      '    $gatewayName = Get-CmgGatewayName -Gateway $gateway',
      '}',
      ...(proxy
        ? [
            ...SITE_CONTROL_PROPERTY_TEST,
            "$proxySet = (Test-CmgSiteControlProperty $server 'UseProxy' 'Value' 1) -and (Test-CmgSiteControlProperty $server 'ProxyName' 'Value2' $ProxyServer) -and (Test-CmgSiteControlProperty $server 'ProxyServerPort' 'Value' $ProxyPort)",
            'if ($proxySet) {',
            `    Write-Host ${psMessage(text.proxyAlreadyConfigured, '$ConnectionPointServer', '$ProxyServer', '$ProxyPort')}`,
            '}',
            `elseif ($PSCmdlet.ShouldProcess($ConnectionPointServer, ${psMessage(text.proxyAction)})) {`,
            '    Set-CMSiteSystemServer -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode -EnableProxy $true -ProxyServerName $ProxyServer -ProxyServerPort $ProxyPort',
            `    Write-Host ${psMessage(text.proxyDone, '$ConnectionPointServer', '$ProxyServer', '$ProxyPort')}`,
            '}',
          ]
        : []),
      "if ($existing -and $ExistingConnectionPoint -eq 'Keep') {",
      `    Write-Host ${psMessage(text.existingKept, '$ConnectionPointServer', '$ServiceName')}`,
      '}',
      'elseif ($existing) {',
      `    if ($PSCmdlet.ShouldProcess($ConnectionPointServer, ${psMessage(text.relinkAction, '$ServiceName')})) {`,
      '        Set-CMCloudManagementGatewayConnectionPoint -CloudManagementGatewayName $gatewayName -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode | Out-Null',
      `        Write-Host ${psMessage(text.relinked, '$ConnectionPointServer', '$ServiceName')}`,
      '    }',
      '}',
      `elseif ($PSCmdlet.ShouldProcess($ConnectionPointServer, ${psMessage(text.addAction)})) {`,
      '    Add-CMCloudManagementGatewayConnectionPoint -CloudManagementGatewayName $gatewayName -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode | Out-Null',
      `    Write-Host ${psMessage(text.added, '$ConnectionPointServer', '$ServiceName')}`,
      '}',
    ],
  });
}

export const connectionPoint: Step<ConnectionPointPurpose, ConnectionPointAction> = {
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
    const findings: StepFinding[] = [];
    const ports = connectionPointPorts(answers.model, answers.vmCount);
    if (answers.proxyServer && answers.model === 'classic') findings.push({ ...warning('CLASSIC_PROXY_TCP_TLS'), input: 'proxyServer' });
    if (answers.proxyServer) findings.push({ ...info('PROXY_PORTS', { ports: ports.filter((port) => port.protocol === 'HTTPS').map(formatPortRange).join(', ') }), input: 'proxyServer' });
    // configure-authentication.md (F-MP-9): the connection point needs a client authentication
    // certificate only with PKI client authentication and an HTTPS management point; not when the
    // site uses Enhanced HTTP.
    // One connection point per primary site of a hierarchy, each with that site's code and SMS Provider (F-HIER-1).
    const targets = siteTargets(answers);
    for (const { answers: site } of targets) {
      if (site.clientAuth === 'pki' && site.managementPointSecurity === 'https') findings.push(info('CONNECTION_POINT_CLIENT_CERT', { server: site.connectionPointServer }));
    }
    for (const { answers: site } of targets) findings.push(info('CONNECTION_POINT_EXISTING', { server: site.connectionPointServer, serviceName: site.serviceName }));
    const artifacts = targets.map((target) => ({
      path: `${folder}/${target.folder}Add-CmgConnectionPoint.ps1`,
      content: connectionPointScript(target.answers, position, lang),
      purpose: 'connection-point.add' as const,
      runOn: 'site-server' as const,
      ...(target.site ? { site: target.site } : {}),
    }));
    return { findings, artifacts, facts: { ports } };
  },
};
