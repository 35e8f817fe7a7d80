import { describe, expect, it } from 'vitest';
import { clients } from '../../../../src/steps/clients/index.ts';
import { clientCodesEn } from '../../../../src/messages/clients.en.ts';
import { clientCodesFr } from '../../../../src/messages/clients.fr.ts';
import { texts, type ClientsPurpose } from '../../../../src/steps/clients/texts.ts';
import { CLIENT_ROLLOUTS } from '../../../../src/model/answers.ts';
import { classicAnswers, planStep, vmssAnswers } from '../../../support/answers.ts';
import { forms } from '../../../support/runbook-variants.ts';

const { purposes: clientPurposesEn, verify: clientVerifyEn, entries: clientRunbookEntriesEn } = texts.en;
const { purposes: clientPurposesFr, verify: clientVerifyFr, entries: clientRunbookEntriesFr } = texts.fr;
const ALL = [...CLIENT_ROLLOUTS];
// 'set': with ClientAlwaysOnInternet left alone (the default) the baseline and the GPO have nothing to write.
const purposes: ClientsPurpose[] = [...new Set<ClientsPurpose>([vmssAnswers({ clientRollout: ALL, clientAlwaysOnInternetAction: 'set' }), classicAnswers({ clientRollout: ALL, clientAlwaysOnInternetAction: 'set' })].flatMap((answers) => planStep(clients, answers).artifacts.map((artifact) => artifact.purpose as ClientsPurpose)))];

describe('step 8 texts', () => {
  it('step 8 produces the seven purposes', () => {
    expect(purposes.sort()).toEqual([
      'clients.baseline.discovery',
      'clients.baseline.remediation',
      'clients.ccmsetup',
      'clients.gpo',
      'clients.intune.detection',
      'clients.intune.remediation',
      'clients.script',
    ]);
  });

  it.each([
    ['purposes', clientPurposesEn, clientPurposesFr],
    ['verify', clientVerifyEn, clientVerifyFr],
    ['runbook entries', clientRunbookEntriesEn, clientRunbookEntriesFr],
  ] as const)('%s: one text per purpose, in both languages', (_name, en, fr) => {
    expect(Object.keys(en).sort()).toEqual([...purposes].sort());
    expect(Object.keys(fr).sort()).toEqual([...purposes].sort());
  });

  it.each(purposes)('runbook entry of %s: how, what changes and how to undo, in both languages', (purpose) => {
    for (const entry of [clientRunbookEntriesEn[purpose], clientRunbookEntriesFr[purpose]]) {
      // A text that depends on the answers is checked in each of its forms.
      for (const field of [entry?.how, entry?.changes, entry?.rollback]) {
        expect(forms(field).length).toBeGreaterThan(0);
        for (const text of forms(field)) expect(text.length).toBeGreaterThan(20);
      }
    }
    expect(clientRunbookEntriesFr[purpose]?.console === undefined).toBe(clientRunbookEntriesEn[purpose]?.console === undefined);
  });

  it('has the finding texts of every code step 8 can report, in both languages', () => {
    const codes = [vmssAnswers({ clientAlwaysOnInternetAction: 'set' }), classicAnswers()].flatMap((answers) => planStep(clients, answers).findings.map((finding) => finding.code));
    // The codes of the main catalogue (en.ts / fr.ts): ALWAYS_ON_INTERNET and issue 11's CMGFQDNS_BOOTSTRAP.
    const own = codes.filter((code) => code !== 'ALWAYS_ON_INTERNET' && code !== 'CMGFQDNS_BOOTSTRAP');
    expect(codes).toEqual(['ALWAYS_ON_INTERNET', 'CMGFQDNS_BOOTSTRAP', 'CLIENT_INSTALL_ON_INTRANET']);
    expect(Object.keys(clientCodesEn)).toEqual(own);
    expect(Object.keys(clientCodesFr)).toEqual(own);
  });

  it('French: a space before every colon and semicolon that ends a phrase (code spans aside)', () => {
    const texts = [
      ...Object.values(clientPurposesFr).flatMap(forms),
      ...Object.values(clientVerifyFr).flatMap(forms),
      ...Object.values(clientRunbookEntriesFr).flatMap((entry) => [entry.how, entry.changes, entry.console, entry.rollback].flatMap(forms)),
      ...Object.values(clientCodesFr).map((text) => text({})),
    ];
    const prose = texts.map((text) => text.replace(/`[^`]*`/g, '`code`'));
    expect(prose.flatMap((text) => text.match(/\S[:;](?=\s|$)/g) ?? [])).toEqual([]);
    expect(texts.join(' ')).toMatch(/élément de configuration/);
    expect(texts.join(' ')).toMatch(/base de référence de configuration/);
    expect(texts.join(' ')).toMatch(/regroupement/);
    expect(texts.join(' ')).toMatch(/stratégie de groupe/);
    expect(texts.join(' ')).toMatch(/point de gestion/);
  });
});
