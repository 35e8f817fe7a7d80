import { describe, expect, it } from 'vitest';
import { ccmsetupCommand, ccmsetupMarkdown } from '../../../../src/steps/clients/rollout/ccmsetup.ts';
import { desiredClientState } from '../../../../src/steps/clients/rollout/desired-state.ts';
import type { Answers } from '../../../../src/model/answers.ts';
import { vmssAnswers } from '../../../support/answers.ts';

const ENDPOINT = 'contosocmg.contoso.com/CCM_Proxy_MutualAuth/MP_ROLE_ID';

function command(overrides: Partial<Answers>): string {
  const answers = vmssAnswers(overrides);
  return ccmsetupCommand(desiredClientState(answers), answers);
}

describe('ccmsetup command line', () => {
  it.each<[string, Partial<Answers>, string]>([
    ['pki, site does not check the CRL, always on internet', { clientAuth: 'pki', clientsCheckCrl: false, clientAlwaysOnInternetAction: 'set' }, `ccmsetup.exe /mp:https://${ENDPOINT} /UsePKICert /NoCRLCheck CCMHOSTNAME=${ENDPOINT} SMSSITECODE=P01 CCMALWAYSINF=1`],
    ['pki, site checks the CRL', { clientAuth: 'pki', clientsCheckCrl: true }, `ccmsetup.exe /mp:https://${ENDPOINT} /UsePKICert CCMHOSTNAME=${ENDPOINT} SMSSITECODE=P01`],
    // Issue 11: SMSMP, as the installation-properties page asks with /regtoken; https:// when the MP takes HTTPS only.
    ['token', { clientAuth: 'token', siteVersion: '2403' }, `ccmsetup.exe /mp:https://${ENDPOINT} /regtoken:BULK_REGISTRATION_TOKEN CCMHOSTNAME=${ENDPOINT} SMSSITECODE=P01 SMSMP=mp01.contoso.com`],
    [
      'token, HTTPS management points',
      { clientAuth: 'token', siteVersion: '2403', managementPointSecurity: 'https', managementPoints: ['mp02.contoso.com', 'mp01.contoso.com'] },
      `ccmsetup.exe /mp:https://${ENDPOINT} /regtoken:BULK_REGISTRATION_TOKEN CCMHOSTNAME=${ENDPOINT} SMSSITECODE=P01 SMSMP=https://mp02.contoso.com`,
    ],
    [
      'entra, always on internet',
      { clientAuth: 'entra', clientAlwaysOnInternetAction: 'set' },
      `ccmsetup.exe /mp:https://${ENDPOINT} CCMHOSTNAME=${ENDPOINT} SMSSITECODE=P01 AADTENANTID=b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d AADCLIENTAPPID=5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9 AADRESOURCEURI=SERVER_APP_ID_URI CCMALWAYSINF=1`,
    ],
    ['entra without the IDs', { clientAuth: 'entra', tenantId: undefined, clientAppClientId: undefined }, `ccmsetup.exe /mp:https://${ENDPOINT} CCMHOSTNAME=${ENDPOINT} SMSSITECODE=P01 AADTENANTID=TENANT_ID AADCLIENTAPPID=CLIENT_APP_ID AADRESOURCEURI=SERVER_APP_ID_URI`],
  ])('%s', (_name, overrides, expected) => {
    expect(command(overrides)).toBe(expected);
  });

  it('puts every /parameter before the first PROPERTY=, and https:// only on /mp', () => {
    for (const clientAuth of ['pki', 'token', 'entra'] as const) {
      const words = command({ clientAuth, clientAlwaysOnInternetAction: 'set' }).split(' ').slice(1);
      const firstProperty = words.findIndex((word) => word.includes('='));
      expect(words.slice(firstProperty).filter((word) => word.startsWith('/'))).toEqual([]);
      expect(words.filter((word) => word.includes('https://'))).toEqual([`/mp:https://${ENDPOINT}`]);
      expect(words.some((word) => word.startsWith('SMSMP='))).toBe(clientAuth === 'token');
    }
  });

  it('sets CCMALWAYSINF=1 exactly when the rollout sets ClientAlwaysOnInternet', () => {
    expect(command({ clientAlwaysOnInternetAction: 'set' })).toMatch(/ CCMALWAYSINF=1$/);
    expect(command({ clientAlwaysOnInternetAction: 'remove' })).not.toContain('CCMALWAYSINF');
    expect(command({ clientAlwaysOnInternetAction: 'leave' })).not.toContain('CCMALWAYSINF');
  });
});

describe('ccmsetup-internet-clients.md', () => {
  const markdown = (overrides: Partial<Answers>) => {
    const answers = vmssAnswers(overrides);
    return ccmsetupMarkdown(desiredClientState(answers), answers);
  };

  it('says how to find the MP role ID, with the documented PowerShell line, and where the placeholder goes', () => {
    const text = markdown({});
    expect(text).toContain("\r\n(Get-CimInstance -Namespace 'root\\ccm\\LocationServices' -ClassName 'SMS_ActiveMPCandidate' | Where-Object { $_.Type -eq 'Internet' }).MP\r\n");
    expect(text).toContain('The CMG answers as `contosocmg.contoso.com/CCM_Proxy_MutualAuth/<MP role ID>`');
    expect(text).toContain('Replace `MP_ROLE_ID` below with it.');
    expect(text).toContain('`vProxy_Roles`');
  });

  it('carries the command of the answers in a code block', () => {
    const answers = vmssAnswers({ clientAuth: 'token' });
    const lines = ccmsetupMarkdown(desiredClientState(answers), answers).split('\r\n');
    const at = lines.indexOf(ccmsetupCommand(desiredClientState(answers), answers));
    expect(lines.slice(at - 1, at + 2)).toEqual(['```', ccmsetupCommand(desiredClientState(answers), answers), '```']);
  });

  it.each<[string, Partial<Answers>, string[], string[]]>([
    ['pki', { clientAuth: 'pki', clientsCheckCrl: false }, ['client authentication certificate', '`/NoCRLCheck`: the site does not have clients check the CRL'], ['BulkRegistrationTokenTool', 'az ad app show']],
    ['pki, CRL checked', { clientAuth: 'pki', clientsCheckCrl: true }, ['the CRL of that CA must be reachable from the internet, or add `/NoCRLCheck`'], ['BulkRegistrationTokenTool']],
    ['token', { clientAuth: 'token' }, ['BulkRegistrationTokenTool.exe /new', '`bin\\X64`', 'passive mode', 'up to 10080'], ['/UsePKICert', 'az ad app show']],
    ['entra', { clientAuth: 'entra' }, ['Microsoft Entra joined or hybrid joined', 'az ad app show --id 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d --query identifierUris --output tsv'], ['BulkRegistrationTokenTool']],
  ])('explains what %s needs first', (_name, overrides, present, absent) => {
    const text = markdown(overrides);
    for (const fragment of present) expect(text).toContain(fragment);
    for (const fragment of absent) expect(text).not.toContain(fragment);
  });

  it.each(['pki', 'token', 'entra'] as const)('follows --lang fr (%s): French prose, the same commands and values', (clientAuth) => {
    const answers = vmssAnswers({ clientAuth, siteVersion: '2403' });
    const english = ccmsetupMarkdown(desiredClientState(answers), answers);
    const french = ccmsetupMarkdown(desiredClientState(answers), answers, 'fr');
    expect(french).not.toMatch(/(?<!\r)\n/);
    expect(french.split('\r\n')[0]).toBe('# Installer des clients Internet uniquement par la CMG (ccmsetup)');
    expect(french).toContain("## 1. L'ID de rôle du point de gestion");
    expect(french).toContain('`contosocmg.contoso.com/CCM_Proxy_MutualAuth/<ID de rôle du point de gestion>`');
    expect(french).toContain('(`\\\\<serveur de site>\\SMS_P01\\Client`)');
    expect(french).toContain('Remplacez `MP_ROLE_ID` ci-dessous par cet ID.');
    const blocks = (text: string) => text.match(/^```[\s\S]*?^```$/gm);
    expect(blocks(french)).toEqual(blocks(english));
    expect(french.split('\r\n').length).toBe(english.split('\r\n').length);
  });

  it('token: says what SMSMP is and why the command carries it', () => {
    expect(markdown({ clientAuth: 'token' })).toContain(
      '`SMSMP=mp01.contoso.com` (`SMSMP`) names the client\'s initial management point: the first CMG-enabled one, with `https://` in front when it accepts HTTPS only, as the property asks.',
    );
    expect(markdown({ clientAuth: 'token', managementPointSecurity: 'https' })).toContain('`SMSMP=https://mp01.contoso.com` (`SMSMP`)');
    expect(markdown({ clientAuth: 'pki' })).not.toContain('SMSMP');
  });

  it('is CRLF, ASCII-only Markdown', () => {
    const text = markdown({ clientAlwaysOnInternetAction: 'set' });
    expect(text).not.toMatch(/(?<!\r)\n/);
    expect(text).toMatch(/^[\x00-\x7F]*$/);
    expect(text.split('\r\n')[0]).toBe('# Installing internet-only clients through the CMG (ccmsetup)');
  });
});
