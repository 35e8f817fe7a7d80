import { CLOUDS, deploymentName } from '../../domain/clouds.ts';
import { connectionPointPorts, formatPortRange } from '../../domain/ports.ts';
import { checkRegion, findRegion } from '../../domain/regions.ts';
import { AS_GIVEN } from '../../domain/script-paths.ts';
import { atLeast, hasCmgCmdlets } from '../../domain/site.ts';
import { VM_SIZES, type Answers } from '../../model/answers.ts';
import type { Code } from '../../model/codes.ts';
import { error, info, warning } from '../../model/findings.ts';
import { defineInput } from '../../model/inputs.ts';
import { inputTexts } from './input-texts.ts';
import { checkFreeText } from '../shared/free-text.ts';
import { VM_SKUS } from '../../domain/azure-resources.ts';
import { classicConsoleWalkthrough, classicGatewayScript, vmssGatewayScript, waitForReadyScript } from './scripts.ts';
import { gatewayConsoleReason, mayNeedServerAppUpdate, passesTenantId, SCALE_SET_PARAMETERS_VERSION, type ConsoleReason } from './versions.ts';
import { scaleSetConsoleWalkthrough } from './walkthrough.ts';
import type { Artifact, Guidance, Step } from '../../model/step.ts';
import type { StepFinding } from '../../model/findings.ts';
import { runbookActions, runbookDiagram, runbookFiles, runbookParams } from './runbook.ts';
import { texts, type GatewayPurpose, type GatewayAction } from './texts.ts';

const isVmss = (answers: { model?: string }) => answers.model !== 'classic';
/**
 * The alert's percentages and its stop option apply to a threshold: without one the scripts pass
 * none of them (-TrafficOutGB 0 skips the whole alert) and the walkthroughs say "no alert".
 */
const hasThreshold = (answers: { trafficThresholdGb?: number }) => answers.trafficThresholdGb !== undefined;
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

function range(code: Code, min: number, max: number) {
  return (value: number) => (value < min || value > max ? [error(code, { value, min, max })] : []);
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
  id: 'gateway',
  texts,
  runbookParams,
  runbookFiles,
  runbookDiagram,
  runbookActions,
  inputs: [
    defineInput({
      key: 'region',
      step: 'gateway',
      texts: inputTexts.region,
      kind: 'string',
      required: () => true,
      normalize: (value) => findRegion(value)?.location ?? value,
      validate: (value, answers) => checkRegion(value, answers.cloud ?? 'public'),
      example: 'westeurope',
    }),
    defineInput({ key: 'vmCount', step: 'gateway', texts: inputTexts.vmCount, kind: 'integer', default: 1, validate: range('VM_COUNT_RANGE', 1, 16), example: '2' }),
    defineInput({ key: 'vmSize', step: 'gateway', texts: inputTexts.vmSize, kind: 'choice', choices: VM_SIZES, default: 'standard', relevant: isVmss, advanced: true, example: 'standard' }),
    defineInput({ key: 'verifyClientCrl', step: 'gateway', texts: inputTexts.verifyClientCrl, kind: 'boolean', default: false, example: 'false' }),
    defineInput({ key: 'enforceTls12', step: 'gateway', texts: inputTexts.enforceTls12, kind: 'boolean', default: true, relevant: isVmss, advanced: true, example: 'true' }),
    defineInput({ key: 'contentEnabled', step: 'gateway', texts: inputTexts.contentEnabled, kind: 'boolean', default: true, relevant: isVmss, advanced: true, example: 'true' }),
    defineInput({ key: 'trafficThresholdGb', step: 'gateway', texts: inputTexts.trafficThresholdGb, kind: 'integer', validate: range('TRAFFIC_THRESHOLD_RANGE', 1, 1_000_000), example: '10000' }),
    defineInput({ key: 'trafficWarningPct', step: 'gateway', texts: inputTexts.trafficWarningPct, kind: 'integer', default: 50, relevant: hasThreshold, validate: range('TRAFFIC_PCT_RANGE', 1, 99), advanced: true, example: '50' }),
    defineInput({
      key: 'trafficCriticalPct',
      step: 'gateway',
      texts: inputTexts.trafficCriticalPct,
      kind: 'integer',
      default: 90,
      relevant: hasThreshold,
      validate: (value, answers) => {
        const outOfRange = range('TRAFFIC_PCT_RANGE', 1, 100)(value);
        if (outOfRange.length > 0) return outOfRange;
        const warningPct = answers.trafficWarningPct ?? 50;
        return value <= warningPct ? [error('TRAFFIC_PCT_ORDER', { warning: warningPct, critical: value })] : [];
      },
      advanced: true,
      example: '90',
    }),
    // Stopping the CMG at the critical threshold arrived in 1902 (cmg-reference.md section 0 and
    // "Traffic threshold alerts"): the classic syntax, 1810 at the latest, has no such parameter.
    defineInput({ key: 'trafficStopService', step: 'gateway', texts: inputTexts.trafficStopService, kind: 'boolean', default: false, relevant: (answers) => isVmss(answers) && hasThreshold(answers), advanced: true, example: 'false' }),
    defineInput({ key: 'description', step: 'gateway', texts: inputTexts.description, kind: 'string', validate: (value) => checkFreeText(value, 'DESCRIPTION_INVALID', 512), advanced: true, example: 'Contoso CMG (production)' }),
  ],
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
