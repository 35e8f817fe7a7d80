import { describe, expect, it } from 'vitest';
import { cmgFqdnsApplies, desiredClientState, PS_CCM_KEY, PS_CCM_SECURITY_KEY } from '../../../src/steps/client-rollout/desired-state.ts';
import { classicAnswers, vmssAnswers } from '../../support/answers.ts';

describe('desired client state', () => {
  it.each([
    ['vmss, always on internet', vmssAnswers({ clientAlwaysOnInternet: true }), { serviceName: 'contosocmg.contoso.com', alwaysOnInternet: true, cmgFqdns: 'https://contosocmg.contoso.com' }],
    ['vmss, default', vmssAnswers(), { serviceName: 'contosocmg.contoso.com', alwaysOnInternet: false, cmgFqdns: 'https://contosocmg.contoso.com' }],
    ['classic, always on internet', classicAnswers({ clientAlwaysOnInternet: true }), { serviceName: 'contosocmg.cloudapp.net', alwaysOnInternet: true }],
    ['classic, default', classicAnswers(), { serviceName: 'contosocmg.cloudapp.net', alwaysOnInternet: false }],
  ])('%s', (_name, answers, expected) => {
    expect(desiredClientState(answers)).toStrictEqual(expected);
  });

  it('sets CMGFQDNs on current branch (vmss) only: classic leaves it to the client', () => {
    expect([cmgFqdnsApplies({ model: 'vmss' }), cmgFqdnsApplies({ model: 'classic' })]).toEqual([true, false]);
  });

  it('names the two client keys of the reference, for PowerShell', () => {
    expect([PS_CCM_SECURITY_KEY, PS_CCM_KEY]).toEqual(['HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security', 'HKLM:\\SOFTWARE\\Microsoft\\CCM']);
  });
});
