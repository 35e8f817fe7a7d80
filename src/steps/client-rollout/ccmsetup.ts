import type { Answers } from '../../wizard/answers.ts';
import type { DesiredClientState } from './desired-state.ts';

/**
 * ccmsetup command lines for new internet-only clients (cmg-reference.md step 8, S31, S13;
 * memdocs about-client-installation-properties.md and deploy-clients-cmg-token.md):
 * - `/mp:https://<CMG>/CCM_Proxy_MutualAuth/<MP role ID>` and `CCMHOSTNAME=<CMG>/CCM_Proxy_MutualAuth/<MP role ID>`
 *   (no https:// there), then `SMSSITECODE`; parameters (/x) before properties (X=);
 * - pki: `/UsePKICert`; `/NoCRLCheck` when the site does not have clients check the CRL;
 * - token (2002+): `/regtoken:<bulk token>` from `BulkRegistrationTokenTool.exe /new`;
 * - entra: `AADTENANTID`, `AADCLIENTAPPID`, `AADRESOURCEURI`, and no /UsePKICert (with it the
 *   client cannot get the Entra onboarding information from the CMG);
 * - `CCMALWAYSINF=1` when the desired state keeps ClientAlwaysOnInternet: otherwise the
 *   rollout would remove what the installer set.
 * The MP role ID is only known once the CMG runs: the text says where to read it and the
 * command carries a placeholder that cannot be mistaken for a value.
 */
export const MP_ROLE_ID = 'MP_ROLE_ID';
export const BULK_REGISTRATION_TOKEN = 'BULK_REGISTRATION_TOKEN';
export const SERVER_APP_ID_URI = 'SERVER_APP_ID_URI';

type CcmsetupAnswers = Pick<Answers, 'clientAuth' | 'siteCode' | 'clientsCheckCrl' | 'tenantId' | 'clientAppClientId' | 'serverAppClientId'>;

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
  } else {
    properties.push(`AADTENANTID=${answers.tenantId ?? 'TENANT_ID'}`, `AADCLIENTAPPID=${answers.clientAppClientId ?? 'CLIENT_APP_ID'}`, `AADRESOURCEURI=${SERVER_APP_ID_URI}`);
  }
  if (state.alwaysOnInternet) properties.push('CCMALWAYSINF=1');
  return ['ccmsetup.exe', ...parameters, ...properties].join(' ');
}

function authSection(answers: CcmsetupAnswers): string[] {
  if (answers.clientAuth === 'pki') {
    return [
      '## 2. Before you run it (PKI client certificates)',
      '',
      'The device needs its client authentication certificate in the computer\'s Personal store, from a CA whose chain the CMG trusts (step 2).',
      '',
      answers.clientsCheckCrl
        ? 'The site has clients check the CRL: the CRL of that CA must be reachable from the internet, or add `/NoCRLCheck`.'
        : '`/NoCRLCheck`: the site does not have clients check the CRL, and an internet client cannot reach an internal one.',
    ];
  }
  if (answers.clientAuth === 'token') {
    return [
      '## 2. Before you run it (bulk registration token, ConfigMgr 2002 or later)',
      '',
      'On the top-level site server, in an elevated command prompt, from the `bin\\X64` folder of the ConfigMgr installation folder:',
      '',
      '```',
      'BulkRegistrationTokenTool.exe /new',
      '```',
      '',
      `Copy the token it prints in place of \`${BULK_REGISTRATION_TOKEN}\`. It is valid 3 days (\`/lifetime <minutes>\`, up to 10080 = 7 days); anyone holding it can register a device until then, so keep it like a password. The tool refuses to run while the site has a site server in passive mode.`,
    ];
  }
  const serverApp = answers.serverAppClientId ?? 'SERVER_APP_CLIENT_ID';
  return [
    '## 2. Before you run it (Microsoft Entra ID)',
    '',
    'The device must be Microsoft Entra joined or hybrid joined. `/UsePKICert` stays off: with it the client cannot get the Entra onboarding information from the CMG.',
    '',
    `Replace \`${SERVER_APP_ID_URI}\` with the Application ID URI of the server (web) app, for example with the Azure CLI:`,
    '',
    '```',
    `az ad app show --id ${serverApp} --query identifierUris --output tsv`,
    '```',
    '',
    '(Entra admin center: App registrations > the server app > Expose an API > Application ID URI; the console\'s default was `https://ConfigMgrService`.)',
  ];
}

/** `ccmsetup-internet-clients.md`, CRLF. Still English whatever --lang (the scripts follow it; this document does not yet). */
export function ccmsetupMarkdown(state: DesiredClientState, answers: CcmsetupAnswers): string {
  const lines = [
    '# Installing internet-only clients through the CMG (ccmsetup)',
    '',
    `For a device that is not a ConfigMgr client yet and does not reach the intranet: it installs through the CMG \`${state.serviceName}\` and joins site \`${answers.siteCode}\`. Run the command elevated on the device, next to a copy of the site's \`Client\` folder (\`\\\\<site server>\\SMS_${answers.siteCode}\\Client\`).`,
    '',
    '## 1. The MP role ID',
    '',
    `The CMG answers as \`${state.serviceName}/CCM_Proxy_MutualAuth/<MP role ID>\`, and cmg-setup cannot know that ID. On a client that already uses the CMG (after step 8), in elevated PowerShell:`,
    '',
    '```powershell',
    "(Get-CimInstance -Namespace 'root\\ccm\\LocationServices' -ClassName 'SMS_ActiveMPCandidate' | Where-Object { $_.Type -eq 'Internet' }).MP",
    '```',
    '',
    `It prints \`${state.serviceName}/CCM_Proxy_MutualAuth/72057594037927939\`: the number after the last \`/\` is the MP role ID. The site database holds the same endpoint in the \`MutualAuthPath\` column of the \`vProxy_Roles\` view. Replace \`${MP_ROLE_ID}\` below with it.`,
    '',
    ...authSection(answers),
    '',
    '## 3. The command',
    '',
    '```',
    ccmsetupCommand(state, answers),
    '```',
    '',
    state.alwaysOnInternet
      ? '`CCMALWAYSINF=1` makes the client always use the CMG, like the ClientAlwaysOnInternet value that step 8 sets.'
      : 'No `CCMALWAYSINF=1`: step 8 removes ClientAlwaysOnInternet, and the client uses the CMG by itself whenever it cannot reach the intranet.',
    '',
    'Check: `%WinDir%\\ccmsetup\\Logs\\ccmsetup.log` ends with `CcmSetup is exiting with return code 0`; `%WinDir%\\CCM\\Logs\\ClientIDManagerStartup.log` shows the registration, and `ClientLocation.log` a line `Rotating internet management point, new management point [1] is: https://<CMG>/CCM_Proxy_MutualAuth/...`.',
    '',
  ];
  return lines.join('\r\n');
}
