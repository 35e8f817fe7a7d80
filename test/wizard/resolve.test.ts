import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MissingInputsError, UsageError } from '../../src/model/errors.ts';
import { ALL_INPUTS } from '../../src/steps/declarations.ts';
import { readAnswersFile } from '../../src/wizard/answers-file.ts';
import type { AnyInputSpec } from '../../src/model/inputs.ts';
import type { Prompter } from '../../src/wizard/prompter-port.ts';
import { quietInterview } from '../support/fake-prompter.ts';
import { resolveInputs, type ResolveOptions } from '../../src/wizard/resolve.ts';
import { Secret } from '../../src/model/secret.ts';
import type { SecretRequest } from '../../src/wizard/secrets.ts';
import { REQUIRED_VMSS } from '../support/answers.ts';
import { catalogue } from '../../src/messages/i18n.ts';

function options(overrides: Partial<ResolveOptions> = {}): ResolveOptions {
  return {
    specs: ALL_INPUTS,
    flags: new Map(),
    secretFlags: new Map(),
    env: {},
    stdin: Readable.from([]),
    statPath: () => 'file',
    ...overrides,
  };
}

function fakePrompter(answers: Record<string, unknown>, asked: string[] = []): Prompter {
  return {
    async ask(spec: AnyInputSpec, { default: fallback }) {
      asked.push(spec.key);
      return spec.key in answers ? answers[spec.key] : fallback;
    },
    async askSecret(spec: AnyInputSpec) {
      asked.push(spec.key);
      return String(answers[spec.key] ?? '');
    },
    ...quietInterview,
  };
}

function answersFile(content: string, name = 'answers.yaml') {
  const folder = mkdtempSync(join(tmpdir(), 'cmg-resolve-'));
  const path = join(folder, name);
  writeFileSync(path, content);
  return readAnswersFile(path, ALL_INPUTS);
}

describe('precedence: flag > env > answers file > prompt > default', () => {
  const flags = new Map(Object.entries(REQUIRED_VMSS).filter(([key]) => key !== 'region'));

  it('the flag wins over everything', async () => {
    const file = answersFile('region: northeurope\n');
    const result = await resolveInputs(options({ flags: new Map([...flags, ['region', 'eastus']]), env: { CMG_REGION: 'westus' }, answersFile: file, prompter: fakePrompter({ region: 'uksouth' }) }));
    expect(result.answers.region).toBe('eastus');
    expect(result.sources.region).toBe('flag');
  });

  it('then the environment', async () => {
    const result = await resolveInputs(options({ flags, env: { CMG_REGION: 'westus' }, answersFile: answersFile('region: northeurope\n') }));
    expect([result.answers.region, result.sources.region]).toEqual(['westus', 'env']);
  });

  it('then the answers file', async () => {
    const result = await resolveInputs(options({ flags, answersFile: answersFile('region: northeurope\n'), prompter: fakePrompter({ region: 'uksouth' }) }));
    expect([result.answers.region, result.sources.region]).toEqual(['northeurope', 'answers']);
  });

  it('then the prompt, which is offered the default', async () => {
    const asked: string[] = [];
    const result = await resolveInputs(options({ flags, prompter: fakePrompter({ region: 'uksouth', vmCount: 3 }, asked) }));
    expect([result.answers.region, result.sources.region]).toEqual(['uksouth', 'prompt']);
    expect(result.answers.vmCount).toBe(3);
    expect(asked).toContain('region');
    expect(asked).not.toContain('serviceName');
  });

  it('a derived input is never asked: the deployment prefix is the service name\'s first label, even at a terminal', async () => {
    const asked: string[] = [];
    const { deploymentPrefix: _derived, ...given } = REQUIRED_VMSS;
    const result = await resolveInputs(options({ flags: new Map(Object.entries(given)), prompter: fakePrompter({}, asked) }));
    expect(asked.length).toBeGreaterThan(10);
    expect(asked).not.toContain('deploymentPrefix');
    expect([result.answers.deploymentPrefix, result.sources.deploymentPrefix]).toEqual(['contosocmg', 'default']);
  });

  it('then the default, when no prompt is possible', async () => {
    const result = await resolveInputs(options({ flags: new Map(Object.entries(REQUIRED_VMSS)) }));
    expect([result.answers.vmCount, result.sources.vmCount]).toEqual([1, 'default']);
    expect(result.answers.deploymentPrefix).toBe('contosocmg');
    expect(result.answers.siteVersion).toBe('2603');
    expect(result.answers.clientRollout).toEqual(['script']);
  });
});

describe('values offered where one is obvious (issue 17)', () => {
  /** A prompter that records what each question offered, and presses Enter on it. */
  function enterOnOffered(offered: Map<string, unknown>, typed: Record<string, unknown>): Prompter {
    return {
      async ask(spec: AnyInputSpec, { default: fallback }) {
        offered.set(spec.key, fallback);
        return spec.key in typed ? typed[spec.key] : fallback;
      },
      async askSecret() {
        return '';
      },
      ...quietInterview,
    };
  }
  const given = Object.entries(REQUIRED_VMSS).filter(([key]) => key !== 'connectionPointServer' && key !== 'resourceGroup');

  it('at a prompt: the connection point on the SMS Provider, the resource group rg-<prefix>; Enter takes them as the admin\'s answers', async () => {
    const offered = new Map<string, unknown>();
    const result = await resolveInputs(options({ flags: new Map(given), prompter: enterOnOffered(offered, {}) }));
    expect([offered.get('connectionPointServer'), offered.get('resourceGroup')]).toEqual([REQUIRED_VMSS.smsProvider, `rg-${result.answers.deploymentPrefix}`]);
    expect([result.answers.connectionPointServer, result.sources.connectionPointServer]).toEqual([REQUIRED_VMSS.smsProvider, 'prompt']);
    expect([result.answers.resourceGroup, result.sources.resourceGroup]).toEqual(['rg-contosocmg', 'prompt']);
  });

  it('never without a prompt: both stay missing inputs (exit 2)', async () => {
    const error = await resolveInputs(options({ flags: new Map(given) })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingInputsError);
    expect((error as MissingInputsError).keys).toEqual(['resourceGroup', 'connectionPointServer']);
  });
});

describe('lists', () => {
  it('come from repeated or comma-separated flags, env and files', async () => {
    const fromEnv = await resolveInputs(options({ flags: new Map(Object.entries(REQUIRED_VMSS).filter(([key]) => key !== 'managementPoints')), env: { CMG_MANAGEMENT_POINTS: 'a.contoso.com, b.contoso.com' } }));
    expect(fromEnv.answers.managementPoints).toEqual(['a.contoso.com', 'b.contoso.com']);
    const fromFile = await resolveInputs(options({ flags: new Map(Object.entries(REQUIRED_VMSS).filter(([key]) => key !== 'managementPoints')), answersFile: answersFile('managementPoints:\n  - c.contoso.com\n  - d.contoso.com\nsoftwareUpdatePoints: e.contoso.com,f.contoso.com\n') }));
    expect(fromFile.answers.managementPoints).toEqual(['c.contoso.com', 'd.contoso.com']);
    expect(fromFile.answers.softwareUpdatePoints).toEqual(['e.contoso.com', 'f.contoso.com']);
  });
});

describe('missing inputs', () => {
  it('are all reported at once when no prompt is possible, in declaration order', async () => {
    const error = await resolveInputs(options()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingInputsError);
    expect((error as MissingInputsError).keys).toEqual(['serviceName', 'subscriptionId', 'tenantId', 'serverAppClientId', 'resourceGroup', 'region', 'siteCode', 'smsProvider', 'connectionPointServer', 'managementPoints']);
  });

  it('follow the model: classic needs the management certificate and one client root instead of Entra', async () => {
    const error = (await resolveInputs(options({ flags: new Map([['model', 'classic']]) })).catch((caught: unknown) => caught)) as MissingInputsError;
    expect(error.keys).toEqual(['serviceName', 'clientRootCerts', 'subscriptionId', 'managementCertPath', 'managementCertPassword', 'region', 'siteCode', 'smsProvider', 'connectionPointServer', 'managementPoints']);
  });

  it('include a PFX password once a PFX path is given, and a proxy port once a proxy is', async () => {
    const flags = new Map([...Object.entries(REQUIRED_VMSS), ['serverCertPath', 'C:\\x.pfx'], ['proxyServer', 'proxy.contoso.com']]);
    const error = (await resolveInputs(options({ flags })).catch((caught: unknown) => caught)) as MissingInputsError;
    expect(error.keys).toEqual(['serverCertPassword', 'proxyPort']);
  });
});

describe('types', () => {
  it('all type errors come together as one usage error naming each input and source', async () => {
    const flags = new Map<string, unknown>([...Object.entries(REQUIRED_VMSS), ['vmCount', 'abc']]);
    const error = (await resolveInputs(options({ flags, env: { CMG_MODEL: 'azure', CMG_ENFORCE_TLS12: 'maybe' } })).catch((caught: unknown) => caught)) as UsageError;
    expect(error).toBeInstanceOf(UsageError);
    expect(error.problems).toEqual([
      { code: 'INPUT_NOT_A_CHOICE', input: 'model', params: { given: 'azure', choices: 'vmss, classic', source: 'env' } },
      { code: 'INPUT_NOT_INTEGER', input: 'vmCount', params: { given: 'abc', choices: '', source: 'flag', name: '--vm-count' } },
      { code: 'INPUT_NOT_BOOLEAN', input: 'enforceTls12', params: { given: 'maybe', choices: '', source: 'env' } },
    ]);
  });

  it('the answers file must carry real types: a quoted number is not a VM count', async () => {
    const error = (await resolveInputs(options({ flags: new Map(Object.entries(REQUIRED_VMSS)), answersFile: answersFile('vmCount: "2"\n') })).catch((caught: unknown) => caught)) as UsageError;
    expect(error.problems[0]?.code).toBe('INPUT_NOT_INTEGER');
  });

  it.each([
    ['a flag', { flags: new Map<string, unknown>([...Object.entries(REQUIRED_VMSS), ['vmCount', 'abc']]) }, '--vm-count', '--vm-count expects a whole number, got "abc".', 'nombre entier attendu pour --vm-count, "abc" reçu.'],
    ['the environment', { flags: new Map(Object.entries(REQUIRED_VMSS)), env: { CMG_VM_COUNT: 'abc' } }, 'CMG_VM_COUNT', 'CMG_VM_COUNT expects a whole number, got "abc".', 'nombre entier attendu pour CMG_VM_COUNT, "abc" reçu.'],
  ])('"expected a whole number" names the input as given by %s (issue 17)', async (_from, given, name, en, fr) => {
    const error = (await resolveInputs(options(given)).catch((caught: unknown) => caught)) as UsageError;
    expect(error.problems).toEqual([{ code: 'INPUT_NOT_INTEGER', input: 'vmCount', params: expect.objectContaining({ given: 'abc', name }) }]);
    expect([catalogue('en').codes.INPUT_NOT_INTEGER(error.problems[0]!.params!), catalogue('fr').codes.INPUT_NOT_INTEGER(error.problems[0]!.params!)]).toEqual([en, fr]);
  });

  it('"expected a whole number" names the answers-file key', async () => {
    const error = (await resolveInputs(options({ flags: new Map(Object.entries(REQUIRED_VMSS)), answersFile: answersFile('vmCount: "2"\n') })).catch((caught: unknown) => caught)) as UsageError;
    expect(catalogue('en').codes.INPUT_NOT_INTEGER(error.problems[0]!.params!)).toBe('vmCount expects a whole number, got "2".');
  });

  it('unknown answers-file keys are refused by name, with a suggestion', () => {
    expect(() => answersFile('servicename: x\nbogus: 1\n')).toThrow(UsageError);
    try {
      answersFile('servicename: x\nbogus: 1\n');
    } catch (error) {
      expect((error as UsageError).problems.map((problem) => [problem.code, problem.input, problem.params?.suggestion])).toEqual([
        ['ANSWERS_UNKNOWN_KEY', 'servicename', 'serviceName'],
        ['ANSWERS_UNKNOWN_KEY', 'bogus', ''],
      ]);
    }
  });

  it('reads JSON answers too, and a __proto__ key is just an unknown key', () => {
    expect(answersFile('{"region": "westeurope"}', 'a.json').values.get('region')).toBe('westeurope');
    expect(() => answersFile('{"__proto__": {"polluted": true}}', 'b.json')).toThrow(UsageError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('secrets', () => {
  const withPfx = new Map([...Object.entries(REQUIRED_VMSS), ['serverCertPath', 'C:\\x.pfx']]);
  const reveal = async (overrides: Partial<ResolveOptions>) => ((await resolveInputs(options({ flags: withPfx, ...overrides }))).answers.serverCertPassword as Secret);

  it('come from the default environment variable', async () => {
    const secret = await reveal({ env: { CMG_SERVER_CERT_PASSWORD: 'pw from env' } });
    expect([secret.reveal(), secret.source]).toEqual(['pw from env', 'env:CMG_SERVER_CERT_PASSWORD']);
  });

  it('from --x-env, --x-file (one trailing line break dropped, spaces kept) and --x-stdin', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cmg-secret-'));
    writeFileSync(join(folder, 'pw.txt'), ' spaced pw \r\n');
    const fromEnv = await reveal({ env: { MY_PW: 'x' }, secretFlags: new Map<string, SecretRequest>([['serverCertPassword', { from: 'env', name: 'MY_PW' }]]) });
    const fromFile = await reveal({ secretFlags: new Map<string, SecretRequest>([['serverCertPassword', { from: 'file', path: join(folder, 'pw.txt') }]]) });
    const fromStdin = await reveal({ stdin: Readable.from([Buffer.from('Pässwörd’\n')]), secretFlags: new Map<string, SecretRequest>([['serverCertPassword', { from: 'stdin' }]]) });
    expect([fromEnv.reveal(), fromFile.reveal(), fromStdin.reveal()]).toEqual(['x', ' spaced pw ', 'Pässwörd’']);
  });

  it('from the answers file only as a source, never as a value (which is not echoed)', async () => {
    const byEnv = await reveal({ env: { PFXPW: 'from file source' }, answersFile: answersFile('serverCertPassword: env:PFXPW\n') });
    expect(byEnv.reveal()).toBe('from file source');
    const error = (await resolveInputs(options({ flags: withPfx, answersFile: answersFile('serverCertPassword: hunter2\n') })).catch((caught: unknown) => caught)) as UsageError;
    expect(error.problems).toEqual([{ code: 'SECRET_IN_ANSWERS', input: 'serverCertPassword', params: { env: 'CMG_SERVER_CERT_PASSWORD' } }]);
    expect(JSON.stringify(error.problems)).not.toContain('hunter2');
  });

  it('from a masked prompt when a terminal can answer', async () => {
    const secret = await reveal({ prompter: fakePrompter({ serverCertPassword: 'typed' }) });
    expect([secret.reveal(), secret.source]).toEqual(['typed', 'prompt']);
  });

  it('never show their value when turned into text', async () => {
    const secret = await reveal({ env: { CMG_SERVER_CERT_PASSWORD: 'S3nt!nel' } });
    expect(`${secret} ${JSON.stringify({ secret })} ${String(secret)}`).not.toContain('S3nt!nel');
    const { inspect } = await import('node:util');
    expect(inspect({ secret })).not.toContain('S3nt!nel');
  });

  it('an empty standard input is refused, a lone line break is an empty password', async () => {
    const request = new Map<string, SecretRequest>([['serverCertPassword', { from: 'stdin' }]]);
    await expect(reveal({ stdin: Readable.from([]), secretFlags: request })).rejects.toThrow(UsageError);
    expect((await reveal({ stdin: Readable.from([Buffer.from('\n')]), secretFlags: request })).reveal()).toBe('');
  });
});

describe('validation after resolution', () => {
  it('paths must exist; values that do not apply are reported and dropped', async () => {
    const flags = new Map<string, unknown>([...Object.entries(REQUIRED_VMSS), ['clientRootCerts', ['C:\\missing.cer']], ['distributionPoints', ['dp.contoso.com']]]);
    const result = await resolveInputs(options({ flags, statPath: () => 'missing' }));
    expect(result.findings).toEqual([
      { severity: 'warning', code: 'INPUT_NOT_APPLICABLE', params: { source: 'flag' }, step: 'roles', input: 'distributionPoints' },
      { severity: 'error', code: 'FILE_NOT_FOUND', params: { path: 'C:\\missing.cer' }, step: 'client-root', input: 'clientRootCerts' },
    ]);
    expect(result.answers.distributionPoints).toEqual([]);
  });

  it('rules run on every value, with the answers resolved before it', async () => {
    const flags = new Map<string, unknown>([...Object.entries(REQUIRED_VMSS), ['trafficThresholdGb', '100'], ['trafficWarningPct', '95'], ['siteCode', 'CON']]);
    const result = await resolveInputs(options({ flags }));
    expect(result.findings.map((finding) => [finding.code, finding.input])).toEqual([
      ['TRAFFIC_PCT_ORDER', 'trafficCriticalPct'],
      ['SITE_CODE_RESERVED', 'siteCode'],
    ]);
  });
});

// Issue 9, point 1 (DESIGN.md rule 6): a data file never decides where a credential goes.
describe('inputs that decide where a credential goes: the command line or the environment only', () => {
  const refusal = (path: string) => ({ code: 'ANSWERS_COMMAND_LINE_ONLY', input: 'armEndpoint', params: { path, key: 'armEndpoint', flag: '--arm-endpoint', env: 'CMG_ARM_ENDPOINT' } });

  it('are declared so: armEndpoint, and nothing else', () => {
    expect(ALL_INPUTS.filter((spec) => spec.commandLineOnly).map((spec) => spec.key)).toEqual(['armEndpoint']);
  });

  it.each([
    ['YAML', 'answers.yaml', 'armEndpoint: https://127.0.0.1:8443\n'],
    ['JSON', 'answers.json', '{"armEndpoint": "https://arm.contoso.com"}'],
    ['an empty value', 'answers.yaml', 'armEndpoint:\n'],
    ['beside an unknown key', 'answers.yaml', 'armEndpoint: https://arm.contoso.com\nbogus: 1\n'],
  ])('an answers file that sets armEndpoint (%s) is a usage error naming the key, the flag and the env var', (_name, file, content) => {
    const error = (() => {
      try {
        answersFile(content, file);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })() as UsageError;
    expect(error).toBeInstanceOf(UsageError);
    expect(error.problems.find((problem) => problem.code === 'ANSWERS_COMMAND_LINE_ONLY')).toEqual(refusal(expect.stringMatching(new RegExp(`${file}$`)) as unknown as string));
  });

  it('an answers file built by hand (not through readAnswersFile) is refused by resolveInputs too', async () => {
    const file = { path: 'by-hand.yaml', values: new Map<string, unknown>([['armEndpoint', 'https://arm.contoso.com']]) };
    const error = await resolveInputs(options({ flags: new Map(Object.entries(REQUIRED_VMSS)), answersFile: file })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).problems).toEqual([refusal('by-hand.yaml')]);
  });

  it('come from the flag or the environment', async () => {
    const flags = new Map(Object.entries(REQUIRED_VMSS));
    const fromFlag = await resolveInputs(options({ flags: new Map([...flags, ['armEndpoint', 'https://a.contoso.com']]), env: { CMG_ARM_ENDPOINT: 'https://b.contoso.com' } }));
    expect([fromFlag.answers.armEndpoint, fromFlag.sources.armEndpoint]).toEqual(['https://a.contoso.com', 'flag']);
    const fromEnv = await resolveInputs(options({ flags, env: { CMG_ARM_ENDPOINT: 'https://b.contoso.com' } }));
    expect([fromEnv.answers.armEndpoint, fromEnv.sources.armEndpoint]).toEqual(['https://b.contoso.com', 'env']);
  });

  it('are never asked at a prompt (the wizard asks about the CMG, not where to send tokens)', async () => {
    const asked: string[] = [];
    const result = await resolveInputs(options({ flags: new Map(Object.entries(REQUIRED_VMSS)), prompter: fakePrompter({ armEndpoint: 'https://typed.contoso.com' }, asked) }));
    expect(asked.length).toBeGreaterThan(10);
    expect(asked).not.toContain('armEndpoint');
    expect(result.answers.armEndpoint).toBeUndefined();
  });

  it('the built-in example cannot set them either', async () => {
    const result = await resolveInputs(options({ flags: new Map(Object.entries(REQUIRED_VMSS)), example: { values: new Map([['armEndpoint', 'https://example.contoso.com']]), secrets: new Map() } }));
    expect(result.answers.armEndpoint).toBeUndefined();
  });
});

// Issue 9: `normalize` runs before `validate`, so a normalization must never turn an invalid value
// into a valid one. Unicode case mapping would: ı (U+0131) and ſ (U+017F) upper-case to I and S,
// ﬀ (U+FB00) to FF, the Kelvin sign K (U+212A) lower-cases to k.
describe('normalization keeps what was typed unless it is plain ASCII', () => {
  it.each([
    ['siteCode', 'PS\u0131'],
    ['siteCode', 'PS\u017f'],
    ['siteCode', 'P\ufb00'],
    ['siteCode', '\uff30\uff33\uff11'],
  ])('%s %j stays as typed and is refused as typed', async (key, value) => {
    const result = await resolveInputs(options({ flags: new Map<string, unknown>([...Object.entries(REQUIRED_VMSS), [key, value]]) }));
    expect(result.answers.siteCode).toBe(value);
    expect(result.findings).toEqual([{ severity: 'error', code: 'SITE_CODE_INVALID', params: { value }, step: 'site', input: 'siteCode' }]);
  });

  it('a region with a Kelvin sign is not uksouth', async () => {
    const result = await resolveInputs(options({ flags: new Map<string, unknown>([...Object.entries(REQUIRED_VMSS), ['region', 'U\u212aSouth']]) }));
    expect(result.answers.region).toBe('U\u212aSouth');
    expect(result.findings.map((finding) => [finding.code, finding.input, finding.params?.value])).toEqual([['REGION_UNKNOWN', 'region', 'U\u212aSouth']]);
  });

  it('a GUID with a dotted capital I is shown as typed, not lower-cased into something else', async () => {
    const value = '6D2E5F1A-3B4C-4D5E-8F90-A1B2C3D4E5F\u0130';
    const result = await resolveInputs(options({ flags: new Map<string, unknown>([...Object.entries(REQUIRED_VMSS), ['subscriptionId', value]]) }));
    expect(result.answers.subscriptionId).toBe(value);
    expect(result.findings).toEqual([{ severity: 'error', code: 'GUID_INVALID', params: { value, reason: 'format' }, step: 'azure', input: 'subscriptionId' }]);
  });

  it('ASCII spellings are still normalized: a lowercase site code, a region in PascalCase, an uppercase GUID', async () => {
    const flags = new Map<string, unknown>([...Object.entries(REQUIRED_VMSS), ['siteCode', 'p01'], ['region', 'WestEurope'], ['subscriptionId', '6D2E5F1A-3B4C-4D5E-8F90-A1B2C3D4E5F6']]);
    const result = await resolveInputs(options({ flags }));
    expect([result.answers.siteCode, result.answers.region, result.answers.subscriptionId]).toEqual(['P01', 'westeurope', '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6']);
    expect(result.findings).toEqual([]);
  });
});

// Issue 17, "--example is the example": the lab's files and password are the example's own; a
// CMG_* variable left in the shell from a real run never replaces them (src/wizard/example.ts).
describe('the built-in example against the environment', () => {
  const lab = new Secret('lab-password', 'generated');
  const example = () => ({
    values: new Map<string, unknown>([...Object.entries(REQUIRED_VMSS), ['serverCertPath', '/lab/LAB-ONLY-server.pfx'], ['clientRootCerts', ['/lab/LAB-ONLY-root-ca.cer']]]),
    secrets: new Map([['serverCertPassword', lab], ['managementCertPassword', lab]]),
  });

  it('CMG_SERVER_CERT_PASSWORD and CMG_SERVER_CERT_PATH do not replace the lab\'s password and file', async () => {
    const result = await resolveInputs(options({ example: example(), env: { CMG_SERVER_CERT_PASSWORD: 'x', CMG_SERVER_CERT_PATH: '/real/server.pfx', CMG_CLIENT_ROOT_CERTS: '/real/root.cer' } }));
    expect(result.answers.serverCertPassword).toBe(lab);
    expect([result.answers.serverCertPath, result.sources.serverCertPath, result.sources.serverCertPassword]).toEqual(['/lab/LAB-ONLY-server.pfx', 'example', 'example']);
    expect([result.answers.clientRootCerts, result.sources.clientRootCerts]).toEqual([['/lab/LAB-ONLY-root-ca.cer'], 'example']);
  });

  it('CMG_MANAGEMENT_CERT_PASSWORD does not replace the classic lab\'s password either', async () => {
    const classic = example();
    classic.values.set('model', 'classic');
    classic.values.set('serviceName', 'contosocmg.cloudapp.net');
    classic.values.set('managementCertPath', '/lab/LAB-ONLY-management.pfx');
    const result = await resolveInputs(options({ example: classic, env: { CMG_MANAGEMENT_CERT_PASSWORD: 'x' } }));
    expect([result.answers.managementCertPassword, result.sources.managementCertPassword]).toEqual([lab, 'example']);
  });

  it('any other CMG_* variable still applies, as its flag does (CMG_REGION)', async () => {
    const result = await resolveInputs(options({ example: example(), env: { CMG_REGION: 'northeurope' } }));
    expect([result.answers.region, result.sources.region]).toEqual(['northeurope', 'env']);
  });

  it('a flag still wins over the lab\'s password (typed for this run)', async () => {
    const result = await resolveInputs(options({ example: example(), env: { MINE: 'mine' }, secretFlags: new Map<string, SecretRequest>([['serverCertPassword', { from: 'env', name: 'MINE' }]]) }));
    expect([(result.answers.serverCertPassword as Secret).reveal(), result.sources.serverCertPassword]).toEqual(['mine', 'flag']);
  });

  it('without the example, CMG_SERVER_CERT_PASSWORD applies as always', async () => {
    const result = await resolveInputs(options({ flags: new Map<string, unknown>([...Object.entries(REQUIRED_VMSS), ['serverCertPath', '/real/server.pfx']]), env: { CMG_SERVER_CERT_PASSWORD: 'x' } }));
    expect([(result.answers.serverCertPassword as Secret).reveal(), result.sources.serverCertPassword]).toEqual(['x', 'env']);
  });
});

// Issue 17: a rule judges the normalized value (a site code upper-cased, a GUID lower-cased), but
// its message shows the value as it was given or typed.
describe('messages show a value as typed, never upper- or lower-cased', () => {
  const given = (key: string, value: string) => new Map<string, unknown>([...Object.entries(REQUIRED_VMSS), [key, value]]);

  it('site code "p 1" from a flag: SITE_CODE_INVALID shows "p 1" (the answer itself is upper-cased)', async () => {
    const result = await resolveInputs(options({ flags: given('siteCode', 'p 1') }));
    expect(result.answers.siteCode).toBe('P 1');
    expect(result.findings).toEqual([{ severity: 'error', code: 'SITE_CODE_INVALID', params: { value: 'p 1', reason: 'space', position: 2 }, step: 'site', input: 'siteCode' }]);
    expect(catalogue('en').codes.SITE_CODE_INVALID(result.findings[0]!.params!)).toBe('Site code "p 1" contains a space (character 2): it must be exactly 3 letters or digits, with no space.');
  });

  it('site code "con" from the environment: SITE_CODE_RESERVED shows "con"', async () => {
    const flags = new Map(Object.entries(REQUIRED_VMSS).filter(([key]) => key !== 'siteCode'));
    const result = await resolveInputs(options({ flags, env: { CMG_SITE_CODE: 'con' } }));
    expect(result.findings).toEqual([{ severity: 'error', code: 'SITE_CODE_RESERVED', params: { value: 'con' }, step: 'site', input: 'siteCode' }]);
    expect([catalogue('en').codes.SITE_CODE_RESERVED(result.findings[0]!.params!), catalogue('fr').codes.SITE_CODE_RESERVED(result.findings[0]!.params!)]).toEqual([
      'Site code "con" is a name Windows reserves; ConfigMgr setup refuses it.',
      `Le code de site "con" est un nom réservé par Windows ; le programme d'installation de ConfigMgr le refuse.`,
    ]);
  });

  it('a subscription ID in capitals with a letter too many: GUID_INVALID shows it with its capitals', async () => {
    const typed = '6D2E5F1A-3B4C-4D5E-8F90-A1B2C3D4E5F6A';
    const result = await resolveInputs(options({ flags: given('subscriptionId', typed) }));
    expect(result.answers.subscriptionId).toBe(typed.toLowerCase());
    expect(result.findings).toEqual([{ severity: 'error', code: 'GUID_INVALID', params: { value: typed, reason: 'format' }, step: 'azure', input: 'subscriptionId' }]);
  });

  it('the refusal of a given value before the questions, and the check under a question, show it as typed', async () => {
    const refused: unknown[] = [];
    const checked: unknown[] = [];
    const prompter: Prompter = {
      ...fakePrompter({}),
      async ask(spec, { default: fallback, check }) {
        if (spec.key !== 'siteCode') return fallback;
        checked.push(...check('p 2'));
        return 'p02';
      },
    };
    const hooks = { refusedBeforeAsking: (findings: readonly unknown[]) => refused.push(...findings) };
    const result = await resolveInputs(options({ flags: given('siteCode', 'con'), prompter, hooks }));
    expect(refused).toEqual([{ severity: 'error', code: 'SITE_CODE_RESERVED', params: { value: 'con' }, step: 'site', input: 'siteCode' }]);
    expect(checked).toEqual([{ severity: 'error', code: 'SITE_CODE_INVALID', params: { value: 'p 2', reason: 'space', position: 2 } }]);
    expect(result.answers.siteCode).toBe('P02');
  });
});
