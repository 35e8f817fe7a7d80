/**
 * The interview at a terminal (issue 14), at the level of input resolution: going back, values
 * given by flag checked before the first question, a given value refused once the answers before
 * it are known, the recommended settings, a step asked again after its checks, editing one step
 * from the review, and progress told after each step. The prompter is scripted: each question
 * names its input, and the test says what is typed there (or Shift+Tab).
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { GoBackError, ValidationFailedError } from '../../src/model/errors.ts';
import type { AnyInputSpec } from '../../src/model/inputs.ts';
import { ALL_INPUTS } from '../../src/steps/declarations.ts';
import type { Prompter } from '../../src/wizard/prompter-port.ts';
import { resolveInputs, type InterviewHooks, type InterviewProgress, type ResolveOptions } from '../../src/wizard/resolve.ts';
import { quietInterview } from '../support/fake-prompter.ts';
import { REQUIRED_VMSS } from '../support/answers.ts';

/** Everything a vmss run needs but the general step and the server certificate's step, by flag. */
const FLAGS: Record<string, unknown> = {
  ...Object.fromEntries(Object.entries(REQUIRED_VMSS).filter(([key]) => key !== 'serviceName')),
  clientAuth: 'entra',
  clientAppClientId: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
};

const BACK = Symbol('Shift+Tab');
type Typed = unknown | typeof BACK;

interface Asked {
  key: string;
  offered: unknown;
}

/**
 * Answers each question from `script` (by key, in order; BACK throws GoBackError), else with the
 * offered value. Records every question with what it offered.
 */
function scripted(script: Record<string, Typed[]>): { prompter: Prompter; asked: Asked[] } {
  const queues = new Map(Object.entries(script).map(([key, values]) => [key, [...values]]));
  const asked: Asked[] = [];
  const prompter: Prompter = {
    async ask(spec: AnyInputSpec, { default: offered }) {
      asked.push({ key: spec.key, offered });
      const next = queues.get(spec.key)?.shift();
      if (next === BACK) throw new GoBackError();
      return next === undefined ? offered : next;
    },
    async askSecret(spec: AnyInputSpec) {
      asked.push({ key: spec.key, offered: undefined });
      return 'typed';
    },
    ...quietInterview,
  };
  return { prompter, asked };
}

function options(overrides: Partial<ResolveOptions>, flags: Record<string, unknown> = FLAGS): ResolveOptions {
  return { specs: ALL_INPUTS, flags: new Map(Object.entries(flags)), secretFlags: new Map(), env: {}, stdin: Readable.from([]), statPath: () => 'file', ...overrides };
}

const keys = (asked: Asked[]) => asked.map((question) => question.key);

describe('Shift+Tab goes back one question', () => {
  it('the question before is asked again, offering what was typed there; the rest follows again', async () => {
    const { prompter, asked } = scripted({ cloud: ['usgov', BACK], siteVersion: [BACK, '2403'], serviceName: ['cmg.contoso.com'], region: ['usgovvirginia'] });
    const result = await resolveInputs(options({ prompter }));
    expect(keys(asked).slice(0, 6)).toEqual(['model', 'cloud', 'siteVersion', 'cloud', 'model', 'cloud']);
    // Coming back, cloud offers the usgov typed before, not its default.
    expect(asked[3]).toEqual({ key: 'cloud', offered: 'usgov' });
    expect(asked[5]).toEqual({ key: 'cloud', offered: 'usgov' });
    expect(result.answers.cloud).toBe('usgov');
    expect(result.answers.siteVersion).toBe('2403');
    expect(result.sources.siteVersion).toBe('prompt');
  });

  it('at the first question there is nothing before it: the same question is asked again', async () => {
    const { prompter, asked } = scripted({ model: [BACK, 'vmss'], serviceName: ['cmg.contoso.com'] });
    await resolveInputs(options({ prompter }));
    expect(keys(asked).slice(0, 3)).toEqual(['model', 'model', 'cloud']);
  });

  it('a value given by flag in between is not a question: back skips over it', async () => {
    const { prompter, asked } = scripted({ siteVersion: [BACK], serviceName: ['cmg.contoso.com'] });
    await resolveInputs(options({ prompter }, { ...FLAGS, cloud: 'public' }));
    expect(keys(asked).slice(0, 4)).toEqual(['model', 'siteVersion', 'model', 'siteVersion']);
  });
});

describe('values given by flag are checked before the first question', () => {
  it.each([
    ['region', 'westeruope', 'REGION_UNKNOWN', 'westeurope'],
    ['vmCount', '17', 'VM_COUNT_RANGE', 16],
  ])('--%s %s: said before anything is asked (%s), then asked at its turn', async (key, value, code, typed) => {
    const { prompter, asked } = scripted({ serviceName: ['cmg.contoso.com'], [key]: [typed] });
    const said: string[] = [];
    const hooks: InterviewHooks = {
      refusedBeforeAsking: (findings) => said.push(`${asked.length} ${findings.map((finding) => `${finding.input} ${finding.code}`).join(', ')}`),
      refused: (spec, problems, source) => said.push(`${spec.key} ${source} ${problems.map((problem) => problem.code).join(',')}`),
    };
    const result = await resolveInputs(options({ prompter, hooks }, { ...FLAGS, [key]: value }));
    expect(said).toEqual([`0 ${key} ${code}`, `${key} flag ${code}`]);
    expect(keys(asked)).toContain(key);
    expect([(result.answers as unknown as Record<string, unknown>)[key], result.sources[key as never]]).toEqual([typed, 'prompt']);
  });

  it('one that no question can correct (--arm-endpoint, command line only) stops the run before the first question, the error naming it', async () => {
    const { prompter, asked } = scripted({});
    const failure = await resolveInputs(options({ prompter }, { ...FLAGS, armEndpoint: 'http://management.azure.com' })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ValidationFailedError);
    expect((failure as ValidationFailedError).shown).toBe(false);
    expect((failure as ValidationFailedError).findings.map((finding) => finding.input)).toEqual(['armEndpoint']);
    expect(asked).toEqual([]);
  });

  it('a rule that depends on an answer still to come is judged at the input\'s turn: refused then, and asked', async () => {
    // westeurope is a public region; the cloud typed at the prompt is usgov.
    const refused: string[] = [];
    const { prompter, asked } = scripted({ cloud: ['usgov'], serviceName: ['cmg.contoso.com'], region: ['usgovvirginia'] });
    const hooks: InterviewHooks = { refused: (spec, problems, source) => refused.push(`${spec.key} ${source} ${problems.map((problem) => problem.code).join(',')}`) };
    const result = await resolveInputs(options({ prompter, hooks }));
    expect(refused).toEqual(['region flag REGION_WRONG_CLOUD']);
    expect(keys(asked)).toContain('region');
    expect([result.answers.region, result.sources.region]).toEqual(['usgovvirginia', 'prompt']);
  });
});

describe('the recommended settings for the advanced options', () => {
  const advanced = new Set(['vmSize', 'enforceTls12']);
  const specs = ALL_INPUTS.map((spec) => ({ ...spec, advanced: advanced.has(spec.key) }));

  it('accepted: the advanced inputs are not asked and take their defaults', async () => {
    const { prompter, asked } = scripted({ serviceName: ['cmg.contoso.com'] });
    const result = await resolveInputs(options({ specs, prompter, hooks: { recommended: async () => true } }));
    expect(keys(asked)).not.toContain('vmSize');
    expect(keys(asked)).not.toContain('enforceTls12');
    expect([result.answers.vmSize, result.sources.vmSize]).toEqual(['standard', 'default']);
  });

  it('declined: they are asked like the others', async () => {
    const { prompter, asked } = scripted({ serviceName: ['cmg.contoso.com'] });
    await resolveInputs(options({ specs, prompter, hooks: { recommended: async () => false } }));
    expect(keys(asked)).toEqual(expect.arrayContaining(['vmSize', 'enforceTls12']));
  });

  it('not asked at all when every advanced input is given', async () => {
    let questions = 0;
    const { prompter } = scripted({ serviceName: ['cmg.contoso.com'] });
    await resolveInputs(options({ specs, prompter, hooks: { recommended: async () => (questions += 1) > 0 } }, { ...FLAGS, vmSize: 'large', enforceTls12: true }));
    expect(questions).toBe(0);
  });
});

describe('a step asked again after its checks, and progress after each step', () => {
  it('"again" asks the step\'s questions again, offering the values typed', async () => {
    let checks = 0;
    const hooks: InterviewHooks = { stepDone: async (step) => (step === 'server-certificate' && (checks += 1) === 1 ? 'again' : 'next') };
    const { prompter, asked } = scripted({ serviceName: ['cmg.contoso.com', 'cmg2.contoso.com'] });
    const result = await resolveInputs(options({ prompter, hooks }));
    const serviceName = asked.filter((question) => question.key === 'serviceName');
    expect(serviceName).toEqual([
      { key: 'serviceName', offered: undefined },
      { key: 'serviceName', offered: 'cmg.contoso.com' },
    ]);
    expect(result.answers.serviceName).toBe('cmg2.contoso.com');
  });

  it('"again" on a step with a value given by flag asks it too, offering the given value', async () => {
    let checks = 0;
    const hooks: InterviewHooks = { stepDone: async (step) => (step === 'gateway' && (checks += 1) === 1 ? 'again' : 'next') };
    const { prompter, asked } = scripted({ serviceName: ['cmg.contoso.com'] });
    await resolveInputs(options({ prompter, hooks }));
    expect(asked.filter((question) => question.key === 'region')).toEqual([{ key: 'region', offered: 'westeurope' }]);
  });

  it('onProgress is told once per step, in order, with the answers so far', async () => {
    const told: Array<[string, unknown]> = [];
    const { prompter } = scripted({ serviceName: ['cmg.contoso.com'] });
    await resolveInputs(options({ prompter, onProgress: (progress: InterviewProgress) => told.push([progress.stepDone, progress.answers.serviceName]) }));
    expect(told).toEqual([
      ['general', undefined],
      ['server-certificate', 'cmg.contoso.com'],
      ['client-root', 'cmg.contoso.com'],
      ['azure', 'cmg.contoso.com'],
      ['gateway', 'cmg.contoso.com'],
      ['site', 'cmg.contoso.com'],
      ['connection-point', 'cmg.contoso.com'],
      ['roles', 'cmg.contoso.com'],
      ['clients', 'cmg.contoso.com'],
    ]);
  });
});

describe('editing a step from the review', () => {
  it('asks only that step, offering its values; every other value keeps its value and source', async () => {
    const first = await resolveInputs(options({ prompter: scripted({ serviceName: ['cmg.contoso.com'], vmCount: [3] }).prompter }));
    const { prompter, asked } = scripted({ vmCount: [4] });
    const edited = await resolveInputs(options({ prompter, edit: { answers: first.answers, sources: first.sources, step: 'gateway' } }));
    const gatewayKeys = ALL_INPUTS.filter((spec) => spec.step === 'gateway').map((spec) => spec.key);
    expect(keys(asked).filter((key) => !gatewayKeys.includes(key as never))).toEqual([]);
    // region came by flag: editing the step asks it too, offering the flag's value.
    expect(asked.find((question) => question.key === 'region')).toEqual({ key: 'region', offered: 'westeurope' });
    expect(asked.find((question) => question.key === 'vmCount')).toEqual({ key: 'vmCount', offered: 3 });
    expect([edited.answers.vmCount, edited.sources.vmCount]).toEqual([4, 'prompt']);
    // Enter on a value kept from before keeps where it came from.
    expect([edited.answers.region, edited.sources.region]).toEqual(['westeurope', 'flag']);
    expect([edited.answers.serviceName, edited.sources.serviceName]).toEqual(['cmg.contoso.com', 'prompt']);
    expect([edited.answers.siteCode, edited.sources.siteCode]).toEqual(['P01', 'flag']);
  });
});
