import { CLOUDS, deploymentName } from '../../domain/clouds.ts';
import { connectionPointPorts, formatPortRange } from '../../domain/ports.ts';
import { findRegion } from '../../domain/regions.ts';
import { AS_GIVEN } from '../../domain/script-paths.ts';
import { atLeast, hasCmgCmdlets } from '../../domain/site.ts';
import { type Answers } from '../../model/answers.ts';
import { info, warning } from '../../model/findings.ts';
import { VM_SKUS } from '../../domain/azure-resources.ts';
import { classicConsoleWalkthrough, classicGatewayScript, vmssGatewayScript, waitForReadyScript } from './scripts.ts';
import { gatewayConsoleReason, mayNeedServerAppUpdate, passesTenantId, SCALE_SET_PARAMETERS_VERSION, type ConsoleReason } from './versions.ts';
import { scaleSetConsoleWalkthrough } from './walkthrough.ts';
import type { Artifact, Guidance, Step } from '../../model/step.ts';
import type { StepFinding } from '../../model/findings.ts';
import { runbookActions, runbookDiagram, runbookFiles, runbookParams } from './runbook.ts';
import { texts, type GatewayPurpose, type GatewayAction } from './texts.ts';
import { declaration } from './declaration.ts';

const CREATE = 'New-CmgGateway.ps1';
const WAIT = 'Wait-CmgReady.ps1';
const SCALE_SET_WALKTHROUGH = 'console-walkthrough-scale-set.md';

/** The parameters New-CmgGateway.ps1 takes from the installed cmdlet at run time (steps/gateway/parameters.ts). */
function runTimeParameterNames(answers: Answers): string {
  return ['-Version', '-VMSSVMSize', ...(passesTenantId(answers.siteVersion) ? ['-TenantId'] : []), ...(answers.useExistingResourceGroup ? ['-IsUsingExistingGroup'] : [])].join(', ');
}

function scaleSetFindings(answers: Answers, reason: ConsoleReason | undefined, walkthrough: string): StepFinding[] {
  const findings: StepFinding[] = [];
  const size = { vmSize: answers.vmSize, sku: VM_SKUS[answers.vmSize] };
  if (answers.vmSize === 'lab') findings.push({ ...warning('VM_SIZE_LAB'), input: 'vmSize' });
  if (reason === 'version') {
    // Below 2010 VMSS_SITE_VERSION (general step) already refuses a scale set: nothing to add.
    if (atLeast(answers.siteVersion, '2010')) findings.push({ ...warning('GATEWAY_CONSOLE_ONLY', { siteVersion: answers.siteVersion, file: walkthrough }), input: 'siteVersion' });
    // F-GW-2: no VM-size parameter before 2207, and what size the cmdlet makes without one is not documented.
    if (answers.vmSize !== 'standard') findings.push({ ...warning('VM_SIZE_NOT_SCRIPTABLE', { ...size, since: SCALE_SET_PARAMETERS_VERSION, file: walkthrough }), input: 'vmSize' });
  } else if (reason === 'existing-group') {
    findings.push({ ...warning('EXISTING_GROUP_CONSOLE_ONLY', { siteVersion: answers.siteVersion, resourceGroup: answers.resourceGroup ?? '', file: walkthrough }), input: 'useExistingResourceGroup' });
  } else {
    findings.push({ ...info('GATEWAY_PARAMETERS_AT_RUN_TIME', { ...size, parameters: runTimeParameterNames(answers) }), input: 'vmSize' });
  }
  if (mayNeedServerAppUpdate(answers.siteVersion)) findings.push(info('SERVER_APP_UPDATE', { siteVersion: answers.siteVersion, script: reason === undefined ? 'yes' : '' }));
  return findings;
}

function gatewayFindings(answers: Answers, folder: string): StepFinding[] {
  const findings: StepFinding[] = [];
  const ports = connectionPointPorts(answers.model, answers.vmCount).map(formatPortRange).join(', ');
  findings.push(info('CONNECTION_POINT_PORTS', { ports, vmCount: answers.vmCount }));
  if (answers.vmCount === 1) findings.push({ ...info('SINGLE_VM'), input: 'vmCount' });
  if (answers.verifyClientCrl) findings.push({ ...warning('VERIFY_CRL_ON'), input: 'verifyClientCrl' });
  if (answers.model === 'vmss') {
    findings.push(...scaleSetFindings(answers, gatewayConsoleReason(answers), `${folder}/${SCALE_SET_WALKTHROUGH}`));
  } else {
    if (!hasCmgCmdlets(answers.siteVersion)) findings.push({ ...info('CLASSIC_CONSOLE_ONLY', { siteVersion: answers.siteVersion }), input: 'siteVersion' });
    if (answers.trafficStopService) findings.push({ ...warning('TRAFFIC_STOP_CLASSIC'), input: 'trafficStopService' });
  }
  if (answers.trafficThresholdGb === undefined && answers.trafficStopService) findings.push({ ...warning('TRAFFIC_STOP_WITHOUT_THRESHOLD'), input: 'trafficStopService' });
  return findings;
}

export const gateway: Step<GatewayPurpose, GatewayAction> = {
  ...declaration,
  texts,
  runbookParams,
  runbookFiles,
  runbookDiagram,
  runbookActions,
  plan({ answers, position, folder, lang = 'en', scriptPath = AS_GIVEN }) {
    const findings = gatewayFindings(answers, folder);
    const at = (file: string) => `${folder}/${file}`;
    const region = findRegion(answers.region);
    const azureRegion = region?.azureRegion ?? answers.region;
    const facts: Record<string, unknown> = {
      deploymentName: deploymentName(answers.model, answers.cloud, answers.deploymentPrefix, answers.region),
      azureRegion,
      azureEnvironment: CLOUDS[answers.cloud].azureEnvironment,
      vmSku: answers.model === 'vmss' ? VM_SKUS[answers.vmSize] : undefined,
      connectionPointPorts: connectionPointPorts(answers.model, answers.vmCount),
    };
    const artifacts: Artifact<GatewayPurpose>[] = [];
    const guidance: Guidance[] = [];
    // The script names the certificate files as it can find them where it runs (script-paths.ts).
    const named = (path: string) => scriptPath(path, folder);
    const forScript: Answers = {
      ...answers,
      ...(answers.serverCertPath ? { serverCertPath: named(answers.serverCertPath) } : {}),
      ...(answers.managementCertPath ? { managementCertPath: named(answers.managementCertPath) } : {}),
      clientRootCerts: answers.clientRootCerts.map(named),
    };
    if (answers.model === 'vmss') {
      const reason = gatewayConsoleReason(answers);
      facts.creation = reason === undefined ? 'script' : 'console';
      if (reason === undefined) {
        artifacts.push({ path: at(CREATE), content: vmssGatewayScript(forScript, azureRegion, position, lang), purpose: 'gateway.create', runOn: 'site-server' });
      } else {
        // A script that might create a cloud service (classic), or ask Azure for a group that exists: the console instead.
        artifacts.push({ path: at(SCALE_SET_WALKTHROUGH), content: scaleSetConsoleWalkthrough(answers, reason, at(WAIT), lang), purpose: 'gateway.console-scale-set', runOn: 'site-server' });
      }
      if (mayNeedServerAppUpdate(answers.siteVersion)) guidance.push({ key: 'serverAppUpdate', params: { tenantId: answers.tenantId ?? '', script: reason === undefined ? 'yes' : '' } });
    } else {
      artifacts.push({ path: at('console-walkthrough-1610.md'), content: classicConsoleWalkthrough(answers, lang), purpose: 'gateway.console', runOn: 'site-server' });
      if (hasCmgCmdlets(answers.siteVersion)) {
        artifacts.push({ path: at(CREATE), content: classicGatewayScript(forScript, azureRegion, position, lang), purpose: 'gateway.create', runOn: 'site-server' });
      }
    }
    if (answers.model === 'vmss' || hasCmgCmdlets(answers.siteVersion)) {
      artifacts.push({ path: at(WAIT), content: waitForReadyScript(answers, position, lang), purpose: 'gateway.wait', runOn: 'site-server' });
    }
    return { findings, artifacts, ...(guidance.length > 0 ? { guidance } : {}), facts };
  },
};
