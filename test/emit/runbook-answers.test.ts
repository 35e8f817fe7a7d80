import { describe, expect, it } from 'vitest';
import { renderRunbook } from '../../src/emit/runbook.ts';
import { LANGS, type Lang } from '../../src/model/lang.ts';
import { catalogue } from '../../src/messages/i18n.ts';
import { clientsTexts } from '../../src/steps/clients/script-texts.ts';
import type { Answers } from '../../src/model/answers.ts';
import { planSteps } from '../../src/wizard/runner.ts';
import { allArtifacts } from '../../src/model/plan.ts';
import { classicAnswers, NOW, vmssAnswers } from '../support/answers.ts';

/**
 * The runbook says what the scripts of these answers do (review of issue 11: M2, M3, S4, S5, S7,
 * N2, N7, N9, N10): the texts that depend on managementPointSecurity, managementPointsInternetOnly,
 * clientAuth, clientAlwaysOnInternetAction and proxyServer, line by line.
 */
function runbook(answers: Answers, lang: Lang = 'en'): string[] {
  return renderRunbook(planSteps({ answers, sources: {}, findings: [] }, NOW), lang).split('\n');
}

/** The lines of one step, from its `## ` heading to the next. */
function step(lines: string[], heading: string): string[] {
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start, end);
}

const ENHANCED_HTTP = vmssAnswers();
const HTTPS = vmssAnswers({ managementPointSecurity: 'https' });
const INTERNET_ONLY = vmssAnswers({ managementPointsInternetOnly: true, clientAuth: 'entra', clientRootCerts: [] });

describe('step 7: as the management points are secured (M2, N10)', () => {
  it('Enhanced HTTP: the management points stay HTTP; nothing about HTTPS, and the connection type reset is said', () => {
    const lines = step(runbook(ENHANCED_HTTP), '## Step 7: Management and software update points');
    expect(lines.join('\n')).not.toContain('now uses HTTPS');
    expect(lines.join('\n')).not.toContain('-EnableSsl');
    expect(lines.join('\n')).not.toContain('bound to HTTPS in IIS');
    expect(lines).toContain(
      'Only the roles that accept CMG traffic serve internet clients: the management points `mp01.contoso.com` and the software update points `sup01.contoso.com`. The management points stay HTTP: Enhanced HTTP, which step 5 turns on, secures their CMG traffic, and the script never turns HTTPS on.',
    );
    expect(lines).toContain(
      '- **How:** Windows PowerShell on a machine with the ConfigMgr console, as a ConfigMgr Full Administrator. Run it once step 5 has turned Enhanced HTTP on: the management points stay HTTP and need no certificate of their own. If Set-CMManagementPoint refuses CMG traffic on an HTTP management point, the script stops and says what to do in the console.',
    );
    expect(lines).toContain(
      '- **What it changes:** Each management point: "Allow Configuration Manager cloud management gateway traffic" ticked; it stays HTTP (one that is HTTPS already stays HTTPS). Turning CMG traffic on also resets its client connection type (Set-CMManagementPoint since 1902), to Internet and intranet by default from 2207: a management point set to Intranet only then serves internet clients too. Each software update point (and, classic, each distribution point): "Allow Configuration Manager cloud management gateway traffic" ticked.',
    );
    expect(lines).toContain('- **In the console:** Administration > Site Configuration > Servers and Site System Roles > the server > the role > Properties: "Allow Configuration Manager cloud management gateway traffic".');
    expect(lines).toContain(
      '- **Rollback:** Per role, in its properties or from the site drive: `Set-CMManagementPoint -SiteSystemServerName <server> -SiteCode <site code> -EnableCloudGateway $false`, `Set-CMSoftwareUpdatePoint -SiteSystemServerName <server> -SiteCode <site code> -EnableCloudGateway $false`, classic distribution points `Set-CMDistributionPoint -SiteSystemServerName <server> -SiteCode <site code> -AllowProxyTraffic $false`.',
    );
  });

  it('Enhanced HTTP in French', () => {
    const lines = step(runbook(ENHANCED_HTTP, 'fr'), '## Étape 7 : Points de gestion et de mise à jour logicielle');
    expect(lines.join('\n')).not.toContain('passe en HTTPS');
    expect(lines).toContain(
      "- **Ce que cela change :** Chaque point de gestion : « Autoriser le trafic de la passerelle de gestion cloud Configuration Manager » coché ; il reste en HTTP (celui qui est déjà en HTTPS le reste). Activer le trafic de la CMG réinitialise aussi son type de connexion client (Set-CMManagementPoint depuis 1902), à Internet et intranet par défaut à partir de 2207 : un point de gestion réservé à l'intranet sert alors aussi les clients Internet. Chaque point de mise à jour logicielle (et, en modèle classique, chaque point de distribution) : « Autoriser le trafic de la passerelle de gestion cloud Configuration Manager » coché.",
    );
  });

  it('HTTPS: the switch to HTTPS, its certificate and its rollback', () => {
    const lines = step(runbook(HTTPS), '## Step 7: Management and software update points');
    expect(lines).toContain(
      'Only the roles that accept CMG traffic serve internet clients: the management points `mp01.contoso.com` and the software update points `sup01.contoso.com`. The script turns HTTPS on for each management point, so each needs a server authentication certificate bound in IIS.',
    );
    expect(lines).toContain('- **How:** Windows PowerShell on a machine with the ConfigMgr console, as a ConfigMgr Full Administrator. Each management point needs a server authentication certificate bound to HTTPS in IIS first.');
    expect(lines).toContain(
      '- **What it changes:** Each management point: client connections HTTPS and "Allow Configuration Manager cloud management gateway traffic" ticked (a management point that used HTTP now uses HTTPS). Turning CMG traffic on also resets its client connection type (Set-CMManagementPoint since 1902), to Internet and intranet by default from 2207: a management point set to Intranet only then serves internet clients too. Each software update point (and, classic, each distribution point): "Allow Configuration Manager cloud management gateway traffic" ticked.',
    );
    expect(lines).toContain(
      '- **Rollback:** Per role, in its properties or from the site drive: `Set-CMManagementPoint -SiteSystemServerName <server> -SiteCode <site code> -EnableCloudGateway $false` (then `-EnableSsl $false` if it used HTTP before), `Set-CMSoftwareUpdatePoint -SiteSystemServerName <server> -SiteCode <site code> -EnableCloudGateway $false`, classic distribution points `Set-CMDistributionPoint -SiteSystemServerName <server> -SiteCode <site code> -AllowProxyTraffic $false`.',
    );
  });

  it.each([
    [
      'en',
      '## Step 7: Management and software update points',
      'Lets the management and software update points accept CMG traffic, and makes the management points Internet only.',
      'Only the roles that accept CMG traffic serve internet clients: the management points `mp01.contoso.com` and the software update points `sup01.contoso.com`. The management points stay HTTP: Enhanced HTTP, which step 5 turns on, secures their CMG traffic, and the script never turns HTTPS on. They become Internet only: on-premises clients stop using them, so another management point of the site must serve the intranet.',
      '- **What it changes:** Each management point: "Allow Configuration Manager cloud management gateway traffic" ticked; it stays HTTP (one that is HTTPS already stays HTTPS), and its client connections Internet only (-ClientConnectionType Internet): on-premises clients stop using it. Each software update point (and, classic, each distribution point): "Allow Configuration Manager cloud management gateway traffic" ticked.',
      '- **Rollback:** Per role, in its properties or from the site drive: `Set-CMManagementPoint -SiteSystemServerName <server> -SiteCode <site code> -EnableCloudGateway $false -ClientConnectionType InternetAndIntranet` (or, in place of InternetAndIntranet, the connection type it had before the script made it Internet only), `Set-CMSoftwareUpdatePoint -SiteSystemServerName <server> -SiteCode <site code> -EnableCloudGateway $false`, classic distribution points `Set-CMDistributionPoint -SiteSystemServerName <server> -SiteCode <site code> -AllowProxyTraffic $false`.',
    ],
    [
      'fr',
      '## Étape 7 : Points de gestion et de mise à jour logicielle',
      'Autorise les points de gestion et de mise à jour logicielle à accepter le trafic de la CMG, et réserve les points de gestion aux clients Internet.',
      "Seuls les rôles qui acceptent le trafic de la passerelle servent les clients Internet : les points de gestion `mp01.contoso.com` et les points de mise à jour logicielle `sup01.contoso.com`. Les points de gestion restent en HTTP : HTTP amélioré, que l'étape 5 active, sécurise leur trafic CMG, et le script n'active jamais HTTPS. Ils deviennent Internet uniquement : les clients locaux cessent de les utiliser, un autre point de gestion du site doit donc servir l'intranet.",
      "- **Ce que cela change :** Chaque point de gestion : « Autoriser le trafic de la passerelle de gestion cloud Configuration Manager » coché ; il reste en HTTP (celui qui est déjà en HTTPS le reste), et ses connexions client Internet uniquement (-ClientConnectionType Internet) : les clients locaux cessent de l'utiliser. Chaque point de mise à jour logicielle (et, en modèle classique, chaque point de distribution) : « Autoriser le trafic de la passerelle de gestion cloud Configuration Manager » coché.",
      "- **Retour arrière :** Pour chaque rôle, dans ses propriétés ou depuis le lecteur du site : `Set-CMManagementPoint -SiteSystemServerName <serveur> -SiteCode <code de site> -EnableCloudGateway $false -ClientConnectionType InternetAndIntranet` (ou, à la place d'InternetAndIntranet, le type de connexion qu'il avait avant que le script le réserve à Internet), `Set-CMSoftwareUpdatePoint -SiteSystemServerName <serveur> -SiteCode <code de site> -EnableCloudGateway $false`, points de distribution du modèle classique : `Set-CMDistributionPoint -SiteSystemServerName <serveur> -SiteCode <code de site> -AllowProxyTraffic $false`.",
    ],
  ] as const)('Internet only (%s): on-premises clients stop using them, and the rollback restores the connection type', (lang, heading, purpose, intro, changes, rollback) => {
    const lines = step(runbook(INTERNET_ONLY, lang), heading);
    for (const line of [purpose, intro, changes, rollback]) expect(lines).toContain(line);
  });
});

describe('step 5: Enhanced HTTP named, and undone (M3)', () => {
  it('Entra clients: Enhanced HTTP is the only change, with its rollback', () => {
    const lines = step(runbook(INTERNET_ONLY), '## Step 5: Site settings');
    expect(lines.join('\n')).not.toContain('Sets the site to use PKI client certificates');
    for (const line of [
      'Clients authenticate with Microsoft Entra ID: the site\'s client certificate settings stay as they are. The management points stay HTTP, so the site turns on Enhanced HTTP, "Use Configuration Manager-generated certificates for HTTP site systems": it secures their CMG traffic.',
      'Turns Enhanced HTTP on for the site (Configuration Manager-generated certificates for HTTP site systems).',
      "- **How:** Windows PowerShell on a machine with the ConfigMgr console, as a ConfigMgr Full Administrator. Note whether Enhanced HTTP is on in the console before running it. If this console's Set-CMSite has no -UseSmsGeneratedCert, the script stops before any change: turn Enhanced HTTP on in the console, then run it with `-SetEnhancedHttp $false`.",
      '- **What it changes:** One site-wide setting of the primary site: "Use Configuration Manager-generated certificates for HTTP site systems" (Enhanced HTTP), for every HTTP site system of the site. Each HTTP management point gets a certificate from the site within 30 minutes; on-premises clients keep HTTP.',
      '- **Check:** Site Properties > Communication Security shows "Use Configuration Manager-generated certificates for HTTP site systems" ticked. Allow up to 30 minutes for each HTTP management point to get its certificate from the site, then check mpcontrol.log on it.',
      '- **Rollback:** Only if Enhanced HTTP was off before, and after step 7\'s rollback (a CMG-enabled HTTP management point needs it): clear "Use Configuration Manager-generated certificates for HTTP site systems" in the console, or from the site drive `Set-CMSite -SiteCode <site code> -UseSmsGeneratedCert $false`.',
    ]) {
      expect(lines).toContain(line);
    }
  });

  it('PKI clients with Enhanced HTTP: three settings, and both rollbacks', () => {
    const lines = step(runbook(ENHANCED_HTTP), '## Step 5: Site settings');
    for (const line of [
      'Sets the site to use PKI client certificates, and the CRL option, and turns Enhanced HTTP on.',
      '- **How:** Windows PowerShell on a machine with the ConfigMgr console, as a ConfigMgr Full Administrator. Note the three settings in the console before running it. If this console\'s Set-CMSite has no -UseSmsGeneratedCert, the script stops before any change: turn Enhanced HTTP on in the console, then run it with `-SetEnhancedHttp $false`.',
      '- **What it changes:** Three settings of the primary site: "Use PKI client certificate (client authentication capability) when available" and "Clients check the certificate revocation list (CRL) for site systems", for all its clients, and "Use Configuration Manager-generated certificates for HTTP site systems" (Enhanced HTTP), for every HTTP site system of the site. Each HTTP management point gets a certificate from the site within 30 minutes; on-premises clients keep HTTP.',
      '- **Rollback:** Put the PKI settings back as you noted them: `Set-CMSite -SiteCode <site code> -UsePkiClientCertificate $false -ClientCheckCertificateRevocationListForSiteSystem $true` (with your previous values). Only if Enhanced HTTP was off before, and after step 7\'s rollback (a CMG-enabled HTTP management point needs it): `Set-CMSite -SiteCode <site code> -UseSmsGeneratedCert $false`.',
    ]) {
      expect(lines).toContain(line);
    }
  });

  it('PKI clients with HTTPS management points: the two PKI settings only, no Enhanced HTTP', () => {
    const lines = step(runbook(HTTPS), '## Step 5: Site settings');
    expect(lines.join('\n')).not.toContain('Enhanced HTTP');
    expect(lines).toContain('Sets the site to use PKI client certificates, and the CRL option.');
    expect(lines).toContain(
      '- **What it changes:** Two settings of the primary site, for all its clients: "Use PKI client certificate (client authentication capability) when available" and "Clients check the certificate revocation list (CRL) for site systems".',
    );
    expect(lines).toContain(
      '- **Rollback:** Put the two settings back as you noted them, in the console or from the site drive: `Set-CMSite -SiteCode <site code> -UsePkiClientCertificate $false -ClientCheckCertificateRevocationListForSiteSystem $true` (with your previous values).',
    );
  });

  it('French, Entra clients: Enhanced HTTP and its rollback', () => {
    const lines = step(runbook(INTERNET_ONLY, 'fr'), '## Étape 5 : Paramètres du site');
    expect(lines).toContain('Active HTTP amélioré pour le site (certificats générés par Configuration Manager pour les systèmes de site HTTP).');
    expect(lines).toContain(
      "- **Retour arrière :** Seulement si HTTP amélioré était désactivé avant, et après l'annulation de l'étape 7 (un point de gestion HTTP ouvert à la CMG en a besoin) : décochez « Utiliser les certificats générés par Configuration Manager pour les systèmes de site HTTP » dans la console, ou depuis le lecteur du site `Set-CMSite -SiteCode <code de site> -UseSmsGeneratedCert $false`.",
    );
  });
});

describe('step 6: a second run stops, the proxy only when given, Relink undone (S4, S7)', () => {
  it.each([
    [
      'en',
      "3. Run each script that changes something with `-WhatIf` first and read what it would do, then run it without. A script finds what is already done, so running it again is safe, except step 6's: once the server holds the connection point role, it stops (see step 6).",
    ],
    [
      'fr',
      "3. Exécutez d'abord avec `-WhatIf` chaque script qui modifie quelque chose et lisez ce qu'il ferait, puis exécutez-le sans. Un script reconnaît ce qui est déjà fait : le relancer est sans risque, sauf celui de l'étape 6 : dès que le serveur porte le rôle de point de connexion, il s'arrête (voir l'étape 6).",
    ],
  ] as const)('"Before you start" qualifies "running it again is safe" (%s)', (lang, line) => {
    expect(runbook(ENHANCED_HTTP, lang)).toContain(line);
  });

  it('without a proxy: no proxy in the purpose, the changes or the rollback; Keep and Relink explained', () => {
    const lines = step(runbook(ENHANCED_HTTP), '## Step 6: Connection point');
    expect(lines.join('\n')).not.toMatch(/\bproxy\b/i);
    for (const line of [
      'Adds the CMG connection point role.',
      "- **How:** Windows PowerShell on a machine with the ConfigMgr console, as a ConfigMgr Full Administrator, once the CMG is Ready. `<connection point>` must already be a site system of the site. Run again once the role exists, it stops: no documented property says which CMG the role serves. Check in the console that it serves `<service name>` (the role's properties), then run it with `-ExistingConnectionPoint Keep`; `-ExistingConnectionPoint Relink` moves the role to `<service name>` instead.",
      "- **What it changes:** Adds the CMG connection point role to `<connection point>`. The server then opens outbound connections to the CMG. With `-ExistingConnectionPoint Relink`, it moves the server's existing role to `<service name>` instead: the CMG that role served loses this connection point.",
      '- **Check:** SMS_Cloud_ProxyConnector.log on the connection point shows it connecting to the CMG; the role appears under Servers and Site System Roles. Run again, it stops (the server holds a connection point role) and changes nothing; with `-ExistingConnectionPoint Keep`, once you have checked the role serves `<service name>`, it says `Kept as you checked`.',
      "- **Rollback:** Servers and Site System Roles > the server > the connection point role > Remove Role, or `Get-CMCloudManagementGatewayConnectionPoint -SiteSystemServerName <connection point> -SiteCode <site code> | Remove-CMCloudManagementGatewayConnectionPoint`. After a Relink, move the role back instead of removing it: `Set-CMCloudManagementGatewayConnectionPoint -CloudManagementGatewayName '<previous CMG>' -SiteSystemServerName <connection point> -SiteCode <site code>`, with the name of the CMG it served before.",
    ]) {
      expect(lines).toContain(line);
    }
  });

  it('with a proxy: the purpose, the changes and the rollback name it', () => {
    const lines = step(runbook(vmssAnswers({ proxyServer: 'proxy.contoso.com', proxyPort: 8080 })), '## Step 6: Connection point');
    for (const line of [
      'Adds the CMG connection point role, and the internet proxy of its site system.',
      "- **What it changes:** Adds the CMG connection point role to `<connection point>`, and sets that site system's internet proxy to `proxy.contoso.com:8080`. The server then opens outbound connections to the CMG. With `-ExistingConnectionPoint Relink`, it moves the server's existing role to `<service name>` instead: the CMG that role served loses this connection point.",
      "- **Rollback:** Servers and Site System Roles > the server > the connection point role > Remove Role, or `Get-CMCloudManagementGatewayConnectionPoint -SiteSystemServerName <connection point> -SiteCode <site code> | Remove-CMCloudManagementGatewayConnectionPoint`. If the script set the proxy: `Set-CMSiteSystemServer -SiteSystemServerName <connection point> -SiteCode <site code> -EnableProxy $false`. After a Relink, move the role back instead of removing it: `Set-CMCloudManagementGatewayConnectionPoint -CloudManagementGatewayName '<previous CMG>' -SiteSystemServerName <connection point> -SiteCode <site code>`, with the name of the CMG it served before.",
    ]) {
      expect(lines).toContain(line);
    }
  });
});

describe('step 8: the rollback undoes only what the script did (S5), and the check quotes its second run (N7)', () => {
  it('leave (the default): the rollback never tells to remove ClientAlwaysOnInternet', () => {
    for (const answers of [vmssAnswers(), vmssAnswers({ clientAuth: 'token', clientRootCerts: [] }), classicAnswers()]) {
      const text = runbook(answers).join('\n');
      expect(text).not.toMatch(/Remove-ItemProperty[^`]*ClientAlwaysOnInternet/);
    }
    expect(step(runbook(vmssAnswers()), '## Step 8: Clients')).toContain(
      "- **Rollback:** Nothing to undo for ClientAlwaysOnInternet: the script left it as each client had it. CMGFQDNs, only where the script created it (it printed `CMGFQDNs set to https://<service name>.`): `Remove-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\CCM' -Name 'CMGFQDNs'`. Then `Restart-Service CcmExec` on each client you changed.",
    );
    // Classic: no CMGFQDNs either (current branch only), so nothing at all to undo.
    expect(step(runbook(classicAnswers()), '## Step 8: Configure clients for cloud management gateway')).toContain('- **Rollback:** Nothing to undo for ClientAlwaysOnInternet: the script left it as each client had it.');
    expect(step(runbook(vmssAnswers(), 'fr'), '## Étape 8 : Clients')).toContain(
      "- **Retour arrière :** Rien à annuler pour ClientAlwaysOnInternet : le script l'a laissé tel que chaque client l'avait. CMGFQDNs, seulement là où le script l'a créé (il a affiché `CMGFQDNs défini à https://<nom du service>.`) : `Remove-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\CCM' -Name 'CMGFQDNs'`. Puis `Restart-Service CcmExec` sur chaque client modifié.",
    );
  });

  it('set: remove it only where it was absent; remove: put it back only where it was', () => {
    expect(step(runbook(vmssAnswers({ clientAlwaysOnInternetAction: 'set' })), '## Step 8: Clients')).toContain(
      "- **Rollback:** ClientAlwaysOnInternet, only on the clients where the script set it (it printed `ClientAlwaysOnInternet set to 1.`): where it was absent before, `Remove-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security' -Name 'ClientAlwaysOnInternet'`; where it had another value, put that value back. CMGFQDNs, only where the script created it (it printed `CMGFQDNs set to https://<service name>.`): `Remove-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\CCM' -Name 'CMGFQDNs'`. Then `Restart-Service CcmExec` on each client you changed.",
    );
    expect(step(runbook(vmssAnswers({ clientAlwaysOnInternetAction: 'remove' })), '## Step 8: Clients')).toContain(
      "- **Rollback:** ClientAlwaysOnInternet, only on the clients where the script removed it (it printed `ClientAlwaysOnInternet removed.`): put back the value it had, 1 on a client installed with CCMALWAYSINF=1: `New-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security' -Name 'ClientAlwaysOnInternet' -PropertyType DWord -Value 1 -Force`. CMGFQDNs, only where the script created it (it printed `CMGFQDNs set to https://<service name>.`): `Remove-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\CCM' -Name 'CMGFQDNs'`. Then `Restart-Service CcmExec` on each client you changed.",
    );
  });

  it('the lines the runbook quotes are the ones Set-CmgClient.ps1 prints, in both languages', () => {
    const heading: Record<Lang, string> = { en: '## Step 8: Clients', fr: '## Étape 8 : Clients' };
    for (const lang of LANGS) {
      const texts = catalogue(lang);
      const clients = clientsTexts[lang];
      for (const action of ['leave', 'set', 'remove'] as const) {
        const text = step(runbook(vmssAnswers({ clientAuth: 'token', clientRootCerts: [], clientAlwaysOnInternetAction: action }), lang), heading[lang]).join('\n');
        // N7: every action's second run ends with "nothing to change", never "Already configured" alone.
        expect(text).toContain(`\`${clients.notRestarted}\``);
        expect(text).toContain(`\`${clients.cmgFqdnsSet.replace('{0}', `https://${texts.runbook.placeholders.serviceName}`)}\``);
        if (action === 'set') expect(text).toContain(`\`${clients.alwaysOnSet}\``);
        if (action === 'remove') expect(text).toContain(`\`${clients.alwaysOnRemoved}\``);
      }
    }
  });
});

describe('step 4: the rollback finds the CMG by its service name (N9)', () => {
  it.each([
    ['en', "- **Rollback:** Administration > Cloud Services > Cloud Management Gateway > the CMG > Delete, or `Get-CMCloudManagementGateway | Where-Object ServiceCName -eq '<service name>' | Remove-CMCloudManagementGateway`: the site removes its Azure resources too. Never delete them in the Azure portal. Remove the DNS CNAME if you created one."],
    ['fr', "- **Retour arrière :** Administration > Services cloud > Passerelle de gestion cloud > la passerelle > Supprimer, ou `Get-CMCloudManagementGateway | Where-Object ServiceCName -eq '<nom du service>' | Remove-CMCloudManagementGateway` : le site supprime aussi ses ressources Azure. Ne les supprimez jamais dans le portail Azure. Supprimez l'enregistrement CNAME si vous l'avez créé."],
  ] as const)('%s', (lang, line) => {
    const lines = runbook(ENHANCED_HTTP, lang);
    expect(lines).toContain(line);
    expect(lines.join('\n')).not.toContain('Get-CMCloudManagementGateway -Name');
  });
});

describe('the scale-set console walkthrough: the cloud service (classic) is offered only before 2203 (N2)', () => {
  const walkthrough = (siteVersion: string, lang: Lang = 'en') => {
    const artifact = allArtifacts(planSteps({ answers: vmssAnswers({ siteVersion }), sources: {}, findings: [] }, NOW, { lang })).find((file) => file.purpose === 'gateway.console-scale-set');
    return String(artifact?.content).split('\r\n');
  };

  it('2111: choose the scale set, not the cloud service (classic)', () => {
    const lines = walkthrough('2111');
    expect(lines[2]).toBe(
      '> No script creates the CMG on ConfigMgr `2111`: New-CMCloudManagementGateway gets the parameters that ask for a virtual machine scale set (-Version, -VMSSVMSize) only in 2207, and which kind of CMG it creates without them is not documented: this console also offers the cloud service (classic), which Azure retired on 31 August 2024 (in 2010 and 2103 the docs even recommend it to most customers). In the console you choose the scale set yourself.',
    );
    expect(lines).toContain('3. General page: Azure environment `AzurePublicCloud`; choose **Virtual machine scale set** (not **Cloud service (classic)**); **Sign in** with an Owner of the subscription; **Subscription ID** `6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6`. Next: the site tests the connection to Azure.');
  });

  it('2203: the scale set is the only option, so no choice is asked', () => {
    const lines = walkthrough('2203');
    expect(lines[2]).toBe(
      '> No script creates the CMG on ConfigMgr `2203`: New-CMCloudManagementGateway gets the parameters that ask for a virtual machine scale set (-Version, -VMSSVMSize) only in 2207, and which kind of CMG it creates without them is not documented (before 2203 it could also be the cloud service (classic), which Azure retired on 31 August 2024). From 2203 the console offers only the virtual machine scale set: create it there.',
    );
    expect(lines).toContain('3. General page: Azure environment `AzurePublicCloud`; **Virtual machine scale set** is the only deployment method offered; **Sign in** with an Owner of the subscription; **Subscription ID** `6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6`. Next: the site tests the connection to Azure.');
    expect(walkthrough('2203', 'fr')).toContain(
      "3. Page General : environnement Azure `AzurePublicCloud` ; **Virtual machine scale set** est la seule méthode de déploiement proposée ; **Sign in** avec un Propriétaire de l'abonnement ; **Subscription ID** `6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6`. Next : le site teste la connexion à Azure.",
    );
  });
});
