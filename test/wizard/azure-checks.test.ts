/**
 * The Azure checks are collected from the steps (Step.azureChecks) and run in the order the steps
 * give them: azure/checks.ts knows no step, and a registry without the step checks nothing of it.
 */
import { describe, expect, it } from 'vitest';
import { azureChecks } from '../../src/wizard/azure-checks.ts';
import { runChecks } from '../../src/azure/checks.ts';
import type { Arm } from '../../src/azure/arm.ts';
import { STEPS } from '../../src/steps/index.ts';
import { azure } from '../../src/steps/azure/index.ts';
import { serverCertificate } from '../../src/steps/server-certificate/index.ts';
import type { Step } from '../../src/model/step.ts';
import type { AzureCheckRequest } from '../../src/model/azure-checks.ts';
import { classicAnswers, vmssAnswers } from '../support/answers.ts';

const SUBSCRIPTION = '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6';

const stepAsking = (id: string, checks: AzureCheckRequest[]): Step => ({
  id,
  title: serverCertificate.title,
  texts: serverCertificate.texts,
  runbookFiles: serverCertificate.runbookFiles,
  inputs: [],
  plan: () => ({ findings: [], artifacts: [], facts: {} }),
  azureChecks: () => checks,
});

/** Answers the subscription and every provider as Registered, recording the calls. */
function recordingArm(calls: string[]): Arm {
  return {
    subscription: async () => {
      calls.push('subscription()');
      return { state: 'Enabled', tenantId: 'tenant' };
    },
    provider: async (namespace: string) => {
      calls.push(`provider(${namespace})`);
      return { registrationState: 'Registered', resourceTypes: [] };
    },
  } as unknown as Arm;
}

describe('azureChecks', () => {
  it('the azure step asks, for vmss, the subscription, permissions, providers, region and size, resource group and names, in that order', () => {
    expect(azureChecks(vmssAnswers({ resourceGroup: 'rg-contoso-cmg' })).map((request) => request.check)).toStrictEqual(['subscription', 'permissions', 'providers', 'region-and-size', 'resource-group', 'names']);
  });

  it('for classic: the subscription, permissions (unverified: no group), the classic providers and, with content, the storage name', () => {
    const checks = azureChecks(classicAnswers({ contentEnabled: true }));
    expect(checks.map((request) => request.check)).toStrictEqual(['subscription', 'permissions', 'providers', 'names']);
    expect(checks[1]).toStrictEqual({ check: 'permissions', subscriptionId: checks[0]?.check === 'subscription' ? checks[0].subscriptionId : '' });
    expect(checks[3]).toMatchObject({ keyVault: false, storage: true, confirmFree: false });
  });

  it('a registry without the step asks nothing of Azure', () => {
    expect(azureChecks(vmssAnswers(), STEPS.filter((step) => step !== azure))).toStrictEqual([]);
  });
});

describe('runChecks', () => {
  const first = stepAsking('first', [{ check: 'providers', namespaces: ['Microsoft.Storage'] }]);
  const second = stepAsking('second', [{ check: 'subscription', subscriptionId: SUBSCRIPTION }]);

  it('runs the checks in the order the steps give them', async () => {
    for (const [steps, expected] of [
      [[first, second], ['provider(Microsoft.Storage)', 'subscription()']],
      [[second, first], ['subscription()', 'provider(Microsoft.Storage)']],
    ] as const) {
      const calls: string[] = [];
      const findings = await runChecks(recordingArm(calls), azureChecks(vmssAnswers(), steps), { registerProviders: false, subscriptionId: SUBSCRIPTION });
      expect(calls).toStrictEqual(expected);
      expect(findings.map((finding) => finding.code)).toStrictEqual(expected.map((call) => (call === 'subscription()' ? 'AZURE_SUBSCRIPTION_OK' : 'AZURE_PROVIDERS_OK')));
    }
  });

  it('no step asking: no call and no finding', async () => {
    const calls: string[] = [];
    expect(await runChecks(recordingArm(calls), azureChecks(vmssAnswers(), [serverCertificate]), { registerProviders: false, subscriptionId: SUBSCRIPTION })).toStrictEqual([]);
    expect(calls).toStrictEqual([]);
  });
});
