import { describe, expect, it } from 'vitest';
import { cmgFqdnsApplies, desiredClientState, formHasWork, PS_CCM_KEY, PS_CCM_SECURITY_KEY, writesCmgFqdns } from '../../../../src/steps/clients/rollout/desired-state.ts';
import { classicAnswers, vmssAnswers } from '../../../support/answers.ts';

describe('desired client state', () => {
  it.each([
    ['vmss, set', vmssAnswers({ clientAlwaysOnInternetAction: 'set' }), { serviceName: 'contosocmg.contoso.com', alwaysOnInternet: 'set', cmgFqdns: 'https://contosocmg.contoso.com' }],
    ['vmss, default (leave)', vmssAnswers(), { serviceName: 'contosocmg.contoso.com', alwaysOnInternet: 'leave', cmgFqdns: 'https://contosocmg.contoso.com' }],
    ['classic, remove', classicAnswers({ clientAlwaysOnInternetAction: 'remove' }), { serviceName: 'contosocmg.cloudapp.net', alwaysOnInternet: 'remove' }],
    ['classic, default (leave)', classicAnswers(), { serviceName: 'contosocmg.cloudapp.net', alwaysOnInternet: 'leave' }],
  ])('%s', (_name, answers, expected) => {
    expect(desiredClientState(answers)).toStrictEqual(expected);
  });

  it('sets CMGFQDNs on current branch (vmss) only: classic leaves it to the client', () => {
    expect([cmgFqdnsApplies({ model: 'vmss' }), cmgFqdnsApplies({ model: 'classic' })]).toEqual([true, false]);
  });

  // Issue 11: CMGFQDNs is the off-premises bootstrap; the baseline and the GPO refresh and reach
  // clients that talk to the site or a domain controller, so they never write it.
  it('only the client script and the Intune remediation bootstrap CMGFQDNs', () => {
    const vmss = desiredClientState(vmssAnswers());
    const classic = desiredClientState(classicAnswers());
    expect((['script', 'configmgr-baseline', 'gpo', 'intune'] as const).map((form) => [writesCmgFqdns(vmss, form), writesCmgFqdns(classic, form)])).toEqual([
      [true, false],
      [false, false],
      [false, false],
      [true, false],
    ]);
  });

  it('a form has work when ClientAlwaysOnInternet is set or removed, or it bootstraps CMGFQDNs', () => {
    const leave = desiredClientState(vmssAnswers());
    const remove = desiredClientState(vmssAnswers({ clientAlwaysOnInternetAction: 'remove' }));
    expect((['script', 'configmgr-baseline', 'gpo', 'intune'] as const).map((form) => [formHasWork(leave, form), formHasWork(remove, form)])).toEqual([
      [true, true],
      [false, true],
      [false, true],
      [true, true],
    ]);
    expect(formHasWork(desiredClientState(classicAnswers()), 'intune')).toBe(false);
  });

  it('names the two client keys of the reference, for PowerShell', () => {
    expect([PS_CCM_SECURITY_KEY, PS_CCM_KEY]).toEqual(['HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security', 'HKLM:\\SOFTWARE\\Microsoft\\CCM']);
  });
});
