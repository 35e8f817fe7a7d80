import { mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { addInputOptions } from '../../src/cli/input-options.ts';
import { codeText } from '../../src/messages/i18n.ts';
import { UsageError } from '../../src/model/errors.ts';
import { envName, type AnyInputSpec } from '../../src/model/inputs.ts';
import type { Resolution } from '../../src/model/plan.ts';
import { ALL_INPUTS } from '../../src/steps/declarations.ts';
import { readAnswersFile } from '../../src/wizard/answers-file.ts';
import { coerce, pathText, splitList } from '../../src/wizard/coerce.ts';
import type { Prompter } from '../../src/wizard/prompter-port.ts';
import { resolveInputs, type ResolveOptions } from '../../src/wizard/resolve.ts';
import { REQUIRED_VMSS } from '../support/answers.ts';
import { quietInterview } from '../support/fake-prompter.ts';

// Issue 17, first part: inputs as they are typed on Windows. Each way in (flag, environment
// variable, answers file, prompt) reaches the same coercion and normalization, so each case runs
// through all four.

const GUID = '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6';
/** The builds cmg-setup maps (src/domain/site-builds.ts), as a refusal names them. */
const BUILDS =
  '8458 = 1610, 8498 = 1702, 8540 = 1706, 8577 = 1710, 8634 = 1802, 8692 = 1806, 8740 = 1810, 8790 = 1902, 8853 = 1906, 8913 = 1910, 8968 = 2002, 9012 = 2006, 9040 = 2010, 9049 = 2103, 9058 = 2107, 9068 = 2111, 9078 = 2203, 9088 = 2207, 9096 = 2211, 9106 = 2303, 9122 = 2309, 9128 = 2403, 9132 = 2409, 9135 = 2503';
const HOME = homedir();
/** The secrets some of these inputs make required (a certificate path, a service principal), from their default variables. */
const PASSWORD_ENV = { CMG_SERVER_CERT_PASSWORD: 'x', CMG_MANAGEMENT_CERT_PASSWORD: 'x', CMG_AZURE_CLIENT_SECRET: 'x' };

type Way = 'flag' | 'env' | 'answers' | 'prompt';
const WAYS: Way[] = ['flag', 'env', 'answers', 'prompt'];

function spec(key: string): AnyInputSpec {
  return ALL_INPUTS.find((candidate) => candidate.key === key)!;
}

/** The flag values as the command line parses them (commander with the inputs' own options). */
function parsedFlags(argv: string[]): Map<string, unknown> {
  const command = addInputOptions(new Command().exitOverride(), 'en');
  command.parse(argv, { from: 'user' });
  const values = command.opts();
  return new Map(ALL_INPUTS.filter((input) => values[input.key] !== undefined).map((input) => [input.key, values[input.key]]));
}

function answersFile(content: string) {
  const folder = mkdtempSync(join(tmpdir(), 'cmg-typed-'));
  const path = join(folder, 'answers.yaml');
  writeFileSync(path, content);
  return readAnswersFile(path, ALL_INPUTS);
}

/** What the terminal prompter does with a typed line (src/ui/prompter.ts): trimmed, split if a list, coerced. */
function typedAtPrompt(input: AnyInputSpec, line: string): unknown {
  const text = line.trim();
  const result = coerce(input, input.kind === 'list' ? splitList(text, input) : text, true);
  if (!result.ok) throw new UsageError([result.problem]);
  return result.value;
}

function prompterTyping(typed: Record<string, string>): Prompter {
  return {
    async ask(input: AnyInputSpec, { default: fallback }) {
      return input.key in typed ? typedAtPrompt(input, typed[input.key]!) : fallback;
    },
    async askSecret() {
      return 'x';
    },
    ...quietInterview,
  };
}

/**
 * Resolves the required answers with `key` given as `text` one way (and `extra` as flags): the
 * required flags other than `key`, the rest by default.
 */
async function given(key: string, text: string, way: Way, extra: Record<string, unknown> = {}): Promise<Resolution> {
  const base = new Map<string, unknown>([...Object.entries(REQUIRED_VMSS), ...Object.entries(extra)].filter(([name]) => name !== key));
  const options: ResolveOptions = { specs: ALL_INPUTS, flags: base, secretFlags: new Map(), env: { ...PASSWORD_ENV }, stdin: Readable.from([]), statPath: () => 'file' };
  if (way === 'flag') options.flags = new Map([...base, ...parsedFlags([`--${spec(key).key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`, text])]);
  if (way === 'env') options.env = { ...options.env, [envName(key)]: text };
  // A YAML double-quoted scalar: JSON's escapes (\\, \n, \r, \t) read the same.
  if (way === 'answers') options.answersFile = answersFile(`${key}: ${JSON.stringify(text)}\n`);
  if (way === 'prompt') options.prompter = prompterTyping({ [key]: text });
  return resolveInputs(options);
}

async function usageProblems(run: Promise<unknown>) {
  const caught = await run.catch((error: unknown) => error);
  expect(caught).toBeInstanceOf(UsageError);
  return (caught as UsageError).problems;
}

describe('a region given by its display name (`West Europe`) is its location name', () => {
  it.each(WAYS)('%s', async (way) => {
    const result = await given('region', 'West Europe', way);
    expect(result.answers.region).toBe('westeurope');
    expect(result.findings).toEqual([]);
  });

  it.each([
    ['west europe', 'westeurope'],
    ['WestEurope', 'westeurope'],
    ['WEST EUROPE', 'westeurope'],
    ['East US 2', 'eastus2'],
    ['Germany West Central', 'germanywestcentral'],
  ])('%j → %s', async (text, location) => {
    const result = await given('region', text, 'flag');
    expect(result.answers.region).toBe(location);
  });

  it('the US Government display name in the usgov cloud', async () => {
    const result = await given('region', 'US Gov Virginia', 'flag', { cloud: 'usgov' });
    expect(result.answers.region).toBe('usgovvirginia');
    expect(result.findings).toEqual([]);
  });

  it('an unknown display name is refused as typed, with the nearest location', async () => {
    const result = await given('region', 'West Europa', 'flag');
    expect(result.answers.region).toBe('West Europa');
    expect(result.findings).toEqual([
      { severity: 'error', code: 'REGION_UNKNOWN', params: { value: 'West Europa', cloud: 'public', suggestion: 'westeurope', examples: 'eastasia, southeastasia, eastus, eastus2' }, step: 'gateway', input: 'region' },
    ]);
  });
});

describe('a GUID in braces loses its braces, for every GUID input', () => {
  it.each(WAYS)('%s', async (way) => {
    const result = await given('subscriptionId', `{${GUID.toUpperCase()}}`, way);
    expect(result.answers.subscriptionId).toBe(GUID);
    expect(result.findings).toEqual([]);
  });

  it.each([
    ['subscriptionId', {}],
    ['tenantId', {}],
    ['serverAppClientId', {}],
    ['clientAppClientId', {}],
    ['azureClientId', { azureAuth: 'service-principal' }],
  ])('%s', async (key, extra) => {
    const result = await given(key, `{${GUID}}`, 'flag', extra);
    expect((result.answers as unknown as Record<string, unknown>)[key]).toBe(GUID);
    expect(result.findings.filter((finding) => finding.input === key)).toEqual([]);
  });

  it.each([
    [`{${GUID}`, 'format'],
    [`{{${GUID}}}`, 'format'],
    ['{6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f}', 'format'],
    [` {${GUID}} `, 'braces'],
  ])('%j is refused as typed (%s)', async (text, reason) => {
    const result = await given('subscriptionId', text, 'flag');
    expect(result.answers.subscriptionId).toBe(text.toLowerCase());
    expect(result.findings).toEqual([{ severity: 'error', code: 'GUID_INVALID', params: { value: text.toLowerCase(), reason }, step: 'azure', input: 'subscriptionId' }]);
  });
});

describe('a path: Explorer\'s "Copy as path" quotes removed, a leading ~ is the home folder', () => {
  it.each(WAYS)('%s', async (way) => {
    const result = await given('serverCertPath', '"C:\\Certs\\cmg.pfx"', way);
    expect(result.answers.serverCertPath).toBe('C:\\Certs\\cmg.pfx');
  });

  it.each(WAYS)('%s: ~/', async (way) => {
    const result = await given('serverCertPath', '~/certs/cmg.pfx', way);
    expect(result.answers.serverCertPath).toBe(join(HOME, 'certs/cmg.pfx'));
  });

  it.each([
    ['"C:\\Program Files\\Certs\\cmg.pfx"', 'C:\\Program Files\\Certs\\cmg.pfx'],
    ['C:\\Certs\\cmg.pfx', 'C:\\Certs\\cmg.pfx'],
    ['~', HOME],
    ['~\\certs\\cmg.pfx', join(HOME, 'certs\\cmg.pfx')],
    ['"~/certs/cmg.pfx"', join(HOME, 'certs/cmg.pfx')],
    ['~admin/cmg.pfx', '~admin/cmg.pfx'],
    ['certs/~/cmg.pfx', 'certs/~/cmg.pfx'],
    ['"C:\\a" "C:\\b"', '"C:\\a" "C:\\b"'],
    ['"C:\\Certs\\cmg.pfx', '"C:\\Certs\\cmg.pfx'],
  ])('%j → %j', async (text, path) => {
    expect(pathText(text)).toBe(path);
    const result = await given('serverCertPath', text, 'flag');
    expect(result.answers.serverCertPath).toBe(path);
  });

  it.each(['managementCertPath'])('%s (classic) too', async (key) => {
    const result = await given(key, '"C:\\Certs\\azure-management.pfx"', 'flag', { model: 'classic', clientRootCerts: ['C:\\certs\\root.cer'], siteVersion: '1810' });
    expect((result.answers as unknown as Record<string, unknown>)[key]).toBe('C:\\Certs\\azure-management.pfx');
  });

  it.each(WAYS)('%s: a list of paths, one per line as "Copy as path" gives several, or comma-separated', async (way) => {
    const result = await given('clientRootCerts', way === 'prompt' ? '"C:\\Certs\\root.cer", ~/issuing.cer' : '"C:\\Certs\\root.cer"\r\n"C:\\Program Files\\issuing.cer"', way);
    expect(result.answers.clientRootCerts).toEqual(way === 'prompt' ? ['C:\\Certs\\root.cer', join(HOME, 'issuing.cer')] : ['C:\\Certs\\root.cer', 'C:\\Program Files\\issuing.cer']);
  });

  it('a list of paths is not split on spaces or semicolons (a path may hold them)', async () => {
    const result = await given('clientRootCerts', 'C:\\My Certs\\root;1.cer', 'env');
    expect(result.answers.clientRootCerts).toEqual(['C:\\My Certs\\root;1.cer']);
  });

  it('the answers file\'s list items too', async () => {
    const base = new Map(Object.entries(REQUIRED_VMSS));
    const result = await resolveInputs({ specs: ALL_INPUTS, flags: base, secretFlags: new Map(), env: {}, stdin: Readable.from([]), statPath: () => 'file', answersFile: answersFile('clientRootCerts:\n  - \'"C:\\Certs\\root.cer"\'\n  - ~/issuing.cer\n') });
    expect(result.answers.clientRootCerts).toEqual(['C:\\Certs\\root.cer', join(HOME, 'issuing.cer')]);
  });

  it.each<[Way, string]>([
    ['flag', '""'],
    ['env', '""'],
    ['answers', '""'],
    ['flag', '"'],
    ['env', '" "'],
  ])('%s %j, only quotes, is a usage error naming the input', async (way, text) => {
    expect(await usageProblems(given('serverCertPath', text, way))).toEqual([{ code: 'INPUT_PATH_EMPTY', input: 'serverCertPath', params: { given: text, choices: '', source: way } }]);
  });

  it('only quotes in a list of paths', async () => {
    expect(await usageProblems(given('clientRootCerts', 'C:\\Certs\\root.cer,""', 'env'))).toEqual([{ code: 'INPUT_PATH_EMPTY', input: 'clientRootCerts', params: { given: '""', choices: '', source: 'env' } }]);
  });

  it('only quotes at the prompt is refused there, with what to do', () => {
    expect(() => typedAtPrompt(spec('serverCertPath'), '""')).toThrow(UsageError);
    const refused = coerce(spec('serverCertPath'), '""', true);
    expect(refused).toEqual({ ok: false, problem: { code: 'INPUT_PATH_EMPTY', input: 'serverCertPath', params: { given: '""', choices: '' } } });
    expect(codeText('en', 'INPUT_PATH_EMPTY', { given: '""' })).toBe('expected a file path, got only quotes (""): give the path, with or without the quotes around it.');
    expect(codeText('fr', 'INPUT_PATH_EMPTY', { given: '""' })).toBe(`chemin de fichier attendu, reçu seulement des guillemets ("") : indiquez le chemin, avec ou sans les guillemets qui l'entourent.`);
  });
});

describe('the site version as the console shows it (its build number) is its YYMM version', () => {
  it.each(WAYS)('%s', async (way) => {
    const result = await given('siteVersion', '5.00.9128.1000', way);
    expect(result.answers.siteVersion).toBe('2403');
    expect(result.findings).toEqual([]);
  });

  it.each([
    ['5.00.9128.1007', '2403'],
    ['5.00.9122', '2309'],
    ['5.0.8634.1000', '1802'],
  ])('%s → %s', async (text, version) => {
    const result = await given('siteVersion', text, 'flag');
    expect(result.answers.siteVersion).toBe(version);
  });

  it('a build it cannot map is refused, naming the builds it knows', async () => {
    const result = await given('siteVersion', '5.00.9140.1000', 'flag');
    expect(result.answers.siteVersion).toBe('5.00.9140.1000');
    const refusal = { severity: 'error', code: 'SITE_VERSION_BUILD_UNKNOWN', params: { value: '5.00.9140.1000', build: 9140, known: BUILDS }, step: 'general', input: 'siteVersion' };
    expect(result.findings.filter((finding) => finding.input === 'siteVersion')).toEqual([refusal]);
    expect(codeText('en', 'SITE_VERSION_BUILD_UNKNOWN', refusal.params)).toBe(
      `Site version "5.00.9140.1000" is a build number (build 9140) that cmg-setup cannot map to a version. It knows these builds (Microsoft's "Updates and servicing" page, Version details): ${BUILDS}. Give the version as YYMM, e.g. 2403.`,
    );
    expect(codeText('fr', 'SITE_VERSION_BUILD_UNKNOWN', refusal.params)).toBe(
      `La version de site "5.00.9140.1000" est un numéro de build (build 9140) que cmg-setup ne sait pas associer à une version. Il connaît ces builds (page Microsoft « Mises à jour et maintenance », détails des versions) : ${BUILDS}. Indiquez la version au format AAMM, p. ex. 2403.`,
    );
  });
});

describe('a list of servers: commas, semicolons, spaces and new lines', () => {
  const text = 'mp01.contoso.com, mp02.contoso.com;mp03.contoso.com mp04.contoso.com\nmp05.contoso.com\r\n\tmp06.contoso.com';
  const servers = ['mp01.contoso.com', 'mp02.contoso.com', 'mp03.contoso.com', 'mp04.contoso.com', 'mp05.contoso.com', 'mp06.contoso.com'];

  it.each(WAYS.filter((way) => way !== 'prompt'))('%s', async (way) => {
    const result = await given('managementPoints', text, way);
    expect(result.answers.managementPoints).toEqual(servers);
    expect(result.findings).toEqual([]);
  });

  it('prompt (one line)', async () => {
    const result = await given('managementPoints', 'mp01.contoso.com; mp02.contoso.com mp03.contoso.com', 'prompt');
    expect(result.answers.managementPoints).toEqual(servers.slice(0, 3));
  });

  it('a repeated flag', async () => {
    expect(parsedFlags(['--management-points', 'mp01.contoso.com mp02.contoso.com', '--management-points', 'mp03.contoso.com;mp04.contoso.com']).get('managementPoints')).toEqual(servers.slice(0, 4));
  });

  it('a YAML block of one server a line', async () => {
    const base = new Map(Object.entries(REQUIRED_VMSS).filter(([key]) => key !== 'managementPoints'));
    const result = await resolveInputs({ specs: ALL_INPUTS, flags: base, secretFlags: new Map(), env: {}, stdin: Readable.from([]), statPath: () => 'file', answersFile: answersFile('managementPoints: |\n  mp01.contoso.com\n  mp02.contoso.com\nsoftwareUpdatePoints: sup01.contoso.com; sup02.contoso.com\n') });
    expect(result.answers.managementPoints).toEqual(servers.slice(0, 2));
    expect(result.answers.softwareUpdatePoints).toEqual(['sup01.contoso.com', 'sup02.contoso.com']);
  });

  it.each(WAYS.filter((way) => way !== 'prompt'))('%s: empty items are dropped', async (way) => {
    const result = await given('softwareUpdatePoints', ' ;, sup01.contoso.com,,;\n\n', way);
    expect(result.answers.softwareUpdatePoints).toEqual(['sup01.contoso.com']);
  });

  it.each(WAYS)('%s: a server twice (any case) is reported as before', async (way) => {
    const result = await given('managementPoints', 'mp01.contoso.com; MP01.contoso.com', way);
    expect(result.answers.managementPoints).toEqual(['mp01.contoso.com', 'MP01.contoso.com']);
    expect(result.findings).toEqual([{ severity: 'error', code: 'FQDN_DUPLICATE', params: { value: 'MP01.contoso.com' }, step: 'roles', input: 'managementPoints' }]);
  });

  it('the lists of a primary site\'s record too', () => {
    const result = coerce(spec('primarySites'), '[{"siteCode":"P01","managementPoints":"mp01.contoso.com; mp02.contoso.com\\nmp03.contoso.com"}]', true);
    expect(result).toEqual({ ok: true, value: [{ siteCode: 'P01', managementPoints: servers.slice(0, 3) }] });
  });

  it('a list of fixed choices is split the same way', () => {
    expect(coerce(spec('clientRollout'), 'script; gpo intune', true)).toEqual({ ok: true, value: ['script', 'gpo', 'intune'] });
  });
});
