import { CLOUDS } from '../../domain/clouds.ts';
import { atLeast } from '../../domain/site.ts';
import { code, codeList } from '../../emit/runbook/markdown.ts';
import { catalogue } from '../../messages/i18n.ts';
import type { Lang } from '../../model/lang.ts';
import type { Answers } from '../../model/answers.ts';
import { VMSS_VM_SIZES } from '../../domain/azure-resources.ts';
import { TENANT_ID_VERSION, type ConsoleReason } from './versions.ts';

/** The version from which a scale-set CMG is no longer a pre-release feature (setup page L34). */
const SCALE_SET_GENERALLY_AVAILABLE = '2107';
/** F-GW-3: "Starting in version 2203, virtual machine scale set is the only option." (setup page L53). */
const SCALE_SET_ONLY = '2203';

/**
 * F-GW-14: the current-branch console procedure, "Set up a CMG" (setup-cloud-management-gateway.md at
 * a4024aea, L33-L111), with the admin's values: what step 4 writes instead of New-CmgGateway.ps1 when
 * a script cannot be sure to do what the answers ask (steps/gateway/versions.ts). Each line follows the
 * page: the feature (L33-L36, L57), the top-level site (L38), the path (L40-L42), the General page
 * (L44-L73: Virtual machine scale set, L51; the 2309 tenant and app, L68), the Settings page (L77-L107:
 * resource group L85-L89, VM size L91, instances L96, certificates L98-L101, the three options
 * L103-L107), the Alerts page (L109), and the Status column (L113).
 */
export function scaleSetConsoleWalkthrough(answers: Answers, reason: ConsoleReason, waitScript: string, lang: Lang = 'en'): string {
  const text = catalogue(lang).documents.scaleSetWalkthrough;
  const spans = {
    environment: code(CLOUDS[answers.cloud].azureEnvironment),
    subscriptionId: code(answers.subscriptionId),
    tenantId: code(answers.tenantId ?? ''),
    resourceGroup: code(answers.resourceGroup ?? ''),
    region: code(answers.region),
  };
  const settings = [
    ...(answers.description ? [text.description({ description: code(answers.description) })] : []),
    text.region({ region: spans.region }),
    answers.useExistingResourceGroup ? text.resourceGroupExisting({ resourceGroup: spans.resourceGroup, region: spans.region }) : text.resourceGroupNew({ resourceGroup: spans.resourceGroup }),
    text.vmSize({ vmSize: code(VMSS_VM_SIZES[answers.vmSize].console) }),
    text.vmCount({ vmCount: code(answers.vmCount) }),
    answers.clientAuth === 'pki' ? text.certificates({ certificates: codeList(answers.clientRootCerts) }) : text.certificatesNone,
    answers.verifyClientCrl ? text.revocationKept : text.revocationCleared,
    answers.enforceTls12 ? text.tls12On : text.tls12Off,
    answers.contentEnabled ? text.contentOn : text.contentOff,
  ];
  const classicOffered = atLeast(answers.siteVersion, SCALE_SET_ONLY) ? '' : 'yes';
  const general = atLeast(answers.siteVersion, TENANT_ID_VERSION) ? text.generalPage2309(spans) : text.generalPage({ ...spans, classicOffered });
  const why = reason === 'version' ? text.whyVersion({ siteVersion: code(answers.siteVersion), classicOffered }) : text.whyExistingGroup({ siteVersion: code(answers.siteVersion) });
  const lines = [
    `# ${text.title}`,
    '',
    `> ${why}`,
    '',
    ...(text.labelsNote ? [text.labelsNote, ''] : []),
    `## ${text.createTitle}`,
    '',
    text.topLevel,
    '',
    `1. ${atLeast(answers.siteVersion, SCALE_SET_GENERALLY_AVAILABLE) ? text.featureOptional : text.featurePreRelease}`,
    `2. ${text.createPath}`,
    `3. ${general}`,
    `4. ${text.settingsPage({ serverCert: answers.serverCertPath ? code(answers.serverCertPath) : '', serviceName: code(answers.serviceName) })}`,
    ...settings.map((line) => `   - ${line}`),
    `5. ${
      answers.trafficThresholdGb === undefined
        ? text.alertsNone
        : text.alerts({ thresholdGb: answers.trafficThresholdGb, warningPct: answers.trafficWarningPct, criticalPct: answers.trafficCriticalPct, stop: answers.trafficStopService })
    }`,
    `6. ${text.finish({ waitScript: code(waitScript) })}`,
    '',
  ];
  return lines.join('\r\n');
}
