/**
 * Issue 14: at a terminal, a failed Azure sign-in does not throw the answers away. It is said,
 * the review offers no Write but lets the admin change Azure's step (here: no sign-in), and
 * quitting ends with the failure's own exit code (4). `--azure-auth cli` signs in through `az`,
 * here a stand-in that answers as a signed-out Azure CLI does (no network is touched).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wizardCommand, type WizardOptions } from '../../src/cli/commands/wizard.ts';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { exitCodeOf } from '../../src/cli/outcome.ts';
import { VALID_ANSWERS, writeAnswers } from '../cli/fixtures.ts';
import { fakeIO, NONE, type FakeFacts } from '../commands/fake-io.ts';
import { createFakeAz, type FakeAz } from '../support/fake-az.ts';

const root = mkdtempSync(join(tmpdir(), 'cmg-interview-azure-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let az: FakeAz;
const savedPath = process.env.PATH;
beforeEach(() => {
  az = createFakeAz({ mode: 'signed-out' });
  // AzureCliCredential runs `az` through a shell with this process's PATH.
  process.env.PATH = az.path;
});
afterEach(() => {
  process.env.PATH = savedPath;
  az.remove();
});

async function run(facts: FakeFacts) {
  const dir = mkdtempSync(join(root, 'run-'));
  mkdirSync(dir, { recursive: true });
  const answers = join(dir, writeAnswers(dir, { ...VALID_ANSWERS, azureAuth: 'cli' }));
  const io = fakeIO({ stdinIsTTY: true, stdoutIsTTY: true, stderrIsTTY: true, env: { LANG: 'C.UTF-8' }, acceptDefaults: true, ...facts });
  const options: WizardOptions = { mode: 'run', inputs: new Map(), secretFlags: {}, answers, out: join(dir, 'out'), outGiven: true, color: false, now: '2026-03-01T00:00:00Z' };
  const code = await exitCodeOf(() => wizardCommand(options, io), io, { lang: 'en', json: false, command: 'run' });
  return { code, io, dir };
}

describe('a failed Azure sign-in at a terminal', () => {
  it('is said, the review offers no Write, and quitting exits 4 with the answers kept', async () => {
    const { code, io, dir } = await run({ confirm: false });
    expect(code).toBe(EXIT.azureAuth);
    expect(az.calls()[0]?.slice(0, 3)).toEqual(['account', 'get-access-token', '--output']);
    expect(io.err()).toContain('AZURE_SIGN_IN_FAILED');
    expect(io.said()).toContain('Errors above: fix them (edit a step) before anything is written.');
    expect(io.asked.filter((key) => key === 'review')).toHaveLength(1);
    expect(readdirSync(dir)).toContain('out.resume.yaml');
  });

  it('changing Azure\'s step to no sign-in: the plan is made again and written', async () => {
    const { code, io, dir } = await run({ typed: { azureAuth: [NONE] }, review: ['edit:azure', 'write'] });
    expect(code, io.err()).toBe(EXIT.ok);
    expect(io.asked.filter((key) => key === 'review')).toHaveLength(2);
    expect(readdirSync(join(dir, 'out'))).toContain('RUNBOOK.md');
  });
});
