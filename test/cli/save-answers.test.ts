import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';
import { VALID_ANSWERS, writeAnswers } from './fixtures.ts';

// --save-answers: the run as an answers file the next run takes, never holding a secret.

const SENTINEL = 'S4ve-Answers-Secret-’-9f31';
let cwd: string;

beforeAll(() => assertBuilt());
beforeEach(() => {
  cwd = freshDir('cmg-save-');
});
afterEach(() => removeDir(cwd));

interface Plan {
  summary: { errors: number };
  inputs: Record<string, { value?: unknown; source: string }>;
}

describe('--save-answers', () => {
  it('writes the answers of a valid plan, secrets only as their source, and a second run reads them back', async () => {
    const answers = writeAnswers(cwd, { ...VALID_ANSWERS, azureClientId: '7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f' });
    // A service principal makes its secret an input that is read (the Azure checks stay off with --offline).
    const first = await runCli(['plan', '--answers', answers, '--service-name', 'othercmg.contoso.com', '--azure-auth', 'service-principal', '--offline', '--azure-client-secret-env', 'SP_SECRET', '--save-answers', 'saved.yaml'], {
      cwd,
      env: { SP_SECRET: SENTINEL },
    });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Saved the answers to ${join(cwd, 'saved.yaml')}: run the same again with --answers ${join(cwd, 'saved.yaml')}.`);
    const saved = readFileSync(join(cwd, 'saved.yaml'), 'utf8');
    expect(saved).not.toContain(SENTINEL);
    const values = parse(saved) as Record<string, unknown>;
    expect(values.serviceName).toBe('othercmg.contoso.com');
    expect(values.clientRollout).toEqual(VALID_ANSWERS.clientRollout);
    expect(values.azureClientSecret).toBe('env:SP_SECRET');

    const second = await runCli(['plan', '--answers', 'saved.yaml', '--offline', '--json'], { cwd, env: { SP_SECRET: SENTINEL } });
    expect(second.code).toBe(0);
    const plan = JSON.parse(second.stdout) as Plan;
    expect(plan.inputs.serviceName).toEqual({ value: 'othercmg.contoso.com', source: 'answers' });
    expect(plan.inputs.siteCode).toEqual({ value: 'P01', source: 'answers' });
  });

  it('never replaces an existing file without --force (exit 2, file untouched), and does with it', async () => {
    const answers = writeAnswers(cwd, VALID_ANSWERS);
    writeFileSync(join(cwd, 'keep.yaml'), 'precious: true\n');
    const refused = await runCli(['plan', '--answers', answers, '--save-answers', 'keep.yaml'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${join(cwd, 'keep.yaml')} already exists: add --force to replace it, or choose another --save-answers file.`);
    expect(readFileSync(join(cwd, 'keep.yaml'), 'utf8')).toBe('precious: true\n');

    const forced = await runCli(['plan', '--answers', answers, '--save-answers', 'keep.yaml', '--force'], { cwd });
    expect(forced.code).toBe(0);
    expect(parse(readFileSync(join(cwd, 'keep.yaml'), 'utf8'))).toMatchObject({ serviceName: 'contosocmg.contoso.com', siteCode: 'P01' });
  });

  // Issue 9, point 1: armEndpoint is refused in an answers file, so a saved file holding it could never be run again.
  it('never writes armEndpoint (flag or environment), and the saved file runs again', async () => {
    const answers = writeAnswers(cwd, VALID_ANSWERS);
    const first = await runCli(['plan', '--answers', answers, '--arm-endpoint', 'https://arm-proxy.contoso.com', '--offline', '--save-answers', 'saved.yaml'], { cwd });
    expect(first.code).toBe(0);
    const fromEnv = await runCli(['plan', '--answers', answers, '--offline', '--save-answers', 'saved-env.yaml'], { cwd, env: { CMG_ARM_ENDPOINT: 'https://arm-proxy.contoso.com' } });
    expect(fromEnv.code).toBe(0);
    for (const name of ['saved.yaml', 'saved-env.yaml']) {
      const saved = readFileSync(join(cwd, name), 'utf8');
      expect(saved).not.toContain('armEndpoint');
      expect(saved).not.toContain('arm-proxy');
      const again = await runCli(['plan', '--answers', name, '--offline'], { cwd });
      expect(again.code).toBe(0);
    }
  });

  it('the output folder’s answers.yaml holds no armEndpoint either, and runs again', async () => {
    const answers = writeAnswers(cwd, VALID_ANSWERS);
    const written = await runCli(['--answers', answers, '--arm-endpoint', 'https://arm-proxy.contoso.com', '--offline', '--yes', '--out', 'out', '--now', '2026-03-01T00:00:00Z'], { cwd });
    expect(written.code).toBe(0);
    const saved = readFileSync(join(cwd, 'out', 'answers.yaml'), 'utf8');
    expect(saved).not.toContain('armEndpoint');
    expect(parse(saved)).toMatchObject({ serviceName: 'contosocmg.contoso.com', siteCode: 'P01' });
    const again = await runCli(['plan', '--answers', join('out', 'answers.yaml'), '--offline'], { cwd });
    expect(again.code).toBe(0);
  });

  it('writes nothing when the plan fails (exit 3)', async () => {
    const answers = writeAnswers(cwd, { ...VALID_ANSWERS, serviceName: 'contosocmg.cloudapp.net' });
    const result = await runCli(['plan', '--answers', answers, '--save-answers', 'saved.yaml'], { cwd });
    expect(result.code).toBe(3);
    expect(() => readFileSync(join(cwd, 'saved.yaml'))).toThrow(/ENOENT/);
  });
});
