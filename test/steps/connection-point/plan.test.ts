import { describe, it, expect } from 'vitest';
import { connectionPoint } from '../../../src/steps/connection-point/index.ts';
import { inputSpec, classicAnswers, planStep, validateInput, vmssAnswers } from '../../support/answers.ts';
import { isRelevant, isRequired } from '../../../src/model/inputs.ts';
import { parsePowerShell } from '../../support/powershell-grammar.ts';
import { artifactText, expectPowerShellScript, expectSiteDrive, scriptLines } from '../script-checks.ts';

const PATH = '06-connection-point/Add-CmgConnectionPoint.ps1';
const CLIENT_CERT = { severity: 'info', code: 'CONNECTION_POINT_CLIENT_CERT', params: { server: 'cmgcp01.contoso.com' } };
// Issue 11: the plan says what the script does when the server already holds a connection point.
const EXISTING = { severity: 'info', code: 'CONNECTION_POINT_EXISTING', params: { server: 'cmgcp01.contoso.com', serviceName: 'contosocmg.contoso.com' } };
const EXISTING_CLASSIC = { ...EXISTING, params: { ...EXISTING.params, serviceName: 'contosocmg.cloudapp.net' } };
const PROXY = { proxyServer: 'proxy.contoso.com', proxyPort: 8080 };
const ADD_LINE =
  '        Add-CMCloudManagementGatewayConnectionPoint -CloudManagementGatewayName $gatewayName -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode | Out-Null';
const PROXY_LINE =
  '        Set-CMSiteSystemServer -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode -EnableProxy $true -ProxyServerName $ProxyServer -ProxyServerPort $ProxyPort';

describe('connection-point plan', () => {
  it('vmss with PKI clients and HTTPS management points, no proxy', () => {
    const plan = planStep(connectionPoint, vmssAnswers({ managementPointSecurity: 'https' }));
    expect(plan.findings).toStrictEqual([CLIENT_CERT, EXISTING]);
    expect(plan.artifacts.map(({ path, purpose, runOn }) => [path, purpose, runOn])).toEqual([[PATH, 'connection-point.add', 'site-server']]);
    expect(plan.facts).toEqual({ ports: [{ protocol: 'HTTPS', first: 10124, last: 10125 }] });
  });

  it.each([['entra'], ['token']] as const)('vmss with %s clients: no client certificate note', (clientAuth) => {
    expect(planStep(connectionPoint, vmssAnswers({ clientAuth, managementPointSecurity: 'https' })).findings).toStrictEqual([EXISTING]);
  });

  // configure-authentication.md (F-MP-9): no client certificate for the connection point with Enhanced HTTP.
  it('vmss with PKI clients and Enhanced HTTP (the default): no client certificate note', () => {
    expect(planStep(connectionPoint, vmssAnswers()).findings).toStrictEqual([EXISTING]);
  });

  it('vmss through a proxy: the HTTPS ports to open', () => {
    expect(planStep(connectionPoint, vmssAnswers(PROXY)).findings).toStrictEqual([
      { severity: 'info', code: 'PROXY_PORTS', params: { ports: 'HTTPS 10124-10125' }, input: 'proxyServer' },
      EXISTING,
    ]);
    expect(planStep(connectionPoint, vmssAnswers({ ...PROXY, vmCount: 1 })).findings[0]).toStrictEqual({
      severity: 'info',
      code: 'PROXY_PORTS',
      params: { ports: 'HTTPS 443' },
      input: 'proxyServer',
    });
  });

  it('classic through a proxy: TCP-TLS cannot cross it, only the HTTPS ports are listed', () => {
    const plan = planStep(connectionPoint, classicAnswers(PROXY));
    expect(plan.findings).toStrictEqual([
      { severity: 'warning', code: 'CLASSIC_PROXY_TCP_TLS', input: 'proxyServer' },
      { severity: 'info', code: 'PROXY_PORTS', params: { ports: 'HTTPS 10124-10125' }, input: 'proxyServer' },
      CLIENT_CERT,
      EXISTING_CLASSIC,
    ]);
    expect(plan.facts).toEqual({
      ports: [
        { protocol: 'TCP-TLS', first: 10140, last: 10141 },
        { protocol: 'HTTPS', first: 10124, last: 10125 },
      ],
    });
  });

  it('classic without a proxy', () => {
    expect(planStep(connectionPoint, classicAnswers()).findings).toStrictEqual([CLIENT_CERT, EXISTING_CLASSIC]);
  });

  // BUG (src/steps/connection-point/index.ts): ConfigMgr 1610 has no CMG cmdlets (they arrive in
  // 1702, cmg-reference.md section 0 and step 6 "No cmdlet exists in 1610"); step 4 already
  // says CLASSIC_CONSOLE_ONLY and emits no script for 1610, but this step emits a script that
  // calls Add-/Get-CMCloudManagementGatewayConnectionPoint, which would fail on such a site.
  it('classic 1610: no script calling a cmdlet 1610 does not have, and says the console is the way', () => {
    const plan = planStep(connectionPoint, classicAnswers({ siteVersion: '1610' }));
    const scripts = plan.artifacts.filter((artifact) => artifact.path.endsWith('.ps1')).map((artifact) => String(artifact.content));
    expect(scripts.filter((text) => text.includes('CloudManagementGatewayConnectionPoint'))).toEqual([]);
    expect(plan.findings).toContainEqual({ severity: 'info', code: 'CLASSIC_CONSOLE_ONLY', params: { siteVersion: '1610' }, input: 'siteVersion' });
  });
});

describe('connection-point script', () => {
  it('without a proxy: adds the role, no proxy settings', async () => {
    const script = artifactText(planStep(connectionPoint, vmssAnswers()), PATH);
    await expectPowerShellScript(script);
    expectSiteDrive(script);
    const lines = scriptLines(script);
    expect(lines).toContain("    [string] $ServiceName = 'contosocmg.contoso.com',");
    expect(lines).toContain("    [string] $ConnectionPointServer = 'cmgcp01.contoso.com',");
    expect(lines).toContain("    [string] $ExistingConnectionPoint = 'Stop'");
    expect(lines).toContain('    $server = Get-CMSiteSystemServer -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode');
    expect(lines).toContain('    $existing = Get-CMCloudManagementGatewayConnectionPoint -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode');
    expect(lines).toContain(ADD_LINE);
    // The help text names Set-CMSiteSystemServer; no line runs it.
    expect(lines.filter((line) => /^\s*Set-CMSiteSystemServer/.test(line))).toEqual([]);
    expect(script).not.toContain('$ProxyServer');
    expect(script).not.toContain('$ProxyPort');
    const parsed = await parsePowerShell(script);
    // The server and the CMG are both checked before anything changes (issue 10: no CMG stopped the
    // script only at Add-, after the proxy was set).
    expect(parsed.commands.filter((command) => command.includes('-CM'))).toEqual([
      'Get-CMSiteSystemServer',
      // In Find-CmgGateway (F-GW-9): every CMG, kept by ServiceCName.
      'Get-CMCloudManagementGateway',
      // In Get-CmgGatewayName: -Name with each form of the found CMG; the first that answers goes to Add-/Set-.
      'Get-CMCloudManagementGateway',
      'Get-CMCloudManagementGatewayConnectionPoint',
      'Set-CMCloudManagementGatewayConnectionPoint',
      'Add-CMCloudManagementGatewayConnectionPoint',
    ]);
  });

  // Issue 11: an existing role was reported "already configured" whatever CMG it served. Which CMG
  // it serves is in no documented property (F-CP-2): the script stops, before any change, unless
  // the admin says Keep or Relink.
  it('an existing connection point stops the script before any change, unless -ExistingConnectionPoint Keep or Relink', () => {
    const lines = scriptLines(artifactText(planStep(connectionPoint, vmssAnswers(PROXY)), PATH));
    const stop = lines.indexOf("    if ($existing -and $ExistingConnectionPoint -eq 'Stop') {");
    expect(stop).toBeGreaterThan(lines.indexOf('    $existing = Get-CMCloudManagementGatewayConnectionPoint -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode'));
    expect(stop).toBeLessThan(lines.indexOf(PROXY_LINE));
    expect(lines[stop + 1]).toBe(
      "        throw ('{0} already holds a CMG connection point role, and cmg-setup cannot tell which CMG it serves: no documented property of the role names it. Nothing was changed. Check it in the console: Administration > Site Configuration > Servers and Site System Roles > {0} > Cloud management gateway connection point > Properties, the cloud management gateway it connects to. If it is {1}, run this script again with -ExistingConnectionPoint Keep; to move it to {1} (the CMG it serves now loses this connection point), with -ExistingConnectionPoint Relink.' -f $ConnectionPointServer, $ServiceName)",
    );
    expect(lines).toContain("    if ($ExistingConnectionPoint -notin 'Stop', 'Keep', 'Relink') {");
    expect(lines).toContain(
      '            Set-CMCloudManagementGatewayConnectionPoint -CloudManagementGatewayName $gatewayName -SiteSystemServerName $ConnectionPointServer -SiteCode $SiteCode | Out-Null',
    );
    // The one "already configured" left is the proxy's, which the script reads back from Props.
    expect(lines.filter((line) => /already configured/i.test(line))).toEqual([
      "        Write-Host ('Already configured: {0} uses the proxy {1}:{2}.' -f $ConnectionPointServer, $ProxyServer, $ProxyPort)",
    ]);
  });

  it('with a proxy: sets it on the site system before adding the role', async () => {
    const script = artifactText(planStep(connectionPoint, vmssAnswers(PROXY)), PATH);
    await expectPowerShellScript(script);
    const lines = scriptLines(script);
    expect(lines).toContain("    [string] $ConnectionPointServer = 'cmgcp01.contoso.com',");
    expect(lines).toContain("    [string] $ProxyServer = 'proxy.contoso.com',");
    expect(lines).toContain('    [int] $ProxyPort = 8080,');
    expect(lines).toContain(PROXY_LINE);
    expect(lines.indexOf(PROXY_LINE)).toBeLessThan(lines.indexOf(ADD_LINE));
    const parsed = await parsePowerShell(script);
    expect(parsed.commands.filter((command) => command === 'Set-CMSiteSystemServer')).toHaveLength(1);
  });
});

describe('connection-point inputs', () => {
  it.each<[number, unknown[]]>([
    [1, []],
    [8080, []],
    [65535, []],
    [0, [{ severity: 'error', code: 'PROXY_PORT_RANGE', params: { value: 0 } }]],
    [65536, [{ severity: 'error', code: 'PROXY_PORT_RANGE', params: { value: 65536 } }]],
    [-8080, [{ severity: 'error', code: 'PROXY_PORT_RANGE', params: { value: -8080 } }]],
  ])('proxyPort %i', (value, expected) => {
    expect(validateInput('proxyPort', value)).toEqual(expected);
  });

  it.each([
    ['proxy.contoso.com', []],
    ['proxy', [{ severity: 'error', code: 'FQDN_INVALID', params: { value: 'proxy', reason: 'not-qualified' } }]],
    ['proxy_01.contoso.com', [{ severity: 'error', code: 'FQDN_INVALID', params: { value: 'proxy_01.contoso.com', reason: 'label', label: 'proxy_01' } }]],
  ])('proxyServer %s', (value, expected) => {
    expect(validateInput('proxyServer', value)).toEqual(expected);
  });

  it.each([
    ['cmgcp01.contoso.com', []],
    ['cmgcp01.contoso.com.', [{ severity: 'error', code: 'FQDN_INVALID', params: { value: 'cmgcp01.contoso.com.', reason: 'trailing-dot' } }]],
  ])('connectionPointServer %s', (value, expected) => {
    expect(validateInput('connectionPointServer', value)).toEqual(expected);
  });

  it('asks for the proxy port only with a proxy, and then requires it', () => {
    const spec = inputSpec('proxyPort');
    expect([isRelevant(spec, {}), isRequired(spec, {})]).toEqual([false, false]);
    expect([isRelevant(spec, { proxyServer: 'proxy.contoso.com' }), isRequired(spec, { proxyServer: 'proxy.contoso.com' })]).toEqual([true, true]);
  });
});
