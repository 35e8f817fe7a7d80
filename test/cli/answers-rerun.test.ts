import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runInPty } from '../support/pty.ts';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';
import { VALID_ANSWERS, writeAnswers } from './fixtures.ts';

// Issue 14, "saved answers re-run without prompts": a path in an answers file is read from the
// file's folder (a flag's from the current one), and a skipped optional question is saved as
// answered "none", so the saved file runs again from anywhere and asks nothing already answered.

const NOW = '2026-03-01T00:00:00Z';
const LAB = { LAB_PW: 'Lab-Password-For-Rerun-1' };
let cwd: string;

beforeAll(() => assertBuilt());
beforeEach(() => {
  cwd = freshDir('cmg-rerun-');
});
afterEach(() => removeDir(cwd));

interface Plan {
  summary: { ok: boolean; errors: number; warnings: number };
  findings: Array<{ code: string; input?: string }>;
  inputs: Record<string, { value?: unknown; source: string }>;
  steps: Array<{ id: string; findings: Array<{ code: string }>; artifacts: Array<{ path: string }> }>;
}

/** `run --example` in folder A: an output folder with its answers.yaml and the lab certificates. */
async function exampleIn(folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  const run = await runCli(['run', '--example', '--lab-password-env', 'LAB_PW', '--yes', '--out', 'out', '--now', NOW], { cwd: folder, env: LAB });
  expect(run.code, run.stderr).toBe(0);
}

/** The inputs that name files: shown as the run read them, so compared once resolved from where it ran. */
const PATH_KEYS = ['serverCertPath', 'clientRootCerts', 'managementCertPath', 'subCaCerts'];
const resolvedPaths = (value: unknown, from: string): unknown =>
  Array.isArray(value) ? value.map((path) => resolvedPaths(path, from)) : typeof value === 'string' ? resolve(from, value) : value;

describe('an answers file re-run from another folder', () => {
  it('the output folder’s answers.yaml plans the same from folder B, without a prompt', async () => {
    const a = join(cwd, 'A');
    const b = join(cwd, 'B');
    await exampleIn(a);
    mkdirSync(b);
    const saved = parse(readFileSync(join(a, 'out', 'answers.yaml'), 'utf8')) as Record<string, unknown>;
    // Skipped optional questions are recorded as answered "none".
    expect(Object.entries(saved).filter(([, value]) => value === null).length).toBeGreaterThan(0);

    const fromA = await runCli(['plan', '--answers', join('out', 'answers.yaml'), '--offline', '--json', '--now', NOW], { cwd: a, env: LAB });
    const fromB = await runCli(['plan', '--answers', join('..', 'A', 'out', 'answers.yaml'), '--offline', '--json', '--now', NOW], { cwd: b, env: LAB });
    expect(fromB.code, fromB.stderr).toBe(0);
    expect(fromA.code, fromA.stderr).toBe(0);
    const planA = JSON.parse(fromA.stdout) as Plan;
    const planB = JSON.parse(fromB.stdout) as Plan;
    expect(planB.summary.ok).toBe(true);
    // answers.yaml names the lab files relative to its own folder; each run shows them from where it runs.
    expect(saved.serverCertPath).toBe(join('00-lab-pki', 'LAB-ONLY-server.pfx'));
    expect(planA.inputs.serverCertPath?.value).toBe(join('out', '00-lab-pki', 'LAB-ONLY-server.pfx'));
    expect(planB.inputs.serverCertPath?.value).toBe(join('..', 'A', 'out', '00-lab-pki', 'LAB-ONLY-server.pfx'));
    // The same files, read from either folder: every input by value once paths are resolved where each run ran.
    const values = (plan: Plan, from: string) =>
      Object.fromEntries(Object.entries(plan.inputs).map(([key, input]) => [key, PATH_KEYS.includes(key) ? resolvedPaths(input.value, from) : input.value]));
    expect(values(planB, b)).toEqual(values(planA, a));
    // The same findings and files (their texts name the certificate files as each run shows them).
    const outline = (plan: Plan) => ({
      findings: plan.findings.map(({ code, input }) => `${code} ${input ?? ''}`),
      steps: plan.steps.map((step) => [step.id, step.findings.map((finding) => finding.code), step.artifacts.map((artifact) => artifact.path)]),
    });
    expect(outline(planB)).toEqual(outline(planA));
    // ...and the same as the run that wrote it.
    const written = JSON.parse(readFileSync(join(a, 'out', 'plan.json'), 'utf8')) as Plan;
    expect(values(planB, b)).toEqual(values(written, a));
    expect(planB.steps.map((step) => step.artifacts.map((artifact) => artifact.path))).toEqual(written.steps.map((step) => step.artifacts.map((artifact) => artifact.path)));
  });

  it('--save-answers from a plan writes paths that work from the file’s folder', async () => {
    await exampleIn(join(cwd, 'A'));
    mkdirSync(join(cwd, 'certs'));
    copyFileSync(join(cwd, 'A', 'out', '00-lab-pki', 'LAB-ONLY-root-ca.cer'), join(cwd, 'certs', 'root.cer'));
    const file = writeAnswers(cwd, { ...VALID_ANSWERS, clientRootCerts: ['certs/root.cer'] });
    mkdirSync(join(cwd, 'keep'));
    const again = await runCli(['plan', '--answers', file, '--offline', '--save-answers', join('keep', 'saved.yaml'), '--now', NOW], { cwd });
    expect(again.code, again.stderr).toBe(0);
    const values = parse(readFileSync(join(cwd, 'keep', 'saved.yaml'), 'utf8')) as Record<string, unknown>;
    expect(values.clientRootCerts).toEqual([join(cwd, 'certs', 'root.cer')]);
    mkdirSync(join(cwd, 'B'));
    const fromB = await runCli(['plan', '--answers', join('..', 'keep', 'saved.yaml'), '--offline', '--json', '--now', NOW], { cwd: join(cwd, 'B') });
    expect(fromB.code, fromB.stderr).toBe(0);
    // Written absolute, so read as written.
    expect((JSON.parse(fromB.stdout) as Plan).inputs.clientRootCerts).toEqual({ value: [join(cwd, 'certs', 'root.cer')], source: 'answers' });
  });
});

describe('a relative path in an answers file', () => {
  async function layout(): Promise<string> {
    await exampleIn(join(cwd, 'A'));
    const root = join(cwd, 'A', 'out', '00-lab-pki', 'LAB-ONLY-root-ca.cer');
    mkdirSync(join(cwd, 'sub', 'certs'), { recursive: true });
    mkdirSync(join(cwd, 'certs'));
    return root;
  }

  it('is read from the file’s folder: sub/answers.yaml naming certs/root.cer finds sub/certs/root.cer, not ./certs/root.cer', async () => {
    const root = await layout();
    copyFileSync(root, join(cwd, 'sub', 'certs', 'root.cer'));
    // The one in the current folder is not a certificate: reading it would fail the plan.
    writeFileSync(join(cwd, 'certs', 'root.cer'), 'not a certificate\n');
    writeAnswers(join(cwd, 'sub'), { ...VALID_ANSWERS, clientRootCerts: ['certs/root.cer'] });
    const result = await runCli(['plan', '--answers', join('sub', 'answers.yaml'), '--offline', '--json', '--now', NOW], { cwd });
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout) as Plan;
    // Named from the current folder, so messages stay short and true.
    expect(plan.inputs.clientRootCerts).toEqual({ value: [join('sub', 'certs', 'root.cer')], source: 'answers' });
  });

  it('is not found in the current folder when the file’s folder lacks it', async () => {
    const root = await layout();
    copyFileSync(root, join(cwd, 'certs', 'root.cer'));
    writeAnswers(join(cwd, 'sub'), { ...VALID_ANSWERS, clientRootCerts: ['certs/root.cer'] });
    const result = await runCli(['plan', '--answers', join('sub', 'answers.yaml'), '--offline', '--json', '--now', NOW], { cwd });
    expect(result.code).toBe(3);
    const plan = JSON.parse(result.stdout) as Plan;
    expect(plan.findings).toContainEqual(expect.objectContaining({ code: 'FILE_NOT_FOUND', input: 'clientRootCerts', message: expect.stringContaining(join('sub', 'certs', 'root.cer')) }));
  });

  it('a flag --client-root-certs certs/root.cer still resolves from the current folder', async () => {
    const root = await layout();
    copyFileSync(root, join(cwd, 'certs', 'root.cer'));
    writeFileSync(join(cwd, 'sub', 'certs', 'root.cer'), 'not a certificate\n');
    writeAnswers(join(cwd, 'sub'), { ...VALID_ANSWERS, clientRootCerts: ['certs/other.cer'] });
    const result = await runCli(['plan', '--answers', join('sub', 'answers.yaml'), '--client-root-certs', 'certs/root.cer', '--offline', '--json', '--now', NOW], { cwd });
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout) as Plan;
    expect(plan.inputs.clientRootCerts).toEqual({ value: ['certs/root.cer'], source: 'flag' });
  });
});

describe('a saved file with skipped optional questions, at a terminal', () => {
  it('asks no question before the review', async () => {
    const a = join(cwd, 'A');
    await exampleIn(a);
    const saved = readFileSync(join(a, 'out', 'answers.yaml'), 'utf8');
    expect(saved).toMatch(/^proxyServer: null$/m);
    mkdirSync(join(cwd, 'B'));
    const result = await runInPty(['run', '--answers', join('..', 'A', 'out', 'answers.yaml'), '--offline', '--out', 'again', '--now', NOW], {
      cwd: join(cwd, 'B'),
      env: LAB,
      // At the review, Up from Write (the offered choice) goes round to the last one: Quit without writing.
      steps: [{ waitFor: '? What now?', send: '\u001b[A' }, { waitFor: '❯ Quit without writing', send: '\r' }],
    });
    expect(result.timedOut, result.screen).toBe(false);
    const review = result.screen.indexOf('\nReview: every value, by step, and where it comes from\n');
    expect(review).toBeGreaterThan(0);
    // Inquirer marks every question with "?": none before the review.
    expect(result.screen.slice(0, review)).not.toMatch(/\? /);
    expect(result.screen.slice(review)).toMatch(/\? What now\?\n❯ Write \d+ files to /);
    // Quit: nothing written, the answers kept beside the output.
    expect(result.screen).toContain(`Answers kept in ${join(cwd, 'B', 'again.resume.yaml')}. Resume with: cmg-setup run --resume --out again\n`);
    expect(result.code).toBe(130);
  });
});
