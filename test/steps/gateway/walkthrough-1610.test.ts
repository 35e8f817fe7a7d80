/**
 * Issue 11, the 1610 walkthrough: the console path of 1610, consent to pre-release features
 * before turning the CMG on (until 1802; documented-facts F-RB-8, F-RB-11), and the proxy ports,
 * where the 1610 article (from 10124) and today's data-flow page (443 for one VM) disagree (F-RB-9).
 */
import { describe, expect, it } from 'vitest';
import { gateway } from '../../../src/steps/gateway/index.ts';
import type { Lang } from '../../../src/model/lang.ts';
import type { Answers } from '../../../src/model/answers.ts';
import { classicAnswers } from '../../support/answers.ts';
import { artifactText } from '../script-checks.ts';
import { planAtPlace } from '../../../src/steps/index.ts';

const WALKTHROUGH = '04-gateway/console-walkthrough-1610.md';

function walkthrough(answers: Answers, lang: Lang = 'en'): string[] {
  return artifactText(planAtPlace(gateway, { answers, now: new Date('2026-03-01T00:00:00Z'), lang }), WALKTHROUGH).split('\r\n');
}

/** The numbered lines of "Step 4: create the cloud management gateway", and the paragraphs after them up to step 6. */
function createSection(lines: string[]): string[] {
  const start = lines.findIndex((line) => line.startsWith('## Step 4') || line.startsWith('## Étape 4'));
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 2, end).filter((line) => line !== '');
}

describe('the 1610 walkthrough: pre-release consent, console path, proxy ports', () => {
  it('1610, one VM: consent, the Features node under Cloud Services, then the create path; both proxy ports', () => {
    expect(createSection(walkthrough(classicAnswers({ siteVersion: '1610', vmCount: 1 })))).toEqual([
      '1. Until 1802 the CMG is a pre-release feature, so give consent first, once per hierarchy (it cannot be undone), at the top-level site: Administration > Site Configuration > Sites > **Hierarchy Settings** > General tab: tick **Consent to use Pre-Release features** (the label on the 2017 pre-release page; today\'s pages write "Consent to use pre-release features").',
      '2. Then turn the feature on: in 1610, Administration > Cloud Services > Updates and Servicing > **Features** (from 1702: Administration > Updates and Servicing > Features); select **Cloud management gateway**, then **Turn on**. The change can take up to 30 minutes; restart the console afterwards.',
      '3. Administration > Cloud Services > Cloud Management Gateway > Create Cloud Management Gateway.',
      '4. General page: subscription ID `6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6`, and the Azure management certificate `C:\\certs\\azure-management.pfx`. The console connects to Azure.',
      '5. Settings page: region `westeurope`; VM instances `1`; server certificate `C:\\certs\\contosocmg.pfx`; client root certificate `C:\\certs\\contoso-root.cer`; service FQDN `contosocmg.cloudapp.net`.',
      '6. Clear **Verify Client Certificate Revocation** unless the CRL is published on the internet.',
      '7. Alerts page: 14-day outbound traffic threshold 200 GB, warning at 50%, critical at 90%.',
      '8. Finish the wizard. Provisioning takes 5 to 15 minutes: watch the Status column until it shows Ready.',
      "Ports from the connection point to the CMG: TCP-TLS 10140, HTTPS 443 (today's data-flow page: TCP-TLS first, HTTPS if TCP-TLS fails).",
      "An internet proxy passes only HTTPS. For one VM the two pages disagree: today's data-flow page says the connection point then uses HTTPS 443; the 1610 article says to open one port per VM starting at 10124. Let the proxy pass both: HTTPS 443 and HTTPS 10124.",
    ]);
  });

  it('1810, three VMs: no feature to turn on; one proxy port per VM from 10124, as both pages say', () => {
    const section = createSection(walkthrough(classicAnswers({ siteVersion: '1810', vmCount: 3 })));
    expect(section[0]).toBe('1. From 1802 the CMG is no longer a pre-release feature: there is nothing to turn on.');
    expect(section[1]).toBe('2. Administration > Cloud Services > Cloud Management Gateway > Create Cloud Management Gateway.');
    expect(section.slice(-2)).toEqual([
      "Ports from the connection point to the CMG: TCP-TLS 10140-10142, HTTPS 10124-10126 (today's data-flow page: TCP-TLS first, HTTPS if TCP-TLS fails).",
      "An internet proxy passes only HTTPS: let it pass HTTPS 10124-10126, one port per VM (the 1610 article and today's data-flow page agree).",
    ]);
  });

  it('1801 is still pre-release, 1802 is not (the 2018 pre-release page: full feature in 1802)', () => {
    expect(createSection(walkthrough(classicAnswers({ siteVersion: '1801' })))[0]).toMatch(/^1\. Until 1802 the CMG is a pre-release feature/);
    expect(createSection(walkthrough(classicAnswers({ siteVersion: '1802' })))[0]).toBe('1. From 1802 the CMG is no longer a pre-release feature: there is nothing to turn on.');
  });

  it('French: the consent label stays in English, as translated pages print it; the same steps and ports', () => {
    const french = createSection(walkthrough(classicAnswers({ siteVersion: '1610', vmCount: 1 }), 'fr'));
    expect(french).toHaveLength(10);
    expect(french[0]).toContain('**Consent to use Pre-Release features**');
    expect(french[1]).toContain('Administration > Services cloud > Mises à jour et maintenance > **Fonctionnalités**');
    expect(french[9]).toContain('HTTPS 443 et HTTPS 10124');
  });
});
