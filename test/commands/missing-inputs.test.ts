/**
 * R-1.3 / T-1.4 / T-4.2 in process: with no terminal, a missing input is one error naming every
 * missing input with its flag and env var, exit 2, at once. Moved from test/cli/missing-inputs,
 * which keeps, with the binary, what needs a real process: a stdin pipe that is never closed.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wizardCommand, type WizardOptions } from '../../src/cli/commands/wizard.ts';
import type { FakeFacts } from './fake-io.ts';
import { runInProcess, type Outcome } from './harness.ts';

/**
 * Every required input of a bare vmss run, with the flag and env var the message must name.
 * (deploymentPrefix is not one: it is derived from serviceName.)
 */
const MISSING = [
  ['serviceName', '--service-name', 'CMG_SERVICE_NAME'],
  ['subscriptionId', '--subscription-id', 'CMG_SUBSCRIPTION_ID'],
  ['tenantId', '--tenant-id', 'CMG_TENANT_ID'],
  ['serverAppClientId', '--server-app-client-id', 'CMG_SERVER_APP_CLIENT_ID'],
  ['resourceGroup', '--resource-group', 'CMG_RESOURCE_GROUP'],
  ['region', '--region', 'CMG_REGION'],
  ['siteCode', '--site-code', 'CMG_SITE_CODE'],
  ['smsProvider', '--sms-provider', 'CMG_SMS_PROVIDER'],
  ['connectionPointServer', '--connection-point-server', 'CMG_CONNECTION_POINT_SERVER'],
  ['managementPoints', '--management-points', 'CMG_MANAGEMENT_POINTS'],
] as const;

const HEADER = `cmg-setup: ${MISSING.length} required input(s) missing, and no prompt is possible here (no terminal, CI, --json, --yes or --no-interactive):`;
const FOOTER = 'Give them as flags, environment variables or in an --answers file (cmg-setup steps lists every input).';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'cmg-missing-'));
});
afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

function wizard(mode: 'run' | 'plan', options: Partial<WizardOptions>, facts: FakeFacts): Promise<Outcome> {
  const plain: WizardOptions = { mode, inputs: new Map(), secretFlags: {}, out: join(cwd, 'cmg-setup-output'), outGiven: false, color: true, ...options };
  return runInProcess({ command: mode, json: plain.json === true, call: (io) => wizardCommand(plain, io) }, facts);
}

function expectMissingReport(result: Outcome, stdout = ''): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe(stdout);
  expect(result.asked).toEqual([]);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines[0]).toBe(HEADER);
  expect(lines.at(-1)).toBe(FOOTER);
  const listed = lines.slice(1, -1).map((line) => {
    const match = /^ {2}(\w+) {2}(--[a-z0-9-]+) <value> {2}or {2}(CMG_[A-Z0-9_]+)=<value> {3}e\.g\. \S+$/.exec(line);
    expect(match, `not a missing-input line: ${JSON.stringify(line)}`).not.toBeNull();
    return [match?.[1], match?.[2], match?.[3]];
  });
  expect(listed).toEqual(MISSING.map((entry) => [...entry]));
  expect(readdirSync(cwd)).toEqual([]);
}

describe('missing inputs without a terminal', () => {
  it('cmg-setup, CI=true, stdin closed: exit 2 at once listing every missing input, nothing written', async () => {
    expectMissingReport(await wizard('run', {}, { ci: true, env: { CI: 'true' } }));
  });

  it('cmg-setup, no CI variable at all, stdin closed: exit 2 at once listing every missing input, nothing written', async () => {
    expectMissingReport(await wizard('run', {}, { ci: false, env: {} }));
  });

  it('cmg-setup plan --json: the same report on stderr, and stdout one JSON document naming each missing input', async () => {
    const result = await wizard('plan', { json: true }, { ci: true });
    expectMissingReport(result, result.stdout);
    const document = JSON.parse(result.stdout);
    expect(document).toMatchObject({ schemaVersion: 1, command: 'plan', ok: false, exitCode: 2, error: { kind: 'missing-inputs', code: 'INPUTS_MISSING' } });
    expect(document.error.message).toBe(`${MISSING.length} required input(s) missing, and no prompt is possible here: ${MISSING.map(([key]) => key).join(', ')}. Give them as flags, environment variables or in an --answers file.`);
    expect(document.error.problems.map((problem: { input: string; flags: string[]; env: string }) => [problem.input, problem.flags[0], problem.env])).toEqual(MISSING.map((entry) => [...entry]));
  });

  it('given inputs are not listed: only the rest are', async () => {
    const result = await wizard('run', { inputs: new Map([['serviceName', 'contosocmg.contoso.com'], ['region', 'westeurope']]) }, { ci: true });
    expect(result.code).toBe(2);
    const keys = result.stderr
      .split('\n')
      .slice(1, -2)
      .map((line) => line.trim().split(/\s+/)[0]);
    expect(keys).toEqual(MISSING.map(([key]) => key).filter((key) => !['serviceName', 'region'].includes(key)));
    expect(readdirSync(cwd)).toEqual([]);
  });
});
