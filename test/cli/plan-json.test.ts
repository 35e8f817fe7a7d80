import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assertBuilt, freshDir, removeDir, runCli, type CliResult } from '../support/run-cli.ts';
import { STEP_IDS, VALID_ANSWERS, writeAnswers } from './fixtures.ts';

interface Finding {
  severity: 'error' | 'warning' | 'info';
  code: string;
  step: string;
  input?: string;
  message: string;
}

interface PlanJson {
  schemaVersion: number;
  command: string;
  summary: { ok: boolean; errors: number; warnings: number; infos: number };
  findings: Finding[];
  inputs: Record<string, { value?: unknown; source: string }>;
  steps: Array<{ id: string; number: number }>;
  output: { path: string; written: boolean };
}

/** stdout must be exactly one JSON document and nothing else. */
function parseOnlyJson(result: CliResult): PlanJson {
  expect(result.stdout.startsWith('{')).toBe(true);
  expect(result.stdout.endsWith('}\n')).toBe(true);
  return JSON.parse(result.stdout) as PlanJson;
}

let cwd: string;
beforeAll(assertBuilt);
beforeEach(() => {
  cwd = freshDir();
});
afterEach(() => {
  removeDir(cwd);
});

describe('plan --json', () => {
  it('valid answers: exit 0, one JSON document (schemaVersion 1) on stdout, nothing written', async () => {
    const file = writeAnswers(cwd, VALID_ANSWERS);
    const result = await runCli(['plan', '--answers', file, '--json', '--now', '2026-03-01T00:00:00Z'], { cwd });
    expect(result.code).toBe(0);
    const plan = parseOnlyJson(result);
    expect(plan.schemaVersion).toBe(1);
    expect(plan.command).toBe('plan');
    expect(plan.summary).toMatchObject({ ok: true, errors: 0 });
    expect(plan.steps.map((step) => [step.number, step.id])).toEqual(STEP_IDS.map((id, index) => [index + 1, id]));
    expect(plan.output.written).toBe(false);
    expect(readdirSync(cwd)).toEqual([file]);
  });
});

// Exit 3, the environment and answers-file precedence and lists from the environment are checked
// in process (test/commands/plan-json.test.ts); here, what commander reads: flags.
describe('precedence: flag > environment > answers file', () => {
  const region = async (args: string[], env: Record<string, string>) => {
    const file = writeAnswers(cwd, { ...VALID_ANSWERS, region: 'westeurope' });
    const result = await runCli(['plan', '--answers', file, '--json', ...args], { cwd, env });
    expect(result.code).toBe(0);
    return parseOnlyJson(result).inputs.region;
  };

  it('flag beats environment and answers file', async () => {
    expect(await region(['--region', 'eastus'], { CMG_REGION: 'northeurope' })).toEqual({ value: 'eastus', source: 'flag' });
  });
});

describe('lists', () => {
  it('a repeated, comma-separated flag collects every item', async () => {
    const file = writeAnswers(cwd, VALID_ANSWERS);
    const result = await runCli(['plan', '--answers', file, '--json', '--management-points', 'a.contoso.com,b.contoso.com', '--management-points', 'c.contoso.com'], { cwd });
    expect(result.code).toBe(0);
    expect(parseOnlyJson(result).inputs.managementPoints).toEqual({ value: ['a.contoso.com', 'b.contoso.com', 'c.contoso.com'], source: 'flag' });
  });

});

describe('plan --example', () => {
  it('exit 0, writes nothing in cwd nor in the temporary folder, and never shows the lab password', async () => {
    const privateTmp = freshDir('cmg-cli-tmp-');
    const exampleFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith('cmg-setup-example-'));
    const before = exampleFolders();
    const sentinel = `S3nt!nel'’"$x${randomBytes(6).toString('hex')}`;
    try {
      expect(readdirSync(cwd)).toEqual([]);
      const result = await runCli(['plan', '--example', '--json', '--lab-password-stdin'], { cwd, input: `${sentinel}\n`, env: { TMPDIR: privateTmp } });
      expect(result.code).toBe(0);
      const plan = parseOnlyJson(result);
      expect(plan.schemaVersion).toBe(1);
      expect(plan.summary.errors).toBe(0);
      expect(plan.inputs.serverCertPassword).toEqual({ source: 'stdin' });
      expect(result.stdout).not.toContain(sentinel);
      expect(result.stderr).not.toContain(sentinel);
      expect(readdirSync(cwd)).toEqual([]);
      expect(readdirSync(privateTmp)).toEqual([]);
      expect(exampleFolders().filter((name) => !before.includes(name))).toEqual([]);
    } finally {
      removeDir(privateTmp);
    }
  });
});
