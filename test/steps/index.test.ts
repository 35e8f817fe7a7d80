import { describe, it, expect } from 'vitest';
import { planAtPlace, STEPS } from '../../src/steps/index.ts';
import { ALL_INPUTS, STEP_IDS, stepFolder, stepPosition } from '../../src/steps/declarations.ts';
import { LANGS } from '../../src/model/lang.ts';
import type { Answers } from '../../src/model/answers.ts';
import { isRelevant, isRequired } from '../../src/model/inputs.ts';
import { Secret } from '../../src/model/secret.ts';
import { classicAnswers, planStep, vmssAnswers } from '../support/answers.ts';
import { expectPowerShellScript } from './script-checks.ts';

const VARIANTS: Array<[string, Answers]> = [
  ['vmss public', vmssAnswers()],
  ['vmss usgov, entra, proxy, 1 VM', vmssAnswers({ cloud: 'usgov', region: 'usgovvirginia', clientAuth: 'entra', proxyServer: 'proxy.contoso.com', proxyPort: 8080, vmCount: 1 })],
  ['vmss without optional answers', vmssAnswers({ serverCertPath: undefined, serverCertPassword: undefined, description: undefined, trafficThresholdGb: undefined, softwareUpdatePoints: [] })],
  ['classic public', classicAnswers({ distributionPoints: ['dp01.contoso.com'] })],
  ['classic usgov with proxy', classicAnswers({ cloud: 'usgov', region: 'usgovtexas', serviceName: 'contosocmg.usgovcloudapp.net', proxyServer: 'proxy.contoso.com', proxyPort: 3128 })],
  ['classic 1610', classicAnswers({ siteVersion: '1610' })],
];

describe('STEPS', () => {
  it('runs the eight steps in the stable id order', () => {
    expect(STEPS.map((step) => step.id)).toEqual([...STEP_IDS]);
    expect(STEP_IDS.map(stepFolder)).toEqual([
      '01-server-certificate',
      '02-client-root',
      '03-azure',
      '04-gateway',
      '05-site',
      '06-connection-point',
      '07-roles',
      '08-clients',
    ]);
  });

  it('ids are unique and in kebab case: they name output folders and JSON keys', () => {
    expect(new Set(STEP_IDS).size).toBe(STEPS.length);
    for (const id of STEP_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('numbers and folders follow the order of the list, and a step is told its own', () => {
    expect(stepPosition('gateway')).toEqual({ number: 4 });
    expect(() => stepPosition('no-such-step')).toThrow('no step no-such-step');
    const seen: string[] = [];
    for (const step of STEPS) {
      const spy = { ...step, plan: (ctx: Parameters<typeof step.plan>[0]) => (seen.push(`${step.id} ${ctx.position.number} ${ctx.folder}`), step.plan(ctx)) };
      planAtPlace(spy, { answers: vmssAnswers(), now: new Date('2026-03-01T00:00:00Z') });
    }
    expect(seen).toEqual(STEP_IDS.map((id, index) => `${id} ${index + 1} ${stepFolder(id)}`));
  });

  it('every step has its texts in every language', () => {
    for (const step of STEPS) expect(Object.keys(step.texts).sort()).toEqual([...LANGS].sort());
  });

  it('declares every input once, general inputs first, each in its own step', () => {
    const keys = ALL_INPUTS.map((input) => input.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.slice(0, 3)).toEqual(['model', 'cloud', 'siteVersion']);
    for (const step of STEPS) expect(step.inputs.filter((input) => input.step !== step.id)).toEqual([]);
  });
});

describe.each(VARIANTS)('every step on %s', (_name, answers) => {
  const plans = STEPS.map((step) => ({ step, plan: planStep(step, answers) }));

  it('puts each artifact in its step folder', () => {
    for (const { step, plan } of plans) {
      expect(plan.artifacts.filter((artifact) => !artifact.path.startsWith(`${stepFolder(step.id)}/`))).toEqual([]);
    }
  });

  it('emits only scripts that follow the conventions and parse', async () => {
    const scripts = plans.flatMap(({ plan }) => plan.artifacts).filter((artifact) => artifact.path.endsWith('.ps1'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(typeof script.content).toBe('string');
      await expectPowerShellScript(String(script.content));
    }
  });

  it('plans the same output twice, whatever the clock', () => {
    const again = STEPS.map((step) => planAtPlace(step, { answers, now: new Date('2030-12-31T23:59:59Z') }));
    expect(again).toEqual(plans.map(({ plan }) => plan));
  });
});

describe('secrets', () => {
  it('never reach a finding, a fact or an artifact', () => {
    const secret = 'Tr0ub4dor&3-never-print';
    const answers = classicAnswers({
      serverCertPassword: new Secret(secret, 'env:CMG_SERVER_CERT_PASSWORD'),
      managementCertPassword: new Secret(secret, 'stdin'),
    });
    const vmss = vmssAnswers({ serverCertPassword: new Secret(secret, 'prompt') });
    const plans = [...STEPS.map((step) => planStep(step, answers)), ...STEPS.map((step) => planStep(step, vmss))];
    expect(JSON.stringify(plans)).not.toContain(secret);
    expect(plans.flatMap((plan) => plan.artifacts).filter((artifact) => String(artifact.content).includes(secret))).toEqual([]);
  });
});

describe.each([
  ['vmss', vmssAnswers()],
  ['classic', classicAnswers()],
])('the %s answers factory', (_name, answers) => {
  it('passes every declared validator of the inputs that apply', () => {
    const problems = ALL_INPUTS.filter((spec) => spec.validate && isRelevant(spec, answers) && answers[spec.key] !== undefined).flatMap((spec) =>
      (spec.validate?.(answers[spec.key] as never, answers) ?? []).map((problem) => ({ key: spec.key, ...problem })),
    );
    expect(problems).toEqual([]);
  });

  it('answers every required input', () => {
    expect(ALL_INPUTS.filter((spec) => isRequired(spec, answers) && answers[spec.key] === undefined).map((spec) => spec.key)).toEqual([]);
  });
});
