import { code, codeBlock } from '../../../emit/runbook/markdown.ts';
import { catalogue } from '../../../messages/i18n.ts';
import type { Lang } from '../../../model/lang.ts';
import type { DocumentTexts } from '../../../messages/types.ts';
import type { Answers } from '../../../model/answers.ts';
import type { DesiredClientState } from './desired-state.ts';

/**
 * ccmsetup command lines for new internet-only clients (cmg-reference.md step 8, S31, S13;
 * memdocs about-client-installation-properties.md and deploy-clients-cmg-token.md):
 * - `/mp:https://<CMG>/CCM_Proxy_MutualAuth/<MP role ID>` and `CCMHOSTNAME=<CMG>/CCM_Proxy_MutualAuth/<MP role ID>`
 *   (no https:// there), then `SMSSITECODE`; parameters (/x) before properties (X=);
 * - pki: `/UsePKICert`; `/NoCRLCheck` when the site does not have clients check the CRL;
 * - token (2002+): `/regtoken:<bulk token>` from `BulkRegistrationTokenTool.exe /new`, and `SMSMP`:
 *   about-client-installation-properties.md (/regtoken) says "When you use this parameter, also
 *   include" /mp, CCMHOSTNAME, SMSSITECODE and SMSMP, while deploy-clients-cmg-token.md's example,
 *   "the other required setup parameters and properties", has no SMSMP (documented-facts.md
 *   F-CLI-4, CONTRADICTED). The line carries it, as the stricter page asks: SMSMP only names the
 *   client's initial management point ("Specifies an initial management point for the
 *   Configuration Manager client to use"), so a command with it works under either page. Its value
 *   is the first CMG-enabled MP, `https://` in front when that MP takes HTTPS only ("If the
 *   management point only accepts client connections over HTTPS, prefix the management point name
 *   with https://", same page, SMSMP);
 * - entra: `AADTENANTID`, `AADCLIENTAPPID`, `AADRESOURCEURI`, and no /UsePKICert (with it the
 *   client cannot get the Entra onboarding information from the CMG);
 * - `CCMALWAYSINF=1` when the rollout sets ClientAlwaysOnInternet: the same choice for new clients.
 * The MP role ID is only known once the CMG runs: the text says where to read it and the
 * command carries a placeholder that cannot be mistaken for a value.
 */
export const MP_ROLE_ID = 'MP_ROLE_ID';
export const BULK_REGISTRATION_TOKEN = 'BULK_REGISTRATION_TOKEN';
export const SERVER_APP_ID_URI = 'SERVER_APP_ID_URI';

type CcmsetupAnswers = Pick<Answers, 'clientAuth' | 'siteCode' | 'clientsCheckCrl' | 'tenantId' | 'clientAppClientId' | 'serverAppClientId' | 'managementPoints' | 'managementPointSecurity'>;

/** SMSMP: the first CMG-enabled management point, `https://` in front when it accepts HTTPS only (step 7's choice). */
export function smsmpValue(answers: Pick<Answers, 'managementPoints' | 'managementPointSecurity'>): string {
  return `${answers.managementPointSecurity === 'https' ? 'https://' : ''}${answers.managementPoints[0] ?? ''}`;
}

/** The command line, parameters first; placeholders where cmg-setup cannot know the value. */
export function ccmsetupCommand(state: DesiredClientState, answers: CcmsetupAnswers): string {
  const endpoint = `${state.serviceName}/CCM_Proxy_MutualAuth/${MP_ROLE_ID}`;
  const parameters = [`/mp:https://${endpoint}`];
  const properties = [`CCMHOSTNAME=${endpoint}`, `SMSSITECODE=${answers.siteCode}`];
  if (answers.clientAuth === 'pki') {
    parameters.push('/UsePKICert');
    if (!answers.clientsCheckCrl) parameters.push('/NoCRLCheck');
  } else if (answers.clientAuth === 'token') {
    parameters.push(`/regtoken:${BULK_REGISTRATION_TOKEN}`);
    properties.push(`SMSMP=${smsmpValue(answers)}`);
  } else {
    properties.push(`AADTENANTID=${answers.tenantId ?? 'TENANT_ID'}`, `AADCLIENTAPPID=${answers.clientAppClientId ?? 'CLIENT_APP_ID'}`, `AADRESOURCEURI=${SERVER_APP_ID_URI}`);
  }
  if (state.alwaysOnInternet === 'set') properties.push('CCMALWAYSINF=1');
  return ['ccmsetup.exe', ...parameters, ...properties].join(' ');
}

type Text = DocumentTexts['ccmsetup'];

function authSection(answers: CcmsetupAnswers, text: Text): string[] {
  if (answers.clientAuth === 'pki') {
    return [
      `## 2. ${text.pkiTitle}`,
      '',
      text.pkiCertificate,
      '',
      answers.clientsCheckCrl ? text.pkiCrlChecked : text.pkiNoCrlCheck,
    ];
  }
  if (answers.clientAuth === 'token') {
    return [
      `## 2. ${text.tokenTitle}`,
      '',
      text.tokenWhere,
      '',
      ...codeBlock(['BulkRegistrationTokenTool.exe /new']),
      '',
      text.tokenCopy({ placeholder: code(BULK_REGISTRATION_TOKEN) }),
      '',
      text.tokenSmsmp({ mp: code(`SMSMP=${smsmpValue(answers)}`) }),
    ];
  }
  const serverApp = answers.serverAppClientId ?? 'SERVER_APP_CLIENT_ID';
  return [
    `## 2. ${text.entraTitle}`,
    '',
    text.entraJoined,
    '',
    text.entraUri({ placeholder: code(SERVER_APP_ID_URI) }),
    '',
    ...codeBlock([`az ad app show --id ${serverApp} --query identifierUris --output tsv`]),
    '',
    text.entraPortal,
  ];
}

/** `ccmsetup-internet-clients.md`, CRLF, in the language of --lang (commands and log lines as they are). */
export function ccmsetupMarkdown(state: DesiredClientState, answers: CcmsetupAnswers, lang: Lang = 'en'): string {
  const text = catalogue(lang).documents.ccmsetup;
  const lines = [
    `# ${text.title}`,
    '',
    text.intro({ serviceName: code(state.serviceName), siteCode: code(answers.siteCode), share: code(`\\\\${text.siteServerPlaceholder}\\SMS_${answers.siteCode}\\Client`) }),
    '',
    `## 1. ${text.mpRoleIdTitle}`,
    '',
    text.mpRoleIdIntro({ endpoint: code(`${state.serviceName}/CCM_Proxy_MutualAuth/${text.mpRoleIdPlaceholder}`) }),
    '',
    ...codeBlock(["(Get-CimInstance -Namespace 'root\\ccm\\LocationServices' -ClassName 'SMS_ActiveMPCandidate' | Where-Object { $_.Type -eq 'Internet' }).MP"], 'powershell'),
    '',
    text.mpRoleIdResult({ example: code(`${state.serviceName}/CCM_Proxy_MutualAuth/72057594037927939`), placeholder: code(MP_ROLE_ID) }),
    '',
    ...authSection(answers, text),
    '',
    `## 3. ${text.commandTitle}`,
    '',
    ...codeBlock([ccmsetupCommand(state, answers)]),
    '',
    state.alwaysOnInternet === 'set' ? text.alwaysOn : text.notAlwaysOn,
    '',
    text.check,
    '',
  ];
  return lines.join('\r\n');
}
