import { readdirSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assertBuilt, freshDir, removeDir, runCli, type RunOptions } from '../support/run-cli.ts';

// R-1.3 / T-1.4 / T-4.2: with no terminal, a missing input is one error naming every missing
// input with its flag and env var, exit 2, at once: never a prompt, never a hang on stdin.

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
beforeAll(assertBuilt);
beforeEach(() => {
  cwd = freshDir();
});
afterEach(() => {
  removeDir(cwd);
});

/** The kill timeout of runCli is the "never a hang" check: a child still waiting is killed and fails here. */
function expectMissingReport(result: { code: number | null; stdout: string; stderr: string; timedOut: boolean }, stdout = ''): void {
  expect(result.timedOut).toBe(false);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe(stdout);
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

// A closed stdin, the --json document and the list without given inputs are checked in process
// (test/commands/missing-inputs.test.ts); here, what needs a real process: a stdin pipe never closed.
const SHAPES: Array<[string, Partial<RunOptions>]> = [
  ['CI=true, stdin an open pipe that never sends', { stdinOpen: true }],
  ['no CI variable at all, stdin an open pipe (not a TTY)', { stdinOpen: true, ci: false }],
];

describe('missing inputs without a terminal', () => {
  for (const [label, shape] of SHAPES) {
    it(`cmg-setup, ${label}: exit 2 at once (no hang) listing every missing input, nothing written`, async () => {
      expectMissingReport(await runCli([], { cwd, ...shape, timeoutMs: 10_000 }));
    });
  }
});
