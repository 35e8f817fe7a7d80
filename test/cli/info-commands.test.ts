import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, freshDir, removeDir, ROOT, runCli } from '../support/run-cli.ts';
import { STEP_IDS } from './fixtures.ts';

/** Every key of DESIGN.md's answers table: the contract scripts and pipelines depend on. */
const DESIGN_KEYS = [
  'model', 'cloud', 'siteVersion',
  'serviceName', 'deploymentPrefix', 'serverCertPath', 'serverCertPassword', 'certTemplateGroup',
  'clientAuth', 'clientRootCerts',
  'subscriptionId', 'managementCertPath', 'managementCertPassword', 'subCaCerts', 'tenantId', 'serverAppClientId', 'clientAppClientId',
  'resourceGroup', 'useExistingResourceGroup', 'azureAuth', 'armEndpoint',
  'region', 'vmCount', 'vmSize', 'verifyClientCrl', 'enforceTls12', 'contentEnabled',
  'trafficThresholdGb', 'trafficWarningPct', 'trafficCriticalPct', 'trafficStopService', 'description',
  'siteCode', 'smsProvider', 'usePkiClientCert', 'clientsCheckCrl',
  'connectionPointServer', 'proxyServer', 'proxyPort',
  'managementPoints', 'softwareUpdatePoints', 'distributionPoints',
  'clientAlwaysOnInternet', 'clientRollout',
];

const STEP_GROUPS = [
  'Step 1, Server certificate:',
  'Step 2, Client root certificates:',
  'Step 3, Azure:',
  'Step 4, Cloud management gateway:',
  'Step 5, Site settings:',
  'Step 6, Connection point:',
  'Step 7, Management and software update points:',
  'Step 8, Clients:',
];

const EXIT_CODES = [
  'Exit codes:',
  '  0 success (warnings allowed)    1 internal error',
  '  2 usage or missing input        3 validation failed',
  '  4 Azure sign-in                 5 Azure/network, retry later',
  '  130 cancelled',
];

let cwd: string;
beforeAll(() => {
  assertBuilt();
  cwd = freshDir();
});
afterAll(() => {
  // None of these commands writes anything.
  expect(readdirSync(cwd)).toEqual([]);
  removeDir(cwd);
});

describe('cmg-setup steps', () => {
  it('lists the eight step ids, numbered, in order', async () => {
    const result = await runCli(['steps'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const steps = result.stdout
      .split('\n')
      .map((line) => /^(\d)\. ([a-z-]+) {2}\S/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [Number(match[1]), match[2]]);
    expect(steps).toEqual(STEP_IDS.map((id, index) => [index + 1, id]));
  });

  it('--json: the general group then the eight steps, every input with its flag and env var', async () => {
    const result = await runCli(['steps', '--json'], { cwd });
    expect(result.code).toBe(0);
    const groups = JSON.parse(result.stdout) as Array<{ number: number; id: string; inputs: Array<{ key: string; flag: string; env: string }> }>;
    expect(groups.map((group) => [group.number, group.id])).toEqual([[0, 'general'], ...STEP_IDS.map((id, index) => [index + 1, id])]);
    const inputs = groups.flatMap((group) => group.inputs);
    expect(inputs.map((input) => input.key)).toEqual(expect.arrayContaining(DESIGN_KEYS));
    expect(inputs.find((input) => input.key === 'serviceName')).toMatchObject({ flag: '--service-name', env: 'CMG_SERVICE_NAME' });
    expect(inputs.find((input) => input.key === 'serverCertPassword')).toMatchObject({ flag: '--server-cert-password-stdin|-file|-env', env: 'CMG_SERVER_CERT_PASSWORD' });
  });

  it('armEndpoint is marked as a flag or environment input only, and no other input is', async () => {
    const result = await runCli(['steps'], { cwd });
    const marked = result.stdout.split('\n').filter((line) => line.includes('(flag or environment only, never in an answers file)'));
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatch(/^ {7}armEndpoint +--arm-endpoint +CMG_ARM_ENDPOINT \(flag or environment only, never in an answers file\)$/);
  });

  it('--json: armEndpoint says it comes from the command line or the environment only (never an answers file)', async () => {
    const result = await runCli(['steps', '--json'], { cwd });
    const inputs = (JSON.parse(result.stdout) as Array<{ inputs: Array<{ key: string; commandLineOnly?: boolean }> }>).flatMap((group) => group.inputs);
    expect(inputs.find((input) => input.key === 'armEndpoint')).toMatchObject({ flag: '--arm-endpoint', env: 'CMG_ARM_ENDPOINT', commandLineOnly: true });
    expect(inputs.filter((input) => 'commandLineOnly' in input).map((input) => input.key)).toEqual(['armEndpoint']);
  });
});

describe('cmg-setup schema', () => {
  it('prints a JSON Schema that rejects unknown keys and has a property for every DESIGN.md key', async () => {
    const result = await runCli(['schema'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const schema = JSON.parse(result.stdout) as { type: string; additionalProperties: unknown; properties: Record<string, { type?: string; pattern?: string }> };
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    // armEndpoint is a command-line or environment input only (DESIGN.md rule 6): no answers-file property.
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(DESIGN_KEYS.filter((key) => key !== 'armEndpoint')));
    expect(schema.properties).not.toHaveProperty('armEndpoint');
    // A secret's property holds where the secret comes from, never the secret itself.
    expect(schema.properties.serverCertPassword?.pattern).toBe('^(env:[A-Za-z_][A-Za-z0-9_]*|file:.+|stdin|prompt)$');
  });
});

describe('--help and --version', () => {
  it('--help exits 0 and shows the step groups in order and the exit codes', async () => {
    const result = await runCli(['--help'], { cwd });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    const positions = STEP_GROUPS.map((group) => lines.indexOf(group));
    for (const [index, position] of positions.entries()) expect(position, STEP_GROUPS[index]).toBeGreaterThan(0);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const exit = lines.indexOf('Exit codes:');
    expect(lines.slice(exit, exit + EXIT_CODES.length)).toEqual(EXIT_CODES);
    // Every input of a step is under its group: the first one of step 1 and of step 8.
    expect(lines[positions[0]! + 1]).toMatch(/^ {2}--service-name <value> /);
    expect(lines.slice(positions[7]! + 1).find((line) => line.startsWith('  --client-rollout <items> '))).toBeDefined();
  });

  it('--version prints the package.json version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = await runCli(['--version'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
    expect(result.stderr).toBe('');
  });

  it('--version or -V alone (answered before the program loads) prints what commander prints for it among other arguments', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const args of [['-V'], ['--lang', 'fr', '--version'], ['--no-color', '-V']]) {
      const result = await runCli(args, { cwd });
      expect([result.code, result.stdout, result.stderr], args.join(' ')).toEqual([0, `${version}\n`, '']);
    }
  });
});

describe('the build', () => {
  it('carries the licence of every package it bundles (dist/THIRD-PARTY-NOTICES.txt)', () => {
    const notices = readFileSync(join(ROOT, 'dist', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    const headings = notices.split('\n').filter((line) => /^(@[a-z0-9-]+\/)?[a-z0-9.-]+@\d+\.\d+\.\d+$/.test(line)).map((line) => line.replace(/@[^@]+$/, ''));
    for (const name of ['commander', 'node-forge', 'yaml', 'chalk', 'ora', '@inquirer/prompts', 'fast-wrap-ansi']) expect(headings).toContain(name);
    // The Azure SDK is not bundled: it stays a package of its own.
    expect(headings.filter((name) => name.startsWith('@azure/'))).toEqual([]);
    expect(notices).toContain('Copyright (c) 2010, Digital Bazaar, Inc.');
  });
});
