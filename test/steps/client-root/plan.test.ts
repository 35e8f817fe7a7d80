import { describe, it, expect } from 'vitest';
import { clientRoot } from '../../../src/steps/client-root/index.ts';
import type { StepPlan } from '../../../src/model/step.ts';
import type { PartialAnswers } from '../../../src/model/answers.ts';
import { isRelevant, isRequired } from '../../../src/model/inputs.ts';
import { classicAnswers, inputSpec, NOW, planStep, validateInput, vmssAnswers } from '../../support/answers.ts';
import { planAtPlace } from '../../../src/steps/index.ts';

const ROOT = 'C:\\certs\\contoso-root.cer';
const ISSUING = 'C:\\certs\\contoso-issuing.cer';
const EXPORT_SCRIPT = { path: '02-client-root/Export-CmgClientChain.ps1', purpose: 'client-chain.export', runOn: 'client' };
const CONSOLE_GUIDANCE = [{ key: 'clientChainConsole', params: {} }];
/** The plan with the script's text left out (its own tests check it). */
function shape(plan: StepPlan) {
  return { ...plan, artifacts: plan.artifacts.map(({ path, purpose, runOn }) => ({ path, purpose, runOn })) };
}

describe('client-root plan', () => {
  it('vmss PKI with one root', () => {
    expect(shape(planStep(clientRoot, vmssAnswers()))).toStrictEqual({ findings: [], artifacts: [EXPORT_SCRIPT], guidance: CONSOLE_GUIDANCE, facts: { clientRootCertCount: 1 } });
  });

  it('vmss PKI with a root and an intermediate', () => {
    const plan = planStep(clientRoot, vmssAnswers({ clientRootCerts: [ROOT, ISSUING] }));
    expect(plan.findings).toStrictEqual([]);
    expect(plan.facts).toEqual({ clientRootCertCount: 2 });
  });

  it('vmss PKI without any root warns', () => {
    const plan = planStep(clientRoot, vmssAnswers({ clientRootCerts: [] }));
    expect(plan.findings).toStrictEqual([{ severity: 'warning', code: 'CLIENT_ROOTS_MISSING', input: 'clientRootCerts' }]);
    expect(plan.facts).toEqual({ clientRootCertCount: 0 });
  });

  it.each([['entra'], ['token']] as const)('vmss with %s client authentication needs no roots (even when some are listed)', (clientAuth) => {
    expect(planStep(clientRoot, vmssAnswers({ clientAuth }))).toStrictEqual({
      findings: [{ severity: 'info', code: 'CLIENT_ROOTS_NOT_NEEDED', params: { clientAuth } }],
      artifacts: [],
      facts: {},
    });
  });

  it('classic with exactly one root', () => {
    expect(shape(planStep(clientRoot, classicAnswers()))).toStrictEqual({ findings: [], artifacts: [EXPORT_SCRIPT], guidance: CONSOLE_GUIDANCE, facts: { clientRootCertCount: 1 } });
  });

  it.each([
    [[], [{ severity: 'error', code: 'CLASSIC_ONE_ROOT', params: { count: 0 }, input: 'clientRootCerts' }]],
    [[ROOT, ISSUING], [{ severity: 'error', code: 'CLASSIC_ONE_ROOT', params: { count: 2 }, input: 'clientRootCerts' }]],
  ])('classic with %j takes exactly one root', (clientRootCerts, expected) => {
    expect(planStep(clientRoot, classicAnswers({ clientRootCerts })).findings).toStrictEqual(expected);
  });
});

describe('client-root with the certificate report', () => {
  it('publishes which given file is a root and which an intermediate, as the certificate check decided', () => {
    const authority = (path: string, kind: 'root' | 'intermediate') => ({ path, subject: `CN=${kind}`, issuer: 'CN=root', thumbprint: (kind === 'root' ? 'A' : 'B').repeat(40), notBefore: '2026-01-01T00:00:00.000Z', notAfter: '2030-01-01T00:00:00.000Z', kind });
    const clientAuthorities = [authority(ROOT, 'root'), authority(ISSUING, 'intermediate')];
    const plan = planAtPlace(clientRoot, { answers: vmssAnswers({ clientRootCerts: [ROOT, ISSUING] }), now: NOW, certificates: { findings: [], clientAuthorities, subCas: [] } });
    expect(plan.facts).toStrictEqual({ clientRootCertCount: 2, clientAuthorities });
  });
});

describe('client-root inputs', () => {
  it.each<[string, PartialAnswers, unknown[]]>([
    ['pki', { model: 'vmss', siteVersion: '2403' }, []],
    ['entra', { model: 'vmss', siteVersion: '2010' }, []],
    ['token', { model: 'vmss', siteVersion: '2002' }, []],
    ['token', { model: 'vmss', siteVersion: '2403' }, []],
    ['pki', { model: 'classic', siteVersion: '1610' }, []],
    ['token', { model: 'vmss', siteVersion: '1910' }, [{ severity: 'error', code: 'CLIENT_AUTH_TOKEN_VERSION', params: { siteVersion: '1910' } }]],
    ['token', { model: 'vmss' }, [{ severity: 'error', code: 'CLIENT_AUTH_TOKEN_VERSION', params: { siteVersion: '' } }]],
    ['entra', { model: 'classic', siteVersion: '1810' }, [{ severity: 'error', code: 'CLIENT_AUTH_CLASSIC', params: { value: 'entra' } }]],
    ['token', { model: 'classic', siteVersion: '1810' }, [{ severity: 'error', code: 'CLIENT_AUTH_CLASSIC', params: { value: 'token' } }]],
  ])('clientAuth %s with %j', (value, answers, expected) => {
    expect(validateInput('clientAuth', value, answers)).toEqual(expected);
  });

  it('declares clientAuth as a pki/entra/token choice defaulting to pki', () => {
    const spec = inputSpec('clientAuth');
    expect([spec.kind, spec.choices, spec.default]).toEqual(['choice', ['pki', 'entra', 'token'], 'pki']);
  });

  it.each<[PartialAnswers, boolean, boolean]>([
    [{ model: 'vmss', clientAuth: 'pki' }, true, false],
    [{ model: 'vmss', clientAuth: 'entra' }, false, false],
    [{ model: 'classic', clientAuth: 'pki' }, true, true],
  ])('clientRootCerts for %j: relevant %s, required %s', (answers, relevant, required) => {
    const spec = inputSpec('clientRootCerts');
    expect([isRelevant(spec, answers), isRequired(spec, answers)]).toEqual([relevant, required]);
  });
});
