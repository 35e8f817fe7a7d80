/**
 * plan --json and the --json failure documents, in process. Moved from test/cli (plan-json's
 * exit-3 and precedence cases, json-errors' output folder and failed plan), which keeps a smoke
 * run of the binary, the flag cases (commander reads them) and --example.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wizardCommand, type WizardOptions } from '../../src/cli/commands/wizard.ts';
import { VALID_ANSWERS, writeAnswers } from '../cli/fixtures.ts';
import type { FakeFacts } from './fake-io.ts';
import { runInProcess, type Outcome } from './harness.ts';

interface Finding {
  severity: 'error' | 'warning' | 'info';
  code: string;
  step: string;
  input?: string;
  message: string;
}

interface PlanJson {
  schemaVersion: number;
  summary: { ok: boolean; errors: number; warnings: number; infos: number };
  findings: Finding[];
  inputs: Record<string, { value?: unknown; source: string }>;
}

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'cmg-plan-json-'));
});
afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

function wizard(mode: 'run' | 'plan', options: Partial<WizardOptions>, facts: FakeFacts = {}): Promise<Outcome> {
  const plain: WizardOptions = { mode, inputs: new Map(), secretFlags: {}, out: join(cwd, 'cmg-setup-output'), outGiven: false, color: true, json: true, ...options };
  return runInProcess({ command: mode, json: plain.json === true, call: (io) => wizardCommand(plain, io) }, facts);
}
const answers = (values: Readonly<Record<string, unknown>>) => join(cwd, writeAnswers(cwd, values));

/** stdout must be exactly one JSON document and nothing else. */
function parseOnlyJson(result: Outcome): PlanJson & Record<string, any> {
  expect(result.stdout.startsWith('{')).toBe(true);
  expect(result.stdout.endsWith('}\n')).toBe(true);
  return JSON.parse(result.stdout);
}

describe('plan --json', () => {
  it('vmCount: 20 is exit 3 with the VM_COUNT_RANGE error finding, and stdout holds only the JSON', async () => {
    const file = answers({ ...VALID_ANSWERS, vmCount: 20 });
    const result = await wizard('plan', { answers: file });
    expect(result.code).toBe(3);
    const plan = parseOnlyJson(result);
    expect(plan.schemaVersion).toBe(1);
    expect(plan.summary.ok).toBe(false);
    expect(plan.findings.filter((finding) => finding.severity === 'error')).toEqual([
      { severity: 'error', code: 'VM_COUNT_RANGE', step: 'gateway', input: 'vmCount', message: 'VM count 20 is outside 1-16.' },
    ]);
    expect(plan.summary.errors).toBe(1);
    expect(readdirSync(cwd)).toEqual(['answers.yaml']);
  });

  it('exit 3: the summary line on stderr agrees with the JSON summary', async () => {
    const result = await wizard('plan', { answers: answers({ ...VALID_ANSWERS, vmCount: 20 }) });
    expect(result.code).toBe(3);
    const { summary } = parseOnlyJson(result);
    expect(summary.warnings + summary.infos).toBeGreaterThan(0);
    expect(result.stderr).toContain(`${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.infos} note(s).`);
  });

  it('a failed plan still prints the plan itself, not a second document', async () => {
    const result = await wizard('plan', { answers: answers({ ...VALID_ANSWERS, siteCode: 'SMS' }) });
    expect(result.code).toBe(3);
    const document = parseOnlyJson(result);
    expect(document.summary.ok).toBe(false);
    expect(document.error).toBeUndefined();
  });

  it('an output folder in the way: exit 2, kind output', async () => {
    const file = answers(VALID_ANSWERS);
    mkdirSync(join(cwd, 'out'));
    writeFileSync(join(cwd, 'out', 'notes.txt'), 'mine\n');
    const result = await wizard('run', { answers: file, yes: true, out: join(cwd, 'out'), outGiven: true });
    expect(result.code).toBe(2);
    expect(parseOnlyJson(result)).toMatchObject({ command: 'run', exitCode: 2, error: { kind: 'output', code: 'OUTPUT_EXISTS' } });
    expect(readdirSync(join(cwd, 'out'))).toEqual(['notes.txt']);
  });
});

describe('precedence: flag > environment > answers file', () => {
  const region = async (env: Record<string, string>) => {
    const result = await wizard('plan', { answers: answers({ ...VALID_ANSWERS, region: 'westeurope' }) }, { env });
    expect(result.code).toBe(0);
    return parseOnlyJson(result).inputs.region;
  };

  it('environment beats answers file', async () => {
    expect(await region({ CMG_REGION: 'northeurope' })).toEqual({ value: 'northeurope', source: 'env' });
  });

  it('answers file alone', async () => {
    expect(await region({})).toEqual({ value: 'westeurope', source: 'answers' });
  });
});

describe('lists', () => {
  it('a comma-separated environment variable', async () => {
    const result = await wizard('plan', { answers: answers(VALID_ANSWERS) }, { env: { CMG_MANAGEMENT_POINTS: 'x.contoso.com,y.contoso.com' } });
    expect(result.code).toBe(0);
    expect(parseOnlyJson(result).inputs.managementPoints).toEqual({ value: ['x.contoso.com', 'y.contoso.com'], source: 'env' });
  });
});
