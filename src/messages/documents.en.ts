import type { DocumentTexts } from './types.ts';

/** The Markdown documents beside the scripts, in English. Values arrive as code spans. */
export const documentsEn: DocumentTexts = {
  consoleWalkthrough: {
    title: 'The cloud management gateway in the console (ConfigMgr 1610)',
    retired: 'Azure retired Cloud Services (classic) on 31 August 2024, and ConfigMgr 2203 and later cannot deploy a classic CMG. This walkthrough documents the 1610 procedure as the article wrote it.',
    createTitle: 'Step 4: create the cloud management gateway',
    // The consent label as the 2017 "Pre-release features" page wrote it (docs/reference/documented-facts.md F-RB-8, F-RB-11).
    consent:
      'Until 1802 the CMG is a pre-release feature, so give consent first, once per hierarchy (it cannot be undone), at the top-level site: Administration > Site Configuration > Sites > **Hierarchy Settings** > General tab: tick **Consent to use Pre-Release features** (the label on the 2017 pre-release page; today\'s pages write "Consent to use pre-release features").',
    turnOn:
      'Then turn the feature on: in 1610, Administration > Cloud Services > Updates and Servicing > **Features** (from 1702: Administration > Updates and Servicing > Features); select **Cloud management gateway**, then **Turn on**. The change can take up to 30 minutes; restart the console afterwards.',
    generallyAvailable: 'From 1802 the CMG is no longer a pre-release feature: there is nothing to turn on.',
    createPath: 'Administration > Cloud Services > Cloud Management Gateway > Create Cloud Management Gateway.',
    generalPage: (v) => `General page: subscription ID ${v.subscriptionId}, and the Azure management certificate${v.managementCert ? ` ${v.managementCert}` : ''}. The console connects to Azure.`,
    settingsPage: (v) =>
      `Settings page: region ${v.region}; VM instances ${v.vmCount}; server certificate${v.serverCert ? ` ${v.serverCert}` : ' (.pfx)'}; client root certificate${v.clientRoot ? ` ${v.clientRoot}` : ' (.cer)'}; service FQDN ${v.serviceName}.`,
    revocationKept: 'Leave **Verify Client Certificate Revocation**: the CRL must be published on the internet.',
    revocationCleared: 'Clear **Verify Client Certificate Revocation** unless the CRL is published on the internet.',
    alertsNone: 'Alerts page: no 14-day outbound traffic alert.',
    alerts: (v) => `Alerts page: 14-day outbound traffic threshold ${v.thresholdGb} GB, warning at ${v.warningPct}%, critical at ${v.criticalPct}%.`,
    finish: 'Finish the wizard. Provisioning takes 5 to 15 minutes: watch the Status column until it shows Ready.',
    ports: (v) => `Ports from the connection point to the CMG: ${v.ports} (today's data-flow page: TCP-TLS first, HTTPS if TCP-TLS fails).`,
    proxyOneVm:
      "An internet proxy passes only HTTPS. For one VM the two pages disagree: today's data-flow page says the connection point then uses HTTPS 443; the 1610 article says to open one port per VM starting at 10124. Let the proxy pass both: HTTPS 443 and HTTPS 10124.",
    proxyVms: (v) => `An internet proxy passes only HTTPS: let it pass ${v.range}, one port per VM (the 1610 article and today's data-flow page agree).`,
    connectionPointTitle: 'Step 6: add the cloud management gateway connector point',
    connectionPointServer: (v) => `Administration > Site Configuration > Servers and Site System Roles: select ${v.server}, then Add Site System Roles.`,
    connectionPointRole: (v) => `Choose **Cloud management gateway connector point** and the CMG ${v.serviceName}.`,
    connectionPointCertificate: 'The server needs a client authentication certificate, like every client of the CMG.',
    rolesTitle: 'Step 7: let the roles accept CMG traffic',
    rolesIntro: "For each of these site systems, open the role's properties, set Client Connections to **HTTPS** and tick **Allow Configuration Manager cloud management gateway traffic**:",
  },
  scaleSetWalkthrough: {
    title: 'Creating the cloud management gateway in the console (virtual machine scale set)',
    // N2, F-GW-3: the console offers the cloud service (classic) up to 2111; from 2203 the scale set is the only option (setup page L53).
    whyVersion: (v) =>
      `No script creates the CMG on ConfigMgr ${v.siteVersion}: New-CMCloudManagementGateway gets the parameters that ask for a virtual machine scale set (-Version, -VMSSVMSize) only in 2207, and which kind of CMG it creates without them is not documented${
        v.classicOffered
          ? ': this console also offers the cloud service (classic), which Azure retired on 31 August 2024 (in 2010 and 2103 the docs even recommend it to most customers). In the console you choose the scale set yourself.'
          : ' (before 2203 it could also be the cloud service (classic), which Azure retired on 31 August 2024). From 2203 the console offers only the virtual machine scale set: create it there.'
      }`,
    whyExistingGroup: (v) =>
      `No script creates the CMG on ConfigMgr ${v.siteVersion} into a resource group that exists: before 2603 the scripted parameter set cannot say that the group exists. The console can (**Use existing**).`,
    labelsNote: '',
    createTitle: 'Create the cloud management gateway',
    topLevel: 'On the top-level site (the standalone primary site, or the central administration site), in the ConfigMgr console, as a Full Administrator who can sign in to Azure as an Owner of the subscription.',
    featurePreRelease:
      'Versions 2010 and 2103: the scale set is a pre-release feature, only intended for Cloud Solution Provider (CSP) subscriptions. Administration > Site Configuration > Sites > Hierarchy Settings > General: tick **Consent to use pre-release features**; then Administration > Updates and Servicing > Features: turn on **Cloud management gateway with virtual machine scale set**.',
    featureOptional: 'Administration > Updates and Servicing > Features: if **Cloud management gateway with virtual machine scale set** is listed, turn it on (the docs disagree on whether it is still an optional feature).',
    createPath: 'Administration > Cloud Services > Cloud Management Gateway > **Create Cloud Management Gateway**.',
    generalPage: (v) =>
      `General page: Azure environment ${v.environment}; ${v.classicOffered ? 'choose **Virtual machine scale set** (not **Cloud service (classic)**)' : '**Virtual machine scale set** is the only deployment method offered'}; **Sign in** with an Owner of the subscription; **Subscription ID** ${v.subscriptionId}. Next: the site tests the connection to Azure.`,
    generalPage2309: (v) =>
      `General page: Azure environment ${v.environment}; choose **Virtual machine scale set**; **Microsoft Entra tenant name**: the tenant ${v.tenantId} (the Microsoft Entra app name fills itself in); **Sign in** with an Owner of the subscription; **Subscription ID** ${v.subscriptionId}. Next: the site tests the connection to Azure.`,
    settingsPage: (v) => `Settings page: **Certificate file**${v.serverCert ? ` ${v.serverCert}` : ' (the .pfx of the server certificate)'}; the **Service name** must be ${v.serviceName}.`,
    description: (v) => `**Description**: ${v.description}.`,
    region: (v) => `**Region**: ${v.region}.`,
    resourceGroupNew: (v) => `**Resource Group**: **Create new**, ${v.resourceGroup}.`,
    resourceGroupExisting: (v) => `**Resource Group**: **Use existing**, ${v.resourceGroup}. It must already be in the region ${v.region}: in another region the CMG fails to deploy.`,
    vmSize: (v) => `**VM Size**: ${v.vmSize}.`,
    vmCount: (v) => `**VM Instance**: ${v.vmCount}.`,
    certificates: (v) => `**Certificates**: add the trusted root and intermediate certificates of the client certificates: ${v.certificates}.`,
    certificatesNone: '**Certificates**: none needed (Microsoft Entra ID or site token client authentication).',
    revocationKept: '**Verify Client Certificate Revocation**: leave it ticked; the CRL must be published on the internet.',
    revocationCleared: '**Verify Client Certificate Revocation**: clear it, unless the CRL is published on the internet.',
    tls12On: '**Enforce TLS 1.2**: leave it ticked.',
    tls12Off: '**Enforce TLS 1.2**: clear it.',
    contentOn: '**Allow CMG to function as a cloud distribution point and serve content from Azure storage**: leave it ticked.',
    contentOff: '**Allow CMG to function as a cloud distribution point and serve content from Azure storage**: clear it.',
    alertsNone: 'Alerts page: no 14-day outbound traffic alert.',
    alerts: (v) =>
      `Alerts page: 14-day outbound traffic threshold ${v.thresholdGb} GB, warning at ${v.warningPct}%, critical at ${v.criticalPct}%${v.stop ? '; stop the service when the critical threshold is exceeded' : ''}.`,
    finish: (v) => `Review the settings and finish the wizard. Then run ${v.waitScript}, or watch the Status column of the new CMG until it shows Ready.`,
  },
  ccmsetup: {
    title: 'Installing internet-only clients through the CMG (ccmsetup)',
    intro: (v) =>
      `For a device that is not a ConfigMgr client yet and does not reach the intranet: it installs through the CMG ${v.serviceName} and joins site ${v.siteCode}. Run the command elevated on the device, next to a copy of the site's \`Client\` folder (${v.share}).`,
    siteServerPlaceholder: '<site server>',
    mpRoleIdPlaceholder: '<MP role ID>',
    mpRoleIdTitle: 'The MP role ID',
    mpRoleIdIntro: (v) => `The CMG answers as ${v.endpoint}, and cmg-setup cannot know that ID. On a client that already uses the CMG (after step 8), in elevated PowerShell:`,
    mpRoleIdResult: (v) =>
      `It prints ${v.example}: the number after the last \`/\` is the MP role ID. The site database holds the same endpoint in the \`MutualAuthPath\` column of the \`vProxy_Roles\` view. Replace ${v.placeholder} below with it.`,
    pkiTitle: 'Before you run it (PKI client certificates)',
    pkiCertificate: "The device needs its client authentication certificate in the computer's Personal store, from a CA whose chain the CMG trusts (step 2).",
    pkiCrlChecked: 'The site has clients check the CRL: the CRL of that CA must be reachable from the internet, or add `/NoCRLCheck`.',
    pkiNoCrlCheck: '`/NoCRLCheck`: the site does not have clients check the CRL, and an internet client cannot reach an internal one.',
    tokenTitle: 'Before you run it (bulk registration token, ConfigMgr 2002 or later)',
    tokenWhere: 'On the top-level site server, in an elevated command prompt, from the `bin\\X64` folder of the ConfigMgr installation folder:',
    tokenCopy: (v) =>
      `Copy the token it prints in place of ${v.placeholder}. It is valid 3 days (\`/lifetime <minutes>\`, up to 10080 = 7 days); anyone holding it can register a device until then, so keep it like a password. The tool refuses to run while the site has a site server in passive mode.`,
    tokenSmsmp: (v) =>
      `${v.mp} (\`SMSMP\`) names the client's initial management point: the first CMG-enabled one, with \`https://\` in front when it accepts HTTPS only, as the property asks. The client installation properties page lists \`SMSMP\` among the properties a \`/regtoken\` install must include; the token page's own example leaves it out. The command keeps it, as the stricter page asks.`,
    entraTitle: 'Before you run it (Microsoft Entra ID)',
    entraJoined: 'The device must be Microsoft Entra joined or hybrid joined. `/UsePKICert` stays off: with it the client cannot get the Entra onboarding information from the CMG.',
    entraUri: (v) => `Replace ${v.placeholder} with the Application ID URI of the server (web) app, for example with the Azure CLI:`,
    entraPortal: "(Entra admin center: App registrations > the server app > Expose an API > Application ID URI; the console's default was `https://ConfigMgrService`.)",
    commandTitle: 'The command',
    alwaysOn: '`CCMALWAYSINF=1` makes the client always use the CMG, like the ClientAlwaysOnInternet value that step 8 sets.',
    notAlwaysOn: 'No `CCMALWAYSINF=1`: step 8 does not set ClientAlwaysOnInternet, and the client uses the CMG by itself whenever it cannot reach the intranet.',
    check:
      'Check: `%WinDir%\\ccmsetup\\Logs\\ccmsetup.log` ends with `CcmSetup is exiting with return code 0`; `%WinDir%\\CCM\\Logs\\ClientIDManagerStartup.log` shows the registration, and `ClientLocation.log` a line `Rotating internet management point, new management point [1] is: https://<CMG>/CCM_Proxy_MutualAuth/...`.',
  },
};
