import { describe, it, expect } from 'vitest';
import { clientRoot } from '../../src/steps/02-client-root.ts';
import type { StepFinding } from '../../src/steps/step.ts';
import type { PartialAnswers } from '../../src/wizard/answers.ts';
import { isRelevant, isRequired } from '../../src/wizard/inputs.ts';
import { classicAnswers, inputSpec, planStep, validateInput, vmssAnswers } from '../support/answers.ts';

const ROOT = 'C:\\certs\\contoso-root.cer';
const ISSUING = 'C:\\certs\\contoso-issuing.cer';
const notChecked = (path: string): StepFinding => ({ severity: 'info', code: 'CERT_CONTENT_NOT_CHECKED', params: { path }, input: 'clientRootCerts' });

describe('client-root plan', () => {
  it('vmss PKI with one root', () => {
    expect(planStep(clientRoot, vmssAnswers())).toStrictEqual({ findings: [notChecked(ROOT)], artifacts: [], facts: { clientRootCertCount: 1 } });
  });

  it('vmss PKI with a root and an intermediate', () => {
    const plan = planStep(clientRoot, vmssAnswers({ clientRootCerts: [ROOT, ISSUING] }));
    expect(plan.findings).toStrictEqual([notChecked(ROOT), notChecked(ISSUING)]);
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
    expect(planStep(clientRoot, classicAnswers())).toStrictEqual({ findings: [notChecked(ROOT)], artifacts: [], facts: { clientRootCertCount: 1 } });
  });

  it.each([
    [[], [{ severity: 'error', code: 'CLASSIC_ONE_ROOT', params: { count: 0 }, input: 'clientRootCerts' }]],
    [[ROOT, ISSUING], [{ severity: 'error', code: 'CLASSIC_ONE_ROOT', params: { count: 2 }, input: 'clientRootCerts' }, notChecked(ROOT), notChecked(ISSUING)]],
  ])('classic with %j takes exactly one root', (clientRootCerts, expected) => {
    expect(planStep(clientRoot, classicAnswers({ clientRootCerts })).findings).toStrictEqual(expected);
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
