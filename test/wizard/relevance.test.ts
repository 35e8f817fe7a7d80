import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ALL_INPUTS } from '../../src/steps/declarations.ts';
import { defaultOf, isRequired, type AnyInputSpec } from '../../src/model/inputs.ts';
import type { Prompter } from '../../src/wizard/prompter-port.ts';
import { quietInterview } from '../support/fake-prompter.ts';
import { resolveInputs, type ResolveOptions } from '../../src/wizard/resolve.ts';
import { contosoAnswers } from '../../src/wizard/example.ts';
import { REQUIRED_VMSS } from '../support/answers.ts';

/**
 * Issue 14, "Only what matters is asked": a question whose answer the plan ignores for the
 * answers before it is not asked, and a choice shows only what the answers so far allow.
 */

/** The minimum a classic run needs, as REQUIRED_VMSS for current branch (the management certificate's password comes from the environment). */
const REQUIRED_CLASSIC: Record<string, unknown> = {
  model: 'classic',
  serviceName: 'contosocmg.cloudapp.net',
  clientRootCerts: ['C:\\certs\\root.cer'],
  subscriptionId: '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6',
  managementCertPath: 'C:\\certs\\management.pfx',
  region: 'westeurope',
  siteCode: 'P01',
  smsProvider: 'cm01.contoso.com',
  connectionPointServer: 'cmgcp01.contoso.com',
  managementPoints: ['mp01.contoso.com'],
};

interface Asked {
  key: string;
  choices?: readonly string[] | undefined;
}

/** Answers each question with the given value or the offered default, and records what was asked (with the choices shown). */
function fakePrompter(values: Record<string, unknown>, asked: Asked[]): Prompter {
  return {
    async ask(spec: AnyInputSpec, { default: fallback, choices }) {
      asked.push({ key: spec.key, choices });
      return spec.key in values ? values[spec.key] : fallback;
    },
    async askSecret(spec: AnyInputSpec) {
      asked.push({ key: spec.key });
      return 'typed';
    },
    ...quietInterview,
  };
}

async function interview(flags: Record<string, unknown>, values: Record<string, unknown> = {}, overrides: Partial<ResolveOptions> = {}) {
  const asked: Asked[] = [];
  const result = await resolveInputs({
    specs: ALL_INPUTS,
    flags: new Map(Object.entries(flags)),
    secretFlags: new Map(),
    env: { CMG_SERVER_CERT_PASSWORD: 'pw', CMG_MANAGEMENT_CERT_PASSWORD: 'pw' },
    stdin: Readable.from([]),
    statPath: () => 'file',
    prompter: fakePrompter(values, asked),
    ...overrides,
  });
  return { result, keys: asked.map((entry) => entry.key), asked };
}

const TRAFFIC = ['trafficWarningPct', 'trafficCriticalPct', 'trafficStopService'];
const SITE_PKI = ['usePkiClientCert', 'clientsCheckCrl'];

describe('questions that cannot matter are not asked', () => {
  it('the alert percentages and the stop option: only once a traffic threshold is given', async () => {
    const without = await interview(REQUIRED_VMSS);
    expect(without.keys).toContain('trafficThresholdGb');
    expect(without.keys.filter((key) => TRAFFIC.includes(key))).toEqual([]);
    expect([without.result.answers.trafficWarningPct, without.result.answers.trafficCriticalPct, without.result.answers.trafficStopService]).toEqual([50, 90, false]);
    const atPrompt = await interview(REQUIRED_VMSS, { trafficThresholdGb: 200 });
    expect(atPrompt.keys.filter((key) => TRAFFIC.includes(key))).toEqual(TRAFFIC);
    const byFlag = await interview({ ...REQUIRED_VMSS, trafficThresholdGb: '200' });
    expect(byFlag.keys.filter((key) => TRAFFIC.includes(key))).toEqual(TRAFFIC);
  });

  it('classic: the percentages with a threshold, never the stop option (1902+; the classic syntax has none)', async () => {
    const withThreshold = await interview(REQUIRED_CLASSIC, { trafficThresholdGb: 200 });
    expect(withThreshold.keys.filter((key) => TRAFFIC.includes(key))).toEqual(['trafficWarningPct', 'trafficCriticalPct']);
    const without = await interview(REQUIRED_CLASSIC);
    expect(without.keys.filter((key) => TRAFFIC.includes(key))).toEqual([]);
  });

  it('a percentage given without a threshold is reported as not applicable and takes its default', async () => {
    const { result } = await interview({ ...REQUIRED_VMSS, trafficWarningPct: '40', trafficStopService: 'true' });
    expect(result.findings.filter((finding) => finding.code === 'INPUT_NOT_APPLICABLE')).toEqual([
      { severity: 'warning', code: 'INPUT_NOT_APPLICABLE', params: { source: 'flag' }, step: 'gateway', input: 'trafficWarningPct' },
      { severity: 'warning', code: 'INPUT_NOT_APPLICABLE', params: { source: 'flag' }, step: 'gateway', input: 'trafficStopService' },
    ]);
    expect([result.answers.trafficWarningPct, result.answers.trafficStopService]).toEqual([50, false]);
  });

  it("the site's PKI client-certificate and CRL settings: only with PKI client authentication (or classic)", async () => {
    const pki = await interview(REQUIRED_VMSS);
    expect(pki.keys.filter((key) => SITE_PKI.includes(key))).toEqual(SITE_PKI);
    for (const clientAuth of ['entra', 'token']) {
      const other = await interview(REQUIRED_VMSS, { clientAuth, clientAppClientId: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9' });
      expect(other.keys.filter((key) => SITE_PKI.includes(key)), clientAuth).toEqual([]);
      expect([other.result.answers.usePkiClientCert, other.result.answers.clientsCheckCrl]).toEqual([true, false]);
    }
    const classic = await interview(REQUIRED_CLASSIC);
    expect(classic.keys.filter((key) => SITE_PKI.includes(key))).toEqual(SITE_PKI);
  });

  it('the certificate template group: only when no .pfx is given (the wizard then writes the request)', async () => {
    const request = await interview(REQUIRED_VMSS);
    expect(request.keys.filter((key) => key === 'certTemplateGroup' || key === 'certTemplate')).toEqual(['certTemplateGroup', 'certTemplate']);
    const withPfx = await interview({ ...REQUIRED_VMSS, serverCertPath: 'C:\\certs\\contosocmg.pfx' });
    expect(withPfx.keys.filter((key) => key === 'certTemplateGroup' || key === 'certTemplate')).toEqual([]);
    expect(withPfx.result.answers.certTemplateGroup).toBe('ConfigMgr Site Servers');
    const pfxAtPrompt = await interview(REQUIRED_VMSS, { serverCertPath: 'C:\\certs\\contosocmg.pfx' });
    expect(pfxAtPrompt.keys.filter((key) => key === 'certTemplateGroup' || key === 'certTemplate')).toEqual([]);
  });
});

describe('choices offered for the answers so far', () => {
  const shown = (asked: Asked[], key: string) => asked.find((entry) => entry.key === key)?.choices;

  it('classic is offered exactly the client authentication classic supports: pki', async () => {
    const { asked } = await interview(REQUIRED_CLASSIC);
    expect(shown(asked, 'clientAuth')).toEqual(['pki']);
  });

  it('current branch: every client authentication from 2002, no site token before it', async () => {
    expect(shown((await interview(REQUIRED_VMSS)).asked, 'clientAuth')).toEqual(['pki', 'entra', 'token']);
    expect(shown((await interview({ ...REQUIRED_VMSS, siteVersion: '1906' })).asked, 'clientAuth')).toEqual(['pki', 'entra']);
  });

  it('ClientAlwaysOnInternet: what the older boolean of an answers file allows', async () => {
    expect(shown((await interview(REQUIRED_VMSS)).asked, 'clientAlwaysOnInternetAction')).toEqual(['set', 'remove', 'leave']);
    expect(shown((await interview({ ...REQUIRED_VMSS, clientAlwaysOnInternet: 'true' })).asked, 'clientAlwaysOnInternetAction')).toEqual(['set']);
    expect(shown((await interview({ ...REQUIRED_VMSS, clientAlwaysOnInternet: 'false' })).asked, 'clientAlwaysOnInternetAction')).toEqual(['remove', 'leave']);
  });

  it('a choice without a rule on the answers so far shows every choice (the prompter is given none)', async () => {
    const { asked } = await interview(REQUIRED_VMSS);
    expect(asked.filter((entry) => entry.choices !== undefined).map((entry) => entry.key)).toEqual(['clientAuth', 'clientAlwaysOnInternetAction']);
  });

  it('a value given that is not offered is still judged by the rule: at a terminal, it is asked, offering what classic supports', async () => {
    const { asked, result } = await interview({ ...REQUIRED_CLASSIC, clientAuth: 'entra' });
    expect(asked.find((entry) => entry.key === 'clientAuth')?.choices).toEqual(['pki']);
    expect(result.answers.clientAuth).toBe('pki');
  });
});

describe('a full current-branch interview, the Contoso example typed at the prompts', () => {
  /** Asks, and answers equal to the offered default ("Enter"; an optional question left empty counts too). */
  async function count(recommended?: boolean) {
    const values: Record<string, unknown> = contosoAnswers('vmss', 'public', { root: 'C:\\certs\\root.cer', server: 'C:\\certs\\contosocmg.pfx', management: 'C:\\certs\\management.pfx' });
    const asked: string[] = [];
    const enter: string[] = [];
    const prompter: Prompter = {
      async ask(spec, { default: fallback }) {
        asked.push(spec.key);
        const value = spec.key in values ? values[spec.key] : fallback;
        if (JSON.stringify(value) === JSON.stringify(fallback)) enter.push(spec.key);
        return value;
      },
      async askSecret(spec) {
        asked.push(spec.key);
        return 'typed';
      },
      ...quietInterview,
    };
    const hooks = recommended === undefined ? {} : { hooks: { recommended: async () => (asked.push('?recommended'), recommended) } };
    await resolveInputs({ specs: ALL_INPUTS, flags: new Map(), secretFlags: new Map(), env: {}, stdin: Readable.from([]), statPath: () => 'file', prompter, ...hooks });
    return { asked, enter };
  }

  it('asks 46 questions, 27 of them answered with Enter (47 and 28 before issue 14: the template group went with the .pfx)', async () => {
    const { asked, enter } = await count();
    expect([asked.length, enter.length]).toEqual([46, 27]);
    expect(asked).not.toContain('certTemplateGroup');
  });

  it('with the recommended settings for the advanced options taken (Enter at that question): 35 questions, 16 of them Enter, plus that one', async () => {
    const { asked, enter } = await count(true);
    // Asked once, where the first advanced input would have been asked (the server app's name, step 3).
    expect(asked.filter((key) => key === '?recommended')).toHaveLength(1);
    expect(asked[asked.indexOf('?recommended') - 1]).toBe('createEntraApps');
    expect([asked.length - 1, enter.length]).toEqual([35, 16]);
  });

  it('declining them asks every advanced input: 46 questions plus that one', async () => {
    const { asked } = await count(false);
    expect(asked.length - 1).toBe(46);
  });
});

describe('advanced inputs: a default most sites keep', () => {
  it('are these, each with a default or optional', () => {
    const advanced = ALL_INPUTS.filter((spec) => spec.advanced);
    expect(advanced.map((spec) => spec.key)).toEqual([
      'serverAppName',
      'clientAppName',
      'entraUserDiscovery',
      'azureServiceName',
      'vmSize',
      'enforceTls12',
      'contentEnabled',
      'trafficWarningPct',
      'trafficCriticalPct',
      'trafficStopService',
      'description',
      'usePkiClientCert',
    ]);
    const answers = { model: 'vmss', clientAuth: 'pki' } as const;
    for (const spec of advanced) expect(defaultOf(spec, answers) !== undefined || !isRequired(spec, answers), spec.key).toBe(true);
    expect(advanced.filter((spec) => spec.kind === 'secret' || spec.path || spec.commandLineOnly)).toEqual([]);
  });
});
